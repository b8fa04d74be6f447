import { describe, expect, it } from 'vitest';
import { createTableMapper, mapHouseholds, mapTables, type TableMapping } from '../../src/tables/index.ts';
import { caught } from '../helpers/caught.ts';

// The households table, field by field: wide member columns, categorical programs, other columns as attributes,
// incomes joined from persons, and the bookkeeping of ids across rows. Expected values are written out by hand from
// the mapping rules in docs/tables.md.

describe('households: wide member columns', () => {
  const mapping: TableMapping = { households: { id: 'id', size: 'size', members: { wide: { birthDate: 'member{n}_dob', disability: 'member{n}_dis' } } } };

  it('reads each member, keeps a disability only when written, and warns about a disability without a birth date', () => {
    const result = mapHouseholds(
      [
        { id: 'A', size: '3', member1_dob: '2010-01-01', member2_dob: '2012-02-02', member1_dis: 'Y', member2_dis: '' },
        { id: 'B', size: '2', member1_dob: '2010-01-01', member2_dob: '', member1_dis: '', member2_dis: 'N' },
      ],
      mapping,
    );
    expect(result.records).toStrictEqual([
      { id: 'A', size: 3, members: [{ birthDate: '2010-01-01', disability: true }, { birthDate: '2012-02-02' }], attributes: {} },
      { id: 'B', size: 2, members: [{ birthDate: '2010-01-01' }], attributes: {} },
    ]);
    expect(Object.keys(result.records[0]?.members?.[1] ?? {})).toEqual(['birthDate']);
    expect(result.problems).toStrictEqual([
      {
        table: 'households',
        row: 3,
        column: 'member2_dob',
        value: null,
        field: 'members[2].birthDate',
        code: 'member_without_birth_date',
        severity: 'warning',
        message: "member 2 has a disability value but no birth date, so it is left out of the members; add the birth date (the household's size is kept).",
        id: 'B',
      },
    ]);
  });

  it('reports an unreadable birth date as itself only, and an unreadable disability under its member path', () => {
    const result = mapHouseholds(
      [
        { id: 'C', size: '2', member1_dob: '2010-13-01', member2_dob: '', member1_dis: 'Y', member2_dis: '' },
        { id: 'D', size: '2', member1_dob: '2010-01-01', member2_dob: '', member1_dis: 'maybe', member2_dis: '' },
      ],
      mapping,
    );
    expect(result.records).toEqual([]);
    expect(result.problems.map((p) => [p.row, p.column, p.field, p.code, p.severity])).toEqual([
      [2, 'member1_dob', 'members[1].birthDate', 'invalid_date', 'error'],
      [3, 'member1_dis', 'members[1].disability', 'invalid_boolean', 'error'],
    ]);
  });

  it('reads member columns without a disability template', () => {
    const result = mapHouseholds([{ id: 'A', size: '1', m1: '2010-01-01', m2: '2011-01-01' }], { households: { id: 'id', size: { value: 1 }, members: { wide: { birthDate: 'm{n}' } } } });
    expect(result.records).toStrictEqual([{ id: 'A', size: 1, members: [{ birthDate: '2010-01-01' }, { birthDate: '2011-01-01' }], attributes: {} }]);
    // A constant size has no column to name.
    expect(result.problems).toStrictEqual([
      {
        table: 'households',
        row: 2,
        column: null,
        value: '1',
        field: 'size',
        code: 'size_below_members',
        severity: 'warning',
        message: 'size is 1 but the household lists 2 members; check the size or the member rows (the size is kept as written).',
        id: 'A',
      },
    ]);
  });

  it('names the closest column when a template matches none', () => {
    const error = caught(() => createTableMapper(mapping, { columns: { households: ['id', 'size', 'member_dob', 'member1_dobx', 'member1_dis'] } }));
    expect(error.code).toBe('not_found');
    expect(error.issues).toStrictEqual([
      {
        code: 'not_found',
        path: 'households.members.wide.birthDate',
        message:
          'createTableMapper: households.members.wide.birthDate is the template "member{n}_dob", which matches no column of households (looked for "member1_dob", "member2_dob" …); the closest column is "member1_dobx".',
        hint: 'did you mean a template matching "member1_dobx"?',
      },
    ]);
  });

  it('names no closest column when the header is empty', () => {
    const error = caught(() => createTableMapper(mapping, { columns: { households: [] } }));
    expect(error.issues.at(-1)).toStrictEqual({
      code: 'not_found',
      path: 'households.members.wide.birthDate',
      message: 'createTableMapper: households.members.wide.birthDate is the template "member{n}_dob", which matches no column of households (looked for "member1_dob", "member2_dob" …).',
    });
  });
});

describe('households: size counted from members', () => {
  it('rejects a household whose member columns are all blank, with the reason', () => {
    const result = mapHouseholds(
      [
        { id: 'A', m1: '', m2: '' },
        { id: 'B', m1: '2001-01-01', m2: '' },
      ],
      { households: { id: 'id', size: { countMembers: true }, members: { wide: { birthDate: 'm{n}' } } } },
    );
    expect(result.records).toStrictEqual([{ id: 'B', size: 1, members: [{ birthDate: '2001-01-01' }], attributes: {} }]);
    expect(result.problems).toStrictEqual([
      {
        table: 'households',
        row: 2,
        column: null,
        value: null,
        field: 'size',
        code: 'missing_value',
        severity: 'error',
        message: "size is counted from the household's members, and its member columns are all blank; add its members, or map a size column.",
        id: 'A',
      },
    ]);
  });

  it('rejects a household no person row names, with the reason', () => {
    const result = mapTables(
      { households: [{ id: 'A' }, { id: 'B' }], persons: [{ hh: 'B', dob: '2000-01-01' }] },
      { households: { id: 'id', size: { countMembers: true }, members: 'persons' }, persons: { householdId: 'hh', birthDate: 'dob' } },
    );
    expect(result.households).toStrictEqual([{ id: 'B', size: 1, members: [{ birthDate: '2000-01-01' }], attributes: {} }]);
    expect(result.problems).toStrictEqual([
      {
        table: 'households',
        row: 2,
        column: null,
        value: null,
        field: 'size',
        code: 'missing_value',
        severity: 'error',
        message: "size is counted from the household's members, and no person row names this household; add its members, or map a size column.",
        id: 'A',
      },
    ]);
    expect(result.summary.households).toEqual({ rows: 2, records: 1, rejectedRows: 1, warnings: 0 });
  });
});

describe('households: categorical programs', () => {
  it('merges list and flag columns in mapping order, without repeats; blank columns leave categorical unknown', () => {
    const result = mapHouseholds(
      [
        { id: 'A', size: '1', cf: 'Y', progs: 'Medi-Cal; CalFresh;WIC;WIC' },
        { id: 'B', size: '1', cf: 'N', progs: '' },
        { id: 'C', size: '1', cf: '', progs: '' },
        { id: 'D', size: '1', cf: '', progs: 'WIC' },
        { id: 'E', size: '1', cf: 'yes', progs: 'WIC;Medi-Cal' },
      ],
      { households: { id: 'id', size: 'size', categorical: [{ list: 'progs' }, { program: 'CalFresh', flag: 'cf' }] } },
    );
    expect(result.problems).toEqual([]);
    expect(result.records).toStrictEqual([
      { id: 'A', size: 1, attributes: {}, categorical: ['Medi-Cal', 'CalFresh', 'WIC'] },
      { id: 'B', size: 1, attributes: {}, categorical: [] },
      { id: 'C', size: 1, attributes: {} },
      { id: 'D', size: 1, attributes: {}, categorical: ['WIC'] },
      { id: 'E', size: 1, attributes: {}, categorical: ['WIC', 'Medi-Cal', 'CalFresh'] },
    ]);
  });

  it('keeps a flag read before a list', () => {
    const result = mapHouseholds([{ id: 'A', size: '1', cf: 'Y', progs: 'WIC;CalFresh' }], {
      households: { id: 'id', size: 'size', categorical: [{ program: 'CalFresh', flag: 'cf' }, { list: 'progs' }] },
    });
    expect(result.records).toStrictEqual([{ id: 'A', size: 1, attributes: {}, categorical: ['CalFresh', 'WIC'] }]);
  });
});

describe('households: other columns as attributes', () => {
  it('keeps unnamed columns under their header as read (BOM and spaces removed), skipping blank headers and named attributes', () => {
    const result = mapHouseholds(
      [{ id: 'A', size: '1', dist: 'D1', district: 'X', ' notes ': 'hello', 'a\uFEFFb': 'inner', '': 'blank header', '\uFEFFlang': 'es', obj: { a: 1 } }],
      { households: { id: 'id', size: 'size', attributes: { district: 'dist' }, otherColumns: 'attributes' } },
    );
    expect(result.records).toStrictEqual([{ id: 'A', size: 1, attributes: { district: 'D1', notes: 'hello', 'a\uFEFFb': 'inner', lang: 'es' } }]);
    expect(result.problems).toStrictEqual([
      {
        table: 'households',
        row: 2,
        column: 'obj',
        value: '{"a":1}',
        field: 'attributes.obj',
        code: 'invalid_value',
        severity: 'warning',
        message: 'attributes.obj: "{\\"a\\":1}" is an object, not a cell value; the value was left out (an attribute must be text).',
        id: 'A',
      },
    ]);
  });

  it('ignores other columns by default, whatever their header', () => {
    const result = mapHouseholds([{ id: 'A', size: '1', undefined: 'x', notes: 'y' }], { households: { id: 'id', size: 'size' } });
    expect(result.records).toStrictEqual([{ id: 'A', size: 1, attributes: {} }]);
  });
});

describe('households: ids', () => {
  it('reports problems of a row without an id with id null', () => {
    const result = mapHouseholds([{ id: '', size: 'x' }], { households: { id: 'id', size: 'size' } });
    expect(result.problems.map((p) => [p.field, p.code, p.id])).toStrictEqual([
      ['id', 'missing_value', null],
      ['size', 'invalid_number', null],
    ]);
  });

  it('reports a duplicate of a constant id with no column', () => {
    const result = mapHouseholds([{ size: '1' }, { size: '2' }], { households: { id: { value: 'H' }, size: 'size' } });
    expect(result.records).toStrictEqual([{ id: 'H', size: 1, attributes: {} }]);
    expect(result.problems).toStrictEqual([
      {
        table: 'households',
        row: 3,
        column: null,
        value: 'H',
        field: 'id',
        code: 'duplicate_id',
        severity: 'error',
        message: 'household id "H" is already used by row 2; give each household one row (remove the duplicate, or give it its own id).',
        id: 'H',
      },
    ]);
  });

  it('names the first rejected row of an id to its enrolments', () => {
    const result = mapTables(
      { households: [{ id: 'A', size: 'x' }, { id: 'A', size: 'y' }], enrollments: [{ hh: 'A', year: '2024' }] },
      { households: { id: 'id', size: 'size' }, enrollments: { householdId: 'hh', programId: { value: 'p' }, programYear: 'year' } },
    );
    expect(result.problems.map((p) => [p.table, p.row, p.code])).toEqual([
      ['households', 2, 'invalid_number'],
      ['households', 3, 'invalid_number'],
      ['enrollments', 2, 'rejected_household'],
    ]);
    expect(result.problems[2]?.message).toBe('household "A" was rejected at households row 2; fix that row and this enrolment counts.');
  });
});

describe('households: incomes', () => {
  it("adds the persons' income sources to a household that maps none; a blank source under incomeUnknown makes income unknown", () => {
    const result = mapTables(
      {
        households: [
          { id: 'A', size: '2' },
          { id: 'B', size: '2' },
        ],
        persons: [
          { hh: 'A', dob: '1980-01-01', pay: '1000', freq: 'monthly' },
          { hh: 'A', dob: '1982-01-01', pay: '500', freq: 'weekly' },
          { hh: 'B', dob: '1980-01-01', pay: '1000', freq: 'monthly' },
          { hh: 'B', dob: '1982-01-01', pay: '', freq: '' },
        ],
      },
      {
        households: { id: 'id', size: 'size', members: 'persons', blankIncomeSource: 'incomeUnknown' },
        persons: { householdId: 'hh', birthDate: 'dob', incomes: [{ amount: 'pay', frequency: 'freq' }] },
      },
    );
    expect(result.problems).toEqual([]);
    expect(result.households).toStrictEqual([
      {
        id: 'A',
        size: 2,
        incomes: [
          { amount: 1000, frequency: 'monthly' },
          { amount: 500, frequency: 'weekly' },
        ],
        members: [{ birthDate: '1980-01-01' }, { birthDate: '1982-01-01' }],
        attributes: {},
      },
      { id: 'B', size: 2, members: [{ birthDate: '1980-01-01' }, { birthDate: '1982-01-01' }], attributes: {} },
    ]);
  });

  it('keeps the sources under incomeUnknown when none is blank; an unreadable amount left out counts as a blank', () => {
    const result = mapHouseholds(
      [
        { id: 'A', size: '1', a1: '100', a2: '200' },
        { id: 'B', size: '1', a1: '100', a2: 'lots' },
        { id: 'C', size: '1', a1: '100', a2: '' },
      ],
      {
        households: {
          id: 'id',
          size: 'size',
          blankIncomeSource: 'incomeUnknown',
          incomes: [
            { amount: 'a1', frequency: { value: 'monthly' } },
            { amount: { column: 'a2', onInvalid: 'treatAsMissing' }, frequency: { value: 'annual' } },
          ],
        },
      },
    );
    expect(result.records).toStrictEqual([
      {
        id: 'A',
        size: 1,
        incomes: [
          { amount: 100, frequency: 'monthly' },
          { amount: 200, frequency: 'annual' },
        ],
        attributes: {},
      },
      // treatAsMissing leaves the value out "as a blank would be": under incomeUnknown the income is unknown.
      { id: 'B', size: 1, attributes: {} },
      { id: 'C', size: 1, attributes: {} },
    ]);
    expect(result.problems.map((p) => [p.row, p.code, p.severity])).toEqual([[3, 'invalid_number', 'warning']]);
  });

  it('counts a source whose frequency could not be read and was left out as a blank one', () => {
    const rows = [
      { id: 'A', size: '2', wages: '3000', wagesFreq: 'XX', ssi: '900' },
      { id: 'B', size: '2', wages: '3000', wagesFreq: 'monthly', ssi: '900' },
    ];
    const mapping = (blankIncomeSource: 'skip' | 'incomeUnknown'): TableMapping => ({
      households: {
        id: 'id',
        size: 'size',
        blankIncomeSource,
        incomes: [
          { amount: 'wages', frequency: { column: 'wagesFreq', onInvalid: 'treatAsMissing' } },
          { amount: 'ssi', frequency: { value: 'monthly' } },
        ],
      },
    });
    const both = [
      { amount: 3000, frequency: 'monthly' },
      { amount: 900, frequency: 'monthly' },
    ];
    // Under incomeUnknown the income of A is unknown, not the ssi alone (which would be too low).
    const unknown = mapHouseholds(rows, mapping('incomeUnknown'));
    expect(unknown.records).toStrictEqual([
      { id: 'A', size: 2, attributes: {} },
      { id: 'B', size: 2, incomes: both, attributes: {} },
    ]);
    expect(unknown.problems.map((p) => [p.row, p.code, p.severity, p.field])).toEqual([[2, 'unknown_code', 'warning', 'incomes[0].frequency']]);
    // Under skip the blank source is skipped, as a blank amount is.
    expect(mapHouseholds(rows, mapping('skip')).records).toStrictEqual([
      { id: 'A', size: 2, incomes: [{ amount: 900, frequency: 'monthly' }], attributes: {} },
      { id: 'B', size: 2, incomes: both, attributes: {} },
    ]);
  });
});

describe('households: a header the mapper refused', () => {
  it('is bound afresh from the next batch', () => {
    const mapper = createTableMapper({ households: { id: 'id', size: 'size', attributes: { district: 'dist' } } });
    const error = caught(() => mapper.households([{ id: 'A', size: '1' }]));
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([['not_found', 'households.attributes.district']]);
    expect(mapper.households([{ id: 'A', size: '1', dist: 'D1' }])).toStrictEqual({ records: [{ id: 'A', size: 1, attributes: { district: 'D1' } }], problems: [] });
  });
});
