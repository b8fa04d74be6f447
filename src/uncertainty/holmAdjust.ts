import { knownKeys, openUnitInterval } from '../internal/validate.ts';
import { sortedPValues } from './internal/pValues.ts';

/** Options of {@link holmAdjust}, {@link benjaminiHochbergAdjust} and the other p-value adjustments. */
export interface PValueAdjustOptions {
  /** The family-wise error rate (Bonferroni, Šidák, Holm, Hochberg, Hommel) or false discovery rate (Benjamini–Hochberg, Benjamini–Yekutieli) to control, in (0, 1). Default 0.05. */
  alpha?: number;
}

/**
 * The multiple-comparison procedures: family-wise error rate — `'bonferroni'`, `'sidak'`, `'holm'`, `'hochberg'`,
 * `'hommel'` — or false discovery rate — `'benjaminiHochberg'`, `'benjaminiYekutieli'`.
 */
export type PValueAdjustmentMethod =
  | 'bonferroni'
  | 'sidak'
  | 'holm'
  | 'hochberg'
  | 'hommel'
  | 'benjaminiHochberg'
  | 'benjaminiYekutieli';

/** Adjusted p-values and rejections, in the order the p-values were given. */
export interface PValueAdjustment {
  /** Adjusted p-values, one per input p-value, capped at 1. */
  readonly adjusted: number[];
  /** Whether each hypothesis is rejected at `alpha`. */
  readonly reject: boolean[];
  /** The level used. */
  readonly alpha: number;
  /** The procedure. */
  readonly method: PValueAdjustmentMethod;
}

/**
 * Holm's step-down adjustment for multiple comparisons (Holm 1979), controlling the family-wise error rate,
 * exactly as statsmodels `multipletests(pvals, alpha, method="holm")`:
 *
 * with p₍₁₎ ≤ … ≤ p₍ₘ₎ sorted, adjusted p₍ᵢ₎ = min(1, max_{j ≤ i} (m − j + 1)·p₍ⱼ₎); hypothesis (i) is rejected
 * when p₍ⱼ₎ ≤ α/(m − j + 1) for every j ≤ i (the step-down stops at the first failure).
 *
 * Equal p-values keep their input order. DataKind's San José response-equity report applies Holm across its
 * three demographic tests. Cost: O(m log m).
 *
 * @param pValues - Unadjusted p-values, each in [0, 1].
 * @param options - `alpha` (default 0.05).
 * @returns Adjusted p-values and rejections in input order.
 * @throws {EquityLensError} when `pValues` is empty, holds a value outside [0, 1] or a non-number, or `alpha` is outside (0, 1).
 * @category Tests
 * @example
 * ```ts
 * import { holmAdjust } from "./holmAdjust.ts";
 *
 * const result = holmAdjust([0.01, 0.04, 0.03]);
 * result.adjusted; // => [0.03, 0.06, 0.06]
 * result.reject; // => [true, false, false]
 * ```
 */
export function holmAdjust(pValues: readonly number[], options: PValueAdjustOptions = {}): PValueAdjustment {
  const fn = 'holmAdjust';
  knownKeys(options, ['alpha'], 'options', fn);
  const alpha = options.alpha === undefined ? 0.05 : openUnitInterval(options.alpha, 'options.alpha', fn);
  const { values, order } = sortedPValues(pValues, fn);
  const m = values.length;
  // Stryker disable next-line ArrayDeclaration: equivalent — every index 0…m−1 is assigned below
  const adjusted = new Array<number>(m);
  // Stryker disable next-line ArrayDeclaration: equivalent — every index 0…m−1 is assigned below
  const reject = new Array<boolean>(m);
  let running = 0;
  let stillRejecting = true;
  for (let i = 0; i < m; i++) {
    const index = order[i] as number;
    const p = values[index] as number;
    const factor = m - i;
    // statsmodels compares p with alpha / (m − i) (not p·(m − i) with alpha); the two can differ in the last bit.
    if (p > alpha / factor) stillRejecting = false;
    running = Math.max(running, p * factor);
    adjusted[index] = Math.min(1, running);
    reject[index] = stillRejecting;
  }
  return { adjusted, reject, alpha, method: 'holm' };
}
