import { finiteNumber } from '../internal/validate.ts';
import { erfcNonNegative } from './internal/special.ts';

/**
 * The standard normal cumulative distribution function Φ(z) = P(Z ≤ z).
 *
 * Computed as Φ(z) = ½·erfc(−z/√2), with erfc from its positive-term series near the centre and the Laplace
 * continued fraction in the tails (Abramowitz & Stegun 7.1.6 and 7.1.14), so lower-tail probabilities keep
 * full relative precision (Φ(−10) ≈ 7.62e−24, not 0). Accurate to about 1e−15 against scipy.stats.norm.cdf /
 * @stdlib/stats-base-dists-normal-cdf; no lookup tables (simple-statistics' table-based CDF is good to 1e−4 only).
 * `±Infinity` give 1 and 0.
 *
 * @param z - A standard normal deviate.
 * @returns P(Z ≤ z), in [0, 1].
 * @throws {EquityLensError} `not_finite` when `z` is NaN.
 * @category Distributions
 * @example
 * ```ts
 * import { normalCdf } from "./normalCdf.ts";
 *
 * normalCdf(0); // => 0.5
 * normalCdf(1.959963984540054); // => 0.9749999999999999
 * normalCdf(-10); // => 7.619853024160581e-24 (scipy: 7.619853024160527e-24)
 * ```
 */
export function normalCdf(z: number): number {
  if (z === Number.POSITIVE_INFINITY) return 1;
  if (z === Number.NEGATIVE_INFINITY) return 0;
  finiteNumber(z, 'z', 'normalCdf');
  // Stryker disable next-line EqualityOperator: equivalent — at z = ±0 both branches give 0.5, since erfcNonNegative(±0) = 1
  if (z < 0) return 0.5 * erfcNonNegative(-z / Math.SQRT2);
  return 1 - 0.5 * erfcNonNegative(z / Math.SQRT2);
}
