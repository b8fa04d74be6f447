import { fail } from '../internal/errors.ts';
import { knownKeys } from '../internal/validate.ts';
import type { HeatGroup, HeatMeasureResult } from './heatTypes.ts';
import { optionsObject } from './internal/distribution.ts';
import { heatGroups, heatRegression } from './internal/heat.ts';

/** Options of {@link heatRelativeIndex}. */
export interface HeatRelativeIndexOptions {
  /**
   * `'top/bottom'` (default): (β₀ + β₁)/β₀, the fitted value at the advantaged end over the fitted value at the
   * disadvantaged end (orientation-free: > 1 when the estimate rises with advantage). `'bottom/top'`:
   * β₀/(β₀ + β₁), the form HEAT reports after ordering by favourable direction.
   */
  form?: 'top/bottom' | 'bottom/top';
}

/**
 * The relative index of inequality (RII) of ordered subgroups from the same weighted least-squares line as
 * the {@link heatSlopeIndex} (WHO HEAT `rii.R`, linear form; HEAT fits logistic or Poisson models for
 * proportions and rates, which this function does not):
 *
 * RII = (β₀ + β₁)/β₀ (`'top/bottom'`) or β₀/(β₀ + β₁) (`'bottom/top'`).
 *
 * Subgroups must be given in order from most disadvantaged to most advantaged. 1 is equality. Relative,
 * complex. When a fitted end value is ≤ 0 the ratio is meaningless: `null` with a reason.
 *
 * @param groups - Subgroups in order, most disadvantaged first.
 * @param options - `form` (default `'top/bottom'`).
 * @returns The RII (`value`, scale `'relative'`).
 * @throws {EquityLensError} on invalid subgroups (see {@link heatSlopeIndex}) or an unknown `form`.
 * @category HEAT measures
 * @example
 * ```ts
 * import { heatRelativeIndex } from "./heatRelativeIndex.ts";
 *
 * const quintiles = [40, 50, 55, 65, 70].map((estimate, i) => ({ group: `Q${i + 1}`, estimate, population: 100 }));
 * heatRelativeIndex(quintiles).value?.toFixed(4); // => "2.0067"
 * ```
 */
export function heatRelativeIndex(groups: readonly HeatGroup[], options?: HeatRelativeIndexOptions): HeatMeasureResult {
  const fn = 'heatRelativeIndex';
  const opts = optionsObject(options, fn);
  knownKeys(opts, ['form'], 'options', fn);
  const form = opts['form'] ?? 'top/bottom';
  if (form !== 'top/bottom' && form !== 'bottom/top') {
    fail('invalid_value', 'options.form', `${fn}: options.form is ${JSON.stringify(form)}; use 'top/bottom' or 'bottom/top'.`);
  }
  const checked = heatGroups(groups, fn);
  const base = { measure: 'RII' as const, scale: 'relative' as const, ordered: true, weighted: true, mean: checked.mean, groups: checked.names.length };
  const fit = heatRegression(checked);
  if (fit === null) return { ...base, value: null, reason: 'fewer than two subgroups with population: the regression is undefined' };
  const bottom = fit.intercept;
  const top = fit.intercept + fit.slope;
  if (!(bottom > 0 && top > 0)) return { ...base, value: null, reason: 'a fitted end value is ≤ 0: the relative index is undefined' };
  return { ...base, value: form === 'top/bottom' ? top / bottom : bottom / top };
}
