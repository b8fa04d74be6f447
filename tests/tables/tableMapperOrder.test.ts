import { describe, expect, it } from 'vitest';
import { createTableMapper, type TableMapping } from '../../src/tables/index.ts';
import { caught } from '../helpers/caught.ts';

// createTableMapper's options, the order its tables come in, and its batches without a header or of the wrong
// shape: the exact code, path and message of each refusal.

const ALL: TableMapping = {
  households: { id: 'id', size: { countMembers: true }, members: 'persons' },
  persons: { householdId: 'hh', birthDate: 'dob' },
  enrollments: { householdId: 'hh', programId: { value: 'p' }, siteId: 'site', programYear: 'year' },
  sites: { id: 'id', location: { lat: 'lat', lng: 'lng' } },
};

const ENROLLMENTS_ONLY: TableMapping = { enrollments: { householdId: 'hh', programId: { value: 'p' }, siteId: 'site', programYear: 'year' } };

const point = (id: string, lng: number, lat: number) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [lng, lat] }, properties: { id, size: '1' } }) as const;

describe('createTableMapper: options', () => {
  it('checks enrolments against site ids known from elsewhere, and against none when it knows none', () => {
    const known = createTableMapper(ENROLLMENTS_ONLY, { siteIds: ['S1'] });
    const batch = known.enrollments([
      { hh: 'a', site: 'S1', year: '2024' },
      { hh: 'a', site: 'S9', year: '2024' },
    ]);
    expect(batch.problems.map((p) => [p.row, p.code, p.value])).toEqual([[3, 'unknown_site', 'S9']]);
    const unknown = createTableMapper(ENROLLMENTS_ONLY);
    expect(unknown.enrollments([{ hh: 'a', site: 'S9', year: '2024' }]).problems).toEqual([]);
  });

  it('numbers rows from firstRowNumber, which may be 0 but not negative', () => {
    const mapper = createTableMapper({ households: { id: 'id', size: 'size' } }, { firstRowNumber: 0 });
    expect(mapper.households([{ id: 'a', size: 'x' }]).problems.map((p) => p.row)).toEqual([0]);
    const error = caught(() => createTableMapper({ households: { id: 'id', size: 'size' } }, { firstRowNumber: -1 }));
    expect([error.code, error.path]).toEqual(['out_of_range', 'options.firstRowNumber']);
  });

  it('refuses headers given up front for a table the mapping has no section for', () => {
    const error = caught(() => createTableMapper({ households: { id: 'id', size: 'size' } }, { columns: { sites: ['id'] } }));
    expect([error.code, error.path, error.message]).toEqual([
      'not_found',
      'sites',
      'createTableMapper: the mapping has no sites section, so the sites table cannot be mapped; add "sites" to the mapping.',
    ]);
  });

  it('binds headers given up front for coordinate columns and for feature geometries', () => {
    const mapper = createTableMapper(
      { households: { id: 'id', size: 'size', location: { lat: 'lat', lng: 'lng' } }, sites: { id: 'id', location: 'geometry' } },
      { columns: { households: ['id', 'size', 'lat', 'lng'], sites: ['id'] } },
    );
    expect(mapper.sites({ type: 'FeatureCollection', features: [point('s', -121.9, 37.3)] }).records).toEqual([{ id: 's', location: [-121.9, 37.3] }]);
    expect(mapper.households([{ id: 'a', size: '1', lat: '37.3', lng: '-121.9' }]).records).toEqual([{ id: 'a', size: 1, location: [-121.9, 37.3], attributes: {} }]);
  });

  it('refuses rows for a mapping that reads feature geometries once the header is known, but not an empty batch', () => {
    const mapper = createTableMapper({ households: { id: 'id', size: 'size', location: 'geometry' }, sites: { id: 'id', location: 'geometry' } }, { columns: { households: ['id', 'size'], sites: ['id'] } });
    expect(mapper.sites([]).records).toEqual([]);
    const sites = caught(() => mapper.sites([{ id: 's' }]));
    expect([sites.code, sites.path, sites.message]).toEqual([
      'invalid_value',
      'sites.location',
      'createTableMapper: the sites mapping reads locations from feature geometries ("geometry"), but the sites rows are not a GeoJSON FeatureCollection; pass the FeatureCollection, or map the coordinate columns.',
    ]);
    const households = caught(() => mapper.households([{ id: 'a', size: '1' }]));
    expect([households.code, households.path]).toEqual(['invalid_value', 'households.location']);
    expect(mapper.households({ type: 'FeatureCollection', features: [point('a', -121.9, 37.3)] }).records).toEqual([{ id: 'a', size: 1, location: [-121.9, 37.3], attributes: {} }]);
  });
});

describe('createTableMapper: tables as rows beside households as features', () => {
  it('reads persons and enrolments as rows when the households come as a FeatureCollection', () => {
    const mapper = createTableMapper({
      households: { id: 'id', size: { countMembers: true }, members: 'persons', location: 'geometry' },
      persons: { householdId: 'hh', birthDate: 'dob' },
      enrollments: { householdId: 'hh', programId: { value: 'p' }, programYear: 'year' },
    });
    expect(mapper.persons([{ hh: 'a', dob: '2000-01-01' }]).problems).toEqual([]);
    expect(mapper.households({ type: 'FeatureCollection', features: [point('a', -121.9, 37.3)] }).records).toEqual([
      { id: 'a', size: 1, members: [{ birthDate: '2000-01-01' }], location: [-121.9, 37.3], attributes: {} },
    ]);
    expect(mapper.enrollments([{ hh: 'a', year: '2024' }]).records).toEqual([{ householdId: 'a', programId: 'p', programYear: 2024 }]);
  });
});

describe('createTableMapper: the order of the tables', () => {
  it('refuses households before persons when members come from the persons table, even after sites', () => {
    const mapper = createTableMapper(ALL);
    mapper.sites([{ id: 'S', lat: '37.3', lng: '-121.9' }]);
    const error = caught(() => mapper.households([{ id: 'a' }]));
    expect([error.code, error.path, error.message]).toEqual([
      'invalid_value',
      'persons',
      'createTableMapper: the mapping reads household members from the persons table, but no persons were given before the households; call persons() first (with an empty batch and its columns if the table is empty).',
    ]);
  });

  it('names the later table a table came after, and takes sites any time before enrolments', () => {
    const mapper = createTableMapper(ALL);
    mapper.persons([{ hh: 'a', dob: '2000-01-01' }]);
    mapper.sites([{ id: 'S', lat: '37.3', lng: '-121.9' }]);
    mapper.households([{ id: 'a' }]);
    mapper.sites([{ id: 'T', lat: '37.4', lng: '-121.8' }]);
    const persons = caught(() => mapper.persons([]));
    expect([persons.code, persons.path, persons.message]).toEqual([
      'invalid_value',
      'persons',
      'createTableMapper: persons() was called after households(); feed the tables in this order: sites, persons, households, enrollments (persons must come before their households, households before their enrolments).',
    ]);
    expect(mapper.enrollments([{ hh: 'a', site: 'T', year: '2024' }]).records).toEqual([{ householdId: 'a', programId: 'p', siteId: 'T', programYear: 2024 }]);
    const sites = caught(() => mapper.sites([]));
    expect([sites.code, sites.path]).toEqual(['invalid_value', 'sites']);
    expect(sites.message).toBe(
      'createTableMapper: sites() was called after enrollments(); feed the tables in this order: sites, persons, households, enrollments (persons must come before their households, households before their enrolments).',
    );
    mapper.finish();
    const twice = caught(() => mapper.finish());
    expect([twice.code, twice.path, twice.message]).toEqual(['invalid_value', 'finish', 'createTableMapper: finish() was called twice; create a new mapper for new tables.']);
    const after = caught(() => mapper.households([]));
    expect([after.code, after.path, after.message]).toEqual(['invalid_value', 'households', 'createTableMapper: households() was called after finish(); create a new mapper for new tables.']);
  });
});

describe('createTableMapper: batches', () => {
  it('maps nothing, and checks no site, for an empty sites batch without a header', () => {
    const mapper = createTableMapper(ALL);
    expect(mapper.sites([])).toEqual({ records: [], problems: [] });
    expect(mapper.persons([])).toEqual({ problems: [] });
    mapper.persons([{ hh: 'a', dob: '2000-01-01' }]);
    mapper.households([{ id: 'a' }]);
    expect(mapper.enrollments([{ hh: 'a', site: 'S9', year: '2024' }]).problems).toEqual([]);
    expect(mapper.finish().summary.sites).toEqual({ rows: 0, records: 0, rejectedRows: 0, warnings: 0 });
  });

  it('takes the header of a first batch whose first row is absent from the other rows, and reports that row', () => {
    const mapper = createTableMapper({ households: { id: 'id', size: 'size' } });
    const result = mapper.households([undefined as unknown as Record<string, string>, { id: 'a', size: '1' }]);
    expect(result.records).toStrictEqual([{ id: 'a', size: 1, attributes: {} }]);
    expect(result.problems[0]).toMatchObject({ row: 2, code: 'invalid_value', message: 'the row is undefined, not a row of cells; pass each row as an object keyed by column or an array of cells.' });
  });

  it('refuses a first batch of rows of cells after an empty header, saying the table has no columns', () => {
    const mapper = createTableMapper({ households: { id: 'id', size: 'size' } });
    const error = caught(() => mapper.households([[], ['a', '1']]));
    expect([error.code, error.issues.map((i) => i.message)]).toEqual([
      'invalid_schema',
      [
        'createTableMapper: households.id names the column "id", which households does not have. The households table has no columns at all: check that its rows have keys, or pass its header as options.columns.',
        'createTableMapper: households.size names the column "size", which households does not have. The households table has no columns at all: check that its rows have keys, or pass its header as options.columns.',
      ],
    ]);
  });


  it('reports persons no household claimed, with no column when the household id is a constant', () => {
    const mapper = createTableMapper({ households: PERSONS_FROM_CONSTANT.households, persons: PERSONS_FROM_CONSTANT.persons });
    mapper.persons([{ dob: '2000-01-01' }]);
    mapper.households([{ id: 'a' }]);
    const { problems, summary } = mapper.finish();
    expect(problems.map((p) => [p.table, p.row, p.column, p.value, p.code])).toEqual([['persons', 2, null, 'h', 'unknown_household']]);
    expect(summary.persons).toEqual({ rows: 1, records: 0, rejectedRows: 1, warnings: 0 });
  });
});

const PERSONS_FROM_CONSTANT = {
  households: { id: 'id', size: { countMembers: true }, members: 'persons' },
  persons: { householdId: { value: 'h' }, birthDate: 'dob' },
} as const satisfies TableMapping;
