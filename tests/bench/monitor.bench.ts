/**
 * Benchmark of `evaluateGoal` (`npm run bench -- monitor`): the PRNS goal (six indicators, ten program years,
 * disaggregations and an intersection) on the default synthetic city (330,000 households), against a
 * hand-written single pass over households × years that computes the same core counts: eligible households
 * served by district, coverage by household size × income band (with the margins), leakage, distances to the
 * nearest centre by district (sorted for medians) and retention by income band — including the same
 * nearest-centre search and poverty-guideline lookups. Both read eligibility from the same precomputed array.
 * Goal: evaluateGoal within 5× of the hand-written pass.
 *
 * Second case, columnar batches: `createGoalSummarizer` fed the city in batches of 50,000 households as columns
 * (attributes dictionary-encoded) against the same batches as household objects (what a row-by-row reader gives).
 * Eligibility is read from precomputed statuses (`statusByYear`) on both sides, so the comparison is of reading the
 * batches, not of deciding eligibility. The two scorecards are checked equal first.
 */
import { readFileSync } from 'node:fs';
import { povertyGuideline } from '../../src/eligibility/povertyGuideline.ts';
import { defineGoal } from '../../src/goals/defineGoal.ts';
import type { Household } from '../../src/internal/records.ts';
import { createGoalSummarizer } from '../../src/monitor/createGoalSummarizer.ts';
import { evaluateGoal } from '../../src/monitor/evaluateGoal.ts';
import type { HouseholdColumns } from '../../src/monitor/HouseholdColumns.ts';
import { scoreGoalPartial } from '../../src/monitor/scoreGoalPartial.ts';
import { nearestSite } from '../../src/proximity/nearestSite.ts';
import { syntheticCity } from '../../src/synthetic/index.ts';
import { toColumns } from '../monitor/columnFixtures.ts';
import { suite } from './harness.ts';

suite('monitor', (ctx) => {
  const city = syntheticCity();
  const goal = defineGoal(JSON.parse(readFileSync(new URL('../../examples/goals/prns-youth-scholarship.json', import.meta.url), 'utf8')));
  const years = city.truth.programYears;
  const Y = years.length;
  const H = city.households.length;
  // Eligibility precomputed once (the truth's income test), shared by both sides.
  const eligible = city.truth.households.incomeEligible;
  const index = new Map<Household, number>(city.households.map((h, i) => [h, i]));
  const eligibility = (h: Household, year: number): boolean => eligible[(index.get(h) as number) * Y + (year - (years[0] as number))] === 1;
  const data = { households: city.households, enrollments: city.enrollments, sites: city.sites, eligibility };

  const handWritten = (): number => {
    const yearIndex = new Map(years.map((y, i) => [y, i]));
    const enrolled = new Uint8Array(H * Y);
    const id = new Map(city.households.map((h, i) => [h.id, i]));
    for (const e of city.enrollments) enrolled[(id.get(e.householdId) as number) * Y + (yearIndex.get(e.programYear as number) as number)] = 1;
    const nearest = nearestSite(city.households.map((h) => h.location as [number, number]), city.sites.map((s) => s.location));
    const guideline = new Map<number, number>();
    const served = new Float64Array(11 * Y);
    const coverage = new Float64Array(2 * 16 * Y);
    const leakage = new Float64Array(2 * Y);
    const retention = new Float64Array(2 * 4 * Y);
    const distances: number[][] = Array.from({ length: 11 * Y }, () => []);
    for (let y = 0; y < Y; y++) {
      const guidelineYear = (years[y] as number) - 1;
      guideline.clear();
      for (let h = 0; h < H; h++) {
        const household = city.households[h] as Household;
        const cell = h * Y + y;
        const isEligible = eligible[cell] === 1;
        const isEnrolled = enrolled[cell] === 1;
        const wasEnrolled = y > 0 && enrolled[cell - 1] === 1;
        let g = guideline.get(household.size);
        if (g === undefined) guideline.set(household.size, (g = povertyGuideline(household.size, { year: guidelineYear })));
        const fpl = (100 * (household.annualIncome as number)) / g;
        const band = fpl < 100 ? 0 : fpl < 200 ? 1 : 2;
        const size = household.size <= 2 ? 0 : household.size <= 4 ? 1 : 2;
        const district = Number(household.attributes['district']);
        if (isEligible && isEnrolled) served[district * Y + y] = (served[district * Y + y] as number) + 1;
        if (isEligible) {
          for (const k of [0, 1 + size, 4 + band, 7 + size * 3 + band]) {
            coverage[(k * Y + y) * 2] = (coverage[(k * Y + y) * 2] as number) + 1;
            if (isEnrolled) coverage[(k * Y + y) * 2 + 1] = (coverage[(k * Y + y) * 2 + 1] as number) + 1;
          }
          (distances[district * Y + y] as number[]).push(nearest.distanceKm[h] as number);
          (distances[y] as number[]).push(nearest.distanceKm[h] as number);
        }
        if (isEnrolled) {
          leakage[y * 2] = (leakage[y * 2] as number) + 1;
          if (!isEligible) leakage[y * 2 + 1] = (leakage[y * 2 + 1] as number) + 1;
        }
        if (wasEnrolled) {
          for (const k of [0, 1 + band]) {
            retention[(k * Y + y) * 2] = (retention[(k * Y + y) * 2] as number) + 1;
            if (isEnrolled) retention[(k * Y + y) * 2 + 1] = (retention[(k * Y + y) * 2 + 1] as number) + 1;
          }
        }
      }
    }
    let medians = 0;
    for (const list of distances) {
      const sorted = Float64Array.from(list).sort();
      medians += sorted.length === 0 ? 0 : (sorted[sorted.length >> 1] as number);
    }
    return served[0] as number + medians + (coverage[0] as number) + (leakage[0] as number) + (retention[0] as number);
  };

  ctx.compare({
    name: 'evaluateGoal, PRNS goal, default city (330,000 households × 10 years)',
    run: () => evaluateGoal(goal, data, { asOf: '2025-06-30' }),
    baselineName: 'hand-written single pass computing the same core counts',
    baseline: handWritten,
    goal: 5,
    options: { repeat: 3, warmup: 1, n: H * Y },
  });

  const BATCH = 50_000;
  const statusByYear = new Map(years.map((year, y) => [year, Uint8Array.from({ length: H }, (_, h) => eligible[h * Y + y] as number)]));
  const streamData = { enrollments: city.enrollments, sites: city.sites, eligibility: { statusByYear } };
  const rows: Household[][] = [];
  for (let start = 0; start < H; start += BATCH) rows.push(city.households.slice(start, start + BATCH));
  const columns = rows.map((batch) => toColumns(batch, true));
  const summarize = (batches: readonly (readonly Household[] | HouseholdColumns)[]): ReturnType<ReturnType<typeof createGoalSummarizer>['finish']> => {
    const summarizer = createGoalSummarizer(goal, streamData, { asOf: '2025-06-30', years: [...years] });
    for (const batch of batches) summarizer.add(batch);
    return summarizer.finish();
  };
  if (JSON.stringify(scoreGoalPartial(summarize(columns))) !== JSON.stringify(scoreGoalPartial(summarize(rows)))) {
    throw new Error('monitor: the columnar and row batches give different scorecards');
  }
  ctx.compare({
    name: `createGoalSummarizer, PRNS goal, default city as columnar batches of ${BATCH.toLocaleString('en')} (dictionary-encoded attributes)`,
    run: () => summarize(columns),
    baselineName: 'the same batches as household objects',
    baseline: () => summarize(rows),
    options: { repeat: 3, warmup: 1, n: H * Y },
  });
});
