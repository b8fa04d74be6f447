import { describe, fail } from '../../internal/errors.ts';
import { finiteNumber, nonNegativeNumber } from '../../internal/validate.ts';

/**
 * The z value behind published ACS margins of error: the Census Bureau publishes 90 % MOEs computed with
 * 1.645 (not 1.6448536…), so SE = MOE / 1.645 (Understanding and Using ACS Data 2018, ch. 7).
 *
 * @internal
 */
export const ACS_MOE_Z = 1.645;

/** @internal */
export interface CheckedAcsEstimate {
  readonly estimate: number;
  readonly moe: number;
}

/**
 * Checks an `{ estimate, moe }` pair: a finite estimate (≥ 0 unless `allowNegative`) and a finite MOE ≥ 0.
 *
 * @internal
 */
export function acsEstimate(value: unknown, path: string, fn: string, allowNegative = false): CheckedAcsEstimate {
  if (value === null || typeof value !== 'object') {
    fail('invalid_type', path, `${fn}: ${path} is ${describe(value)}; expected { estimate, moe }.`);
  }
  const record = value as { estimate?: unknown; moe?: unknown };
  const estimate = allowNegative
    ? finiteNumber(record.estimate, `${path}.estimate`, fn)
    : nonNegativeNumber(record.estimate, `${path}.estimate`, fn);
  const moe = nonNegativeNumber(record.moe, `${path}.moe`, fn);
  return { estimate, moe };
}

/**
 * Coefficient of variation SE / |estimate|, `null` when the estimate is 0.
 *
 * @internal
 */
export function coefficientOfVariation(standardError: number, estimate: number): number | null {
  return estimate === 0 ? null : standardError / Math.abs(estimate);
}
