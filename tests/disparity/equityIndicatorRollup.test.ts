// CUNY ISLG roll-up (methodology.md §2): topic = mean of its indicators, theme = mean of its topics,
// city = mean of the themes; the means below are worked out by hand.
import { describe, expect, it } from 'vitest';
import { equityIndicatorRollup, type EquityIndicatorFramework } from '../../src/disparity/equityIndicatorRollup.ts';
import { caught } from './caught.ts';

const UNEQUAL: EquityIndicatorFramework = {
  themes: [
    {
      id: 'a',
      topics: [
        { id: 'x', indicators: [{ id: '1', score: 10 }, { id: '2', score: 20 }] },
        { id: 'y', indicators: [{ id: '1', score: 40 }] },
      ],
    },
    { id: 'b', topics: [{ id: 'x', indicators: [{ id: '1', score: 50 }, { id: '2', score: 70 }] }] },
  ],
};
const LINES = ['framework.themes[0].topics[1] has 1 indicators, the first topic has 2', 'framework.themes[1] has 1 topics, the first theme has 2'];

describe('equityIndicatorRollup', () => {
  it('averages two topics per theme and accepts the scores 0 and 100', () => {
    // a: x (10 + 20)/2 = 15, y (30 + 50)/2 = 40 → 27.5; b: x (0 + 100)/2 = 50, y (60 + 80)/2 = 70 → 60; city 43.75
    const rollup = equityIndicatorRollup({
      themes: [
        {
          id: 'a',
          topics: [
            { id: 'x', indicators: [{ id: '1', score: 10 }, { id: '2', score: 20 }] },
            { id: 'y', indicators: [{ id: '1', score: 30 }, { id: '2', score: 50 }] },
          ],
        },
        {
          id: 'b',
          topics: [
            { id: 'x', indicators: [{ id: '1', score: 0 }, { id: '2', score: 100 }] },
            { id: 'y', indicators: [{ id: '1', score: 60 }, { id: '2', score: 80 }] },
          ],
        },
      ],
    });
    expect(rollup.themes.map((t) => [t.id, t.score, t.topics.map((p) => p.score)])).toEqual([
      ['a', 27.5, [15, 40]],
      ['b', 60, [50, 70]],
    ]);
    expect([rollup.city, rollup.balanced, rollup.warnings]).toEqual([43.75, true, []]);
  });

  it('lists every unequal sibling count, in the error or, when allowed, as warnings', () => {
    const error = caught(() => equityIndicatorRollup(UNEQUAL));
    expect(error.message).toBe(
      `equityIndicatorRollup: sibling counts differ (${LINES.join('; ')}); the CUNY method needs equal counts so every indicator weighs the same — balance the framework or pass allowUnequalCounts: true.`,
    );
    const allowed = equityIndicatorRollup(UNEQUAL, { allowUnequalCounts: true });
    // a: 15 and 40 → 27.5; b: 60; city 43.75
    expect([allowed.city, allowed.balanced]).toEqual([43.75, false]);
    expect(allowed.warnings).toEqual(LINES.map((line) => `${line}: indicators do not all carry equal weight`));
  });

  it('rejects bad options and a framework that is not an object', () => {
    const typo = caught(() => equityIndicatorRollup(UNEQUAL, { allowUnequal: true } as never));
    expect([typo.code, typo.path]).toEqual(['unknown_key', 'options.allowUnequal']);
    const flag = caught(() => equityIndicatorRollup(UNEQUAL, { allowUnequalCounts: 'yes' } as never));
    expect([flag.code, flag.path, flag.message]).toEqual([
      'invalid_type',
      'options.allowUnequalCounts',
      'equityIndicatorRollup: options.allowUnequalCounts is "yes"; expected true or false.',
    ]);
    for (const [framework, shown] of [
      [null, 'null'],
      [5, '5'],
    ] as const) {
      const bad = caught(() => equityIndicatorRollup(framework as never));
      expect([bad.code, bad.path, bad.message]).toEqual(['invalid_type', 'framework', `equityIndicatorRollup: framework is ${shown}; expected { themes: [...] }.`]);
    }
  });

  it('names the level of a list that is not an array or empty, and of an entry that is not an object', () => {
    const themes = caught(() => equityIndicatorRollup({ themes: 'economy' } as never));
    expect([themes.code, themes.path, themes.message]).toEqual(['invalid_type', 'framework.themes', 'equityIndicatorRollup: framework.themes is "economy"; expected an array.']);
    const topics = caught(() => equityIndicatorRollup({ themes: [{ id: 'a', topics: [] }] }));
    expect([topics.code, topics.path, topics.message]).toEqual([
      'empty',
      'framework.themes[0].topics',
      'equityIndicatorRollup: framework.themes[0].topics is empty; every level needs at least one entry.',
    ]);
    const indicators = caught(() => equityIndicatorRollup({ themes: [{ id: 'a', topics: [{ id: 'x', indicators: [] }] }] }));
    expect(indicators.path).toBe('framework.themes[0].topics[0].indicators');
    for (const [entry, shown] of [
      [null, 'null'],
      [5, '5'],
      [[], 'an array of length 0'],
    ] as const) {
      const bad = caught(() => equityIndicatorRollup({ themes: [entry] } as never));
      expect([bad.code, bad.path, bad.message]).toEqual(['invalid_type', 'framework.themes[0]', `equityIndicatorRollup: framework.themes[0] is ${shown}; expected an object with an id.`]);
    }
  });

  it('rejects a missing, empty or repeated id and a score that is not a number in [0, 100]', () => {
    const topic = (indicators: unknown[]) => ({ themes: [{ id: 'a', topics: [{ id: 'x', indicators }] }] }) as never;
    for (const [id, shown] of [
      [5, '5'],
      ['', '""'],
    ] as const) {
      const bad = caught(() => equityIndicatorRollup({ themes: [{ id, topics: [] }] } as never));
      expect([bad.code, bad.path, bad.message]).toEqual(['invalid_type', 'framework.themes[0].id', `equityIndicatorRollup: framework.themes[0].id is ${shown}; expected a non-empty string id.`]);
    }
    const topicId = caught(() => equityIndicatorRollup({ themes: [{ id: 'a', topics: [{ indicators: [] }] }] } as never));
    expect(topicId.path).toBe('framework.themes[0].topics[0].id');
    const repeated = caught(() => equityIndicatorRollup(topic([{ id: '1', score: 1 }, { id: '1', score: 2 }])));
    expect(repeated.message).toBe('equityIndicatorRollup: framework.themes[0].topics[0].indicators[1].id is "1", already used by a sibling; ids must be unique within their parent.');
    const text = caught(() => equityIndicatorRollup(topic([{ id: '1', score: '40' }])));
    expect([text.code, text.path]).toEqual(['invalid_type', 'framework.themes[0].topics[0].indicators[0].score']);
    for (const score of [-1, 100.5]) {
      const out = caught(() => equityIndicatorRollup(topic([{ id: '1', score }])));
      expect([out.code, out.path, out.message]).toEqual([
        'out_of_range',
        'framework.themes[0].topics[0].indicators[0].score',
        `equityIndicatorRollup: framework.themes[0].topics[0].indicators[0].score is ${score}; static scores lie in [0, 100].`,
      ]);
    }
  });
});
