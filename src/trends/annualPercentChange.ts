import { tCritical, twoSidedTP } from './internal/inference.ts';
import { firstNonPositiveYear } from './internal/logLinear.ts';
import { fitOls } from './internal/ols.ts';
import { checkOptions, choice, confidenceLevel } from './internal/options.ts';
import { packSeries } from './internal/series.ts';

/** Options of {@link annualPercentChange}. */
export interface AnnualPercentChangeOptions {
  /** Confidence level of the APC interval, strictly inside (0, 1). Default 0.95. */
  confidence?: number;
  /**
   * What to do with values ≤ 0, whose logarithm is undefined. `'null'` (default, as SEER*Stat: "where at least
   * one of the rates is equal to zero, the linear regression is not calculated"): every result field is `null`
   * and `warnings` says which year. `'drop'`: fit the remaining years (the Gaussian-on-log variant of Rcan's
   * `csu_eapc`), with a warning naming the dropped years.
   */
  nonPositive?: 'null' | 'drop';
}

/** An annual percent change with its t interval. */
export interface AnnualPercentChangeResult {
  /** APC = 100·(e^b − 1), percent per year; `null` when not computed (see `warnings`). */
  readonly apc: number | null;
  /** Lower end of the interval, 100·(e^{b − t·SE} − 1); asymmetric around `apc`. */
  readonly lower: number | null;
  /** Upper end of the interval, 100·(e^{b + t·SE} − 1). */
  readonly upper: number | null;
  /** Two-sided p-value of b = 0 (t test with n − 2 degrees of freedom). */
  readonly pValue: number | null;
  /** The log-scale slope b (per year). */
  readonly logSlope: number | null;
  /** Standard error of b. */
  readonly seLogSlope: number | null;
  /** Years used in the fit. */
  readonly n: number;
  /** Degrees of freedom, n − 2. */
  readonly df: number;
  /** Confidence level of the interval. */
  readonly confidence: number;
  /** Unweighted least squares of ln(value) on calendar year (SEER*Stat's unweighted APC; Joinpoint with 0 joinpoints). */
  readonly method: 'logLinearOls';
  /** How values ≤ 0 were treated. */
  readonly nonPositive: 'null' | 'drop';
  /** Why fields are `null`, or which years were dropped. */
  readonly warnings: string[];
}

const FN = 'annualPercentChange';

/**
 * Annual percent change (APC): the constant yearly percent change of a log-linear trend, as NCI SEER*Stat and
 * Joinpoint (with zero joinpoints) compute it, with the t interval and test.
 *
 * Formulas (SEER*Stat "Trend algorithms", https://seer.cancer.gov/help/seerstat/equations-and-algorithms/trend-algorithms;
 * reference stats.md §5.3): fit ln(r_t) = a + b·t by least squares with t = calendar year; APC = 100(e^b − 1);
 * interval 100(e^{b ∓ t_{(1+confidence)/2, n−2}·SE_b} − 1); p = 2·P(T_{n−2} ≥ |b/SE_b|). The unweighted fit is
 * the reference here (SEER*Stat's default weights by the rates' standard errors). Gaps in years are fine.
 *
 * @param series - Yearly rates or counts `{ year, value }`, any order, at least 3 years (SEER*Stat's minimum).
 * @param options - See {@link AnnualPercentChangeOptions}.
 * @returns The APC in percent per year, its interval, p-value and the log-scale slope; `null` fields with a
 *   warning when a value ≤ 0 prevents the fit.
 * @throws {EquityLensError} `too_short` with fewer than 3 years; `out_of_range` for a `confidence` outside (0, 1);
 *   `invalid_value` for an unknown `nonPositive`; `duplicate`, `not_finite`, `invalid_type` or `not_integer`
 *   for bad entries.
 * @category Trends
 * @example
 * ```ts
 * import { annualPercentChange } from "./annualPercentChange.ts";
 *
 * // Growing exactly 10 % a year.
 * const series = [0, 1, 2, 3].map((i) => ({ year: 2020 + i, value: 50 * 1.1 ** i }));
 * annualPercentChange(series).apc?.toFixed(9); // => "10.000000000"
 * annualPercentChange([{ year: 2020, value: 0 }, { year: 2021, value: 3 }, { year: 2022, value: 4 }]).apc; // => null
 * ```
 */
export function annualPercentChange(
  series: readonly { readonly year: number; readonly value: number }[],
  options?: AnnualPercentChangeOptions,
): AnnualPercentChangeResult {
  const opts = checkOptions(options, ['confidence', 'nonPositive'], FN);
  const confidence = confidenceLevel(opts.confidence, FN);
  const nonPositive = choice(opts.nonPositive, ['null', 'drop'] as const, 'null', 'options.nonPositive', FN);
  let { years, values, n } = packSeries(series, 'series', FN, 3, 'an annual percent change (SEER*Stat needs 3 years)');
  const warnings: string[] = [];
  const empty = (df: number): AnnualPercentChangeResult => ({
    apc: null,
    lower: null,
    upper: null,
    pValue: null,
    logSlope: null,
    seLogSlope: null,
    n,
    df,
    confidence,
    method: 'logLinearOls',
    nonPositive,
    warnings,
  });
  const bad = firstNonPositiveYear(years, values);
  if (bad !== undefined) {
    if (nonPositive === 'null') {
      warnings.push(`the value in ${bad} is ≤ 0, so its logarithm is undefined and the APC is not computed (as SEER*Stat); pass nonPositive: 'drop' to fit the other years.`);
      return empty(n - 2);
    }
    const keptYears: number[] = [];
    const keptValues: number[] = [];
    const dropped: number[] = [];
    for (let i = 0; i < n; i++) {
      if ((values[i] as number) > 0) {
        keptYears.push(years[i] as number);
        keptValues.push(values[i] as number);
      } else {
        dropped.push(years[i] as number);
      }
    }
    warnings.push(`dropped ${dropped.length} year${dropped.length === 1 ? '' : 's'} with a value ≤ 0: ${dropped.join(', ')}.`);
    years = Float64Array.from(keptYears);
    values = Float64Array.from(keptValues);
    n = keptYears.length;
    if (n < 3) {
      warnings.push(`only ${n} year${n === 1 ? '' : 's'} with a value > 0 remain; an APC needs at least 3.`);
      return empty(Math.max(n - 2, 0));
    }
  }
  // Every value left is > 0.
  const fit = fitOls(years, values.map((value) => Math.log(value)));
  const t = tCritical(confidence, fit.df);
  return {
    apc: 100 * Math.expm1(fit.slope),
    lower: 100 * Math.expm1(fit.slope - t * fit.seSlope),
    upper: 100 * Math.expm1(fit.slope + t * fit.seSlope),
    pValue: twoSidedTP(fit.slope, fit.seSlope, fit.df),
    logSlope: fit.slope,
    seLogSlope: fit.seSlope,
    n,
    df: fit.df,
    confidence,
    method: 'logLinearOls',
    nonPositive,
    warnings,
  };
}
