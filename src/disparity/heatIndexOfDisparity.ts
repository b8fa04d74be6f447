import { knownKeys } from '../internal/validate.ts';
import type { HeatGroup, HeatMeasureResult } from './heatTypes.ts';
import { optionsObject } from './internal/distribution.ts';
import { heatGroups, weightedOption } from './internal/heat.ts';

/** Options of {@link heatIndexOfDisparity}. */
export interface HeatIndexOfDisparityOptions {
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
 * @param groups - Subgroups, any order.
 * @param options - `weighted` (default `false`).
 * @returns IDis or IDisW, in percent.
 * @throws {EquityLensError} on invalid subgroups (see {@link heatSlopeIndex}) or a non-boolean `weighted`.
 * @category HEAT measures
 * @example
 * ```ts
 * import { heatIndexOfDisparity } from "./heatIndexOfDisparity.ts";
 *
 * const districts = [
 *   { group: "D1", estimate: 0.3, population: 200 },
 *   { group: "D2", estimate: 0.5, population: 200 },
 * ];
 * heatIndexOfDisparity(districts).value?.toFixed(2); // => "25.00"
 * ```
 */
export function heatIndexOfDisparity(groups: readonly HeatGroup[], options?: HeatIndexOfDisparityOptions): HeatMeasureResult {
  const fn = 'heatIndexOfDisparity';
  const opts = optionsObject(options, fn);
  knownKeys(opts, ['weighted'], 'options', fn);
  const weighted = weightedOption(opts['weighted'], fn, false);
  const checked = heatGroups(groups, fn);
  const n = checked.names.length;
  const base = { measure: weighted ? ('IDisW' as const) : ('IDis' as const), scale: 'relative' as const, ordered: false, weighted, mean: checked.mean, groups: n };
  if (checked.mean === 0) return { ...base, value: null, reason: 'the population-weighted mean is 0: the index of disparity is undefined' };
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const gap = Math.abs((checked.estimate[i] as number) - checked.mean);
    sum += weighted ? (checked.share[i] as number) * gap : gap / n;
  }
  return { ...base, value: (100 * sum) / Math.abs(checked.mean) };
}
