import { knownKeys, openUnitInterval } from '../internal/validate.ts';
import type { PValueAdjustment, PValueAdjustOptions } from './holmAdjust.ts';
import { sortedPValues, stepUpAdjusted, stepUpRejections } from './internal/pValues.ts';

/**
 * Hochberg's step-up adjustment for multiple comparisons (Hochberg 1988), controlling the family-wise error rate
 * for independent or positively dependent tests, as R `p.adjust(p, "hochberg")` and statsmodels
 * `multipletests(p, alpha, method="simes-hochberg")`:
 *
 * with p₍₁₎ ≤ … ≤ p₍ₘ₎ sorted, adjusted p₍ᵢ₎ = min(1, min_{j ≥ i} (m − j + 1)·p₍ⱼ₎); the hypotheses (1)…(k) are
 * rejected where k is the largest i with p₍ᵢ₎ ≤ α/(m − i + 1).
 *
 * The step-up counterpart of {@link holmAdjust}: it rejects at least what Holm rejects, but needs the positive
 * dependence that Holm does not. Cost: O(m log m).
 *
 * @param pValues - Unadjusted p-values, each in [0, 1].
 * @param options - `alpha` (default 0.05), the family-wise error rate to control.
 * @returns Adjusted p-values and rejections in input order.
 * @throws {EquityLensError} when `pValues` is empty, holds a value outside [0, 1] or a non-number, or `alpha` is outside (0, 1).
 * @category Tests
 * @example
 * ```ts
 * import { hochbergAdjust } from "./hochbergAdjust.ts";
 *
 * // R: p.adjust(c(0.01, 0.04, 0.03, 0.005), "hochberg") → 0.03 0.04 0.04 0.02
 * const result = hochbergAdjust([0.01, 0.04, 0.03, 0.005]);
 * result.adjusted; // => [0.03, 0.04, 0.04, 0.02]
 * result.reject; // => [true, true, true, true]
 * ```
 */
export function hochbergAdjust(pValues: readonly number[], options: PValueAdjustOptions = {}): PValueAdjustment {
  const fn = 'hochbergAdjust';
  knownKeys(options, ['alpha'], 'options', fn);
  const alpha = options.alpha === undefined ? 0.05 : openUnitInterval(options.alpha, 'options.alpha', fn);
  const { values, order } = sortedPValues(pValues, fn);
  const m = values.length;
  const adjusted = stepUpAdjusted(values, order, (rank) => m - rank + 1);
  const reject = stepUpRejections(values, order, (rank) => alpha / (m - rank + 1));
  return { adjusted, reject, alpha, method: 'hochberg' };
}
