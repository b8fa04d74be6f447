import { knownKeys, openUnitInterval } from '../internal/validate.ts';
import type { PValueAdjustment, PValueAdjustOptions } from './holmAdjust.ts';
import { sortedPValues } from './internal/pValues.ts';

/**
 * Hommel's adjustment for multiple comparisons (Hommel 1988), a closed test built on Simes' test that controls
 * the family-wise error rate for independent or positively dependent tests, with the adjusted p-values of R
 * `p.adjust(p, "hommel")` (Wright 1992's algorithm); hypothesis i is rejected when its adjusted p-value is
 * ≤ α, as statsmodels `multipletests(p, alpha, method="hommel")` decides.
 *
 * With p₍₁₎ ≤ … ≤ p₍ₘ₎ sorted: start from a = min_i m·p₍ᵢ₎/i for every hypothesis; for j = m − 1 down to 2, let
 * c = min_{2 ≤ k ≤ j} j·p₍ₘ₋ⱼ₊ₖ₎/k, set qᵢ = min(j·p₍ᵢ₎, c) for i ≤ m − j + 1 and qᵢ = q₍ₘ₋ⱼ₊₁₎ above, and raise
 * a to max(a, q); the adjusted p-value is max(a, p). With two p-values it equals Hochberg's.
 *
 * Uniformly more powerful than {@link hochbergAdjust} under the same assumptions, at O(m²) cost.
 *
 * @param pValues - Unadjusted p-values, each in [0, 1].
 * @param options - `alpha` (default 0.05), the family-wise error rate to control.
 * @returns Adjusted p-values and rejections in input order.
 * @throws {EquityLensError} when `pValues` is empty, holds a value outside [0, 1] or a non-number, or `alpha` is outside (0, 1).
 * @category Tests
 * @example
 * ```ts
 * import { hommelAdjust } from "./hommelAdjust.ts";
 *
 * // R: p.adjust(c(0.01, 0.02, 0.04, 0.3), "hommel") → 0.04 0.06 0.08 0.30
 * const result = hommelAdjust([0.01, 0.02, 0.04, 0.3]);
 * result.adjusted.map((p) => Number(p.toFixed(12))); // => [0.04, 0.06, 0.08, 0.3]
 * result.reject; // => [true, false, false, false]
 * ```
 */
export function hommelAdjust(pValues: readonly number[], options: PValueAdjustOptions = {}): PValueAdjustment {
  const fn = 'hommelAdjust';
  knownKeys(options, ['alpha'], 'options', fn);
  const alpha = options.alpha === undefined ? 0.05 : openUnitInterval(options.alpha, 'options.alpha', fn);
  const { values, order } = sortedPValues(pValues, fn);
  const m = values.length;
  // m = 1 and m = 2 need no case of their own: the loop over j is empty, and max(min_i m·p₍ᵢ₎/i, p₍ᵢ₎) is p itself
  // for one p-value and Hochberg's min(2·p₍₁₎, p₍₂₎), p₍₂₎ for two.
  const p = Float64Array.from(order, (index) => values[index] as number);
  let start = Number.POSITIVE_INFINITY;
  for (let i = 0; i < m; i++) start = Math.min(start, (m * (p[i] as number)) / (i + 1));
  const a = new Float64Array(m).fill(start);
  const q = new Float64Array(m).fill(start);
  for (let j = m - 1; j >= 2; j--) {
    // 0-based: the first m − j + 1 sorted p-values, then the j − 1 above them paired with k = 2 … j.
    const split = m - j + 1;
    let c = Number.POSITIVE_INFINITY;
    for (let k = 2; k <= j; k++) c = Math.min(c, (j * (p[split + k - 2] as number)) / k);
    // Those above split − 1 all take its value; the first split are then min(j·p₍ᵢ₎, c).
    q.fill(Math.min(j * (p[split - 1] as number), c), split);
    for (let i = 0; i < split; i++) q[i] = Math.min(j * (p[i] as number), c);
    for (let i = 0; i < m; i++) a[i] = Math.max(a[i] as number, q[i] as number);
  }
  // Stryker disable next-line ArrayDeclaration: equivalent — every index 0…m−1 is assigned below
  const adjusted = new Array<number>(m);
  for (let i = 0; i < m; i++) adjusted[order[i] as number] = Math.max(a[i] as number, p[i] as number);
  const reject = adjusted.map((value) => value <= alpha);
  return { adjusted, reject, alpha, method: 'hommel' };
}
