import { knownKeys } from '../internal/validate.ts';
import type { HeatPopulationAttributableOptions } from './heatPopulationAttributableRisk.ts';
import type { HeatGroup, HeatMeasureResult } from './heatTypes.ts';
import { optionsObject } from './internal/distribution.ts';
import { heatGroups, heatReference } from './internal/heat.ts';
import { heatConfidence, noInterval, normalInterval, walterStandardError } from './internal/heatInterval.ts';

/**
 * The population attributable fraction (WHO HEAT `paf.R`): the population attributable risk as a percentage of
 * the population-weighted mean,
 *
 * PAF = 100 · PAR / μ,
 *
 * with PAR clamped as in {@link heatPopulationAttributableRisk}. Relative, simple. `null` when μ = 0.
 *
 * Interval (normal, PAF ± z·SE) for proportions: Walter's (1978, "Calculation of attributable risks from
 * epidemiological data", Int J Epidemiol 7:175–182) SE from the 2×2 table of the reference subgroup ("unexposed")
 * against the rest of the population, c = y_ref·N_ref, d = N_ref − c, a = μN − c, b = N − a − N_ref:
 *
 * SE = 100·√( c·N·(a·d·(N − c) + b·c²) / ((a + c)³(c + d)³) ), in percentage points,
 *
 * as HEAT (`calc_paf.R`) and healthequal (`paf()`) compute it — they print the SE on the fraction scale (÷ 100)
 * and add it unscaled to the percentage, a unit slip this function does not copy. It uses the populations, not
 * the subgroups' standard errors; estimates outside [0, 1] give no interval.
 *
 * @param groups - Subgroups, any order.
 * @param options - `direction` (default `'higherIsBetter'`), `reference` (default `'best'`), `confidence` (default 0.95).
 * @returns PAF in percent, with the reference subgroup and its interval.
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
 * const paf = heatPopulationAttributableFraction(districts);
 * paf.value?.toFixed(2); // => "11.11"
 * paf.standardError?.toFixed(2); // => "3.21"
 * ```
 */
export function heatPopulationAttributableFraction(groups: readonly HeatGroup[], options?: HeatPopulationAttributableOptions): HeatMeasureResult {
  const fn = 'heatPopulationAttributableFraction';
  const opts = optionsObject(options, fn) as HeatPopulationAttributableOptions;
  knownKeys(opts, ['direction', 'referenceGroup', 'reference', 'confidence'], 'options', fn);
  const confidence = heatConfidence(opts.confidence, fn);
  const checked = heatGroups(groups, fn);
  const { higherIsBetter, index, deprecated } = heatReference(checked, opts, fn);
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
    ...deprecated,
  };
  if (checked.mean === 0) {
    const reason = 'the population-weighted mean is 0: the attributable fraction is undefined';
    return { ...base, value: null, reason, ...noInterval(confidence, reason) };
  }
  const value = (100 * par) / checked.mean;
  const fractionError = walterStandardError(checked, index);
  if (typeof fractionError === 'string') return { ...base, value, ...noInterval(confidence, fractionError) };
  return { ...base, value, ...normalInterval(value, 100 * fractionError, 'walter', confidence) };
}
