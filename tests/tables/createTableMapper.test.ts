import { describe, expect, it } from 'vitest';
import { createTableMapper, mapHouseholds, type TableMapping } from '../../src/index.ts';
import { caught } from './helpers.ts';

const mapping: TableMapping = {
  households: { id: 'id', size: { countMembers: true }, members: 'persons' },
  persons: { householdId: 'id', birthDate: 'dob' },
  enrollments: { householdId: 'id', programId: { value: 'p' }, siteId: 'site', programYear: 'year' },
  sites: { id: 'id', location: { lat: 'lat', lng: 'lng' } },
};

describe('createTableMapper', () => {
  it('continues row numbers and duplicate checks across batches', () => {
    const mapper = createTableMapper(mapping);
    mapper.persons([{ id: 'a', dob: '2000-01-01' }, { id: 'b', dob: '2001-01-01' }]);
    mapper.persons([{ id: 'a', dob: '2010-01-01' }]);
    const first = mapper.households([{ id: 'a' }]);
    const second = mapper.households([{ id: 'b' }, { id: 'a' }]);
    expect(first.records).toEqual([{ id: 'a', size: 2, members: [{ birthDate: '2000-01-01' }, { birthDate: '2010-01-01' }], attributes: {} }]);
    expect(second.records.map((r) => r.id)).toEqual(['b']);
    expect(second.problems.map((p) => [p.row, p.code, p.message])).toEqual([[4, 'duplicate_id', 'household id "a" is already used by row 2; give each household one row (remove the duplicate, or give it its own id).']]);
    expect(mapper.finish().summary.persons).toEqual({ rows: 3, records: 3, rejectedRows: 0, warnings: 0 });
  });

  it('checks the headers given up front, all tables at once, before any row', () => {
    const error = caught(() => createTableMapper(mapping, { columns: { households: ['ID'], persons: ['id', 'DOB (mm/dd/yyyy)'], enrollments: ['id', 'year', 'site'], sites: ['id', 'lat', 'long'] } }));
    expect(error.issues.map((i) => [i.path, i.hint])).toEqual([
      ['persons.birthDate', 'did you mean "DOB (mm/dd/yyyy)"?'],
      ['sites.location.lng', 'did you mean "long"?'],
    ]);
  });

  it('reads array rows by position with the header given up front, or taken from the first row', () => {
    const withHeader = createTableMapper({ households: { id: 'id', size: 'size' } }, { columns: { households: ['size', 'id'] } });
    expect(withHeader.households([['2', 'x']]).records).toEqual([{ id: 'x', size: 2, attributes: {} }]);
    const fromFirstRow = createTableMapper({ households: { id: 'id', size: 'size' } });
    expect(fromFirstRow.households([['size', 'id'], ['2', 'x']]).records).toEqual([{ id: 'x', size: 2, attributes: {} }]);
    expect(fromFirstRow.households([['3', 'y']]).records).toEqual([{ id: 'y', size: 3, attributes: {} }]);
  });

  it('enforces the order sites → persons → households → enrolments, and one finish', () => {
    const mapper = createTableMapper(mapping);
    expect(caught(() => mapper.households([{ id: 'a' }])).message).toContain('call persons() first');
    mapper.persons([{ id: 'a', dob: '2000-01-01' }]);
    mapper.households([{ id: 'a' }]);
    expect(caught(() => mapper.persons([{ id: 'b', dob: '2000-01-01' }])).message).toContain('persons() was called after households()');
    mapper.sites([{ id: 'S', lat: '37', lng: '-121' }]);
    mapper.enrollments([{ id: 'a', site: 'S', year: '2024' }]);
    expect(caught(() => mapper.sites([])).message).toContain('sites() was called after enrollments()');
    expect(caught(() => mapper.households([])).message).toContain('households() was called after enrollments()');
    mapper.finish();
    expect(caught(() => mapper.finish()).message).toContain('finish() was called twice');
    expect(caught(() => mapper.enrollments([])).message).toContain('after finish()');
  });

  it('refuses a table the mapping has no section for', () => {
    const mapper = createTableMapper({ households: { id: 'id', size: 'size' } });
    expect(caught(() => mapper.sites([])).message).toBe('createTableMapper: the mapping has no sites section, so the sites table cannot be mapped; add "sites" to the mapping.');
  });

  it('accepts an empty persons table given with its header', () => {
    const mapper = createTableMapper(mapping);
    mapper.persons([], { columns: ['id', 'dob'] });
    const { problems } = mapper.households([{ id: 'a' }]);
    expect(problems.map((p) => p.code)).toEqual(['missing_value']);
  });

  it('checks enrolments against household ids known from elsewhere', () => {
    const mapper = createTableMapper({ enrollments: { householdId: 'id', programId: { value: 'p' }, programYear: 'year' } }, { householdIds: new Set(['a']) });
    expect(mapper.enrollments([{ id: 'a', year: '2024' }, { id: 'b', year: '2024' }]).problems.map((p) => p.code)).toEqual(['unknown_household']);
  });

  it('validates firstRowNumber', () => {
    expect(caught(() => createTableMapper(mapping, { firstRowNumber: 1.5 })).code).toBe('not_integer');
  });
});

describe('members from wide columns', () => {
  const wide: TableMapping = {
    households: {
      id: 'id',
      size: { countMembers: true },
      members: { wide: { birthDate: { column: 'Member {n} DOB', formats: ['MM/dd/yyyy'] }, disability: 'member{n}_disabled' } },
    },
  };

  it('reads every member group the header has, in order of n, and skips blank groups', () => {
    const { records, problems } = mapHouseholds(
      [{ id: 'a', member_1_dob: '01/02/1980', member1_disabled: 'N', 'Member 3 DOB': '03/04/2015', member3_disabled: '', member_2_dob: '', member2_disabled: '' }],
      wide,
    );
    expect(problems).toEqual([]);
    expect(records).toEqual([{ id: 'a', size: 2, members: [{ birthDate: '1980-01-02', disability: false }, { birthDate: '2015-03-04' }], attributes: {} }]);
  });

  it('warns about a member group with values but no birth date, and reports bad dates with the member number', () => {
    const { records, problems } = mapHouseholds([{ id: 'a', 'member 1 dob': '01/02/1980', member1_disabled: '', 'member 2 dob': '', member2_disabled: 'Y', 'member 3 dob': '13/01/2000' }], wide);
    expect(records).toEqual([]);
    expect(problems.map((p) => [p.field, p.code, p.severity])).toEqual([
      ['members[2].birthDate', 'member_without_birth_date', 'warning'],
      ['members[3].birthDate', 'invalid_date', 'error'],
    ]);
  });

  it('names the template when no column matches it', () => {
    const error = caught(() => mapHouseholds([{ id: 'a', dob1: '' }], wide));
    expect([error.code, error.path]).toEqual(['not_found', 'households.members.wide.birthDate']);
    expect(error.message).toContain('looked for "Member 1 DOB", "Member 2 DOB"');
  });
});
