/**
 * Validation of the options the trend functions share.
 *
 * @internal
 * @module
 */
import { describe, fail } from '../../internal/errors.ts';
import { openUnitInterval, optionsObject } from '../../internal/validate.ts';

import type { TrendDirection } from '../progressToTarget.ts';

/** Which way is better for an indicator (alias kept short inside the module). */
export type Direction = TrendDirection;

/**
 * Checks the options object: absent or a plain object with only the allowed keys. Returns it (or `{}`).
 *
 * @internal
 */
export function checkOptions<T extends object>(options: T | undefined, allowed: readonly string[], fn: string): T {
  return optionsObject(options, allowed, fn) as T;
}

/**
 * Reads a confidence level (default 0.95), strictly inside (0, 1).
 *
 * @internal
 */
export function confidenceLevel(value: unknown, fn: string, path = 'options.confidence'): number {
  if (value === undefined) return 0.95;
  return openUnitInterval(value, path, fn);
}

/**
 * Reads a significance level α (default 0.05), strictly inside (0, 1).
 *
 * @internal
 */
export function significanceLevel(value: unknown, fn: string, path = 'options.alpha'): number {
  if (value === undefined) return 0.05;
  return openUnitInterval(value, path, fn);
}

/**
 * Reads one of a set of string choices, with its default.
 *
 * @internal
 */
export function choice<T extends string>(value: unknown, allowed: readonly T[], fallback: T, path: string, fn: string): T {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    fail('invalid_value', path, `${fn}: ${path} is ${describe(value)}; expected one of ${allowed.map((a) => `"${a}"`).join(', ')}.`);
  }
  return value as T;
}

/**
 * Reads a boolean option with its default.
 *
 * @internal
 */
export function flag(value: unknown, fallback: boolean, path: string, fn: string): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') fail('invalid_type', path, `${fn}: ${path} is ${describe(value)}; expected true or false.`);
  return value;
}

/**
 * Reads a direction option.
 *
 * @internal
 */
export function directionOption(value: unknown, path: string, fn: string): Direction | undefined {
  if (value === undefined) return undefined;
  return choice<Direction>(value, ['higherIsBetter', 'lowerIsBetter'], 'higherIsBetter', path, fn);
}
