/**
 * Income sources (src/tables/internal/incomes.ts) through the public mappers: how the mapping's `incomes` are checked
 * (exact issue paths and messages), how they bind to columns, and how a row's sources are read.
 */
import { describe, expect, it } from 'vitest';
import { mapHouseholds, type HouseholdTableMapping, type TableMapping } from '../../src/index.ts';
import { caught } from './helpers.ts';

/** A households mapping with the given `incomes` (and other household fields). */
function withIncomes(incomes: unknown, extra: Partial<HouseholdTableMapping> = {}): TableMapping {
  return { households: { id: 'id', size: 'size', incomes, ...extra } as HouseholdTableMapping };
}

const ROW = { id: 'a', size: '1', a: '100', f: 'monthly', s: 'wages' };

/** The issues of the error a households mapping throws, as [code, path, message]. */
function issues(mapping: TableMapping, rows: object[] = [ROW]): [string, string, string][] {
  return caught(() => mapHouseholds(rows as Record<string, unknown>[], mapping)).issues.map((i) => [i.code, i.path, i.message]);
}

describe('incomes in the mapping', () => {
  it('must be a list', () => {
    expect(issues(withIncomes('a'))).toEqual([
      ['invalid_type', 'households.incomes', 'mapHouseholds: households.incomes is not a list; write [{ "amount": "<column>", "frequency": "<column or constant>" }, …].'],
    ]);
  });

  it('of income sources, each an object', () => {
    expect(issues(withIncomes(['a', { amount: 'a', frequency: 'f' }, 7]))).toEqual([
      ['invalid_type', 'households.incomes[0]', 'mapHouseholds: households.incomes[0] is "a"; expected an income source ({ "amount": …, "frequency": …, "source"?: … }).'],
      ['invalid_type', 'households.incomes[2]', 'mapHouseholds: households.incomes[2] is 7; expected an income source ({ "amount": …, "frequency": …, "source"?: … }).'],
    ]);
  });

  it('with an amount and a frequency, both required', () => {
    expect(issues(withIncomes([{ frequency: 'f' }, { amount: 'a' }]))).toEqual([
      ['missing_field', 'households.incomes[0].amount', 'mapHouseholds: households.incomes[0].amount is missing; incomes[0].amount (dollars per period) is required — name its column, or give { "value": … } for a constant.'],
      ['missing_field', 'households.incomes[1].frequency', 'mapHouseholds: households.incomes[1].frequency is missing; incomes[1].frequency is required — name its column, or give { "value": … } for a constant.'],
    ]);
  });

  it('names each field of a source by its path when its column is not in the table', () => {
    const mapping = withIncomes([{ amount: 'wages', frequency: 'per', source: 'kind' }]);
    expect(issues(mapping, [{ id: 'a', size: '1' }]).map(([code, path]) => [code, path])).toEqual([
      ['not_found', 'households.incomes[0].amount'],
      ['not_found', 'households.incomes[0].frequency'],
      ['not_found', 'households.incomes[0].source'],
    ]);
    expect(issues(mapping, [{ id: 'a', size: '1', wages: '1', per: 'monthly' }])).toEqual([
      ['not_found', 'households.incomes[0].source', 'mapHouseholds: households.incomes[0].source names the column "kind", which households does not have; the closest is "id". Columns: id, size, wages, per.'],
    ]);
  });

  it('reads an amount with the options of a number field (its own decimal separator)', () => {
    const mapping = withIncomes([{ amount: { column: 'a', decimalSeparator: ',' }, frequency: 'f' }]);
    const { records, problems } = mapHouseholds([{ ...ROW, a: '1.234,5' }], mapping);
    expect(problems).toEqual([]);
    expect(records[0]?.incomes).toEqual([{ amount: 1234.5, frequency: 'monthly' }]);
  });
});

describe('income sources of a row', () => {
  it('reads amount, frequency and source in the order of the mapping', () => {
    const mapping = withIncomes([
      { amount: 'a', frequency: 'f', source: 's' },
      { amount: 'b', frequency: { value: 'weekly' }, source: { value: 'benefits' } },
    ]);
    const { records, problems } = mapHouseholds([{ ...ROW, b: '$25' }], mapping);
    expect(problems).toEqual([]);
    expect(records[0]?.incomes).toEqual([
      { amount: 100, frequency: 'monthly', source: 'wages' },
      { amount: 25, frequency: 'weekly', source: 'benefits' },
    ]);
  });

  it('rejects the row once, with the frequency\'s advice, when an amount has no frequency', () => {
    const { records, problems } = mapHouseholds([{ ...ROW, f: '' }], withIncomes([{ amount: 'a', frequency: 'f' }]));
    expect(records).toEqual([]);
    expect(problems).toEqual([
      {
        table: 'households',
        row: 2,
        column: 'f',
        value: '',
        field: 'incomes[0].frequency',
        code: 'missing_value',
        severity: 'error',
        message: 'incomes[0].frequency is blank; it is required: write how often the amount is received: weekly, biweekly, semimonthly, monthly or annual.',
        id: 'a',
      },
    ]);
  });

  it('names a source that cannot be read by its field, with the source\'s advice', () => {
    const { records, problems } = mapHouseholds([{ ...ROW, s: Number.POSITIVE_INFINITY }], withIncomes([{ amount: 'a', frequency: 'f', source: 's' }]));
    expect(records).toEqual([]);
    expect(problems.map((p) => [p.field, p.code, p.message])).toEqual([
      ['incomes[0].source', 'invalid_value', 'incomes[0].source: Infinity is not a value; write where the income comes from (wages, benefits …), or leave it blank.'],
    ]);
  });

  it('takes an amount left out under treatAsMissing as a blank one: with blankIncomeSource "incomeUnknown" the income is unknown (issue 12 item 4)', () => {
    const sources = [
      { amount: 'a', frequency: 'f' },
      { amount: { column: 'b', onInvalid: 'treatAsMissing' }, frequency: { value: 'weekly' } },
    ];
    const rows = [{ ...ROW, b: 'lots' }];
    const unknown = mapHouseholds(rows, withIncomes(sources, { blankIncomeSource: 'incomeUnknown' }));
    expect(unknown.records).toEqual([{ id: 'a', size: 1, attributes: {} }]);
    expect(unknown.problems.map((p) => [p.field, p.code, p.severity])).toEqual([['incomes[1].amount', 'invalid_number', 'warning']]);
    // by default (skip) the household's income is the sources that have amounts, as with a blank amount
    expect(mapHouseholds(rows, withIncomes(sources)).records[0]?.incomes).toEqual([{ amount: 100, frequency: 'monthly' }]);
    expect(mapHouseholds([{ ...ROW, b: '' }], withIncomes(sources, { blankIncomeSource: 'incomeUnknown' })).records[0]?.incomes).toBeUndefined();
  });
});
