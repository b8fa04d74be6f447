import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileFilter, evaluateFilter, type Filter, FilterSchema } from '../../src/index.ts';
import { isValidFilter } from '../../src/goals/internal/filterEval.ts';
import { caught } from './helpers.ts';

const household = {
  id: 'h1',
  size: 4,
  annualIncome: 52000,
  fplPercent: 168.5,
  eligible: true,
  enrolled: false,
  unknownFlag: null,
  attributes: { councilDistrict: '3', language: 'Vietnamese' },
  categorical: ['CalFresh', 'Medi-Cal'],
  members: [{ birthDate: '2014-05-01' }],
  applicationDate: '2024-08-15',
};

describe('evaluateFilter: operators', () => {
  it.each<[string, Filter, boolean]>([
    ['eq number', { field: 'size', op: 'eq', value: 4 }, true],
    ['eq is strict (no coercion)', { field: 'size', op: 'eq', value: '4' }, false],
    ['eq boolean', { field: 'eligible', op: 'eq', value: true }, true],
    ['ne', { field: 'attributes.councilDistrict', op: 'ne', value: '5' }, true],
    ['contains', { field: 'categorical', op: 'contains', value: 'CalFresh' }, true],
    ['contains on a non-array', { field: 'size', op: 'contains', value: 4 }, false],
    ['in', { field: 'attributes.councilDistrict', op: 'in', value: ['3', '5', '7'] }, true],
    ['notIn', { field: 'attributes.councilDistrict', op: 'notIn', value: ['3'] }, false],
    ['lt', { field: 'fplPercent', op: 'lt', value: 200 }, true],
    ['lte at the bound', { field: 'size', op: 'lte', value: 4 }, true],
    ['gt at the bound', { field: 'size', op: 'gt', value: 4 }, false],
    ['gte', { field: 'annualIncome', op: 'gte', value: 52000 }, true],
    ['dates compare as YYYY-MM-DD strings', { field: 'applicationDate', op: 'gte', value: '2024-07-01' }, true],
    ['a number field never orders against a string bound', { field: 'size', op: 'lt', value: '9' }, false],
    ['between includes the low end', { field: 'size', op: 'between', value: [4, 6] }, true],
    ['between includes the high end', { field: 'size', op: 'between', value: [1, 4] }, true],
    ['between excludes outside', { field: 'fplPercent', op: 'between', value: [0, 100] }, false],
    ['between dates', { field: 'applicationDate', op: 'between', value: ['2024-07-01', '2025-06-30'] }, true],
    ['exists', { field: 'attributes.language', op: 'exists' }, true],
    ['exists false on a present field', { field: 'attributes.language', op: 'exists', value: false }, false],
    ['array index in a dotted path', { field: 'members.0.birthDate', op: 'lt', value: '2015-01-01' }, true],
  ])('%s', (_name, filter, expected) => {
    expect(evaluateFilter(filter, household)).toBe(expected);
    expect(compileFilter(filter)(household)).toBe(expected);
  });
});

describe('evaluateFilter: missing fields', () => {
  const missing: Filter[] = [
    { field: 'attributes.race', op: 'eq', value: 'x' },
    { field: 'attributes.race', op: 'ne', value: 'x' },
    { field: 'attributes.race', op: 'in', value: ['x'] },
    { field: 'attributes.race', op: 'notIn', value: ['x'] },
    { field: 'nope.deeper', op: 'lt', value: 3 },
    { field: 'unknownFlag', op: 'eq', value: false },
    { field: 'unknownFlag', op: 'ne', value: true },
    { field: 'size.length', op: 'gte', value: 0 },
  ];
  it.each(missing)('every comparison on a missing field is false: %j', (filter) => {
    expect(evaluateFilter(filter, household)).toBe(false);
    expect(compileFilter(filter)(household)).toBe(false);
  });

  it('null counts as missing for exists', () => {
    expect(evaluateFilter({ field: 'unknownFlag', op: 'exists' }, household)).toBe(false);
    expect(evaluateFilter({ field: 'unknownFlag', op: 'exists', value: false }, household)).toBe(true);
  });

  it('not includes missing records that ne excludes', () => {
    expect(evaluateFilter({ not: { field: 'attributes.race', op: 'eq', value: 'x' } }, household)).toBe(true);
  });

  it('never reads the prototype chain', () => {
    expect(evaluateFilter({ field: 'constructor', op: 'exists' }, household)).toBe(false);
    expect(evaluateFilter({ field: 'attributes.__proto__', op: 'exists' }, household)).toBe(false);
    expect(evaluateFilter({ field: 'toString', op: 'exists' }, {})).toBe(false);
    const own = JSON.parse('{"attributes": {"__proto__": "a group"}}');
    expect(evaluateFilter({ field: 'attributes.__proto__', op: 'eq', value: 'a group' }, own)).toBe(true);
  });

  it('reads Map entries', () => {
    const record = { attributes: new Map([['district', '3']]) };
    expect(evaluateFilter({ field: 'attributes.district', op: 'eq', value: '3' }, record)).toBe(true);
    expect(compileFilter({ field: 'attributes.district', op: 'eq', value: '3' })(record)).toBe(true);
  });

  it('treats non-object records as having no fields', () => {
    expect(evaluateFilter({ field: 'size', op: 'exists' }, null)).toBe(false);
    expect(evaluateFilter({ field: 'size', op: 'exists', value: false }, 42)).toBe(true);
  });
});

describe('evaluateFilter: combinators', () => {
  it('all, any and not', () => {
    const filter: Filter = {
      all: [
        { field: 'eligible', op: 'eq', value: true },
        { any: [{ field: 'size', op: 'gte', value: 5 }, { field: 'categorical', op: 'contains', value: 'Medi-Cal' }] },
        { not: { field: 'enrolled', op: 'eq', value: true } },
      ],
    };
    expect(evaluateFilter(filter, household)).toBe(true);
    expect(evaluateFilter(filter, { ...household, enrolled: true })).toBe(false);
  });
});

describe('evaluateFilter and compileFilter: bad filters', () => {
  it('rejects an unknown op with a suggestion, under the path "filter"', () => {
    const error = caught(() => evaluateFilter({ field: 'size', op: '>=', value: 3 } as unknown as Filter, household));
    expect(error.code).toBe('invalid_value');
    expect(error.path).toBe('filter.op');
    expect(error.hint).toBe('did you mean "gte"?');
    expect(error.issues[0]?.message).toMatch(/^evaluateFilter: filter\.op is ">=", not a known op/);
  });

  it('rejects an unknown key with the nearest name', () => {
    const error = caught(() => compileFilter({ field: 'size', op: 'eq', valeu: 3 } as unknown as Filter));
    expect(error.code).toBe('unknown_key');
    expect(error.path).toBe('filter.valeu');
    expect(error.hint).toBe('did you mean "value"?');
    expect(error.issues[0]?.message).toBe('compileFilter: filter has unknown field "valeu"; allowed fields: field, op, value.');
  });

  it('rejects an empty combinator and a bad field path', () => {
    expect(caught(() => compileFilter({ any: [] })).path).toBe('filter.any');
    const error = caught(() => evaluateFilter({ field: 'attributes..district', op: 'exists' }, household));
    expect(error.path).toBe('filter.field');
    expect(error.message).toContain('a field path is one or more field names joined by "."');
  });

  it('rejects in with an empty list', () => {
    const error = caught(() => compileFilter({ field: 'size', op: 'in', value: [] }));
    expect(error.code).toBe('empty');
    expect(error.message).toContain('is an empty list; "in" would match nothing');
  });
});

// Random filters over a small vocabulary of fields and values, valid and invalid alike.
const fields = fc.constantFrom('size', 'eligible', 'attributes.district', 'tags', 'date', 'missing', 'nullish');
const scalar = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.constantFrom('1', '3', 'a', '2024-01-01', '2025-06-30'), fc.boolean());
const condition = fc.oneof(
  fc.record({ field: fields, op: fc.constantFrom('eq', 'ne', 'contains'), value: scalar }),
  fc.record({ field: fields, op: fc.constantFrom('in', 'notIn'), value: fc.array(scalar, { minLength: 1, maxLength: 12 }) }),
  fc.record({ field: fields, op: fc.constantFrom('lt', 'lte', 'gt', 'gte'), value: fc.oneof(fc.integer({ min: 0, max: 6 }), fc.constantFrom('2024-01-01', '3')) }),
  fc.record({ field: fields, op: fc.constant('between'), value: fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 })).map(([a, b]) => [Math.min(a, b), Math.max(a, b)]) }),
  fc.record({ field: fields, op: fc.constant('exists'), value: fc.boolean() }, { requiredKeys: ['field', 'op'] }),
);
const { filter: validFilter } = fc.letrec<{ filter: Filter }>((tie) => ({
  filter: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    condition as fc.Arbitrary<Filter>,
    fc.record({ all: fc.array(tie('filter'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ any: fc.array(tie('filter'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ not: tie('filter') }),
  ),
}));
const record = fc.record({
  size: fc.integer({ min: 0, max: 6 }),
  eligible: fc.oneof(fc.boolean(), fc.constant(null)),
  attributes: fc.record({ district: fc.constantFrom('1', '3', 'a') }),
  tags: fc.array(scalar, { maxLength: 3 }),
  date: fc.constantFrom('2023-12-31', '2024-01-01', '2025-06-30'),
  nullish: fc.constant(null),
});
// Structurally random values: near-miss filters built from the same pieces.
const junk: fc.Arbitrary<unknown> = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    fc.record(
      {
        field: fc.oneof(fields, fc.constantFrom('', 'a..b', ' x', 3)),
        op: fc.constantFrom('eq', 'ne', 'in', 'notIn', 'lt', 'between', 'exists', 'contains', 'equals', undefined),
        value: fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }), fc.constant(undefined), fc.constant(null), fc.constant(Number.NaN), fc.tuple(fc.integer(), fc.string())),
        extra: fc.constant(1),
      },
      { requiredKeys: [] },
    ),
    fc.record({ all: fc.oneof(fc.array(tie('node'), { maxLength: 2 }), fc.constant('x')) }),
    fc.record({ any: fc.array(tie('node'), { maxLength: 2 }), not: tie('node') }, { requiredKeys: ['any'] }),
    fc.record({ not: tie('node') }),
    fc.constantFrom(null, 'eq', 7, [] as unknown[]),
  ),
})).node;

describe('filter properties', () => {
  it('the compiled predicate agrees with evaluateFilter', () => {
    fc.assert(
      fc.property(validFilter, record, (filter, r) => {
        expect(compileFilter(filter)(r)).toBe(evaluateFilter(filter, r));
      }),
      { numRuns: 300 },
    );
  });

  it('not(f) is the complement of f, and not(not(f)) is f', () => {
    fc.assert(
      fc.property(validFilter, record, (filter, r) => {
        const value = evaluateFilter(filter, r);
        expect(evaluateFilter({ not: filter }, r)).toBe(!value);
        expect(evaluateFilter({ not: { not: filter } }, r)).toBe(value);
      }),
      { numRuns: 200 },
    );
  });

  it("De Morgan: not(all(a, b)) equals any(not a, not b)", () => {
    fc.assert(
      fc.property(validFilter, validFilter, record, (a, b, r) => {
        expect(evaluateFilter({ not: { all: [a, b] } }, r)).toBe(evaluateFilter({ any: [{ not: a }, { not: b }] }, r));
      }),
      { numRuns: 200 },
    );
  });

  it('the fast structural check accepts exactly what FilterSchema accepts', () => {
    fc.assert(
      fc.property(fc.oneof(validFilter as fc.Arbitrary<unknown>, junk), (candidate) => {
        expect(isValidFilter(candidate)).toBe(FilterSchema.safeParse(candidate).success);
      }),
      { numRuns: 500 },
    );
  });

  it('evaluation never mutates the filter or the record', () => {
    fc.assert(
      fc.property(validFilter, record, (filter, r) => {
        const before = JSON.stringify([filter, r]);
        evaluateFilter(filter, r);
        compileFilter(filter)(r);
        expect(JSON.stringify([filter, r])).toBe(before);
      }),
      { numRuns: 100 },
    );
  });
});
