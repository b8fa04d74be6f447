import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExactSum, addExact, encodeExact, exactValue } from '../../../src/monitor/internal/exactSum.ts';

function sumOf(values: readonly number[]): ExactSum {
  const sum = new ExactSum();
  for (const value of values) sum.add(value);
  return sum;
}

const finite = fc.double({ min: -1e12, max: 1e12, noNaN: true });

describe('exact sums (means and ratios in the partial state)', () => {
  it('match Python\'s math.fsum on cases where naive summation fails', () => {
    // Values printed by Python 3.11: math.fsum([0.1] * 10) == 1.0; math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]) == 1e-100;
    // math.fsum([2**53, 1, 1]) == 9007199254740994.0 (sum() gives 9007199254740992.0).
    expect(sumOf(Array.from({ length: 10 }, () => 0.1)).value()).toBe(1);
    expect(sumOf([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]).value()).toBe(1e-100);
    expect(sumOf([2 ** 53, 1, 1]).value()).toBe(9007199254740994);
  });

  it('do not depend on the order of the values or on how they are split and merged', () => {
    fc.assert(
      fc.property(fc.array(finite, { maxLength: 60 }), fc.array(fc.nat(), { minLength: 1, maxLength: 10 }), (values, assignment) => {
        const whole = encodeExact(sumOf(values));
        expect(encodeExact(sumOf([...values].reverse()))).toEqual(whole);
        const parts: number[][] = [[], [], []];
        values.forEach((value, i) => (parts[(assignment[i % assignment.length] as number) % 3] as number[]).push(value));
        const [a, b, c] = parts.map((part) => encodeExact(sumOf(part))) as [ReturnType<typeof encodeExact>, ReturnType<typeof encodeExact>, ReturnType<typeof encodeExact>];
        expect(addExact(addExact(a, b), c)).toEqual(whole);
        expect(addExact(c, addExact(b, a))).toEqual(whole);
        // === on purpose: a sum of negative zeros is encoded as 0.
        expect(exactValue(whole) === sumOf(values).value()).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('encode whole-number counts as plain numbers', () => {
    expect(encodeExact(sumOf([1, 2, 3]))).toBe(6);
    expect(encodeExact(new ExactSum())).toBe(0);
    expect(addExact(2, 3)).toBe(5);
    const lossy = encodeExact(sumOf([1e16, 1]));
    expect(lossy).toEqual([1e16, 1]);
    expect(exactValue(lossy)).toBe(1e16);
  });
});
