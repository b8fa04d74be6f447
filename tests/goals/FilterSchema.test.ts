/**
 * FilterSchema's messages for a value that does not fit its operator, as compileFilter and defineGoal report them:
 * what was found (missing, a list of n, an object, the value) and what the operator takes.
 */
import { describe, expect, it } from 'vitest';
import { compileFilter, type Filter } from '../../src/index.ts';
import { caught } from './helpers.ts';

/** The one issue compileFilter reports for this filter, as [code, path, message]. */
function problem(filter: unknown): [string, string, string] {
  const error = caught(() => compileFilter(filter as Filter));
  expect(error.issues).toHaveLength(1);
  return [error.code, error.path, error.message];
}

const EQUALITY = 'ops "eq", "ne" and "contains" compare with one string, number or boolean (use "in" for a list).';
const MEMBERSHIP = 'ops "in" and "notIn" need a list of values, e.g. ["D3", "D5"] (use "eq" for one value).';
const ORDER = 'ops "lt", "lte", "gt" and "gte" need one number or one string such as a date "2025-07-01".';

describe('FilterSchema: a value that does not fit its operator', () => {
  it.each<[string, unknown, string, string]>([
    ['eq without a value', { field: 'x', op: 'eq' }, 'missing_field', `is missing; ${EQUALITY}`],
    ['eq a list', { field: 'x', op: 'eq', value: [1, 2] }, 'invalid_type', `is a list of 2; ${EQUALITY}`],
    ['ne an object', { field: 'x', op: 'ne', value: { a: 1 } }, 'invalid_type', `is an object; ${EQUALITY}`],
    ['contains null', { field: 'x', op: 'contains', value: null }, 'invalid_type', `is null; ${EQUALITY}`],
    ['in a string', { field: 'x', op: 'in', value: 'D3' }, 'invalid_type', `is "D3"; ${MEMBERSHIP}`],
    ['notIn without a value', { field: 'x', op: 'notIn' }, 'missing_field', `is missing; ${MEMBERSHIP}`],
    ['in an empty list', { field: 'x', op: 'in', value: [] }, 'empty', 'is an empty list; "in" would match nothing and "notIn" everything; list at least one value.'],
    ['lt a boolean', { field: 'x', op: 'lt', value: true }, 'invalid_type', `is true; ${ORDER}`],
    ['gte a list', { field: 'x', op: 'gte', value: [] }, 'invalid_type', `is a list of 0; ${ORDER}`],
    ['between a number', { field: 'x', op: 'between', value: 3 }, 'invalid_type', 'is 3; op "between" needs [low, high], both numbers or both strings (dates), e.g. [0, 200].'],
    ['between numbers the wrong way round', { field: 'x', op: 'between', value: [200, 100] }, 'invalid_value', 'is [200, 100], with low above high; write [100, 200].'],
    [
      'between dates the wrong way round (quoted, so the fix can be pasted)',
      { field: 'x', op: 'between', value: ['2025-06-30', '2024-07-01'] },
      'invalid_value',
      'is ["2025-06-30", "2024-07-01"], with low above high; write ["2024-07-01", "2025-06-30"].',
    ],
    ['exists a string', { field: 'x', op: 'exists', value: 'yes' }, 'invalid_type', 'is "yes"; op "exists" takes true (the field is present, the default) or false (the field is missing).'],
  ])('%s', (_name, filter, code, message) => {
    expect(problem(filter)).toEqual([code, 'filter.value', `compileFilter: filter.value ${message}`]);
  });

  it('an empty all or any', () => {
    expect(problem({ all: [] })).toEqual(['empty', 'filter.all', 'compileFilter: filter.all is an empty list; "all" needs at least one filter.']);
    expect(problem({ any: [] })).toEqual(['empty', 'filter.any', 'compileFilter: filter.any is an empty list; "any" needs at least one filter.']);
  });
});
