import { fail } from '../internal/errors.ts';
import { rescale, rescaleFactor } from '../internal/magnitude.ts';
import { knownKeys, sameLength } from '../internal/validate.ts';
import { checkedWeights, distinctValues, numericArray, optionsObject } from './internal/distribution.ts';

/** Options of {@link concentrationIndex}. */
export interface ConcentrationIndexOptions {
  /** One non-negative weight per person or unit; default every weight 1. */
  weights?: readonly number[];
}

/**
 * The concentration index of an outcome ranked by a socioeconomic variable (Wakerly; Kakwani, Wagstaff &
 * van Doorslaer 1997; O'Donnell et al. 2008, ch. 8):
 *
 * CI = (2/μ) · cov_w(y, R), R the weighted fractional rank in `rankBy`,
 * Rᵢ = (weight ranked strictly below i + ½ · weight of i's tie block) / W.
 *
 * **Tied ranks are averaged**: every member of a block of equal `rankBy` values gets the block's mid-point
 * rank (rineq `rank_gwt`), so the index does not depend on input order (rineq `rank_wt` and
 * `accessibility::concentration_index` break ties by input order instead). No degrees-of-freedom correction
 * (rineq's default multiplies its regression estimate by (n − 1)/n). In [−1, 1] for a non-negative outcome:
 * negative when the outcome concentrates among the low-ranked (poorer), positive among the high-ranked. For
 * grouped data with group weights this equals HEAT's relative concentration index Σ pⱼ(2Xⱼ − 1)yⱼ / μ.
 *
 * @param outcome - The outcome per person or unit (service use, access score); finite, with a non-zero weighted mean.
 * @param rankBy - The ranking variable (income, deprivation rank), finite, one per outcome; higher ranks last.
 * @param options - `weights`.
 * @returns The concentration index.
 * @throws {EquityLensError} when an array is empty or not an array, an entry is not finite, the lengths differ,
 *   the weighted mean outcome is 0, or weights are invalid.
 * @category Inequality
 * @example
 * ```ts
 * import { concentrationIndex } from "./concentrationIndex.ts";
 *
 * concentrationIndex([1, 2, 3, 4], [10, 20, 30, 40]); // => 0.25
 * concentrationIndex([4, 3, 2, 1], [10, 20, 30, 40]); // => -0.25
 * concentrationIndex([1, 2, 3, 4], [1, 1, 1, 1]); // => 0 (one tie block: everyone has rank ½)
 * ```
 */
export function concentrationIndex(outcome: readonly number[], rankBy: readonly number[], options?: ConcentrationIndexOptions): number {
  const fn = 'concentrationIndex';
  const opts = optionsObject(options, fn);
  knownKeys(opts, ['weights'], 'options', fn);
  // Outcome and weights near 1.8e308 are rescaled by powers of two: the index depends on neither scale.
  const rawOutcome = numericArray(outcome, 'outcome', fn, true);
  const y = rescale(rawOutcome, rescaleFactor(rawOutcome));
  const rank = numericArray(rankBy, 'rankBy', fn, true);
  sameLength(y, rank, 'outcome', 'rankBy', fn);
  const n = y.length;
  const checked = opts['weights'] === undefined ? null : checkedWeights(opts['weights'], n, 'options.weights', fn);
  const w = checked === null ? null : rescale(checked.weights, rescaleFactor(checked.weights));
  let total = n;
  if (w !== null) {
    total = 0;
    for (let i = 0; i < n; i++) total += w[i] as number;
  }
  let weightedOutcome = 0;
  for (let i = 0; i < n; i++) weightedOutcome += (w === null ? 1 : (w[i] as number)) * (y[i] as number);
  const mean = weightedOutcome / total;
  if (mean === 0) {
    fail('invalid_value', 'outcome', `${fn}: the weighted mean of outcome is 0, so the concentration index (covariance ÷ mean) is undefined.`);
  }
  // Tie blocks are the distinct values of rankBy; each block gets its mid-point fractional rank.
  const { distinct, weight: blockWeight, slot } = distinctValues(rank, w);
  const midRank = new Float64Array(distinct.length);
  let below = 0;
  for (let k = 0; k < distinct.length; k++) {
    const b = blockWeight[k] as number;
    midRank[k] = (below + b / 2) / total;
    below += b;
  }
  const fractionalRank = new Float64Array(n);
  for (let i = 0; i < n; i++) fractionalRank[i] = midRank[slot[i] as number] as number;
  let meanRank = 0;
  for (let i = 0; i < n; i++) meanRank += (w === null ? 1 : (w[i] as number)) * (fractionalRank[i] as number);
  meanRank /= total;
  let covariance = 0;
  for (let i = 0; i < n; i++) {
    covariance += (w === null ? 1 : (w[i] as number)) * ((y[i] as number) - mean) * ((fractionalRank[i] as number) - meanRank);
  }
  covariance /= total;
  return (2 * covariance) / mean;
}
