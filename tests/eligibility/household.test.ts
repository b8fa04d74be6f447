import { describe, expect, it } from 'vitest';
import { evaluateEligibility, screenHouseholds, type EligibilityNode, type EligibilityRule, type Household } from '../../src/eligibility/index.ts';
import { caught } from './helpers.ts';

// Validation of household records by the rule engine (src/eligibility/internal/household.ts): only the fields the
// rule reads are checked, and every error names the household, the field and the fix.

function rule(criteria: EligibilityNode): EligibilityRule {
  return { id: 'test-rule', label: 'Test rule', version: '1', criteria };
}

const fpl100: EligibilityNode = { kind: 'fplPercent', id: 'fpl', label: 'At or below 100 % FPL', maxPercent: 100 };
const disability: EligibilityNode = { kind: 'memberDisability', id: 'd', label: 'A member with a disability' };
const resident: EligibilityNode = { kind: 'attributeIn', id: 'resident', label: 'San José resident', attribute: 'city', values: ['San José'] };
const calFresh: EligibilityNode = { kind: 'categorical', id: 'calfresh', label: 'On CalFresh', programs: ['CalFresh'] };
const bigHousehold: EligibilityNode = { kind: 'householdSize', id: 'size', label: 'At least 1 person', min: 1 };
const asOf = { asOf: '2025-07-01' };

/** The error `evaluateEligibility` throws for `household` under `node`, as [code, path, message]. */
function error(household: unknown, node: EligibilityNode): [string, string, string] {
  const e = caught(() => evaluateEligibility(household as Household, rule(node), asOf));
  return [e.code, e.path, e.message];
}

describe('checkHousehold: the record itself', () => {
  it('null and a number are not household objects', () => {
    expect(error(null, fpl100)).toEqual(['invalid_type', 'household', 'evaluateEligibility: household is null; expected a household object { id, size, attributes, … }.']);
    expect(error(5, fpl100)).toEqual(['invalid_type', 'household', 'evaluateEligibility: household is 5; expected a household object { id, size, attributes, … }.']);
  });
  it('screenHouseholds names the household by its index', () => {
    const e = caught(() => screenHouseholds([{ id: 'a', size: 1, attributes: {} }, null as unknown as Household], rule(fpl100), asOf));
    expect([e.code, e.path, e.message]).toEqual(['invalid_type', 'households[1]', 'screenHouseholds: households[1] is null; expected a household object { id, size, attributes, … }.']);
  });
  it('sizes 1 and 30 are accepted, 0 and 31 are not (1 to 30 persons)', () => {
    // 100 % FPL for 1 person in 2025 is $15,650 (HHS 2025); 30 persons: 15,650 + 29 × 5,500 = 175,150.
    expect(evaluateEligibility({ id: 'a', size: 1, annualIncome: 15650, attributes: {} }, rule(fpl100), asOf).criteria[0]?.threshold).toBe(15650);
    expect(evaluateEligibility({ id: 'a', size: 30, annualIncome: 0, attributes: {} }, rule(fpl100), asOf).criteria[0]?.threshold).toBe(175150);
    expect(error({ id: 'a', size: 0, attributes: {} }, fpl100).slice(0, 2)).toEqual(['out_of_range', 'household.size']);
    expect(error({ id: 'a', size: 31, attributes: {} }, fpl100).slice(0, 2)).toEqual(['out_of_range', 'household.size']);
  });
});

describe('checkHousehold: income fields (when the rule tests income)', () => {
  it('annualIncome must be a finite number ≥ 0; 0 is no income', () => {
    const base = { id: 'a', size: 1, attributes: {} };
    expect(error({ ...base, annualIncome: '50000' }, fpl100)).toEqual([
      'invalid_type',
      'household.annualIncome',
      'evaluateEligibility: household.annualIncome is "50000"; expected a finite number.',
    ]);
    expect(error({ ...base, annualIncome: Number.POSITIVE_INFINITY }, fpl100)).toEqual([
      'not_finite',
      'household.annualIncome',
      'evaluateEligibility: household.annualIncome is Infinity; expected a finite number.',
    ]);
    expect(error({ ...base, annualIncome: -1 }, fpl100)).toEqual(['out_of_range', 'household.annualIncome', 'evaluateEligibility: household.annualIncome is -1; expected a number ≥ 0.']);
    // Income 0 against the 1-person guideline 15,650: margin 15,650.
    expect(evaluateEligibility({ ...base, annualIncome: 0 }, rule(fpl100), asOf).criteria[0]).toMatchObject({ passed: true, observed: 0, margin: 15650 });
  });
  it('a rule that does not test income ignores a bad annualIncome', () => {
    const h = { id: 'a', size: 2, annualIncome: -1, incomes: 'none', attributes: {} } as unknown as Household;
    expect(evaluateEligibility(h, rule(bigHousehold), asOf).status).toBe('eligible');
  });
  it('incomes must be an array of objects', () => {
    const base = { id: 'a', size: 1, attributes: {} };
    expect(error({ ...base, incomes: {} }, fpl100)).toEqual([
      'invalid_type',
      'household.incomes',
      'evaluateEligibility: household.incomes is an object; expected an array of { amount, frequency }.',
    ]);
    expect(error({ ...base, incomes: [null] }, fpl100)).toEqual([
      'invalid_type',
      'household.incomes[0]',
      'evaluateEligibility: household.incomes[0] is null; expected { amount, frequency }.',
    ]);
    expect(error({ ...base, incomes: [{ amount: 1, frequency: 'annual' }, 7] }, fpl100)).toEqual([
      'invalid_type',
      'household.incomes[1]',
      'evaluateEligibility: household.incomes[1] is 7; expected { amount, frequency }.',
    ]);
  });
  it('each amount must be a finite number ≥ 0; 0 is accepted', () => {
    const base = { id: 'a', size: 1, attributes: {} };
    expect(error({ ...base, incomes: [{ amount: '5', frequency: 'monthly' }] }, fpl100)).toEqual([
      'invalid_type',
      'household.incomes[0].amount',
      'evaluateEligibility: household.incomes[0].amount is "5"; expected a finite number.',
    ]);
    expect(error({ ...base, incomes: [{ amount: -1, frequency: 'monthly' }] }, fpl100)).toEqual([
      'out_of_range',
      'household.incomes[0].amount',
      'evaluateEligibility: household.incomes[0].amount is -1; expected a number ≥ 0.',
    ]);
    // 0 × 12 + 1,000 × 12 = 12,000 a year.
    const h = { ...base, incomes: [{ amount: 0, frequency: 'monthly' }, { amount: 1000, frequency: 'monthly' }] } as Household;
    expect(evaluateEligibility(h, rule(fpl100), asOf).criteria[0]?.observed).toBe(12000);
  });
});

describe('checkHousehold: members (when the rule tests ages or disability)', () => {
  const base = { id: 'a', size: 2, attributes: {} };
  it('members must be an array of objects', () => {
    expect(error({ ...base, members: {} }, disability)).toEqual([
      'invalid_type',
      'household.members',
      'evaluateEligibility: household.members is an object; expected an array of { birthDate }.',
    ]);
    expect(error({ ...base, members: [null] }, disability)).toEqual([
      'invalid_type',
      'household.members[0]',
      'evaluateEligibility: household.members[0] is null; expected { birthDate: "YYYY-MM-DD" }.',
    ]);
    expect(error({ ...base, members: [{ birthDate: '1990-01-01' }, 'x'] }, disability)).toEqual([
      'invalid_type',
      'household.members[1]',
      'evaluateEligibility: household.members[1] is "x"; expected { birthDate: "YYYY-MM-DD" }.',
    ]);
  });
  it('disability is true, false or absent', () => {
    expect(error({ ...base, members: [{ birthDate: '1990-01-01', disability: false }, { birthDate: '1990-01-01', disability: 'yes' }] }, disability)).toEqual([
      'invalid_type',
      'household.members[1].disability',
      'evaluateEligibility: household.members[1].disability is "yes"; use true, false or leave it out when unknown.',
    ]);
    const h = { ...base, members: [{ birthDate: '1990-01-01' }, { birthDate: '1990-01-01', disability: true }] } as Household;
    expect(evaluateEligibility(h, rule(disability), asOf).status).toBe('eligible');
  });
  it('a rule that reads no members ignores them', () => {
    const h = { ...base, annualIncome: 0, members: 'none' } as unknown as Household;
    expect(evaluateEligibility(h, rule(fpl100), asOf).status).toBe('eligible');
  });
});

describe('checkHousehold: attributes and programs', () => {
  it('attributes must be an object when the rule reads one: null is the wrong type, absence a missing field', () => {
    const message = (what: string): string =>
      `evaluateEligibility: household.attributes is ${what}; give every household an attributes object (it may be empty: {}).`;
    expect(error({ id: 'a', size: 1, attributes: null }, resident)).toEqual(['invalid_type', 'household.attributes', message('null')]);
    expect(error({ id: 'a', size: 1 }, resident)).toEqual(['missing_field', 'household.attributes', message('undefined')]);
    expect(error({ id: 'a', size: 1, attributes: 'San José' }, resident)).toEqual(['invalid_type', 'household.attributes', message('"San José"')]);
  });
  it('a rule that reads no attributes accepts a record without them', () => {
    expect(evaluateEligibility({ id: 'a', size: 1, annualIncome: 0 } as unknown as Household, rule(fpl100), asOf).status).toBe('eligible');
  });
  it('an attribute the rule reads must be a string', () => {
    expect(error({ id: 'a', size: 1, attributes: { city: 5 } }, resident)).toEqual([
      'invalid_type',
      'household.attributes.city',
      'evaluateEligibility: household.attributes.city is 5; attribute values are strings (use String(value)).',
    ]);
  });
  it('categorical must be an array of strings when the rule tests programs', () => {
    expect(error({ id: 'a', size: 1, attributes: {}, categorical: 'CalFresh' }, calFresh)).toEqual([
      'invalid_type',
      'household.categorical',
      'evaluateEligibility: household.categorical is "CalFresh"; expected an array of program names.',
    ]);
    expect(error({ id: 'a', size: 1, attributes: {}, categorical: ['CalFresh', 5] }, calFresh)).toEqual([
      'invalid_type',
      'household.categorical[1]',
      'evaluateEligibility: household.categorical[1] is 5; list program names as strings, e.g. "CalFresh".',
    ]);
    expect(evaluateEligibility({ id: 'a', size: 1, attributes: {}, categorical: ['WIC', 'CalFresh'] }, rule(calFresh), asOf).status).toBe('eligible');
  });
  it('a rule that tests no programs ignores categorical', () => {
    const h = { id: 'a', size: 1, annualIncome: 0, attributes: {}, categorical: [5] } as unknown as Household;
    expect(evaluateEligibility(h, rule(fpl100), asOf).status).toBe('eligible');
  });
});
