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
  return pack(sorted);
}

/**
 * As {@link packSeries}, for a series of any length, empty included.
 *
 * @internal
 */
export function packAnySeries(series: unknown, path: string, fn: string): PackedSeries {
  return pack(yearSeries(series, path, fn));
}

function pack(sorted: readonly { year: number; value: number }[]): PackedSeries {
  const n = sorted.length;
  const years = new Float64Array(n);
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const point = sorted[i] as { year: number; value: number };
    years[i] = point.year;
    values[i] = point.value;
  }
  return { years, values, n };
}

/** The years two series share, in order, with each series' values in those years. */
export interface CommonYears {
  /** The shared years, ascending. */
  readonly years: number[];
  /** The first series' values in those years. */
  readonly first: Float64Array;
  /** The second series' values in those years. */
  readonly second: Float64Array;
}

/**
 * The years both packed series have, with their values; a year in only one of them is left out.
 *
 * @internal
 */
export function commonYears(first: PackedSeries, second: PackedSeries): CommonYears {
  const indexInSecond = new Map<number, number>();
  second.years.forEach((year, j) => indexInSecond.set(year, j));
  const years: number[] = [];
  const firstValues: number[] = [];
  const secondValues: number[] = [];
  first.years.forEach((year, i) => {
    const j = indexInSecond.get(year);
    if (j === undefined) return;
    years.push(year);
    firstValues.push(first.values[i] as number);
    secondValues.push(second.values[j] as number);
  });
  return { years, first: Float64Array.from(firstValues), second: Float64Array.from(secondValues) };
}
