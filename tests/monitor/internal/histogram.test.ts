import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DISTANCE_RESOLUTION,
  EXACT_VALUE_LIMIT,
  type HistogramJson,
  RELATIVE_RESOLUTION,
  ValueHistogram,
  histogramMedian,
  mergeHistograms,
  quantizer,
} from '../../../src/monitor/internal/histogram.ts';

function histogramOf(values: readonly number[], resolution = DISTANCE_RESOLUTION): HistogramJson {
  const histogram = new ValueHistogram(resolution);
  for (const value of values) histogram.add(value);
  return histogram.toJson();
}

/** The median as the monitor has always defined it: the middle value, or the mean of the two middle values. */
function exactMedian(values: readonly number[]): number {
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Splits values into parts by an assignment, summarises each and merges them left to right. */
function mergedParts(values: readonly number[], assignment: readonly number[], parts: number, resolution = DISTANCE_RESOLUTION): HistogramJson {
  const split: number[][] = Array.from({ length: parts }, () => []);
  values.forEach((value, i) => (split[(assignment[i % assignment.length] as number) % parts] as number[]).push(value));
  return split.map((part) => histogramOf(part, resolution)).reduce((a, b) => mergeHistograms(a, b, resolution));
}

/** More distinct distances than a cell keeps exactly: micrometre-spaced values up to 40 km, some repeated. */
const manyDistances = fc
  .uniqueArray(fc.integer({ min: 0, max: 40_000_000_000 }), { minLength: EXACT_VALUE_LIMIT + 1, maxLength: EXACT_VALUE_LIMIT + 300 })
  .map((micrometres) => [...micrometres, ...micrometres.slice(0, 50)].map((m) => m / 1e9));

const distanceKm = fc.double({ min: 0, max: 40, noNaN: true, noDefaultInfinity: true });

describe('value histograms (medians in the partial state)', () => {
  it('are exact below the distinct-value limit: the median is the median of the values, for any split', () => {
    fc.assert(
      fc.property(fc.array(distanceKm, { minLength: 1, maxLength: 300 }), fc.array(fc.nat(), { minLength: 1, maxLength: 20 }), fc.integer({ min: 1, max: 5 }), (values, assignment, parts) => {
        const merged = mergedParts(values, assignment, parts);
        expect(merged.exact).toBe(true);
        expect(merged).toEqual(histogramOf(values));
        expect(histogramMedian(merged)).toBe(exactMedian(values));
      }),
      { numRuns: 200 },
    );
  });

  it('past the limit, round to 1 m: any split merges to the histogram of the whole, and the median is within 0.5 m', () => {
    fc.assert(
      fc.property(manyDistances, fc.array(fc.nat(), { minLength: 1, maxLength: 20 }), fc.integer({ min: 2, max: 6 }), (values, assignment, parts) => {
        const whole = histogramOf(values);
        expect(whole.exact).toBe(false);
        const merged = mergedParts(values, assignment, parts);
        expect(merged).toEqual(whole);
        // Every bin is a whole number of metres.
        for (const value of merged.values) expect(Math.abs(value * 1000 - Math.round(value * 1000))).toBeLessThan(1e-6);
        expect(Math.abs(histogramMedian(merged) - exactMedian(values))).toBeLessThanOrEqual(0.0005 + 1e-12);
      }),
      { numRuns: 15, endOnFailure: true },
    );
  });

  it('merge in any order: commutative and associative', () => {
    fc.assert(
      fc.property(fc.array(distanceKm, { maxLength: 3000 }), fc.array(distanceKm, { maxLength: 3000 }), fc.array(distanceKm, { maxLength: 3000 }), (x, y, z) => {
        const [a, b, c] = [histogramOf(x), histogramOf(y), histogramOf(z)];
        const left = mergeHistograms(mergeHistograms(a, b, DISTANCE_RESOLUTION), c, DISTANCE_RESOLUTION);
        expect(mergeHistograms(a, mergeHistograms(b, c, DISTANCE_RESOLUTION), DISTANCE_RESOLUTION)).toEqual(left);
        expect(mergeHistograms(mergeHistograms(c, a, DISTANCE_RESOLUTION), b, DISTANCE_RESOLUTION)).toEqual(left);
        expect(left).toEqual(histogramOf([...x, ...y, ...z]));
      }),
      { numRuns: 25 },
    );
  });

  it('other fields round to 12 significant bits: within 2⁻¹³ of the value, monotone and idempotent', () => {
    const round = quantizer(RELATIVE_RESOLUTION);
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.double({ min: -1e9, max: 1e9, noNaN: true }), (x, y) => {
        // Subnormal doubles (below 2^-1022) have fewer significant bits; no field value is that small.
        fc.pre(x === 0 || Math.abs(x) >= 2 ** -1022);
        const rx = round(x);
        expect(Math.abs(rx - x)).toBeLessThanOrEqual(Math.abs(x) * 2 ** -13);
        expect(round(rx)).toBe(rx);
        if (x <= y) expect(rx).toBeLessThanOrEqual(round(y));
      }),
      { numRuns: 2000 },
    );
    // Hand-checked: 85,000 lies in [2^16, 2^17), where 13 significant bits step by 2^16 / 2^12 = 16; 85,000 is
    // 5312.5 steps, a tie, which rounds up in magnitude.
    expect(round(84999)).toBe(84992);
    expect(round(85000)).toBe(85008);
    expect(round(-85009)).toBe(-85008);
  });

  it('medians of an even count average the two middle values; empty is NaN', () => {
    expect(histogramMedian(histogramOf([3, 1, 2, 10]))).toBe(2.5);
    expect(histogramMedian(histogramOf([2, 2, 2]))).toBe(2);
    expect(histogramMedian(histogramOf([]))).toBeNaN();
  });
});
