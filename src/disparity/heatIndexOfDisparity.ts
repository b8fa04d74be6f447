import { knownKeys } from '../internal/validate.ts';
import type { HeatGroup, HeatMeasureResult, HeatSimulationOptions } from './heatTypes.ts';
import { optionsObject } from './internal/distribution.ts';
import { heatGroups, weightedOption } from './internal/heat.ts';
import { heatConfidence, noInterval, simulationInterval } from './internal/heatInterval.ts';

/** Options of {@link heatIndexOfDisparity}. */
export interface HeatIndexOfDisparityOptions extends HeatSimulationOptions {
  /** `false` (default): IDis, the unweighted mean over subgroups. `true`: IDisW, weighted by population share. */
  weighted?: boolean;
}

/**
 * The index of disparity of unordered subgroups (Pearcy & Keppel 2002; WHO HEAT `idis.R`, `idisw.R`), in
 * percent of the mean:
 *
 * IDis = 100 · (1/J) Σⱼ |yⱼ − μ| / μ, IDisW = 100 · Σⱼ pⱼ |yⱼ − μ| / μ,
 *
 * where μ = Σ pⱼ yⱼ is the **population-weighted** mean in both cases (as HEAT). 0 is equality. Relative,
 * complex. `null` when μ = 0.
 *
 * Interval by simulation, as HEAT: `simulations` data sets drawn from the subgroups' estimates and
 * `standardError`s (seeded, see {@link HeatSimulationOptions}), the index recomputed on each — μ included —
 * and the percentiles of the results. (healthequal's `idisw()` keeps the observed μ in its simulations; HEAT's
 * `calc_idisw.R` and healthequal's `idisu()` recompute it, as here.) Without a `standardError` on every
 * subgroup there is no interval.
 *
 * @param groups - Subgroups, any order.
 * @param options - `weighted` (default `false`); `confidence` (0.95), `simulations` (100), `seed` (123456) and `bounds` (`'proportion'`) of the interval.
 * @returns IDis or IDisW, in percent, with its simulation interval.
 * @throws {EquityLensError} on invalid subgroups (see {@link heatSlopeIndex}), an invalid option, or (when
 *   standard errors are given) an estimate outside `bounds`.
 * @category HEAT measures
 * @example
 * ```ts
 * import { heatIndexOfDisparity } from "./heatIndexOfDisparity.ts";
 *
 * const districts = [
 *   { group: "D1", estimate: 0.3, population: 200, standardError: 0.03 },
 *   { group: "D2", estimate: 0.5, population: 200, standardError: 0.04 },
 * ];
 * const idis = heatIndexOfDisparity(districts);
 * idis.value?.toFixed(2); // => "25.00"
 * [idis.lower?.toFixed(1), idis.upper?.toFixed(1)]; // => ["14.4", "35.7"]
 * ```
 */
export function heatIndexOfDisparity(groups: readonly HeatGroup[], options?: HeatIndexOfDisparityOptions): HeatMeasureResult {
  const fn = 'heatIndexOfDisparity';
  const opts = optionsObject(options, fn);
  knownKeys(opts, ['weighted', 'confidence', 'simulations', 'seed', 'bounds'], 'options', fn);
  const weighted = weightedOption(opts['weighted'], fn, false);
  const confidence = heatConfidence(opts['confidence'], fn);
  const checked = heatGroups(groups, fn);
  const n = checked.names.length;
  const base = { measure: weighted ? ('IDisW' as const) : ('IDis' as const), scale: 'relative' as const, ordered: false, weighted, mean: checked.mean, groups: n };
  const index = (estimates: Float64Array): number | null => {
    let mean = 0;
    for (let i = 0; i < n; i++) mean += (checked.share[i] as number) * (estimates[i] as number);
    if (mean === 0) return null;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const gap = Math.abs((estimates[i] as number) - mean);
      sum += weighted ? (checked.share[i] as number) * gap : gap / n;
    }
    return (100 * sum) / Math.abs(mean);
  };
  const value = index(checked.estimate);
  if (value === null) {
    const reason = 'the population-weighted mean is 0: the index of disparity is undefined';
    return { ...base, value: null, reason, ...noInterval(confidence, reason) };
  }
  return { ...base, value, ...simulationInterval(checked, opts, confidence, index, fn) };
}
