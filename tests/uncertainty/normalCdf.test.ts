import stdlibNormalCdf from '@stdlib/stats-base-dists-normal-cdf';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EquityLensError } from '../../src/index.ts';
import { normalCdf } from '../../src/uncertainty/normalCdf.ts';

function relativeError(actual: number, expected: number): number {
  return actual === expected ? 0 : Math.abs(actual - expected) / Math.abs(expected);
}

describe('normalCdf', () => {
  it('matches @stdlib/stats-base-dists-normal-cdf (a port of Cephes ndtr) to 1e-13 relative on [-37, 8]', () => {
    let worst = 0;
    for (let z = -37; z <= 8; z += 0.0173) worst = Math.max(worst, relativeError(normalCdf(z), stdlibNormalCdf(z, 0, 1)));
    expect(worst).toBeLessThan(1e-13);
  });

  it('reproduces textbook values', () => {
    // scipy.stats.norm.cdf(1.959963984540054) = 0.975; norm.cdf(-10) = 7.619853024160527e-24.
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 15);
    expect(relativeError(normalCdf(-10), 7.619853024160527e-24)).toBeLessThan(1e-13);
    expect(normalCdf(0)).toBe(0.5);
  });

  it('handles infinities and rejects NaN', () => {
    expect(normalCdf(Number.POSITIVE_INFINITY)).toBe(1);
    expect(normalCdf(Number.NEGATIVE_INFINITY)).toBe(0);
    expect(() => normalCdf(Number.NaN)).toThrow(EquityLensError);
    expect(() => normalCdf(Number.NaN)).toThrow(/normalCdf: z is NaN/);
  });

  it('is symmetric: Φ(z) + Φ(−z) = 1', () => {
    fc.assert(
      fc.property(fc.double({ min: -8, max: 8, noNaN: true }), (z) => {
        expect(normalCdf(z) + normalCdf(-z)).toBeCloseTo(1, 15);
      }),
      { numRuns: 200 },
    );
  });

  it('is non-decreasing', () => {
    fc.assert(
      fc.property(fc.double({ min: -30, max: 30, noNaN: true }), fc.double({ min: 0, max: 5, noNaN: true }), (z, step) => {
        expect(normalCdf(z + step)).toBeGreaterThanOrEqual(normalCdf(z));
      }),
      { numRuns: 200 },
    );
  });
});
