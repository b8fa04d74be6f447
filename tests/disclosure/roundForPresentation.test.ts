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
