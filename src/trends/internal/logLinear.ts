/**
 * The log-linear (APC) fit shared by annualPercentChange, forecastToYear, progressToTarget and gapTrend.
 *
 * @internal
 * @module
 */
import { fitOls, type OlsFit } from './ols.ts';

/**
 * Fits ln(value) = a + b·year. Returns `null` when a value is ≤ 0 (the log is undefined; SEER*Stat does not
 * fit the regression then).
 *
 * @internal
 */
export function fitLogLinear(years: Float64Array, values: Float64Array): OlsFit | null {
  const n = values.length;
  const logs = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    if (!(v > 0)) return null;
    logs[i] = Math.log(v);
  }
  return fitOls(years, logs);
}

/**
 * The first year whose value is ≤ 0, for messages.
 *
 * @internal
 */
export function firstNonPositiveYear(years: Float64Array, values: Float64Array): number | undefined {
  for (let i = 0; i < values.length; i++) if (!((values[i] as number) > 0)) return years[i] as number;
  return undefined;
}
