import { knownKeys } from '../internal/validate.ts';
import type { HeatGroup, HeatMeasureResult } from './heatTypes.ts';
import { optionsObject } from './internal/distribution.ts';
import { heatGroups } from './internal/heat.ts';

/**
 * The between-group variance of unordered subgroups (WHO HEAT `bgv.R`):
 *
 * BGV = Σⱼ pⱼ (yⱼ − μ)², μ = Σ pⱼ yⱼ.
 *
 * In the estimate's units squared; 0 is equality. Absolute, complex.
 *
 * @param groups - Subgroups, any order.
 * @param options - None yet; reserved.
 * @returns BGV.
 * @throws {EquityLensError} on invalid subgroups (see {@link heatSlopeIndex}).
 * @category HEAT measures
 * @example
 * ```ts
 * import { heatBetweenGroupVariance } from "./heatBetweenGroupVariance.ts";
 *
 * const districts = [
 *   { group: "D1", estimate: 0.3, population: 100 },
 *   { group: "D2", estimate: 0.5, population: 300 },
 * ];
 * heatBetweenGroupVariance(districts).value?.toFixed(4); // => "0.0075"
 * ```
 */
export function heatBetweenGroupVariance(groups: readonly HeatGroup[], options?: Record<string, never>): HeatMeasureResult {
  const fn = 'heatBetweenGroupVariance';
  knownKeys(optionsObject(options, fn), [], 'options', fn);
  const checked = heatGroups(groups, fn);
  let sum = 0;
  for (let i = 0; i < checked.names.length; i++) {
    const d = (checked.estimate[i] as number) - checked.mean;
    sum += (checked.share[i] as number) * d * d;
  }
  return { measure: 'BGV', value: sum, scale: 'absolute', ordered: false, weighted: true, mean: checked.mean, groups: checked.names.length };
}
