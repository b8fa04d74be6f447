import { knownKeys, openUnitInterval } from '../internal/validate.ts';
import type { PValueAdjustment, PValueAdjustOptions } from './holmAdjust.ts';
import { sortedPValues } from './internal/pValues.ts';

/**
 * The Benjamini–Hochberg step-up adjustment (Benjamini & Hochberg 1995), controlling the false discovery rate
 * for independent or positively dependent tests, exactly as statsmodels
 * `multipletests(pvals, alpha, method="fdr_bh")` (`fdrcorrection`):
 *
 * with p₍₁₎ ≤ … ≤ p₍ₘ₎ sorted, adjusted p₍ᵢ₎ = min(1, min_{j ≥ i} p₍ⱼ₎ / (j/m)); the hypotheses (1)…(k) are
 * rejected where k is the largest i with p₍ᵢ₎ ≤ (i/m)·α.
 *
 * Cost: O(m log m).
 *
 * @param pValues - Unadjusted p-values, each in [0, 1].
 * @param options - `alpha` (default 0.05), the false discovery rate to control.
 * @returns Adjusted p-values (often called q-values) and rejections in input order.
 * @throws {EquityLensError} when `pValues` is empty, holds a value outside [0, 1] or a non-number, or `alpha` is outside (0, 1).
 * @category Tests
 * @example
 * ```ts
 * import { benjaminiHochbergAdjust } from "./benjaminiHochbergAdjust.ts";
 *
 * const result = benjaminiHochbergAdjust([0.01, 0.04, 0.03]);
 * result.adjusted; // => [0.030000000000000002, 0.04, 0.04]
 * result.reject; // => [true, true, true]
 * ```
 */
export function benjaminiHochbergAdjust(pValues: readonly number[], options: PValueAdjustOptions = {}): PValueAdjustment {
  const fn = 'benjaminiHochbergAdjust';
  knownKeys(options, ['alpha'], 'options', fn);
  const alpha = options.alpha === undefined ? 0.05 : openUnitInterval(options.alpha, 'options.alpha', fn);
  const { values, order } = sortedPValues(pValues, fn);
  const m = values.length;
  let lastRejected = -1;
  for (let i = 0; i < m; i++) {
    const p = values[order[i] as number] as number;
    if (p <= ((i + 1) / m) * alpha) lastRejected = i;
  }
  // Stryker disable next-line ArrayDeclaration: equivalent — every index 0…m−1 is assigned below
  const adjusted = new Array<number>(m);
  // Stryker disable next-line ArrayDeclaration: equivalent — every index 0…m−1 is assigned below
  const reject = new Array<boolean>(m);
  let running = Number.POSITIVE_INFINITY;
  for (let i = m - 1; i >= 0; i--) {
    const index = order[i] as number;
    running = Math.min(running, (values[index] as number) / ((i + 1) / m));
    adjusted[index] = Math.min(1, running);
    reject[index] = i <= lastRejected;
  }
  return { adjusted, reject, alpha, method: 'benjaminiHochberg' };
}
