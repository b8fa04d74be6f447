/**
 * The interpreter behind evaluateFilter (src/goals/internal/filterEval.ts): the fast structural check must accept
 * exactly what FilterSchema accepts — here on hand-picked near misses, beside the random ones of
 * evaluateFilter.test.ts — and the combinators stop at the first decisive filter.
 */
import { describe, expect, it } from 'vitest';
import { evaluateFilter, type Filter, FilterSchema } from '../../../src/index.ts';
import { isValidFilter } from '../../../src/goals/internal/filterEval.ts';

const ok = { field: 'x', op: 'eq', value: 1 };
const bad = { field: 'x', op: 'eq', value: [1] };

describe('isValidFilter accepts exactly what FilterSchema accepts', () => {
  it.each<[string, unknown, boolean]>([
    ['a condition', ok, true],
    ['not an object', 'x', false],
    ['null', null, false],
    ['a list', [ok], false],
    ['an empty object', {}, false],
    ['all', { all: [ok, ok] }, true],
    ['all with a bad filter last', { all: [ok, bad] }, false],
    ['all, empty', { all: [] }, false],
    ['all, not a list', { all: ok }, false],
    ['all, undefined', { all: undefined }, false],
    ['any, undefined', { any: undefined }, false],
    ['any', { any: [ok] }, true],
    ['any with a bad filter', { any: [bad, ok] }, false],
    ['all and any together', { all: [ok], any: [ok] }, false],
    ['any and all, any first', { any: [ok], all: [ok] }, false],
    ['all with another key', { all: [ok], note: 'x' }, false],
    ['any with another key', { any: [ok], note: 'x' }, false],
    ['all beside a condition', { all: [ok], field: 'x', op: 'eq', value: 1 }, false],
    ['not', { not: ok }, true],
    ['not of a bad filter', { not: bad }, false],
    ['not, undefined', { not: undefined }, false],
    ['not with another key', { not: ok, note: 'x' }, false],
    ['not beside all', { not: ok, all: [ok] }, false],
    ['a condition with another key', { ...ok, note: 'x' }, false],
    ['a condition without op', { field: 'x', value: 1 }, false],
    ['an unknown op', { field: 'x', op: 'equals', value: 1 }, false],
    ['no field', { op: 'eq', value: 1 }, false],
    ['a field that is not a string', { field: 3, op: 'eq', value: 1 }, false],
    ['an empty field', { field: '', op: 'eq', value: 1 }, false],
    ['a field with an empty part', { field: 'a..b', op: 'eq', value: 1 }, false],
    ['a field with a space', { field: 'a b', op: 'eq', value: 1 }, false],
    ['a dotted field', { field: 'a.b.c', op: 'eq', value: 1 }, true],
    ['eq without a value', { field: 'x', op: 'eq' }, false],
    ['eq null', { field: 'x', op: 'eq', value: null }, false],
    ['eq NaN', { field: 'x', op: 'eq', value: Number.NaN }, false],
    ['eq Infinity', { field: 'x', op: 'eq', value: Number.POSITIVE_INFINITY }, false],
    ['eq a string', { field: 'x', op: 'eq', value: 'a' }, true],
    ['ne a boolean', { field: 'x', op: 'ne', value: false }, true],
    ['contains an object', { field: 'x', op: 'contains', value: {} }, false],
    ['contains a number', { field: 'x', op: 'contains', value: 2 }, true],
    ['in a list', { field: 'x', op: 'in', value: ['a', 1, true] }, true],
    ['in an empty list', { field: 'x', op: 'in', value: [] }, false],
    ['in a scalar', { field: 'x', op: 'in', value: 'a' }, false],
    ['in a list with an object', { field: 'x', op: 'in', value: ['a', {}] }, false],
    ['notIn a list with NaN', { field: 'x', op: 'notIn', value: [1, Number.NaN] }, false],
    ['notIn a list with null', { field: 'x', op: 'notIn', value: [null] }, false],
    ['lt a number', { field: 'x', op: 'lt', value: 1 }, true],
    ['lte a string', { field: 'x', op: 'lte', value: '2024-01-01' }, true],
    ['gt a boolean', { field: 'x', op: 'gt', value: true }, false],
    ['gte NaN', { field: 'x', op: 'gte', value: Number.NaN }, false],
    ['gte -Infinity', { field: 'x', op: 'gte', value: Number.NEGATIVE_INFINITY }, false],
    ['lt a list', { field: 'x', op: 'lt', value: [1] }, false],
    ['between numbers', { field: 'x', op: 'between', value: [1, 2] }, true],
    ['between equal numbers', { field: 'x', op: 'between', value: [2, 2] }, true],
    ['between strings', { field: 'x', op: 'between', value: ['a', 'b'] }, true],
    ['between, low above high', { field: 'x', op: 'between', value: [2, 1] }, false],
    ['between strings, low above high', { field: 'x', op: 'between', value: ['b', 'a'] }, false],
    ['between one value', { field: 'x', op: 'between', value: [1] }, false],
    ['between three values', { field: 'x', op: 'between', value: [1, 2, 3] }, false],
    ['between a number and a string', { field: 'x', op: 'between', value: [1, 'b'] }, false],
    ['between a string and a number', { field: 'x', op: 'between', value: ['1', 2] }, false],
    ['between a number and a numeric string', { field: 'x', op: 'between', value: [1, '2'] }, false],
    ['all and any, all undefined', { all: undefined, any: [ok] }, false],
    ['a condition beside an undefined all', { ...ok, all: undefined }, false],
    ['not null', { not: null }, false],
    ['between NaN', { field: 'x', op: 'between', value: [Number.NaN, 1] }, false],
    ['between up to Infinity', { field: 'x', op: 'between', value: [1, Number.POSITIVE_INFINITY] }, false],
    ['between booleans', { field: 'x', op: 'between', value: [false, true] }, false],
    ['between not a list', { field: 'x', op: 'between', value: 1 }, false],
    ['exists', { field: 'x', op: 'exists' }, true],
    ['exists false', { field: 'x', op: 'exists', value: false }, true],
    ['exists undefined', { field: 'x', op: 'exists', value: undefined }, false],
    ['exists a string', { field: 'x', op: 'exists', value: 'yes' }, false],
  ])('%s', (_name, candidate, valid) => {
    expect(FilterSchema.safeParse(candidate).success).toBe(valid);
    expect(isValidFilter(candidate)).toBe(valid);
  });

  it('the same field path valid many times over (it is remembered) and invalid after a valid one', () => {
    for (let i = 0; i < 3; i++) expect(isValidFilter({ field: 'remembered.path', op: 'exists' })).toBe(true);
    expect(isValidFilter({ field: 'remembered..path', op: 'exists' })).toBe(false);
  });
});

describe('evaluateFilter: combinators stop at the first decisive filter', () => {
  it('any at the first that holds, all at the first that fails', () => {
    const reads: string[] = [];
    const record = new Proxy({ a: 1, b: 2 } as Record<string, unknown>, {
      get(target, key) {
        reads.push(String(key));
        return target[key as string];
      },
    });
    const a = (value: number): Filter => ({ field: 'a', op: 'eq', value });
    const b: Filter = { field: 'b', op: 'eq', value: 2 };
    expect(evaluateFilter({ any: [a(1), b] }, record)).toBe(true);
    expect(evaluateFilter({ all: [a(0), b] }, record)).toBe(false);
    expect(reads).toEqual(['a', 'a']);
    expect(evaluateFilter({ any: [a(0), b] }, record)).toBe(true);
    expect(evaluateFilter({ all: [a(1), b] }, record)).toBe(true);
    expect(evaluateFilter({ all: [a(1), { field: 'b', op: 'eq', value: 3 }] }, record)).toBe(false);
    expect(evaluateFilter({ any: [a(0), { field: 'b', op: 'eq', value: 3 }] }, record)).toBe(false);
  });
});
