import { knownKeys } from '../internal/validate.ts';
import type { HeatGroup, HeatMeasureResult, HeatReferenceOptions } from './heatTypes.ts';
import { optionsObject } from './internal/distribution.ts';
import { heatGroups, heatReference } from './internal/heat.ts';

/** Options of {@link heatPopulationAttributableRisk} and {@link heatPopulationAttributableFraction}. */
export type HeatPopulationAttributableOptions = HeatReferenceOptions;

/**
 * The population attributable risk (WHO HEAT `par.R`): how much the population-level estimate would improve if
 * every subgroup reached the reference subgroup's level,
 *
 * PAR = ref − μ, μ = Σ pⱼ yⱼ,
 *
 * clamped to 0 when the reference is not better than the mean (PAR ≥ 0 for `higherIsBetter`, ≤ 0 for
 * `lowerIsBetter`, as HEAT). ref is the most favourable subgroup by default (ties: first) or a named subgroup.
 * In the estimate's units. Absolute, simple.
 *
 * @param groups - Subgroups, any order.
 * @param options - `direction` (default `'higherIsBetter'`) and `reference` (default `'best'`).
 * @returns PAR with the reference subgroup.
 * @throws {EquityLensError} on invalid subgroups (see {@link heatSlopeIndex}), an unknown direction, or a named reference that is absent.
 * @category HEAT measures
 * @example
 * ```ts
 * import { heatPopulationAttributableRisk } from "./heatPopulationAttributableRisk.ts";
 *
 * const districts = [
 *   { group: "D1", estimate: 0.3, population: 100 },
 *   { group: "D2", estimate: 0.5, population: 300 },
 * ];
 * heatPopulationAttributableRisk(districts).value?.toFixed(2); // => "0.05"
 * ```
 */
export function heatPopulationAttributableRisk(groups: readonly HeatGroup[], options?: HeatPopulationAttributableOptions): HeatMeasureResult {
  const fn = 'heatPopulationAttributableRisk';
  const opts = optionsObject(options, fn) as HeatReferenceOptions;
  knownKeys(opts, ['direction', 'reference'], 'options', fn);
  const checked = heatGroups(groups, fn);
  const { higherIsBetter, index } = heatReference(checked, opts, fn);
  const ref = checked.estimate[index] as number;
  const raw = ref - checked.mean;
  const value = higherIsBetter ? Math.max(0, raw) : Math.min(0, raw);
  return {
    measure: 'PAR',
    value,
    scale: 'absolute',
    ordered: false,
    weighted: true,
    mean: checked.mean,
    groups: checked.names.length,
    reference: { group: checked.names[index] as string, estimate: ref },
  };
}
