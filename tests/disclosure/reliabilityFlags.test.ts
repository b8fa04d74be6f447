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
  it('reports an overflowing ratio as an error on standardError, not as Infinity', () => {
    // 1e10 / 1e-300 = 1e310 > Number.MAX_VALUE (IEEE 754 double)
    const error = caught(() => relativeStandardError(1e-300, 1e10));
    expect([error.code, error.path, error.message]).toEqual([
      'not_finite',
      'standardError',
      'relativeStandardError: standardError / |estimate| overflows; rescale the estimate.',
    ]);
    // a standard error of 0 is allowed: RSE 0
    expect(relativeStandardError(5, 0)).toBe(0);
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
  it('says why in full sentences: the event count against the policy, and the RSE in percent with one decimal', () => {
    // NCHS data presentation standards: fewer than 20 events, or an RSE above 30 %, is unreliable.
    const cms = 'CMS cell-size suppression (1–10) with NCHS reliability flags';
    const none = reliabilityFlags({ events: 0 });
    expect(none.reasons).toEqual([`based on 0 events, fewer than 20: unreliable (${cms}).`, 'relative standard error undefined (no events): unreliable.']);
    expect(none.reliable).toBe(false);
    // RSE = 0.061 / 0.2 = 0.305, printed as 30.5 % against the policy's 30.0 %
    const high = reliabilityFlags({ events: 100, estimate: 0.2, standardError: 0.061 });
    expect(high.reasons).toEqual(['relative standard error 30.5 % is above 30.0 %: unreliable.']);
    expect([high.rseMethod, high.reliable]).toEqual(['given', false]);
    expect(high.relativeStandardError).toBeCloseTo(0.305, 15);
    // an estimate of 0 has no relative standard error, whatever the events
    const zero = reliabilityFlags({ events: 40, estimate: 0, standardError: 0.01 });
    expect([zero.flags, zero.relativeStandardError, zero.reasons]).toEqual([['highRse'], null, ['relative standard error undefined (an estimate of 0): unreliable.']]);
  });
  it('takes a given estimate and standard error before a denominator, and |estimate| for a negative one', () => {
    // RSE = SE / |estimate| (NCHS): 0.05 / 0.25 = 0.2 and 0.1 / |−0.5| = 0.2
    const given = reliabilityFlags({ events: 25, denominator: 100, estimate: 0.25, standardError: 0.05 });
    expect([given.rseMethod, given.flags, given.reasons]).toEqual(['given', [], []]);
    expect(given.relativeStandardError).toBeCloseTo(0.2, 15);
    expect(reliabilityFlags({ events: 25, estimate: -0.5, standardError: 0.1 }).relativeStandardError).toBeCloseTo(0.2, 15);
    // Poisson RSE 1/√events: 400 events give exactly 0.05
    expect(reliabilityFlags({ events: 400 }).relativeStandardError).toBe(0.05);
  });
  it('accepts events equal to the denominator (p = 1, binomial RSE 0)', () => {
    // √((1 − p) / events) = 0 at p = 1
    const all = reliabilityFlags({ events: 30, denominator: 30 });
    expect([all.rseMethod, all.relativeStandardError, all.reliable, all.flags]).toEqual(['binomial', 0, true, []]);
  });
  it('gives no binomial RSE for zero events over a denominator, and names each bad field', () => {
    // √((1 − p)/events) is undefined at 0 events: the RSE is null, not Infinity
    const none = reliabilityFlags({ events: 0, denominator: 50 });
    expect([none.rseMethod, none.relativeStandardError]).toEqual(['binomial', null]);
    expect(none.reasons[1]).toBe('relative standard error undefined (no events): unreliable.');
    expect(caught(() => reliabilityFlags({ events: 3, estimate: Number.NaN, standardError: 0.1 })).path).toBe('input.estimate');
    expect(caught(() => reliabilityFlags({ events: 3, estimate: 0.2, standardError: -0.1 })).path).toBe('input.standardError');
    expect(caught(() => reliabilityFlags({ events: 3, denominator: 7.5 })).path).toBe('input.denominator');
    expect(caught(() => reliabilityFlags({ events: 3 }, { polcy: {} } as never)).path).toBe('options.polcy');
    expect(caught(() => relativeStandardError(Number.NaN, 1)).path).toBe('estimate');
  });
  it('names the missing half of an estimate and rejects input or options that are not objects', () => {
    const noEstimate = caught(() => reliabilityFlags({ events: 12, standardError: 0.1 }));
    expect([noEstimate.code, noEstimate.path, noEstimate.message]).toEqual([
      'missing_field',
      'input.estimate',
      'reliabilityFlags: input.estimate is missing; pass estimate and standardError together, or neither.',
    ]);
    const input = caught(() => reliabilityFlags(null as never));
    expect([input.code, input.path]).toEqual(['invalid_type', 'input']);
    expect(input.message).toMatch(/^reliabilityFlags: input is .*; expected \{ events, denominator\?, estimate\?, standardError\? \}\.$/);
    const options = caught(() => reliabilityFlags({ events: 3 }, null as never));
    expect([options.code, options.path]).toEqual(['invalid_type', 'options']);
    expect(options.message).toMatch(/^reliabilityFlags: options is .*; expected an object\.$/);
    expect(caught(() => reliabilityFlags({ events: 3, denominatr: 5 } as never)).path).toBe('input.denominatr');
  });
  it('rejects input and options that are numbers, not only null (knownKeys would read a number as an object with no keys)', () => {
    const input = caught(() => reliabilityFlags(5 as never));
    expect([input.code, input.path, input.message]).toEqual([
      'invalid_type',
      'input',
      'reliabilityFlags: input is 5; expected { events, denominator?, estimate?, standardError? }.',
    ]);
    const options = caught(() => reliabilityFlags({ events: 3 }, 5 as never));
    expect([options.code, options.path, options.message]).toEqual(['invalid_type', 'options', 'reliabilityFlags: options is 5; expected an object.']);
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
