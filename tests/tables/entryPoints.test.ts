/**
 * The one-table entry points (mapSites, mapEnrollments, mapHouseholds), defineTableMapping and
 * tableMappingJsonSchema: each option reaches the mapper, an unknown option names the function and the allowed ones.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineTableMapping, mapEnrollments, mapHouseholds, mapSites, tableMappingJsonSchema, type TableMapping } from '../../src/index.ts';
import { TableMappingSchema } from '../../src/tables/TableMappingSchema.ts';
import { caught } from './helpers.ts';

describe('mapSites options', () => {
  const mapping = (): TableMapping => ({ sites: { id: 'id', name: 'name', location: { lat: 'lat', lng: 'lng' } } });

  it('reads header-less rows with `columns`, and numbers rows from `firstRowNumber`', () => {
    const rows = [
      ['S1', 'Mayfair', '37.35', '-121.84'],
      ['S2', 'Seven Trees', '', ''],
    ];
    const { records, problems } = mapSites(rows, mapping(), { columns: ['id', 'name', 'lat', 'lng'], firstRowNumber: 10 });
    expect(records).toEqual([{ id: 'S1', name: 'Mayfair', location: [-121.84, 37.35] }]);
    expect(problems.map((p) => [p.row, p.code, p.field])).toEqual([[11, 'missing_value', 'location']]);
  });

  it('numbers rows from 2 by default', () => {
    const { problems } = mapSites([{ id: 'S2', name: 'x', lat: '', lng: '' }], mapping());
    expect(problems.map((p) => p.row)).toEqual([2]);
  });

  it('refuses an unknown option, naming mapSites and the nearest option', () => {
    const error = caught(() => mapSites([], mapping(), { column: ['id'] } as never));
    expect([error.code, error.path]).toEqual(['unknown_key', 'options.column']);
    expect(error.message).toBe('mapSites: options has unknown option "column"; allowed: firstRowNumber, columns. (did you mean "columns"?)');
  });
});

describe('mapEnrollments options', () => {
  const mapping = (): TableMapping => ({ enrollments: { householdId: 'hh', programId: { value: 'swim' }, siteId: 'site', programYear: 'year' } });

  it('checks households against `householdIds` and sites against `siteIds`, from row `firstRowNumber`', () => {
    const rows = [
      ['A', 'S1', '2024'],
      ['Z', 'S1', '2024'],
      ['A', 'S9', '2024'],
    ];
    const { records, problems } = mapEnrollments(rows, mapping(), { columns: ['hh', 'site', 'year'], householdIds: ['A'], siteIds: ['S1'], firstRowNumber: 5 });
    // An unknown site is a warning: the enrolment is kept.
    expect(records).toEqual([
      { householdId: 'A', programId: 'swim', siteId: 'S1', programYear: 2024 },
      { householdId: 'A', programId: 'swim', siteId: 'S9', programYear: 2024 },
    ]);
    expect(problems.map((p) => [p.row, p.code, p.severity, p.value])).toEqual([
      [6, 'unknown_household', 'error', 'Z'],
      [7, 'unknown_site', 'warning', 'S9'],
    ]);
  });

  it('refuses an unknown option, naming mapEnrollments and the nearest option', () => {
    const error = caught(() => mapEnrollments([], mapping(), { householdId: ['A'] } as never));
    expect([error.code, error.path]).toEqual(['unknown_key', 'options.householdId']);
    expect(error.message).toBe('mapEnrollments: options has unknown option "householdId"; allowed: householdIds, siteIds, firstRowNumber, columns. (did you mean "householdIds"?)');
  });
});

describe('mapHouseholds options', () => {
  const mapping = (): TableMapping => ({
    households: { id: 'id', size: 'size', members: 'persons' },
    persons: { householdId: 'hh', birthDate: { column: 'dob', formats: ['yyyy-MM-dd'] } },
  });

  it('reads header-less households and persons with `columns` and `personColumns`, from row `firstRowNumber`', () => {
    const { records, problems } = mapHouseholds(
      [
        ['H1', '2'],
        ['H2', 'two'],
      ],
      mapping(),
      {
        columns: ['id', 'size'],
        persons: [
          ['H1', '1990-04-07'],
          ['H1', '2015-13-01'],
        ],
        personColumns: ['hh', 'dob'],
        firstRowNumber: 1,
      },
    );
    // The persons row with an impossible date is left out; its household keeps the member it could read.
    expect(records).toEqual([{ id: 'H1', size: 2, members: [{ birthDate: '1990-04-07' }], attributes: {} }]);
    expect(problems.map((p) => [p.table, p.row, p.code, p.field, p.value])).toEqual([
      ['households', 2, 'invalid_number', 'size', 'two'],
      ['persons', 2, 'invalid_date', 'birthDate', '2015-13-01'],
    ]);
  });

  it('refuses an unknown option, naming mapHouseholds and the nearest option', () => {
    const error = caught(() => mapHouseholds([], mapping(), { person: [] } as never));
    expect([error.code, error.path]).toEqual(['unknown_key', 'options.person']);
    expect(error.message).toBe('mapHouseholds: options has unknown option "person"; allowed: persons, firstRowNumber, columns, personColumns. (did you mean "persons"?)');
  });
});

describe('tableMappingJsonSchema', () => {
  it('puts the mapping at the root (no $defs entry of its own) and sets $id when asked', () => {
    const schema = tableMappingJsonSchema({ id: 'https://example.org/mapping.json' });
    expect(schema['$id']).toBe('https://example.org/mapping.json');
    expect(schema['type']).toBe('object');
    expect(Object.keys(schema['properties'] as object)).toEqual(['$schema', 'version', 'description', 'defaults', 'households', 'persons', 'enrollments', 'sites']);
    const defs = schema['$defs'] as Record<string, unknown>;
    expect(Object.hasOwn(defs, 'TableMapping')).toBe(false);
    expect(Object.hasOwn(defs, 'MappingDefaults')).toBe(true);
  });

  it('refuses an unknown option, naming the function and `id`', () => {
    const error = caught(() => tableMappingJsonSchema({ ids: 'x' } as never));
    expect([error.code, error.path]).toEqual(['unknown_key', 'options.ids']);
    expect(error.message).toBe('tableMappingJsonSchema: options has unknown option "ids"; allowed: id. (did you mean "id"?)');
  });
});

describe('defineTableMapping when the schema and the hand checks disagree', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('reports the schema’s issues with their paths (a bug in the library, said in the schema’s words)', () => {
    vi.spyOn(TableMappingSchema, 'safeParse').mockReturnValue({
      success: false,
      error: { issues: [{ path: ['households', 'id'], message: 'Expected string' }, { path: [], message: 'Bad' }] },
    } as never);
    const error = caught(() => defineTableMapping({ households: { id: 'id', size: 'size' } }));
    expect(error.code).toBe('invalid_schema');
    expect(error.issues).toEqual([
      { code: 'invalid_value', path: 'households.id', message: 'defineTableMapping: households.id is invalid: Expected string.' },
      { code: 'invalid_value', path: '', message: 'defineTableMapping: the mapping is invalid: Bad.' },
    ]);
  });
});
