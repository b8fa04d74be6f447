import { fail } from '../internal/errors.ts';
import { finiteNumber, nonNegativeNumber } from '../internal/validate.ts';

/**
 * Relative standard error, RSE = SE / |estimate| (a fraction: 0.3 is 30 %), the reliability measure NCHS and
 * the Census Bureau publish beside small-sample estimates (the ACS calls it the coefficient of variation, CV).
 *
 * Undefined (`null`) when the estimate is 0.
 *
 * @param estimate - The estimate (a rate, proportion, count or mean), finite.
 * @param standardError - Its standard error, finite and ≥ 0, in the estimate's units (for an ACS margin of
 *   error at 90 %, SE = MOE / 1.645).
 * @returns SE / |estimate|, or `null` when the estimate is 0.
 * @throws {EquityLensError} `invalid_type` / `not_finite` for a non-number; `out_of_range` for a negative standard error.
 * @category Disclosure
 * @example
 * ```ts
 * import { relativeStandardError } from "./relativeStandardError.ts";
 *
 * relativeStandardError(0.25, 0.05); // => 0.2
 * relativeStandardError(0, 0.01); // => null
 * ```
 */
export function relativeStandardError(estimate: number, standardError: number): number | null {
  const fn = 'relativeStandardError';
  const x = finiteNumber(estimate, 'estimate', fn);
  const se = nonNegativeNumber(standardError, 'standardError', fn);
  if (x === 0) return null;
  const rse = se / Math.abs(x);
  if (!Number.isFinite(rse)) fail('not_finite', 'standardError', `${fn}: standardError / |estimate| overflows; rescale the estimate.`);
  return rse;
}
