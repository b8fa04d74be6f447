/**
 * Finding a mapping's columns in a table's header (src/tables/internal/columns.ts): exact names first, then
 * normalised ones; ambiguous and missing columns with the closest existing one; wide member columns by template.
 */
import { describe, expect, it } from 'vitest';
import { createTableMapper, mapHouseholds, type TableMapping } from '../../src/index.ts';
import { caught } from './helpers.ts';

/** The problems of binding a households mapping to a header, as [path, code, message, hint]. */
function headerIssues(mapping: TableMapping, columns: string[]): unknown[][] {
  return caught(() => createTableMapper(mapping, { columns: { households: columns } })).issues.map((i) => [i.path, i.code, i.message, i.hint]);
}

describe('matching a column name to the header', () => {
  it('reads the first of two identical headers', () => {
    const { records } = mapHouseholds([['id', 'id', 'size'], ['first', 'second', '1']], { households: { id: 'id', size: 'size' } });
    expect(records.map((r) => r.id)).toEqual(['first']);
  });

  it('shows a header without its byte-order mark and surrounding spaces', () => {
    const { problems } = mapHouseholds([{ '\uFEFF Household-ID ': '', ' size ': '1' }], { households: { id: 'household_id', size: 'size' } });
    expect(problems.map((p) => [p.column, p.code])).toEqual([['Household-ID', 'missing_value']]);
  });

  it('reads a byte-order mark, a space or a run of separators inside a name as one separator', () => {
    const { records } = mapHouseholds([{ 'household\uFEFFid': 'h', 'HH -_ Size': '1' }], { households: { id: 'household id', size: 'hh_size' } });
    expect(records).toEqual([{ id: 'h', size: 1, attributes: {} }]);
  });

  it('treats a run of separators as one space, never as nothing, and folds case by lower-casing (ß is not ss)', () => {
    expect(headerIssues({ households: { id: 'householdid', size: 'size' } }, ['household_id', 'size'])).toEqual([
      ['households.id', 'not_found', 'createTableMapper: households.id names the column "householdid", which households does not have; the closest is "household_id". Columns: household_id, size.', 'did you mean "household_id"?'],
    ]);
    expect(headerIssues({ households: { id: 'STRASSE', size: 'size' } }, ['Straße', 'size'])).toEqual([
      ['households.id', 'not_found', 'createTableMapper: households.id names the column "STRASSE", which households does not have; the closest is "Straße". Columns: Straße, size.', 'did you mean "Straße"?'],
    ]);
  });

  it('refuses a name that matches several headers once normalised, listing them', () => {
    expect(headerIssues({ households: { id: 'household id', size: 'size' } }, ['Household ID', 'size', ' household_id'])).toEqual([
      [
        'households.id',
        'invalid_value',
        'createTableMapper: households.id names the column "household id", which matches 2 columns of households ("Household ID", "household_id"); write the header exactly as one of them is written.',
        undefined,
      ],
    ]);
  });
});

describe('a column the header lacks', () => {
  const wide = (count: number) => Array.from({ length: count }, (_, i) => `c${i + 1}`);

  it('lists the first 40 columns of a wide header, and how many there are', () => {
    const [forty] = headerIssues({ households: { id: 'c1', size: 'size' } }, wide(40));
    expect(forty?.[2]).toBe(`createTableMapper: households.size names the column "size", which households does not have; the closest is "c1". Columns: ${wide(40).join(', ')}.`);
    const [fortyOne] = headerIssues({ households: { id: 'c1', size: 'size' } }, wide(41));
    expect(fortyOne?.[2]).toBe(`createTableMapper: households.size names the column "size", which households does not have; the closest is "c1". Columns: ${wide(40).join(', ')} … (41 in all).`);
  });

  it('names no closest column when the header is empty, and says the table has none', () => {
    const none = 'The households table has no columns at all: check that its rows have keys, or pass its header as options.columns.';
    expect(headerIssues({ households: { id: 'id', size: 'size' } }, [])).toEqual([
      ['households.id', 'not_found', `createTableMapper: households.id names the column "id", which households does not have. ${none}`, undefined],
      ['households.size', 'not_found', `createTableMapper: households.size names the column "size", which households does not have. ${none}`, undefined],
    ]);
  });

  it('prefers a header that contains the name (lat → latitude) to one a letter away', () => {
    // lat/latitude: 5 edits over 8 letters, halved = 0.3125; lat/lag: 1 edit over 3 letters = 0.333.
    const [issue] = headerIssues({ households: { id: 'id', size: 'size', location: { lat: 'lat', lng: 'lng' } } }, ['id', 'size', 'lag', 'latitude', 'lng']);
    expect(issue?.[3]).toBe('did you mean "latitude"?');
  });

  it('never calls an empty header the closest, though every name contains it', () => {
    // abc/xyc: 2 edits over 3 letters = 0.667; abc/"": 3 over 3 = 1 (0.5 if it were halved).
    const [issue] = headerIssues({ households: { id: 'abc', size: 'size' } }, ['xyc', '', 'size']);
    expect(issue?.[3]).toBe('did you mean "xyc"?');
  });

  it('names the first of equally close headers', () => {
    const [issue] = headerIssues({ households: { id: 'abcd', size: 'size' } }, ['abce', 'abcf', 'size']);
    expect(issue?.[3]).toBe('did you mean "abce"?');
  });
});

describe('wide member columns by template', () => {
  const mapping: TableMapping = { households: { id: 'id', size: 'size', members: { wide: { birthDate: 'member{n}_dob', disability: 'member{n}_disabled' } } } };

  it('reads the columns whose {n} is a number of one to three digits, in order of n, the first of each n', () => {
    const row = {
      id: 'h',
      size: '4',
      member12_dob: '2012-12-12',
      member2_dob: '2002-02-02',
      member1_dob: '2001-01-01',
      member01_dob: '1999-09-09',
      member3_dob: '2003-03-03',
      Member1_Disabled: 'Y',
      person5_dob: '1990-01-01',
      member_a_dob: '1991-01-01',
      membera1_dob: '1992-01-01',
      member1a_dob: '1993-01-01',
      member1000_dob: '1994-01-01',
    };
    const { records, problems } = mapHouseholds([row], mapping);
    expect(problems).toEqual([]);
    expect(records[0]?.members).toEqual([
      { birthDate: '2001-01-01', disability: true },
      { birthDate: '2002-02-02' },
      { birthDate: '2003-03-03' },
      { birthDate: '2012-12-12' },
    ]);
  });
});
