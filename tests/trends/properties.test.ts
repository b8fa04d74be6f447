import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annualPercentChange } from '../../src/trends/annualPercentChange.ts';
import { kendallScore } from '../../src/trends/internal/kendall.ts';
import { linearTrend } from '../../src/trends/linearTrend.ts';
import { mannKendall } from '../../src/trends/mannKendall.ts';
import { theilSen } from '../../src/trends/theilSen.ts';
import { expectClose } from './helpers.ts';

/** A series with distinct, possibly gapped years and values drawn from a small set (so ties occur). */
const seriesArb = fc
  .uniqueArray(fc.integer({ min: 1990, max: 2040 }), { minLength: 3, maxLength: 25 })
  .chain((years) =>
    // Quarters of whole numbers: exactly representable, so shifting and scaling create or break no ties by rounding.
    fc.array(fc.oneof(fc.integer({ min: -20, max: 20 }), fc.integer({ min: -4000, max: 4000 }).map((k) => k / 4)), {
      minLength: years.length,
      maxLength: years.length,
    }).map((values) => years.map((year, i) => ({ year, value: values[i] as number }))),
  );

function naiveS(values: number[]): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) for (let j = i + 1; j < values.length; j++) s += Math.sign((values[j] as number) - (values[i] as number));
  return s;
}

describe('trend invariants (fast-check)', () => {
  it('a strictly increasing series has S = n(n−1)/2 and tau 1; strictly decreasing −n(n−1)/2', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: -1000, max: 1000 }), { minLength: 3, maxLength: 60 }), (raw) => {
        const values = [...raw].sort((a, b) => a - b);
        const n = values.length;
        const up = mannKendall(values.map((value, i) => ({ year: 2000 + i, value })));
        expect(up.s).toBe((n * (n - 1)) / 2);
        expect(up.tau).toBe(1);
        const down = mannKendall(values.map((value, i) => ({ year: 2000 - i, value })));
        expect(down.s).toBe(-(n * (n - 1)) / 2);
      }),
      { numRuns: 100 },
    );
  });
  it('the O(n log n) S equals the pairwise definition, ties included, and so do its pair and tie counts', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 0, maxLength: 80 }), (values) => {
        const input = Float64Array.from(values);
        const score = kendallScore(input);
        expect(score.s).toBe(naiveS(values));
        // Tie groups t: Σ t(t−1)(2t+5) (the var(S) correction, Kendall 1975) and Σ t(t−1)/2 (tied pairs).
        const groups = new Map<number, number>();
        for (const v of values) groups.set(v, (groups.get(v) ?? 0) + 1);
        const t = [...groups.values()];
        const n = values.length;
        expect(score).toEqual({
          s: naiveS(values),
          pairs: n < 2 ? 0 : (n * (n - 1)) / 2,
          tieVarianceTerm: n < 2 ? 0 : t.reduce((sum, k) => sum + k * (k - 1) * (2 * k + 5), 0),
          tiedPairs: n < 2 ? 0 : t.reduce((sum, k) => sum + (k * (k - 1)) / 2, 0),
        });
        expect(Array.from(input)).toEqual(values);
      }),
      { numRuns: 200 },
    );
  });
  it('adding a constant changes no slope and no S', () => {
    fc.assert(
      fc.property(seriesArb, fc.integer({ min: -500, max: 500 }), (series, c) => {
        const shifted = series.map((p) => ({ year: p.year, value: p.value + c }));
        expectClose(linearTrend(shifted).slope, linearTrend(series).slope, 1e-9);
        expectClose(theilSen(shifted).slope, theilSen(series).slope, 1e-9);
        expect(mannKendall(shifted).s).toBe(mannKendall(series).s);
      }),
      { numRuns: 100 },
    );
  });
  it('scaling values scales slopes (and a negative scale flips S)', () => {
    fc.assert(
      fc.property(seriesArb, fc.constantFrom(-3, -0.5, 0.25, 2, 10), (series, k) => {
        const scaled = series.map((p) => ({ year: p.year, value: p.value * k }));
        expectClose(linearTrend(scaled).slope, k * linearTrend(series).slope, 1e-9);
        const sen = theilSen(series);
        const senScaled = theilSen(scaled);
        expectClose(senScaled.slope, k * sen.slope, 1e-9);
        expectClose(k > 0 ? senScaled.lower : senScaled.upper, k * sen.lower, 1e-9);
        expect(mannKendall(scaled).s + 0).toBe(Math.sign(k) * mannKendall(series).s + 0);
      }),
      { numRuns: 100 },
    );
  });
  it('scaling positive values leaves the APC unchanged', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.1, max: 1e4, noNaN: true }), { minLength: 3, maxLength: 15 }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        (values, k) => {
          const series = values.map((value, i) => ({ year: 2010 + i, value }));
          const scaled = values.map((value, i) => ({ year: 2010 + i, value: value * k }));
          expectClose(annualPercentChange(scaled).apc, annualPercentChange(series).apc as number, 1e-8);
        },
      ),
      { numRuns: 100 },
    );
  });
  it('input order does not matter and inputs are not modified', () => {
    fc.assert(
      fc.property(seriesArb, (series) => {
        const copy = structuredClone(series);
        const reversed = [...series].reverse();
        expect(theilSen(reversed)).toEqual(theilSen(series));
        expect(mannKendall(reversed)).toEqual(mannKendall(series));
        expect(series).toEqual(copy);
      }),
      { numRuns: 50 },
    );
  });
  it('the Theil–Sen interval contains the slope', () => {
    fc.assert(
      fc.property(seriesArb, (series) => {
        const r = theilSen(series);
        expect(r.lower).toBeLessThanOrEqual(r.slope);
        expect(r.upper).toBeGreaterThanOrEqual(r.slope);
      }),
      { numRuns: 100 },
    );
  });
});
