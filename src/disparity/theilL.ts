import { fail } from '../internal/errors.ts';
import { knownKeys } from '../internal/validate.ts';
import { distribution, optionsObject, weightAt } from './internal/distribution.ts';
import type { TheilOptions } from './theilT.ts';

/**
 * Theil's L index, the mean log deviation (GE(0)), of positive values:
 *
 * L = (1/W) Σ wᵢ ln(μ/xᵢ), μ = Σwx / W.
 *
 * A zero value (with positive weight) makes L infinite, so it is an error here; use {@link theilT} or
 * {@link atkinson} for data with zeros. 0 is equality. Relative, scale invariant, decomposable by group with
 * population-share weights (the HEAT "MLD").
 *
 * @param values - Positive values (zeros only with weight 0).
 * @param options - `weights`.
 * @returns Theil's L, ≥ 0.
 * @throws {EquityLensError} when `values` is empty, a value is negative or not finite, a value with positive
 *   weight is 0, or weights are negative, of the wrong length or sum to 0.
 * @category Inequality
 * @example
 * ```ts
 * import { theilL } from "./theilL.ts";
 *
 * theilL([2, 2, 2]); // => 0
 * theilL([1, 4]); // => 0.22314355131420976 (= ln 2.5 − ½ ln 4)
 * ```
 */
export function theilL(values: readonly number[], options?: TheilOptions): number {
  const fn = 'theilL';
  const opts = optionsObject(options, fn);
  knownKeys(opts, ['weights'], 'options', fn);
  const d = distribution(values, opts['weights'], fn);
  let sum = 0;
  for (let i = 0; i < d.values.length; i++) {
    const w = weightAt(d, i);
    if (w === 0) continue;
    const x = d.values[i] as number;
    if (x === 0) {
      fail('out_of_range', `values[${i}]`, `${fn}: values[${i}] is 0; Theil L (mean log deviation) is infinite with a zero value — use theilT or atkinson, or drop the zero.`);
    }
    sum += w * Math.log(d.mean / x);
  }
  return Math.max(0, sum / d.totalWeight);
}
