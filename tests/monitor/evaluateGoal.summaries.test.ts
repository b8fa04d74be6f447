import { beforeEach, describe, expect, it } from 'vitest';
import type { Household } from '../../src/internal/records.ts';
import { evaluateGoal } from '../../src/monitor/evaluateGoal.ts';
import type { Scorecard } from '../../src/monitor/Scorecard.ts';
import { mergeReach } from '../../src/reach/mergeReach.ts';
import { type TargetingErrorsResult, targetingErrors } from '../../src/reach/targetingErrors.ts';
import { defaultSyntheticIncomeLimit, type SyntheticCity, syntheticCity } from '../../src/synthetic/index.ts';
import { caught } from '../helpers/caught.ts';
import { shared } from '../helpers/shared.ts';

const cityData = shared(() => {
  const city = syntheticCity({ households: 12_000, seed: 11 });
  const years = city.truth.programYears.slice(-4);
  const enrolledIn = new Map<number, Set<string>>();
  for (const e of city.enrollments) {
    const set = enrolledIn.get(e.programYear as number) ?? new Set<string>();
    set.add(e.householdId);
    enrolledIn.set(e.programYear as number, set);
  }
  return { city, years, enrolledIn };
});
let city: SyntheticCity;
let years: number[];
let enrolledIn: Map<number, Set<string>>;
beforeEach(() => {
  ({ city, years, enrolledIn } = cityData());
});
const eligible = (h: Household, year: number): boolean | null => (h.annualIncome === undefined ? null : h.annualIncome <= defaultSyntheticIncomeLimit(h.size, year));

const indicator = (id: string, measure: object, extra: object = {}): object => ({
  id,
  name: id,
  rbaKind: 'howWell',
  recordSet: 'householdYears',
  measure,
  unit: 'proportion',
  direction: 'higherIsBetter',
  disaggregations: [{ id: 'district', field: 'attributes.district' }],
  dataSource: { name: 'Registrations', steward: 'PRNS' },
  ...extra,
});
const goal = {
  id: 'summary-goal',
  version: 1,
  title: 'Summary goal',
  department: 'PRNS',
  owner: 'Analyst',
  objective: 'Coverage and leakage from summaries',
  program: { id: 'prns-youth-scholarship', name: 'Youth scholarships', department: 'PRNS' },
  populationOfFocus: { description: 'Eligible households' },
  reviewCadence: 'annual',
  yearBasis: { startMonth: 7, label: 'end' },
  indicators: [
    indicator('coverage', { kind: 'share', denominator: { field: 'eligible', op: 'eq', value: true }, numerator: { field: 'enrolled', op: 'eq', value: true } }, { referenceGroup: 'overall', parityBand: { relative: 0.1 } }),
    indicator('leakage', { kind: 'share', denominator: { field: 'enrolled', op: 'eq', value: true }, numerator: { field: 'eligible', op: 'eq', value: false } }, { direction: 'lowerIsBetter' }),
    indicator('served', { kind: 'count', filter: { all: [{ field: 'eligible', op: 'eq', value: true }, { field: 'enrolled', op: 'eq', value: true }] } }, { unit: 'households', rbaKind: 'howMuch' }),
    indicator('income', { kind: 'median', field: 'annualIncome' }, { unit: 'dollars' }),
  ],
};

function summarise(households: readonly Household[], year: number): TargetingErrorsResult {
  const enrolled = enrolledIn.get(year) ?? new Set<string>();
  return targetingErrors(households, {
    eligible: (h) => eligible(h, year),
    enrolled: (h) => enrolled.has(h.id),
    by: { district: (h) => h.attributes['district'] ?? 'unknown' },
  });
}

describe('evaluateGoal on reach summaries', () => {
  const evaluated = shared(() => {
    const { city, years } = cityData();
    const asOf = `${years[years.length - 1]}-06-30`;
    const fromRecords = evaluateGoal(goal, { households: city.households, enrollments: city.enrollments, eligibility: eligible }, { asOf, years });
    // Two partitions summarised apart (as two processes would) and merged.
    const half = city.households.length >> 1;
    const reach = new Map(years.map((year) => [year, mergeReach(summarise(city.households.slice(0, half), year), summarise(city.households.slice(half), year))]));
    const fromSummaries = evaluateGoal(goal, { reach }, { asOf, years });
    return { asOf, fromRecords, reach, fromSummaries };
  });
  let asOf: string;
  let fromRecords: Scorecard;
  let reach: Map<number, TargetingErrorsResult>;
  let fromSummaries: Scorecard;
  beforeEach(() => {
    ({ asOf, fromRecords, reach, fromSummaries } = evaluated());
  });

  it('gives the same published values, intervals, suppression and comparisons as the records', () => {
    for (const id of ['coverage', 'leakage', 'served']) {
      const a = fromRecords.indicators.find((i) => i.id === id);
      const b = fromSummaries.indicators.find((i) => i.id === id);
      expect(b?.overall).toEqual(a?.overall);
      expect(b?.dimensions).toEqual(a?.dimensions);
      expect(b?.status).toBe(a?.status);
    }
    expect(fromSummaries.withheld.filter((w) => w.indicator !== 'income')).toEqual(fromRecords.withheld.filter((w) => w.indicator !== 'income'));
  });

  it('reports the households record set for the latest year only, as on records', () => {
    const latestOnly = { ...goal, indicators: [{ ...(goal.indicators[0] as object), id: 'coverage-now', recordSet: 'households' }] };
    const a = evaluateGoal(latestOnly, { households: city.households, enrollments: city.enrollments, eligibility: eligible }, { asOf, years });
    const b = evaluateGoal(latestOnly, { reach }, { asOf, years });
    expect(b.indicators[0]?.overall.map((c) => c.year)).toEqual([years[years.length - 1]]);
    expect(b.indicators[0]?.overall).toEqual(a.indicators[0]?.overall);
    expect(b.indicators[0]?.dimensions).toEqual(a.indicators[0]?.dimensions);
  });

  it('reports a measure the summaries cannot give as needing record-level data', () => {
    const income = fromSummaries.indicators.find((i) => i.id === 'income');
    expect(income?.overall.every((c) => c.value === null && c.reason?.startsWith('needs record-level data'))).toBe(true);
    expect(income?.status).toBe('insufficientData');
    expect(fromSummaries.warnings).toContain('income: its measure cannot be computed from reach summaries; evaluate it on records (households, enrolments, sites).');
    expect(fromSummaries.provenance.options['input']).toBe('reach summaries');
  });

  it('rejects records and summaries together, a missing year and weighted summaries', () => {
    expect(caught(() => evaluateGoal(goal, { households: city.households, reach }, { asOf })).path).toBe('data.reach');
    expect(caught(() => evaluateGoal(goal, { reach }, { asOf, years: [2010] })).message).toMatch(/no summary for program year 2010/);
    const last = years[years.length - 1] as number;
    expect(caught(() => evaluateGoal(goal, { reach }, { asOf, years: [last, last] })).code).toBe('duplicate');
    expect(caught(() => evaluateGoal(goal, { reach }, { asOf, years: [last + 5] })).code).toBe('out_of_range');
    const weighted = new Map([[2025, targetingErrors(city.households, { eligible: () => true, enrolled: () => false, weight: () => 2 })]]);
    expect(caught(() => evaluateGoal(goal, { reach: weighted }, { asOf: '2025-06-30' })).message).toMatch(/summary is weighted/);
  });
});
