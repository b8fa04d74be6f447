import { fail } from '../internal/errors.ts';
import { knownKeys } from '../internal/validate.ts';
import type { HeatGroup, HeatMeasureResult } from './heatTypes.ts';
import { optionsObject } from './internal/distribution.ts';
import { heatGroups } from './internal/heat.ts';

/** Options of {@link heatConcentrationIndex}. */
export interface HeatConcentrationIndexOptions {
  /** `'relative'` (default): the RCI, ACI/μ. `'absolute'`: the ACI, in the estimate's units. */
  scale?: 'absolute' | 'relative';
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
 * @param groups - Subgroups in order, most disadvantaged first.
 * @param options - `scale` (default `'relative'`).
 * @returns The ACI or RCI.
 * @throws {EquityLensError} on invalid subgroups (see {@link heatSlopeIndex}) or an unknown `scale`.
 * @category HEAT measures
 * @example
 * ```ts
 * import { heatConcentrationIndex } from "./heatConcentrationIndex.ts";
 *
 * const quintiles = [40, 50, 55, 65, 70].map((estimate, i) => ({ group: `Q${i + 1}`, estimate, population: 100 }));
 * heatConcentrationIndex(quintiles, { scale: "absolute" }).value?.toFixed(2); // => "6.00"
 * heatConcentrationIndex(quintiles).value?.toFixed(4); // => "0.1071"
 * ```
 */
export function heatConcentrationIndex(groups: readonly HeatGroup[], options?: HeatConcentrationIndexOptions): HeatMeasureResult {
  const fn = 'heatConcentrationIndex';
  const opts = optionsObject(options, fn);
  knownKeys(opts, ['scale'], 'options', fn);
  const scale = opts['scale'] ?? 'relative';
  if (scale !== 'absolute' && scale !== 'relative') {
    fail('invalid_value', 'options.scale', `${fn}: options.scale is ${JSON.stringify(scale)}; use 'absolute' (ACI) or 'relative' (RCI).`);
  }
  const checked = heatGroups(groups, fn);
  let cumulative = 0;
  let aci = 0;
  for (let i = 0; i < checked.names.length; i++) {
    const p = checked.share[i] as number;
    const mid = cumulative + p / 2;
    aci += p * (2 * mid - 1) * (checked.estimate[i] as number);
    cumulative += p;
  }
  const base = { scale, ordered: true, weighted: true, mean: checked.mean, groups: checked.names.length } as const;
  if (scale === 'absolute') return { ...base, measure: 'ACI', value: aci };
  if (checked.mean === 0) return { ...base, measure: 'RCI', value: null, reason: 'the population-weighted mean is 0: the relative index is undefined' };
  return { ...base, measure: 'RCI', value: aci / checked.mean };
}
