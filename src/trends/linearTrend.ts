import { representable } from '../internal/magnitude.ts';
import { finiteNumber } from '../internal/validate.ts';
import { tCritical, twoSidedTP } from './internal/inference.ts';
import { fitOls } from './internal/ols.ts';
import { checkOptions, confidenceLevel } from './internal/options.ts';
import { packSeries } from './internal/series.ts';

/** Options of {@link linearTrend}. */
export interface LinearTrendOptions {
  /** Confidence level of the slope interval, strictly inside (0, 1). Default 0.95. */
  confidence?: number;
  /**
   * The year at which `intercept` is reported. Default 0, so `intercept` is the fitted value at year 0, as
   * scipy.stats.linregress reports it with x = calendar years (a large, meaningless number). Pass e.g. the
   * first year to get the fitted baseline value.
   */
  interceptAt?: number;
}

/** An ordinary least-squares trend line with its inference. */
export interface LinearTrendResult {
  /** Slope: change in value per year. */
  readonly slope: number;
  /** Fitted value at `interceptAt` (default year 0). */
  readonly intercept: number;
  /** The year `intercept` refers to. */
  readonly interceptAt: number;
  /** Standard error of the slope, √(SSE/(n−2)/Sxx). */
  readonly seSlope: number;
  /** Standard error of the fitted value at `interceptAt`, s·√(1/n + (interceptAt − x̄)²/Sxx). */
  readonly seIntercept: number;
  /** Lower end of the slope interval, slope − t·SE. */
  readonly lower: number;
  /** Upper end of the slope interval, slope + t·SE. */
  readonly upper: number;
  /** Two-sided p-value of slope = 0 (t test, n − 2 degrees of freedom). */
  readonly pValue: number;
  /** Coefficient of determination; `null` when every value is equal (0/0). */
  readonly rSquared: number | null;
  /** Number of years. */
  readonly n: number;
  /** Degrees of freedom, n − 2. */
  readonly df: number;
  /** Confidence level of `lower`/`upper`. */
  readonly confidence: number;
  /** The method: ordinary least squares of value on calendar year. */
  readonly method: 'ols';
  /** Why a field is `null`, or notes on the fit. */
  readonly warnings: string[];
}

const FN = 'linearTrend';

/**
 * Ordinary least-squares trend of value on calendar year, with the slope's standard error, t interval and
 * p-value, as scipy.stats.linregress computes them.
 *
 * Formulas (reference stats.md §5.2): b = Sxy/Sxx, a = ȳ − b·x̄, SE(b) = √(SSE/(n−2)/Sxx), interval
 * b ± t_{(1+confidence)/2, n−2}·SE(b), p = 2·P(T_{n−2} ≥ |b/SE(b)|). The x values are the actual years, so
 * gaps are handled. With a perfect fit SE is 0 and p is 0 (1 for a flat line), as linregress reports. Cost O(n).
 *
 * @param series - Yearly observations `{ year, value }`, any order, at least 3 years (the t test needs n − 2 ≥ 1).
 * @param options - See {@link LinearTrendOptions}.
 * @returns The slope (value units per year), intercept, standard errors, interval, p-value and R².
 * @throws {EquityLensError} `too_short` with fewer than 3 years; `out_of_range` when `confidence` is not inside
 *   (0, 1); `duplicate`, `not_finite`, `invalid_type` or `not_integer` for bad entries.
 * @category Trends
 * @example
 * ```ts
 * import { linearTrend } from "./linearTrend.ts";
 *
 * const fit = linearTrend([
 *   { year: 2020, value: 10 }, { year: 2021, value: 12 }, { year: 2022, value: 13 }, { year: 2023, value: 15 },
 * ], { interceptAt: 2020 });
 * fit.slope; // => 1.6
 * fit.intercept; // => 10.1
 * fit.rSquared; // => 0.9846153846153848
 * ```
 */
export function linearTrend(
  series: readonly { readonly year: number; readonly value: number }[],
  options?: LinearTrendOptions,
): LinearTrendResult {
  const opts = checkOptions(options, ['confidence', 'interceptAt'], FN);
  const confidence = confidenceLevel(opts.confidence, FN);
  const interceptAt = opts.interceptAt === undefined ? 0 : finiteNumber(opts.interceptAt, 'options.interceptAt', FN);
  const { years, values, n } = packSeries(series, 'series', FN, 3, 'an OLS trend with a standard error');
  const fit = fitOls(years, values);
  const t = tCritical(confidence, fit.df);
  const warnings: string[] = [];
  const rSquared = fit.rSquared;
  if (rSquared === null) warnings.push('every value is equal, so R² is undefined (0/0).');
  const offset = interceptAt - fit.xMean;
  const tooLarge = (value: number, what: string): number =>
    representable(value, 'options.interceptAt', FN, what, `pass options.interceptAt near the series' years (e.g. { interceptAt: ${years[0]} }), where the fitted line stays within range`);
  return {
    slope: fit.slope,
    intercept: tooLarge(fit.yMean + fit.slope * offset, `the intercept at year ${interceptAt}`),
    interceptAt,
    seSlope: fit.seSlope,
    seIntercept: tooLarge(fit.residualSd * Math.sqrt(1 / n + (offset * offset) / fit.sxx), `the intercept's standard error at year ${interceptAt}`),
    lower: fit.slope - t * fit.seSlope,
    upper: fit.slope + t * fit.seSlope,
    pValue: twoSidedTP(fit.slope, fit.seSlope, fit.df),
    rSquared,
    n,
    df: fit.df,
    confidence,
    method: 'ols',
    warnings,
  };
}
