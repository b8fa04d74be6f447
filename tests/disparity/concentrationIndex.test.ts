// Concentration index 2·cov(y, R)/μ with fractional rank R (Kakwani, Wagstaff & van Doorslaer 1997): only the
// order of rankBy matters, so negative ranking values rank like any others.
import { describe, expect, it } from 'vitest';
import { concentrationIndex } from '../../src/disparity/concentrationIndex.ts';
import { caught } from './caught.ts';

describe('concentrationIndex inputs', () => {
  it('accepts negative ranking values: ranking by [−1, 0, 1] equals ranking by [1, 2, 3]', () => {
    // R = 1/6, 1/2, 5/6; μ = 2; cov = ((1 − 2)(1/6 − 1/2) + 0 + (3 − 2)(5/6 − 1/2)) / 3 = 2/9 → C = 2·(2/9)/2 = 2/9
    expect(concentrationIndex([1, 2, 3], [-1, 0, 1])).toBeCloseTo(2 / 9, 15);
    expect(concentrationIndex([1, 2, 3], [-1, 0, 1])).toBe(concentrationIndex([1, 2, 3], [1, 2, 3]));
  });

  it('rejects a zero mean outcome with the exact message', () => {
    const zero = caught(() => concentrationIndex([1, -1], [1, 2]));
    expect([zero.code, zero.path, zero.message]).toEqual([
      'invalid_value',
      'outcome',
      'concentrationIndex: the weighted mean of outcome is 0, so the concentration index (covariance ÷ mean) is undefined.',
    ]);
  });

  it('names the entry of a bad outcome, rank or weight, and an unknown option', () => {
    const outcome = caught(() => concentrationIndex([1, Number.NaN], [1, 2]));
    expect([outcome.code, outcome.path]).toEqual(['not_finite', 'outcome[1]']);
    const rank = caught(() => concentrationIndex([1, 2], [1, Number.NaN]));
    expect([rank.code, rank.path]).toEqual(['not_finite', 'rankBy[1]']);
    const weight = caught(() => concentrationIndex([1, 2, 3], [1, 2, 3], { weights: [1, -1, 1] }));
    expect([weight.code, weight.path]).toEqual(['out_of_range', 'options.weights[1]']);
    const typo = caught(() => concentrationIndex([1, 2], [1, 2], { weight: [1, 1] } as never));
    expect([typo.code, typo.path]).toEqual(['unknown_key', 'options.weight']);
    const short = caught(() => concentrationIndex([1, 2, 3], [1, 2]));
    expect([short.code, short.path, short.message]).toEqual(['length_mismatch', 'rankBy', 'concentrationIndex: rankBy has 2 entries but outcome has 3; pass one entry per item of outcome.']);
  });
});
