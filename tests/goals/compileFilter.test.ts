/**
 * compileFilter's own paths (evaluateFilter.test.ts checks the shared semantics on both): readers specialised to
 * one, two and more steps, long `in`/`notIn` lists held as a Set, and the specialised order operators. Each case
 * is checked against evaluateFilter, the interpreter the docs define the semantics by.
 */
import { describe, expect, it } from 'vitest';
import { compileFilter, evaluateFilter, type Filter } from '../../src/index.ts';
import { caught } from './helpers.ts';

/** compileFilter's answer, after checking that evaluateFilter gives the same. */
function passes(filter: Filter, record: unknown): boolean {
  const compiled = compileFilter(filter)(record);
  expect(evaluateFilter(filter, record)).toBe(compiled);
  return compiled;
}

describe('compileFilter: reading fields', () => {
  it('one step: a record that is not an object has no fields; null is missing', () => {
    const present: Filter = { field: 'size', op: 'exists' };
    expect(passes(present, { size: 0 })).toBe(true);
    expect(passes(present, { size: null })).toBe(false);
    expect(passes(present, null)).toBe(false);
    expect(passes(present, 'size')).toBe(false);
    expect(passes({ field: 'length', op: 'exists' }, 'abc')).toBe(false);
    expect(passes({ field: 'size', op: 'ne', value: 1 }, { size: null })).toBe(false);
  });

  it('two steps: the first step must hold an object (not a string or a number); null at either step is missing', () => {
    expect(passes({ field: 'id.length', op: 'exists' }, { id: 'h1' })).toBe(false);
    expect(passes({ field: 'size.toFixed', op: 'exists' }, { size: 4 })).toBe(false);
    expect(passes({ field: 'a.b', op: 'exists' }, { a: null })).toBe(false);
    expect(passes({ field: 'a.b', op: 'ne', value: 1 }, { a: { b: null } })).toBe(false);
    expect(passes({ field: 'a.b', op: 'eq', value: 2 }, { a: { b: 2 } })).toBe(true);
    expect(passes({ field: 'a.b', op: 'exists' }, 7)).toBe(false);
    expect(passes({ field: 'a.b', op: 'exists' }, null)).toBe(false);
    expect(passes({ field: 'a.b', op: 'exists', value: false }, null)).toBe(true);
    expect(passes({ field: 'a.0', op: 'eq', value: 'x' }, { a: ['x'] })).toBe(true);
  });

  it('two steps never read the prototype: guarded names are own properties only, at either step', () => {
    expect(passes({ field: 'constructor.name', op: 'exists' }, {})).toBe(false);
    expect(passes({ field: 'a.constructor', op: 'exists' }, { a: {} })).toBe(false);
    expect(passes({ field: 'a.length', op: 'eq', value: 2 }, { a: [1, 2] })).toBe(true);
    expect(passes({ field: 'a.toString', op: 'exists' }, { a: { toString: 'own' } })).toBe(true);
    expect(passes({ field: 'map.size', op: 'eq', value: 3 }, { map: { size: 3 } })).toBe(true);
  });

  it('three steps and more', () => {
    const record = { a: { b: { c: 5, d: null } } };
    expect(passes({ field: 'a.b.c', op: 'eq', value: 5 }, record)).toBe(true);
    expect(passes({ field: 'a.b.d', op: 'exists' }, record)).toBe(false);
    expect(passes({ field: 'a.x.c', op: 'exists' }, record)).toBe(false);
  });
});

describe('compileFilter: operators', () => {
  const longList = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];
  const eight = longList.slice(0, 8);

  it.each([
    ['eight values', eight],
    ['nine values (a Set)', longList],
  ])('in and notIn with %s: membership, strictness and missing fields', (_name, list) => {
    expect(passes({ field: 'd', op: 'in', value: list }, { d: '8' })).toBe(true);
    expect(passes({ field: 'd', op: 'in', value: list }, { d: 8 })).toBe(false);
    expect(passes({ field: 'd', op: 'notIn', value: list }, { d: '8' })).toBe(false);
    expect(passes({ field: 'd', op: 'notIn', value: list }, { d: 'x' })).toBe(true);
    expect(passes({ field: 'd', op: 'in', value: list }, {})).toBe(false);
    expect(passes({ field: 'd', op: 'notIn', value: list }, {})).toBe(false);
    expect(passes({ field: 'd', op: 'notIn', value: list }, { d: null })).toBe(false);
  });

  it('a Set keeps the values of the list as they were when compiled', () => {
    const list = [...longList];
    const predicate = compileFilter({ field: 'd', op: 'in', value: list });
    list[0] = 'changed';
    expect(predicate({ d: '1' })).toBe(true);
    expect(predicate({ d: 'changed' })).toBe(false);
  });

  it.each<[string, number | string, unknown, boolean]>([
    ['lt below', 5, 4, true],
    ['lt at the bound', 5, 5, false],
    ['lt a string field against a number', 5, '4', false],
    ['lt strings', '2025-01-01', '2024-12-31', true],
    ['lt strings at the bound', '2025-01-01', '2025-01-01', false],
    ['lt a number field against a string', '5', 4, false],
  ])('%s', (_name, bound, actual, expected) => {
    expect(passes({ field: 'x', op: 'lt', value: bound }, { x: actual })).toBe(expected);
  });

  it.each<[string, number | string, unknown, boolean]>([
    ['gte at the bound', 5, 5, true],
    ['gte below', 5, 4, false],
    ['gte a string field against a number', 5, '6', false],
    ['gte strings at the bound', '2025-01-01', '2025-01-01', true],
    ['gte strings below', '2025-01-01', '2024-12-31', false],
    ['gte a number field against a string', '5', 6, false],
  ])('%s', (_name, bound, actual, expected) => {
    expect(passes({ field: 'x', op: 'gte', value: bound }, { x: actual })).toBe(expected);
  });

  it.each<[string, number | string, unknown, boolean]>([
    ['lte at the bound', 5, 5, true],
    ['lte above', 5, 6, false],
    ['lte a string field against a number', 5, '4', false],
    ['gt above', 5, 6, true],
    ['gt at the bound', 5, 5, false],
    ['gt a number field against a string', '5', 6, false],
  ])('%s', (name, bound, actual, expected) => {
    const op = name.slice(0, name.indexOf(' ')) as 'lte' | 'gt';
    expect(passes({ field: 'x', op, value: bound }, { x: actual })).toBe(expected);
  });

  it('between: both ends included, the field of the bounds’ type only', () => {
    expect(passes({ field: 'x', op: 'between', value: [1, 3] }, { x: 1 })).toBe(true);
    expect(passes({ field: 'x', op: 'between', value: [1, 3] }, { x: 3 })).toBe(true);
    expect(passes({ field: 'x', op: 'between', value: [1, 3] }, { x: 0.5 })).toBe(false);
    expect(passes({ field: 'x', op: 'between', value: [1, 3] }, { x: 3.5 })).toBe(false);
    expect(passes({ field: 'x', op: 'between', value: [1, 3] }, { x: '2' })).toBe(false);
    expect(passes({ field: 'x', op: 'between', value: ['a', 'c'] }, { x: 'b' })).toBe(true);
    expect(passes({ field: 'x', op: 'between', value: ['1', '3'] }, { x: 2 })).toBe(false);
  });

  it('eq and ne are strict; ne is false on a missing field', () => {
    expect(passes({ field: 'x', op: 'eq', value: 1 }, { x: '1' })).toBe(false);
    expect(passes({ field: 'x', op: 'ne', value: 1 }, { x: '1' })).toBe(true);
    expect(passes({ field: 'x', op: 'ne', value: 1 }, { x: 1 })).toBe(false);
    expect(passes({ field: 'x', op: 'ne', value: 1 }, {})).toBe(false);
  });

  it('contains needs an array holding the value', () => {
    expect(passes({ field: 'x', op: 'contains', value: 'a' }, { x: ['b', 'a'] })).toBe(true);
    expect(passes({ field: 'x', op: 'contains', value: 'a' }, { x: ['b'] })).toBe(false);
    expect(passes({ field: 'x', op: 'contains', value: 'a' }, { x: 'a' })).toBe(false);
    expect(passes({ field: 'x', op: 'contains', value: 'a' }, { x: 'cat' })).toBe(false);
  });

  it('exists: true by default, false to select missing fields', () => {
    expect(passes({ field: 'x', op: 'exists' }, { x: 0 })).toBe(true);
    expect(passes({ field: 'x', op: 'exists', value: true }, {})).toBe(false);
    expect(passes({ field: 'x', op: 'exists', value: false }, {})).toBe(true);
    expect(passes({ field: 'x', op: 'exists', value: false }, { x: false })).toBe(false);
  });
});

describe('compileFilter: combinators', () => {
  const yes: Filter = { field: 'x', op: 'exists' };
  const no: Filter = { field: 'x', op: 'exists', value: false };

  it('all holds when every filter holds, any when one does, with one filter or several', () => {
    const record = { x: 1 };
    expect(passes({ all: [yes] }, record)).toBe(true);
    expect(passes({ all: [no] }, record)).toBe(false);
    expect(passes({ all: [yes, yes, yes] }, record)).toBe(true);
    expect(passes({ all: [yes, yes, no] }, record)).toBe(false);
    expect(passes({ all: [no, yes] }, record)).toBe(false);
    expect(passes({ any: [yes] }, record)).toBe(true);
    expect(passes({ any: [no] }, record)).toBe(false);
    expect(passes({ any: [no, no, yes] }, record)).toBe(true);
    expect(passes({ any: [yes, no] }, record)).toBe(true);
    expect(passes({ any: [no, no] }, record)).toBe(false);
    expect(passes({ not: { all: [yes, no] } }, record)).toBe(true);
  });

  it('stops at the first decisive filter: later filters are not read', () => {
    const reads: string[] = [];
    const record = new Proxy({ a: 1, b: 2 } as Record<string, unknown>, {
      get(target, key) {
        reads.push(String(key));
        return target[key as string];
      },
    });
    compileFilter({ any: [{ field: 'a', op: 'eq', value: 1 }, { field: 'b', op: 'eq', value: 2 }] })(record);
    expect(reads).toEqual(['a']);
    reads.length = 0;
    compileFilter({ all: [{ field: 'a', op: 'eq', value: 0 }, { field: 'b', op: 'eq', value: 2 }] })(record);
    expect(reads).toEqual(['a']);
  });
});

describe('compileFilter and evaluateFilter: several problems at once', () => {
  it('name the function in the summary and list every problem with its path under "filter"', () => {
    const filter = { all: [{ field: 'x', op: 'in', value: [] }, { field: 'a..b', op: 'eq', value: 1 }] } as unknown as Filter;
    for (const [fn, call] of [
      ['compileFilter', () => compileFilter(filter)],
      ['evaluateFilter', () => evaluateFilter(filter, {})],
    ] as const) {
      const error = caught(call);
      expect(error.message).toMatch(new RegExp(`^${fn}: 2 problems found:\\n`));
      expect(error.issues.map((i) => i.path)).toEqual(['filter.all[0].value', 'filter.all[1].field']);
      for (const issue of error.issues) expect(issue.message.startsWith(`${fn}: filter.all[`)).toBe(true);
    }
  });
});
