import { renamedValue } from '../internal/deprecation.ts';
import { integer } from '../internal/validate.ts';
import { fitLogLinear } from './internal/logLinear.ts';
import { fitOls } from './internal/ols.ts';
import { checkOptions, choice } from './internal/options.ts';
import { packSeries } from './internal/series.ts';
import { theilSen } from './theilSen.ts';

/** How an RBA baseline forecasts "where we are headed on the current course". */
export type BaselineMethod = 'linear' | 'logLinear' | 'theilSen' | 'flat';

/** Options of {@link rbaBaseline}. */
export interface RbaBaselineOptions {
  /** Number of years to forecast after the last observation, a whole number ≥ 1. Default 3. */
  horizon?: number;
  /**
   * `'linear'` (default): OLS line. `'logLinear'`: constant percent change (values must be > 0).
   * `'theilSen'`: robust line. The 0.1 spellings `'log-linear'` and `'theil-sen'` are accepted until 0.3 with a warning. `'flat'`: the last value carried forward ("no change").
   */
  method?: BaselineMethod;
}

/** An RBA baseline: history plus forecast. */
export interface RbaBaselineResult {
  /** The observed history, sorted by year. */
  readonly history: { readonly year: number; readonly value: number }[];
  /** The forecast for the years after the history; empty when the method cannot be fitted (see `warnings`). */
  readonly forecast: { readonly year: number; readonly value: number }[];
  /** The forecasting method. */
  readonly method: BaselineMethod;
  /** Slope of the forecast line (per year; log-scale per year for log-linear; 0 for flat); `null` when not fitted. */
  readonly slope: number | null;
  /** Caveats: short history, values the method cannot use. */
  readonly warnings: string[];
}

const FN = 'rbaBaseline';

/**
 * A Results-Based Accountability baseline: the history of an indicator plus a forecast of where it is headed
 * on the current course, so that later results can be judged against the forecast ("turning the curve",
 * see {@link turnedTheCurve}) rather than against the last value.
 *
 * Source: Friedman, *Trying Hard Is Not Good Enough* (2005); RBA Implementation Guide, baselines
 * (raguide.org 2.11) — a baseline has two parts, history (3–5 years) and forecast; statistical forecasts are a
 * tool, not the answer. Forecasts here: the OLS line, the log-linear line, the Theil–Sen line or the last value,
 * evaluated at each year after the last observation.
 *
 * @param history - Yearly observations `{ year, value }`, any order, at least 2 years (3 or more recommended).
 * @param options - See {@link RbaBaselineOptions}.
 * @returns The history, the forecast and the method.
 * @throws {EquityLensError} `too_short` with fewer than 2 years; `out_of_range` for a horizon < 1;
 *   `invalid_value` for an unknown method; `duplicate`, `not_finite`, `invalid_type` or `not_integer` for bad entries.
 * @category Trends
 * @example
 * ```ts
 * import { rbaBaseline } from "./rbaBaseline.ts";
 *
 * const history = [{ year: 2021, value: 30 }, { year: 2022, value: 28 }, { year: 2023, value: 26 }];
 * rbaBaseline(history, { horizon: 2 }).forecast; // => [{ year: 2024, value: 24 }, { year: 2025, value: 22 }]
 * rbaBaseline(history, { horizon: 1, method: "flat" }).forecast; // => [{ year: 2024, value: 26 }]
 * ```
 */
export function rbaBaseline(
  history: readonly { readonly year: number; readonly value: number }[],
  options?: RbaBaselineOptions,
): RbaBaselineResult {
  const opts = checkOptions(options, ['horizon', 'method'], FN);
  const horizon = opts.horizon === undefined ? 3 : integer(opts.horizon, 'options.horizon', FN, { min: 1 });
  const deprecations: string[] = [];
  const method = choice(
    renamedValue(opts.method, { 'log-linear': 'logLinear', 'theil-sen': 'theilSen' }, 'options.method', FN, deprecations),
    ['linear', 'logLinear', 'theilSen', 'flat'] as const,
    'linear',
    'options.method',
    FN,
  );
  const { years, values, n } = packSeries(history, 'history', FN, 2, 'an RBA baseline');
  const warnings: string[] = [...deprecations];
  if (n < 3) warnings.push(`the history has ${n} years; RBA guidance asks for 3 to 5 years of history.`);
  const sorted: { year: number; value: number }[] = [];
  for (let i = 0; i < n; i++) sorted.push({ year: years[i] as number, value: values[i] as number });
  const last = years[n - 1] as number;
  let at: ((year: number) => number) | null;
  let slope: number | null;
  if (method === 'flat') {
    const lastValue = values[n - 1] as number;
    at = () => lastValue;
    slope = 0;
  } else if (method === 'theilSen') {
    const sen = theilSen(sorted, { interceptAt: last });
    at = (year) => sen.intercept + sen.slope * (year - last);
    slope = sen.slope;
  } else {
    const fit = method === 'linear' ? fitOls(years, values) : fitLogLinear(years, values);
    if (fit === null) {
      warnings.push('a value is ≤ 0, so a log-linear forecast cannot be fitted; use method "linear" or "theilSen".');
      at = null;
      slope = null;
    } else {
      at = method === 'linear'
        ? (year) => fit.yMean + fit.slope * (year - fit.xMean)
        : (year) => Math.exp(fit.yMean + fit.slope * (year - fit.xMean));
      slope = fit.slope;
    }
  }
  const forecast: { year: number; value: number }[] = [];
  if (at !== null) for (let h = 1; h <= horizon; h++) forecast.push({ year: last + h, value: at(last + h) });
  return { history: sorted, forecast, method, slope, warnings };
}
