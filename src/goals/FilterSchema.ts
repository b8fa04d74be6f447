/**
 * Declarative record filters: the "who counts" of a goal, written as data.
 *
 * @module
 */
import * as z from 'zod';
import { fieldPath } from './internal/fields.ts';

/**
 * A value a filter compares a record field with: a string, a finite number or a boolean. `null` is not a
 * value: a field holding `null` counts as missing (see {@link evaluateFilter}).
 *
 * @category Goals
 */
export type GoalFilterScalar = string | number | boolean;

/** Operators that compare a field with one value: equal, not equal, and "the array field contains the value". */
export type GoalFilterEqualityOperator = 'eq' | 'ne' | 'contains';
/** Operators that test membership in a list of values. */
export type GoalFilterSetOperator = 'in' | 'notIn';
/** Operators that order a field against a bound: numbers numerically, `YYYY-MM-DD` strings by date. */
export type GoalFilterOrderOperator = 'lt' | 'lte' | 'gt' | 'gte';

/**
 * Every filter operator: `eq`, `ne`, `contains`, `in`, `notIn`, `lt`, `lte`, `gt`, `gte`, `between`, `exists`.
 *
 * @category Goals
 */
export type GoalFilterOperator = GoalFilterEqualityOperator | GoalFilterSetOperator | GoalFilterOrderOperator | 'between' | 'exists';

/**
 * One comparison of a record field with a value. The shape of `value` depends on `op`:
 *
 * | op | value | true when the field… |
 * |---|---|---|
 * | `eq`, `ne` | a scalar | equals / differs from the value (strict, no type coercion: `"2"` ≠ `2`) |
 * | `contains` | a scalar | is an array holding the value (e.g. `categorical` contains `"CalFresh"`) |
 * | `in`, `notIn` | a non-empty array of scalars | is / is not one of the values |
 * | `lt`, `lte`, `gt`, `gte` | a number or a string | is below / at most / above / at least the value; numbers compare numerically, strings by code unit (so `YYYY-MM-DD` dates compare by date); a field of the other type never matches |
 * | `between` | `[low, high]`, both numbers or both strings, low ≤ high | lies in the closed interval low ≤ field ≤ high |
 * | `exists` | `true` (default) or `false` | is present (not absent, `undefined` or `null`) / is absent |
 *
 * @category Goals
 */
export type GoalFilterCondition =
  | { field: string; op: GoalFilterEqualityOperator; value: GoalFilterScalar }
  | { field: string; op: GoalFilterSetOperator; value: GoalFilterScalar[] }
  | { field: string; op: GoalFilterOrderOperator; value: number | string }
  | { field: string; op: 'between'; value: [number, number] | [string, string] }
  | { field: string; op: 'exists'; value?: boolean };

/**
 * A declarative filter over record fields: a {@link GoalFilterCondition}, or the combinators `{ all: [...] }`
 * (every filter holds), `{ any: [...] }` (at least one holds) and `{ not: filter }`. Field paths may be dotted
 * (`attributes.district`). Every comparison on a missing field is false (SQL-like), so `ne` and `notIn` do not
 * match records that lack the field; wrap in `not` to include them, or test presence with `exists`.
 *
 * @category Goals
 */
export type Filter = GoalFilterCondition | { all: Filter[] } | { any: Filter[] } | { not: Filter };

const FIELD_DESCRIPTION =
  'The record field to test, as a dotted path into the record (e.g. "size", "attributes.district", "eligible"). A field that is absent, undefined or null is missing: every comparison on it is false; use op "exists" to test presence.';

const scalar = z.union([z.string(), z.number(), z.boolean()]);

const equality = z
  .strictObject({
    field: fieldPath(FIELD_DESCRIPTION),
    op: z.enum(['eq', 'ne', 'contains']).meta({
      description: '"eq": field equals value; "ne": field differs from value; "contains": the field is an array that holds value. Strict comparison, no type coercion.',
    }),
    value: z
      .union([z.string(), z.number(), z.boolean()], {
        error: (issue) => `is ${describeInput(issue.input)}; ops "eq", "ne" and "contains" compare with one string, number or boolean (use "in" for a list).`,
      })
      .meta({ description: 'The string, number or boolean to compare with.' }),
  })
  .meta({ description: 'Compare a field with one value.' });

const membership = z
  .strictObject({
    field: fieldPath(FIELD_DESCRIPTION),
    op: z.enum(['in', 'notIn']).meta({ description: '"in": the field is one of the values; "notIn": the field is present and none of them.' }),
    value: z
      .array(scalar, {
        error: (issue) => `is ${describeInput(issue.input)}; ops "in" and "notIn" need a list of values, e.g. ["D3", "D5"] (use "eq" for one value).`,
      })
      .min(1, { error: 'is an empty list; "in" would match nothing and "notIn" everything; list at least one value.' })
      .meta({ description: 'The non-empty list of strings, numbers or booleans to test membership in.' }),
  })
  .meta({ description: 'Test membership of a field in a list of values.' });

const order = z
  .strictObject({
    field: fieldPath(FIELD_DESCRIPTION),
    op: z.enum(['lt', 'lte', 'gt', 'gte']).meta({
      description: '"lt": field < value; "lte": field ≤ value; "gt": field > value; "gte": field ≥ value. Numbers compare numerically, strings (such as YYYY-MM-DD dates) by character code.',
    }),
    value: z
      .union([z.number(), z.string()], {
        error: (issue) => `is ${describeInput(issue.input)}; ops "lt", "lte", "gt" and "gte" need one number or one string such as a date "2025-07-01".`,
      })
      .meta({ description: 'The bound: a number, or a string such as a YYYY-MM-DD date.' }),
  })
  .meta({ description: 'Compare a field with a bound.' });

const betweenValue = z
  .union([z.tuple([z.number(), z.number()]), z.tuple([z.string(), z.string()])], {
    error: (issue) => `is ${describeInput(issue.input)}; op "between" needs [low, high], both numbers or both strings (dates), e.g. [0, 200].`,
  })
  .refine((pair) => pair[0] <= pair[1], {
    error: (issue) => {
      const [low, high] = (issue.input as readonly unknown[]).map((bound) => JSON.stringify(bound));
      return `is [${low}, ${high}], with low above high; write [${high}, ${low}].`;
    },
  })
  .meta({ description: 'The closed interval [low, high] (both ends included): two numbers, or two strings such as dates, with low ≤ high.' });

const between = z
  .strictObject({
    field: fieldPath(FIELD_DESCRIPTION),
    op: z.literal('between').meta({ description: '"between": low ≤ field ≤ high (both ends included).' }),
    value: betweenValue,
  })
  .meta({ description: 'Test that a field lies in a closed interval.' });

const exists = z
  .strictObject({
    field: fieldPath(FIELD_DESCRIPTION),
    op: z.literal('exists').meta({ description: '"exists": the field is present (not absent, undefined or null).' }),
    value: z
      .boolean({ error: (issue) => `is ${describeInput(issue.input)}; op "exists" takes true (the field is present, the default) or false (the field is missing).` })
      .exactOptional()
      .meta({ description: 'true (default): the field is present; false: the field is missing.' }),
  })
  .meta({ description: 'Test whether a field is present.' });

/**
 * The schema of one {@link GoalFilterCondition}: `{ field, op, value }`, discriminated by `op`, so a value that
 * does not fit its operator is rejected (and JSON Schema validators reject it too).
 *
 * @category Goals
 * @example
 * ```ts
 * import { GoalFilterConditionSchema } from "./FilterSchema.ts";
 *
 * GoalFilterConditionSchema.safeParse({ field: "size", op: "between", value: [1, 2] }).success; // => true
 * GoalFilterConditionSchema.safeParse({ field: "size", op: "between", value: 3 }).success; // => false
 * ```
 */
export const GoalFilterConditionSchema: z.ZodType<GoalFilterCondition, GoalFilterCondition> = z
  .discriminatedUnion('op', [equality, membership, order, between, exists])
  .meta({ id: 'FilterCondition', description: 'One comparison { field, op, value } of a record field with a value; the shape of value depends on op.' });

/**
 * The schema of a {@link Filter}: a condition `{ field, op, value }` or a combinator `{ all: [...] }`,
 * `{ any: [...] }`, `{ not: filter }`, nested to any depth. Unknown keys are rejected.
 *
 * @category Goals
 * @example
 * ```ts
 * import { FilterSchema } from "./FilterSchema.ts";
 *
 * const eligibleInDistrict3 = {
 *   all: [
 *     { field: "eligible", op: "eq", value: true },
 *     { field: "attributes.district", op: "eq", value: "3" },
 *   ],
 * };
 * FilterSchema.safeParse(eligibleInDistrict3).success; // => true
 * FilterSchema.safeParse({ field: "size", op: "equals", value: 2 }).success; // => false
 * ```
 */
export const FilterSchema: z.ZodType<Filter, Filter> = z
  .lazy(() =>
    z.union([
      GoalFilterConditionSchema,
      z
        .strictObject({
          all: z.array(FilterSchema).min(1, { error: 'is an empty list; "all" needs at least one filter.' }).meta({ description: 'Filters that must all hold.' }),
        })
        .meta({ description: 'True when every listed filter is true.' }),
      z
        .strictObject({
          any: z.array(FilterSchema).min(1, { error: 'is an empty list; "any" needs at least one filter.' }).meta({ description: 'Filters of which at least one must hold.' }),
        })
        .meta({ description: 'True when at least one listed filter is true.' }),
      z.strictObject({ not: FilterSchema }).meta({ description: 'True when the filter is false.' }),
    ]),
  )
  .meta({
    id: 'Filter',
    description:
      'A declarative filter over record fields: { field, op, value } or a combinator { all: [...] }, { any: [...] }, { not: filter }. Comparisons on a missing field are false.',
  });

function describeInput(value: unknown): string {
  if (value === undefined) return 'missing';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (value !== null && typeof value === 'object') return 'an object';
  return JSON.stringify(value);
}
