import { describe, fail } from '../internal/errors.ts';
import type { EquityIndicatorRollupResult } from './equityIndicatorRollup.ts';

/** A score now, at baseline, and the change. */
export interface EquityIndicatorScoreChange {
  /** The static score in the current year. */
  readonly current: number;
  /** The static score in the baseline year. */
  readonly baseline: number;
  /** current − baseline (positive = more equal). */
  readonly change: number;
}

/** The result of {@link equityIndicatorChange}: change scores at every level. */
export interface EquityIndicatorChangeResult {
  /** City level. */
  readonly city: EquityIndicatorScoreChange;
  /** Per theme, with its topics and their indicators, in the current result's order. */
  readonly themes: readonly (EquityIndicatorScoreChange & {
    readonly id: string;
    readonly topics: readonly (EquityIndicatorScoreChange & {
      readonly id: string;
      readonly indicators: readonly (EquityIndicatorScoreChange & { readonly id: string })[];
    })[];
  })[];
}

/**
 * CUNY ISLG change scores: the current static score minus the baseline year's static score, at every level
 * (indicator, topic, theme, city), as the Dallas, Tulsa and Pittsburgh reports compute them (Dallas city
 * score 38.75 in 2018 → 39.77 in 2019: change +1.02). Positive means more equal.
 *
 * Both roll-ups must hold the same themes, topics and indicators (matched by id): when an indicator is
 * replaced, the method restates prior years with the new indicator, so restate the baseline first.
 *
 * @param current - The roll-up of the current year ({@link equityIndicatorRollup}).
 * @param baseline - The roll-up of the baseline year.
 * @returns Current, baseline and change at every level.
 * @throws {EquityLensError} when an id of one roll-up has no match in the other (`not_found`) or an input is not a roll-up result.
 * @category Equity indicators (CUNY ISLG)
 * @example
 * ```ts
 * import { equityIndicatorChange } from "./equityIndicatorChange.ts";
 * import { equityIndicatorRollup } from "./equityIndicatorRollup.ts";
 *
 * const year = (score: number) => equityIndicatorRollup({ themes: [{ id: "t", topics: [{ id: "p", indicators: [{ id: "i", score }] }] }] });
 * equityIndicatorChange(year(39.77), year(38.75)).city.change.toFixed(2); // => "1.02"
 * ```
 */
export function equityIndicatorChange(current: EquityIndicatorRollupResult, baseline: EquityIndicatorRollupResult): EquityIndicatorChangeResult {
  const fn = 'equityIndicatorChange';
  for (const [value, path] of [
    [current, 'current'],
    [baseline, 'baseline'],
  ] as const) {
    if (!Array.isArray(value?.themes) || typeof value.city !== 'number') {
      fail('invalid_type', path, `${fn}: ${path} is ${describe(value)}; expected a result of equityIndicatorRollup.`);
    }
  }
  const pair = (now: number, then: number): EquityIndicatorScoreChange => ({ current: now, baseline: then, change: now - then });
  const match = <T extends { readonly id: string }>(nowList: readonly T[], thenList: readonly T[], path: string): [T, T][] => {
    if (nowList.length !== thenList.length) {
      fail('not_found', path, `${fn}: ${path} has ${nowList.length} entries now and ${thenList.length} at baseline; restate the baseline with the same indicators before computing change scores.`);
    }
    return nowList.map((now, i): [T, T] => {
      const then = thenList.find((x) => x.id === now.id);
      if (then === undefined) {
        fail('not_found', `${path}[${i}].id`, `${fn}: ${path}[${i}].id is ${JSON.stringify(now.id)}, which the baseline does not have; restate the baseline with the same indicators (CUNY restates prior years when an indicator changes).`);
      }
      return [now, then];
    });
  };
  return {
    city: pair(current.city, baseline.city),
    themes: match(current.themes, baseline.themes, 'current.themes').map(([nowTheme, thenTheme], t) => ({
      id: nowTheme.id,
      ...pair(nowTheme.score, thenTheme.score),
      topics: match(nowTheme.topics, thenTheme.topics, `current.themes[${t}].topics`).map(([nowTopic, thenTopic], p) => ({
        id: nowTopic.id,
        ...pair(nowTopic.score, thenTopic.score),
        indicators: match(nowTopic.indicators, thenTopic.indicators, `current.themes[${t}].topics[${p}].indicators`).map(([nowIndicator, thenIndicator]) => ({
          id: nowIndicator.id,
          ...pair(nowIndicator.score, thenIndicator.score),
        })),
      })),
    })),
  };
}
