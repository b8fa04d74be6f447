// Input checks shared by the inequality indices (src/disparity/internal/distribution.ts), seen through gini.
// gini([1, 2, 3]) = Σᵢⱼ|xᵢ − xⱼ| / (2n²·mean) = 8 / (2·9·2) = 2/9.
import { describe, expect, it } from 'vitest';
import { gini } from '../../src/disparity/gini.ts';
import { caught } from './caught.ts';

describe('inequality index input checks', () => {
  it('accepts a typed array and rejects other non-arrays, an empty array and bad entries with their index', () => {
    expect(gini(new Float64Array([1, 2, 3]) as never)).toBeCloseTo(2 / 9, 15);
    const text = caught(() => gini('123' as never));
    expect([text.code, text.path, text.message]).toEqual(['invalid_type', 'values', 'gini: values is "123"; expected an array of numbers.']);
    const empty = caught(() => gini([]));
    expect([empty.code, empty.path, empty.message]).toEqual(['empty', 'values', 'gini: values is empty; pass at least one value.']);
    const infinite = caught(() => gini([1, Number.POSITIVE_INFINITY]));
    expect([infinite.code, infinite.path]).toEqual(['not_finite', 'values[1]']);
    const negative = caught(() => gini([1, 2, -1]));
    expect([negative.code, negative.path]).toEqual(['out_of_range', 'values[2]']);
  });

  it('rescales weights near the largest double instead of overflowing their total', () => {
    // equal weights give the unweighted 2/9 whatever their size; 3 × 1e308 overflows a double
    expect(gini([1, 2, 3], { weights: [1e308, 1e308, 1e308] })).toBeCloseTo(2 / 9, 15);
    expect(gini([1, 4], { weights: [1.5e308, 0.5e308] })).toBeCloseTo(gini([1, 4], { weights: [3, 1] }), 15);
  });

  it('says "with positive weight" when only zero-weight values are positive', () => {
    const zero = caught(() => gini([0, 0, 5], { weights: [1, 1, 0] }));
    expect([zero.code, zero.path, zero.message]).toEqual([
      'invalid_value',
      'values',
      'gini: every value with positive weight is 0, so the mean is 0 and the index is undefined; pass at least one positive value.',
    ]);
  });

  it('rejects weights that are not an array, of the wrong length, or hold a bad number', () => {
    const none = caught(() => gini([1, 2], { weights: null } as never));
    expect([none.code, none.path]).toEqual(['invalid_type', 'options.weights']);
    const long = caught(() => gini([1, 2], { weights: [1, 1, 1] }));
    expect([long.code, long.path]).toEqual(['length_mismatch', 'options.weights']);
    for (const [weight, code] of [
      ['1', 'invalid_type'],
      [-1, 'out_of_range'],
      [Number.NaN, 'not_finite'],
      [Number.POSITIVE_INFINITY, 'not_finite'],
    ] as const) {
      const bad = caught(() => gini([1, 2], { weights: [1, weight] } as never));
      expect([bad.code, bad.path]).toEqual([code, 'options.weights[1]']);
    }
  });

  it('rejects an options argument that is not a plain object', () => {
    for (const [options, shown] of [
      [null, 'null'],
      [5, '5'],
      [[], 'an array of length 0'],
    ] as const) {
      const bad = caught(() => gini([1, 2], options as never));
      expect([bad.code, bad.path, bad.message]).toEqual(['invalid_type', 'options', `gini: options is ${shown}; expected an options object.`]);
    }
  });
});
