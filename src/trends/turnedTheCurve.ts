import { describe, fail } from '../internal/errors.ts';
import { checkOptions, directionOption } from './internal/options.ts';
import type { TrendDirection } from './progressToTarget.ts';
import { commonYears, packAnySeries } from './internal/series.ts';

/** Options of {@link turnedTheCurve}. */
export interface TurnedTheCurveOptions {
  /** Which way is better. Default `'higherIsBetter'` (coverage, penetration); pass `'lowerIsBetter'` for leakage, distance, wait times. */
  direction?: TrendDirection;
}

/** One year's actual value against the baseline forecast. */
export interface CurveComparison {
  /** The year. */
  readonly year: number;
  /** Observed value. */
  readonly actual: number;
  /** Forecast value. */
  readonly forecast: number;
  /** actual − forecast. */
  readonly difference: number;
  /** Whether the actual value is strictly better than the forecast in the desired direction. */
  readonly better: boolean;
}

/** Whether results beat the baseline forecast. */
export interface TurnedTheCurveResult {
  /** Every year present in both the actual series and the forecast, in order. */
  readonly years: CurveComparison[];
  /** Number of years compared. */
  readonly yearsCompared: number;
  /** Number of those years better than the forecast. */
  readonly yearsBetter: number;
  /** Whether the most recent compared year is better than the forecast; `null` when no year overlaps. */
  readonly turned: boolean | null;
  /** The direction used. */
  readonly direction: TrendDirection;
  /** Why `turned` is `null`, or notes. */
  readonly warnings: string[];
}

const FN = 'turnedTheCurve';

/**
 * "Turning the curve" (Results-Based Accountability): did the indicator do better than its baseline forecast?
 * Slowing a worsening trend counts — the comparison is with where the indicator was headed, not with its last value.
 *
 * Source: Friedman, *Trying Hard Is Not Good Enough* (2005): success is doing better than the baseline
 * forecast. Each year in both series is compared; `turned` reports the most recent one.
 *
 * @param actual - Observed values `{ year, value }` for the forecast years (other years are ignored).
 * @param baseline - The forecast: the result of {@link rbaBaseline} (its `forecast` is used) or a `{ year, value }[]` series.
 * @param options - See {@link TurnedTheCurveOptions}.
 * @returns Per-year comparisons, counts and whether the curve turned in the latest year.
 * @throws {EquityLensError} `invalid_type` when `baseline` is neither a series nor a baseline result;
 *   `invalid_value` for an unknown direction; `duplicate`, `not_finite`, `invalid_type` or `not_integer` for bad entries.
 * @category Trends
 * @example
 * ```ts
 * import { rbaBaseline } from "./rbaBaseline.ts";
 * import { turnedTheCurve } from "./turnedTheCurve.ts";
 *
 * // Leakage was rising 2 points a year; it still rose, but less than forecast.
 * const baseline = rbaBaseline([{ year: 2021, value: 10 }, { year: 2022, value: 12 }, { year: 2023, value: 14 }], { horizon: 1 });
 * const result = turnedTheCurve([{ year: 2024, value: 15 }], baseline, { direction: "lowerIsBetter" });
 * result.turned; // => true
 * result.years[0]?.difference; // => -1
 * ```
 */
export function turnedTheCurve(
  actual: readonly { readonly year: number; readonly value: number }[],
  baseline: { readonly forecast: readonly { readonly year: number; readonly value: number }[] } | readonly { readonly year: number; readonly value: number }[],
  options?: TurnedTheCurveOptions,
): TurnedTheCurveResult {
  const opts = checkOptions(options, ['direction'], FN);
  const direction = directionOption(opts.direction, 'options.direction', FN) ?? 'higherIsBetter';
  let forecastSeries: unknown;
  let forecastPath: string;
  if (Array.isArray(baseline)) {
    forecastSeries = baseline;
    forecastPath = 'baseline';
  } else if (baseline !== null && typeof baseline === 'object' && Array.isArray((baseline as { forecast?: unknown }).forecast)) {
    forecastSeries = (baseline as { forecast: unknown }).forecast;
    forecastPath = 'baseline.forecast';
  } else {
    fail('invalid_type', 'baseline', `${FN}: baseline is ${describe(baseline)}; pass the result of rbaBaseline or a { year, value }[] forecast.`);
  }
  const observed = packAnySeries(actual, 'actual', FN);
  const forecast = packAnySeries(forecastSeries, forecastPath, FN);
  const d = direction === 'higherIsBetter' ? 1 : -1;
  const common = commonYears(observed, forecast);
  const years: CurveComparison[] = common.years.map((year, k) => {
    const a = common.first[k] as number;
    const f = common.second[k] as number;
    return { year, actual: a, forecast: f, difference: a - f, better: d * (a - f) > 0 };
  });
  const warnings: string[] = [];
  if (years.length === 0) warnings.push('no year is in both the actual series and the forecast, so nothing was compared.');
  let yearsBetter = 0;
  for (const row of years) if (row.better) yearsBetter++;
  const latest = years[years.length - 1];
  return { years, yearsCompared: years.length, yearsBetter, turned: latest === undefined ? null : latest.better, direction, warnings };
}
