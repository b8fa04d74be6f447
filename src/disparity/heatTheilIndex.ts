import type { HeatGroup, HeatIntervalOptions, HeatMeasureResult } from './heatTypes.ts';
import { entropyMeasure } from './internal/heatEntropy.ts';

/** Options of {@link heatTheilIndex}. */
export type HeatTheilIndexOptions = HeatIntervalOptions;

/**
 * The Theil index of unordered subgroups (WHO HEAT `ti.R`; healthequal `ti()`), the population-weighted Theil T
 * of the subgroup estimates:
 *
 * TI = Σⱼ pⱼ rⱼ ln rⱼ, rⱼ = yⱼ/μ, μ = Σ pⱼ yⱼ,
 *
 * on its published scale (HEAT and healthequal print 1000·TI). It equals {@link theilT} of the estimates with
 * population weights; a zero estimate contributes 0 (healthequal replaces it by 10⁻⁶). 0 is equality. Relative,
 * complex. `null` when μ ≤ 0; estimates must be ≥ 0.
 *
 * Interval (normal, TI ± z·SE) from the subgroups' standard errors sⱼ by the delta method (HEAT 2.0 `ti.R`,
 * healthequal, Ahn et al. 2018):
 *
 * Var = Σⱼ (1 + ln rⱼ − Σₖ pₖ rₖ(1 + ln rₖ))² pⱼ² sⱼ²/μ²,
 *
 * with ln 0 taken as 0 for a zero estimate. (healthequal's printed interval adds this SE to 1000·TI; here value and
 * SE share one scale.) Without a `standardError` on every subgroup there is no interval.
 *
 * @param groups - Subgroups, any order; estimates ≥ 0.
 * @param options - `confidence` (default 0.95).
 * @returns TI with its interval.
 * @throws {EquityLensError} on invalid subgroups (see {@link heatSlopeIndex}), a negative estimate, or an unknown option.
 * @category HEAT measures
 * @example
 * ```ts
 * import { heatTheilIndex } from "./heatTheilIndex.ts";
 *
 * const districts = [
 *   { group: "D1", estimate: 0.3, population: 100, standardError: 0.02 },
 *   { group: "D2", estimate: 0.5, population: 300, standardError: 0.01 },
 * ];
 * const ti = heatTheilIndex(districts);
 * ti.value?.toFixed(4); // => "0.0202"
 * ti.standardError?.toFixed(4); // => "0.0049"
 * ```
 */
export function heatTheilIndex(groups: readonly HeatGroup[], options?: HeatTheilIndexOptions): HeatMeasureResult {
  return entropyMeasure(groups, options, 'heatTheilIndex', 'TI');
}
