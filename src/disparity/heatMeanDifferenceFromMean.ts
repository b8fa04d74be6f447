import { knownKeys } from '../internal/validate.ts';
import type { HeatGroup, HeatMeasureResult } from './heatTypes.ts';
import { optionsObject } from './internal/distribution.ts';
import { heatGroups, weightedOption } from './internal/heat.ts';

/** Options of {@link heatMeanDifferenceFromMean}. */
export interface HeatMeanDifferenceFromMeanOptions {
  /** `true` (default): MDM, weighted by population share. `false`: MDMU, the unweighted mean over subgroups. */
  weighted?: boolean;
}

/**
 * The mean difference from the mean of unordered subgroups (WHO HEAT `mdm.R`):
 *
 * MDM = Σⱼ pⱼ |yⱼ − μ| (weighted) or (1/J) Σⱼ |yⱼ − μ| (unweighted), μ = Σ pⱼ yⱼ.
 *
 * In the estimate's units; 0 is equality. Absolute, complex.
 *
 * @param groups - Subgroups, any order.
 * @param options - `weighted` (default `true`).
 * @returns MDM (or MDMU).
 * @throws {EquityLensError} on invalid subgroups (see {@link heatSlopeIndex}) or a non-boolean `weighted`.
 * @category HEAT measures
 * @example
 * ```ts
 * import { heatMeanDifferenceFromMean } from "./heatMeanDifferenceFromMean.ts";
 *
 * const districts = [
 *   { group: "D1", estimate: 0.3, population: 100 },
 *   { group: "D2", estimate: 0.5, population: 300 },
 * ];
 * heatMeanDifferenceFromMean(districts).value?.toFixed(4); // => "0.0750"
 * ```
 */
export function heatMeanDifferenceFromMean(groups: readonly HeatGroup[], options?: HeatMeanDifferenceFromMeanOptions): HeatMeasureResult {
  const fn = 'heatMeanDifferenceFromMean';
  const opts = optionsObject(options, fn);
  knownKeys(opts, ['weighted'], 'options', fn);
  const weighted = weightedOption(opts['weighted'], fn, true);
  const checked = heatGroups(groups, fn);
  const n = checked.names.length;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const gap = Math.abs((checked.estimate[i] as number) - checked.mean);
    sum += weighted ? (checked.share[i] as number) * gap : gap / n;
  }
  return { measure: weighted ? 'MDM' : 'MDMU', value: sum, scale: 'absolute', ordered: false, weighted, mean: checked.mean, groups: n };
}
