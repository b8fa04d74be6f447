import { knownKeys } from '../internal/validate.ts';
import type { HeatGroup, HeatMeasureResult } from './heatTypes.ts';
import { heatGroups, heatRegression } from './internal/heat.ts';
import { optionsObject } from './internal/distribution.ts';

/** The result of {@link heatSlopeIndex}: the SII with the fitted line. */
export interface HeatSlopeIndexResult extends HeatMeasureResult {
  /** The fitted value at the most disadvantaged end (X = 0), β₀. */
  readonly intercept: number | null;
}

/**
 * The slope index of inequality (SII) of ordered subgroups, as WHO HEAT computes it for grouped data
 * (`sii.R`, linear scale): the weighted least-squares slope of the subgroup estimates yⱼ on their cumulative
 * population mid-points Xⱼ = Σ_{k<j} pₖ + pⱼ/2, with weights pⱼ,
 *
 * β₁ = Σ pⱼ (Xⱼ − X̄)(yⱼ − μ) / Σ pⱼ (Xⱼ − X̄)², β₀ = μ − β₁ X̄.
 *
 * Subgroups must be given **in order from most disadvantaged to most advantaged** (poorest quintile first).
 * The SII is the modelled difference between the top and the bottom of the social scale, in the estimate's
 * units: positive when the estimate rises towards the advantaged end. Absolute, complex (uses every subgroup).
 * With one subgroup (or all population in one subgroup) the slope is undefined: `null` with a reason.
 *
 * @param groups - Subgroups in order, most disadvantaged first, each `{ group, estimate, population }`.
 * @param options - None yet; reserved.
 * @returns The SII (`value`, scale `'absolute'`) and the intercept β₀.
 * @throws {EquityLensError} when `groups` is empty or not an array, a name repeats or is not a string, an
 *   estimate is not finite, a population is negative, or every population is 0.
 * @category HEAT measures
 * @example
 * ```ts
 * import { heatSlopeIndex } from "./heatSlopeIndex.ts";
 *
 * const quintiles = [40, 50, 55, 65, 70].map((estimate, i) => ({ group: `Q${i + 1}`, estimate, population: 100 }));
 * const sii = heatSlopeIndex(quintiles);
 * sii.value?.toFixed(2); // => "37.50"
 * sii.intercept?.toFixed(2); // => "37.25"
 * ```
 */
export function heatSlopeIndex(groups: readonly HeatGroup[], options?: Record<string, never>): HeatSlopeIndexResult {
  const fn = 'heatSlopeIndex';
  knownKeys(optionsObject(options, fn), [], 'options', fn);
  const checked = heatGroups(groups, fn);
  const base = { measure: 'SII' as const, scale: 'absolute' as const, ordered: true, weighted: true, mean: checked.mean, groups: checked.names.length };
  const fit = heatRegression(checked);
  if (fit === null) return { ...base, value: null, intercept: null, reason: 'fewer than two subgroups with population: the slope is undefined' };
  return { ...base, value: fit.slope, intercept: fit.intercept };
}
