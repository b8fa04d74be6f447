// CUNY ISLG Equity Indicators (methodology.md §2 and §9 #1–4).
import { describe, expect, it } from 'vitest';
import { EquityIndicatorScoreTableSchema } from '../../src/disparity/EquityIndicatorScoreTableSchema.ts';
import { equityIndicatorChange } from '../../src/disparity/equityIndicatorChange.ts';
import { equityIndicatorPercentageScore } from '../../src/disparity/equityIndicatorPercentageScore.ts';
import { equityIndicatorRatio } from '../../src/disparity/equityIndicatorRatio.ts';
import { equityIndicatorRollup, type EquityIndicatorFramework } from '../../src/disparity/equityIndicatorRollup.ts';
import { equityIndicatorScore } from '../../src/disparity/equityIndicatorScore.ts';
import { caught } from './caught.ts';
import { CUNY_ANCHOR_TABLE, CUNY_ANCHORS } from './fixtures/cunyAnchorTable.ts';

describe('EquityIndicatorScoreTableSchema', () => {
  it('accepts the anchor fixture and rejects decreasing ratios, rising scores and out-of-range values', () => {
    expect(EquityIndicatorScoreTableSchema.safeParse(CUNY_ANCHOR_TABLE).success).toBe(true);
    const bad = EquityIndicatorScoreTableSchema.safeParse({
      steps: [
        { maxRatio: 2, score: 40 },
        { maxRatio: 1.5, score: 60 },
        { maxRatio: 3, score: 101 },
      ],
    });
    expect(bad.success).toBe(false);
    const paths = bad.error?.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['steps.1.maxRatio', 'steps.1.score', 'steps.2.score']));
  });
});

describe('equityIndicatorScore', () => {
  it.each(CUNY_ANCHORS)('maps ratio %s to the published score %s (%s)', (ratio, score) => {
    expect(equityIndicatorScore(ratio, CUNY_ANCHOR_TABLE).score).toBe(score);
  });

  it('honours the inclusive edge and the ratio-below-1 and beyond-the-table rules', () => {
    const table = { steps: [{ maxRatio: 1, score: 100 }, { maxRatio: 2, score: 40 }], scoreAboveLastStep: 5 };
    expect(equityIndicatorScore(2, table)).toEqual({ score: 40, ratio: 2, step: 1 });
    expect(equityIndicatorScore(2, { ...table, inclusive: 'lower' })).toEqual({ score: 5, ratio: 2, step: null });
    expect(equityIndicatorScore(0.7, table).score).toBe(100);
    expect(equityIndicatorScore(2.01, table).score).toBe(5);
    expect(equityIndicatorScore(2.01, { steps: table.steps }).score).toBe(1);
  });

  it('rejects a non-positive ratio and an invalid table, listing every problem', () => {
    const ratio = caught(() => equityIndicatorScore(0, CUNY_ANCHOR_TABLE));
    expect([ratio.code, ratio.path]).toEqual(['out_of_range', 'ratio']);
    const table = caught(() => equityIndicatorScore(2, { steps: [{ maxRatio: 2, score: 40 }, { maxRatio: 1.5, score: 60 }] }));
    expect(table.code).toBe('invalid_schema');
    expect(table.issues.map((i) => i.path)).toEqual(['table.steps[1].maxRatio', 'table.steps[1].score']);
    expect(table.message).toMatch(/^equityIndicatorScore: 2 problems found/);
    const empty = caught(() => equityIndicatorScore(2, { steps: [] }));
    expect(empty.path).toBe('table.steps');
  });
});

describe('equityIndicatorRatio', () => {
  it('reproduces the Oakland 2018 ratios from the published group rates', () => {
    // data.oaklandca.gov Oakland Equity Indicators 2018 (methodology.md §9 #2)
    const ela = equityIndicatorRatio(
      [
        { group: 'Latino', rate: 61.6 },
        { group: 'White', rate: 11.9 },
      ],
      { direction: 'lowerIsBetter' },
    );
    expect(ela.ratio).toBeCloseTo(5.18, 2);
    expect(equityIndicatorScore(ela.ratio as number, CUNY_ANCHOR_TABLE).score).toBe(20);
    const ready = equityIndicatorRatio(
      [
        { group: 'African American', rate: 71 },
        { group: 'Asian', rate: 28.4 },
      ],
      { direction: 'lowerIsBetter' },
    );
    expect(ready.ratio).toBeCloseTo(2.5, 12);
    expect(ready.disadvantaged.group).toBe('African American');
    const contracts = equityIndicatorRatio(
      [
        { group: 'African American', rate: 66.7 },
        { group: 'White', rate: 19.5 },
      ],
      { direction: 'lowerIsBetter' },
    );
    expect(contracts.ratio).toBeCloseTo(3.42, 2);
  });

  it('orients favourable outcomes advantaged ÷ disadvantaged, and reports a named pair that is reversed', () => {
    const owners = equityIndicatorRatio([
      { group: 'White', rate: 27 },
      { group: 'African American', rate: 10 },
      { group: 'Asian', rate: 20 },
    ]);
    expect(owners.ratio).toBeCloseTo(2.7, 12);
    expect([owners.advantaged.group, owners.disadvantaged.group]).toEqual(['White', 'African American']);
    const reversed = equityIndicatorRatio(
      [
        { group: 'A', rate: 30 },
        { group: 'B', rate: 20 },
      ],
      { pair: { disadvantaged: 'A', advantaged: 'B' } },
    );
    expect(reversed.ratio).toBeCloseTo(2 / 3, 15);
    expect(reversed.disadvantagedDoesBetter).toBe(true);
    expect(reversed.selection).toBe('pair');
  });

  it('returns null with a reason when the divisor rate is 0, and rejects bad input', () => {
    const zero = equityIndicatorRatio([
      { group: 'a', rate: 0 },
      { group: 'b', rate: 4 },
    ]);
    expect(zero.ratio).toBeNull();
    expect(zero.reason).toMatch(/infinite/);
    const one = caught(() => equityIndicatorRatio([{ group: 'a', rate: 1 }]));
    expect([one.code, one.path]).toEqual(['too_short', 'groups']);
    const absent = caught(() =>
      equityIndicatorRatio(
        [
          { group: 'Black', rate: 2 },
          { group: 'White', rate: 1 },
        ],
        { pair: { disadvantaged: 'Blak', advantaged: 'White' } },
      ),
    );
    expect([absent.code, absent.path, absent.hint]).toEqual(['not_found', 'options.pair.disadvantaged', 'did you mean "Black"?']);
    const proto = equityIndicatorRatio(
      [
        { group: '__proto__', rate: 2 },
        { group: 'b', rate: 1 },
      ],
      { direction: 'lowerIsBetter' },
    );
    expect(proto.disadvantaged.group).toBe('__proto__');
  });
});

describe('equityIndicatorPercentageScore', () => {
  it('scores 40 % favourable as 40 and 40 % adverse as 60 (equalityindicators.org)', () => {
    expect(equityIndicatorPercentageScore(40)).toBe(40);
    expect(equityIndicatorPercentageScore(40, { direction: 'lowerIsBetter' })).toBe(60);
    const proportion = caught(() => equityIndicatorPercentageScore(140));
    expect([proportion.code, proportion.path]).toEqual(['out_of_range', 'percent']);
  });
});

describe('equityIndicatorRollup and equityIndicatorChange', () => {
  const oakland: EquityIndicatorFramework = {
    themes: [
      {
        id: 'economy',
        topics: [{ id: 'business-development', indicators: [{ id: 'a', score: 36 }, { id: 'b', score: 31 }, { id: 'c', score: 34 }] }],
      },
      {
        id: 'public-safety',
        topics: [{ id: 'law-enforcement', indicators: [{ id: 'a', score: 48 }, { id: 'b', score: 6 }, { id: 'c', score: 1 }] }],
      },
      {
        id: 'education',
        topics: [{ id: 'achievement', indicators: [{ id: 'a', score: 20 }, { id: 'b', score: 37 }, { id: 'c', score: 39 }] }],
      },
    ],
  };

  it('reproduces the Oakland 2018 topic averages 33.7, 18.3 and 32.0', () => {
    const rollup = equityIndicatorRollup(oakland);
    expect(rollup.themes.map((t) => Number((t.topics[0]?.score as number).toFixed(1)))).toEqual([33.7, 18.3, 32]);
    expect(rollup.city).toBeCloseTo((101 / 3 + 55 / 3 + 96 / 3) / 3, 12);
    expect(rollup.balanced).toBe(true);
  });

  it('reproduces the Dallas change score: 38.75 → 39.77 is +1.02', () => {
    const year = (score: number) => equityIndicatorRollup({ themes: [{ id: 't', topics: [{ id: 'p', indicators: [{ id: 'i', score }] }] }] });
    const change = equityIndicatorChange(year(39.77), year(38.75));
    expect(change.city.change).toBeCloseTo(1.02, 12);
    expect(change.themes[0]?.topics[0]?.indicators[0]?.change).toBeCloseTo(1.02, 12);
  });

  it('requires equal sibling counts unless allowed, and rejects mismatched baselines', () => {
    const unequal: EquityIndicatorFramework = {
      themes: [
        { id: 'a', topics: [{ id: 'x', indicators: [{ id: '1', score: 10 }, { id: '2', score: 20 }] }] },
        { id: 'b', topics: [{ id: 'y', indicators: [{ id: '1', score: 50 }] }] },
      ],
    };
    const error = caught(() => equityIndicatorRollup(unequal));
    expect([error.code, error.path]).toEqual(['invalid_value', 'framework']);
    expect(error.message).toMatch(/^equityIndicatorRollup: sibling counts differ/);
    const allowed = equityIndicatorRollup(unequal, { allowUnequalCounts: true });
    expect(allowed.balanced).toBe(false);
    expect(allowed.city).toBe(32.5);
    const other = equityIndicatorRollup({ themes: [{ id: 'a', topics: [{ id: 'z', indicators: [{ id: '1', score: 10 }, { id: '2', score: 20 }] }] }, { id: 'b', topics: [{ id: 'y', indicators: [{ id: '1', score: 50 }] }] }] }, { allowUnequalCounts: true });
    const mismatch = caught(() => equityIndicatorChange(allowed, other));
    expect([mismatch.code, mismatch.path]).toEqual(['not_found', 'current.themes[0].topics[0].id']);
    const score = caught(() => equityIndicatorRollup({ themes: [{ id: 'a', topics: [{ id: 'x', indicators: [{ id: '1', score: 140 }] }] }] }));
    expect([score.code, score.path]).toEqual(['out_of_range', 'framework.themes[0].topics[0].indicators[0].score']);
    const duplicate = caught(() => equityIndicatorRollup({ themes: [{ id: 'a', topics: [{ id: 'x', indicators: [{ id: '1', score: 1 }, { id: '1', score: 2 }] }] }] }));
    expect([duplicate.code, duplicate.path]).toEqual(['duplicate', 'framework.themes[0].topics[0].indicators[1].id']);
    const empty = caught(() => equityIndicatorRollup({ themes: [] }));
    expect([empty.code, empty.path]).toEqual(['empty', 'framework.themes']);
  });
});
