import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annualizeIncome, type PayFrequency } from '../../src/eligibility/index.ts';
import { caught } from './helpers.ts';

describe('annualizeIncome', () => {
  it('uses the USDA factors: weekly × 52, biweekly × 26, semimonthly × 24, monthly × 12, annual × 1', () => {
    expect(annualizeIncome(100, 'weekly')).toBe(5200);
    expect(annualizeIncome(100, 'biweekly')).toBe(2600);
    expect(annualizeIncome(100, 'semimonthly')).toBe(2400);
    expect(annualizeIncome(100, 'monthly')).toBe(1200);
    expect(annualizeIncome(100, 'annual')).toBe(100);
  });
  it('does not round: cents survive the conversion', () => {
    expect(annualizeIncome(1234.56, 'monthly')).toBeCloseTo(14814.72, 9);
    expect(annualizeIncome(0.5, 'weekly')).toBe(26);
  });
  it('is linear in the amount (property)', () => {
    const frequencies: PayFrequency[] = ['weekly', 'biweekly', 'semimonthly', 'monthly', 'annual'];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 1_000_000 }), fc.constantFrom(...frequencies), (a, b, f) => {
        expect(annualizeIncome(a + b, f)).toBe(annualizeIncome(a, f) + annualizeIncome(b, f));
      }),
      { numRuns: 100 },
    );
  });
  it('bad input: negative or non-finite amount, unknown frequency (with a nearest-name hint)', () => {
    const negative = caught(() => annualizeIncome(-10, 'monthly'));
    expect([negative.code, negative.path, negative.message]).toEqual(['out_of_range', 'amount', 'annualizeIncome: amount is -10; expected a number ≥ 0.']);
    const nan = caught(() => annualizeIncome(Number.NaN, 'monthly'));
    expect([nan.code, nan.path, nan.message]).toEqual(['not_finite', 'amount', 'annualizeIncome: amount is NaN; expected a finite number.']);
    const frequency = caught(() => annualizeIncome(10, 'fortnightly' as PayFrequency));
    expect([frequency.code, frequency.path]).toEqual(['invalid_value', 'frequency']);
    expect(frequency.message).toBe(
      'annualizeIncome: frequency is "fortnightly"; use one of weekly, biweekly, semimonthly, monthly, annual (every two weeks is "biweekly", twice a month "semimonthly").',
    );
    expect(caught(() => annualizeIncome(10, 'montly' as PayFrequency)).hint).toBe('did you mean "monthly"?');
  });
});
