/**
 * Medians of typed arrays.
 *
 * @internal
 * @module
 */

/**
 * Median of an already sorted array: the middle value, or the mean of the two middle values (numpy's
 * `median`). `NaN` for an empty array; callers check lengths first.
 *
 * Not simple-statistics' `medianSorted`: for an even count it interpolates `a + 0.5·(b − a)`, which can round
 * differently from numpy's `(a + b) / 2` in the last bit, and Theil–Sen and the seasonal Mann–Kendall slope are
 * documented as scipy's (which uses numpy's median).
 *
 * @internal
 */
export function medianOfSorted(sorted: Float64Array): number {
  const n = sorted.length;
  // Stryker disable next-line ConditionalExpression: equivalent — for n = 0 the even branch reads sorted[−1] and sorted[0], both undefined, and gives NaN all the same
  if (n === 0) return Number.NaN;
  const mid = n >> 1;
  if (n % 2 === 1) return sorted[mid] as number;
  return ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * Median of an array, without modifying it (sorts a copy).
 *
 * @internal
 */
export function median(values: Float64Array): number {
  const copy = Float64Array.from(values);
  copy.sort();
  return medianOfSorted(copy);
}

/**
 * Rounds half to even, as numpy's `round` does (scipy's `theilslopes` uses it for its interval indices;
 * `Math.round` rounds halves up).
 *
 * @internal
 */
export function roundHalfEven(x: number): number {
  const floor = Math.floor(x);
  const fraction = x - floor;
  if (fraction < 0.5) return floor;
  if (fraction > 0.5) return floor + 1;
  return floor % 2 === 0 ? floor : floor + 1;
}
