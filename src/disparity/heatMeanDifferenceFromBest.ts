import { knownKeys } from '../internal/validate.ts';
import type { HeatGroup, HeatMeasureResult, HeatReferenceOptions, HeatSimulationOptions } from './heatTypes.ts';
import { optionsObject } from './internal/distribution.ts';
import { heatGroups, heatReference, weightedOption } from './internal/heat.ts';
import { heatConfidence, simulationInterval } from './internal/heatInterval.ts';

/** Options of {@link heatMeanDifferenceFromBest}. */
export interface HeatMeanDifferenceFromBestOptions extends HeatReferenceOptions, HeatSimulationOptions {
  /** `true` (default): MDB, weighted by population share. `false`: MDBU, the unweighted mean over subgroups. */
  weighted?: boolean;
}

/**
 * The mean difference from the best-performing (or a named reference) subgroup (WHO HEAT `mdb.R`):
 *
 * MDB = Σⱼ pⱼ |ref − yⱼ| (weighted) or (1/J) Σⱼ |ref − yⱼ| (unweighted),
 *
 * ref the most favourable estimate (the highest when `higherIsBetter`, the lowest otherwise; ties go to the
 * first subgroup) or the estimate of a named subgroup (HEAT's MDR, mean difference from a reference). In the
 * estimate's units. Absolute, complex.
 *
 * Interval by simulation, as HEAT (`calc_mdbw.R`) and healthequal (`mdbw()`, `mdbu()`): the measure
 * recomputed on `simulations` data sets drawn from the subgroups' estimates and `standardError`s (seeded, see
 * {@link HeatSimulationOptions}) — the best subgroup chosen afresh in each, a named reference taken at its
 * simulated value — and the percentiles of the results. Without a `standardError` on every subgroup there is
 * no interval.
 *
 * @param groups - Subgroups, any order.
 * @param options - `direction` (default `'higherIsBetter'`), `reference` (default `'best'`), `weighted` (default
 *   `true`); `confidence` (0.95), `simulations` (100), `seed` (123456) and `bounds` (`'proportion'`) of the interval.
 * @returns MDB (or MDBU) with the reference subgroup and its simulation interval.
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
  knownKeys(opts, ['direction', 'referenceGroup', 'reference', 'weighted', 'confidence', 'simulations', 'seed', 'bounds'], 'options', fn);
  const weighted = weightedOption(opts.weighted, fn, true);
  const confidence = heatConfidence(opts.confidence, fn);
  const checked = heatGroups(groups, fn);
  const { higherIsBetter, index, named, deprecated } = heatReference(checked, opts, fn);
  const ref = checked.estimate[index] as number;
  const n = checked.names.length;
  const difference = (estimates: Float64Array): number => {
    let reference = estimates[index] as number;
    if (!named) {
      for (let i = 0; i < n; i++) {
        const y = estimates[i] as number;
        if (higherIsBetter ? y > reference : y < reference) reference = y;
      }
    }
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const gap = Math.abs(reference - (estimates[i] as number));
      sum += weighted ? (checked.share[i] as number) * gap : gap / n;
    }
    return sum;
  };
  return {
    measure: weighted ? 'MDB' : 'MDBU',
    value: difference(checked.estimate),
    scale: 'absolute',
    ordered: false,
    weighted,
    mean: checked.mean,
    groups: n,
    reference: { group: checked.names[index] as string, estimate: ref },
    ...deprecated,
    ...simulationInterval(checked, opts, confidence, difference, fn),
  };
}
