// Issue 12, "broken promises" of the monitor: each case once threw a raw error, read as on track with nothing
// assessed, or chose a baseline without saying so.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defineGoal } from '../../src/goals/defineGoal.ts';
import { syntheticCity } from '../../src/synthetic/syntheticCity.ts';
import { ELIGIBILITY_PRNS_SCHOLARSHIP_RULES } from '../../src/eligibility/prnsScholarshipRules.ts';
import type { Enrollment, Household } from '../../src/internal/records.ts';
import { evaluateGoal } from '../../src/monitor/evaluateGoal.ts';
import { renderScorecard } from '../../src/monitor/renderScorecard.ts';
import { targetingErrors } from '../../src/reach/targetingErrors.ts';
import { caught } from '../helpers/caught.ts';
import { goalWith } from './fixtures.ts';

function coverageIndicator(extra: object = {}): object {
  return {
    id: 'coverage',
    name: 'Share of eligible households enrolled',
    rbaKind: 'howWell',
    recordSet: 'householdYears',
    measure: { kind: 'share', denominator: { field: 'eligible', op: 'eq', value: true }, numerator: { field: 'enrolled', op: 'eq', value: true } },
    unit: 'proportion',
    direction: 'higherIsBetter',
    disaggregations: [{ id: 'district', field: 'attributes.district' }],
    dataSource: { name: 'Registrations', steward: 'PRNS' },
    ...extra,
  };
}

/** Households of San José districts 1 and 2 with a child, low incomes (eligible under the PRNS rules) or high. */
function prnsHouseholds(): { households: Household[]; enrollments: Enrollment[] } {
  const households: Household[] = [];
  const enrollments: Enrollment[] = [];
  for (let i = 0; i < 40; i++) {
    const id = `h${i}`;
    households.push({
      id,
      size: 3,
      annualIncome: i % 4 === 0 ? 150_000 : 30_000,
      members: [{ birthDate: '1985-03-01' }, { birthDate: '1987-05-01' }, { birthDate: '2014-09-01' }],
      attributes: { district: i % 2 === 0 ? '1' : '2' },
    });
    if (i % 3 === 0) enrollments.push({ householdId: id, programId: 'youth', programYear: 2024 }, { householdId: id, programId: 'youth', programYear: 2025 });
  }
  return { households, enrollments };
}

describe('evaluateGoal: data.eligibility', () => {
  it('takes a rule set as it is, as GoalData documents, the same as { rules } (issue 12: was a raw TypeError)', () => {
    const { households, enrollments } = prnsHouseholds();
    const goal = goalWith([coverageIndicator()], { yearBasis: { startMonth: 7, label: 'end' }, suppression: { minimumCellSize: 1 } });
    const bare = evaluateGoal(goal, { households, enrollments, eligibility: ELIGIBILITY_PRNS_SCHOLARSHIP_RULES }, { asOf: '2025-06-30' });
    const wrapped = evaluateGoal(goal, { households, enrollments, eligibility: { rules: ELIGIBILITY_PRNS_SCHOLARSHIP_RULES } }, { asOf: '2025-06-30' });
    expect(bare.indicators).toEqual(wrapped.indicators);
    expect(bare.provenance.eligibilityRules.map((r) => [r.year, r.version])).toEqual([
      [2024, '2022-23'],
      [2025, '2022-23'],
    ]);
    // 30 of the 40 households are eligible (income 30,000 for three people is below 185 % FPL); 10 of them enrolled.
    expect(bare.indicators[0]?.overall.map((cell) => [cell.year, cell.numerator, cell.n])).toEqual([
      [2024, 10, 30],
      [2025, 10, 30],
    ]);
  });

  it('rejects an eligibility input of no known shape with the shapes it takes', () => {
    const { households, enrollments } = prnsHouseholds();
    const goal = goalWith([coverageIndicator()]);
    const unknown = caught(() => evaluateGoal(goal, { households, enrollments, eligibility: { rule: ELIGIBILITY_PRNS_SCHOLARSHIP_RULES } as never }, { asOf: '2025-06-30' }));
    expect([unknown.code, unknown.path]).toEqual(['invalid_type', 'data.eligibility']);
    expect(unknown.message).toBe(
      'evaluateGoal: data.eligibility is an object with keys rule; pass an eligibility rule or rule set (or { rules, tables }), { statusByYear } or a function (household, programYear) => true | false | null.',
    );
    const noRules = caught(() => evaluateGoal(goal, { households, enrollments, eligibility: { rules: undefined } as never }, { asOf: '2025-06-30' }));
    expect([noRules.code, noRules.path]).toEqual(['invalid_type', 'data.eligibility.rules']);
    expect(noRules.message).toMatch(/^evaluateGoal: data.eligibility.rules is undefined; pass an eligibility rule or a rule set/);
    expect(caught(() => evaluateGoal(goal, { households, enrollments, eligibility: 'prns' as never }, { asOf: '2025-06-30' })).path).toBe('data.eligibility');
  });
});

describe('evaluateGoal: a parity band with nothing compared', () => {
  /** District 1: 10 of 20 enrolled in 2024, 16 in 2025; district 2: 4 of 20, then 6. Everyone eligible. */
  function twoDistricts(): { households: Household[]; enrollments: Enrollment[] } {
    const households: Household[] = [];
    const enrollments: Enrollment[] = [];
    const enrolledIn = (district: string, year: number): number => (district === '1' ? (year === 2024 ? 10 : 16) : year === 2024 ? 4 : 6);
    for (const district of ['1', '2']) {
      for (let i = 0; i < 20; i++) {
        const id = `d${district}-${i}`;
        households.push({ id, size: 2, attributes: { district } });
        for (const year of [2024, 2025]) if (i < enrolledIn(district, year)) enrollments.push({ householdId: id, programId: 'youth', programYear: year });
      }
    }
    return { households, enrollments };
  }
  const goal = (): object =>
    goalWith([coverageIndicator({ trend: 'yearOverYear', referenceGroup: 'overall', parityBand: { relative: 0.1 } })], { suppression: { minimumCellSize: 1 } });

  it('never reads as on track when no group was compared (issue 12: reach summaries without the dimension said onTrack)', () => {
    const { households, enrollments } = twoDistricts();
    const records = evaluateGoal(goal(), { households, enrollments, eligibility: () => true }, { asOf: '2025-12-31' });
    // Coverage rises (0.35 → 0.55) but district 2 (0.30) is outside ±10 % of the overall 0.55.
    expect(records.indicators[0]?.status).toBe('needsAttention');
    const summary = (year: number) => {
      const enrolled = new Set(enrollments.filter((e) => e.programYear === year).map((e) => e.householdId));
      return targetingErrors(households, { eligible: () => true, enrolled: (h) => enrolled.has(h.id) });
    };
    const card = evaluateGoal(goal(), { reach: new Map([[2024, summary(2024)], [2025, summary(2025)]]) }, { asOf: '2025-12-31' });
    const indicator = card.indicators[0];
    expect(indicator?.dimensions).toEqual([]);
    expect(indicator?.trend.assessment).toBe('improving');
    expect(indicator?.status).toBe('needsAttention');
    expect(indicator?.statusReasons).toContain('parity band not assessed in 2025: no dimension of the indicator could be evaluated (see the warnings)');
    expect(indicator?.statusReasons.some((r) => r.includes('within the parity band'))).toBe(false);
    expect(card.status).toBe('needsAttention');
  });

  it('does not count a group compared with itself, nor withheld groups, as assessed', () => {
    const { households, enrollments } = twoDistricts();
    // Every group's count is withheld (cells of 1–30), so no group is published and none is compared.
    const card = evaluateGoal(
      goalWith([coverageIndicator({ trend: 'yearOverYear', referenceGroup: 'best', parityBand: { relative: 0.1 } })], { suppression: { minimumCellSize: 31 } }),
      { households: households.map((h) => ({ ...h, attributes: { district: '1' } })), enrollments, eligibility: () => true },
      { asOf: '2025-12-31' },
    );
    const indicator = card.indicators[0];
    expect(indicator?.status).not.toBe('onTrack');
    expect(indicator?.statusReasons.some((r) => r.startsWith('parity band not assessed in 2025'))).toBe(true);
  });
});

describe('evaluateGoal: which baseline progress is measured from, and why', () => {
  /** 40 households; `enrolled[k]` of them enrolled in 2022 + k. */
  function series(enrolled: readonly number[]): { households: Household[]; enrollments: Enrollment[] } {
    const households: Household[] = Array.from({ length: 40 }, (_, i) => ({ id: `h${i}`, size: 2, attributes: { district: '1' } }));
    const enrollments: Enrollment[] = [];
    enrolled.forEach((n, k) => {
      for (let i = 0; i < n; i++) enrollments.push({ householdId: `h${i}`, programId: 'youth', programYear: 2022 + k });
    });
    return { households, enrollments };
  }
  const indicator = (baseline?: object): object => ({
    ...coverageIndicator({ disaggregations: [], target: { year: 2027, value: 0.6 } }),
    ...(baseline === undefined ? {} : { baseline }),
  });
  const evaluate = (baseline: object | undefined, enrolled: readonly number[], suppression: object = { minimumCellSize: 1 }, years?: number[]) =>
    evaluateGoal(goalWith([indicator(baseline)], { suppression }), { ...series(enrolled), eligibility: () => true }, { asOf: '2025-12-31', ...(years === undefined ? {} : { years }) })
      .indicators[0];

  it('a published baseline-year value replaces the declared one, and says so (issue 12: silently)', () => {
    // 2022: 8 of 40 = 20.0 % measured; the goal declared 18.0 %.
    const score = evaluate({ year: 2022, value: 0.18 }, [8, 12, 16, 20]);
    expect(score?.progress?.baseline).toEqual({
      year: 2022,
      value: 0.2,
      source: 'measured',
      note: "baseline: 2022's measured value, 20.0 %, in place of the goal's declared 18.0 %",
    });
    expect(score?.statusReasons).toContain("baseline: 2022's measured value, 20.0 %, in place of the goal's declared 18.0 %");
    const same = evaluate({ year: 2022, value: 0.2 }, [8, 12, 16, 20]);
    expect(same?.progress?.baseline.note).toBe("baseline: 2022's measured value, 20.0 %, as the goal declares");
  });

  it('a withheld baseline-year value: the declared one is used, because it is withheld (issue 12: said the data do not cover it)', () => {
    // minimumCellSize 11: 2022's 8 enrolled are withheld; later years (12, 16, 20) are published.
    const score = evaluate({ year: 2022, value: 0.18 }, [8, 12, 16, 20], { minimumCellSize: 11 });
    expect(score?.overall[0]?.suppressed).toBe(true);
    const note = "baseline: the goal's declared 18.0 % for 2022, because 2022's measured value is withheld (small-cell suppression)";
    expect(score?.progress?.baseline).toEqual({ year: 2022, value: 0.18, source: 'declared', note });
    expect(score?.statusReasons).toContain(note);
    expect(score?.warnings.some((w) => w.includes('do not cover'))).toBe(false);
  });

  it('a baseline year outside the evaluated years: the declared value, because the data do not cover it', () => {
    const score = evaluate({ year: 2021, value: 0.18 }, [8, 12, 16, 20]);
    expect(score?.progress?.baseline).toMatchObject({ year: 2021, value: 0.18, source: 'declared' });
    expect(score?.progress?.baseline.note).toBe("baseline: the goal's declared 18.0 % for 2021, because the evaluated years (2022–2025) do not include 2021");
  });

  it('without a declared baseline: the first published year, and says so', () => {
    const score = evaluate(undefined, [8, 12, 16, 20], { minimumCellSize: 11 });
    expect(score?.progress?.baseline).toEqual({
      year: 2023,
      value: 0.3,
      source: 'measured',
      note: "baseline: 2023's measured value, 30.0 %, the first published year (the goal declares no baseline)",
    });
  });
});

describe('evaluateGoal: the library’s own rule set on the library’s own city', () => {
  it('covers every program year of syntheticCity (issue 12: threw not_covered for 2016–2021; the demo extended the rules)', () => {
    const city = syntheticCity({ households: 600, seed: 12 });
    const goal = defineGoal(JSON.parse(readFileSync(new URL('../../examples/goals/prns-youth-scholarship.json', import.meta.url), 'utf8')));
    const scorecard = evaluateGoal(
      goal,
      { households: [...city.households], enrollments: city.enrollments, sites: city.sites, eligibility: ELIGIBILITY_PRNS_SCHOLARSHIP_RULES },
      { asOf: '2025-06-30' },
    );
    const versions = scorecard.provenance.eligibilityRules.map((r) => [r.year, r.version]);
    expect(versions[0]).toEqual([2016, '2015-16']);
    expect(versions.filter(([, v]) => v === '2015-16').map(([year]) => year)).toEqual([2016, 2017, 2018, 2019, 2020, 2021]);
    expect(versions.find(([year]) => year === 2022)).toEqual([2022, '2021-22']);
    expect(versions.at(-1)).toEqual([2025, '2022-23']);
  });
});

describe('evaluateGoal: error messages say how to fix the input', () => {
  it('household size 0 (issue 12: said only "a household size is a whole number from 1 to 30")', () => {
    const { households, enrollments } = prnsHouseholds();
    const goal = goalWith([coverageIndicator()], { yearBasis: { startMonth: 7, label: 'end' } });
    const broken = households.map((h, i) => (i === 2 ? { ...h, size: 0 } : h));
    const error = caught(() => evaluateGoal(goal, { households: broken, enrollments, eligibility: { rules: ELIGIBILITY_PRNS_SCHOLARSHIP_RULES } }, { asOf: '2025-06-30' }));
    expect([error.code, error.path]).toEqual(['out_of_range', 'data.households[2].size']);
    expect(error.message).toBe(
      'evaluateGoal: data.households[2].size is 0; a household has between 1 and 30 persons — the size counts everyone who lives there, the applicant included, so set it to the number of members (at least 1) or leave the record out until it is corrected.',
    );
  });
});

describe('evaluateGoal: a count indicator with every group 0', () => {
  it('has no reference and says so (issue 12: printed "reference: 1 (largest) = 0")', () => {
    const { households, enrollments } = prnsHouseholds();
    const none = {
      id: 'none',
      name: 'Enrolled households in district 99',
      rbaKind: 'howMuch',
      recordSet: 'householdYears',
      measure: { kind: 'count', filter: { all: [{ field: 'enrolled', op: 'eq', value: true }, { field: 'attributes.district', op: 'eq', value: '99' }] } },
      unit: 'households',
      direction: 'higherIsBetter',
      referenceGroup: 'largest',
      disaggregations: [{ id: 'district', field: 'attributes.district' }],
      dataSource: { name: 'Registrations', steward: 'PRNS' },
    };
    const goal = goalWith([none], { yearBasis: { startMonth: 7, label: 'end' }, suppression: { minimumCellSize: 1, suppressZero: false } });
    const card = evaluateGoal(goal, { households, enrollments }, { asOf: '2025-06-30' });
    const latest = card.indicators[0]?.dimensions[0]?.years.at(-1);
    expect(latest?.groups.map((g) => [g.group, g.value])).toEqual([
      ['1', 0],
      ['2', 0],
    ]);
    expect(latest?.reference).toBeNull();
    expect(latest?.notes).toContain('every published group is 0 in 2025: no reference and no comparison');
    expect(renderScorecard(card, { format: 'markdown' })).not.toMatch(/reference: 1 \(largest\) = 0/);
  });
});
