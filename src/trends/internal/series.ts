/**
 * Series preparation shared by the trend functions: validation, sorting and packing into typed arrays.
 *
 * @internal
 * @module
 */
import { fail } from '../../internal/errors.ts';
import { yearSeries } from '../../internal/validate.ts';

/** A validated series, sorted by year, packed for hot loops. */
export interface PackedSeries {
  /** Years in ascending order. */
  readonly years: Float64Array;
  /** Values in year order. */
  readonly values: Float64Array;
  /** Number of observations. */
  readonly n: number;
}

/**
 * Validates a `{ year, value }[]` series (whole years, finite values, no year twice), sorts it by year and
 * packs it. Throws `too_short` when it has fewer than `minimum` points, naming the method that needs them.
 *
 * @internal
 */
export function packSeries(series: unknown, path: string, fn: string, minimum: number, method: string): PackedSeries {
  const sorted = yearSeries(series, path, fn);
  const n = sorted.length;
  if (n < minimum) {
    fail(
      'too_short',
      path,
      `${fn}: ${path} has ${n} year${n === 1 ? '' : 's'}; ${method} needs at least ${minimum}. Add years or use a method that needs fewer.`,
    );
  }
  const years = new Float64Array(n);
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const point = sorted[i] as { year: number; value: number };
    years[i] = point.year;
    values[i] = point.value;
  }
  return { years, values, n };
}
