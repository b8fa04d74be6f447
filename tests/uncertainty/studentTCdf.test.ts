import stdlibTCdf from '@stdlib/stats-base-dists-t-cdf';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EquityLensError } from '../../src/index.ts';
import { caught } from '../helpers/caught.ts';
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

  it('gives 0 and 1 at ±Infinity and exactly ½ at t = 0', () => {
    expect(studentTCdf(Number.POSITIVE_INFINITY, 5)).toBe(1);
    expect(studentTCdf(Number.NEGATIVE_INFINITY, 5)).toBe(0);
    expect(studentTCdf(0, 5)).toBe(0.5);
    expect(studentTCdf(0, 0.7)).toBe(0.5);
  });

  it('switches to the Edgeworth form at df = 1e7 exactly, where the incomplete beta has lost digits', () => {
    // R 4.x: options(digits = 17); pt(-2.5, 1e7) = 0.0062096732682892274 (the continued fraction gives …7313822 here).
    const expected = 0.0062096732682892274;
    expect(Math.abs(studentTCdf(-2.5, 1e7) - expected) / expected).toBeLessThan(1e-12);
  });

  it('stays 0 or 1 far in the tails for huge and infinite df instead of NaN (0·∞ in the correction term)', () => {
    // R: pt(1e200, 1e8) = 1, pt(-1e200, 1e8) = 0, pnorm(±1e200) = 1, 0.
    expect(studentTCdf(1e200, 1e8)).toBe(1);
    expect(studentTCdf(-1e200, 1e8)).toBe(0);
    expect(studentTCdf(1e200, Number.POSITIVE_INFINITY)).toBe(1);
    expect(studentTCdf(-1e200, Number.POSITIVE_INFINITY)).toBe(0);
  });

  it('keeps the lower tail where t² overflows (|t| > 1.3e154) for small df', () => {
    // R 4.x, options(digits = 17): pt(-1e200, 0.5) = 3.2070097541422692e-101, pt(-1e160, 1) = 3.1830988618378451e-161
    // (Cauchy: 1/(π·1e160)), pt(1e200, 0.5) = 1, pt(-1e200, 3) = 0 (1e-600 underflows).
    const cases: [number, number, number][] = [
      [-1e200, 0.5, 3.2070097541422692e-101],
      [-1e160, 1, 3.1830988618378451e-161],
    ];
    for (const [t, df, expected] of cases) expect(Math.abs(studentTCdf(t, df) - expected) / expected).toBeLessThan(1e-13);
    expect(studentTCdf(1e200, 0.5)).toBe(1);
    expect(studentTCdf(-1e200, 3)).toBe(0);
  });

  it('names the bad argument with code, path and message', () => {
    const nanT = caught(() => studentTCdf(Number.NaN, 3));
    expect([nanT.code, nanT.path, nanT.message]).toEqual(['not_finite', 't', 'studentTCdf: t is NaN; expected a number.']);
    const textT = caught(() => studentTCdf('1' as unknown as number, 3));
    expect([textT.code, textT.path, textT.message]).toEqual(['invalid_type', 't', 'studentTCdf: t is "1"; expected a number.']);
    const nanDf = caught(() => studentTCdf(1, Number.NaN));
    expect([nanDf.code, nanDf.path, nanDf.message]).toEqual(['not_finite', 'df', 'studentTCdf: df is NaN; expected degrees of freedom > 0.']);
    const textDf = caught(() => studentTCdf(1, '5' as unknown as number));
    expect([textDf.code, textDf.path, textDf.message]).toEqual(['invalid_type', 'df', 'studentTCdf: df is "5"; expected degrees of freedom > 0.']);
  });
});
