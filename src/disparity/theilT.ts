import { knownKeys } from '../internal/validate.ts';
import { distribution, optionsObject, weightAt } from './internal/distribution.ts';

/** Options of {@link theilT} and {@link theilL}. */
export interface TheilOptions {
  /** One non-negative weight per value; default every weight 1. Frequency weights give the index of the expanded data. */
  weights?: readonly number[];
}

/**
 * Theil's T index (GE(1), the Theil entropy index) of non-negative values:
 *
 * T = (1/W) Σ wᵢ (xᵢ/μ) ln(xᵢ/μ), μ = Σwx / W,
 *
 * with 0·ln 0 = 0, so zeros contribute 0 **and count in the mean** (as PySAL `inequality.theil.Theil`; R
 * `ineq::Theil` drops zeros before the mean and returns 0.2516 instead of 0.5393 for [0,0,5,5,10,20,20,40]).
 * 0 is equality; the maximum is ln n. Relative, scale invariant, decomposable by group.
 *
 * @param values - Non-negative values, at least one positive.
 * @param options - `weights`.
 * @returns Theil's T, ≥ 0.
 * @throws {EquityLensError} when `values` is empty, a value is negative or not finite, every value is 0, or
 *   weights are negative, of the wrong length or sum to 0.
 * @category Inequality
 * @example
 * ```ts
 * import { theilT } from "./theilT.ts";
 *
 * theilT([1, 1, 1, 1]); // => 0
 * Number(theilT([0, 0, 5, 5, 10, 20, 20, 40]).toFixed(4)); // => 0.5393
 * ```
 */
export function theilT(values: readonly number[], options?: TheilOptions): number {
  const fn = 'theilT';
  const opts = optionsObject(options, fn);
  knownKeys(opts, ['weights'], 'options', fn);
  const d = distribution(values, opts['weights'], fn);
  let sum = 0;
  for (let i = 0; i < d.values.length; i++) {
    const r = (d.values[i] as number) / d.mean;
    if (r > 0) sum += weightAt(d, i) * r * Math.log(r);
  }
  return Math.max(0, sum / d.totalWeight);
}
