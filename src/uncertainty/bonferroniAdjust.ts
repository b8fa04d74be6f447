import { knownKeys, openUnitInterval } from '../internal/validate.ts';
import type { PValueAdjustment, PValueAdjustOptions } from './holmAdjust.ts';
import { sortedPValues } from './internal/pValues.ts';

/**
 * The Bonferroni adjustment for multiple comparisons, controlling the family-wise error rate under any
 * dependence, as R `p.adjust(p, "bonferroni")` and statsmodels `multipletests(p, alpha, method="bonferroni")`:
 *
 * adjusted pᵢ = min(1, m·pᵢ); hypothesis i is rejected when pᵢ ≤ α/m.
 *
 * The simplest and most conservative procedure: {@link holmAdjust} rejects everything Bonferroni rejects and
 * possibly more, under the same assumptions, so prefer Holm unless a single per-test threshold must be published.
 * Cost: O(m).
 *
 * @param pValues - Unadjusted p-values, each in [0, 1].
 * @param options - `alpha` (default 0.05), the family-wise error rate to control.
 * @returns Adjusted p-values and rejections in input order.
 * @throws {EquityLensError} when `pValues` is empty, holds a value outside [0, 1] or a non-number, or `alpha` is outside (0, 1).
 * @category Tests
 * @example
 * ```ts
 * import { bonferroniAdjust } from "./bonferroniAdjust.ts";
 *
 * // R: p.adjust(c(0.01, 0.04, 0.03, 0.005), "bonferroni") → 0.04 0.16 0.12 0.02
 * const result = bonferroniAdjust([0.01, 0.04, 0.03, 0.005]);
 * result.adjusted; // => [0.04, 0.16, 0.12, 0.02]
 * result.reject; // => [true, false, false, true]
 * ```
 */
export function bonferroniAdjust(pValues: readonly number[], options: PValueAdjustOptions = {}): PValueAdjustment {
  const fn = 'bonferroniAdjust';
  knownKeys(options, ['alpha'], 'options', fn);
  const alpha = options.alpha === undefined ? 0.05 : openUnitInterval(options.alpha, 'options.alpha', fn);
  const { values } = sortedPValues(pValues, fn);
  const m = values.length;
  const adjusted = Array.from(values, (p) => Math.min(1, m * p));
  const reject = Array.from(values, (p) => p <= alpha / m);
  return { adjusted, reject, alpha, method: 'bonferroni' };
}
