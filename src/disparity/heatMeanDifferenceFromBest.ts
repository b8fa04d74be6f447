import { knownKeys } from '../internal/validate.ts';
import type { HeatGroup, HeatMeasureResult, HeatReferenceOptions } from './heatTypes.ts';
import { optionsObject } from './internal/distribution.ts';
import { heatGroups, heatReference, weightedOption } from './internal/heat.ts';

/** Options of {@link heatMeanDifferenceFromBest}. */
export interface HeatMeanDifferenceFromBestOptions extends HeatReferenceOptions {
  /** `true` (default): MDB, weighted by population share. `false`: MDBU, the unweighted mean over subgroups. */
  weighted?: boolean;
}

/**
 * The mean difference from the best-performing (or a named reference) subgroup (WHO HEAT `mdb.R`):
 *
 * MDB = Σⱼ pⱼ |ref − yⱼ| (weighted) or (1/J) Σⱼ |ref − yⱼ| (unweighted),
 *
 * ref the most favourable estimate (the highest when `higherIsBetter`, the lowest otherwise; ties go to the
 * first subgroup) or the estimate of a named subgroup. In the estimate's units. Absolute, complex.
 *
 * @param groups - Subgroups, any order.
 * @param options - `direction` (default `'higherIsBetter'`), `reference` (default `'best'`), `weighted` (default `true`).
 * @returns MDB (or MDBU) with the reference subgroup.
 * @throws {EquityLensError} on invalid subgroups (see {@link heatSlopeIndex}), an unknown direction, or a named reference that is absent.
 * @category HEAT measures
 * @example
 * ```ts
 * import { heatMeanDifferenceFromBest } from "./heatMeanDifferenceFromBest.ts";
 *
 * const districts = [
 *   { group: "D1", estimate: 0.3, population: 100 },
 *   { group: "D2", estimate: 0.5, population: 300 },
 * ];
 * const mdb = heatMeanDifferenceFromBest(districts);
 * mdb.value?.toFixed(2); // => "0.05"
 * mdb.reference?.group; // => "D2"
 * ```
 */
export function heatMeanDifferenceFromBest(groups: readonly HeatGroup[], options?: HeatMeanDifferenceFromBestOptions): HeatMeasureResult {
  const fn = 'heatMeanDifferenceFromBest';
  const opts = optionsObject(options, fn) as HeatMeanDifferenceFromBestOptions;
  knownKeys(opts, ['direction', 'reference', 'weighted'], 'options', fn);
  const weighted = weightedOption(opts.weighted, fn, true);
  const checked = heatGroups(groups, fn);
  const { index } = heatReference(checked, opts, fn);
  const ref = checked.estimate[index] as number;
  const n = checked.names.length;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const gap = Math.abs(ref - (checked.estimate[i] as number));
    sum += weighted ? (checked.share[i] as number) * gap : gap / n;
  }
  return {
    measure: weighted ? 'MDB' : 'MDBU',
    value: sum,
    scale: 'absolute',
    ordered: false,
    weighted,
    mean: checked.mean,
    groups: n,
    reference: { group: checked.names[index] as string, estimate: ref },
  };
}
