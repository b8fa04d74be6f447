/**
 * The translator from zod issues to the library's issues (src/goals/internal/issues.ts), on small schemas so each
 * branch is seen on its own: the path as users write it, the code, the message after the path, and the hint.
 * The goal, filter and policy schemas reach it through defineGoal, compileFilter and evaluateFilter.
 */
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { compileFilter, type Filter, safeDefineGoal } from '../../../src/index.ts';
import { formatPath, parseWithIssues } from '../../../src/goals/internal/issues.ts';
import { caught, exampleGoal } from '../helpers.ts';

/** The issues of parsing `value` with `schema` as function `fn`, the root called "the thing". */
function issuesOf(schema: z.ZodType, value: unknown): unknown[] {
  const result = parseWithIssues(schema, value, 'fn', 'the thing');
  if (result.success) throw new Error('expected the value to fail');
  return result.issues;
}

describe('formatPath', () => {
  it('writes names with dots, indices in brackets and other keys quoted in brackets', () => {
    expect(formatPath([])).toBe('');
    expect(formatPath(['indicators', 0, 'parityBand', 'relative'])).toBe('indicators[0].parityBand.relative');
    expect(formatPath([0, 'id'])).toBe('[0].id');
    expect(formatPath(['$schema', '_x', 'a1'])).toBe('$schema._x.a1');
    // Not identifiers: a leading digit, a space, a dash anywhere, an empty name.
    expect(formatPath(['bins', '1x'])).toBe('bins["1x"]');
    expect(formatPath(['x y'])).toBe('["x y"]');
    expect(formatPath(['a-b'])).toBe('["a-b"]');
    expect(formatPath(['ab-'])).toBe('["ab-"]');
    expect(formatPath(['-ab'])).toBe('["-ab"]');
    expect(formatPath([''])).toBe('[""]');
    expect(formatPath([Symbol('s')])).toBe('["Symbol(s)"]');
  });

  it('names an unknown key that is not an identifier in brackets, in the path and the message', () => {
    const input = exampleGoal();
    input['indicators'][0]['bad key'] = 1;
    const result = safeDefineGoal(input);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues).toHaveLength(1);
    expect(result.error.issues[0]?.path).toBe('indicators[0]["bad key"]');
    expect(result.error.issues[0]?.message).toMatch(/^safeDefineGoal: indicators\[0\] has unknown field "bad key"; allowed fields: id, name, description, rbaKind, /);
  });
});

describe('operator spellings people write get the filter operator meant as a hint', () => {
  // Every entry of OPERATOR_ALIASES; most are too far from the operator for the edit-distance suggestion.
  it.each([
    ['=', 'eq'],
    ['==', 'eq'],
    ['===', 'eq'],
    ['equals', 'eq'],
    ['equal', 'eq'],
    ['is', 'eq'],
    ['!=', 'ne'],
    ['!==', 'ne'],
    ['<>', 'ne'],
    ['neq', 'ne'],
    ['notequal', 'ne'],
    ['<', 'lt'],
    ['<=', 'lte'],
    ['le', 'lte'],
    ['>', 'gt'],
    ['>=', 'gte'],
    ['ge', 'gte'],
    ['nin', 'notIn'],
    ['not_in', 'notIn'],
    ['notin', 'notIn'],
    ['oneof', 'in'],
    ['includes', 'contains'],
    ['has', 'contains'],
    ['range', 'between'],
    ['present', 'exists'],
    ['exist', 'exists'],
  ])('%s → %s', (written, meant) => {
    const error = caught(() => compileFilter({ field: 'size', op: written, value: 1 } as unknown as Filter));
    expect(error.path).toBe('filter.op');
    expect(error.hint).toBe(`did you mean "${meant}"?`);
  });

  it('whatever the case', () => {
    expect(caught(() => compileFilter({ field: 'size', op: 'EQUALS', value: 1 } as unknown as Filter)).hint).toBe('did you mean "eq"?');
    expect(caught(() => compileFilter({ field: 'size', op: 'OneOf', value: [1] } as unknown as Filter)).hint).toBe('did you mean "in"?');
  });

  it('only where that operator is allowed: an enum of other names gets no operator hint', () => {
    const input = exampleGoal();
    input['indicators'][0]['rbaKind'] = 'is';
    const result = safeDefineGoal(input);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues).toEqual([
      {
        code: 'invalid_value',
        path: 'indicators[0].rbaKind',
        message: 'safeDefineGoal: indicators[0].rbaKind is "is"; expected one of "howMuch", "howWell", "betterOff".',
      },
    ]);
  });

  it('an enum value that is not a string gets no hint', () => {
    expect(issuesOf(z.object({ op: z.enum(['eq', 'ne']) }), { op: 3 })).toStrictEqual([
      { code: 'invalid_value', path: 'op', message: 'fn: op is 3; expected one of "eq", "ne".' },
    ]);
  });
});

describe('messages in the library voice (the error map)', () => {
  it.each<[string, z.ZodType, unknown, unknown]>([
    ['a string', z.object({ a: z.string() }), { a: 1 }, { code: 'invalid_type', path: 'a', message: 'fn: a is 1; expected a string.' }],
    ['a number', z.object({ a: z.number() }), { a: '1' }, { code: 'invalid_type', path: 'a', message: 'fn: a is "1"; expected a finite number.' }],
    ['a finite number', z.object({ a: z.number() }), { a: Number.POSITIVE_INFINITY }, { code: 'invalid_type', path: 'a', message: 'fn: a is Infinity; expected a finite number.' }],
    ['not NaN', z.object({ a: z.number() }), { a: Number.NaN }, { code: 'invalid_type', path: 'a', message: 'fn: a is NaN; expected a finite number.' }],
    ['a whole number', z.object({ a: z.int() }), { a: 1.5 }, { code: 'not_integer', path: 'a', message: 'fn: a is 1.5; expected a whole number.' }],
    ['a whole number, not a string', z.object({ a: z.int() }), { a: '2' }, { code: 'invalid_type', path: 'a', message: 'fn: a is "2"; expected a finite number.' }],
    ['a boolean', z.object({ a: z.boolean() }), { a: 'yes' }, { code: 'invalid_type', path: 'a', message: 'fn: a is "yes"; expected true or false.' }],
    ['a list', z.object({ a: z.array(z.number()) }), { a: 3 }, { code: 'invalid_type', path: 'a', message: 'fn: a is 3; expected a list.' }],
    ['a tuple', z.object({ a: z.tuple([z.number(), z.number()]) }), { a: 3 }, { code: 'invalid_type', path: 'a', message: 'fn: a is 3; expected a list of fixed length.' }],
    ['an object', z.object({ a: z.object({}) }), { a: 3 }, { code: 'invalid_type', path: 'a', message: 'fn: a is 3; expected an object.' }],
    ['another type, by zod’s name', z.object({ a: z.bigint() }), { a: 3 }, { code: 'invalid_type', path: 'a', message: 'fn: a is 3; expected bigint.' }],
    ['missing', z.object({ a: z.string() }), {}, { code: 'missing_field', path: 'a', message: 'fn: a is missing; add it.' }],
    [
      'missing, with what it is for',
      z.object({ a: z.string().meta({ description: 'The name.' }) }),
      {},
      { code: 'missing_field', path: 'a', message: 'fn: a is missing; add it: The name.' },
    ],
    ['an empty string', z.object({ a: z.string().min(1) }), { a: '' }, { code: 'empty', path: 'a', message: 'fn: a is empty; write a value.' }],
    ['a short string', z.object({ a: z.string().min(3) }), { a: 'ab' }, { code: 'out_of_range', path: 'a', message: 'fn: a is "ab"; expected a value ≥ 3.' }],
    ['an empty list', z.object({ a: z.array(z.number()).min(1) }), { a: [] }, { code: 'empty', path: 'a', message: 'fn: a has 0 items; list at least 1.' }],
    ['a short list', z.object({ a: z.array(z.number()).min(2) }), { a: [1] }, { code: 'out_of_range', path: 'a', message: 'fn: a has 1 items; list at least 2.' }],
    ['a long list', z.object({ a: z.array(z.number()).max(1) }), { a: [1, 2] }, { code: 'out_of_range', path: 'a', message: 'fn: a has 2 items; list at most 1.' }],
    ['a number below, inclusive', z.object({ a: z.number().gte(1) }), { a: 0 }, { code: 'out_of_range', path: 'a', message: 'fn: a is 0; expected a value ≥ 1.' }],
    ['a number below, exclusive', z.object({ a: z.number().gt(0) }), { a: 0 }, { code: 'out_of_range', path: 'a', message: 'fn: a is 0; expected a value > 0.' }],
    ['a number above, inclusive', z.object({ a: z.number().lte(1) }), { a: 2 }, { code: 'out_of_range', path: 'a', message: 'fn: a is 2; expected a value ≤ 1.' }],
    ['a number above, exclusive', z.object({ a: z.number().lt(1) }), { a: 1 }, { code: 'out_of_range', path: 'a', message: 'fn: a is 1; expected a value < 1.' }],
    ['a long string', z.object({ a: z.string().max(2) }), { a: 'abc' }, { code: 'out_of_range', path: 'a', message: 'fn: a is "abc"; expected a value ≤ 2.' }],
    [
      'an impossible date',
      z.object({ a: z.iso.date() }),
      { a: '2023-02-29' },
      { code: 'invalid_date', path: 'a', message: 'fn: a is "2023-02-29", not a real calendar date written YYYY-MM-DD; write e.g. "2025-07-01".' },
    ],
    ['another format', z.object({ a: z.email() }), { a: 'x' }, { code: 'invalid_value', path: 'a', message: 'fn: a is "x"; it does not have the expected format (email).' }],
    ['a literal', z.object({ a: z.literal(3) }), { a: 4 }, { code: 'invalid_value', path: 'a', message: 'fn: a is 4; expected one of 3.' }],
    ['another check', z.object({ a: z.number().multipleOf(2) }), { a: 3 }, { code: 'invalid_value', path: 'a', message: 'fn: a is 3; invalid value.' }],
    ['the root', z.number(), 'x', { code: 'invalid_type', path: '', message: 'fn: the thing is "x"; expected a finite number.' }],
  ])('%s', (_name, schema, value, issue) => {
    expect(issuesOf(schema, value)).toStrictEqual([issue]);
  });

  it('quotes a long string in full (the shared describe() shortens it)', () => {
    const long = 'x'.repeat(45);
    expect(issuesOf(z.object({ a: z.enum(['eq']) }), { a: long })).toStrictEqual([
      { code: 'invalid_value', path: 'a', message: `fn: a is "${long}"; expected one of "eq".` },
    ]);
  });

  it('a refinement’s own code when it is one of the library’s, else invalid_value; its message, else a generic one', () => {
    const above = (params?: Record<string, unknown>) => z.object({ a: z.number().refine((x) => x > 2, { error: 'is too low; write 3 or more.', ...(params ? { params } : {}) }) });
    expect(issuesOf(above({ code: 'not_found' }), { a: 1 })).toStrictEqual([{ code: 'not_found', path: 'a', message: 'fn: a is too low; write 3 or more.' }]);
    expect(issuesOf(above({ code: 'no_such_code' }), { a: 1 })).toStrictEqual([{ code: 'invalid_value', path: 'a', message: 'fn: a is too low; write 3 or more.' }]);
    expect(issuesOf(above({ code: 7 }), { a: 1 })).toStrictEqual([{ code: 'invalid_value', path: 'a', message: 'fn: a is too low; write 3 or more.' }]);
    expect(issuesOf(above(), { a: 1 })).toStrictEqual([{ code: 'invalid_value', path: 'a', message: 'fn: a is too low; write 3 or more.' }]);
    expect(issuesOf(z.object({ a: z.number().refine((x) => x > 2) }), { a: 1 })).toStrictEqual([{ code: 'invalid_value', path: 'a', message: 'fn: a is 1; invalid value.' }]);
  });

  it.each(['invalid_type', 'not_finite', 'out_of_range', 'not_integer', 'invalid_date', 'duplicate', 'empty', 'unknown_key', 'missing_field', 'not_found', 'invalid_value'])(
    'a refinement may give the code %s',
    (code) => {
      const schema = z.number().refine(() => false, { error: 'is wrong.', params: { code } });
      expect(issuesOf(schema, 1)).toStrictEqual([{ code, path: '', message: 'fn: the thing is wrong.' }]);
    },
  );
});

describe('unions', () => {
  const stringOrNumber = z.object({ a: z.union([z.string(), z.number()]) });

  it('of plain types: what was found and every type expected', () => {
    expect(issuesOf(stringOrNumber, { a: true })).toStrictEqual([{ code: 'invalid_type', path: 'a', message: 'fn: a is true; expected a string or a finite number.' }]);
    expect(issuesOf(stringOrNumber, {})).toStrictEqual([{ code: 'missing_field', path: 'a', message: 'fn: a is missing; expected a string or a finite number.' }]);
    // Each type named once, however many branches expect it.
    const twice = z.object({ a: z.union([z.string(), z.string().min(2), z.number()]) });
    expect(issuesOf(twice, { a: true })).toStrictEqual([{ code: 'invalid_type', path: 'a', message: 'fn: a is true; expected a string or a finite number.' }]);
  });

  it('of plain types with their own message: that message, missing or not', () => {
    const own = z.object({ a: z.union([z.string(), z.number()], { error: 'needs a name or a number.' }) });
    expect(issuesOf(own, { a: true })).toStrictEqual([{ code: 'invalid_type', path: 'a', message: 'fn: a needs a name or a number.' }]);
    expect(issuesOf(own, {})).toStrictEqual([{ code: 'missing_field', path: 'a', message: 'fn: a needs a name or a number.' }]);
  });

  it('of objects: the problems of the branch the input was evidently meant to be', () => {
    const shapes = z.object({ a: z.union([z.strictObject({ x: z.number(), y: z.number() }), z.strictObject({ name: z.string() })]) });
    // One wrong field of the first shape beats an unknown key and a missing field in the second.
    expect(issuesOf(shapes, { a: { x: 'q', y: 1 } })).toStrictEqual([{ code: 'invalid_type', path: 'a.x', message: 'fn: a.x is "q"; expected a finite number.' }]);
    expect(issuesOf(shapes, { a: { name: 5 } })).toStrictEqual([{ code: 'invalid_type', path: 'a.name', message: 'fn: a.name is 5; expected a string.' }]);
    // A missing field (10) weighs less than an unknown key at the object (50).
    expect(issuesOf(shapes, { a: { x: 1 } })).toStrictEqual([{ code: 'missing_field', path: 'a.y', message: 'fn: a.y is missing; add it.' }]);
  });

  it('of objects where no branch fits better: the first best', () => {
    const shapes = z.object({ a: z.union([z.strictObject({ x: z.number() }), z.strictObject({ y: z.number() })]) });
    expect(issuesOf(shapes, { a: { z: 1 } })).toStrictEqual([
      { code: 'unknown_key', path: 'a.z', message: 'fn: a has unknown field "z"; allowed fields: x.', hint: 'did you mean "x"?' },
    ]);
  });

  it('discriminated: a missing or unknown discriminator, with the allowed values and the nearest', () => {
    const kinds = z.object({
      m: z.discriminatedUnion('kind', [z.strictObject({ kind: z.literal('share'), of: z.string() }), z.strictObject({ kind: z.literal('count') })]),
    });
    expect(issuesOf(kinds, { m: {} })).toStrictEqual([{ code: 'missing_field', path: 'm.kind', message: 'fn: m.kind is missing; add kind: one of "share", "count".' }]);
    expect(issuesOf(kinds, { m: { kind: 'shar' } })).toStrictEqual([
      { code: 'invalid_value', path: 'm.kind', message: 'fn: m.kind is "shar", not a known kind; use one of "share", "count".', hint: 'did you mean "share"?' },
    ]);
    expect(issuesOf(kinds, { m: { kind: 'average' } })).toStrictEqual([{ code: 'invalid_value', path: 'm.kind', message: 'fn: m.kind is "average", not a known kind; use one of "share", "count".' }]);
    expect(issuesOf(kinds, { m: { kind: 'share', of: 1 } })).toStrictEqual([{ code: 'invalid_type', path: 'm.of', message: 'fn: m.of is 1; expected a string.' }]);
  });
});

describe('unions: the branch nearest the input', () => {
  it('unknown fields (50) weigh less than the whole value of another type (100), a missing field 10', () => {
    const schema = z.union([z.number(), z.strictObject({ x: z.number() })]);
    // (x missing is explained by the misspelling y, so it is not reported again.)
    expect(issuesOf(schema, { y: 1 })).toStrictEqual([
      { code: 'unknown_key', path: 'y', message: 'fn: the thing has unknown field "y"; allowed fields: x.', hint: 'did you mean "x"?' },
    ]);
  });

  it('fewer wrong fields beat more (each counts 1)', () => {
    const schema = z.union([z.object({ a: z.string(), b: z.string() }), z.object({ a: z.number() })]);
    expect(issuesOf(schema, { a: true, b: true })).toStrictEqual([{ code: 'invalid_type', path: 'a', message: 'fn: a is true; expected a finite number.' }]);
  });

  it('wrong types in the fields given (1 each) beat fields missing (10 each)', () => {
    const schema = z.union([z.object({ d: z.string(), e: z.string() }), z.object({ a: z.number(), b: z.number(), c: z.number() })]);
    expect(issuesOf(schema, { a: 'x', b: 'y', c: 'z' }).map((i) => (i as { path: string }).path)).toEqual(['a', 'b', 'c']);
  });

  it('a missing field counts as missing whatever its type, a union too', () => {
    const schema = z.union([z.object({ u: z.union([z.string(), z.number()]) }), z.object({ a: z.number(), b: z.number() })]);
    expect(issuesOf(schema, { a: 'x', b: 'y' }).map((i) => (i as { path: string }).path)).toEqual(['a', 'b']);
    // A nested union given a value of the wrong type is one problem, like any wrong field.
    expect(issuesOf(schema, { u: true, a: 'x' })).toStrictEqual([{ code: 'invalid_type', path: 'u', message: 'fn: u is true; expected a string or a finite number.' }]);
  });

  it('a nested discriminated union: a missing discriminator counts as a missing field, an unknown one as one problem', () => {
    const kind = z.discriminatedUnion('kind', [z.object({ kind: z.literal('share') }), z.object({ kind: z.literal('count') })]);
    const schema = z.union([z.object({ m: kind, n: z.number() }), z.object({ p: z.number(), q: z.number() })]);
    // m's kind unknown (1) and n wrong (1) beat p and q wrong (2) ...
    expect(issuesOf(schema, { m: { kind: 'rate' }, n: 'x', p: 'a', q: 'b' }).map((i) => (i as { path: string }).path)).toEqual(['m.kind', 'n']);
    // ... m's kind missing (10) does not.
    expect(issuesOf(schema, { m: {}, n: 'x', p: 'a', q: 'b' }).map((i) => (i as { path: string }).path)).toEqual(['p', 'q']);
  });

  it('branches that are all of another type only when every branch failed on the whole value', () => {
    const schema = z.union([z.string(), z.object({ a: z.number() })]);
    expect(issuesOf(schema, { a: 'x' })).toStrictEqual([{ code: 'invalid_type', path: 'a', message: 'fn: a is "x"; expected a finite number.' }]);
    const fields = z.union([z.object({ a: z.number() }), z.object({ b: z.number() })]);
    expect(issuesOf(fields, { a: 'x' })).toStrictEqual([{ code: 'invalid_type', path: 'a', message: 'fn: a is "x"; expected a finite number.' }]);
    const unknown = z.union([z.strictObject({ x: z.number().optional() }), z.number()]);
    expect(issuesOf(unknown, { y: 1, x: 'q' })).toStrictEqual([
      { code: 'invalid_type', path: 'x', message: 'fn: x is "q"; expected a finite number.' },
      { code: 'unknown_key', path: 'y', message: 'fn: the thing has unknown field "y"; allowed fields: x.', hint: 'did you mean "x"?' },
    ]);
  });

  it('branches that fail only on unknown fields are not "of another type"', () => {
    const schema = z.union([z.strictObject({ x: z.number().optional() }), z.strictObject({ y: z.number().optional() })]);
    expect(issuesOf(schema, { z: 1 })).toStrictEqual([
      { code: 'unknown_key', path: 'z', message: 'fn: the thing has unknown field "z"; allowed fields: x.', hint: 'did you mean "x"?' },
    ]);
  });

  it('a discriminator’s options that are not strings are listed too, and only strings are suggested', () => {
    const schema = z.discriminatedUnion('v', [z.object({ v: z.literal(1) }), z.object({ v: z.literal('one') })]);
    expect(issuesOf(schema, { v: 'onw' })).toStrictEqual([
      { code: 'invalid_value', path: 'v', message: 'fn: v is "onw", not a known v; use one of 1, "one".', hint: 'did you mean "one"?' },
    ]);
    expect(issuesOf(schema, { v: 2 })).toStrictEqual([{ code: 'invalid_value', path: 'v', message: 'fn: v is 2, not a known v; use one of 1, "one".' }]);
  });
});

describe('unknown fields where no field is allowed or the names are not known', () => {
  it('an object without fields, a record of named keys, a schema with its own message: "remove it", no hint', () => {
    expect(issuesOf(z.strictObject({}), { ab: 1 })).toStrictEqual([{ code: 'unknown_key', path: 'ab', message: 'fn: the thing has unknown field "ab"; remove it.' }]);
    expect(issuesOf(z.record(z.enum(['a']), z.number()), { a: 1, b: 2 })).toStrictEqual([{ code: 'unknown_key', path: 'b', message: 'fn: the thing has unknown field "b"; remove it.' }]);
    const own = z.strictObject({ alpha: z.number() }, { error: 'takes alpha only.' });
    expect(issuesOf(own, { alpha: 1, alpah: 2 })).toStrictEqual([{ code: 'unknown_key', path: 'alpah', message: 'fn: the thing has unknown field "alpah"; remove it.' }]);
  });

  it('a literal that is not a string gets no suggestion', () => {
    expect(issuesOf(z.object({ a: z.literal(3) }), { a: 'three' })).toStrictEqual([{ code: 'invalid_value', path: 'a', message: 'fn: a is "three"; expected one of 3.' }]);
  });
});

describe('one report per problem', () => {
  it('a misspelt field that is not an identifier explains the object it left empty', () => {
    const input = exampleGoal();
    input['indicators'][2]['parityBand'] = { 'rel ative': 0.1 };
    const result = safeDefineGoal(input);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues).toStrictEqual([
      {
        code: 'unknown_key',
        path: 'indicators[2].parityBand["rel ative"]',
        message: 'safeDefineGoal: indicators[2].parityBand has unknown field "rel ative"; allowed fields: relative, absolute.',
        hint: 'did you mean "relative"?',
      },
    ]);
  });

  it('a misspelt field is reported once, as unknown with the suggestion, not also as missing', () => {
    const schema = z.strictObject({ alpha: z.number(), beta: z.number() });
    expect(issuesOf(schema, { alpah: 1, beta: 2 })).toStrictEqual([
      { code: 'unknown_key', path: 'alpah', message: 'fn: the thing has unknown field "alpah"; allowed fields: alpha, beta.', hint: 'did you mean "alpha"?' },
    ]);
    // Nested: the parent path is kept.
    const nested = z.object({ o: schema });
    expect(issuesOf(nested, { o: { alpah: 1, beta: 2 } })).toStrictEqual([
      { code: 'unknown_key', path: 'o.alpah', message: 'fn: o has unknown field "alpah"; allowed fields: alpha, beta.', hint: 'did you mean "alpha"?' },
    ]);
  });

  it('an unknown field without a suggestion leaves the missing field reported', () => {
    const schema = z.strictObject({ alpha: z.number() });
    expect(issuesOf(schema, { zzzzzz: 1 })).toStrictEqual([
      { code: 'missing_field', path: 'alpha', message: 'fn: alpha is missing; add it.' },
      { code: 'unknown_key', path: 'zzzzzz', message: 'fn: the thing has unknown field "zzzzzz"; allowed fields: alpha.' },
    ]);
  });

  it('a field reported empty or missing is not reported again; other problems at a path are all kept', () => {
    const schema = z.object({ a: z.string().min(1).min(3).regex(/^[a-z]+$/) });
    expect(issuesOf(schema, { a: '' })).toStrictEqual([{ code: 'empty', path: 'a', message: 'fn: a is empty; write a value.' }]);
    expect(issuesOf(schema, { a: 'A' })).toStrictEqual([
      { code: 'out_of_range', path: 'a', message: 'fn: a is "A"; expected a value ≥ 3.' },
      { code: 'invalid_value', path: 'a', message: 'fn: a is "A"; it does not have the expected format (regex).' },
    ]);
  });
});
