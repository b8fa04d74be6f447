// CUNY ISLG ratio-to-score tables (methodology.md §2): strictly increasing maxRatio, non-increasing scores,
// and a score beyond the last step no higher than the last step's.
import { describe, expect, it } from 'vitest';
import { EquityIndicatorScoreTableSchema } from '../../src/disparity/EquityIndicatorScoreTableSchema.ts';

function issuesOf(table: unknown): { code: string; path: string; message: string }[] {
  const result = EquityIndicatorScoreTableSchema.safeParse(table);
  return (result.error?.issues ?? []).map((issue) => ({ code: issue.code, path: issue.path.join('.'), message: issue.message }));
}

describe('EquityIndicatorScoreTableSchema', () => {
  it('accepts one step, equal neighbouring scores, and a score beyond the table equal to the last step', () => {
    expect(issuesOf({ steps: [{ maxRatio: 1, score: 100 }] })).toEqual([]);
    expect(issuesOf({ steps: [{ maxRatio: 1, score: 100 }, { maxRatio: 1.5, score: 60 }, { maxRatio: 2, score: 60 }], scoreAboveLastStep: 60 })).toEqual([]);
  });

  it('rejects a repeated maxRatio and a rising score, with the custom issue and its message', () => {
    expect(issuesOf({ steps: [{ maxRatio: 1.5, score: 80 }, { maxRatio: 1.5, score: 90 }] })).toEqual([
      { code: 'custom', path: 'steps.1.maxRatio', message: "is 1.5, not above the previous step's 1.5; list steps in strictly increasing maxRatio." },
      { code: 'custom', path: 'steps.1.score', message: "is 90, above the previous step's 80; scores must not rise as the ratio (inequality) grows." },
    ]);
  });

  it('rejects a score beyond the last step that is above the last step, and checks the last step, not the first', () => {
    expect(issuesOf({ steps: [{ maxRatio: 1, score: 100 }, { maxRatio: 3, score: 20 }], scoreAboveLastStep: 21 })).toEqual([
      { code: 'custom', path: 'scoreAboveLastStep', message: "is 21, above the last step's 20; scores must not rise as the ratio grows." },
    ]);
  });

  it('reports only the empty steps of an empty table, even with a score beyond the last step', () => {
    expect(issuesOf({ steps: [], scoreAboveLastStep: 5 })).toEqual([
      { code: 'too_small', path: 'steps', message: 'is empty; a score table needs at least one step.' },
    ]);
  });
});
