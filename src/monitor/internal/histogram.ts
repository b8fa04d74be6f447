/**
 * A mergeable value histogram for medians (and any quantile) in the monitor's partial state.
 *
 * A cell keeps its values as a sorted list of distinct values with counts. While the cell holds at most
 * {@link EXACT_VALUE_LIMIT} distinct values they are the exact values; beyond that every value is rounded to the
 * measure's resolution (see {@link Resolution}) and equal rounded values share a bin, so memory stays bounded by
 * the range of the values over the resolution, not by the number of records. The state is a function of the
 * multiset of values only: exact when the whole multiset has at most the limit of distinct values, binned
 * otherwise. So partial histograms merge exactly (associative and commutative), and the median of any split,
 * merged, equals the median of the whole.
 *
 * Rounding is monotone, so a binned order statistic is the rounded exact order statistic: a median is off by at
 * most half the resolution (0.5 m for distances; 2⁻¹³ of the value, about 0.012 %, for other fields).
 *
 * @internal
 * @module
 */

/** Largest number of distinct values a cell keeps exactly. */
export const EXACT_VALUE_LIMIT = 4096;

/** Values buffered before they are sorted into the histogram. */
const FLUSH_AT = 1 << 16;

/**
 * How values are rounded once a cell has too many distinct values: `absolute` to a multiple of a step (distances
 * in km: 0.001, one metre), `relative` to 12 significant bits (a relative error of at most 2⁻¹³).
 */
export type Resolution = { readonly absolute: number } | { readonly relative: 12 };

/** The resolution of distances, in km: one metre. */
export const DISTANCE_RESOLUTION: Resolution = { absolute: 0.001 };

/** The resolution of other fields: 12 significant bits. */
export const RELATIVE_RESOLUTION: Resolution = { relative: 12 };

const view = new DataView(new ArrayBuffer(8));

/**
 * Rounds a double to 12 significant bits (its high word with the low 8 mantissa bits cleared, rounding half up
 * on the magnitude). Bit operations, not logarithms, so every platform gives the same bins.
 */
function roundRelative(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  view.setFloat64(0, x);
  const high = view.getUint32(0);
  view.setUint32(0, ((high + 0x80) & 0xffffff00) >>> 0);
  view.setUint32(4, 0);
  return view.getFloat64(0);
}

/** The rounding function of a resolution. Idempotent: a rounded value rounds to itself. */
export function quantizer(resolution: Resolution): (x: number) => number {
  if ('absolute' in resolution) {
    const inverse = 1 / resolution.absolute;
    return (x) => Math.round(x * inverse) / inverse;
  }
  return roundRelative;
}

/** A histogram as JSON: whether values are exact, the distinct values ascending and their counts. */
export interface HistogramJson {
  readonly exact: boolean;
  readonly values: readonly number[];
  readonly counts: readonly number[];
}

/** A growing histogram of one cell. */
export class ValueHistogram {
  private buffer: number[] = [];
  private values: Float64Array = new Float64Array(0);
  private counts: Float64Array = new Float64Array(0);
  private size = 0;
  private exact = true;
  private readonly round: (x: number) => number;

  constructor(readonly resolution: Resolution) {
    this.round = quantizer(resolution);
  }

  /** Adds one value. */
  add(value: number): void {
    this.buffer.push(value);
    if (this.buffer.length >= FLUSH_AT) this.flush();
  }

  /** Sorts the buffered values into the histogram. */
  private flush(): void {
    if (this.buffer.length === 0) return;
    const sorted = Float64Array.from(this.buffer);
    this.buffer = [];
    if (!this.exact) for (let i = 0; i < sorted.length; i++) sorted[i] = this.round(sorted[i] as number);
    sorted.sort();
    // Runs of equal values become (value, count) pairs.
    const runValues = new Float64Array(sorted.length);
    const runCounts = new Float64Array(sorted.length);
    let runs = 0;
    for (let i = 0; i < sorted.length; i++) {
      const v = sorted[i] as number;
      if (runs > 0 && runValues[runs - 1] === v) runCounts[runs - 1] = (runCounts[runs - 1] as number) + 1;
      else {
        runValues[runs] = v;
        runCounts[runs] = 1;
        runs++;
      }
    }
    this.mergeSorted(runValues, runCounts, runs);
  }

  /** Merges sorted (value, count) pairs into the histogram, then rounds everything if it grew past the limit. */
  private mergeSorted(values: Float64Array, counts: Float64Array, n: number): void {
    const outValues = new Float64Array(this.size + n);
    const outCounts = new Float64Array(this.size + n);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < this.size || j < n) {
      const a = i < this.size ? (this.values[i] as number) : Number.POSITIVE_INFINITY;
      const b = j < n ? (values[j] as number) : Number.POSITIVE_INFINITY;
      if (j >= n || (i < this.size && a < b)) {
        outValues[k] = a;
        outCounts[k++] = this.counts[i++] as number;
      } else if (i >= this.size || b < a) {
        outValues[k] = b;
        outCounts[k++] = counts[j++] as number;
      } else {
        outValues[k] = a;
        outCounts[k++] = (this.counts[i++] as number) + (counts[j++] as number);
      }
    }
    this.values = outValues;
    this.counts = outCounts;
    this.size = k;
    if (this.exact && this.size > EXACT_VALUE_LIMIT) this.toBins();
  }

  /** Rounds every value to the resolution; equal rounded values (adjacent, as rounding is monotone) share a bin. */
  private toBins(): void {
    let k = 0;
    for (let i = 0; i < this.size; i++) {
      const v = this.round(this.values[i] as number);
      if (k > 0 && this.values[k - 1] === v) this.counts[k - 1] = (this.counts[k - 1] as number) + (this.counts[i] as number);
      else {
        this.values[k] = v;
        this.counts[k] = this.counts[i] as number;
        k++;
      }
    }
    this.size = k;
    this.exact = false;
  }

  /** Adds another histogram (JSON form): its values are rounded first when either side is binned. */
  addJson(other: HistogramJson): void {
    this.flush();
    if (!other.exact && this.exact) this.toBins();
    const n = other.values.length;
    const values = Float64Array.from(other.values);
    const counts = Float64Array.from(other.counts);
    if (!this.exact && other.exact) {
      // Rounded exact values stay sorted; equal neighbours are combined.
      let k = 0;
      for (let i = 0; i < n; i++) {
        const v = this.round(values[i] as number);
        if (k > 0 && values[k - 1] === v) counts[k - 1] = (counts[k - 1] as number) + (counts[i] as number);
        else {
          values[k] = v;
          counts[k] = counts[i] as number;
          k++;
        }
      }
      this.mergeSorted(values, counts, k);
    } else {
      this.mergeSorted(values, counts, n);
    }
  }

  /** The histogram as JSON (canonical: sorted distinct values). */
  toJson(): HistogramJson {
    this.flush();
    return { exact: this.exact, values: Array.from(this.values.subarray(0, this.size)), counts: Array.from(this.counts.subarray(0, this.size)) };
  }
}

/** The `k`-th smallest value (0-based) of a histogram. */
function orderStatistic(histogram: HistogramJson, k: number): number {
  let seen = 0;
  for (let i = 0; i < histogram.values.length; i++) {
    seen += histogram.counts[i] as number;
    if (k < seen) return histogram.values[i] as number;
  }
  return Number.NaN;
}

/** The number of values in a histogram. */
export function histogramCount(histogram: HistogramJson): number {
  let n = 0;
  for (const c of histogram.counts) n += c;
  return n;
}

/** The median: the middle value, or the mean of the two middle values for an even count; NaN when empty. */
export function histogramMedian(histogram: HistogramJson): number {
  const n = histogramCount(histogram);
  if (n === 0) return Number.NaN;
  const mid = Math.floor(n / 2);
  return n % 2 === 1 ? orderStatistic(histogram, mid) : (orderStatistic(histogram, mid - 1) + orderStatistic(histogram, mid)) / 2;
}

/** Merges two histogram JSONs at a resolution. */
export function mergeHistograms(a: HistogramJson, b: HistogramJson, resolution: Resolution): HistogramJson {
  const merged = new ValueHistogram(resolution);
  merged.addJson(a);
  merged.addJson(b);
  return merged.toJson();
}
