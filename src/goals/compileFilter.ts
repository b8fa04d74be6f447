import { EquityLensError } from '../internal/errors.ts';
import { type Filter, FilterSchema, type GoalFilterCondition } from './FilterSchema.ts';
import { isGuarded, pathSegments, readField, step } from '../internal/fieldPath.ts';
import { testCondition } from './internal/filterEval.ts';
import { parseWithIssues } from './internal/issues.ts';

/**
 * A compiled filter: `true` when the record passes.
 *
 * @category Goals
 */
export type GoalFilterPredicate = (record: unknown) => boolean;

const SET_THRESHOLD = 8;

type Reader = (record: unknown) => unknown;

/** A reader specialised to the path's depth, so one- and two-step paths (the usual ones) run without a loop. */
function readerOf(field: string): Reader {
  const segments = pathSegments(field);
  // k1 is undefined for a one-step path, where it is not read.
  const [k0, k1] = segments as [string, string];
  const g0 = isGuarded(k0);
  const g1 = isGuarded(k1);
  // Stryker disable next-line ConditionalExpression, BlockStatement: equivalent — readField below reads the same; this reader only saves its loop
  if (segments.length === 1) {
    return (record) => {
      if (record === null || typeof record !== 'object') return undefined;
      const value = step(record, k0, g0);
      return value === null ? undefined : value;
    };
  }
  // Stryker disable next-line ConditionalExpression, BlockStatement: equivalent — readField below reads the same; this reader only saves its loop
  if (segments.length === 2) {
    return (record) => {
      if (
        record === null ||
        // Stryker disable next-line ConditionalExpression: equivalent — a string's or number's own properties are numbers, and the inner step below stops at anything that is not an object
        typeof record !== 'object'
      ) {
        return undefined;
      }
      const inner = step(record, k0, g0);
      if (inner === null || typeof inner !== 'object') return undefined;
      const value = step(inner, k1, g1);
      return value === null ? undefined : value;
    };
  }
  return (record) => readField(record, segments);
}

function compileCondition(condition: GoalFilterCondition): GoalFilterPredicate {
  const read = readerOf(condition.field);
  switch (condition.op) {
    // Stryker disable next-line StringLiteral: equivalent — without this case the default branch's testCondition gives the same answer; the case only makes it faster
    case 'eq': {
      const wanted = condition.value;
      return (record) => read(record) === wanted;
    }
    // Stryker disable next-line StringLiteral: equivalent — without this case the default branch's testCondition gives the same answer; the case only makes it faster
    case 'ne': {
      const unwanted = condition.value;
      return (record) => {
        const actual = read(record);
        return actual !== undefined && actual !== unwanted;
      };
    }
    // Stryker disable next-line StringLiteral: equivalent — without this case the default branch's testCondition gives the same answer; the case only makes it faster
    case 'in':
    // Stryker disable next-line StringLiteral: equivalent — without this case the default branch's testCondition gives the same answer; the case only makes it faster
    case 'notIn': {
      const wanted = condition.op === 'in';
      // Stryker disable next-line ConditionalExpression, EqualityOperator, BlockStatement: equivalent — a Set and the list hold the same values; the threshold only chooses the faster lookup
      if (condition.value.length > SET_THRESHOLD) {
        const members: ReadonlySet<unknown> = new Set(condition.value);
        return (record) => {
          const actual = read(record);
          return actual !== undefined && members.has(actual) === wanted;
        };
      }
      const list: readonly unknown[] = condition.value;
      return (record) => {
        const actual = read(record);
        return actual !== undefined && list.includes(actual) === wanted;
      };
    }
    // Stryker disable next-line StringLiteral: equivalent — without this case the default branch's testCondition gives the same answer; the case only makes it faster
    case 'lt': {
      const bound = condition.value;
      return typeof bound === 'number'
        ? (record) => {
            const actual = read(record);
            return typeof actual === 'number' && actual < bound;
          }
        : (record) => {
            const actual = read(record);
            return typeof actual === 'string' && actual < bound;
          };
    }
    // Stryker disable next-line StringLiteral: equivalent — without this case the default branch's testCondition gives the same answer; the case only makes it faster
    case 'gte': {
      const bound = condition.value;
      return typeof bound === 'number'
        ? (record) => {
            const actual = read(record);
            return typeof actual === 'number' && actual >= bound;
          }
        : (record) => {
            const actual = read(record);
            return typeof actual === 'string' && actual >= bound;
          };
    }
    // Stryker disable next-line StringLiteral: equivalent — without this case the default branch's testCondition gives the same answer; the case only makes it faster
    case 'contains': {
      const wanted = condition.value;
      return (record) => {
        const actual = read(record);
        return Array.isArray(actual) && actual.includes(wanted);
      };
    }
    // Stryker disable next-line StringLiteral: equivalent — without this case the default branch's testCondition gives the same answer; the case only makes it faster
    case 'between': {
      const [low, high] = condition.value;
      const kind = typeof low;
      return (record) => {
        const actual = read(record);
        return typeof actual === kind && low <= (actual as typeof low) && (actual as typeof low) <= high;
      };
    }
    // Stryker disable next-line StringLiteral, ConditionalExpression, BlockStatement: equivalent — without this case (or its body) the default branch's testCondition gives the same answer; the case only makes it faster
    case 'exists': {
      const present = condition.value ?? true;
      return (record) => (read(record) !== undefined) === present;
    }
    default:
      return (record) => testCondition(condition, read(record));
  }
}

function compileNode(filter: Filter): GoalFilterPredicate {
  if ('all' in filter) {
    const parts = filter.all.map(compileNode);
    // Stryker disable next-line ConditionalExpression: equivalent — the loop over one part returns that part's answer; this only skips the loop
    if (parts.length === 1) return parts[0] as GoalFilterPredicate;
    return (record) => {
      for (let i = 0; i < parts.length; i++) if (!(parts[i] as GoalFilterPredicate)(record)) return false;
      return true;
    };
  }
  if ('any' in filter) {
    const parts = filter.any.map(compileNode);
    // Stryker disable next-line ConditionalExpression: equivalent — the loop over one part returns that part's answer; this only skips the loop
    if (parts.length === 1) return parts[0] as GoalFilterPredicate;
    return (record) => {
      for (let i = 0; i < parts.length; i++) if ((parts[i] as GoalFilterPredicate)(record)) return true;
      return false;
    };
  }
  if ('not' in filter) {
    const inner = compileNode(filter.not);
    return (record) => !inner(record);
  }
  return compileCondition(filter);
}

/**
 * Validates a {@link Filter} once and turns it into a predicate for hot loops: field paths are split in
 * advance, long `in`/`notIn` lists become a `Set`, and evaluation allocates nothing. Same semantics as
 * {@link evaluateFilter}: comparisons are strict (no type coercion), every comparison on a missing field
 * (absent, `undefined` or `null`) is false, `exists` tests presence, `between` includes both ends, strings
 * order by code unit (so `YYYY-MM-DD` dates order by date). The filter is copied, so changing it later does
 * not change the predicate.
 *
 * Cost: O(size of the filter) to compile; per record, O(conditions × path depth), plus O(list length) for
 * `in` lists of 8 values or fewer and O(1) above.
 *
 * @param filter - The filter to compile.
 * @returns A predicate `(record) => boolean`.
 * @throws {EquityLensError} When the filter is malformed (unknown operator, value that does not fit its
 *   operator, unknown key, empty combinator), listing every problem with its path under `filter`.
 * @category Goals
 * @example
 * ```ts
 * import { compileFilter } from "./compileFilter.ts";
 *
 * const lowIncomeLargeFamily = compileFilter({
 *   all: [
 *     { field: "size", op: "gte", value: 5 },
 *     { field: "fplPercent", op: "lt", value: 200 },
 *   ],
 * });
 * lowIncomeLargeFamily({ size: 6, fplPercent: 150 }); // => true
 * lowIncomeLargeFamily({ size: 6 }); // => false
 * ```
 */
export function compileFilter(filter: Filter): GoalFilterPredicate {
  const parsed = parseWithIssues(
    FilterSchema,
    filter,
    'compileFilter',
    // Stryker disable next-line StringLiteral: equivalent — the root label is never shown, since every path starts with "filter"
    'filter',
    ['filter'],
  );
  if (!parsed.success) throw EquityLensError.fromIssues('compileFilter', parsed.issues);
  return compileNode(parsed.data);
}

