import { describe, fail } from '../internal/errors.ts';
import { finiteNumber, integer } from '../internal/validate.ts';
import { normalQuantile } from '../uncertainty/normalQuantile.ts';
import { twoSidedNormalP } from './internal/inference.ts';
import { kendallScore, mannKendallZ, varianceOfS } from './internal/kendall.ts';
import { median, medianOfSorted } from './internal/median.ts';
import { checkOptions, flag, significanceLevel } from './internal/options.ts';
import type { MannKendallTrend } from './mannKendall.ts';

/** One observation of a seasonal series: a season (month, quarter, term …) of a year. */
export interface SeasonalObservation {
  /** The year (cycle). */
  readonly year: number;
  /** The season within the year, a whole number from 1 to `period`. */
  readonly season: number;
  /** The observed value. */
  readonly value: number;
}

/** Options of {@link seasonalMannKendall}. */
export interface SeasonalMannKendallOptions {
  /** Number of seasons per year (12 for months, 4 for quarters). Default 12. */
  period?: number;
  /** Significance level α of the two-sided test, strictly inside (0, 1). Default 0.05. */
  alpha?: number;
  /** Whether z uses the continuity correction (default true, as pyMannKendall). */
  continuityCorrection?: boolean;
  /**
   * The time at which `intercept` is reported, in years (fractional: season s of year y is y + (s − 1)/period).
   * Default 0.
   */
  interceptAt?: number;
}

/** S and its variance within one season. */
export interface SeasonScore {
  /** The season. */
  readonly season: number;
  /** Number of years observed in this season. */
  readonly n: number;
  /** Kendall's S within the season. */
  readonly s: number;
  /** var(S) within the season, with the tie correction. */
  readonly varS: number;
}

/** The result of a seasonal Mann–Kendall test with the seasonal Sen slope. */
export interface SeasonalMannKendallResult {
  /** S summed over seasons. */
  readonly s: number;
  /** var(S) summed over seasons (no covariance term: Hirsch–Slack's independent-seasons form). */
  readonly varS: number;
  /** Normal score of S. */
  readonly z: number;
  /** Two-sided p-value. */
  readonly pValue: number;
  /** S / Σ_s n_s(n_s − 1)/2. */
  readonly tau: number;
  /** `'increasing'`, `'decreasing'` or `'no trend'` at `alpha`. */
  readonly trend: MannKendallTrend;
  /** Whether the trend is significant at `alpha`. */
  readonly significant: boolean;
  /** Seasonal Sen slope: median of within-season pairwise slopes, per year. */
  readonly slope: number;
  /** median(values) − slope·(median(time) − interceptAt), time in fractional years. */
  readonly intercept: number;
  /** The time `intercept` refers to. */
  readonly interceptAt: number;
  /** Per-season scores, in season order. */
  readonly seasons: SeasonScore[];
  /** Number of observations. */
  readonly n: number;
  /** Seasons per year. */
  readonly period: number;
  /** Significance level used. */
  readonly alpha: number;
  /** Whether z used the continuity correction. */
  readonly continuityCorrection: boolean;
}

const FN = 'seasonalMannKendall';

/**
 * The seasonal Mann–Kendall test (Hirsch, Slack & Smith 1982, independent seasons) with the seasonal Sen slope,
 * as pyMannKendall's `seasonal_test` and `seasonal_sens_slope` compute them.
 *
 * Method (reference stats.md §5.4–5.5): for each season s, S_s and var(S_s) over its years (tie-corrected);
 * S = Σ S_s, var = Σ var_s, z with the continuity correction, p = 2(1 − Φ(|z|)), tau = S / Σ n_s(n_s−1)/2.
 * Slope = median over seasons and year pairs of (x_j − x_i)/(year_j − year_i); intercept =
 * median(x) − slope·median(t) with t = year + (season − 1)/period.
 *
 * Missing values: leave the observation out. Each season uses the years it has (pyMannKendall drops NaN per
 * season column in the same way), and pairs with a missing end are not slopes.
 *
 * @param observations - `{ year, season, value }` records, any order, one value per (year, season).
 * @param options - See {@link SeasonalMannKendallOptions}.
 * @returns S, var(S), z, p, tau, the trend, the seasonal Sen slope and intercept, and per-season scores.
 * @throws {EquityLensError} `too_short` when no season has two years; `duplicate` when a (year, season) repeats;
 *   `out_of_range` for a season outside 1..period or an `alpha` outside (0, 1); `not_finite`, `invalid_type`
 *   or `not_integer` for bad entries.
 * @category Trends
 * @example
 * ```ts
 * import { seasonalMannKendall } from "./seasonalMannKendall.ts";
 *
 * // Two terms a year (fall = 1, spring = 2), both rising by 2 a year.
 * const observations = [2021, 2022, 2023, 2024].flatMap((year) => [
 *   { year, season: 1, value: 2 * (year - 2020) },
 *   { year, season: 2, value: 2 * (year - 2020) + 5 },
 * ]);
 * const result = seasonalMannKendall(observations, { period: 2 });
 * result.s; // => 12
 * result.tau; // => 1
 * result.slope; // => 2
 * ```
 */
export function seasonalMannKendall(
  observations: readonly SeasonalObservation[],
  options?: SeasonalMannKendallOptions,
): SeasonalMannKendallResult {
  const opts = checkOptions(options, ['period', 'alpha', 'continuityCorrection', 'interceptAt'], FN);
  const period = opts.period === undefined ? 12 : integer(opts.period, 'options.period', FN, { min: 1 });
  const alpha = significanceLevel(opts.alpha, FN);
  const continuityCorrection = flag(opts.continuityCorrection, true, 'options.continuityCorrection', FN);
  const interceptAt = opts.interceptAt === undefined ? 0 : finiteNumber(opts.interceptAt, 'options.interceptAt', FN);
  if (!Array.isArray(observations)) {
    fail('invalid_type', 'observations', `${FN}: observations is ${describe(observations)}; expected an array of { year, season, value }.`);
  }
  const total = observations.length;
  const allValues = new Float64Array(total);
  const allTimes = new Float64Array(total);
  const bySeason = new Map<number, { year: number; value: number }[]>();
  const seen = new Map<number, number>();
  for (let i = 0; i < total; i++) {
    const record: unknown = observations[i];
    const path = `observations[${i}]`;
    if (record === null || typeof record !== 'object') {
      fail('invalid_type', path, `${FN}: ${path} is ${describe(record)}; expected { year, season, value }.`);
    }
    const { year: rawYear, season: rawSeason, value: rawValue } = record as { year?: unknown; season?: unknown; value?: unknown };
    const year = integer(rawYear, `${path}.year`, FN);
    const season = integer(rawSeason, `${path}.season`, FN, { min: 1, max: period });
    const value = finiteNumber(rawValue, `${path}.value`, FN);
    const key = year * period + (season - 1);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      fail('duplicate', path, `${FN}: ${path} repeats year ${year}, season ${season}, already given at observations[${earlier}]; pass one value per season and year.`);
    }
    seen.set(key, i);
    allValues[i] = value;
    allTimes[i] = year + (season - 1) / period;
    let list = bySeason.get(season);
    if (list === undefined) {
      list = [];
      bySeason.set(season, list);
    }
    list.push({ year, value });
  }
  const seasonKeys = [...bySeason.keys()].sort((a, b) => a - b);
  let pairsTotal = 0;
  for (const season of seasonKeys) {
    const m = (bySeason.get(season) as unknown[]).length;
    pairsTotal += (m * (m - 1)) / 2;
  }
  if (pairsTotal === 0) {
    fail('too_short', 'observations', `${FN}: no season has two years of data; the seasonal Mann–Kendall test needs at least two years of one season.`);
  }
  const seasons: SeasonScore[] = [];
  let s = 0;
  let varS = 0;
  const slopes = new Float64Array(pairsTotal);
  let k = 0;
  for (const season of seasonKeys) {
    const list = (bySeason.get(season) as { year: number; value: number }[]).sort((a, b) => a.year - b.year);
    const m = list.length;
    const years = new Float64Array(m);
    const values = new Float64Array(m);
    for (let i = 0; i < m; i++) {
      years[i] = (list[i] as { year: number }).year;
      values[i] = (list[i] as { value: number }).value;
    }
    const score = kendallScore(values);
    const seasonVar = varianceOfS(m, score.tieVarianceTerm);
    s += score.s;
    varS += seasonVar;
    seasons.push({ season, n: m, s: score.s, varS: seasonVar });
    for (let i = 0; i < m - 1; i++) {
      const yi = years[i] as number;
      const vi = values[i] as number;
      for (let j = i + 1; j < m; j++) slopes[k++] = ((values[j] as number) - vi) / ((years[j] as number) - yi);
    }
  }
  const z = mannKendallZ(s, varS, continuityCorrection);
  const significant = Math.abs(z) > normalQuantile(1 - alpha / 2);
  slopes.sort();
  const slope = medianOfSorted(slopes);
  return {
    s,
    varS,
    z,
    pValue: twoSidedNormalP(z),
    tau: s / pairsTotal,
    trend: significant ? (z > 0 ? 'increasing' : 'decreasing') : 'no trend',
    significant,
    slope,
    intercept: median(allValues) - slope * (median(allTimes) - interceptAt),
    interceptAt,
    seasons,
    n: total,
    period,
    alpha,
    continuityCorrection,
  };
}
