import { fail } from '../internal/errors.ts';
import { knownKeys } from '../internal/validate.ts';
import { distinctValues, distribution, optionsObject } from './internal/distribution.ts';

/** Options of {@link gini}. */
export interface GiniOptions {
  /** One non-negative weight per value (population, households); default every weight 1. Frequency weights give the Gini of the expanded data. */
  weights?: readonly number[];
  /**
   * `'none'` (default): the population Gini, as R `ineq::Gini(corr = FALSE)`, PySAL `inequality` and
   * `accessibility::gini_index`. `'n-1'`: the small-sample correction G·n/(n − 1), as `ineq::Gini(corr = TRUE)`,
   * DescTools `Gini` (its default) and acid `weighted.gini`'s `bcGini`; n is the number of values, not Σw.
   */
  correction?: 'none' | 'n-1';
}

/**
 * The Gini coefficient of non-negative values: the mean absolute difference between all pairs, divided by
 * twice the mean,
 *
 * G = Σᵢ Σⱼ wᵢ wⱼ |xᵢ − xⱼ| / (2 W² μ), W = Σw, μ = Σwx / W,
 *
 * computed in O(n log n) from the sorted values as G = Σᵢ wᵢ xᵢ (2Bᵢ + wᵢ − W) / (W · Σwx), Bᵢ the weight
 * sorted before item i (the rank formula 2Σ i·x₍ᵢ₎/(nΣx) − (n + 1)/n when unweighted; the same number as the
 * Lorenz trapezoid 1 − Σ pᵢ(Lᵢ₋₁ + Lᵢ)). 0 is perfect equality; the maximum is (n − 1)/n. Scale invariant,
 * unitless, a relative measure.
 *
 * Negative values are rejected (they can push G above 1: DescTools returns NA, PolicyEngine drops them).
 *
 * @param values - Non-negative values (incomes, service hours per resident), at least one positive.
 * @param options - `weights` and `correction` (default `'none'`).
 * @returns The Gini coefficient, in [0, 1).
 * @throws {EquityLensError} when `values` is empty or not an array, a value is negative or not finite, every
 *   value is 0, weights are negative, of the wrong length or sum to 0, `correction` is unknown, or
 *   `correction: 'n-1'` is asked of a single value.
 * @category Inequality
 * @example
 * ```ts
 * import { gini } from "./gini.ts";
 *
 * gini([1, 2, 3, 4]); // => 0.25
 * gini([1, 2, 3, 4], { correction: "n-1" }); // => 0.3333333333333333
 * gini([1, 4], { weights: [3, 1] }); // => 0.32142857142857145 (the Gini of [1, 1, 1, 4])
 * ```
 */
export function gini(values: readonly number[], options?: GiniOptions): number {
  const fn = 'gini';
  const opts = optionsObject(options, fn);
  knownKeys(opts, ['weights', 'correction'], 'options', fn);
  const correction = opts['correction'] ?? 'none';
  if (correction !== 'none' && correction !== 'n-1') {
    fail('invalid_value', 'options.correction', `${fn}: options.correction is ${JSON.stringify(correction)}; use 'none' (population Gini) or 'n-1'.`);
  }
  const d = distribution(values, opts['weights'], fn);
  const n = d.values.length;
  if (correction === 'n-1' && n < 2) {
    fail('too_short', 'values', `${fn}: correction 'n-1' needs at least two values (n/(n − 1) is undefined for one); pass more values or use 'none'.`);
  }
  const x = d.values;
  const w = d.weights;
  const total = d.totalWeight;
  let numerator = 0;
  // Stryker disable next-line ConditionalExpression: equivalent — the pooled path with unit weights sums the same terms (Σ of 2i + 1 − n over a tie group of w from rank B is w(2B + w − n)), grouped by value: equal up to rounding
  if (w === null) {
    const sorted = Float64Array.from(x).sort();
    for (let i = 0; i < n; i++) numerator += (sorted[i] as number) * (2 * i + 1 - n);
  } else {
    // Tied values contribute nothing to |xᵢ − xⱼ|, so items can be pooled by distinct value.
    const { distinct, weight } = distinctValues(x, w);
    let before = 0;
    for (let k = 0; k < distinct.length; k++) {
      const wk = weight[k] as number;
      numerator += wk * (distinct[k] as number) * (2 * before + wk - total);
      before += wk;
    }
  }
  const g = Math.max(0, numerator / (total * total * d.mean));
  return correction === 'n-1' ? (g * n) / (n - 1) : g;
}
