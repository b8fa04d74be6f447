/**
 * Pairwise slopes and the Sen slope, shared by the Theil–Sen fit and the detrending of the
 * autocorrelation-corrected Mann–Kendall tests.
 *
 * @internal
 * @module
 */
import { medianOfSorted } from './median.ts';

/**
 * The pairwise slopes (y_j − y_i)/(t_j − t_i) over i < j, sorted ascending. Times must be distinct.
 *
 * @internal
 */
export function sortedPairwiseSlopes(times: Float64Array, values: Float64Array): Float64Array {
  const n = values.length;
  const slopes = new Float64Array((n * (n - 1)) / 2);
  let k = 0;
  // Until every pair has its slope: the last i would start its inner loop at j = n and add none.
  for (let i = 0; k < slopes.length; i++) {
    const ti = times[i] as number;
    const yi = values[i] as number;
    for (let j = i + 1; j < n; j++) slopes[k++] = ((values[j] as number) - yi) / ((times[j] as number) - ti);
  }
  return slopes.sort();
}

/**
 * The Sen slope, the median of the pairwise slopes over the given times.
 *
 * @internal
 */
export function senSlope(times: Float64Array, values: Float64Array): number {
  return medianOfSorted(sortedPairwiseSlopes(times, values));
}
