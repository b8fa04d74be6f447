/**
 * Summaries of targeting counts (src/reach/internal/summary.ts): key order, the coverage interval's successes and
 * trials, the reasons of undefined rates and the overflow checks of weighted sums, through targetingErrors.
 */
import { describe, expect, it } from 'vitest';
import { targetingErrors } from '../../../src/reach/index.ts';
import { compareKeys } from '../../../src/reach/internal/summary.ts';
import { wilsonInterval } from '../../../src/uncertainty/wilsonInterval.ts';
import { caught } from '../helpers.ts';

describe('compareKeys', () => {
  it('orders key tuples dimension by dimension by UTF-16 code units, a shorter prefix first', () => {
    expect(compareKeys(['a', 'b'], ['a', 'c'])).toBe(-1);
    expect(compareKeys(['b', 'a'], ['a', 'c'])).toBe(1);
    expect(compareKeys(['Z'], ['a'])).toBe(-1);
    expect(compareKeys(['a', 'b'], ['a', 'b'])).toBe(0);
    expect(compareKeys(['a'], ['a', 'b'])).toBeLessThan(0);
    expect(compareKeys(['a', 'b'], ['a'])).toBeGreaterThan(0);
    expect(compareKeys([], [])).toBe(0);
  });
});

describe('summaries through targetingErrors', () => {
  it('puts the Wilson interval on the counts themselves when unweighted (1 of 49, exactly)', () => {
    // 1/49 · 49 is 0.9999999999999999 in binary floating point: the interval must use the count 1 itself.
    const rows = Array.from({ length: 49 }, (_, i) => ({ enrolled: i === 0 }));
    const result = targetingErrors(rows, { eligible: () => true, enrolled: (r) => r.enrolled });
    const ci = wilsonInterval(1, 49);
    expect(result.overall.coverageInterval).toEqual({ lower: ci.lower, upper: ci.upper, confidence: 0.95, method: 'wilson', sampleSize: 49 });
  });

  it('gives an interval of nulls, sample size null, while coverage is undefined, weighted or not', () => {
    const rows = [{ e: false }, { e: null }];
    for (const weight of [undefined, () => 2]) {
      const result = targetingErrors(rows, { eligible: (r) => r.e, enrolled: () => true, ...(weight === undefined ? {} : { weight }) });
      expect(result.overall.coverageInterval).toEqual({ lower: null, upper: null, confidence: 0.95, method: 'wilson', sampleSize: null });
    }
  });

  it('says which inclusion-error denominator is empty', () => {
    const rows = [{ e: true, n: false }];
    const byIneligible = targetingErrors(rows, { eligible: (r) => r.e, enrolled: (r) => r.n, inclusionErrorDenominator: 'ineligible' });
    expect(byIneligible.overall.inclusionErrorBase).toBe(0);
    expect(byIneligible.overall.reasons).toEqual(['inclusion error is undefined: no ineligible households']);
    const byEnrolled = targetingErrors(rows, { eligible: (r) => r.e, enrolled: (r) => r.n });
    expect(byEnrolled.overall.reasons).toEqual(['inclusion error is undefined: no enrolled households with determined eligibility']);
  });

  it('rejects weights whose sum, or sum of squares, JavaScript cannot hold, and says how to fix it', () => {
    const fix = 'divide every weight by a common factor (shares do not change)';
    const sum = caught(() => targetingErrors([{}, {}], { eligible: () => false, enrolled: () => true, weight: () => 1e308 }));
    expect([sum.code, sum.path, sum.message]).toEqual([
      'out_of_range',
      'options.weight',
      `targetingErrors: the sum of options.weight exceeds 1.8e308, the largest number JavaScript can hold; ${fix}.`,
    ]);
    const squares = caught(() => targetingErrors([{}], { eligible: () => true, enrolled: () => true, weight: () => 1e200 }));
    expect([squares.code, squares.path, squares.message]).toEqual([
      'out_of_range',
      'options.weight',
      `targetingErrors: the sum of the squares of options.weight (for the effective sample size) exceeds 1.8e308, the largest number JavaScript can hold; ${fix}.`,
    ]);
  });

  it('sorts each dimension’s margin by key, keys first seen out of order', () => {
    const rows = [
      { a: 'p', b: 'z' },
      { a: 'q', b: 'y' },
      { a: 'q', b: 'Y' },
      { a: 'p', b: 'x' },
    ];
    const result = targetingErrors(rows, { eligible: () => true, enrolled: () => true, by: { a: (r) => r.a, b: (r) => r.b } });
    expect(result.byDimension.map((m) => m.groups.map((g) => g.label))).toEqual([
      ['p', 'q'],
      ['Y', 'x', 'y', 'z'],
    ]);
    expect(result.groups.map((g) => g.label)).toEqual(['p × x', 'p × z', 'q × Y', 'q × y']);
  });
});
