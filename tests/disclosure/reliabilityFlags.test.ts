import { describe, expect, it } from 'vitest';
import { relativeStandardError, reliabilityFlags } from '../../src/index.ts';
import { caught } from './helpers.ts';

describe('relativeStandardError', () => {
  it('is SE / |estimate|', () => {
    expect(relativeStandardError(0.25, 0.05)).toBeCloseTo(0.2, 15);
    expect(relativeStandardError(-40, 10)).toBe(0.25);
  });
  it('matches the ACS handbook proportion example: p = 0.3222, MOE 0.0080 at 90 %', () => {
    // methodology.md §9 vector 11 (ACS General Handbook 2018 ch. 8): SE = MOE / 1.645 → CV ≈ 0.0151
    expect(relativeStandardError(0.3222, 0.008 / 1.645)).toBeCloseTo(0.01509, 5);
  });
  it('is null for an estimate of 0', () => {
    expect(relativeStandardError(0, 1)).toBeNull();
  });
  it('rejects a negative standard error and non-finite input', () => {
    const error = caught(() => relativeStandardError(1, -0.1));
    expect([error.code, error.path]).toEqual(['out_of_range', 'standardError']);
    expect(error.message).toMatch(/^relativeStandardError: standardError is -0.1/);
    expect(caught(() => relativeStandardError(Number.NaN, 1)).code).toBe('not_finite');
  });
});

describe('reliabilityFlags', () => {
  it('flags rates on fewer than 20 events (NCHS), with the Poisson RSE of 23 % or more', () => {
    // NVSS technical notes: rates based on fewer than 20 deaths have a relative standard error of 23 % or more.
    const few = reliabilityFlags({ events: 19 });
    expect(few.flags).toEqual(['fewEvents']);
    expect(few.reliable).toBe(false);
    expect(few.rseMethod).toBe('poisson');
    expect(few.relativeStandardError).toBeCloseTo(1 / Math.sqrt(19), 15);
    expect(few.relativeStandardError! >= 0.229).toBe(true);
    expect(few.reasons[0]).toMatch(/^based on 19 events, fewer than 20/);
    const twenty = reliabilityFlags({ events: 20 });
    expect(twenty.reliable).toBe(true);
    expect(twenty.relativeStandardError).toBeCloseTo(0.2236068, 7);
  });
  it('flags an RSE above 30 %, but not exactly 30 %', () => {
    expect(reliabilityFlags({ events: 100, estimate: 0.2, standardError: 0.061 }).flags).toEqual(['highRse']);
    expect(reliabilityFlags({ events: 100, estimate: 0.5, standardError: 0.15 }).flags).toEqual([]);
  });
  it('uses the binomial RSE √((1 − p)/events) with a denominator', () => {
    const r = reliabilityFlags({ events: 25, denominator: 100 });
    expect(r.rseMethod).toBe('binomial');
    // p = 0.25, SE = √(p(1−p)/n) = 0.0433; RSE = 0.0433 / 0.25
    expect(r.relativeStandardError).toBeCloseTo(Math.sqrt(0.25 * 0.75 / 100) / 0.25, 12);
  });
  it('flags zero events on both counts, with an undefined RSE', () => {
    const r = reliabilityFlags({ events: 0 });
    expect(r.flags).toEqual(['fewEvents', 'highRse']);
    expect(r.relativeStandardError).toBeNull();
  });
  it('applies the policy thresholds (a CDC WISQARS-like 21 events) and reports them', () => {
    const r = reliabilityFlags({ events: 20 }, { policy: { minEvents: 21 } });
    expect(r.flags).toEqual(['fewEvents']);
    expect(r.thresholds).toEqual({ minEvents: 21, maxRelativeStandardError: 0.3 });
  });
  it('rejects bad input with paths', () => {
    const over = caught(() => reliabilityFlags({ events: 12, denominator: 10 }));
    expect([over.code, over.path]).toEqual(['out_of_range', 'input.events']);
    expect(over.message).toMatch(/^reliabilityFlags: input.events is 12 but input.denominator is 10/);
    const half = caught(() => reliabilityFlags({ events: 12, estimate: 0.3 }));
    expect([half.code, half.path]).toEqual(['missing_field', 'input.standardError']);
    const fractional = caught(() => reliabilityFlags({ events: 2.5 }));
    expect([fractional.code, fractional.path]).toEqual(['not_integer', 'input.events']);
    const negative = caught(() => reliabilityFlags({ events: -1 }));
    expect([negative.code, negative.path]).toEqual(['out_of_range', 'input.events']);
    const policy = caught(() => reliabilityFlags({ events: 3 }, { policy: { maxRelativeStandardError: -1 } }));
    expect([policy.code, policy.path]).toEqual(['out_of_range', 'options.policy.maxRelativeStandardError']);
  });
});
