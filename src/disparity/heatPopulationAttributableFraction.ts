import { knownKeys } from '../internal/validate.ts';
import type { HeatPopulationAttributableOptions } from './heatPopulationAttributableRisk.ts';
import type { HeatGroup, HeatMeasureResult, HeatReferenceOptions } from './heatTypes.ts';
import { optionsObject } from './internal/distribution.ts';
import { heatGroups, heatReference } from './internal/heat.ts';

/**
 * The population attributable fraction (WHO HEAT `paf.R`): the population attributable risk as a percentage of
 * the population-weighted mean,
 *
 * PAF = 100 · PAR / μ,
 *
 * with PAR clamped as in {@link heatPopulationAttributableRisk}. Relative, simple. `null` when μ = 0.
 *
 * @param groups - Subgroups, any order.
 * @param options - `direction` (default `'higherIsBetter'`) and `reference` (default `'best'`).
 * @returns PAF in percent, with the reference subgroup.
 * @throws {EquityLensError} on invalid subgroups (see {@link heatSlopeIndex}), an unknown direction, or a named reference that is absent.
 * @category HEAT measures
 * @example
 * ```ts
 * import { heatPopulationAttributableFraction } from "./heatPopulationAttributableFraction.ts";
 *
 * const districts = [
 *   { group: "D1", estimate: 0.3, population: 100 },
 *   { group: "D2", estimate: 0.5, population: 300 },
 * ];
 * heatPopulationAttributableFraction(districts).value?.toFixed(2); // => "11.11"
 * ```
 */
export function heatPopulationAttributableFraction(groups: readonly HeatGroup[], options?: HeatPopulationAttributableOptions): HeatMeasureResult {
  const fn = 'heatPopulationAttributableFraction';
  const opts = optionsObject(options, fn) as HeatReferenceOptions;
  knownKeys(opts, ['direction', 'reference'], 'options', fn);
  const checked = heatGroups(groups, fn);
  const { higherIsBetter, index } = heatReference(checked, opts, fn);
  const ref = checked.estimate[index] as number;
  const raw = ref - checked.mean;
  const par = higherIsBetter ? Math.max(0, raw) : Math.min(0, raw);
  const base = {
    measure: 'PAF' as const,
    scale: 'relative' as const,
    ordered: false,
    weighted: true,
    mean: checked.mean,
    groups: checked.names.length,
    reference: { group: checked.names[index] as string, estimate: ref },
  };
  if (checked.mean === 0) return { ...base, value: null, reason: 'the population-weighted mean is 0: the attributable fraction is undefined' };
  return { ...base, value: (100 * par) / checked.mean };
}
