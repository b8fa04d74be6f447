import { describe, expect, it } from 'vitest';
import { EligibilityRuleSchema, EligibilityRuleSetSchema, type EligibilityRule } from '../../src/eligibility/index.ts';

// The refinements of EligibilityRuleSchema and EligibilityRuleSetSchema beyond shapes: unique ids, ordered ranges,
// non-decreasing own limits, typed comparison values, effective dates and non-overlapping versions.

function ruleWith(criteria: unknown, extra: Record<string, unknown> = {}): EligibilityRule {
  return { id: 'r', label: 'Rule', version: '1', ...extra, criteria } as EligibilityRule;
}

/** The issues of a parse as [code, dotted path, message]; [] when it succeeds. */
function issues(schema: typeof EligibilityRuleSchema | typeof EligibilityRuleSetSchema, value: unknown): [string, string, string][] {
  const parsed = schema.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((i) => [i.code, i.path.join('.'), i.message]);
}

const age = (id: string, range: Record<string, number>): unknown => ({ kind: 'memberAge', id, label: 'Age', ...range });

describe('EligibilityRuleSchema refinements', () => {
  it('checks the children of any and not, naming their paths', () => {
    const rule = ruleWith({ kind: 'any', criteria: [age('a', { minAge: 1 }), { kind: 'not', criterion: { kind: 'householdSize', id: 'b', label: 'Size', min: 4, max: 2 } }] });
    expect(issues(EligibilityRuleSchema, rule)).toEqual([['custom', 'criteria.criteria.1.criterion.max', 'max 2 is below min 4']]);
    expect(issues(EligibilityRuleSchema, ruleWith({ kind: 'not', criterion: age('a', { minAge: 1 }) }))).toEqual([]);
  });
  it('a repeated criterion id names where it was first used', () => {
    expect(issues(EligibilityRuleSchema, ruleWith({ kind: 'all', criteria: [age('a', {}), { kind: 'not', criterion: age('a', {}) }] }))).toEqual([
      ['custom', 'criteria.criteria.1.criterion.id', 'criterion id "a" is already used at criteria.criteria.0; ids must be unique within a rule'],
    ]);
    expect(issues(EligibilityRuleSchema, ruleWith({ kind: 'not', criterion: { kind: 'all', criteria: [age('x', {}), age('x', {})] } }))).toEqual([
      ['custom', 'criteria.criterion.criteria.1.id', 'criterion id "x" is already used at criteria.criterion.criteria.0; ids must be unique within a rule'],
    ]);
  });
  it('age and size ranges may be a single value or open at either end, never reversed', () => {
    for (const range of [{ minAge: 5, maxAge: 5 }, { minAge: 5 }, { maxAge: 1 }]) expect(issues(EligibilityRuleSchema, ruleWith(age('a', range)))).toEqual([]);
    expect(issues(EligibilityRuleSchema, ruleWith(age('a', { minAge: 6, maxAge: 5 })))).toEqual([['custom', 'criteria.maxAge', 'maxAge 5 is below minAge 6']]);
    for (const range of [{ min: 3, max: 3 }, { min: 3 }, { max: 1 }]) {
      expect(issues(EligibilityRuleSchema, ruleWith({ kind: 'householdSize', id: 's', label: 'Size', ...range }))).toEqual([]);
    }
  });
  it('own income limits may stay level but not fall with size', () => {
    const limit = (annualLimits: number[]): unknown => ({ kind: 'incomeLimit', id: 'l', label: 'Limit', annualLimits });
    expect(issues(EligibilityRuleSchema, ruleWith(limit([30000, 30000, 40000])))).toEqual([]);
    expect(issues(EligibilityRuleSchema, ruleWith(limit([30000, 40000, 35000])))).toEqual([['custom', 'criteria.annualLimits.2', 'the limit for 3 persons is below the limit for 2']]);
  });
  it('eq and ne compare strings, the other operators numbers', () => {
    const compare = (op: string, value: unknown): unknown => ({ kind: 'attributeCompare', id: 'c', label: 'C', attribute: 'x', op, value });
    expect(issues(EligibilityRuleSchema, ruleWith(compare('ne', 'a')))).toEqual([]);
    expect(issues(EligibilityRuleSchema, ruleWith(compare('eq', 'a')))).toEqual([]);
    expect(issues(EligibilityRuleSchema, ruleWith(compare('gte', 5)))).toEqual([]);
    expect(issues(EligibilityRuleSchema, ruleWith(compare('ne', 5)))).toEqual([['custom', 'criteria.value', 'op ne compares strings; write the value as a string']]);
    expect(issues(EligibilityRuleSchema, ruleWith(compare('eq', 5)))).toEqual([['custom', 'criteria.value', 'op eq compares strings; write the value as a string']]);
    expect(issues(EligibilityRuleSchema, ruleWith(compare('lt', '5')))).toEqual([['custom', 'criteria.value', 'op lt compares numbers; write the value as a number']]);
    expect(issues(EligibilityRuleSchema, ruleWith({ kind: 'attributeCompare', id: 'c', label: 'C', attribute: 'x', value: 5 }))).toEqual([
      ['custom', 'criteria.op', 'no comparison operator; give op: "eq", "ne", "lt", "lte", "gt" or "gte"'],
    ]);
  });
  it('effectiveTo may equal effectiveFrom, or stand alone, but not precede it', () => {
    const leaf = age('a', {});
    expect(issues(EligibilityRuleSchema, ruleWith(leaf, { effectiveFrom: '2025-07-01', effectiveTo: '2025-07-01' }))).toEqual([]);
    expect(issues(EligibilityRuleSchema, ruleWith(leaf, { effectiveTo: '2025-07-01' }))).toEqual([]);
    expect(issues(EligibilityRuleSchema, ruleWith(leaf, { effectiveFrom: '2025-07-01' }))).toEqual([]);
    expect(issues(EligibilityRuleSchema, ruleWith(leaf, { effectiveFrom: '2025-07-01', effectiveTo: '2025-06-30' }))).toEqual([
      ['custom', 'effectiveTo', 'effectiveTo 2025-06-30 is before effectiveFrom 2025-07-01'],
    ]);
  });
});

describe('EligibilityRuleSetSchema refinements', () => {
  const version = (v: string, dates: Record<string, string>, id = 's'): unknown => ({ id, label: 'Rule', version: v, ...dates, criteria: age('a', {}) });
  const set = (...versions: unknown[]): unknown => ({ id: 's', label: 'Set', versions });
  it('versions given out of date order are sorted before the overlap check', () => {
    // 2025 first, 2024 (ending the day before) second: no overlap once sorted by effectiveFrom.
    expect(issues(EligibilityRuleSetSchema, set(version('2025', { effectiveFrom: '2025-07-01' }), version('2024', { effectiveFrom: '2024-07-01', effectiveTo: '2025-06-30' })))).toEqual([]);
  });
  it('a version ending on the day the next starts overlaps it; so does an open end', () => {
    const message = 'versions[1] overlaps versions[0]; give versions[0] an effectiveTo before versions[1].effectiveFrom';
    expect(issues(EligibilityRuleSetSchema, set(version('1', { effectiveFrom: '2024-07-01', effectiveTo: '2025-07-01' }), version('2', { effectiveFrom: '2025-07-01' })))).toEqual([
      ['custom', 'versions.1.effectiveFrom', message],
    ]);
    expect(issues(EligibilityRuleSetSchema, set(version('1', { effectiveFrom: '2024-07-01' }), version('2', { effectiveFrom: '2025-07-01' })))).toEqual([['custom', 'versions.1.effectiveFrom', message]]);
    // Neither has an effectiveFrom: the second may start any day, so it overlaps.
    expect(issues(EligibilityRuleSetSchema, set(version('1', { effectiveTo: '2024-06-30' }), version('2', {})))).toEqual([['custom', 'versions.1.effectiveFrom', message]]);
  });
  it('every version carries the set id and its own version name', () => {
    const dates1 = { effectiveFrom: '2024-07-01', effectiveTo: '2025-06-30' };
    const dates2 = { effectiveFrom: '2025-07-01' };
    expect(issues(EligibilityRuleSetSchema, set(version('1', dates1), version('1', dates2, 't')))).toEqual([
      ['custom', 'versions.1.id', 'version id "t" differs from the set id "s"'],
      ['custom', 'versions.1.version', 'version "1" is already used by versions[0]'],
    ]);
  });
});
