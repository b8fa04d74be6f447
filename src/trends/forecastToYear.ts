import { renamedValue } from '../internal/deprecation.ts';
import { describe, fail } from '../internal/errors.ts';
import { integer } from '../internal/validate.ts';
import { tCritical } from './internal/inference.ts';
import { firstNonPositiveYear, fitLogLinear } from './internal/logLinear.ts';
import { fitOls, type OlsFit } from './internal/ols.ts';
import { checkOptions, choice, confidenceLevel } from './internal/options.ts';
import { packSeries } from './internal/series.ts';
import { theilSen } from './theilSen.ts';

/** How a series is extrapolated. */
export type ForecastMethod = 'linear' | 'logLinear' | 'theilSen';

/** Options of {@link forecastToYear}. */
export interface ForecastToYearOptions {
  /**
   * `'linear'` (default): the OLS line of value on year. `'logLinear'`: the OLS line of ln(value) on year,
   * exponentiated (constant percent change, the APC model; values must be > 0). `'theilSen'`: the Theil–Sen
   * line (robust; no interval).
   */
  method?: ForecastMethod;
  /** Confidence level of the interval, strictly inside (0, 1). Default 0.95. */
  confidence?: number;
  /**
   * `'prediction'` (default): where a single future observation is expected to fall, ŷ ± t·s·√(1 + 1/n + (x₀ − x̄)²/Sxx).
   * `'mean'`: the interval of the fitted line itself, without the 1.
   */
  interval?: 'prediction' | 'mean';
}

/** A value projected to a year. */
export interface ForecastToYearResult {
  /** The year projected to. */
  readonly year: number;
  /** The projected value; `null` when the method cannot be fitted (see `warnings`). */
  readonly value: number | null;
  /** Lower end of the interval; `null` for Theil–Sen or when not computed. */
  readonly lower: number | null;
  /** Upper end of the interval. */
  readonly upper: number | null;
  /** Years since the last observation. */
  readonly horizon: number;
  /** The method used. */
  readonly method: ForecastMethod;
  /** The interval kind. */
  readonly interval: 'prediction' | 'mean';
  /** Confidence level of the interval. */
  readonly confidence: number;
  /** Number of years fitted. */
  readonly n: number;
  /** Why a field is `null`, or caveats. */
  readonly warnings: string[];
}

const FN = 'forecastToYear';

/** ŷ at x0 and its half-width, from an OLS fit. */
function project(fit: OlsFit, x0: number, t: number, kind: 'prediction' | 'mean'): { value: number; halfWidth: number } {
  const dx = x0 - fit.xMean;
  const value = fit.yMean + fit.slope * dx;
  const spread = (kind === 'prediction' ? 1 : 0) + 1 / fit.n + (dx * dx) / fit.sxx;
  return { value, halfWidth: t * fit.residualSd * Math.sqrt(spread) };
}

/**
 * Projects a series to a future year by extrapolating a fitted trend line, with a prediction (or mean) interval.
 *
 * Formulas (reference stats.md §5.2–5.3, §5.8 "projection at the target year"): linear ŷ(x₀) = ȳ + b(x₀ − x̄)
 * with interval ŷ ± t_{(1+c)/2, n−2}·s·√(1 + 1/n + (x₀ − x̄)²/Sxx) (standard OLS prediction interval);
 * log-linear: the same on ln(value), exponentiated (the interval is for the median and is asymmetric);
 * Theil–Sen: intercept + slope·x₀, no interval. Extrapolation assumes the fitted trend continues; the farther the
 * year, the wider the interval.
 *
 * @param series - Yearly observations `{ year, value }`, any order, at least 3 years.
 * @param year - The year to project to; not before the last observed year.
 * @param options - See {@link ForecastToYearOptions}.
 * @returns The projected value, its interval and the method used.
 * @throws {EquityLensError} `too_short` with fewer than 3 years; `out_of_range` when `year` is before the last
 *   observation or `confidence` is outside (0, 1); `invalid_value` for an unknown method or interval;
 *   `duplicate`, `not_finite`, `invalid_type` or `not_integer` for bad entries.
 * @category Trends
 * @example
 * ```ts
 * import { forecastToYear } from "./forecastToYear.ts";
 *
 * const series = [{ year: 2020, value: 10 }, { year: 2021, value: 12 }, { year: 2022, value: 14 }];
 * forecastToYear(series, 2025).value; // => 20
 * forecastToYear(series, 2025, { method: "theilSen" }).value; // => 20
 * ```
 */
export function forecastToYear(
  series: readonly { readonly year: number; readonly value: number }[],
  year: number,
  options?: ForecastToYearOptions,
): ForecastToYearResult {
  const opts = checkOptions(options, ['method', 'confidence', 'interval'], FN);
  const deprecations: string[] = [];
  const method = choice(
    renamedValue(opts.method, { 'log-linear': 'logLinear', 'theil-sen': 'theilSen' }, 'options.method', FN, deprecations),
    ['linear', 'logLinear', 'theilSen'] as const,
    'linear',
    'options.method',
    FN,
  );
  const confidence = confidenceLevel(opts.confidence, FN);
  const interval = choice(opts.interval, ['prediction', 'mean'] as const, 'prediction', 'options.interval', FN);
  const target = integer(year, 'year', FN);
  const { years, values, n } = packSeries(series, 'series', FN, 3, `a ${method} forecast with an interval`);
  const last = years[n - 1] as number;
  if (target < last) {
    fail('out_of_range', 'year', `${FN}: year is ${describe(target)}, before the last observation (${last}); forecast to ${last} or later, or read the fitted values instead.`);
  }
  const warnings: string[] = [...deprecations];
  const base = { year: target, horizon: target - last, method, interval, confidence, n, warnings };
  if (method === 'theilSen') {
    const sen = theilSen(series, { interceptAt: target });
    return { ...base, value: sen.intercept, lower: null, upper: null };
  }
  const t = tCritical(confidence, n - 2);
  if (method === 'linear') {
    const { value, halfWidth } = project(fitOls(years, values), target, t, interval);
    return { ...base, value, lower: value - halfWidth, upper: value + halfWidth };
  }
  const fit = fitLogLinear(years, values);
  if (fit === null) {
    warnings.push(`the value in ${firstNonPositiveYear(years, values)} is ≤ 0, so a log-linear trend cannot be fitted.`);
    return { ...base, value: null, lower: null, upper: null };
  }
  const { value, halfWidth } = project(fit, target, t, interval);
  return { ...base, value: Math.exp(value), lower: Math.exp(value - halfWidth), upper: Math.exp(value + halfWidth) };
}
