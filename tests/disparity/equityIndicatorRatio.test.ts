// CUNY ISLG disparity ratio (equalityindicators.org/scoring-2; methodology.md §2): worse-off ÷ better-off for an
// adverse outcome, better-off ÷ worse-off for a favourable one; values below are worked out by hand.
import { describe, expect, it } from 'vitest';
import { equityIndicatorRatio } from '../../src/disparity/equityIndicatorRatio.ts';
import { caught } from './caught.ts';

describe('equityIndicatorRatio extremes and edge cases', () => {
  it('takes the first listed group when the lowest or highest rate is tied', () => {
    // favourable: lowest 10 (a before c), highest 30 (b before d): ratio 30/10 = 3
    const tied = equityIndicatorRatio([
      { group: 'a', rate: 10 },
      { group: 'b', rate: 30 },
      { group: 'c', rate: 10 },
      { group: 'd', rate: 30 },
    ]);
    expect([tied.disadvantaged.group, tied.advantaged.group, tied.ratio, tied.selection, tied.direction]).toEqual(['a', 'b', 3, 'extremes', 'higherIsBetter']);
    expect(tied.disadvantagedDoesBetter).toBe(false);
  });

  it('reports equal rates as ratio 1 in which the disadvantaged group does not do better', () => {
    const equal = equityIndicatorRatio(
      [
        { group: 'a', rate: 5 },
        { group: 'b', rate: 5 },
      ],
      { pair: { disadvantaged: 'b', advantaged: 'a' } },
    );
    expect([equal.ratio, equal.disadvantagedDoesBetter, equal.selection]).toEqual([1, false, 'pair']);
  });

  it('gives a null ratio with the reason when a divisor rate is 0', () => {
    const both = equityIndicatorRatio([
      { group: 'a', rate: 0 },
      { group: 'b', rate: 0 },
    ]);
    expect([both.ratio, both.disadvantagedDoesBetter, both.reason]).toEqual([null, false, 'both rates are 0: the ratio is undefined']);
    const adverse = equityIndicatorRatio(
      [
        { group: 'a', rate: 0 },
        { group: 'b', rate: 4 },
      ],
      { direction: 'lowerIsBetter' },
    );
    expect([adverse.ratio, adverse.disadvantagedDoesBetter, adverse.reason]).toEqual([null, false, 'the divisor rate (advantaged group) is 0: the ratio is infinite']);
    const favourable = equityIndicatorRatio([
      { group: 'a', rate: 0 },
      { group: 'b', rate: 4 },
    ]);
    expect(favourable.reason).toBe('the divisor rate (disadvantaged group) is 0: the ratio is infinite');
  });
});

describe('equityIndicatorRatio input errors', () => {
  it('rejects a bad options bag or direction, with the exact message', () => {
    const typo = caught(() => equityIndicatorRatio([{ group: 'a', rate: 1 }, { group: 'b', rate: 2 }], { pairs: {} } as never));
    expect([typo.code, typo.path]).toEqual(['unknown_key', 'options.pairs']);
    const direction = caught(() => equityIndicatorRatio([{ group: 'a', rate: 1 }, { group: 'b', rate: 2 }], { direction: 'up' } as never));
    expect([direction.code, direction.path, direction.message]).toEqual([
      'invalid_value',
      'options.direction',
      `equityIndicatorRatio: options.direction is "up"; use 'higherIsBetter' or 'lowerIsBetter'.`,
    ]);
  });

  it('rejects groups that are not an array, too few, or hold a non-object', () => {
    const notArray = caught(() => equityIndicatorRatio({} as never));
    expect([notArray.code, notArray.path, notArray.message]).toEqual(['invalid_type', 'groups', 'equityIndicatorRatio: groups is an object; expected an array of { group, rate }.']);
    const none = caught(() => equityIndicatorRatio([]));
    expect([none.code, none.path, none.message]).toEqual(['empty', 'groups', 'equityIndicatorRatio: groups has 0 entries; a disparity ratio compares at least two groups.']);
    const one = caught(() => equityIndicatorRatio([{ group: 'a', rate: 1 }]));
    expect([one.code, one.message]).toEqual(['too_short', 'equityIndicatorRatio: groups has 1 entry; a disparity ratio compares at least two groups.']);
    for (const [row, shown] of [
      [null, 'null'],
      [5, '5'],
    ] as const) {
      const bad = caught(() => equityIndicatorRatio([{ group: 'a', rate: 1 }, row] as never));
      expect([bad.code, bad.path, bad.message]).toEqual(['invalid_type', 'groups[1]', `equityIndicatorRatio: groups[1] is ${shown}; expected { group, rate }.`]);
    }
  });

  it('names the field of a bad group name, a duplicate and a negative rate', () => {
    const name = caught(() => equityIndicatorRatio([{ group: 'a', rate: 1 }, { group: 7, rate: 2 }] as never));
    expect([name.code, name.path]).toEqual(['invalid_type', 'groups[1].group']);
    const duplicate = caught(() => equityIndicatorRatio([{ group: 'a', rate: 1 }, { group: 'b', rate: 2 }, { group: 'a', rate: 3 }]));
    expect([duplicate.code, duplicate.path, duplicate.message]).toEqual([
      'duplicate',
      'groups[2].group',
      'equityIndicatorRatio: groups[2].group is "a", already given at groups[0]; give each group once.',
    ]);
    const negative = caught(() => equityIndicatorRatio([{ group: 'a', rate: 1 }, { group: 'b', rate: -2 }]));
    expect([negative.code, negative.path]).toEqual(['out_of_range', 'groups[1].rate']);
  });

  it('rejects a pair that is not an object, has an unknown key, or names an absent group', () => {
    const groups = [
      { group: 'Black', rate: 2 },
      { group: 'White', rate: 1 },
    ];
    for (const [pair, shown] of [
      [null, 'null'],
      ['Black', '"Black"'],
    ] as const) {
      const bad = caught(() => equityIndicatorRatio(groups, { pair } as never));
      expect([bad.code, bad.path, bad.message]).toEqual(['invalid_type', 'options.pair', `equityIndicatorRatio: options.pair is ${shown}; expected { disadvantaged, advantaged }.`]);
    }
    const extra = caught(() => equityIndicatorRatio(groups, { pair: { disadvantaged: 'Black', advantaged: 'White', reference: 'White' } } as never));
    expect([extra.code, extra.path]).toEqual(['unknown_key', 'options.pair.reference']);
    const number = caught(() => equityIndicatorRatio(groups, { pair: { disadvantaged: 5, advantaged: 'White' } } as never));
    expect([number.code, number.path, number.hint]).toEqual(['not_found', 'options.pair.disadvantaged', undefined]);
    expect(number.message).toBe('equityIndicatorRatio: options.pair.disadvantaged is 5, which is not among the groups; name one of the groups given.');
    const far = caught(() => equityIndicatorRatio(groups, { pair: { disadvantaged: 'Black', advantaged: 'Hispanic or Latino' } }));
    expect([far.code, far.path, far.hint]).toEqual(['not_found', 'options.pair.advantaged', undefined]);
  });
});
