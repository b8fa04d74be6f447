import stdlibTQuantile from '@stdlib/stats-base-dists-t-quantile';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EquityLensError } from '../../src/index.ts';
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
});
