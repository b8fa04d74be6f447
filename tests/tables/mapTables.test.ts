import { describe, expect, it } from 'vitest';
import { EnrollmentSchema, HouseholdSchema, SiteSchema, defineTableMapping, mapTables, syntheticCity, type TableMapping } from '../../src/index.ts';
import { caught, cityTables, plain, syntheticMapping } from './helpers.ts';

describe('mapTables on the synthetic city written as CSV rows', () => {
  it('gives back exactly the records it was written from, with no problems', () => {
    const city = syntheticCity({ households: 1500, seed: 11 });
    const tables = cityTables(city.households, city.enrollments, city.sites);
    const result = mapTables(tables, defineTableMapping(syntheticMapping()));
    expect(result.problems).toEqual([]);
    expect(result.households).toEqual(plain(city.households));
    expect(result.enrollments).toEqual(plain(city.enrollments));
    expect(result.sites).toEqual(plain(city.sites));
    expect(result.summary).toEqual({
      households: { rows: 1500, records: 1500, rejectedRows: 0, warnings: 0 },
      persons: { rows: tables.persons.length, records: tables.persons.length, rejectedRows: 0, warnings: 0 },
      enrollments: { rows: city.enrollments.length, records: city.enrollments.length, rejectedRows: 0, warnings: 0 },
      sites: { rows: city.sites.length, records: city.sites.length, rejectedRows: 0, warnings: 0 },
    });
  });

  it('maps the same tables given as arrays of cells with a header row (a CSV parser without column names)', () => {
    const city = syntheticCity({ households: 200, seed: 3 });
    const tables = cityTables(city.households, city.enrollments, city.sites);
    const asArrays = (rows: Record<string, string>[]): string[][] => {
      const header = Object.keys(rows[0] ?? {});
      return [header, ...rows.map((row) => header.map((key) => row[key] ?? ''))];
    };
    const result = mapTables(
      { households: asArrays(tables.households), persons: asArrays(tables.persons), enrollments: asArrays(tables.enrollments), sites: asArrays(tables.sites) },
      syntheticMapping(),
    );
    expect(result.problems).toEqual([]);
    expect(result.households).toEqual(plain(city.households));
    expect(result.enrollments).toEqual(plain(city.enrollments));
  });

  it('produces records every record schema accepts', () => {
    const city = syntheticCity({ households: 300, seed: 5 });
    const result = mapTables(cityTables(city.households, city.enrollments, city.sites), syntheticMapping());
    for (const h of result.households) expect(HouseholdSchema.safeParse(h).success).toBe(true);
    for (const e of result.enrollments) expect(EnrollmentSchema.safeParse(e).success).toBe(true);
    for (const s of result.sites) expect(SiteSchema.safeParse(s).success).toBe(true);
  });
});

describe('mapTables across tables', () => {
  const mapping: TableMapping = {
    households: { id: 'id', size: 'size', members: 'persons' },
    persons: { householdId: 'hh', birthDate: 'dob' },
    enrollments: { householdId: 'hh', programId: { value: 'p' }, siteId: 'site', programYear: 'year' },
    sites: { id: 'id', location: { lat: 'lat', lng: 'lng' } },
  };

  it('lists duplicate ids, persons and enrolments without a household, enrolments at unknown sites — without throwing', () => {
    const result = mapTables(
      {
        households: [
          { id: 'A', size: '2' },
          { id: 'B', size: 'two' },
          { id: 'A', size: '1' },
          { id: 'C', size: '1' },
        ],
        persons: [
          { hh: 'A', dob: '1980-01-01' },
          { hh: 'B', dob: '1981-01-01' },
          { hh: 'Z', dob: '1982-01-01' },
          { hh: 'A', dob: '2015-06-30' },
          { hh: 'C', dob: '2020-02-30' },
        ],
        enrollments: [
          { hh: 'A', site: 'S1', year: '2024' },
          { hh: 'B', site: 'S1', year: '2024' },
          { hh: 'Q', site: 'S1', year: '2024' },
          { hh: 'C', site: 'S9', year: '2024' },
        ],
        sites: [
          { id: 'S1', lat: '37.3', lng: '-121.9' },
          { id: 'S1', lat: '37.4', lng: '-121.8' },
        ],
      },
      mapping,
    );
    expect(result.households.map((h) => [h.id, h.size, h.members?.length])).toEqual([
      ['A', 2, 2],
      ['C', 1, undefined],
    ]);
    expect(result.enrollments.map((e) => e.householdId)).toEqual(['A', 'C']);
    expect(result.sites.map((s) => s.id)).toEqual(['S1']);
    expect(result.problems.map((p) => [p.table, p.row, p.code, p.severity])).toEqual([
      ['households', 3, 'invalid_number', 'error'],
      ['households', 4, 'duplicate_id', 'error'],
      ['persons', 3, 'rejected_household', 'error'],
      ['persons', 4, 'unknown_household', 'error'],
      ['persons', 6, 'invalid_date', 'error'],
      ['enrollments', 3, 'rejected_household', 'error'],
      ['enrollments', 4, 'unknown_household', 'error'],
      ['enrollments', 5, 'unknown_site', 'warning'],
      ['sites', 3, 'duplicate_id', 'error'],
    ]);
    const rejected = result.problems.find((p) => p.code === 'rejected_household' && p.table === 'persons');
    expect(rejected?.message).toBe('household "B" was rejected at households row 3; fix that row and this person joins it.');
    expect(result.summary.persons).toEqual({ rows: 5, records: 2, rejectedRows: 3, warnings: 0 });
    expect(result.summary.enrollments).toEqual({ rows: 4, records: 2, rejectedRows: 2, warnings: 1 });
  });

  it('checks every table header before reading any row, naming the closest column', () => {
    const error = caught(() =>
      mapTables(
        {
          households: [{ id: 'A', size: '1' }],
          persons: [{ household: 'A', dob: '1980-01-01' }],
          enrollments: [{ hh: 'A', year: '2024', site: '' }],
          sites: [{ id: 'S', latitude: '1', lng: '2' }],
        },
        mapping,
      ),
    );
    expect(error.code).toBe('invalid_schema');
    expect(error.issues.map((i) => [i.path, i.code, i.hint])).toEqual([
      ['persons.householdId', 'not_found', 'did you mean "household"?'],
      ['sites.location.lat', 'not_found', 'did you mean "latitude"?'],
    ]);
    expect(error.issues[0]?.message).toBe(
      'mapTables: persons.householdId names the column "hh", which persons does not have; the closest is "household". Columns: household, dob.',
    );
  });

  it('needs the persons table when the mapping reads members from it, and a section for every table given', () => {
    expect(caught(() => mapTables({ households: [] }, mapping)).path).toBe('tables.persons');
    const error = caught(() => mapTables({ households: [{ id: 'A', size: '1' }], sites: [] }, { households: { id: 'id', size: 'size' } }));
    expect([error.code, error.path]).toEqual(['not_found', 'sites']);
  });

  it('orders problems by table, row, then field, and numbers rows as a spreadsheet shows them', () => {
    const result = mapTables(
      { households: [{ id: '', size: '0', inc: '-5' }, { id: 'X', size: '1', inc: 'abc' }] },
      { households: { id: 'id', size: 'size', annualIncome: 'inc' } },
      { firstRowNumber: 1 },
    );
    expect(result.problems.map((p) => [p.row, p.field, p.code])).toEqual([
      [1, 'id', 'missing_value'],
      [1, 'size', 'out_of_range'],
      [1, 'annualIncome', 'out_of_range'],
      [2, 'annualIncome', 'invalid_number'],
    ]);
  });
});
