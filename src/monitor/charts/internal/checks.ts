/**
 * Input checks shared by the chart builders.
 *
 * @internal
 * @module
 */
import { describe, fail } from '../../../internal/errors.ts';
import { finiteNumber } from '../../../internal/validate.ts';

/** Checks a value is a plain object. @internal */
export function object(value: unknown, path: string, fn: string, shape: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    fail('invalid_type', path, `${fn}: ${path} is ${describe(value)}; expected ${shape}.`);
  }
  return value as Record<string, unknown>;
}

/** Checks an optional string. @internal */
export function optionalString(value: unknown, path: string, fn: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') fail('invalid_type', path, `${fn}: ${path} is ${describe(value)}; expected a string.`);
  return value;
}

/** Checks a group name: a non-empty string. @internal */
export function groupName(value: unknown, path: string, fn: string): string {
  if (typeof value !== 'string' || value === '') {
    fail('invalid_type', path, `${fn}: ${path} is ${describe(value)}; expected a group name (a non-empty string).`);
  }
  return value;
}

/** Checks an optional finite number (`null` and `undefined` pass as missing). @internal */
export function optionalNumber(value: unknown, path: string, fn: string): number | null {
  if (value === undefined || value === null) return null;
  return finiteNumber(value, path, fn);
}

/** Checks an optional lower/upper pair: both or neither, lower ≤ upper. @internal */
export function interval(lower: unknown, upper: unknown, path: string, fn: string): { lower: number; upper: number } | null {
  const lo = optionalNumber(lower, `${path}.lower`, fn);
  const hi = optionalNumber(upper, `${path}.upper`, fn);
  if (lo === null && hi === null) return null;
  if (lo === null || hi === null) {
    const missing = lo === null ? 'lower' : 'upper';
    fail('missing_field', `${path}.${missing}`, `${fn}: ${path}.${missing} is missing; give lower and upper together, or neither.`);
  }
  if (lo > hi) fail('out_of_range', `${path}.lower`, `${fn}: ${path}.lower is ${lo} but upper is ${hi}; lower must not exceed upper (swapped?).`);
  return { lower: lo, upper: hi };
}

/** Checks an optional positive size in pixels. @internal */
export function pixels(value: unknown, fallback: number, path: string, fn: string): number {
  if (value === undefined) return fallback;
  const x = finiteNumber(value, path, fn);
  if (!(x > 0)) fail('out_of_range', path, `${fn}: ${path} is ${x}; expected a size in pixels > 0.`);
  return x;
}
