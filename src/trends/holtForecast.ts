import { renamedValue } from '../internal/deprecation.ts';
import { describe, fail } from '../internal/errors.ts';
import { finiteNumber, integer } from '../internal/validate.ts';
import { checkOptions } from './internal/options.ts';
import { packSeries } from './internal/series.ts';

/**
 * How the initial trend b₁ is set (NIST/SEMATECH e-Handbook 6.4.3.3 lists the three):
 * `'firstDifference'` b₁ = y₂ − y₁; `'firstThreeDifferences'` b₁ = [(y₂ − y₁) + (y₃ − y₂) + (y₄ − y₃)]/3;
 * `'averageDifference'` b₁ = (y_n − y₁)/(n − 1); or a number.
 */
export type HoltInitialTrend = 'firstDifference' | 'firstThreeDifferences' | 'averageDifference' | number;

/** Options of {@link holtForecast}. Both smoothing constants are required: there is no hidden estimation. */
export interface HoltForecastOptions {
  /** Level smoothing constant α, in [0, 1]. */
  alpha: number;
  /** Trend smoothing constant β (NIST's γ), in [0, 1]. */
  beta: number;
  /** Number of years to forecast after the last observation, a whole number ≥ 1. Default 1. */
  horizon?: number;
  /** Initial level S₁. Default the first value, y₁ (NIST). */
  initialLevel?: number;
  /** Initial trend b₁. Default `'firstDifference'` (0.1's kebab-case spellings are accepted until 0.3 with a warning). */
  initialTrend?: HoltInitialTrend;
}

/** A Holt linear (double exponential smoothing) fit and forecast. */
export interface HoltForecastResult {
  /** Forecasts for the `horizon` years after the last observation: F_{n+h} = S_n + h·b_n. */
  readonly forecast: { readonly year: number; readonly value: number }[];
  /** Smoothed levels S_t, one per observed year. */
  readonly level: number[];
  /** Smoothed trends b_t, one per observed year. */
  readonly trend: number[];
  /** One-step-ahead fits S_{t−1} + b_{t−1} for the 2nd to the last observed year. */
  readonly fitted: { readonly year: number; readonly value: number }[];
  /** Sum of squared one-step-ahead errors over the 2nd to the last year. */
  readonly sse: number;
  /** The constants and the initial states used. */
  readonly alpha: number;
  /** Trend smoothing constant used. */
  readonly beta: number;
  /** The initial level and trend, and how the trend was set. */
  readonly initialization: { readonly level: number; readonly trend: number; readonly trendMethod: string };
  /** `deprecated:` warnings for 0.1 names used. */
  readonly warnings: string[];
}

const FN = 'holtForecast';

/**
 * Holt's linear exponential smoothing (double exponential smoothing) with an explicit initialisation, and its
 * forecast.
 *
 * Recursions (NIST/SEMATECH e-Handbook of Statistical Methods, 6.4.3.3; reference stats.md §5.6):
 * S_t = α·y_t + (1 − α)(S_{t−1} + b_{t−1}); b_t = β(S_t − S_{t−1}) + (1 − β)·b_{t−1}; F_{n+h} = S_n + h·b_n;
 * S₁ = y₁ and b₁ = y₂ − y₁ by default. statsmodels' `Holt` estimates its initial states by default, so its
 * numbers differ unless it is given the same initial level and trend.
 *
 * The years must be consecutive (the recursion counts steps, not years): fill a gap first, or use
 * {@link forecastToYear}, which handles gaps.
 *
 * @param series - Yearly observations `{ year, value }`, any order, consecutive years, at least 2 (4 with
 *   `'firstThreeDifferences'`).
 * @param options - See {@link HoltForecastOptions}; `alpha` and `beta` are required.
 * @returns Levels, trends, one-step-ahead fits, their squared error and the forecasts.
 * @throws {EquityLensError} `too_short` with too few years for the initialisation; `invalid_value` when years
 *   are not consecutive or the trend initialisation is unknown; `out_of_range` for α or β outside [0, 1] or a
 *   horizon < 1; `duplicate`, `not_finite`, `invalid_type` or `not_integer` for bad entries.
 * @category Trends
 * @example
 * ```ts
 * import { holtForecast } from "./holtForecast.ts";
 *
 * const series = [{ year: 2020, value: 10 }, { year: 2021, value: 12 }, { year: 2022, value: 15 }];
 * const result = holtForecast(series, { alpha: 0.5, beta: 0.5, horizon: 2 });
 * result.level; // => [10, 12, 14.5]
 * result.trend; // => [2, 2, 2.25]
 * result.forecast; // => [{ year: 2023, value: 16.75 }, { year: 2024, value: 19 }]
 * ```
 */
export function holtForecast(
  series: readonly { readonly year: number; readonly value: number }[],
  options: HoltForecastOptions,
): HoltForecastResult {
  if (options === null || typeof options !== 'object') {
    fail('missing_field', 'options', `${FN}: options is ${describe(options)}; pass { alpha, beta }, the smoothing constants in [0, 1].`);
  }
  const opts = checkOptions(options, ['alpha', 'beta', 'horizon', 'initialLevel', 'initialTrend'], FN);
  const alpha = unitClosed(opts.alpha, 'options.alpha');
  const beta = unitClosed(opts.beta, 'options.beta');
  const horizon = opts.horizon === undefined ? 1 : integer(opts.horizon, 'options.horizon', FN, { min: 1 });
  const warnings: string[] = [];
  const trendChoice = (renamedValue(
    opts.initialTrend ?? 'firstDifference',
    { 'first-difference': 'firstDifference', 'first-three-differences': 'firstThreeDifferences', 'average-difference': 'averageDifference' },
    'options.initialTrend',
    FN,
    warnings,
  ) ?? 'firstDifference') as HoltInitialTrend;
  const minimum = trendChoice === 'firstThreeDifferences' ? 4 : 2;
  const { years, values, n } = packSeries(series, 'series', FN, minimum, `Holt smoothing with initialTrend "${String(trendChoice)}"`);
  for (let i = 1; i < n; i++) {
    if ((years[i] as number) - (years[i - 1] as number) !== 1) {
      fail('invalid_value', 'series', `${FN}: series jumps from ${years[i - 1]} to ${years[i]}; Holt smoothing needs consecutive years. Fill the gap, or use forecastToYear, which handles gaps.`);
    }
  }
  const y = (i: number): number => values[i] as number;
  let b0: number;
  let trendMethod: string;
  if (typeof trendChoice === 'number') {
    b0 = finiteNumber(trendChoice, 'options.initialTrend', FN);
    trendMethod = 'given';
  } else if (trendChoice === 'firstDifference') {
    b0 = y(1) - y(0);
    trendMethod = trendChoice;
  } else if (trendChoice === 'firstThreeDifferences') {
    b0 = (y(3) - y(0)) / 3;
    trendMethod = trendChoice;
  } else if (trendChoice === 'averageDifference') {
    b0 = (y(n - 1) - y(0)) / (n - 1);
    trendMethod = trendChoice;
  } else {
    fail('invalid_value', 'options.initialTrend', `${FN}: options.initialTrend is ${describe(trendChoice)}; expected "firstDifference", "firstThreeDifferences", "averageDifference" or a number.`);
  }
  const s0 = opts.initialLevel === undefined ? y(0) : finiteNumber(opts.initialLevel, 'options.initialLevel', FN);
  const level = [s0];
  const trend = [b0];
  const fitted: { year: number; value: number }[] = [];
  let sse = 0;
  let s = s0;
  let b = b0;
  for (let i = 1; i < n; i++) {
    const oneStep = s + b;
    fitted.push({ year: years[i] as number, value: oneStep });
    sse += (y(i) - oneStep) * (y(i) - oneStep);
    const next = alpha * y(i) + (1 - alpha) * oneStep;
    b = beta * (next - s) + (1 - beta) * b;
    s = next;
    level.push(s);
    trend.push(b);
  }
  const last = years[n - 1] as number;
  const forecast: { year: number; value: number }[] = [];
  for (let h = 1; h <= horizon; h++) forecast.push({ year: last + h, value: s + h * b });
  return { forecast, level, trend, fitted, sse, alpha, beta, initialization: { level: s0, trend: b0, trendMethod }, warnings };

  function unitClosed(value: unknown, path: string): number {
    if (value === undefined) fail('missing_field', path, `${FN}: ${path} is missing; pass a smoothing constant in [0, 1] (there is no default: choose it or fit it).`);
    const x = finiteNumber(value, path, FN);
    if (x < 0 || x > 1) fail('out_of_range', path, `${FN}: ${path} is ${x}; a smoothing constant lies in [0, 1].`);
    return x;
  }
}
