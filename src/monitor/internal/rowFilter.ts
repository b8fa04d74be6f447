/**
 * Filters compiled for the monitor's own row object. The row always holds the same own properties (household
 * fields and derived fields), so a condition on one of them can read the property directly; everything else
 * goes through the goals module's general compiler. Semantics are those of `evaluateFilter`: a missing (`undefined`
 * or `null`) field makes every comparison false, and `exists` tests presence.
 *
 * @internal
 * @module
 */
import type { Filter, GoalFilterCondition } from '../../goals/FilterSchema.ts';
import { type GoalFilterPredicate, compileFilter } from '../../goals/compileFilter.ts';

/** Property names every row object owns. */
export const ROW_KEYS: ReadonlySet<string> = new Set([
  'id',
  'size',
  'annualIncome',
  'programYear',
  'eligible',
  'enrolled',
  'enrolledPriorYear',
  'fplPercent',
  'distanceKm',
  'householdId',
  'programId',
  'siteId',
  'date',
]);

type Row = Readonly<Record<string, unknown>>;

function fastCondition(condition: GoalFilterCondition): GoalFilterPredicate | null {
  if (!ROW_KEYS.has(condition.field)) return null;
  const key = condition.field;
  switch (condition.op) {
    case 'eq': {
      const value = condition.value;
      return (row) => (row as Row)[key] === value;
    }
    case 'ne': {
      const value = condition.value;
      return (row) => {
        const actual = (row as Row)[key];
        return actual !== undefined && actual !== null && actual !== value;
      };
    }
    case 'exists': {
      const wanted = condition.value ?? true;
      return (row) => {
        const actual = (row as Row)[key];
        return (actual !== undefined && actual !== null) === wanted;
      };
    }
    case 'lt':
    case 'lte':
    case 'gt':
    case 'gte': {
      if (typeof condition.value !== 'number') return null;
      const bound = condition.value;
      const op = condition.op;
      return (row) => {
        const actual = (row as Row)[key];
        if (typeof actual !== 'number') return false;
        return op === 'lt' ? actual < bound : op === 'lte' ? actual <= bound : op === 'gt' ? actual > bound : actual >= bound;
      };
    }
    default:
      return null;
  }
}

function compileNode(filter: Filter): GoalFilterPredicate {
  if ('all' in filter) {
    const parts = filter.all.map(compileNode);
    if (parts.length === 1) return parts[0] as GoalFilterPredicate;
    if (parts.length === 2) {
      const [a, b] = parts as [GoalFilterPredicate, GoalFilterPredicate];
      return (row) => a(row) && b(row);
    }
    return (row) => parts.every((part) => part(row));
  }
  if ('any' in filter) {
    const parts = filter.any.map(compileNode);
    if (parts.length === 1) return parts[0] as GoalFilterPredicate;
    return (row) => parts.some((part) => part(row));
  }
  if ('not' in filter) {
    const inner = compileNode(filter.not);
    return (row) => !inner(row);
  }
  return fastCondition(filter) ?? compileFilter(filter);
}

/**
 * Compiles a (validated) filter for monitor rows.
 *
 * @internal
 */
export function compileRowFilter(filter: Filter): GoalFilterPredicate {
  return compileNode(filter);
}
