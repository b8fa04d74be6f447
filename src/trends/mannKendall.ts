import { normalQuantile } from '../uncertainty/normalQuantile.ts';
import { twoSidedNormalP } from './internal/inference.ts';
import { kendallScore, mannKendallZ, varianceOfS } from './internal/kendall.ts';
import { checkOptions, choice, flag, significanceLevel } from './internal/options.ts';
import { packSeries } from './internal/series.ts';

/** Direction of a monotonic trend found by a Mann–Kendall test. */
export type MannKendallTrend = 'increasing' | 'decreasing' | 'no trend';

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
}

/** The result of a Mann–Kendall trend test. */
export interface MannKendallResult {
  /** Kendall's S = Σ_{i<j} sign(x_j − x_i) over the series in year order. */
  readonly s: number;
  /** Variance of S under no trend, with the correction for tied values. */
  readonly varS: number;
  /** Normal score of S. */
  readonly z: number;
  /** Two-sided p-value, 2·(1 − Φ(|z|)). */
  readonly pValue: number;
  /** Kendall's tau (tau-a by default); `null` for tau-b when every value is tied (0/0). */
  readonly tau: number | null;
  /** `'increasing'` or `'decreasing'` when |z| > Φ⁻¹(1 − α/2), otherwise `'no trend'`. */
  readonly trend: MannKendallTrend;
  /** Whether the trend is significant at `alpha` (pyMannKendall's `h`). */
  readonly significant: boolean;
  /** Number of years. */
  readonly n: number;
  /** Significance level used. */
  readonly alpha: number;
  /** Which tau was reported. */
  readonly tauVariant: 'a' | 'b';
  /** Whether z used the continuity correction. */
  readonly continuityCorrection: boolean;
  /** Caveats about the result. */
  readonly warnings: string[];
}

const FN = 'mannKendall';

/**
 * The Mann–Kendall test for a monotonic trend, as pyMannKendall's `original_test` computes it.
 *
 * Formulas (reference stats.md §5.4): S = Σ_{i<j} sign(x_j − x_i) over values in year order (only the order of
 * the years matters, so gaps do not change S); var(S) = [n(n−1)(2n+5) − Σ_g t_g(t_g−1)(2t_g+5)]/18 over
 * groups of tied values; z = (S − 1)/√var for S > 0, (S + 1)/√var for S < 0, 0 for S = 0; p = 2(1 − Φ(|z|));
 * tau-a = S/(n(n−1)/2). An all-constant series has var(S) = 0, z = 0, p = 1. S is counted in O(n log n) with a
 * merge sort (Knight 1966) rather than over all pairs.
 *
 * Missing values: a series has no missing values; leave a year out rather than passing `NaN` (which is an
 * error). This matches pyMannKendall, which drops NaN before computing S.
 *
 * @param series - Yearly observations `{ year, value }`, any order, at least 3 years.
 * @param options - See {@link MannKendallOptions}.
 * @returns S, its variance, z, p, tau, the trend and the conventions used.
 * @throws {EquityLensError} `too_short` with fewer than 3 years; `out_of_range` for an `alpha` outside (0, 1);
 *   `invalid_value` for an unknown `tau`; `duplicate`, `not_finite`, `invalid_type` or `not_integer` for bad entries.
 * @category Trends
 * @example
 * ```ts
 * import { mannKendall } from "./mannKendall.ts";
 *
 * const result = mannKendall([3, 5, 4, 6, 8, 7, 9, 11].map((value, i) => ({ year: 2016 + i, value })));
 * result.s; // => 24
 * result.tau; // => 0.8571428571428571
 * result.trend; // => "increasing"
 * ```
 */
export function mannKendall(
  series: readonly { readonly year: number; readonly value: number }[],
  options?: MannKendallOptions,
): MannKendallResult {
  const opts = checkOptions(options, ['alpha', 'tau', 'continuityCorrection'], FN);
  const alpha = significanceLevel(opts.alpha, FN);
  const tauVariant = choice(opts.tau, ['a', 'b'] as const, 'a', 'options.tau', FN);
  const continuityCorrection = flag(opts.continuityCorrection, true, 'options.continuityCorrection', FN);
  const { values, n } = packSeries(series, 'series', FN, 3, 'the Mann–Kendall test');
  const score = kendallScore(values);
  const varS = varianceOfS(n, score.tieVarianceTerm);
  const z = mannKendallZ(score.s, varS, continuityCorrection);
  const pValue = twoSidedNormalP(z);
  const significant = Math.abs(z) > normalQuantile(1 - alpha / 2);
  const warnings: string[] = [];
  let tau: number | null;
  if (tauVariant === 'a') {
    tau = score.s / score.pairs;
  } else {
    // Years are distinct, so only the values carry ties (n₁ = 0).
    const denominator = Math.sqrt(score.pairs * (score.pairs - score.tiedPairs));
    tau = denominator > 0 ? score.s / denominator : null;
    if (tau === null) warnings.push('every value is tied, so tau-b is undefined (0/0).');
  }
  if (n < 10) warnings.push(`with ${n} years the normal approximation behind the p-value is rough; read it as indicative.`);
  return {
    s: score.s,
    varS,
    z,
    pValue,
    tau,
    trend: significant ? (z > 0 ? 'increasing' : 'decreasing') : 'no trend',
    significant,
    n,
    alpha,
    tauVariant,
    continuityCorrection,
    warnings,
  };
}
