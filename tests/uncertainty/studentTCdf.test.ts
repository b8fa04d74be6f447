import stdlibTCdf from '@stdlib/stats-base-dists-t-cdf';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EquityLensError } from '../../src/index.ts';
import { normalCdf } from '../../src/uncertainty/normalCdf.ts';
import { studentTCdf } from '../../src/uncertainty/studentTCdf.ts';

describe('studentTCdf', () => {
  it('matches @stdlib/stats-base-dists-t-cdf (Boost-derived) to 1e-12 absolute across df and t', () => {
    let worst = 0;
    for (const df of [0.5, 1, 1.5, 2, 3, 4.5, 7, 10, 30, 100, 1e4, 1e6, 1e9]) {
      for (let t = -50; t <= 50; t += 0.37) worst = Math.max(worst, Math.abs(studentTCdf(t, df) - stdlibTCdf(t, df)));
    }
    expect(worst).toBeLessThan(1e-12);
  });

  it('keeps relative precision in the lower tail for moderate df', () => {
    for (const df of [1, 3, 7, 30, 100]) {
      for (let t = -45; t < 0; t += 1.3) {
        const expected = stdlibTCdf(t, df);
        expect(Math.abs(studentTCdf(t, df) - expected) / expected).toBeLessThan(1e-12);
      }
    }
  });

  it('has the closed forms for df = 1 (Cauchy) and df = 2', () => {
    // Cauchy: F(t) = ½ + atan(t)/π. df = 2: F(t) = ½ + t / (2√(2 + t²)).
    for (const t of [-7, -1, -0.3, 0.4, 2, 11]) {
      expect(studentTCdf(t, 1)).toBeCloseTo(0.5 + Math.atan(t) / Math.PI, 14);
      expect(studentTCdf(t, 2)).toBeCloseTo(0.5 + t / (2 * Math.sqrt(2 + t * t)), 14);
    }
  });

  it('approaches the normal CDF as df grows and equals it at Infinity', () => {
    expect(studentTCdf(1.7, Number.POSITIVE_INFINITY)).toBe(normalCdf(1.7));
    expect(Math.abs(studentTCdf(1.7, 1e12) - normalCdf(1.7))).toBeLessThan(1e-12);
  });

  it('is symmetric: F(t) + F(−t) = 1', () => {
    fc.assert(
      fc.property(fc.double({ min: -40, max: 40, noNaN: true }), fc.double({ min: 0.2, max: 500, noNaN: true }), (t, df) => {
        expect(studentTCdf(t, df) + studentTCdf(-t, df)).toBeCloseTo(1, 13);
      }),
      { numRuns: 200 },
    );
  });

  it('rejects df ≤ 0 and NaN', () => {
    const error = (() => {
      try {
        studentTCdf(1, 0);
      } catch (e) {
        return e as EquityLensError;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(EquityLensError);
    expect(error?.code).toBe('out_of_range');
    expect(error?.path).toBe('df');
    expect(error?.message).toBe('studentTCdf: df is 0; degrees of freedom must be > 0.');
    expect(() => studentTCdf(1, -3)).toThrow(/degrees of freedom must be > 0/);
    expect(() => studentTCdf(Number.NaN, 3)).toThrow(/studentTCdf: t is NaN/);
  });
});
