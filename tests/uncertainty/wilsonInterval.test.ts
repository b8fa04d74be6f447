import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EquityLensError } from '../../src/index.ts';
import { wilsonInterval } from '../../src/uncertainty/wilsonInterval.ts';

describe('wilsonInterval', () => {
  it('reproduces Newcombe (1998), Statistics in Medicine 17:857–872, Table I, method 3 (score interval)', () => {
    const table: [number, number, number, number][] = [
      [81, 263, 0.2553, 0.3662],
      [15, 148, 0.0624, 0.1605],
      [0, 20, 0, 0.1611],
      [1, 29, 0.0061, 0.1718],
      [29, 29, 0.883, 1],
    ];
    for (const [x, n, lower, upper] of table) {
      const ci = wilsonInterval(x, n);
      expect(ci.lower).toBeCloseTo(lower, 4);
      expect(ci.upper).toBeCloseTo(upper, 4);
      expect(ci.estimate).toBe(x / n);
      expect(ci.method).toBe('wilson');
    }
  });

  it('matches statsmodels proportion_confint(5, 10, method="wilson") = (0.2365931, 0.7634069)', () => {
    const ci = wilsonInterval(5, 10);
    expect(ci.lower).toBeCloseTo(0.23659309, 7);
    expect(ci.upper).toBeCloseTo(0.76340691, 7);
  });

  it('widens with the confidence level and stays inside [0, 1]', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, share) => {
        const x = Math.round(share * n);
        const narrow = wilsonInterval(x, n, { confidence: 0.8 });
        const wide = wilsonInterval(x, n, { confidence: 0.99 });
        expect(wide.lower).not.toBeNull();
        expect(wide.lower as number).toBeGreaterThanOrEqual(0);
        expect(wide.upper as number).toBeLessThanOrEqual(1);
        expect(wide.lower as number).toBeLessThanOrEqual(narrow.lower as number);
        expect(wide.upper as number).toBeGreaterThanOrEqual(narrow.upper as number);
        expect(narrow.lower as number).toBeLessThanOrEqual(x / n);
        expect(narrow.upper as number).toBeGreaterThanOrEqual(x / n);
      }),
      { numRuns: 200 },
    );
  });

  it('returns null with a reason when there are no trials', () => {
    const ci = wilsonInterval(0, 0);
    expect(ci).toEqual({ estimate: null, lower: null, upper: null, confidence: 0.95, method: 'wilson', reason: 'no trials: the proportion is undefined' });
  });

  it('accepts weighted (fractional) counts', () => {
    const ci = wilsonInterval(2.5, 10.5);
    expect(ci.estimate).toBeCloseTo(2.5 / 10.5, 15);
  });

  it('rejects bad input with code, path and message', () => {
    const cases: [() => unknown, string, string, RegExp][] = [
      // Issue 12: the message says how to fix it (swapped?).
      [() => wilsonInterval(11, 10), 'out_of_range', 'successes', /successes cannot exceed trials \(swapped\?\)/],
      [() => wilsonInterval(-1, 10), 'out_of_range', 'successes', /expected a number ≥ 0/],
      [() => wilsonInterval(1, Number.NaN), 'not_finite', 'trials', /trials is NaN/],
      [() => wilsonInterval(1, 10, { confidence: 95 }), 'out_of_range', 'options.confidence', /write 95 % as 0.95/],
      // Issue 12: the value, not its type ("is boolean").
      [() => wilsonInterval(1, 10, { confidence: true as unknown as number }), 'invalid_type', 'options.confidence', /^wilsonInterval: options\.confidence is true; expected a finite number\.$/],
    ];
    for (const [run, code, path, message] of cases) {
      try {
        run();
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(EquityLensError);
        expect((error as EquityLensError).code).toBe(code);
        expect((error as EquityLensError).path).toBe(path);
        expect((error as EquityLensError).message).toMatch(message);
      }
    }
  });
});
