import { describe, expect, it } from 'vitest';
import { mapEnrollments, mapHouseholds, mapSites, mapTables, type TableMapping } from '../../src/tables/index.ts';

// How one field of one row is read, whatever the table: rows that are not rows, blanks of every kind in a required
// field, code maps, constants, ranges, pay frequencies and lists. Expected messages are the library's wording,
// written out in full because they tell an analyst how to fix the cell.

const households: TableMapping = { households: { id: 'id', size: 'size' } };
const sites = (programs: NonNullable<NonNullable<TableMapping['sites']>['programs']>): TableMapping => ({ sites: { id: 'id', location: { lat: 'lat', lng: 'lng' }, programs } });
const at = { lat: '37.3', lng: '-121.9' };

describe('a row that is not a row', () => {
  it('is rejected once with its value; its fields are not also reported as blank', () => {
    const result = mapHouseholds([{ id: 'A', size: '1' }, 5, null] as never, households);
    expect(result.records).toStrictEqual([{ id: 'A', size: 1, attributes: {} }]);
    expect(result.problems[0]).toStrictEqual({
      table: 'households',
      row: 3,
      column: null,
      value: '5',
      field: '',
      code: 'invalid_value',
      severity: 'error',
      message: 'the row is 5, not a row of cells; pass each row as an object keyed by column or an array of cells.',
      id: null,
    });
    expect(result.problems.map((p) => [p.row, p.field, p.code, p.severity])).toEqual([
      [3, '', 'invalid_value', 'error'],
      [4, '', 'invalid_value', 'error'],
    ]);
  });

  it('is skipped in every table, counted as rejected, and nothing is read from it', () => {
    const mapping: TableMapping = {
      households: { id: 'id', size: { countMembers: true }, members: 'persons' },
      persons: { householdId: 'hh', birthDate: 'dob' },
      sites: { id: 'id', location: { lat: 'lat', lng: 'lng' } },
      enrollments: { householdId: 'hh', programId: 'p', programYear: 'y' },
    };
    const result = mapTables(
      {
        households: [{ id: 'A' }, null] as never,
        persons: [undefined, { hh: 'A', dob: '2010-01-01' }] as never,
        sites: [{ id: 'S', lat: '37.3', lng: '-121.9' }, 'S2'] as never,
        enrollments: [7, { hh: 'A', p: 'P', y: '2024' }] as never,
      },
      mapping,
    );
    expect(result.problems.map((p) => [p.table, p.row, p.field, p.code, p.value])).toEqual([
      ['households', 3, '', 'invalid_value', null],
      ['persons', 2, '', 'invalid_value', null],
      ['enrollments', 2, '', 'invalid_value', '7'],
      ['sites', 3, '', 'invalid_value', 'S2'],
    ]);
    expect([result.households.length, result.enrollments.length, result.sites.length]).toEqual([1, 1, 1]);
    expect(result.summary).toStrictEqual({
      households: { rows: 2, records: 1, rejectedRows: 1, warnings: 0 },
      persons: { rows: 2, records: 1, rejectedRows: 1, warnings: 0 },
      enrollments: { rows: 2, records: 1, rejectedRows: 1, warnings: 0 },
      sites: { rows: 2, records: 1, rejectedRows: 1, warnings: 0 },
    });
  });
});

describe('a blank required field', () => {
  it('says "blank" for an empty or all-space text, null, an absent cell and NaN, and quotes a missing-value mark', () => {
    const result = mapHouseholds(
      [
        { id: '', size: '1' },
        { id: '  ', size: '1' },
        { id: null, size: '1' },
        { size: '1' },
        { id: Number.NaN, size: '1' },
        { id: 'NA', size: '1' },
        { id: 'n/a', size: '1' },
      ],
      households,
    );
    const blank = 'household id is blank; it is required: give every household row its id.';
    expect(result.problems.map((p) => p.message)).toEqual([
      blank,
      blank,
      blank,
      blank,
      blank,
      'household id is "NA", a missing-value mark; it is required: give every household row its id.',
      'household id is "n/a", a missing-value mark; it is required: give every household row its id.',
    ]);
    expect(result.problems.map((p) => [p.row, p.column, p.value, p.code])).toEqual([
      [2, 'id', '', 'missing_value'],
      [3, 'id', '  ', 'missing_value'],
      [4, 'id', null, 'missing_value'],
      [5, 'id', null, 'missing_value'],
      [6, 'id', 'NaN', 'missing_value'],
      [7, 'id', 'NA', 'missing_value'],
      [8, 'id', 'n/a', 'missing_value'],
    ]);
  });
});

describe('code maps', () => {
  const codes = (count: number): Record<string, string> => Object.fromEntries(Array.from({ length: count }, (_, i) => [`c${i + 1}`, `District ${i + 1}`]));
  const listed12 = '"c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9", "c10", "c11", "c12"';

  it('lists the first twelve codes and the count when there are more, matches ignoring case, and rejects a non-cell value', () => {
    const result = mapHouseholds(
      [
        { id: 'A', size: '1', d: 'zz' },
        { id: 'B', size: '1', d: 'C13' },
        { id: 'C', size: '1', d: { x: 1 } },
      ],
      { households: { id: 'id', size: 'size', attributes: { district: { column: 'd', codes: codes(13) } } } },
    );
    expect(result.records).toStrictEqual([{ id: 'B', size: 1, attributes: { district: 'District 13' } }]);
    expect(result.problems.map((p) => [p.row, p.code, p.message])).toEqual([
      [2, 'unknown_code', `attributes.district: "zz" is not one of the listed codes (${listed12} … 13 in all); add it to "codes", correct the cell, or set "unlistedCodes": "keep" to keep unlisted values as written.`],
      [4, 'invalid_value', 'attributes.district: "{\\"x\\":1}" is an object, not a cell value; correct the value, or leave it blank if unknown.'],
    ]);
  });

  it('lists exactly twelve codes without a count', () => {
    const result = mapHouseholds([{ id: 'A', size: '1', d: 'zz' }], { households: { id: 'id', size: 'size', attributes: { district: { column: 'd', codes: codes(12) } } } });
    expect(result.problems.map((p) => p.message)).toEqual([
      `attributes.district: "zz" is not one of the listed codes (${listed12}); add it to "codes", correct the cell, or set "unlistedCodes": "keep" to keep unlisted values as written.`,
    ]);
  });

  it('reads yes/no codes before the yes/no words', () => {
    const result = mapTables(
      {
        households: [{ id: 'A', size: '3' }],
        persons: [
          { hh: 'A', dob: '2000-01-01', d: 'D' },
          { hh: 'A', dob: '2001-01-01', d: 'ND' },
          { hh: 'A', dob: '2002-01-01', d: 'X' },
        ],
      },
      { households: { id: 'id', size: 'size', members: 'persons' }, persons: { householdId: 'hh', birthDate: 'dob', disability: { column: 'd', codes: { D: true, ND: false } } } },
    );
    expect(result.households).toStrictEqual([
      {
        id: 'A',
        size: 3,
        members: [
          { birthDate: '2000-01-01', disability: true },
          { birthDate: '2001-01-01', disability: false },
        ],
        attributes: {},
      },
    ]);
    expect(result.problems.map((p) => [p.table, p.row, p.code])).toEqual([['persons', 4, 'invalid_boolean']]);
  });
});

describe('constants', () => {
  it('give every record the same number, date, yes/no and list', () => {
    expect(mapHouseholds([{ id: 'A', size: '2' }], { households: { id: 'id', size: 'size', annualIncome: { value: 50000 } } }).records).toStrictEqual([
      { id: 'A', size: 2, annualIncome: 50000, attributes: {} },
    ]);
    expect(mapEnrollments([{ hh: 'A' }], { enrollments: { householdId: 'hh', programId: { value: 'p' }, date: { value: '2024-09-01' } } }).records).toStrictEqual([
      { householdId: 'A', programId: 'p', date: '2024-09-01' },
    ]);
    const withPersons = mapTables(
      { households: [{ id: 'A', size: '1' }], persons: [{ hh: 'A', dob: '2000-01-01' }] },
      { households: { id: 'id', size: 'size', members: 'persons' }, persons: { householdId: 'hh', birthDate: 'dob', disability: { value: true } } },
    );
    expect(withPersons.households).toStrictEqual([{ id: 'A', size: 1, members: [{ birthDate: '2000-01-01', disability: true }], attributes: {} }]);
    const result = mapSites(
      [
        { id: 'S1', ...at },
        { id: 'S2', ...at },
      ],
      sites({ value: ['camp', 'swim'] }),
    );
    expect(result.records).toStrictEqual([
      { id: 'S1', location: [-121.9, 37.3], programs: ['camp', 'swim'] },
      { id: 'S2', location: [-121.9, 37.3], programs: ['camp', 'swim'] },
    ]);
    expect(result.records[0]?.programs).not.toBe(result.records[1]?.programs);
  });
});

describe('number ranges', () => {
  it('accepts both ends of a range and rejects just outside them', () => {
    const result = mapHouseholds(
      [
        { id: 'A', size: '30' },
        { id: 'B', size: '31' },
        { id: 'C', size: '1' },
        { id: 'D', size: '0' },
      ],
      households,
    );
    expect(result.records.map((r) => [r.id, r.size])).toEqual([
      ['A', 30],
      ['C', 1],
    ]);
    expect(result.problems.map((p) => [p.row, p.code, p.message])).toEqual([
      [3, 'out_of_range', 'size (persons in the household): "31" reads as 31, and it must be a whole number from 1 to 30; write the number of persons as a whole number from 1 to 30.'],
      [5, 'out_of_range', 'size (persons in the household): "0" reads as 0, and it must be a whole number from 1 to 30; write the number of persons as a whole number from 1 to 30.'],
    ]);
  });
});

describe('pay frequencies', () => {
  it('reads the usual spellings, and names the frequencies (and the codes, when listed) for anything else', () => {
    const plain = mapHouseholds(
      [
        { id: 'A', size: '1', a: '10', f: { x: 1 } },
        { id: 'B', size: '1', a: '10', f: 'M' },
        { id: 'C', size: '1', a: '10', f: 'Fortnightly' },
      ],
      { households: { id: 'id', size: 'size', incomes: [{ amount: 'a', frequency: 'f' }] } },
    );
    expect(plain.records).toStrictEqual([{ id: 'C', size: 1, incomes: [{ amount: 10, frequency: 'biweekly' }], attributes: {} }]);
    expect(plain.problems.map((p) => [p.row, p.field, p.code, p.message])).toEqual([
      [2, 'incomes[0].frequency', 'invalid_value', 'incomes[0].frequency: "{\\"x\\":1}" is an object, not a cell value; write how often the amount is received: weekly, biweekly, semimonthly, monthly or annual.'],
      [
        3,
        'incomes[0].frequency',
        'unknown_code',
        'incomes[0].frequency: "M" is not a pay frequency (weekly, biweekly, semimonthly, monthly, annual); map the table\'s codes in "codes", e.g. { "M": "monthly", "W": "weekly", "B": "biweekly" }.',
      ],
    ]);
    const coded = mapHouseholds(
      [
        { id: 'B', size: '1', a: '10', f: 'Q' },
        { id: 'C', size: '1', a: '10', f: 'w' },
      ],
      { households: { id: 'id', size: 'size', incomes: [{ amount: 'a', frequency: { column: 'f', codes: { M: 'monthly', W: 'weekly' } } }] } },
    );
    expect(coded.records).toStrictEqual([{ id: 'C', size: 1, incomes: [{ amount: 10, frequency: 'weekly' }], attributes: {} }]);
    expect(coded.problems.map((p) => p.message)).toEqual([
      'incomes[0].frequency: "Q" is not a pay frequency (weekly, biweekly, semimonthly, monthly, annual) or a listed code ("M", "W"); map the table\'s codes in "codes", e.g. { "M": "monthly", "W": "weekly", "B": "biweekly" }.',
    ]);
  });

  it('reports a blank frequency beside an amount once', () => {
    const result = mapHouseholds([{ id: 'A', size: '1', a: '10', f: '' }], { households: { id: 'id', size: 'size', incomes: [{ amount: 'a', frequency: 'f' }] } });
    expect(result.problems.map((p) => [p.field, p.code, p.message])).toEqual([
      ['incomes[0].frequency', 'missing_value', 'incomes[0].frequency is blank; it is required: write how often the amount is received: weekly, biweekly, semimonthly, monthly or annual.'],
    ]);
  });
});

describe('lists', () => {
  it('translates each item, rejecting an unlisted item or a non-cell value', () => {
    const result = mapSites(
      [
        { id: 'S1', ...at, p: 'c; x' },
        { id: 'S2', ...at, p: { a: 1 } },
        { id: 'S3', ...at, p: 'C;;' },
      ],
      sites({ column: 'p', codes: { c: 'camp' } }),
    );
    expect(result.records).toStrictEqual([{ id: 'S3', location: [-121.9, 37.3], programs: ['camp'] }]);
    expect(result.problems.map((p) => [p.row, p.code, p.severity, p.message])).toEqual([
      [2, 'unknown_code', 'error', 'programs: the item "x" is not one of the listed codes ("c"); add it to "codes", correct the cell, or set "unlistedCodes": "keep".'],
      [3, 'invalid_value', 'error', 'programs: "{\\"a\\":1}" is an object, not a cell value; list the program ids offered, separated by the list separator, or leave it blank.'],
    ]);
  });

  it('keeps unlisted items as written when asked', () => {
    const result = mapSites([{ id: 'S1', ...at, p: 'c; x' }], sites({ column: 'p', codes: { c: 'camp' }, unlistedCodes: 'keep' }));
    expect(result.records).toStrictEqual([{ id: 'S1', location: [-121.9, 37.3], programs: ['camp', 'x'] }]);
    expect(result.problems).toEqual([]);
  });
});
