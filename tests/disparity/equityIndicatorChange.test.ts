// CUNY ISLG change scores (methodology.md §2): current − baseline at every level, ids matched.
import { describe, expect, it } from 'vitest';
import { equityIndicatorChange } from '../../src/disparity/equityIndicatorChange.ts';
import { equityIndicatorRollup, type EquityIndicatorFramework } from '../../src/disparity/equityIndicatorRollup.ts';
import { caught } from './caught.ts';

const framework = (scores: readonly [number, number], themeIds: readonly string[] = ['t'], second = 'j'): EquityIndicatorFramework => ({
  themes: themeIds.map((id) => ({ id, topics: [{ id: 'p', indicators: [{ id: 'i', score: scores[0] }, { id: second, score: scores[1] }] }] })),
});

describe('equityIndicatorChange', () => {
  it('matches indicators by id, not position: 40 → 50 and 20 → 10 listed in the other order at baseline', () => {
    const current = equityIndicatorRollup(framework([50, 10]));
    const baseline = equityIndicatorRollup({ themes: [{ id: 't', topics: [{ id: 'p', indicators: [{ id: 'j', score: 20 }, { id: 'i', score: 40 }] }] }] });
    const change = equityIndicatorChange(current, baseline);
    expect(change.themes[0]?.topics[0]?.indicators).toEqual([
      { id: 'i', current: 50, baseline: 40, change: 10 },
      { id: 'j', current: 10, baseline: 20, change: -10 },
    ]);
    expect(change.city).toEqual({ current: 30, baseline: 30, change: 0 });
  });

  it('rejects an input that is not a roll-up result, naming which one', () => {
    const good = equityIndicatorRollup(framework([50, 10]));
    for (const [current, baseline, path, shown] of [
      [null, good, 'current', 'null'],
      [good, undefined, 'baseline', 'undefined'],
      [good, { themes: {}, city: 1 }, 'baseline', 'an object'],
      [{ themes: [], city: '1' }, good, 'current', 'an object'],
    ] as const) {
      const error = caught(() => equityIndicatorChange(current as never, baseline as never));
      expect([error.code, error.path, error.message]).toEqual(['invalid_type', path, `equityIndicatorChange: ${path} is ${shown}; expected a result of equityIndicatorRollup.`]);
    }
  });

  it('rejects roll-ups whose themes or indicators differ, with the path and the way to fix it', () => {
    const one = equityIndicatorRollup(framework([50, 10]));
    const two = equityIndicatorRollup(framework([50, 10], ['t', 'u']));
    const fewer = caught(() => equityIndicatorChange(one, two));
    expect([fewer.code, fewer.path, fewer.message]).toEqual([
      'not_found',
      'current.themes',
      'equityIndicatorChange: current.themes has 1 entries now and 2 at baseline; restate the baseline with the same indicators before computing change scores.',
    ]);
    const renamed = caught(() => equityIndicatorChange(equityIndicatorRollup(framework([50, 10], ['s'])), one));
    expect([renamed.code, renamed.path]).toEqual(['not_found', 'current.themes[0].id']);
    const replaced = caught(() => equityIndicatorChange(equityIndicatorRollup(framework([50, 10], ['t'], 'k')), one));
    expect([replaced.code, replaced.path, replaced.message]).toEqual([
      'not_found',
      'current.themes[0].topics[0].indicators[1].id',
      'equityIndicatorChange: current.themes[0].topics[0].indicators[1].id is "k", which the baseline does not have; restate the baseline with the same indicators (CUNY restates prior years when an indicator changes).',
    ]);
  });
});
