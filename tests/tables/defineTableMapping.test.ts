import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { TableMappingSchema, defineTableMapping, mapTables, tableMappingJsonSchema } from '../../src/index.ts';
import { strictValidator } from '../helpers/ajv.ts';
import { caught, syntheticMapping } from './helpers.ts';

const validator = () => strictValidator(tableMappingJsonSchema());

const messy = (): unknown => JSON.parse(readFileSync(new URL('../fixtures/tables/messy/mapping.json', import.meta.url), 'utf8'));

describe('defineTableMapping', () => {
  it('returns the mapping, frozen', () => {
    const mapping = defineTableMapping(syntheticMapping());
    expect(mapping).toEqual(syntheticMapping());
    expect(Object.isFrozen(mapping.households)).toBe(true);
  });

  it('reports every problem at once, with paths, fixes and nearest names', () => {
    const error = caught(() =>
      defineTableMapping({
        version: 2,
        defaults: { onInvalid: 'skip', dateFormats: ['YYYY-MM-DD'] },
        households: {
          id: '',
          size: { column: 'size', percent: 'fraction', decimalSeperator: ',' },
          incomes: [{ amount: 'amt', frequency: { value: 'fortnightly' } }],
          attributes: { district: { column: 'd', codes: { a: 'A', ' A ': 'B' } } },
          members: 'person',
          location: { lat: 'lat' },
        },
        persons: { householdId: 'hh', birthDate: { column: 'dob', formats: ['MM/dd/yy'] } },
        enrollments: { householdId: 'hh', programId: 'program' },
      }),
    );
    expect(error.code).toBe('invalid_schema');
    expect(error.issues.map((i) => [i.path, i.code, i.hint])).toEqual([
      ['version', 'invalid_value', undefined],
      ['defaults.onInvalid', 'invalid_value', undefined],
      ['defaults.dateFormats[0]', 'invalid_value', 'use date-fns tokens: yyyy (year), MM or M (month), dd or d (day), MMM (Jan), e.g. "MM/dd/yyyy"'],
      ['households.id', 'invalid_value', undefined],
      ['households.size.decimalSeperator', 'unknown_key', 'did you mean "decimalSeparator"?'],
      ['households.incomes[0].frequency.value', 'invalid_value', undefined],
      ['households.location.lng', 'missing_field', undefined],
      ['households.members', 'invalid_type', undefined],
      ['households.attributes.district.codes[" A "]', 'duplicate', undefined],
      ['persons.birthDate.referenceDate', 'missing_field', 'for birth dates exported in 2025, "referenceDate": "1976-01-01" reads 26–99 as 1926–1999 and 00–25 as 2000–2025'],
      ['enrollments.programYear', 'missing_field', undefined],
      ['households.members', 'invalid_value', undefined],
    ]);
    expect(error.issues[7]?.message).toBe(
      'defineTableMapping: households.members is "person"; expected "persons" or { "wide": { "birthDate": "member{n}_dob" } }.',
    );
  });

  it('refuses a stray letter anywhere in a date format, not only before the first token', () => {
    // It used to pass here and throw date-fns's RangeError from the mapper on the first cell "yyyy-MM-dd" fit.
    const error = caught(() => defineTableMapping({ defaults: { dateFormats: ['MM/dd/yyyy', 'yyyy-MM-ddj'] }, households: { id: 'id', size: 'size' } }));
    expect(error.issues.map((i) => [i.path, i.message])).toEqual([
      [
        'defaults.dateFormats[1]',
        'defineTableMapping: defaults.dateFormats[1] is "yyyy-MM-ddj", which date-fns cannot read: Format string contains an unescaped latin alphabet character `j`',
      ],
    ]);
  });

  it('refuses week-numbering years and days of the year (YYYY, DD) itself, so date-fns writes nothing to the console', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      for (const format of ['YYYY-MM-DD', 'MM/DD/yyyy', 'DDD.M.yyyy', 'd.M.YY']) {
        const error = caught(() => defineTableMapping({ defaults: { dateFormats: [format] }, households: { id: 'id', size: 'size' } }));
        expect(error.issues.map((i) => i.path)).toEqual(['defaults.dateFormats[0]']);
        expect(error.issues[0]?.message).toMatch(/use (yyyy|dd) \(the/);
      }
      // Quoted text is a literal, not a token.
      expect(() => defineTableMapping({ defaults: { dateFormats: ["yyyy-MM-dd'Y'"] }, households: { id: 'id', size: 'size' } })).not.toThrow();
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  it('refuses a mapping with no table, and a document that is not an object', () => {
    expect(caught(() => defineTableMapping({ description: 'x' })).code).toBe('empty');
    expect(caught(() => defineTableMapping([])).code).toBe('invalid_type');
  });

  it('is what every mapper runs first: a bad mapping throws before any row is read', () => {
    const error = caught(() => mapTables({ households: [{ id: 'a' }] }, { households: { id: 'id', size: { value: 0 } } }));
    expect([error.code, error.path]).toEqual(['out_of_range', 'households.size.value']);
  });
});

describe('the mapping JSON Schema and the zod schema agree with defineTableMapping', () => {
  const good: [string, unknown][] = [
    ['the synthetic city mapping', syntheticMapping()],
    ['the messy fixture mapping', messy()],
    ['a minimal households mapping', { households: { id: 'id', size: 'size' } }],
    ['constants everywhere', { enrollments: { householdId: 'h', programId: { value: 'p' }, programYear: { value: 2024 }, date: { value: '2024-07-01' }, siteId: { value: 's' } } }],
    ['wide members and list categorical', { households: { id: 'id', size: { countMembers: true }, members: { wide: { birthDate: 'dob{n}' } }, categorical: [{ list: { column: 'programs', separator: '|' } }] } }],
    ['a feature-collection site table', { sites: { id: 'id', location: 'geometry', programs: { value: ['a', 'b'] } } }],
    ['point text and decimal commas', { defaults: { decimalSeparator: ',', missing: ['', '-'] }, sites: { id: 'id', location: { point: { column: 'wkt' } }, capacity: { column: 'cap', percent: 'number' } } }],
  ];

  it.each(good)('accepts %s', (_name, mapping) => {
    const validate = validator();
    expect(validate(mapping), JSON.stringify(validate.errors)).toBe(true);
    expect(TableMappingSchema.safeParse(mapping).success).toBe(true);
    expect(() => defineTableMapping(mapping)).not.toThrow();
  });

  const bad: [string, unknown][] = [
    ['an unknown section', { household: { id: 'id', size: 'size' } }],
    ['an unknown column option', { households: { id: { column: 'id', trim: true }, size: 'size' } }],
    ['a percent option on a text field', { households: { id: { column: 'id', percent: 'number' }, size: 'size' } }],
    ['a constant of the wrong type', { households: { id: 'id', size: { value: '3' } } }],
    ['an unknown frequency', { households: { id: 'id', size: 'size', incomes: [{ amount: 'a', frequency: { value: 'daily' } }] } }],
    ['a frequency code to an unknown frequency', { households: { id: 'id', size: 'size', incomes: [{ amount: 'a', frequency: { column: 'f', codes: { D: 'daily' } } }] } }],
    ['a location string', { sites: { id: 'id', location: 'latlng' } }],
    ['a location with one coordinate', { sites: { id: 'id', location: { lat: 'y' } } }],
    ['no size', { households: { id: 'id' } }],
    ['an empty format list', { defaults: { dateFormats: [] }, households: { id: 'id', size: 'size' } }],
    ['a reference date not YYYY-MM-DD', { defaults: { referenceDate: '1/1/1976' }, households: { id: 'id', size: 'size' } }],
    ['countMembers false', { households: { id: 'id', size: { countMembers: false }, members: 'persons' }, persons: { householdId: 'h', birthDate: 'b' } }],
    ['version 2', { version: 2, households: { id: 'id', size: 'size' } }],
  ];

  it.each(bad)('rejects %s', (_name, mapping) => {
    const validate = validator();
    expect(validate(mapping)).toBe(false);
    expect(TableMappingSchema.safeParse(mapping).success).toBe(false);
    expect(() => defineTableMapping(mapping)).toThrow();
  });

  it('leaves to defineTableMapping what JSON Schema cannot express', () => {
    const validate = validator();
    const cases = [
      { defaults: { dateFormats: ['YYYY-MM-DD'] }, households: { id: 'id', size: 'size' } },
      { persons: { householdId: 'h', birthDate: { column: 'b', formats: ['dd/MM/yy'] } }, households: { id: 'id', size: 'size', members: 'persons' } },
      { persons: { householdId: 'h', birthDate: 'b' }, households: { id: 'id', size: 'size' } },
      { households: { id: 'id', size: 'size', attributes: { d: { column: 'd', codes: { x: '1', X: '2' } } } } },
      { enrollments: { householdId: 'h', programId: 'p' } },
      { households: { id: 'id', size: 'size', members: { wide: { birthDate: 'member_dob' } } } },
    ];
    for (const mapping of cases) {
      expect(validate(mapping), JSON.stringify(mapping)).toBe(true);
      expect(() => defineTableMapping(mapping), JSON.stringify(mapping)).toThrow();
    }
  });
});
