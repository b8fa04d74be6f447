import { describe, expect, it } from 'vitest';
import { median, medianOfSorted, roundHalfEven } from '../../src/trends/internal/median.ts';

describe('median', () => {
  it("numpy's median: the middle value, or the mean of the two middle values; NaN when empty", () => {
    // numpy.median([3, 1, 2]) = 2.0, numpy.median([4, 1, 3, 2]) = 2.5, numpy.median([]) = nan
    expect(median(Float64Array.of(3, 1, 2))).toBe(2);
    expect(median(Float64Array.of(4, 1, 3, 2))).toBe(2.5);
    expect(medianOfSorted(Float64Array.of(1, 3))).toBe(2);
    expect(medianOfSorted(new Float64Array(0))).toBeNaN();
  });
  it('does not sort its argument', () => {
    const values = Float64Array.of(3, 1, 2);
    median(values);
    expect([...values]).toEqual([3, 1, 2]);
  });
});

describe('roundHalfEven', () => {
  it("rounds as numpy.round: halves to the even neighbour, the rest to the nearest", () => {
    // numpy.round([0.5, 1.5, 2.5, 3.5, -1.5, -2.5, 2.4, 2.6, 7]) = [0, 2, 2, 4, -2, -2, 2, 3, 7]
    const inputs = [0.5, 1.5, 2.5, 3.5, -1.5, -2.5, 2.4, 2.6, 7];
    expect(inputs.map(roundHalfEven)).toEqual([0, 2, 2, 4, -2, -2, 2, 3, 7]);
  });
});
