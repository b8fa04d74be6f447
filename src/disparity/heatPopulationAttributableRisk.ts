import { knownKeys } from '../internal/validate.ts';
import type { HeatGroup, HeatIntervalOptions, HeatMeasureResult, HeatReferenceOptions } from './heatTypes.ts';
import { optionsObject } from './internal/distribution.ts';
import { heatGroups, heatReference } from './internal/heat.ts';
import { heatConfidence, noInterval, normalInterval, walterStandardError } from './internal/heatInterval.ts';

/** Options of {@link heatPopulationAttributableRisk} and {@link heatPopulationAttributableFraction}. */
export interface HeatPopulationAttributableOptions extends HeatReferenceOptions, HeatIntervalOptions {}

/**
 * The population attributable risk (WHO HEAT `par.R`): how much the population-level estimate would improve if
 * every subgroup reached the reference subgroup's level,
 *
 * PAR = ref − μ, μ = Σ pⱼ yⱼ,
 *
 * clamped to 0 when the reference is not better than the mean (PAR ≥ 0 for `higherIsBetter`, ≤ 0 for
 * `lowerIsBetter`, as HEAT). ref is the most favourable subgroup by default (ties: first) or a named subgroup
 * (HEAT takes the most advantaged subgroup of an ordered dimension: name it). In the estimate's units.
 * Absolute, simple.
 *
 * Interval (normal, PAR ± z·SE) for proportions, as HEAT (`calc_par.R`) and healthequal (`parisk()`):
 * SE = |μ|·SE(PAF), with Walter's (1978) SE of the attributable fraction from the 2×2 table the reference
 * subgroup and the rest of the population form (see {@link heatPopulationAttributableFraction}). It uses the
 * populations, not the subgroups' standard errors; estimates outside [0, 1] give no interval.
 *
 * @param groups - Subgroups, any order.
 * @param options - `direction` (default `'higherIsBetter'`), `reference` (default `'best'`), `confidence` (default 0.95).
 * @returns PAR with the reference subgroup and its interval.
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
 * const par = heatPopulationAttributableRisk(districts);
 * par.value?.toFixed(2); // => "0.05"
 * par.standardError?.toFixed(4); // => "0.0144"
 * ```
 */
export function heatPopulationAttributableRisk(groups: readonly HeatGroup[], options?: HeatPopulationAttributableOptions): HeatMeasureResult {
  const fn = 'heatPopulationAttributableRisk';
  const opts = optionsObject(options, fn) as HeatPopulationAttributableOptions;
  knownKeys(opts, ['direction', 'referenceGroup', 'reference', 'confidence'], 'options', fn);
  const confidence = heatConfidence(opts.confidence, fn);
  const checked = heatGroups(groups, fn);
  const { higherIsBetter, index, deprecated } = heatReference(checked, opts, fn);
  const ref = checked.estimate[index] as number;
  const raw = ref - checked.mean;
  const value = higherIsBetter ? Math.max(0, raw) : Math.min(0, raw);
  const fractionError = walterStandardError(checked, index);
  return {
    measure: 'PAR',
    value,
    scale: 'absolute',
    ordered: false,
    weighted: true,
    mean: checked.mean,
    groups: checked.names.length,
    reference: { group: checked.names[index] as string, estimate: ref },
    ...deprecated,
    ...(typeof fractionError === 'string'
      ? noInterval(confidence, fractionError)
      : normalInterval(value, Math.abs(checked.mean) * fractionError, 'walter', confidence)),
  };
}
