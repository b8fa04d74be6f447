import { knownKeys } from '../internal/validate.ts';
import type { HeatGroup, HeatIntervalOptions, HeatMeasureResult } from './heatTypes.ts';
import { optionsObject } from './internal/distribution.ts';
import { heatGroups } from './internal/heat.ts';
import { heatConfidence, missingStandardErrors, noInterval, normalInterval } from './internal/heatInterval.ts';

/** Options of {@link heatBetweenGroupVariance}. */
export type HeatBetweenGroupVarianceOptions = HeatIntervalOptions;

/**
 * The between-group variance of unordered subgroups (WHO HEAT `bgv.R`):
 *
 * BGV = Σⱼ pⱼ (yⱼ − μ)², μ = Σ pⱼ yⱼ.
 *
 * In the estimate's units squared; 0 is equality. Absolute, complex.
 *
 * Interval (normal, BGV ± z·SE) from the subgroups' standard errors sⱼ, by the variance of Ahn et al. (2018,
 * "Variance estimation and confidence intervals for 11 commonly used health disparity measures", JCO Clinical
 * Cancer Informatics 2:1–19) that HEAT (`bgv.R`, `calc_bgv.R`) and healthequal (`bgv()`) use:
 *
 * Var = 4 Σ pⱼ²sⱼ²(yⱼ − μ)² + 2[(Σ pⱼ²sⱼ²)² − Σ pⱼ⁴sⱼ⁴ + Σ pⱼ²(1 − pⱼ)²sⱼ⁴].
 *
 * Without a `standardError` on every subgroup there is no interval.
 *
 * @param groups - Subgroups, any order.
 * @param options - `confidence` (default 0.95).
 * @returns BGV with its interval.
 * @throws {EquityLensError} on invalid subgroups (see {@link heatSlopeIndex}) or an unknown option.
 * @category HEAT measures
 * @example
 * ```ts
 * import { heatBetweenGroupVariance } from "./heatBetweenGroupVariance.ts";
 *
 * const districts = [
 *   { group: "D1", estimate: 0.3, population: 100, standardError: 0.02 },
 *   { group: "D2", estimate: 0.5, population: 300, standardError: 0.01 },
 * ];
 * const bgv = heatBetweenGroupVariance(districts);
 * bgv.value?.toFixed(4); // => "0.0075"
 * bgv.standardError?.toFixed(4); // => "0.0017"
 * ```
 */
export function heatBetweenGroupVariance(groups: readonly HeatGroup[], options?: HeatBetweenGroupVarianceOptions): HeatMeasureResult {
  const fn = 'heatBetweenGroupVariance';
  const opts = optionsObject(options, fn);
  knownKeys(opts, ['confidence'], 'options', fn);
  const confidence = heatConfidence(opts['confidence'], fn);
  const checked = heatGroups(groups, fn);
  let sum = 0;
  for (let i = 0; i < checked.names.length; i++) {
    const d = (checked.estimate[i] as number) - checked.mean;
    sum += (checked.share[i] as number) * d * d;
  }
  const base = { measure: 'BGV' as const, value: sum, scale: 'absolute' as const, ordered: false, weighted: true, mean: checked.mean, groups: checked.names.length };
  const missing = missingStandardErrors(checked);
  if (missing !== undefined) return { ...base, ...noInterval(confidence, missing) };
  const se = checked.standardError as Float64Array;
  let spread = 0;
  let squares = 0;
  let fourth = 0;
  let complement = 0;
  for (let i = 0; i < checked.names.length; i++) {
    const p2s2 = (checked.share[i] as number) ** 2 * (se[i] as number) ** 2;
    const q = 1 - (checked.share[i] as number);
    spread += p2s2 * ((checked.estimate[i] as number) - checked.mean) ** 2;
    squares += p2s2;
    fourth += p2s2 * p2s2;
    complement += p2s2 * q * q * (se[i] as number) ** 2;
  }
  const variance = 4 * spread + 2 * (squares * squares - fourth + complement);
  return { ...base, ...normalInterval(sum, Math.sqrt(Math.max(0, variance)), 'subgroupStandardErrors', confidence) };
}
