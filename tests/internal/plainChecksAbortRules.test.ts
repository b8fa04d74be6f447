/**
 * The plain combinators (`src/internal/plainChecks.ts`) against zod 4 on the values where zod's abort rules, size
 * checks and messages are easiest to get wrong: an example for each, beside the property tests of plainChecks.test.ts.
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { array, number, oneOf, type PlainCheck, plainIssues, strictObject, string } from '../../src/internal/plainChecks.ts';
import { superRefineWith } from '../../src/internal/zodRefinement.ts';
import { comparable, zodIssues } from '../helpers/plainVsZod.ts';

const order = (value: { low: number; high: number }, report: (path: PropertyKey[], message: string) => void): void => {
  if (value.low > value.high) report(['high'], `is below low ${value.low}`);
};

describe('plain combinators = zod on the values where the abort rules and messages differ', () => {
  const cases = (): [string, z.ZodType, PlainCheck, unknown[]][] => [
    // A size check measures any value with a length: an object's `length` has origin "unknown".
    ['string min on an object with a length', z.string().min(10), string({ min: 10 }), [{ length: 5 }, { length: 12 }]],
    // Exact lengths in code points: one emoji is one item-sized "character" of a string given for an array.
    ['array length on strings', z.array(z.number()).length(1), array(number(), { length: 1 }), ['\u{1F600}', 'ab', '\u{1F600}\u{1F600}']],
    ['array length 2 on strings', z.array(z.number()).length(2), array(number(), { length: 2 }), ['\u{1F600}\u{1F600}', 'a\u{1F600}', 'abcd']],
    ['string min 2 in code points', z.string().min(2), string({ min: 2 }), ['\u{1F600}', '\u{1F600}\u{1F600}', 'a\u{1F600}']],
    // A too-big exact length lets the next size check run.
    ['array length then min on a string', z.array(z.number()).length(2).min(5), array(number(), { length: 2 }, { min: 5 }), ['abc', 'a']],
    // An array above its exact length is reported once and its items are not checked.
    ['array above its exact length', z.array(z.number()).length(2), array(number(), { length: 2 }), [[1, 2, 3], ['a', 'b', 'c']]],
    // An item's int error stops the array's size checks; its bound errors do not.
    ['array of ints with a min', z.array(z.int().min(0)).min(3), array(number({ int: true }, { gte: 0 }), { min: 3 }), [[1.5], [-1], [1, 2, 3]]],
    ['string with its own type error message', z.string({ error: 'must be text' }), string({ typeError: 'must be text' }), [5, 'abc', null]],
    [
      'string with a type error message and a regex',
      z.string({ error: 'must be text' }).regex(/^a/, 'starts with a'),
      string({ typeError: 'must be text' }, { regex: /^a/, message: 'starts with a' }),
      [5, 'abc', 'xbc'],
    ],
    ['string regex on a non-string', z.string().regex(/5/, 'has 5'), string({ regex: /5/, message: 'has 5' }), [5, '5']],
    ['string refine on a non-string', z.string().refine((v) => typeof v === 'string', { message: 'text' }), string({ refine: (v) => typeof v === 'string', message: 'text' }), [5]],
    ['number min then max', z.number().min(5).max(1), number({ gte: 5 }, { lte: 1 }), [3, 6, 0]],
    ['number max then min', z.number().max(1).min(5), number({ lte: 1 }, { gte: 5 }), [3]],
    // A failed refinement or regex lets a later size check run.
    ['string refine then min', z.string().refine(() => false, { message: 'no' }).min(5), string({ refine: () => false, message: 'no' }, { min: 5 }), ['ab']],
    [
      'string regex with a message function',
      z.string().regex(/^a/, { error: (issue) => `${String(issue.input)} does not start with a` }),
      string({ regex: /^a/, message: (input) => `${String(input)} does not start with a` }),
      ['xbc'],
    ],
    ['string regex then min', z.string().regex(/^a/, 'starts with a').min(5), string({ regex: /^a/, message: 'starts with a' }, { min: 5 }), ['bc']],
    ['enum of three', z.enum(['x', 'y', 'z']), oneOf(['x', 'y', 'z']), ['y', 'w', 5]],
    // An array above its exact length stops the object's refinement.
    [
      "an array field above its length stops the object's refinement",
      z.strictObject({ low: z.number(), high: z.number(), list: z.array(z.number()).length(1) }).superRefine(superRefineWith(order)),
      strictObject({ low: number(), high: number(), list: array(number(), { length: 1 }) }, order),
      [{ low: 5, high: 1, list: [1, 2] }, { low: 5, high: 1, list: [1] }],
    ],
    ['number gt then max', z.number().gt(5).max(1), number({ gt: 5 }, { lte: 1 }), [3, 5]],
    ['unsafe integers', z.int(), number({ int: true }), [2 ** 53, -(2 ** 53), 0]],
    ['enum of one', z.enum(['only']), oneOf(['only']), ['other', 5]],
    [
      'strict object: unknown keys do not stop the refinement',
      z.strictObject({ low: z.number(), high: z.number() }).superRefine(superRefineWith(order)),
      strictObject({ low: number(), high: number() }, order),
      [{ low: 5, high: 1, extra: 1 }, { low: 5, high: 'x' }],
    ],
    [
      "an item's refinement does not stop the array's size check",
      z.array(z.strictObject({ low: z.number(), high: z.number() }).superRefine(superRefineWith(order))).min(3),
      array(strictObject({ low: number(), high: number() }, order), { min: 3 }),
      [[{ low: 5, high: 1 }]],
    ],
  ];
  it.each(cases())('%s', (_, schema, check, values) => {
    for (const value of values) expect(comparable(plainIssues(check, value))).toEqual(zodIssues(schema, value));
  });

  it('pins the messages of these cases', () => {
    expect(plainIssues(string({ min: 10 }), { length: 5 }).map((i) => i.message)).toEqual([
      'Invalid input: expected string, received object',
      'Too small: expected unknown to be >=10',
    ]);
    expect(plainIssues(array(number(), { length: 2 }, { min: 5 }), 'abc').map((i) => i.message)).toEqual([
      'Invalid input: expected array, received string',
      'Too big: expected string to have exactly 2 characters',
      'Too small: expected string to have >=5 characters',
    ]);
    expect(plainIssues(oneOf(['only']), 'other').map((i) => i.message)).toEqual(['Invalid input: expected "only"']);
    expect(plainIssues(string({ typeError: 'must be text' }), 5).map((i) => i.message)).toEqual(['must be text']);
    expect(plainIssues(number({ int: true }), 2 ** 53).map((i) => i.message)).toEqual(['Too big: expected int to be <=9007199254740991']);
  });
});
