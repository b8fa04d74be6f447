import { knownKeys, openUnitInterval } from '../internal/validate.ts';
import type { PValueAdjustment, PValueAdjustOptions } from './holmAdjust.ts';
import { sortedPValues, stepUpAdjusted, stepUpRejections } from './internal/pValues.ts';

/**
 * The Benjamini–Yekutieli step-up adjustment (Benjamini & Yekutieli 2001), controlling the false discovery rate
 * under any dependence between the tests, as R `p.adjust(p, "BY")` and statsmodels
 * `multipletests(p, alpha, method="fdr_by")`:
 *
 * with c(m) = Σ_{k=1}^{m} 1/k and p₍₁₎ ≤ … ≤ p₍ₘ₎ sorted, adjusted p₍ᵢ₎ = min(1, min_{j ≥ i} c(m)·(m/j)·p₍ⱼ₎);
 * the hypotheses (1)…(k) are rejected where k is the largest i with p₍ᵢ₎ ≤ i·α/(m·c(m)).
 *
 * {@link benjaminiHochbergAdjust} divided by c(m) (≈ ln m + 0.58): use it when the tests can be negatively
 * dependent — overlapping groups, shares of one total — where Benjamini–Hochberg's guarantee does not hold.
 * Cost: O(m log m).
 *
 * @param pValues - Unadjusted p-values, each in [0, 1].
 * @param options - `alpha` (default 0.05), the false discovery rate to control.
 * @returns Adjusted p-values and rejections in input order.
 * @throws {EquityLensError} when `pValues` is empty, holds a value outside [0, 1] or a non-number, or `alpha` is outside (0, 1).
 * @category Tests
 * @example
 * ```ts
 * import { benjaminiYekutieliAdjust } from "./benjaminiYekutieliAdjust.ts";
 *
 * // R: p.adjust(c(0.01, 0.04, 0.03, 0.005), "BY") → 0.04166667 0.08333333 0.08333333 0.04166667
 * const result = benjaminiYekutieliAdjust([0.01, 0.04, 0.03, 0.005]);
 * result.adjusted.map((p) => Number(p.toFixed(8))); // => [0.04166667, 0.08333333, 0.08333333, 0.04166667]
 * result.reject; // => [true, false, false, true]
 * ```
 */
export function benjaminiYekutieliAdjust(pValues: readonly number[], options: PValueAdjustOptions = {}): PValueAdjustment {
  const fn = 'benjaminiYekutieliAdjust';
  knownKeys(options, ['alpha'], 'options', fn);
  const alpha = options.alpha === undefined ? 0.05 : openUnitInterval(options.alpha, 'options.alpha', fn);
  const { values, order } = sortedPValues(pValues, fn);
  const m = values.length;
  let harmonic = 0;
  for (let k = 1; k <= m; k++) harmonic += 1 / k;
  // R's order of operations, q * n / i * p, so adjusted values agree with p.adjust to the last bit.
  const adjusted = stepUpAdjusted(values, order, (rank) => (harmonic * m) / rank);
  const reject = stepUpRejections(values, order, (rank) => (rank / m / harmonic) * alpha);
  return { adjusted, reject, alpha, method: 'benjaminiYekutieli' };
}
