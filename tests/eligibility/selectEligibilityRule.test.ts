/**
 * `selectEligibilityRule`: the version of a rule set in force on a date (bounds inclusive, a missing bound open),
 * the rule set validated once, and the errors for an invalid set, a bad date and a date no version covers.
 */
import { describe, expect, it } from 'vitest';
import { selectEligibilityRule, type EligibilityRule, type EligibilityRuleSet } from '../../src/eligibility/index.ts';
import { caught } from './helpers.ts';

function version(name: string, dates: { effectiveFrom?: string; effectiveTo?: string }): EligibilityRule {
  return {
    id: 'fee-waiver',
    label: 'Fee waiver',
    version: name,
    ...dates,
    criteria: { kind: 'fplPercent', id: 'fpl', label: 'At or below 200 % FPL', maxPercent: 200 },
  };
}

/** Versions 2019 (open start, to 30 June 2020) and 2021 (1 July 2021, open end): the year between is a gap. */
function gapped(): EligibilityRuleSet {
  return {
    id: 'fee-waiver',
    label: 'Fee waiver',
    versions: [version('2019', { effectiveTo: '2020-06-30' }), version('2021', { effectiveFrom: '2021-07-01' })],
  };
}

describe('selectEligibilityRule', () => {
  it('a version without effectiveFrom covers every date up to its effectiveTo, one without effectiveTo every date from its start', () => {
    const set = gapped();
    expect(selectEligibilityRule(set, '1990-01-01').version).toBe('2019');
    expect(selectEligibilityRule(set, '2020-06-30').version).toBe('2019');
    expect(selectEligibilityRule(set, '2021-07-01').version).toBe('2021');
    expect(selectEligibilityRule(set, '2100-12-31').version).toBe('2021');
  });

  it('a date in the gap lists every version with its dates, "…" for an open bound', () => {
    const error = caught(() => selectEligibilityRule(gapped(), '2021-01-01'));
    expect([error.code, error.path, error.message]).toEqual([
      'not_covered',
      'asOf',
      'selectEligibilityRule: asOf is "2021-01-01", which no version of fee-waiver covers (2019 … to 2020-06-30; 2021 2021-07-01 to …); add a version for that date.',
    ]);
  });

  it('a bad date is reported at asOf', () => {
    const error = caught(() => selectEligibilityRule(gapped(), '2021-13-01'));
    expect([error.code, error.path]).toEqual(['invalid_date', 'asOf']);
    expect(error.message).toMatch(/^selectEligibilityRule: asOf is "2021-13-01", which has month 13/);
  });

  it('an invalid rule set names the field and "the rule set"', () => {
    const { label: _, ...unlabelled } = gapped();
    const error = caught(() => selectEligibilityRule(unlabelled as EligibilityRuleSet, '2021-07-01'));
    expect([error.code, error.path, error.message]).toEqual([
      'missing_field',
      'ruleSet.label',
      'selectEligibilityRule: ruleSet.label is missing; the rule set needs it (Invalid input: expected string, received undefined).',
    ]);
    const nil = caught(() => selectEligibilityRule(null as unknown as EligibilityRuleSet, '2021-07-01'));
    expect([nil.code, nil.path]).toEqual(['invalid_type', 'ruleSet']);
  });

  it('validates a rule set on its first use only', () => {
    let reads = 0;
    const set = gapped();
    Object.defineProperty(set, 'label', {
      enumerable: true,
      get: () => {
        reads++;
        return 'Fee waiver';
      },
    });
    expect(selectEligibilityRule(set, '2021-07-01').version).toBe('2021');
    const afterFirst = reads;
    expect(afterFirst).toBeGreaterThan(0);
    expect(selectEligibilityRule(set, '2019-07-01').version).toBe('2019');
    expect(reads).toBe(afterFirst);
  });
});
