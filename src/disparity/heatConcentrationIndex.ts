import { fail } from '../internal/errors.ts';
import { knownKeys } from '../internal/validate.ts';
import type { HeatGroup, HeatIntervalOptions, HeatMeasureResult } from './heatTypes.ts';
import { describe } from '../internal/errors.ts';
import { optionsObject } from './internal/distribution.ts';
import { heatGroups } from './internal/heat.ts';
import { heatConfidence, missingStandardErrors, noInterval, normalInterval } from './internal/heatInterval.ts';

/** Options of {@link heatConcentrationIndex}. */
export interface HeatConcentrationIndexOptions extends HeatIntervalOptions {
  /** `'relative'` (default): the RCI, ACI/μ. `'absolute'`: the ACI, in the estimate's units. */
  scale?: 'absolute' | 'relative';
  /**
   * How the interval is obtained: `'regression'` (default; the residual standard error of the "convenient
   * regression" 2σ²_R·yⱼ = α + β·Xⱼ weighted by population, O'Donnell et al. 2008, as HEAT 4+ and healthequal)
   * or `'subgroupStandardErrors'` (from the subgroups' `standardError`s by the delta method, as HEAT 2.0).
   */
  intervalMethod?: 'regression' | 'subgroupStandardErrors';
}

/**
 * The absolute and relative concentration indices of ordered subgroups (WHO HEAT `aci.R`, `rci.R`):
 *
 * ACI = Σ pⱼ (2Xⱼ − 1) yⱼ, RCI = ACI / μ, Xⱼ = Σ_{k<j} pₖ + pⱼ/2.
 *
 * Subgroups must be given in order from most disadvantaged to most advantaged. Positive when the estimate
 * concentrates among the advantaged. The RCI equals {@link concentrationIndex} of the subgroup estimates with
 * population weights (an exact identity). Complex; the RCI is `null` when μ = 0.
 *
 * Interval (normal, value ± z·SE):
 * - `'regression'` (default): the ACI is the slope β of the weighted regression 2σ²_R·yⱼ = α + β·Xⱼ (weights
 *   pⱼ, σ²_R = Σ pⱼ(Xⱼ − ½)²), and its SE that regression's: √(s²/Σ pⱼ(Xⱼ − ½)²) with s² = Σ pⱼeⱼ²/(J − 2)
 *   (O'Donnell, van Doorslaer, Wagstaff & Lindelow 2008, ch. 8; HEAT `calc_aci.R`, healthequal `aci()`);
 *   SE(RCI) = SE(ACI)/μ. It reflects how far the subgroups sit from a straight line, not their sampling error,
 *   and needs three or more subgroups.
 * - `'subgroupStandardErrors'`: Var(ACI) = Σ pⱼ²(2Xⱼ − 1)²sⱼ², Var(RCI) = Σ pⱼ²((2Xⱼ − 1) − RCI)²sⱼ²/μ² (the delta method;
 *   HEAT 2.0 `aci.R`, `rci.R`).
 *
 * @param groups - Subgroups in order, most disadvantaged first.
 * @param options - `scale` (default `'relative'`), `intervalMethod` (default `'regression'`), `confidence` (default 0.95).
 * @returns The ACI or RCI with its interval.
 * @throws {EquityLensError} on invalid subgroups (see {@link heatSlopeIndex}) or an unknown option value.
 * @category HEAT measures
 * @example
 * ```ts
 * import { heatConcentrationIndex } from "./heatConcentrationIndex.ts";
 *
 * const quintiles = [40, 50, 55, 65, 70].map((estimate, i) => ({ group: `Q${i + 1}`, estimate, population: 100 }));
 * heatConcentrationIndex(quintiles, { scale: "absolute" }).value?.toFixed(2); // => "6.00"
 * heatConcentrationIndex(quintiles).value?.toFixed(4); // => "0.1071"
 * heatConcentrationIndex(quintiles).standardError?.toFixed(4); // => "0.0071"
 * ```
 */
export function heatConcentrationIndex(groups: readonly HeatGroup[], options?: HeatConcentrationIndexOptions): HeatMeasureResult {
  const fn = 'heatConcentrationIndex';
  const opts = optionsObject(options, fn);
  knownKeys(opts, ['scale', 'intervalMethod', 'confidence'], 'options', fn);
  const scale = opts['scale'] ?? 'relative';
  if (scale !== 'absolute' && scale !== 'relative') {
    fail('invalid_value', 'options.scale', `${fn}: options.scale is ${JSON.stringify(scale)}; use 'absolute' (ACI) or 'relative' (RCI).`);
  }
  const method = opts['intervalMethod'] ?? 'regression';
  if (method !== 'regression' && method !== 'subgroupStandardErrors') {
    fail('invalid_value', 'options.intervalMethod', `${fn}: options.intervalMethod is ${describe(method)}; use 'regression' or 'subgroupStandardErrors'.`);
  }
  const confidence = heatConfidence(opts['confidence'], fn);
  const checked = heatGroups(groups, fn);
  const n = checked.names.length;
  const rank = new Float64Array(n);
  let cumulative = 0;
  let aci = 0;
  for (let i = 0; i < n; i++) {
    const p = checked.share[i] as number;
    rank[i] = cumulative + p / 2;
    aci += p * (2 * (rank[i] as number) - 1) * (checked.estimate[i] as number);
    cumulative += p;
  }
  const base = { scale, ordered: true, weighted: true, mean: checked.mean, groups: n } as const;
  const relative = scale === 'relative';
  if (relative && checked.mean === 0) {
    const reason = 'the population-weighted mean is 0: the relative index is undefined';
    return { ...base, measure: 'RCI', value: null, reason, ...noInterval(confidence, reason) };
  }
  const value = relative ? aci / checked.mean : aci;
  const measure = relative ? ('RCI' as const) : ('ACI' as const);
  if (method === 'subgroupStandardErrors') {
    const missing = missingStandardErrors(checked);
    if (missing !== undefined) return { ...base, measure, value, ...noInterval(confidence, missing) };
    let variance = 0;
    for (let i = 0; i < n; i++) {
      const p = checked.share[i] as number;
      const gradient = p * (2 * (rank[i] as number) - 1 - (relative ? value : 0));
      variance += gradient * gradient * ((checked.standardError as Float64Array)[i] as number) ** 2;
    }
    const standardError = Math.sqrt(variance) / (relative ? Math.abs(checked.mean) : 1);
    return { ...base, measure, value, ...normalInterval(value, standardError, method, confidence) };
  }
  let used = 0;
  let spread = 0;
  for (let i = 0; i < n; i++) {
    if ((checked.share[i] as number) > 0) used++;
    spread += (checked.share[i] as number) * ((rank[i] as number) - 0.5) ** 2;
  }
  if (used <= 2) return { ...base, measure, value, ...noInterval(confidence, "the convenient regression's standard error needs at least 3 subgroups with population") };
  // Residuals of the convenient regression 2σ²yⱼ = α + ACI·Xⱼ, whose weighted means of Xⱼ and yⱼ are ½ and μ.
  let residualSquares = 0;
  for (let i = 0; i < n; i++) {
    const residual = 2 * spread * ((checked.estimate[i] as number) - checked.mean) - aci * ((rank[i] as number) - 0.5);
    residualSquares += (checked.share[i] as number) * residual * residual;
  }
  const aciError = Math.sqrt(residualSquares / (used - 2) / spread);
  const standardError = relative ? aciError / Math.abs(checked.mean) : aciError;
  return { ...base, measure, value, ...normalInterval(value, standardError, method, confidence) };
}
