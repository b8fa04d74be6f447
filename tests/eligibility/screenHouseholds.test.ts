import { beforeEach, describe, expect, it } from 'vitest';
import {
  ELIGIBILITY_PRNS_SCHOLARSHIP_RULES,
  ELIGIBILITY_STATUS_CODES,
  screenHouseholds,
  selectEligibilityRule,
  type EligibilityRule,
  type EligibilityRuleSet,
  type Household,
} from '../../src/eligibility/index.ts';
import { caught } from './helpers.ts';

let prns: ReturnType<typeof selectEligibilityRule>;
beforeEach(() => {
  prns = selectEligibilityRule(ELIGIBILITY_PRNS_SCHOLARSHIP_RULES, '2025-07-01');
});

function household(id: string, annualIncome: number | undefined, categorical: string[] = []): Household {
  const base: Household = { id, size: 4, members: [{ birthDate: '1985-01-01' }, { birthDate: '2015-06-01' }], attributes: { district: '7' }, categorical };
  return annualIncome === undefined ? base : { ...base, annualIncome };
}

describe('screenHouseholds', () => {
  it('returns typed arrays of status and per-criterion codes with counts', () => {
    const households = [household('a', 59477.5), household('b', 59478), household('c', undefined), household('d', 90000, ['CalFresh'])];
    const s = screenHouseholds(households, prns, { asOf: '2025-07-01' });
    expect(s.status).toBeInstanceOf(Uint8Array);
    expect(Array.from(s.status).map((code) => ELIGIBILITY_STATUS_CODES[code])).toEqual(['eligible', 'ineligible', 'indeterminate', 'eligible']);
    expect(s.counts).toEqual({ eligible: 2, ineligible: 1, indeterminate: 1 });
    expect(s.criterionIds).toEqual(['resident', 'age-0-49', 'age-50-plus', 'active-adult-qualified', 'all-access', 'categorical', 'income-185-fpl']);
    const income = s.criterionIds.indexOf('income-185-fpl');
    const k = s.criterionIds.length;
    expect([0, 1, 2, 3].map((i) => s.criteria[i * k + income])).toEqual([1, 0, 2, 0]);
    expect(s.tables.map((t) => t.vintage)).toEqual(['2025']);
  });
  it('validates what the rule reads: an income-only rule ignores a bad birth date, an age rule reports it', () => {
    const h: Household = { id: 'h', size: 1, annualIncome: 1000, members: [{ birthDate: '2025-02-30' }], attributes: {} };
    const incomeOnly: EligibilityRule = { id: 'i', label: 'Income', version: '1', criteria: { kind: 'fplPercent', id: 'f', label: 'F', maxPercent: 100 } };
    expect(screenHouseholds([h], incomeOnly, { asOf: '2025-07-01' }).counts.eligible).toBe(1);
    const error = caught(() => screenHouseholds([h, h], prns, { asOf: '2025-07-01' }));
    expect([error.code, error.path, error.message]).toEqual([
      'invalid_date',
      'households[0].members[0].birthDate',
      'screenHouseholds: households[0].members[0].birthDate is "2025-02-30", which does not exist; 2025-02 has 28 days — did you mean "2025-02-28"?',
    ]);
  });
  it('handles an empty list', () => {
    const s = screenHouseholds([], prns, { asOf: '2025-07-01' });
    expect([s.status.length, s.criteria.length, s.counts.eligible]).toEqual([0, 0, 0]);
  });
  it('reports the first bad household by index', () => {
    const households = [household('a', 1000), { ...household('b', 1000), annualIncome: -3 }];
    const error = caught(() => screenHouseholds(households, prns, { asOf: '2025-07-01' }));
    expect([error.code, error.path, error.message]).toEqual(['out_of_range', 'households[1].annualIncome', 'screenHouseholds: households[1].annualIncome is -3; expected a number ≥ 0.']);
    const attr = caught(() => screenHouseholds([{ ...household('a', 1), attributes: { district: 7 as unknown as string } }], prns, { asOf: '2025-07-01' }));
    expect([attr.code, attr.path]).toEqual(['invalid_type', 'households[0].attributes.district']);
    const list = caught(() => screenHouseholds({} as Household[], prns, { asOf: '2025-07-01' }));
    expect([list.code, list.path]).toEqual(['invalid_type', 'households']);
  });
});

describe('selectEligibilityRule', () => {
  it('picks the version in force; the universal-meals change takes effect 1 July 2022', () => {
    expect(selectEligibilityRule(ELIGIBILITY_PRNS_SCHOLARSHIP_RULES, '2015-07-01').version).toBe('2015-16');
    expect(selectEligibilityRule(ELIGIBILITY_PRNS_SCHOLARSHIP_RULES, '2021-06-30').version).toBe('2015-16');
    expect(selectEligibilityRule(ELIGIBILITY_PRNS_SCHOLARSHIP_RULES, '2021-07-01').version).toBe('2021-22');
    expect(selectEligibilityRule(ELIGIBILITY_PRNS_SCHOLARSHIP_RULES, '2022-06-30').version).toBe('2021-22');
    expect(selectEligibilityRule(ELIGIBILITY_PRNS_SCHOLARSHIP_RULES, '2022-07-01').version).toBe('2022-23');
    const before = selectEligibilityRule(ELIGIBILITY_PRNS_SCHOLARSHIP_RULES, '2022-06-30');
    const after = selectEligibilityRule(ELIGIBILITY_PRNS_SCHOLARSHIP_RULES, '2022-07-01');
    const programs = (rule: EligibilityRule): string[] => JSON.stringify(rule).includes('Free or Reduced-Price Meals') ? ['meals'] : [];
    expect([programs(before), programs(after)]).toEqual([['meals'], []]);
  });
  it('a date no version covers is not_covered', () => {
    const error = caught(() => selectEligibilityRule(ELIGIBILITY_PRNS_SCHOLARSHIP_RULES, '2015-06-30'));
    expect([error.code, error.path]).toEqual(['not_covered', 'asOf']);
    expect(error.message).toBe(
      'selectEligibilityRule: asOf is "2015-06-30", which no version of prns-citywide-scholarship covers (2015-16 2015-07-01 to 2021-06-30; 2021-22 2021-07-01 to 2022-06-30; 2022-23 2022-07-01 to …); add a version for that date.',
    );
  });
  it('rejects overlapping versions and bad dates', () => {
    const [, v1, v2] = ELIGIBILITY_PRNS_SCHOLARSHIP_RULES.versions as [EligibilityRule, EligibilityRule, EligibilityRule];
    const overlapping: EligibilityRuleSet = { ...ELIGIBILITY_PRNS_SCHOLARSHIP_RULES, versions: [v1, { ...v2, effectiveFrom: '2022-06-01' }] };
    const error = caught(() => selectEligibilityRule(overlapping, '2023-01-01'));
    expect(error.path).toBe('ruleSet.versions[1].effectiveFrom');
    expect(error.message).toMatch(/^selectEligibilityRule: ruleSet\.versions\[1\]\.effectiveFrom is invalid: versions\[1\] overlaps versions\[0\]/);
    expect(caught(() => selectEligibilityRule(ELIGIBILITY_PRNS_SCHOLARSHIP_RULES, '2022-13-01')).code).toBe('invalid_date');
  });
});
