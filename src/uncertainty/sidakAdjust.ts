import { knownKeys, openUnitInterval } from '../internal/validate.ts';
import type { PValueAdjustment, PValueAdjustOptions } from './holmAdjust.ts';
import { sortedPValues } from './internal/pValues.ts';

/**
 * The Šidák (single-step) adjustment for multiple comparisons (Šidák 1967), controlling the family-wise error
 * rate for independent (or positively orthant-dependent) tests, as statsmodels
 * `multipletests(p, alpha, method="sidak")`:
 *
 * adjusted pᵢ = 1 − (1 − pᵢ)^m; hypothesis i is rejected when pᵢ ≤ 1 − (1 − α)^(1/m).
 *
 * Both are computed as −expm1(m·log1p(−p)) and −expm1(log1p(−α)/m), as statsmodels does, so small p-values keep
 * their precision (R has no Šidák option; `1 - (1 - p)^m` loses the last digits). Slightly less conservative
 * than {@link bonferroniAdjust}. Cost: O(m).
 *
 * @param pValues - Unadjusted p-values, each in [0, 1].
 * @param options - `alpha` (default 0.05), the family-wise error rate to control.
 * @returns Adjusted p-values and rejections in input order.
 * @throws {EquityLensError} when `pValues` is empty, holds a value outside [0, 1] or a non-number, or `alpha` is outside (0, 1).
 * @category Tests
 * @example
 * ```ts
 * import { sidakAdjust } from "./sidakAdjust.ts";
 *
 * // statsmodels: multipletests([0.01, 0.04, 0.03, 0.005], method="sidak")[1] → 0.03940399 0.15065344 0.11470719 0.019850499375
 * const result = sidakAdjust([0.01, 0.04, 0.03, 0.005]);
 * result.adjusted.map((p) => Number(p.toFixed(12))); // => [0.03940399, 0.15065344, 0.11470719, 0.019850499375]
 * result.reject; // => [true, false, false, true]
 * ```
 */
export function sidakAdjust(pValues: readonly number[], options: PValueAdjustOptions = {}): PValueAdjustment {
  const fn = 'sidakAdjust';
  knownKeys(options, ['alpha'], 'options', fn);
  const alpha = options.alpha === undefined ? 0.05 : openUnitInterval(options.alpha, 'options.alpha', fn);
  const { values } = sortedPValues(pValues, fn);
  const m = values.length;
  const threshold = -Math.expm1(Math.log1p(-alpha) / m);
  const adjusted = Array.from(values, (p) => Math.min(1, -Math.expm1(m * Math.log1p(-p))));
  const reject = Array.from(values, (p) => p <= threshold);
  return { adjusted, reject, alpha, method: 'sidak' };
}
