import { fail } from '../internal/errors.ts';
import { integer } from '../internal/validate.ts';
import { normalQuantile } from '../uncertainty/normalQuantile.ts';
import { autocorrelations, averageRanks } from './internal/autocorrelation.ts';
import { twoSidedNormalP } from './internal/inference.ts';
import { kendallScore, mannKendallZ, varianceOfS } from './internal/kendall.ts';
import { EXACT_MAX_N, exactKendallPValue } from './internal/kendallExact.ts';
import { checkOptions, choice, flag, significanceLevel } from './internal/options.ts';
import { packSeries } from './internal/series.ts';
import { senSlope } from './internal/slopes.ts';

/** Direction of a monotonic trend found by a Mann–Kendall test. */
export type MannKendallTrend = 'increasing' | 'decreasing' | 'no trend';

/**
 * Which Mann–Kendall test: the original (independent years) or one of pyMannKendall's corrections for serial
 * correlation.
 *
 * - `'original'`: Mann (1945), Kendall (1975), as pyMannKendall `original_test`.
 * - `'hamedRao'`: var(S) multiplied by n/n* from the significant autocorrelations of the ranks of the
 *   detrended series (Hamed & Rao 1998; pyMannKendall `hamed_rao_modification_test`).
 * - `'yueWang'`: var(S) multiplied by n/n* from the autocorrelations of the detrended series (Yue & Wang 2004;
 *   pyMannKendall `yue_wang_modification_test`).
 * - `'preWhitening'`: the test on x_t − r₁·x_{t−1}, r₁ the lag-1 autocorrelation (Yue & Wang 2002;
 *   pyMannKendall `pre_whitening_modification_test`).
 * - `'trendFreePreWhitening'`: the same after removing the Sen trend, which is added back (Yue et al. 2002;
 *   pyMannKendall `trend_free_pre_whitening_modification_test`).
 */
export type MannKendallVariant = 'original' | 'hamedRao' | 'yueWang' | 'preWhitening' | 'trendFreePreWhitening';

/** How the p-value is computed: from the normal approximation to S, or from its exact null distribution. */
export type MannKendallPValueMethod = 'normal' | 'exact';

/** Options of {@link mannKendall}. */
export interface MannKendallOptions {
  /** Significance level α of the two-sided test, strictly inside (0, 1). Default 0.05. */
  alpha?: number;
  /**
   * Which Kendall tau to report. `'a'` (default, pyMannKendall): S / (n(n−1)/2). `'b'` (scipy.stats.kendalltau's
   * default): S / √((n₀ − n₁)(n₀ − n₂)), which corrects for tied values, so |tau-b| ≥ |tau-a| with ties.
   */
  tau?: 'a' | 'b';
  /**
   * Whether z uses the continuity correction, (S − sign(S))/√var(S). Default true (Mann–Kendall, pyMannKendall).
   * `false` gives z = S/√var(S), the p-value scipy.stats.kendalltau reports (typically smaller).
   */
  continuityCorrection?: boolean;
  /** The test: `'original'` (default) or a correction for serial correlation; see {@link MannKendallVariant}. */
  variant?: MannKendallVariant;
  /**
   * `'normal'` (default, pyMannKendall): p = 2(1 − Φ(|z|)). `'exact'`: p = P(|S| ≥ |s|) under the exact null
   * distribution of S, conditional on the tied values (every ordering of the observed values equally likely),
   * for series of up to 100 years — the choice for short series such as ten program years. Not with
   * `'hamedRao'` or `'yueWang'`, whose corrections are to the normal variance.
   */
  pValueMethod?: MannKendallPValueMethod;
  /**
   * For `'hamedRao'` and `'yueWang'`: the autocorrelations at lags 1 … `maxLag` enter the correction.
   * Default n − 1, every lag (pyMannKendall's `lag=None`); Hamed & Rao suggest 3, Yue & Wang 1 (pyMannKendall's
   * `lag` argument is this number).
   */
  maxLag?: number;
  /**
   * For `'hamedRao'`: `'signed'` (default) takes the weighted sum of significant autocorrelations as Hamed & Rao
   * (1998) write it, so negative autocorrelation shrinks var(S) — pyMannKendall 1.4.3 and its test file, R
   * modifiedmk. `'absolute'` takes its absolute value, so any significant autocorrelation widens var(S) — the
   * pyMannKendall source since its issue #29 (2024).
   */
  autocorrelationSum?: 'signed' | 'absolute';
}

/** The result of a Mann–Kendall trend test. */
export interface MannKendallResult {
  /** Kendall's S = Σ_{i<j} sign(x_j − x_i) over the tested values in year order. */
  readonly s: number;
  /** Variance of S under no trend, with the correction for tied values (and for serial correlation by `'hamedRao'` or `'yueWang'`). */
  readonly varS: number;
  /** Normal score of S. */
  readonly z: number;
  /** Two-sided p-value: 2·(1 − Φ(|z|)), or exact (see `pValueMethod`). */
  readonly pValue: number;
  /** Kendall's tau (tau-a by default); `null` for tau-b when every value is tied (0/0). */
  readonly tau: number | null;
  /** `'increasing'` or `'decreasing'` when the trend is significant at `alpha`, otherwise `'no trend'`. */
  readonly trend: MannKendallTrend;
  /**
   * Whether the trend is significant at `alpha` (pyMannKendall's `h`): |z| > Φ⁻¹(1 − α/2) with the normal
   * p-value, p ≤ α with the exact one.
   */
  readonly significant: boolean;
  /** Number of years. */
  readonly n: number;
  /** Number of values S is computed on: n, or n − 1 after pre-whitening. */
  readonly nTested: number;
  /** Significance level used. */
  readonly alpha: number;
  /** Which test was run. */
  readonly variant: MannKendallVariant;
  /** How the p-value was computed. */
  readonly pValueMethod: MannKendallPValueMethod;
  /** Which tau was reported. */
  readonly tauVariant: 'a' | 'b';
  /** Whether z used the continuity correction. */
  readonly continuityCorrection: boolean;
  /** n/n*, the factor the tie-corrected var(S) was multiplied by (`'hamedRao'`, `'yueWang'`); otherwise `null`. */
  readonly varianceCorrection: number | null;
  /** The largest autocorrelation lag used (`'hamedRao'`, `'yueWang'`); otherwise `null`. */
  readonly maxLag: number | null;
  /** The lag-1 autocorrelation removed by pre-whitening (`'preWhitening'`, `'trendFreePreWhitening'`); otherwise `null`. */
  readonly lag1Autocorrelation: number | null;
  /** Caveats about the result. */
  readonly warnings: string[];
}

const FN = 'mannKendall';
const VARIANTS = ['original', 'hamedRao', 'yueWang', 'preWhitening', 'trendFreePreWhitening'] as const;

/**
 * The Mann–Kendall test for a monotonic trend, as pyMannKendall computes it: the original test (`original_test`)
 * or, with `variant`, one of its corrections for serial correlation; with `pValueMethod: 'exact'`, the exact
 * p-value for short series.
 *
 * Formulas (reference stats.md §5.4): S = Σ_{i<j} sign(x_j − x_i) over values in year order (only the order of
 * the years matters, so gaps do not change S); var(S) = [n(n−1)(2n+5) − Σ_g t_g(t_g−1)(2t_g+5)]/18 over
 * groups of tied values; z = (S − 1)/√var for S > 0, (S + 1)/√var for S < 0, 0 for S = 0; p = 2(1 − Φ(|z|));
 * tau-a = S/(n(n−1)/2). An all-constant series has var(S) = 0, z = 0, p = 1. S is counted in O(n log n) with a
 * merge sort (Knight 1966) rather than over all pairs.
 *
 * Serial correlation (pyMannKendall @ ec2e3ab, whose test file these numbers reproduce). b is the Sen slope per
 * year and x′_i = x_i − b·i the detrended series, i = 1 … n the position in year order; ρ_k are sample
 * autocorrelations (c_k/c₀ with divisor n) at lags 1 … L, L = `maxLag` (default n − 1).
 * - Hamed–Rao: ρ_k of the ranks of x′; only those outside ±Φ⁻¹(1 − α/2)/√n (significant at the test's own α)
 *   count; n/n* = 1 + 2/(n(n−1)(n−2))·Σ (n−k)(n−k−1)(n−k−2)ρ_k (its absolute value with
 *   `autocorrelationSum: 'absolute'`); var(S) is multiplied by n/n*.
 * - Yue–Wang: ρ_k of x′ itself, all of them; n/n* = 1 + 2·Σ (1 − k/n)ρ_k.
 * - Pre-whitening: the test on the n − 1 values x_{i+1} − r₁x_i, r₁ the lag-1 autocorrelation of x.
 * - Trend-free pre-whitening: r₁ of x′, the test on x′_{i+1} − r₁x′_i + b·i, i = 1 … n − 1.
 * All four read the years as equally spaced: lag k is k observations apart, as pyMannKendall does after it drops
 * missing values. With gaps in the years a warning says so.
 *
 * Exact p-value (`pValueMethod: 'exact'`): under no trend every ordering of the observed values is equally
 * likely, so the null distribution of S given the observed ties is that of S over all distinct arrangements of
 * the values — Kendall's (1975) distribution when no values tie (as scipy.stats.kendalltau(method="exact") and
 * R's cor.test(method = "kendall", exact = TRUE)), and with ties the permutation distribution conditional on
 * the tie pattern (the number of arrangements with D discordant pairs is a q-multinomial coefficient,
 * MacMahon 1916), so ties are handled exactly rather than by falling back to the normal approximation.
 * p = P(|S| ≥ |s|) = 2·P(S ≥ |s|) (the distribution is symmetric), 1 when S = 0; no continuity correction
 * enters. Up to 100 values; the cost is negligible at ten.
 *
 * Missing values: a series has no missing values; leave a year out rather than passing `NaN` (which is an
 * error). This matches pyMannKendall, which drops NaN before computing S.
 *
 * @param series - Yearly observations `{ year, value }`, any order, at least 3 years (4 with pre-whitening).
 * @param options - See {@link MannKendallOptions}.
 * @returns S, its variance, z, p, tau, the trend and the conventions used.
 * @throws {EquityLensError} `too_short` with fewer than 3 years (4 for the pre-whitening variants);
 *   `out_of_range` for an `alpha` outside (0, 1), a `maxLag` outside 1 … n − 1 or an exact p-value for more
 *   than 100 years; `invalid_value` for an unknown `tau`, `variant` or `pValueMethod`, an option that does not
 *   apply to the variant, or a serial-correlation correction n/n* ≤ 0 (strong negative autocorrelation; var(S)
 *   would be negative); `duplicate`, `not_finite`, `invalid_type` or `not_integer` for bad entries.
 * @category Trends
 * @example
 * ```ts
 * import { mannKendall } from "./mannKendall.ts";
 *
 * const result = mannKendall([3, 5, 4, 6, 8, 7, 9, 11].map((value, i) => ({ year: 2016 + i, value })));
 * result.s; // => 24
 * result.tau; // => 0.8571428571428571
 * result.trend; // => "increasing"
 *
 * // Ten program years: the exact p-value (Kendall's distribution of S) instead of the normal approximation.
 * const tenYears = [12, 15, 13, 17, 16, 19, 18, 21, 20, 23].map((value, i) => ({ year: 2016 + i, value }));
 * mannKendall(tenYears, { pValueMethod: "exact" }).pValue; // => 0.0003576940035273368
 * mannKendall(tenYears).pValue; // => 0.0012821837418053074
 * ```
 */
export function mannKendall(
  series: readonly { readonly year: number; readonly value: number }[],
  options?: MannKendallOptions,
): MannKendallResult {
  const opts = checkOptions(
    options,
    ['alpha', 'tau', 'continuityCorrection', 'variant', 'pValueMethod', 'maxLag', 'autocorrelationSum'],
    FN,
  );
  const alpha = significanceLevel(opts.alpha, FN);
  const tauVariant = choice(opts.tau, ['a', 'b'] as const, 'a', 'options.tau', FN);
  const continuityCorrection = flag(opts.continuityCorrection, true, 'options.continuityCorrection', FN);
  const variant = choice(opts.variant, VARIANTS, 'original', 'options.variant', FN);
  const pValueMethod = choice(opts.pValueMethod, ['normal', 'exact'] as const, 'normal', 'options.pValueMethod', FN);
  const autocorrelationSum = choice(opts.autocorrelationSum, ['signed', 'absolute'] as const, 'signed', 'options.autocorrelationSum', FN);
  const correctsVariance = variant === 'hamedRao' || variant === 'yueWang';
  const prewhitens = variant === 'preWhitening' || variant === 'trendFreePreWhitening';
  if (opts.maxLag !== undefined && !correctsVariance) {
    fail('invalid_value', 'options.maxLag', `${FN}: options.maxLag applies to variant "hamedRao" or "yueWang", not "${variant}"; remove it or choose one of those variants.`);
  }
  if (opts.autocorrelationSum !== undefined && variant !== 'hamedRao') {
    fail('invalid_value', 'options.autocorrelationSum', `${FN}: options.autocorrelationSum applies to variant "hamedRao", not "${variant}"; remove it or use variant "hamedRao".`);
  }
  if (pValueMethod === 'exact' && correctsVariance) {
    fail(
      'invalid_value',
      'options.pValueMethod',
      `${FN}: options.pValueMethod "exact" cannot be combined with variant "${variant}", which corrects the normal approximation's variance; use pValueMethod "normal", or the exact test on variant "original", "preWhitening" or "trendFreePreWhitening".`,
    );
  }
  const { years, values, n } = packSeries(series, 'series', FN, prewhitens ? 4 : 3, prewhitens ? 'the pre-whitened Mann–Kendall test' : 'the Mann–Kendall test');
  const maxLag = correctsVariance
    ? opts.maxLag === undefined
      ? n - 1
      : integer(opts.maxLag, 'options.maxLag', FN, { min: 1, max: n - 1 })
    : null;
  const warnings: string[] = [];
  if (variant !== 'original' && (years[n - 1] as number) - (years[0] as number) !== n - 1) {
    warnings.push(
      `the years have gaps; the "${variant}" correction reads the ${n} observations as equally spaced (lag k is k observations apart), as pyMannKendall does after dropping missing values.`,
    );
  }

  let tested = values;
  let lag1Autocorrelation: number | null = null;
  let varianceCorrection: number | null = null;
  if (variant === 'preWhitening') {
    const r1 = autocorrelations(values, 1)[1] as number;
    tested = new Float64Array(n - 1);
    for (let i = 0; i < n - 1; i++) tested[i] = (values[i + 1] as number) - r1 * (values[i] as number);
    lag1Autocorrelation = r1;
  } else if (variant !== 'original') {
    const slope = senSlope(years, values);
    const detrended = new Float64Array(n);
    for (let i = 0; i < n; i++) detrended[i] = (values[i] as number) - slope * (i + 1);
    if (variant === 'trendFreePreWhitening') {
      const r1 = autocorrelations(detrended, 1)[1] as number;
      tested = new Float64Array(n - 1);
      for (let i = 0; i < n - 1; i++) tested[i] = (detrended[i + 1] as number) - r1 * (detrended[i] as number) + slope * (i + 1);
      lag1Autocorrelation = r1;
    } else {
      const lags = maxLag as number;
      let sum = 0;
      if (variant === 'hamedRao') {
        const rho = autocorrelations(averageRanks(detrended), lags);
        const bound = normalQuantile(1 - alpha / 2) / Math.sqrt(n);
        for (let k = 1; k <= lags; k++) {
          const r = rho[k] as number;
          if (r > bound || r < -bound) sum += (n - k) * (n - k - 1) * (n - k - 2) * r;
        }
        varianceCorrection = 1 + (2 / (n * (n - 1) * (n - 2))) * (autocorrelationSum === 'absolute' ? Math.abs(sum) : sum);
      } else {
        const rho = autocorrelations(detrended, lags);
        for (let k = 1; k <= lags; k++) sum += (1 - k / n) * (rho[k] as number);
        varianceCorrection = 1 + 2 * sum;
      }
      if (!(varianceCorrection > 0)) {
        fail(
          'invalid_value',
          'series',
          `${FN}: the ${variant === 'hamedRao' ? 'Hamed–Rao' : 'Yue–Wang'} correction n/n* is ${varianceCorrection} for this series (strong negative autocorrelation), so the corrected var(S) would not be positive and the test is undefined; ${
            variant === 'hamedRao' ? 'use autocorrelationSum "absolute", ' : 'use more lags (maxLag), '
          }another variant, or the original test.`,
        );
      }
    }
  }

  const m = tested.length;
  const score = kendallScore(tested);
  const varS = varianceOfS(m, score.tieVarianceTerm) * (varianceCorrection ?? 1);
  const z = mannKendallZ(score.s, varS, continuityCorrection);
  let pValue: number;
  let significant: boolean;
  if (pValueMethod === 'exact') {
    if (m > EXACT_MAX_N) {
      fail('out_of_range', 'options.pValueMethod', `${FN}: an exact p-value is computed for up to ${EXACT_MAX_N} values and the series has ${m}; use pValueMethod "normal", which is accurate at this length.`);
    }
    pValue = exactKendallPValue(tested, score.s);
    significant = pValue <= alpha;
  } else {
    pValue = twoSidedNormalP(z);
    significant = Math.abs(z) > normalQuantile(1 - alpha / 2);
    if (n < 10) warnings.push(`with ${n} years the normal approximation behind the p-value is rough; read it as indicative, or use pValueMethod "exact".`);
  }
  let tau: number | null;
  if (tauVariant === 'a') {
    tau = score.s / score.pairs;
  } else {
    // Years are distinct, so only the values carry ties (n₁ = 0).
    const denominator = Math.sqrt(score.pairs * (score.pairs - score.tiedPairs));
    tau = denominator > 0 ? score.s / denominator : null;
    if (tau === null) warnings.push('every value is tied, so tau-b is undefined (0/0).');
  }
  return {
    s: score.s,
    varS,
    z,
    pValue,
    tau,
    trend: significant && score.s !== 0 ? (score.s > 0 ? 'increasing' : 'decreasing') : 'no trend',
    significant,
    n,
    nTested: m,
    alpha,
    variant,
    pValueMethod,
    tauVariant,
    continuityCorrection,
    varianceCorrection,
    maxLag,
    lag1Autocorrelation,
    warnings,
  };
}
