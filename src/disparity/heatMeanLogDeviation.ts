import type { HeatGroup, HeatIntervalOptions, HeatMeasureResult } from './heatTypes.ts';
import { entropyMeasure } from './internal/heatEntropy.ts';

/** Options of {@link heatMeanLogDeviation}. */
export type HeatMeanLogDeviationOptions = HeatIntervalOptions;

/**
 * The mean log deviation of unordered subgroups (WHO HEAT `mld.R`; healthequal `mld()`), the population-weighted
 * Theil L of the subgroup estimates:
 *
 * MLD = Σⱼ pⱼ (−ln rⱼ), rⱼ = yⱼ/μ, μ = Σ pⱼ yⱼ,
 *
 * on its published scale (HEAT and healthequal print 1000·MLD). It equals {@link theilL} of the estimates with
 * population weights. 0 is equality. Relative, complex. `null` when μ = 0 or a subgroup with population has an
 * estimate of 0 (the index is infinite; healthequal replaces 0 by 10⁻⁶); estimates must be ≥ 0.
 *
 * Interval (normal, MLD ± z·SE) from the subgroups' standard errors sⱼ by the delta method (HEAT 2.0 `mld.R`,
 * healthequal, Ahn et al. 2018):
 *
 * Var = Σⱼ pⱼ² sⱼ² (1 − 1/rⱼ)² / μ².
 *
 * (healthequal's printed interval adds this SE to 1000·MLD; here value and SE share one scale.) Without a
 * `standardError` on every subgroup there is no interval.
 *
 * @param groups - Subgroups, any order; estimates ≥ 0.
 * @param options - `confidence` (default 0.95).
 * @returns MLD with its interval.
 * @throws {EquityLensError} on invalid subgroups (see {@link heatSlopeIndex}), a negative estimate, or an unknown option.
 * @category HEAT measures
 * @example
 * ```ts
 * import { heatMeanLogDeviation } from "./heatMeanLogDeviation.ts";
 *
 * const districts = [
 *   { group: "D1", estimate: 0.3, population: 100, standardError: 0.02 },
 *   { group: "D2", estimate: 0.5, population: 300, standardError: 0.01 },
 * ];
 * const mld = heatMeanLogDeviation(districts);
 * mld.value?.toFixed(4); // => "0.0223"
 * mld.standardError?.toFixed(4); // => "0.0058"
 * ```
 */
export function heatMeanLogDeviation(groups: readonly HeatGroup[], options?: HeatMeanLogDeviationOptions): HeatMeasureResult {
  return entropyMeasure(groups, options, 'heatMeanLogDeviation', 'MLD');
}
