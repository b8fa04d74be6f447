import { describe, expect, it } from 'vitest';
import { createTableMapper, mapTables, type TableMapping } from '../../src/tables/index.ts';
import { caught } from '../helpers/caught.ts';

// The persons table: members and their incomes held by household id until the household's row claims them, and
// the problems of persons no household claims, in row order.

const mapping: TableMapping = {
  households: { id: 'id', size: 'size', members: 'persons' },
  persons: { householdId: 'hh', birthDate: 'dob', incomes: [{ amount: 'pay', frequency: { value: 'monthly' } }] },
};

describe('persons', () => {
  it("adds every person's income sources to the household, in row order", () => {
    const result = mapTables(
      {
        households: [{ id: 'A', size: '3' }],
        persons: [
          { hh: 'A', dob: '1980-01-01', pay: '1000' },
          { hh: 'A', dob: '1982-01-01', pay: '' },
          { hh: 'A', dob: '2010-01-01', pay: '250' },
        ],
      },
      mapping,
    );
    expect(result.problems).toEqual([]);
    expect(result.households).toStrictEqual([
      {
        id: 'A',
        size: 3,
        incomes: [
          { amount: 1000, frequency: 'monthly' },
          { amount: 250, frequency: 'monthly' },
        ],
        members: [{ birthDate: '1980-01-01' }, { birthDate: '1982-01-01' }, { birthDate: '2010-01-01' }],
        attributes: {},
      },
    ]);
    expect(result.summary.persons).toEqual({ rows: 3, records: 3, rejectedRows: 0, warnings: 0 });
  });

  it('leaves out a person whose row has an error in another field', () => {
    const result = mapTables(
      {
        households: [{ id: 'A', size: '2' }],
        persons: [
          { hh: 'A', dob: '1980-01-01', pay: '', dis: 'maybe' },
          { hh: 'A', dob: '1982-01-01', pay: '-5', dis: '' },
          { hh: 'A', dob: '2010-01-01', pay: '', dis: 'Y' },
        ],
      },
      { households: mapping.households!, persons: { ...mapping.persons!, disability: 'dis' } },
    );
    expect(result.households).toStrictEqual([{ id: 'A', size: 2, members: [{ birthDate: '2010-01-01', disability: true }], attributes: {} }]);
    expect(result.problems.map((p) => [p.row, p.field, p.code])).toEqual([
      [2, 'disability', 'invalid_boolean'],
      [3, 'incomes[0].amount', 'out_of_range'],
    ]);
    expect(result.summary.persons).toEqual({ rows: 3, records: 1, rejectedRows: 2, warnings: 0 });
  });

  it('reports a person without a household id, and every problem of its row, with id null', () => {
    const result = mapTables(
      {
        households: [{ id: 'A', size: '1' }],
        persons: [
          { hh: ' ', dob: '1980-01-01', pay: '' },
          { hh: '', dob: '1980-02-30', pay: '' },
        ],
      },
      mapping,
    );
    expect(result.problems.map((p) => [p.row, p.field, p.code, p.id])).toStrictEqual([
      [2, 'householdId', 'missing_value', null],
      [3, 'householdId', 'missing_value', null],
      [3, 'birthDate', 'invalid_date', null],
    ]);
    expect(result.problems.slice(0, 1)).toStrictEqual([
      {
        table: 'persons',
        row: 2,
        column: 'hh',
        value: ' ',
        field: 'householdId',
        code: 'missing_value',
        severity: 'error',
        message: "householdId (the person's household) is blank; it is required: write the id of the household the person belongs to, as the households table writes it.",
        id: null,
      },
    ]);
  });

  it('lists the persons no household claims in row order, across households', () => {
    const mapper = createTableMapper(mapping);
    mapper.persons([
      { hh: 'Z', dob: '1980-01-01', pay: '' },
      { hh: 'Y', dob: '1981-01-01', pay: '' },
      { hh: 'Z', dob: '1982-01-01', pay: '' },
      { hh: 'X', dob: '1983-01-01', pay: '' },
      { hh: 'Y', dob: '1984-01-01', pay: '' },
    ]);
    mapper.households([{ id: 'A', size: '1' }]);
    const result = mapper.finish();
    expect(result.problems.map((p) => [p.row, p.value, p.code])).toEqual([
      [2, 'Z', 'unknown_household'],
      [3, 'Y', 'unknown_household'],
      [4, 'Z', 'unknown_household'],
      [5, 'X', 'unknown_household'],
      [6, 'Y', 'unknown_household'],
    ]);
  });
});

describe('persons: a header the mapper refused', () => {
  it('is bound afresh from the next batch', () => {
    const mapper = createTableMapper({ households: { id: 'id', size: 'size', members: 'persons' }, persons: { householdId: 'hh', birthDate: 'dob', disability: 'dis' } });
    const error = caught(() => mapper.persons([{ hh: 'A', dob: '1980-01-01' }]));
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([['not_found', 'persons.disability']]);
    expect(mapper.persons([{ hh: 'A', dob: '1980-01-01', dis: 'Y' }])).toStrictEqual({ problems: [] });
    expect(mapper.households([{ id: 'A', size: '1' }]).records).toStrictEqual([{ id: 'A', size: 1, members: [{ birthDate: '1980-01-01', disability: true }], attributes: {} }]);
  });
});
