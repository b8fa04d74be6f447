/**
 * Evaluation of declarative filters: the comparison of one field value (field lookup by dotted path is shared, in
 * `src/internal/fieldPath.ts`).
 * Missing (absent, `undefined` or `null`) fields make every comparison false; `exists` tests presence.
 *
 * @internal
 * @module
 */
import type { Filter, GoalFilterCondition, GoalFilterScalar } from '../FilterSchema.ts';

import { PATH_CACHE_LIMIT, pathSegments, readField } from '../../internal/fieldPath.ts';
import { isRecord } from '../../internal/validate.ts';

function ordered(actual: unknown, bound: number | string): actual is number | string {
  return typeof actual === typeof bound;
}

/** Tests one condition against a field value already read (undefined = missing). */
export function testCondition(condition: GoalFilterCondition, actual: unknown): boolean {
  if (condition.op === 'exists') return (actual !== undefined) === (condition.value ?? true);
  if (actual === undefined) return false;
  switch (condition.op) {
    case 'eq':
      return actual === condition.value;
    case 'ne':
      return actual !== condition.value;
    case 'contains':
      return Array.isArray(actual) && actual.includes(condition.value);
    case 'in':
      return (condition.value as readonly unknown[]).includes(actual);
    case 'notIn':
      return !(condition.value as readonly unknown[]).includes(actual);
    case 'lt':
      return ordered(actual, condition.value) && actual < condition.value;
    case 'lte':
      return ordered(actual, condition.value) && actual <= condition.value;
    case 'gt':
      return ordered(actual, condition.value) && actual > condition.value;
    case 'gte':
      return ordered(actual, condition.value) && actual >= condition.value;
    case 'between': {
      const [low, high] = condition.value;
      return ordered(actual, low) && low <= actual && actual <= high;
    }
  }
}

/** Interprets a filter already known to be valid. */
export function interpret(filter: Filter, record: unknown): boolean {
  if ('all' in filter) {
    for (let i = 0; i < filter.all.length; i++) if (!interpret(filter.all[i] as Filter, record)) return false;
    return true;
  }
  if ('any' in filter) {
    for (let i = 0; i < filter.any.length; i++) if (interpret(filter.any[i] as Filter, record)) return true;
    return false;
  }
  if ('not' in filter) return !interpret(filter.not, record);
  return testCondition(filter, readField(record, pathSegments(filter.field)));
}

const FIELD = /^[^.\s]+(\.[^.\s]+)*$/;
const validFields = new Set<string>();

/** Whether a string is a valid field path; remembered, since strings are immutable and paths are few. */
function isFieldPath(field: string): boolean {
  // Stryker disable next-line ConditionalExpression: equivalent — the cache only spares the regular expression
  if (validFields.has(field)) return true;
  if (!FIELD.test(field)) return false;
  // Stryker disable next-line ConditionalExpression, EqualityOperator: equivalent — when the cache starts over changes its size, never an answer
  if (validFields.size >= PATH_CACHE_LIMIT) validFields.clear();
  validFields.add(field);
  return true;
}

/** A string, a boolean or a finite number (Number.isFinite is false for anything that is not a number). */
function isScalar(value: unknown): value is GoalFilterScalar {
  return typeof value === 'string' || typeof value === 'boolean' || Number.isFinite(value);
}

/** Whether the object's own enumerable keys are among `a`, `b`, `c` and include `a`. */
function onlyKeys(value: Record<string, unknown>, a: string, b?: string, c?: string): boolean {
  const keys = Object.keys(value);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key !== a && key !== b && key !== c) return false;
  }
  return true;
}

function validList(values: unknown): boolean {
  if (!Array.isArray(values) || values.length === 0) return false;
  for (let i = 0; i < values.length; i++) if (!isScalar(values[i])) return false;
  return true;
}

/**
 * A fast structural check that accepts exactly what `FilterSchema` accepts, without allocating; used so that
 * `evaluateFilter` can validate on every call. Any filter it rejects is re-parsed by the schema for the message.
 */
export function isValidFilter(filter: unknown): filter is Filter {
  if (!isRecord(filter)) return false;
  // A combinator: its key must be the only one (an `all` or `any` key that holds undefined fails below too).
  const all = filter['all'];
  const list = all !== undefined ? all : filter['any'];
  if (list !== undefined) {
    if (!onlyKeys(filter, all !== undefined ? 'all' : 'any')) return false;
    if (!Array.isArray(list) || list.length === 0) return false;
    for (let i = 0; i < list.length; i++) if (!isValidFilter(list[i])) return false;
    return true;
  }
  const not = filter['not'];
  if (not !== undefined) return onlyKeys(filter, 'not') && isValidFilter(not);
  if (!onlyKeys(filter, 'field', 'op', 'value')) return false;
  const field = filter['field'];
  if (typeof field !== 'string' || !isFieldPath(field)) return false;
  const value = filter['value'];
  switch (filter['op']) {
    case 'eq':
    case 'ne':
    case 'contains':
      return isScalar(value);
    case 'in':
    case 'notIn':
      return validList(value);
    case 'lt':
    case 'lte':
    case 'gt':
    case 'gte':
      return typeof value === 'string' || Number.isFinite(value);
    case 'between': {
      if (!Array.isArray(value) || value.length !== 2) return false;
      const [low, high] = value as unknown[];
      const numbers = Number.isFinite(low) && Number.isFinite(high);
      const strings = typeof low === 'string' && typeof high === 'string';
      return (numbers || strings) && (low as number | string) <= (high as number | string);
    }
    case 'exists':
      return !Object.hasOwn(filter, 'value') || typeof value === 'boolean';
    default:
      return false;
  }
}
