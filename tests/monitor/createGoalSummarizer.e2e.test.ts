import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Household } from '../../src/internal/records.ts';
import { evaluateGoal } from '../../src/monitor/evaluateGoal.ts';
import { evaluateGoalStream } from '../../src/monitor/evaluateGoalStream.ts';
import { syntheticCity } from '../../src/synthetic/syntheticCity.ts';

// End to end on the default synthetic city: 18 s as written, far longer instrumented, so mutation runs with
// `--unit` leave this file out (vitest.stryker.config.ts). createGoalSummarizer.test.ts checks the same equality
// (streamed = in memory) on small cities for any split into batches.

describe('evaluateGoalStream on the default synthetic city', () => {
  it('gives evaluateGoal\'s scorecard on the default synthetic city (330,000 households × 10 years, the PRNS goal)', async () => {
    const city = syntheticCity();
    const goal = JSON.parse(readFileSync(new URL('../../examples/goals/prns-youth-scholarship.json', import.meta.url), 'utf8')) as object;
    const years = city.truth.programYears;
    const eligible = city.truth.households.incomeEligible;
    const position = new Map(city.households.map((h, i) => [h.id, i]));
    const eligibility = (h: Household, year: number): boolean => eligible[(position.get(h.id) as number) * years.length + (year - (years[0] as number))] === 1;
    const data = { enrollments: city.enrollments, sites: city.sites, eligibility };
    const inMemory = evaluateGoal(goal, { households: city.households, ...data }, { asOf: '2025-06-30' });
    function* batches(): Generator<Household[]> {
      for (let i = 0; i < city.households.length; i += 25_000) yield city.households.slice(i, i + 25_000);
    }
    const streamed = await evaluateGoalStream(goal, { households: batches(), ...data }, { asOf: '2025-06-30' });
    expect(streamed).toEqual(inMemory);
    expect(inMemory.provenance.records.households).toBe(330_000);
  }, 120_000);
});
