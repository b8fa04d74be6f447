import { HHS_POVERTY_GUIDELINES } from '../../src/eligibility/povertyGuidelineTables.ts';
import { describe, expect, it } from 'vitest';
import { strictValidator } from '../helpers/ajv.ts';
import {
  ELIGIBILITY_PRNS_SCHOLARSHIP_RULES,
  EligibilityRuleSchema,
  EligibilityRuleSetSchema,
  eligibilityRuleJsonSchema,
  evaluateEligibility,
  type EligibilityRule,
} from '../../src/eligibility/index.ts';
import { caught } from './helpers.ts';

const household = { id: 'h', size: 2, annualIncome: 30000, attributes: {} };

function ruleWith(criteria: unknown): EligibilityRule {
  return { id: 'r', label: 'Rule', version: '1', criteria } as EligibilityRule;
}

describe('EligibilityRuleSchema', () => {
  it('accepts the PRNS rule set, which survives a JSON round trip unchanged', () => {
    expect(EligibilityRuleSetSchema.safeParse(ELIGIBILITY_PRNS_SCHOLARSHIP_RULES).success).toBe(true);
    const copy: unknown = JSON.parse(JSON.stringify(ELIGIBILITY_PRNS_SCHOLARSHIP_RULES));
    expect(copy).toEqual(ELIGIBILITY_PRNS_SCHOLARSHIP_RULES);
    for (const version of ELIGIBILITY_PRNS_SCHOLARSHIP_RULES.versions) expect(EligibilityRuleSchema.safeParse(version).success).toBe(true);
  });
  it('exports a JSON Schema that accepts the PRNS versions and rejects an unknown kind (ajv strict, draft 2020-12)', () => {
    const validate = strictValidator(eligibilityRuleJsonSchema());
    for (const version of ELIGIBILITY_PRNS_SCHOLARSHIP_RULES.versions) expect(validate(JSON.parse(JSON.stringify(version)))).toBe(true);
    expect(validate({ id: 'r', label: 'R', version: '1', criteria: { kind: 'income', id: 'x', label: 'x' } })).toBe(false);
  });
  it('reports every problem of a rule, with paths', () => {
    const parsed = EligibilityRuleSchema.safeParse(
      ruleWith({
        kind: 'all',
        criteria: [
          { kind: 'memberAge', id: 'a', label: 'A', minAge: 18, maxAge: 5 },
          { kind: 'householdSize', id: 'a', label: 'Duplicate id', min: 4, max: 2 },
          { kind: 'attributeCompare', id: 'c', label: 'C', attribute: 'x', op: 'lt', value: '5' },
          { kind: 'incomeLimit', id: 'd', label: 'D', annualLimits: [30000, 20000] },
        ],
      }),
    );
    expect(parsed.success).toBe(false);
    const paths = parsed.error?.issues.map((i) => i.path.join('.')) ?? [];
    expect(paths).toEqual(['criteria.criteria.0.maxAge', 'criteria.criteria.1.id', 'criteria.criteria.1.max', 'criteria.criteria.2.value', 'criteria.criteria.3.annualLimits.1']);
  });
});

describe('rule errors in evaluateEligibility', () => {
  it('an unknown criterion kind: code, path, message with the known kinds, nearest-name hint', () => {
    const error = caught(() =>
      evaluateEligibility(household, ruleWith({ kind: 'any', criteria: [{ kind: 'categorical', id: 'c', label: 'C', programs: ['CalFresh'] }, { kind: 'fplPrecent', id: 'f', label: 'F', maxPercent: 185 }] }), { asOf: '2025-07-01' }),
    );
    expect([error.code, error.path]).toEqual(['unknown_key', 'rule.criteria.criteria[1].kind']);
    expect(error.message).toBe(
      'evaluateEligibility: rule.criteria.criteria[1].kind is "fplPrecent", an unknown kind of the eligibility rule; use one of fplPercent, hudIncomeCategory, smiCeiling, incomeLimit, memberAge, memberDisability, attributeIn, categorical, householdSize, attributeCompare, all, any, not. (did you mean "fplPercent"?)',
    );
    expect(error.hint).toBe('did you mean "fplPercent"?');
  });
  it('an unknown table id is not_found, naming the known ids', () => {
    const error = caught(() => evaluateEligibility(household, ruleWith({ kind: 'fplPercent', id: 'f', label: 'F', maxPercent: 185, table: 'hhs-2019' }), { asOf: '2025-07-01' }));
    expect([error.code, error.path]).toEqual(['not_found', 'rule.criteria.table']);
    expect(error.message).toBe(
      'evaluateEligibility: rule.criteria.table is "hhs-2019", which names no poverty guideline table; known ids: ' + HHS_POVERTY_GUIDELINES.map((t) => t.id).join(', ') + '.',
    );
    const smi = caught(() => evaluateEligibility(household, ruleWith({ kind: 'smiCeiling', id: 's', label: 'S', table: 'ca-smi-1999' }), { asOf: '2025-07-01' }));
    expect([smi.code, smi.path]).toEqual(['not_found', 'rule.criteria.table']);
  });
  it('an unknown HUD area is not_found', () => {
    const error = caught(() => evaluateEligibility(household, ruleWith({ kind: 'hudIncomeCategory', id: 'h', label: 'H', atMost: 'low', area: 'fresno-ca' }), { asOf: '2025-07-01' }));
    expect([error.code, error.path]).toEqual(['not_found', 'rule.criteria.area']);
    expect(error.message).toMatch(/^evaluateEligibility: rule\.criteria\.area is "fresno-ca", which names no HUD table area \(areas: santa-clara-ca\)/);
  });
  it('a pinned guideline year no table holds is not_covered', () => {
    const error = caught(() => evaluateEligibility(household, ruleWith({ kind: 'fplPercent', id: 'f', label: 'F', maxPercent: 185, guidelineYear: 2012 }), { asOf: '2025-07-01' }));
    expect([error.code, error.path]).toEqual(['not_covered', 'rule.criteria.guidelineYear']);
  });
  it('a missing field and a bad type get their own codes', () => {
    const missing = caught(() => evaluateEligibility(household, ruleWith({ kind: 'fplPercent', id: 'f', label: 'F' }), { asOf: '2025-07-01' }));
    expect([missing.code, missing.path]).toEqual(['missing_field', 'rule.criteria.maxPercent']);
    expect(missing.message).toMatch(/^evaluateEligibility: rule\.criteria\.maxPercent is missing/);
    const wrong = caught(() => evaluateEligibility(household, ruleWith({ kind: 'fplPercent', id: 'f', label: 'F', maxPercent: '185' }), { asOf: '2025-07-01' }));
    expect([wrong.code, wrong.path]).toEqual(['invalid_type', 'rule.criteria.maxPercent']);
    const extra = caught(() => evaluateEligibility(household, ruleWith({ kind: 'fplPercent', id: 'f', label: 'F', maxPercent: 185, maxPercnt: 200 }), { asOf: '2025-07-01' }));
    expect([extra.code, extra.path]).toEqual(['unknown_key', 'rule.criteria.maxPercnt']);
  });
});
