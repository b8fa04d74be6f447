// CUNY ISLG static score of a percentage indicator (equalityindicators.org/scoring-2; methodology.md §2):
// the percentage when favourable, 100 − percentage when adverse.
import { describe, expect, it } from 'vitest';
import { equityIndicatorPercentageScore } from '../../src/disparity/equityIndicatorPercentageScore.ts';
import { caught } from './caught.ts';

describe('equityIndicatorPercentageScore', () => {
  it('scores both ends of [0, 100] inclusively: 0 → 0 and 100 → 100 favourable, 0 → 100 and 100 → 0 adverse', () => {
    expect(equityIndicatorPercentageScore(0)).toBe(0);
    expect(equityIndicatorPercentageScore(100)).toBe(100);
    expect(equityIndicatorPercentageScore(0, { direction: 'lowerIsBetter' })).toBe(100);
    expect(equityIndicatorPercentageScore(100, { direction: 'lowerIsBetter' })).toBe(0);
    expect(equityIndicatorPercentageScore(0.4, { direction: 'higherIsBetter' })).toBe(0.4);
  });

  it('rejects a percentage below 0 or above 100 with the exact message and no hint', () => {
    const below = caught(() => equityIndicatorPercentageScore(-0.5));
    expect([below.code, below.path, below.hint]).toEqual(['out_of_range', 'percent', undefined]);
    expect(below.message).toBe('equityIndicatorPercentageScore: percent is -0.5; expected a percentage in [0, 100]');
    const negative = caught(() => equityIndicatorPercentageScore(-5));
    expect([negative.code, negative.hint]).toEqual(['out_of_range', undefined]);
    const above = caught(() => equityIndicatorPercentageScore(100.5));
    expect([above.code, above.path, above.hint]).toEqual(['out_of_range', 'percent', undefined]);
    expect(above.message).toBe('equityIndicatorPercentageScore: percent is 100.5; expected a percentage in [0, 100]');
    const far = caught(() => equityIndicatorPercentageScore(140));
    expect(far.hint).toBeUndefined();
  });

  it('names the field of a non-finite percentage, an unknown option and an unknown direction', () => {
    const nan = caught(() => equityIndicatorPercentageScore(Number.NaN));
    expect([nan.code, nan.path, nan.message]).toEqual(['not_finite', 'percent', 'equityIndicatorPercentageScore: percent is NaN; expected a finite number.']);
    const typo = caught(() => equityIndicatorPercentageScore(40, { directon: 'lowerIsBetter' } as never));
    expect([typo.code, typo.path, typo.hint]).toEqual(['unknown_key', 'options.directon', 'did you mean "direction"?']);
    expect(typo.message).toBe('equityIndicatorPercentageScore: options has unknown option "directon"; allowed: direction. (did you mean "direction"?)');
    const direction = caught(() => equityIndicatorPercentageScore(40, { direction: 'higher' } as never));
    expect([direction.code, direction.path]).toEqual(['invalid_value', 'options.direction']);
    expect(direction.message).toBe(`equityIndicatorPercentageScore: options.direction is "higher"; use 'higherIsBetter' or 'lowerIsBetter'.`);
  });
});
