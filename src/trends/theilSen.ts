import { finiteNumber } from '../internal/validate.ts';
import { normalQuantile } from '../uncertainty/normalQuantile.ts';
import { kendallScore } from './internal/kendall.ts';
import { median, medianOfSorted, roundHalfEven } from './internal/median.ts';
import { checkOptions, choice, confidenceLevel } from './internal/options.ts';
import { packSeries } from './internal/series.ts';
import { sortedPairwiseSlopes } from './internal/slopes.ts';

/** Options of {@link theilSen}. */
export interface TheilSenOptions {
  /** Confidence level of the slope interval (Sen 1968), strictly inside (0, 1). Default 0.95. */
  confidence?: number;
  /**
   * The time axis. `'year'` (default): slopes over the actual years, so the slope is per year even with gaps
   * (scipy.stats.theilslopes with x = years). `'index'`: slopes over the position 0, 1, 2, … of each
   * observation in year order, as pyMannKendall's `sens_slope` does on a gap-free array — per observation,
   * which is not per year when years are missing (pyMannKendall issue #21).
   */
  time?: 'year' | 'index';
  /**
   * How the intercept is estimated. `'separate'` (default, scipy's default and Conover's): median(y) −
   * slope·median(t). `'joint'`: median(y − slope·t). They differ on most series.
   */
  interceptMethod?: 'separate' | 'joint';
  /** The time (a year, or an index with `time: 'index'`) at which `intercept` is reported. Default 0. */
  interceptAt?: number;
}

/** A Theil–Sen slope with its intercept and Sen's confidence interval. */
export interface TheilSenResult {
  /** Median of the pairwise slopes, per year (or per observation with `time: 'index'`). */
  readonly slope: number;
  /** Fitted value at `interceptAt`. */
  readonly intercept: number;
  /** The time `intercept` refers to (a year, or an index). */
  readonly interceptAt: number;
  /** Lower end of the slope interval. */
  readonly lower: number;
  /** Upper end of the slope interval. */
  readonly upper: number;
  /** Number of observations. */
  readonly n: number;
  /** Number of pairwise slopes, n(n−1)/2. */
  readonly pairs: number;
  /** Confidence level of `lower`/`upper`. */
  readonly confidence: number;
  /** The time axis used. */
  readonly time: 'year' | 'index';
  /** The intercept estimator used. */
  readonly interceptMethod: 'separate' | 'joint';
}

const FN = 'theilSen';

/**
 * Theil–Sen slope: the median of the slopes between every pair of observations, a trend line robust to
 * outliers, with Sen's (1968) distribution-free confidence interval, as scipy.stats.theilslopes computes it.
 *
 * Method (reference stats.md §5.5): slope = median over i < j of (y_j − y_i)/(t_j − t_i) with t the years
 * (default) or the index; intercept = median(y) − slope·median(t) (`'separate'`) or median(y − slope·t)
 * (`'joint'`), moved to `interceptAt`. Interval (Sen 1968 eq. 2.6): σ² = [n(n−1)(2n+5) − Σ t_k(t_k−1)(2t_k+5)]/18
 * over groups of tied values, z = Φ⁻¹((1 − confidence)/2), and the sorted slopes at positions
 * round((N + zσ)/2) − 1 and round((N − zσ)/2) with round-half-to-even as numpy rounds, clamped to [0, N − 1].
 * Cost O(n² log n) for the n(n−1)/2 slopes, sorted in a typed array.
 *
 * @param series - Yearly observations `{ year, value }`, any order, at least 2 years.
 * @param options - See {@link TheilSenOptions}.
 * @returns Slope, intercept, interval and the conventions used.
 * @throws {EquityLensError} `too_short` with fewer than 2 years; `out_of_range` for a `confidence` outside (0, 1);
 *   `invalid_value` for an unknown `time` or `interceptMethod`; `duplicate`, `not_finite`, `invalid_type` or
 *   `not_integer` for bad entries.
 * @category Trends
 * @example
 * ```ts
 * import { theilSen } from "./theilSen.ts";
 *
 * // Rising exactly 1 a year, observed with gaps: per year the slope is 1, per observation 2.25.
 * const series = [2010, 2012, 2013, 2016, 2020].map((year) => ({ year, value: year - 2000 }));
 * theilSen(series).slope; // => 1
 * theilSen(series, { time: "index" }).slope; // => 2.25
 * theilSen(series, { interceptAt: 2010 }).intercept; // => 10
 * ```
 */
export function theilSen(
  series: readonly { readonly year: number; readonly value: number }[],
  options?: TheilSenOptions,
): TheilSenResult {
  const opts = checkOptions(options, ['confidence', 'time', 'interceptMethod', 'interceptAt'], FN);
  const confidence = confidenceLevel(opts.confidence, FN);
  const time = choice(opts.time, ['year', 'index'] as const, 'year', 'options.time', FN);
  const interceptMethod = choice(opts.interceptMethod, ['separate', 'joint'] as const, 'separate', 'options.interceptMethod', FN);
  const interceptAt = opts.interceptAt === undefined ? 0 : finiteNumber(opts.interceptAt, 'options.interceptAt', FN);
  const { years, values, n } = packSeries(series, 'series', FN, 2, 'a Theil–Sen slope');
  const t = time === 'year' ? years : Float64Array.from({ length: n }, (_, i) => i);
  const pairs = (n * (n - 1)) / 2;
  const slopes = sortedPairwiseSlopes(t, values);
  const slope = medianOfSorted(slopes);
  let intercept: number;
  if (interceptMethod === 'separate') {
    intercept = median(values) - slope * (median(t) - interceptAt);
  } else {
    intercept = median(values.map((value, i) => value - slope * ((t[i] as number) - interceptAt)));
  }
  // Times are distinct, so only ties among the values enter Sen's variance.
  const { tieVarianceTerm } = kendallScore(values);
  const sigma = Math.sqrt((n * (n - 1) * (2 * n + 5) - tieVarianceTerm) / 18);
  const z = normalQuantile((1 - confidence) / 2);
  const upperIndex = Math.min(roundHalfEven((pairs - z * sigma) / 2), pairs - 1);
  const lowerIndex = Math.max(roundHalfEven((pairs + z * sigma) / 2) - 1, 0);
  return {
    slope,
    intercept,
    interceptAt,
    lower: slopes[lowerIndex] as number,
    upper: slopes[upperIndex] as number,
    n,
    pairs,
    confidence,
    time,
    interceptMethod,
  };
}
