import { knownKeys } from '../internal/validate.ts';
import type { HeatGroup, HeatMeasureResult, HeatSimulationOptions } from './heatTypes.ts';
import { optionsObject } from './internal/distribution.ts';
import { heatGroups, weightedOption } from './internal/heat.ts';
import { heatConfidence, simulationInterval } from './internal/heatInterval.ts';

/** Options of {@link heatMeanDifferenceFromMean}. */
export interface HeatMeanDifferenceFromMeanOptions extends HeatSimulationOptions {
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
 * Interval by simulation, as HEAT (`calc_mdmw.R`) and healthequal (`mdmw()`, `mdmu()`): the measure, μ
 * included, recomputed on `simulations` data sets drawn from the subgroups' estimates and `standardError`s
 * (seeded, see {@link HeatSimulationOptions}), and the percentiles of the results. Without a `standardError`
 * on every subgroup there is no interval.
 *
 * @param groups - Subgroups, any order.
 * @param options - `weighted` (default `true`); `confidence` (0.95), `simulations` (100), `seed` (123456) and `bounds` (`'proportion'`) of the interval.
 * @returns MDM (or MDMU) with its simulation interval.
 * @throws {EquityLensError} on invalid subgroups (see {@link heatSlopeIndex}), an invalid option, or (when
 *   standard errors are given) an estimate outside `bounds`.
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
  knownKeys(opts, ['weighted', 'confidence', 'simulations', 'seed', 'bounds'], 'options', fn);
  const weighted = weightedOption(opts['weighted'], fn, true);
  const confidence = heatConfidence(opts['confidence'], fn);
  const checked = heatGroups(groups, fn);
  const n = checked.names.length;
  const difference = (estimates: Float64Array): number => {
    let mean = 0;
    for (let i = 0; i < n; i++) mean += (checked.share[i] as number) * (estimates[i] as number);
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const gap = Math.abs((estimates[i] as number) - mean);
      sum += weighted ? (checked.share[i] as number) * gap : gap / n;
    }
    return sum;
  };
  const value = difference(checked.estimate);
  return {
    measure: weighted ? 'MDM' : 'MDMU',
    value,
    scale: 'absolute',
    ordered: false,
    weighted,
    mean: checked.mean,
    groups: n,
    ...simulationInterval(checked, opts, confidence, difference, fn),
  };
}
