// How an invalid rule is reported (src/eligibility/internal/zodIssues.ts): code, path, message and hint per issue.
import { describe, expect, it } from 'vitest';
import { evaluateEligibility, type EligibilityRule } from '../../src/eligibility/index.ts';
import { caught } from './helpers.ts';

const KINDS = 'fplPercent, hudIncomeCategory, smiCeiling, incomeLimit, memberAge, memberDisability, attributeIn, categorical, householdSize, attributeCompare, all, any, not';

function issuesOf(rule: unknown) {
  const error = caught(() => evaluateEligibility({ id: 'h', size: 1, attributes: {} }, rule as EligibilityRule, { asOf: '2025-07-01' }));
  return { code: error.code, path: error.path, issues: error.issues };
}

function ruleWith(criteria: unknown, extra: object = {}) {
  return { id: 'r', label: 'R', version: '1', criteria, ...extra };
}

describe('invalid rules', () => {
  it('an unknown kind names the field, the kinds known and the nearest one', () => {
    const message = `evaluateEligibility: rule.criteria.kind is "fplPercnt", an unknown kind of the eligibility rule; use one of ${KINDS}.`;
    const result = issuesOf(ruleWith({ kind: 'fplPercnt', id: 'a', label: 'b' }));
    expect(result.code).toBe('unknown_key');
    expect(result.issues).toStrictEqual([{ code: 'unknown_key', path: 'rule.criteria.kind', message, hint: 'did you mean "fplPercent"?' }]);
  });

  it('a kind that is no string is shown as it is, without a hint', () => {
    const result = issuesOf(ruleWith({ kind: 7 }));
    expect(result.issues).toStrictEqual([
      { code: 'unknown_key', path: 'rule.criteria.kind', message: `evaluateEligibility: rule.criteria.kind is 7, an unknown kind of the eligibility rule; use one of ${KINDS}.` },
    ]);
  });

  it('a nested unknown kind is reported at its place', () => {
    const result = issuesOf(ruleWith({ kind: 'any', criteria: [{ kind: 'householdSize', id: 's', label: 'S' }, { kind: 'memberAges', id: 'a', label: 'b' }] }));
    expect(result.issues).toStrictEqual([
      {
        code: 'unknown_key',
        path: 'rule.criteria.criteria[1].kind',
        message: `evaluateEligibility: rule.criteria.criteria[1].kind is "memberAges", an unknown kind of the eligibility rule; use one of ${KINDS}.`,
        hint: 'did you mean "memberAge"?',
      },
    ]);
  });

  it('a value of neither accepted type is invalid_value (a union without a discriminator)', () => {
    const result = issuesOf(ruleWith({ kind: 'attributeCompare', id: 'a', label: 'b', attribute: 'x', op: 'eq', value: true }));
    expect(result.issues).toStrictEqual([
      { code: 'invalid_value', path: 'rule.criteria.value', message: 'evaluateEligibility: rule.criteria.value is invalid: Invalid input; fix rule.criteria.value in the eligibility rule.' },
    ]);
  });

  it('a number above its maximum is out_of_range', () => {
    // maxAge is at most 150 (the schema's age range).
    const result = issuesOf(ruleWith({ kind: 'memberAge', id: 'a', label: 'b', maxAge: 151 }));
    expect([result.code, result.path]).toEqual(['out_of_range', 'rule.criteria.maxAge']);
    expect(result.issues[0]?.message).toBe('evaluateEligibility: rule.criteria.maxAge is invalid: Too big: expected number to be <=150; fix rule.criteria.maxAge in the eligibility rule.');
  });

  it('unknown fields: one is reported at the field, several at the object', () => {
    expect(issuesOf(ruleWith({ kind: 'householdSize', id: 'a', label: 'b', foo: 1 })).issues).toStrictEqual([
      { code: 'unknown_key', path: 'rule.criteria.foo', message: 'evaluateEligibility: rule.criteria has unknown field(s) foo; remove them or check their spelling.' },
    ]);
    expect(issuesOf(ruleWith({ kind: 'householdSize', id: 'a', label: 'b', foo: 1, bar: 2 })).issues).toStrictEqual([
      { code: 'unknown_key', path: 'rule.criteria', message: 'evaluateEligibility: rule.criteria has unknown field(s) foo, bar; remove them or check their spelling.' },
    ]);
    expect(issuesOf(ruleWith({ kind: 'householdSize', id: 'a', label: 'b' }, { extra: 1 })).issues).toStrictEqual([
      { code: 'unknown_key', path: 'rule.extra', message: 'evaluateEligibility: rule has unknown field(s) extra; remove them or check their spelling.' },
    ]);
  });

  it('a missing field and a null criterion', () => {
    const missing = issuesOf({ id: 'r', label: 'R', version: '1' });
    expect([missing.code, missing.path]).toEqual(['missing_field', 'rule.criteria']);
    const nullCriterion = issuesOf(ruleWith({ kind: 'all', criteria: [null] }));
    expect(nullCriterion.issues).toStrictEqual([
      {
        code: 'invalid_type',
        path: 'rule.criteria.criteria[0]',
        message: 'evaluateEligibility: rule.criteria.criteria[0] is invalid: Invalid input: expected object, received null; fix rule.criteria.criteria[0] in the eligibility rule.',
      },
    ]);
  });
});
