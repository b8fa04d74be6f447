import stdlibTQuantile from '@stdlib/stats-base-dists-t-quantile';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EquityLensError } from '../../src/index.ts';
import { caught } from '../helpers/caught.ts';
import { cornishFisherStudentT, studentTLogDensity } from '../../src/uncertainty/internal/studentT.ts';
import { normalQuantile } from '../../src/uncertainty/normalQuantile.ts';
import { studentTCdf } from '../../src/uncertainty/studentTCdf.ts';
import { studentTQuantile } from '../../src/uncertainty/studentTQuantile.ts';

function relativeError(actual: number, expected: number): number {
  return actual === expected ? 0 : Math.abs(actual - expected) / Math.abs(expected);
}

describe('studentTQuantile', () => {
  it('matches @stdlib/stats-base-dists-t-quantile to 1e-10 relative across df and p', () => {
    let worst = 0;
    for (const df of [0.5, 1, 1.5, 2, 3, 4.5, 7, 10, 30, 100, 1e4, 1e6]) {
      for (const p of [1e-12, 1e-6, 0.001, 0.025, 0.1, 0.3, 0.6, 0.9, 0.975, 0.999]) {
        worst = Math.max(worst, relativeError(studentTQuantile(p, df), stdlibTQuantile(p, df)));
      }
    }
    expect(worst).toBeLessThan(1e-10);
  });

  it('matches R qt, polished by Newton steps on R pt, across df regimes and tails (fixtures/studentT.R)', () => {
    // 15 df (0.3 to 1e8) × 14 p (1e-300 to 1 − 1e-12): tiny df with quantiles near 1e199 or beyond the largest
    // double (R: -Inf), the closed forms at df = 1 and 2, non-integer df, huge df. R's pt itself is good to
    // about 3e-14 relative there (qt(1e-100, 1) is -1/tan(π·1e-100) = -3.183098861837907e99; R's pt puts it at
    // …7997e99), hence 6e-14. At df ≥ 1e6 studentTCdf is the limit: its continued fraction at df = 1e6 and its
    // one-term Edgeworth form at df ≥ 1e7 carry 4e-12 and, at p = 1e-300, 8e-9 relative.
    const rows = JSON.parse(readFileSync(new URL('./fixtures/studentT.json', import.meta.url), 'utf8')) as { p: number; df: number; q: number | null }[];
    expect(rows).toHaveLength(210);
    for (const { p, df, q } of rows) {
      const tolerance = df < 1e6 ? 6e-14 : p > 1e-12 && p < 1 - 1e-12 ? 5e-12 : 1e-8;
      const actual = studentTQuantile(p, df);
      if (q === null) expect(actual).toBe(Number.NEGATIVE_INFINITY);
      else expect(relativeError(actual, q), `p = ${p}, df = ${df}`).toBeLessThan(tolerance);
    }
  });

  it('gives the t-table critical values', () => {
    // @stdlib/stats-base-dists-t-quantile(0.975, 10) = 2.2281388519862744 (t tables: 2.228); df = 1 is tan(0.475π).
    expect(relativeError(studentTQuantile(0.975, 10), 2.2281388519862744)).toBeLessThan(1e-14);
    expect(relativeError(studentTQuantile(0.975, 1), Math.tan(0.475 * Math.PI))).toBeLessThan(1e-13);
    // df = 1, tiny p: −cot(πp) ≈ −1/(πp), where the naive tan(π(p − ½)) loses six digits.
    expect(relativeError(studentTQuantile(1e-12, 1), -1 / Math.tan(Math.PI * 1e-12))).toBeLessThan(1e-13);
    expect(studentTQuantile(0.5, 3)).toBe(0);
    expect(studentTQuantile(0.3, Number.POSITIVE_INFINITY)).toBe(normalQuantile(0.3));
  });

  it('inverts studentTCdf', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 0.999, noNaN: true }), fc.double({ min: 0.3, max: 1000, noNaN: true }), (p, df) => {
        expect(studentTCdf(studentTQuantile(p, df), df)).toBeCloseTo(p, 12);
      }),
      { numRuns: 200 },
    );
  });

  it('rejects p outside (0, 1) and df ≤ 0', () => {
    expect(() => studentTQuantile(1, 5)).toThrow(EquityLensError);
    expect(() => studentTQuantile(0.5, 0)).toThrow(/studentTQuantile: df is 0/);
    try {
      studentTQuantile(-0.2, 5);
      expect.unreachable();
    } catch (error) {
      expect((error as EquityLensError).code).toBe('out_of_range');
      expect((error as EquityLensError).path).toBe('p');
    }
  });

  it('uses the closed forms for df = 1 and 2 to the last digit, far into the tails', () => {
    // R 4.x, options(digits = 17): qt(0.3, 1) = -0.72654252800536101, qt(1e-300, 1) = -3.1830988618379070e+299,
    // qt(1e-10, 2) = -70710.678108048145, qt(1e-300, 2) = -7.0710678118654748e+149, qt(0.975, 2) = 4.3026527297494619.
    const cases: [number, number, number][] = [
      [0.3, 1, -0.72654252800536101],
      [1e-300, 1, -3.183098861837907e299],
      [1e-10, 2, -70710.678108048145],
      [1e-300, 2, -7.0710678118654748e149],
      [0.975, 2, 4.3026527297494619],
    ];
    for (const [p, df, expected] of cases) expect(relativeError(studentTQuantile(p, df), expected)).toBeLessThan(1e-15);
  });

  it('is +0 at p = ½ and −Infinity where the Cornish–Fisher start overflows (df below 1e-103)', () => {
    // R: qt(0.5, 3) = 0; qt(0.45, 1e-110) = -Inf, qt(0.45, 1e-160) = -Inf (the start is +∞ and NaN there).
    expect(Object.is(studentTQuantile(0.5, 3), 0)).toBe(true);
    expect(Object.is(studentTQuantile(0.5, 0.3), 0)).toBe(true);
    expect(Object.is(studentTQuantile(0.5, 1), 0)).toBe(true);
    expect(studentTQuantile(0.45, 1e-110)).toBe(Number.NEGATIVE_INFINITY);
    expect(studentTQuantile(0.45, 1e-160)).toBe(Number.NEGATIVE_INFINITY);
  });

  it('names the bad p with code, path and message', () => {
    const nan = caught(() => studentTQuantile(Number.NaN, 5));
    expect([nan.code, nan.path, nan.message]).toEqual(['not_finite', 'p', 'studentTQuantile: p is NaN; expected a probability strictly between 0 and 1.']);
    const text = caught(() => studentTQuantile('0.3' as unknown as number, 5));
    expect([text.code, text.path, text.message]).toEqual(['invalid_type', 'p', 'studentTQuantile: p is "0.3"; expected a probability strictly between 0 and 1.']);
    for (const p of [0, 1, -0.2, 1.5]) {
      const error = caught(() => studentTQuantile(p, 5));
      expect([error.code, error.path, error.message]).toEqual(['out_of_range', 'p', `studentTQuantile: p is ${p}; expected a probability strictly between 0 and 1.`]);
    }
  });
});

describe('studentTLogDensity', () => {
  it('matches R dt(t, df, log = TRUE)', () => {
    // R 4.x, options(digits = 17): dt(c(-3, -0.5, -40), 3, log = TRUE), dt(c(-3, -0.5), 0.7, log = TRUE).
    const cases: [number, number, number][] = [
      [-3, 3, -3.7734775718632907],
      [-0.5, 3, -1.1609742649705825],
      [-40, 3, -13.5629285775063959],
      [-3, 0.7, -3.4564942866543076],
      [-0.5, 0.7, -1.4815879837419537],
    ];
    for (const [t, df, expected] of cases) expect(relativeError(studentTLogDensity(t, df), expected)).toBeLessThan(1e-14);
  });
});

describe('cornishFisherStudentT', () => {
  it('is the Student-t quantile to O(ν⁻⁴) (A&S 26.7.5): within 1e-11 of R qt at df = 2000', () => {
    // R 4.x: qt(pnorm(-3), 2000) = -3.0037543162758502, qt(pnorm(-1.5), 2000) = -1.5006096262957209. The next
    // term, g₄(z)/ν⁴ with g₄ = (79z⁹ + 776z⁷ + 1482z⁵ − 1920z³ − 945z)/92160, is 2.4e-12 at z = −3.
    expect(Math.abs(cornishFisherStudentT(-3, 2000) - -3.0037543162758502)).toBeLessThan(1e-11);
    expect(Math.abs(cornishFisherStudentT(-1.5, 2000) - -1.5006096262957209)).toBeLessThan(1e-11);
  });
  it('returns the point where studentTCdf equals p exactly, far in the tail of small df (mpmath)', () => {
    // mpmath 1.3 at 50 digits: −sqrt(df(1 − x)/x) with betainc(df/2, 1/2, 0, x, regularized=True)/2 = p solved by
    // findroot. There the density underflows to 0, so the Newton step from an exact hit is 0/0: the hit must end the search.
    expect(relativeError(studentTQuantile(1e-143, 0.5), -1.0284911563163401137e285)).toBeLessThan(5e-14);
    expect(relativeError(studentTQuantile(1e-178, 0.9), -1.6510578724152196951e197)).toBeLessThan(5e-14);
  });
});
