/**
 * Evaluation of declarative filters: field lookup by dotted path and the comparison of one field value.
 * Missing (absent, `undefined` or `null`) fields make every comparison false; `exists` tests presence.
 *
 * @internal
 * @module
 */
import type { Filter, GoalFilterCondition, GoalFilterScalar } from '../FilterSchema.ts';

const splitCache = new Map<string, readonly string[]>();
const SPLIT_CACHE_LIMIT = 4096;

/** The segments of a dotted field path; cached because strings are immutable. */
export function pathSegments(path: string): readonly string[] {
  let segments = splitCache.get(path);
  if (segments === undefined) {
    segments = path.split('.');
    if (splitCache.size >= SPLIT_CACHE_LIMIT) splitCache.clear();
    splitCache.set(path, segments);
  }
  return segments;
}

/**
 * Reads a field by its path segments: own properties of plain objects and arrays, or entries of a `Map`.
 * Returns `undefined` when any step is missing or the value is `null`.
 */
export function readField(record: unknown, segments: readonly string[]): unknown {
  let current: unknown = record;
  for (let i = 0; i < segments.length; i++) {
    if (current === null || typeof current !== 'object') return undefined;
    const key = segments[i] as string;
    if (current instanceof Map) current = current.get(key);
    else if (Object.hasOwn(current, key)) current = (current as Record<string, unknown>)[key];
    else return undefined;
  }
  return current === null ? undefined : current;
}

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

function isScalar(value: unknown): value is GoalFilterScalar {
  return typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function onlyKeys(value: Record<string, unknown>, a: string, b?: string, c?: string): boolean {
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
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
  if (!isPlainObject(filter)) return false;
  if (Object.hasOwn(filter, 'all') || Object.hasOwn(filter, 'any')) {
    const key = Object.hasOwn(filter, 'all') ? 'all' : 'any';
    if (!onlyKeys(filter, key)) return false;
    const list = filter[key];
    if (!Array.isArray(list) || list.length === 0) return false;
    for (let i = 0; i < list.length; i++) if (!isValidFilter(list[i])) return false;
    return true;
  }
  if (Object.hasOwn(filter, 'not')) return onlyKeys(filter, 'not') && isValidFilter(filter['not']);
  if (!onlyKeys(filter, 'field', 'op', 'value')) return false;
  const field = filter['field'];
  if (typeof field !== 'string' || !FIELD.test(field)) return false;
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
      return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
    case 'between': {
      if (!Array.isArray(value) || value.length !== 2) return false;
      const [low, high] = value as unknown[];
      const numbers = typeof low === 'number' && typeof high === 'number' && Number.isFinite(low) && Number.isFinite(high);
      const strings = typeof low === 'string' && typeof high === 'string';
      return (numbers || strings) && (low as number | string) <= (high as number | string);
    }
    case 'exists':
      return !Object.hasOwn(filter, 'value') || typeof value === 'boolean';
    default:
      return false;
  }
}
