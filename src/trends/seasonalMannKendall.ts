import { describe, fail } from '../internal/errors.ts';
import { finiteNumber, integer } from '../internal/validate.ts';
import { normalQuantile } from '../uncertainty/normalQuantile.ts';
import { twoSidedNormalP } from './internal/inference.ts';
import { mannKendallZ } from './internal/kendall.ts';
import { median } from './internal/median.ts';
import { correlatedScore, independentScore, pooledSenSlope, type KendallColumn } from './internal/multivariateKendall.ts';
import { checkOptions, choice, flag, significanceLevel } from './internal/options.ts';
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
  /**
   * Whether the seasons are taken as independent (`'independent'`, default: Hirsch & Slack's seasonal test,
   * pyMannKendall `seasonal_test`) or correlated (`'correlated'`: var(S) from the full covariance matrix of the
   * seasons' scores, Hipel & McLeod 1994 after Dietz & Killeen 1981, pyMannKendall `correlated_seasonal_test`) —
   * when one year's seasons move together, as school terms or months of one program year do.
   */
  dependence?: 'independent' | 'correlated';
  /**
   * Whether z uses the continuity correction. Default true with independent seasons and false with correlated
   * ones, as pyMannKendall's `seasonal_test` and `correlated_seasonal_test` do.
   */
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
  /** Number of years of this season used (with correlated seasons, the years every season has). */
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
  /**
   * var(S): summed over seasons (independent seasons, Hirsch–Slack), or the sum of the seasons' covariance
   * matrix (correlated seasons).
   */
  readonly varS: number;
  /** Normal score of S. */
  readonly z: number;
  /** Two-sided p-value. */
  readonly pValue: number;
  /** S / Σ_s n_s(n_s − 1)/2, over the years used. */
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
  /** Whether the seasons were taken as independent or correlated. */
  readonly dependence: 'independent' | 'correlated';
  /** Years left out of the correlated test because a season misses them (empty with independent seasons). */
  readonly droppedYears: number[];
  /** Caveats about the result. */
  readonly warnings: string[];
}

const FN = 'seasonalMannKendall';

/**
 * The seasonal Mann–Kendall test (Hirsch, Slack & Smith 1982) with the seasonal Sen slope, as pyMannKendall's
 * `seasonal_test` and `seasonal_sens_slope` compute them, or with correlated seasons as its
 * `correlated_seasonal_test` (Hipel & McLeod 1994).
 *
 * Method (reference stats.md §5.4–5.5): for each season s, S_s and var(S_s) over its years (tie-corrected);
 * S = Σ S_s, var = Σ var_s, z with the continuity correction, p = 2(1 − Φ(|z|)), tau = S / Σ n_s(n_s−1)/2.
 * Slope = median over seasons and year pairs of (x_j − x_i)/(year_j − year_i); intercept =
 * median(x) − slope·median(t) with t = year + (season − 1)/period.
 *
 * Correlated seasons (`dependence: 'correlated'`): only the years in which every season present is observed
 * enter S; var(S) = Σ_{s,r} Γ_sr, Γ_sr = (K_sr + 4 Σ_t R_s(t)R_r(t) − n(n+1)²)/3 with K_sr = Σ_{i<j}
 * sign((x_sj − x_si)(x_rj − x_ri)) and R the midranks within a season (Dietz & Killeen 1981); z = S/√var
 * without continuity correction by default. The slope and intercept still use every observation. (pyMannKendall
 * issue #23 asks whether a term is missing from this variance; Γ_ss already is var(S_s) for untied data, so the
 * sum holds both the variances and the covariances.)
 *
 * Missing values: leave the observation out. Each season uses the years it has (pyMannKendall drops NaN per
 * season column in the same way), and pairs with a missing end are not slopes; with correlated seasons a year
 * missing any season is left out of S and var(S), and a warning lists such years.
 *
 * @param observations - `{ year, season, value }` records, any order, one value per (year, season).
 * @param options - See {@link SeasonalMannKendallOptions}.
 * @returns S, var(S), z, p, tau, the trend, the seasonal Sen slope and intercept, and per-season scores.
 * @throws {EquityLensError} `too_short` when no season has two years (with correlated seasons: fewer than two
 *   years with every season); `duplicate` when a (year, season) repeats; `invalid_value` for an unknown `dependence`;
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
  const opts = checkOptions(options, ['period', 'alpha', 'dependence', 'continuityCorrection', 'interceptAt'], FN);
  const period = opts.period === undefined ? 12 : integer(opts.period, 'options.period', FN, { min: 1 });
  const alpha = significanceLevel(opts.alpha, FN);
  const dependence = choice(opts.dependence, ['independent', 'correlated'] as const, 'independent', 'options.dependence', FN);
  const continuityCorrection = flag(opts.continuityCorrection, dependence === 'independent', 'options.continuityCorrection', FN);
  const interceptAt = opts.interceptAt === undefined ? 0 : finiteNumber(opts.interceptAt, 'options.interceptAt', FN);
  if (!Array.isArray(observations)) {
    fail('invalid_type', 'observations', `${FN}: observations is ${describe(observations)}; expected an array of { year, season, value }.`);
  }
  const total = observations.length;
  const allValues = new Float64Array(total);
  const allTimes = new Float64Array(total);
  const bySeason = new Map<number, { year: number; value: number }[]>();
  const seen = new Map<string, number>();
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
    const key = `${year}/${season}`;
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
  const columns: KendallColumn[] = seasonKeys.map((season) => {
    const list = (bySeason.get(season) as { year: number; value: number }[]).sort((a, b) => a.year - b.year);
    return { years: Float64Array.from(list, (p) => p.year), values: Float64Array.from(list, (p) => p.value) };
  });
  if (!columns.some((column) => column.values.length > 1)) {
    fail('too_short', 'observations', `${FN}: no season has two years of data; the seasonal Mann–Kendall test needs at least two years of one season.`);
  }
  const score = dependence === 'independent' ? independentScore(columns) : correlatedScore(columns);
  const warnings: string[] = [];
  if (dependence === 'correlated') {
    const common = (score.commonYears as number[]).length;
    if (common < 2) {
      fail(
        'too_short',
        'observations',
        `${FN}: ${common} year${common === 1 ? ' has' : 's have'} every season observed; the correlated seasonal test needs at least two such years. Fill the missing seasons or use dependence "independent".`,
      );
    }
    if (score.droppedYears.length > 0) {
      warnings.push(`years ${score.droppedYears.join(', ')} miss at least one season and are left out of S and var(S) (correlated seasons need every season of a year).`);
    }
  }
  const { s, varS } = score;
  const seasons: SeasonScore[] = score.columns.map((column, i) => ({ season: seasonKeys[i] as number, ...column }));
  const z = mannKendallZ(s, varS, continuityCorrection);
  const significant = Math.abs(z) > normalQuantile(1 - alpha / 2);
  const slope = pooledSenSlope(columns);
  return {
    s,
    varS,
    z,
    pValue: twoSidedNormalP(z),
    tau: s / score.pairs,
    // Stryker disable next-line EqualityOperator: equivalent — a significant z is never 0, so > 0 and ≥ 0 agree
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
    dependence,
    droppedYears: score.droppedYears,
    warnings,
  };
}
