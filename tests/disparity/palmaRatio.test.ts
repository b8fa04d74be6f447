// Palma ratio: top 10 % share ÷ bottom 40 % share (Cobham & Sumner 2013); 'count' takes whole units of the
// sorted values. Shares below are worked out by hand.
import { describe, expect, it } from 'vitest';
import { palmaRatio } from '../../src/disparity/palmaRatio.ts';
import { caught } from './caught.ts';

describe('palmaRatio count method', () => {
  it('sorts before counting: 1…10 given out of order → bottom 4 hold 10/55, top 1 holds 10/55', () => {
    const result = palmaRatio([5, 1, 4, 2, 3, 10, 6, 8, 7, 9], { method: 'count' });
    expect(result.bottom40Share).toBeCloseTo(10 / 55, 15);
    expect(result.top10Share).toBeCloseTo(10 / 55, 15);
    expect(result.value).toBeCloseTo(1, 14);
  });

  it('works from three values ([1, 2, 3]: 1/6 and 3/6, ratio 3) and rejects two', () => {
    const three = palmaRatio([3, 1, 2], { method: 'count' });
    expect([three.bottom40Share, three.top10Share, three.n]).toEqual([1 / 6, 3 / 6, 3]);
    expect(three.value).toBeCloseTo(3, 14);
    const two = caught(() => palmaRatio([1, 2], { method: 'count' }));
    expect([two.code, two.path, two.message]).toEqual([
      'too_short',
      'values',
      "palmaRatio: method 'count' needs at least 3 values to form a bottom 40 % and a top 10 %; use method 'lorenz'.",
    ]);
  });

  it('rejects an unknown option or method, and weights with the count method, with the exact message', () => {
    const typo = caught(() => palmaRatio([1, 2, 3], { methods: 'count' } as never));
    expect([typo.code, typo.path]).toEqual(['unknown_key', 'options.methods']);
    const method = caught(() => palmaRatio([1, 2, 3], { method: 'quantile' } as never));
    expect([method.code, method.path, method.message]).toEqual(['invalid_value', 'options.method', `palmaRatio: options.method is "quantile"; use 'lorenz' or 'count'.`]);
    const weighted = caught(() => palmaRatio([1, 2, 3], { method: 'count', weights: [1, 1, 1] }));
    expect([weighted.code, weighted.path, weighted.message]).toEqual([
      'invalid_value',
      'options.weights',
      "palmaRatio: options.weights cannot be used with method 'count', which counts units; use method 'lorenz' for weighted data.",
    ]);
  });
});
