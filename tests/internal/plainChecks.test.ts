/**
 * Each plain combinator (`src/internal/plainChecks.ts`) reports the issues of the zod schema it mirrors — zod 4
 * with its English locale, the version the package is tested on — on edge values and on anything fast-check makes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { array, boolean, number, oneOf, optional, type PlainCheck, plainIssues, strictObject, string } from '../../src/internal/plainChecks.ts';
import { superRefineWith } from '../../src/internal/zodRefinement.ts';
import { comparable, edgeValueArb, zodIssues } from '../helpers/plainVsZod.ts';

const order = (value: { low: number; high: number }, report: (path: PropertyKey[], message: string) => void): void => {
  if (value.low > value.high) report(['high'], `is below low ${value.low}`);
};

function pairs(): [string, z.ZodType, PlainCheck][] {
  const rse = (input: unknown): string => `is ${String(input)}; a fraction${typeof input === 'number' && input <= 100 ? ` — ${input / 100}?` : ''}`;
  return [
    ['string', z.string(), string()],
    ['string min 1', z.string().min(1), string({ min: 1 })],
    ['string min 2 (code points)', z.string().min(2), string({ min: 2 })],
    ['string min with a message', z.string().min(3, { error: 'too short' }), string({ min: 3, message: 'too short' })],
    ['string regex', z.string().regex(/^\d{4}-\d{2}$/, 'year'), string({ regex: /^\d{4}-\d{2}$/, message: 'year' })],
    ['string refine', z.string().refine((v) => v.startsWith('2'), { message: 'starts 2' }), string({ refine: (v) => v.startsWith('2'), message: 'starts 2' })],
    ['string min, regex, refine', z.string().min(2).regex(/a/, 'has a').refine((v) => v.length < 5, { message: 'short' }), string({ min: 2 }, { regex: /a/, message: 'has a' }, { refine: (v) => v.length < 5, message: 'short' })],
    ['number', z.number(), number()],
    ['int positive', z.number().int().positive(), number({ int: true }, { gt: 0 })],
    ['z.int() min', z.int().min(1), number({ int: true }, { gte: 1 })],
    ['int min max', z.number().int().min(1900).max(2200), number({ int: true }, { gte: 1900 }, { lte: 2200 })],
    ['number gt max with an error function', z.number().gt(0).max(1, { error: (issue) => rse(issue.input) }), number({ gt: 0 }, { lte: 1, message: rse })],
    ['int with a message, min, max', z.number().int({ error: 'whole' }).min(1).max(100), number({ int: true, message: 'whole' }, { gte: 1 }, { lte: 100 })],
    ['number min with a message', z.number().min(1, { error: 'below 1' }), number({ gte: 1, message: 'below 1' })],
    ['boolean', z.boolean(), boolean()],
    ['enum', z.enum(['none', 'ceil-50', 'half-up-dollar']), oneOf(['none', 'ceil-50', 'half-up-dollar'])],
    ['enum of one', z.enum(['only']), oneOf(['only'])],
    ['array length 3', z.array(z.number().int().positive()).length(3), array(number({ int: true }, { gt: 0 }), { length: 3 })],
    ['array min 1 with a message', z.array(z.number()).min(1, { error: 'empty' }), array(number(), { min: 1, message: 'empty' })],
    ['array of strings', z.array(z.string().min(1)), array(string({ min: 1 }))],
    [
      'strict object with optional fields and a refinement',
      z.strictObject({ low: z.number(), high: z.number(), name: z.string().optional(), tags: z.array(z.enum(['a', 'b'])).optional() }).superRefine(superRefineWith(order)),
      strictObject({ low: number(), high: number(), name: optional(string()), tags: optional(array(oneOf(['a', 'b']))) }, order),
    ],
    ['nested strict objects', z.strictObject({ inner: z.strictObject({ n: z.int().min(0) }) }), strictObject({ inner: strictObject({ n: number({ int: true }, { gte: 0 }) }) })],
  ];
}

const objectish: fc.Arbitrary<unknown> = fc.oneof(
  fc.record({ low: edgeValueArb, high: edgeValueArb }, { requiredKeys: [] }),
  fc.record({ low: fc.integer(), high: fc.integer(), name: edgeValueArb, tags: edgeValueArb, extra: edgeValueArb }, { requiredKeys: ['low', 'high'] }),
  fc.record({ inner: fc.oneof(edgeValueArb, fc.record({ n: edgeValueArb, m: edgeValueArb }, { requiredKeys: [] })) }, { requiredKeys: [] }),
  fc.array(edgeValueArb, { maxLength: 5 }),
  fc.array(fc.integer({ min: -2, max: 5 }), { maxLength: 5 }),
  fc.string({ maxLength: 6, unit: 'grapheme' }),
);

describe('plain combinators = zod', () => {
  it.each(pairs())('%s (property)', (_, schema, check) => {
    fc.assert(
      fc.property(fc.oneof(edgeValueArb, objectish), (value) => {
        expect(comparable(plainIssues(check, value))).toEqual(zodIssues(schema, value));
      }),
      { numRuns: 400 },
    );
  });

  it('pins the messages the library relies on (examples)', () => {
    expect(plainIssues(array(number(), { length: 8 }), [1]).map((i) => i.message)).toEqual(['Too small: expected array to have exactly 8 items']);
    expect(plainIssues(number({ int: true }, { gt: 0 }), -5).map((i) => i.message)).toEqual(['Too small: expected number to be >0']);
    expect(plainIssues(number(), Number.NaN).map((i) => i.message)).toEqual(['Invalid input: expected number, received NaN']);
    expect(plainIssues(strictObject({}), { a: 1, b: 2 }).map((i) => i.message)).toEqual(['Unrecognized keys: "a", "b"']);
    expect(plainIssues(oneOf(['x', 'y']), 'z').map((i) => i.message)).toEqual(['Invalid option: expected one of "x"|"y"']);
  });
});
