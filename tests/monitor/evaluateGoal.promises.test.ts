// Issue 12, "broken promises" of the monitor: each case once threw a raw error, read as on track with nothing
// assessed, or chose a baseline without saying so.
import { describe, expect, it } from 'vitest';
import { ELIGIBILITY_PRNS_SCHOLARSHIP_RULES } from '../../src/eligibility/prnsScholarshipRules.ts';
import type { Enrollment, Household } from '../../src/internal/records.ts';
import { evaluateGoal } from '../../src/monitor/evaluateGoal.ts';
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
