import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { presentValue, roundForPresentation, suppressCounts } from '../../src/index.ts';
import { caught } from './helpers.ts';

describe('roundForPresentation', () => {
  it('leaves values alone under "none"', () => {
    expect(roundForPresentation(0.123456789)).toBe(0.123456789);
  });
  it('rounds half to even', () => {
    expect([0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5].map((x) => roundForPresentation(x, 'roundHalfEven'))).toEqual([0, 2, 2, 4, 0, -2, -2]);
    expect(roundForPresentation(2.4999, 'roundHalfEven')).toBe(2);
  });
  it('decides ties on the decimal as written (2.675 → 2.68, although it is stored as 2.67499…)', () => {
    expect(roundForPresentation(2.675, { digits: 2 })).toBe(2.68);
    expect(roundForPresentation(2.665, { digits: 2 })).toBe(2.66);
    expect(roundForPresentation(1.005, { digits: 2, ties: 'halfAwayFromZero' })).toBe(1.01);
    expect(roundForPresentation(-1.005, { digits: 2, ties: 'halfAwayFromZero' })).toBe(-1.01);
  });
  it('rounds to base 5 and 10', () => {
    expect([12, 13, 7.5, 2.5].map((x) => roundForPresentation(x, 'base5'))).toEqual([10, 15, 10, 0]);
    expect([14, 15, 25, 26].map((x) => roundForPresentation(x, 'base10'))).toEqual([10, 20, 20, 30]);
    expect(roundForPresentation(25, { base: 10, ties: 'halfAwayFromZero' })).toBe(30);
  });
  it('shows a proportion as a percentage with one decimal', () => {
    expect(roundForPresentation(0.12345, 'percent1dp')).toBe(12.3);
    expect(roundForPresentation(0.00049, 'percent1dp')).toBe(0);
    expect(roundForPresentation(0.1235, 'percent1dp')).toBe(12.4);
  });
  it('property: rounding is idempotent and moves a value by at most half a step', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constantFrom(1, 5, 10), (x, base) => {
        const once = roundForPresentation(x, { base });
        expect(roundForPresentation(once, { base })).toBe(once);
        expect(Math.abs(once - x)).toBeLessThanOrEqual(base / 2 + 1e-9 * Math.max(1, Math.abs(x)));
      }),
      { numRuns: 300 },
    );
  });
  it('applies a rule\'s scale before its digits or base, and reads the 0.1 spelling of a tie rule', () => {
    // 0.12345 × 100 = 12.345 → 12.3 (one decimal); 0.0123 × 1000 = 12.3 → nearest multiple of 5: 10
    expect(roundForPresentation(0.12345, { scale: 100, digits: 1 })).toBe(12.3);
    expect(roundForPresentation(0.0123, { scale: 1000, base: 5 })).toBe(10);
    // 2.5 is a tie: half-even gives 2, half away from zero 3 ('half-away-from-zero' is the 0.1 spelling)
    expect([roundForPresentation(2.5, {}), roundForPresentation(2.5, { ties: 'half-away-from-zero' })]).toEqual([2, 3]);
  });
  it('decides a tie within 8 ulps of ½ (inclusive), and rounds beyond it', () => {
    // q = 0.5 + 2^-49: |q − floor(q) − ½| = 2^-49 = 8ε · max(1, |q|), the slack itself → a tie, half-even → 0.
    expect(roundForPresentation(0.5 + 2 ** -49, 'roundHalfEven')).toBe(0);
    // q = 0.5 + 2^-48: twice the slack → not a tie, above ½ → 1.
    expect(roundForPresentation(0.5 + 2 ** -48, 'roundHalfEven')).toBe(1);
  });
  it('leaves a value whose spacing is coarser than the rule as it is', () => {
    // From 2^53 on every double is a whole number: 12 decimals change nothing (on either side of the bound).
    expect(roundForPresentation(2 ** 53, { digits: 12 })).toBe(2 ** 53);
    expect(roundForPresentation(-(2 ** 60), { digits: 12 })).toBe(-(2 ** 60));
    expect(roundForPresentation(2 ** 53 - 1, { digits: 3 })).toBe(2 ** 53 - 1);
    // A base so fine that value ÷ base overflows (1 ÷ 1e-310 > 1.8e308): the value as it is, not Infinity.
    expect(roundForPresentation(1, { base: 1e-310 })).toBe(1);
    expect(roundForPresentation(-2.5, { base: 1e-310 })).toBe(-2.5);
  });
  it('rejects a policy that is neither a name nor a rule, and a tie rule it does not know, in full', () => {
    const expected = (shown: string): string => `roundForPresentation: policy is ${shown}; expected a rounding policy name or a rule { scale, digits, base, ties }.`;
    for (const [policy, shown] of [[null, 'null'], [5, '5'], [[], 'an array of length 0']] as const) {
      const error = caught(() => roundForPresentation(1, policy as never));
      expect([error.code, error.path, error.message]).toEqual(['invalid_type', 'policy', expected(shown)]);
    }
    const name = caught(() => roundForPresentation(1, 'half-up' as never));
    expect(name.message).toBe(
      'roundForPresentation: policy is "half-up"; expected one of "none", "roundHalfEven", "base5", "base10", "percent1dp" or a rule { scale, digits, base, ties }.',
    );
    const ties = caught(() => roundForPresentation(1, { ties: 'up' as never }));
    expect([ties.code, ties.path, ties.message]).toEqual(['invalid_value', 'policy.ties', 'roundForPresentation: policy.ties is "up"; expected "halfEven" or "halfAwayFromZero".']);
    const scale = caught(() => roundForPresentation(1, { scale: 0 }));
    expect([scale.code, scale.path]).toEqual(['out_of_range', 'policy.scale']);
    const key = caught(() => roundForPresentation(1, { digit: 1 } as never));
    expect([key.code, key.path]).toEqual(['unknown_key', 'policy.digit']);
  });
  it('keeps decimals 0–12, leaves a value too large for its decimals as it is, and never returns −0', () => {
    const digits = [13, -1].map((d) => caught(() => roundForPresentation(1, { digits: d })));
    expect(digits.map((e) => [e.code, e.path, e.message])).toEqual([
      ['out_of_range', 'policy.digits', 'roundForPresentation: policy.digits is 13; expected a whole number ≤ 12.'],
      ['out_of_range', 'policy.digits', 'roundForPresentation: policy.digits is -1; expected a whole number ≥ 0.'],
    ]);
    // 1e300 × 10^12 would overflow to Infinity: from 2^53 on a value has no decimals to round, so it comes back as is.
    expect(roundForPresentation(1e300, { digits: 12 })).toBe(1e300);
    // −0 (or a negative value rounded to zero) is shown as 0, not "-0" (toBe compares with Object.is).
    expect(roundForPresentation(-0, { digits: 2 })).toBe(0);
  });
  it('says which product overflows and how to present the value instead', () => {
    const error = caught(() => roundForPresentation(1e300, { scale: 1e10 }));
    expect([error.code, error.path, error.message]).toEqual([
      'out_of_range',
      'value',
      'roundForPresentation: value × 10000000000 exceeds 1.8e308, the largest number JavaScript can hold; present this value without the scale (it is far beyond any rate or count).',
    ]);
  });
  it('rejects bad values and policies', () => {
    const nan = caught(() => roundForPresentation(Number.NaN, 'none'));
    expect([nan.code, nan.path]).toEqual(['not_finite', 'value']);
    const name = caught(() => roundForPresentation(1, 'half-up' as never));
    expect([name.code, name.path]).toEqual(['invalid_value', 'policy']);
    expect(name.message).toMatch(/^roundForPresentation: policy is "half-up"; expected one of "none"/);
    const base = caught(() => roundForPresentation(1, { base: 0 }));
    expect([base.code, base.path]).toEqual(['out_of_range', 'policy.base']);
    const digits = caught(() => roundForPresentation(1, { digits: 1.5 }));
    expect([digits.code, digits.path]).toEqual(['not_integer', 'policy.digits']);
    const key = caught(() => roundForPresentation(1, { digit: 1 } as never));
    expect(key.hint).toBe('did you mean "digits"?');
  });
});

describe('presentValue', () => {
  it('prints withheld values with one symbol whatever the reason', () => {
    const table = suppressCounts([40, 7, 25, 60]);
    expect(table.counts.map((c) => presentValue(c))).toEqual(['40', '*', '*', '60']);
    expect(presentValue(table.counts[1]!, { suppressed: '‡' })).toBe('‡');
  });
  it('rounds only what is published, keeping decimals of decimal policies', () => {
    expect(presentValue({ value: 1234, suppressed: false, reason: null }, { rounding: 'base10' })).toBe('1230');
    expect(presentValue(0.12, { rounding: 'percent1dp' })).toBe('12.0');
    expect(presentValue(3.14159, { rounding: { digits: 3 } })).toBe('3.142');
    expect(presentValue(7, { rounding: { base: 0.5 } })).toBe('7.0');
  });
  it('prints undefined values with a dash', () => {
    expect(presentValue(null)).toBe('—');
    expect(presentValue(null, { missing: 'n/a' })).toBe('n/a');
  });
  it('prints an unrounded published value as JavaScript prints the number, and a published null as missing', () => {
    // rounding 'none' (the default) keeps every digit: String(0.1 + 0.2) in ECMAScript is "0.30000000000000004"
    expect(presentValue(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(presentValue({ value: 26, suppressed: false, reason: null })).toBe('26');
    expect(presentValue({ value: null, suppressed: false, reason: null })).toBe('—');
    expect(presentValue({ value: null, suppressed: true, reason: 'primary' }, { missing: 'n/a' })).toBe('*');
  });
  it('names a bad option by its path', () => {
    expect(caught(() => presentValue(1, { roundng: 'base10' } as never)).path).toBe('options.roundng');
    expect(caught(() => presentValue(1, { rounding: 'base7' as never })).path).toBe('options.rounding');
  });
  it('names the bad value or option and what it expects', () => {
    const object = caught(() => presentValue({ value: 3 } as never));
    expect([object.code, object.path]).toEqual(['invalid_type', 'value']);
    expect(object.message).toMatch(/^presentValue: value is .*; expected a number, null or a disclosed count \{ value, suppressed, reason \}\.$/);
    const inner = caught(() => presentValue({ value: '3', suppressed: false, reason: null } as never));
    expect([inner.code, inner.path]).toEqual(['invalid_type', 'value']);
    expect(inner.message).toMatch(/^presentValue: value is .*; expected a finite number\.$/);
    const nan = caught(() => presentValue(Number.NaN));
    expect([nan.code, nan.path]).toEqual(['not_finite', 'value']);
    expect(nan.message).toMatch(/^presentValue: value is .*; expected a finite number\.$/);
    const options = caught(() => presentValue(1, null as never));
    expect([options.code, options.path]).toEqual(['invalid_type', 'options']);
    expect(options.message).toMatch(/^presentValue: options is .*; expected an object\.$/);
  });
  it('shows as many decimals as the rounding base has, also when JavaScript writes the base with an exponent', () => {
    // 0.123 ÷ 0.05 = 2.46 → 2 → 0.10 (two decimals, as 0.05)
    expect(presentValue(0.123, { rounding: { base: 0.05 } })).toBe('0.10');
    // String(1e-7) is "1e-7": seven decimals. 0.12345678 ÷ 1e-7 = 1234567.8 → 1234568 → 0.1234568
    expect(presentValue(0.12345678, { rounding: { base: 1e-7 } })).toBe('0.1234568');
    // "2.5e-8": 1 + 8 = 9 decimals. 0.123456789 ÷ 2.5e-8 = 4938271.56 → 4938272 → 0.1234568
    expect(presentValue(0.123456789, { rounding: { base: 2.5e-8 } })).toBe('0.123456800');
    // "1e+21": no decimals (toFixed writes 3e21 with an exponent)
    expect(presentValue(3.4e21, { rounding: { base: 1e21 } })).toBe('3e+21');
    // 1e-101 would need 101 decimals; toFixed shows at most 100
    expect(presentValue(1, { rounding: { base: 1e-101 } })).toBe(`1.${'0'.repeat(100)}`);
    expect(presentValue(5, { rounding: 'base5' })).toBe('5');
  });
  it('rejects options that are a number, and names a value that is not a finite number in full', () => {
    // knownKeys alone would read 5 as an options bag with no keys
    const options = caught(() => presentValue(1, 5 as never));
    expect([options.code, options.path, options.message]).toEqual(['invalid_type', 'options', 'presentValue: options is 5; expected an object.']);
    const inner = caught(() => presentValue({ value: '3', suppressed: false, reason: null } as never));
    expect(inner.message).toBe('presentValue: value is "3"; expected a finite number.');
    const infinite = caught(() => presentValue({ value: Number.NEGATIVE_INFINITY, suppressed: false, reason: null }));
    expect([infinite.code, infinite.path, infinite.message]).toEqual(['not_finite', 'value', 'presentValue: value is -Infinity; expected a finite number.']);
  });
  it('rejects what is not a value', () => {
    const error = caught(() => presentValue('12' as never));
    expect([error.code, error.path]).toEqual(['invalid_type', 'value']);
    expect(caught(() => presentValue(Number.POSITIVE_INFINITY)).code).toBe('not_finite');
  });
});
