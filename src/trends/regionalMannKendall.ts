import { describe, fail } from '../internal/errors.ts';
import { normalQuantile } from '../uncertainty/normalQuantile.ts';
import { twoSidedNormalP } from './internal/inference.ts';
import { mannKendallZ } from './internal/kendall.ts';
import { correlatedScore, independentScore, pooledSenSlope, type KendallColumn } from './internal/multivariateKendall.ts';
import { checkOptions, choice, flag, significanceLevel } from './internal/options.ts';
import { packAnySeries } from './internal/series.ts';
import type { MannKendallTrend } from './mannKendall.ts';

/** Options of {@link regionalMannKendall}. */
export interface RegionalMannKendallOptions {
  /** Significance level α of the two-sided test, strictly inside (0, 1). Default 0.05. */
  alpha?: number;
  /**
   * Whether the sites' series are taken as independent (`'independent'`, default: Helsel & Frans 2006, pyMannKendall
   * `regional_test`) or correlated (`'correlated'`: var(S) from the full covariance matrix of the sites' scores,
   * Dietz & Killeen 1981, pyMannKendall `correlated_multivariate_test`) — when a citywide shock (a pandemic year,
   * a budget cut) moves every district at once.
   */
  dependence?: 'independent' | 'correlated';
  /**
   * Whether z uses the continuity correction. Default true with independent sites and false with correlated ones,
   * as pyMannKendall's `regional_test` and `correlated_multivariate_test` do.
   */
  continuityCorrection?: boolean;
}

/** S and its variance at one site. */
export interface SiteScore {
  /** The site's name (the key it was given under). */
  readonly site: string;
  /** Number of years of the site used (with correlated sites, the years every site has). */
  readonly n: number;
  /** Kendall's S at the site. */
  readonly s: number;
  /** var(S) at the site, with the tie correction. */
  readonly varS: number;
}

/** The result of a regional Mann–Kendall test. */
export interface RegionalMannKendallResult {
  /** S summed over sites. */
  readonly s: number;
  /** var(S): summed over sites (independent), or the sum of the sites' covariance matrix (correlated). */
  readonly varS: number;
  /** Normal score of S. */
  readonly z: number;
  /** Two-sided p-value, 2·(1 − Φ(|z|)). */
  readonly pValue: number;
  /** S / Σ_sites n(n − 1)/2, over the years used. */
  readonly tau: number;
  /** `'increasing'`, `'decreasing'` or `'no trend'` at `alpha`: the direction shared across the region. */
  readonly trend: MannKendallTrend;
  /** Whether the trend is significant at `alpha`. */
  readonly significant: boolean;
  /** Regional Sen slope: the median of the within-site pairwise slopes, per year, over every observation. */
  readonly slope: number;
  /** Per-site scores, in the order the sites were given. */
  readonly sites: SiteScore[];
  /** Number of observations over all sites. */
  readonly n: number;
  /** Significance level used. */
  readonly alpha: number;
  /** Whether z used the continuity correction. */
  readonly continuityCorrection: boolean;
  /** Whether the sites were taken as independent or correlated. */
  readonly dependence: 'independent' | 'correlated';
  /** Years left out of the correlated test because a site misses them (empty with independent sites). */
  readonly droppedYears: number[];
  /** Caveats about the result. */
  readonly warnings: string[];
}

const FN = 'regionalMannKendall';

/**
 * The regional Mann–Kendall test: is there a trend common to several sites — council districts, community
 * centres, groups — each observed over years? As pyMannKendall's `regional_test` (Helsel & Frans 2006) or, with
 * `dependence: 'correlated'`, its `correlated_multivariate_test`.
 *
 * Method: for each site, S and the tie-corrected var(S) over its years; S = Σ S_site, tau = S / Σ n(n−1)/2.
 * Independent sites: var = Σ var_site, z with the continuity correction. Correlated sites: only the years every
 * site observes enter S; var(S) = Σ_{a,b} Γ_ab with Γ_ab = (K_ab + 4 Σ_t R_a(t)R_b(t) − n(n+1)²)/3, K_ab the
 * concordance of sites a and b over those years and R their midranks (Dietz & Killeen 1981; Hipel & McLeod 1994
 * §23.3); z = S/√var without continuity correction by default. p = 2(1 − Φ(|z|)). The regional slope is the
 * median of the pairwise slopes within each site, per year, over all observations.
 *
 * A regional trend can hide opposite trends at single sites (S adds up); read `sites` before concluding that
 * every district improves.
 *
 * Missing values: leave a year out of a site's series. Each independent site uses the years it has (as
 * pyMannKendall drops NaN per column); correlated sites use only the years every site has, and a warning lists
 * the years left out.
 *
 * @param seriesBySite - One yearly series `{ year, value }[]` per site, keyed by the site's name.
 * @param options - See {@link RegionalMannKendallOptions}.
 * @returns S, var(S), z, p, tau, the shared trend, the regional Sen slope and per-site scores.
 * @throws {EquityLensError} `empty` without sites; `too_short` when no site has two years (with correlated
 *   sites: fewer than two years that every site has); `invalid_type` for a non-object; `out_of_range` for an
 *   `alpha` outside (0, 1); `invalid_value` for an unknown `dependence`; `duplicate`, `not_finite`,
 *   `invalid_type` or `not_integer` for bad entries of a series.
 * @category Trends
 * @example
 * ```ts
 * import { regionalMannKendall } from "./regionalMannKendall.ts";
 *
 * // Households served per year in two districts.
 * const years = [2019, 2020, 2021, 2022, 2023];
 * const served = (counts: number[]) => years.map((year, i) => ({ year, value: counts[i] as number }));
 * const result = regionalMannKendall({
 *   "District 3": served([110, 120, 140, 130, 160]),
 *   "District 7": served([90, 80, 110, 120, 120]),
 * });
 * result.s; // => 15
 * result.sites.map((site) => site.s); // => [8, 7]
 * result.slope; // => 10
 * result.trend; // => "increasing"
 * ```
 */
export function regionalMannKendall(
  seriesBySite: Readonly<Record<string, readonly { readonly year: number; readonly value: number }[]>>,
  options?: RegionalMannKendallOptions,
): RegionalMannKendallResult {
  const opts = checkOptions(options, ['alpha', 'dependence', 'continuityCorrection'], FN);
  const alpha = significanceLevel(opts.alpha, FN);
  const dependence = choice(opts.dependence, ['independent', 'correlated'] as const, 'independent', 'options.dependence', FN);
  const continuityCorrection = flag(opts.continuityCorrection, dependence === 'independent', 'options.continuityCorrection', FN);
  if (seriesBySite === null || typeof seriesBySite !== 'object' || Array.isArray(seriesBySite)) {
    fail(
      'invalid_type',
      'seriesBySite',
      `${FN}: seriesBySite is ${describe(seriesBySite)}; expected an object with one series per site, e.g. { "District 1": [{ year, value }, …] }.`,
    );
  }
  const names = Object.keys(seriesBySite);
  if (names.length === 0) {
    fail('empty', 'seriesBySite', `${FN}: seriesBySite has no sites; pass at least one series, e.g. { "District 1": [{ year, value }, …] }.`);
  }
  const columns: KendallColumn[] = names.map((name) => {
    const packed = packAnySeries(seriesBySite[name], `seriesBySite[${JSON.stringify(name)}]`, FN);
    return { years: packed.years, values: packed.values };
  });
  let n = 0;
  for (const column of columns) n += column.values.length;
  if (!columns.some((column) => column.values.length > 1)) {
    fail('too_short', 'seriesBySite', `${FN}: no site has two years of data; the regional Mann–Kendall test needs at least two years at one site.`);
  }
  const score = dependence === 'independent' ? independentScore(columns) : correlatedScore(columns);
  const warnings: string[] = [];
  if (dependence === 'correlated') {
    const common = (score.commonYears as number[]).length;
    if (common < 2) {
      fail(
        'too_short',
        'seriesBySite',
        `${FN}: ${common} year${common === 1 ? ' is' : 's are'} observed at every site; the correlated regional test needs at least two such years. Use dependence "independent" or give the sites common years.`,
      );
    }
    if (score.droppedYears.length > 0) {
      warnings.push(`years ${score.droppedYears.join(', ')} are missing at some site and are left out of S and var(S) (correlated sites need every site in a year).`);
    }
  }
  const z = mannKendallZ(score.s, score.varS, continuityCorrection);
  const significant = Math.abs(z) > normalQuantile(1 - alpha / 2);
  return {
    s: score.s,
    varS: score.varS,
    z,
    pValue: twoSidedNormalP(z),
    tau: score.s / score.pairs,
    // Stryker disable next-line EqualityOperator: equivalent — a significant z is never 0, so > 0 and ≥ 0 agree
    trend: significant ? (z > 0 ? 'increasing' : 'decreasing') : 'no trend',
    significant,
    slope: pooledSenSlope(columns),
    sites: score.columns.map((column, i) => ({ site: names[i] as string, ...column })),
    n,
    alpha,
    continuityCorrection,
    dependence,
    droppedYears: score.droppedYears,
    warnings,
  };
}
