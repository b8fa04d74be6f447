// Exact rate comparison behind compareGroups' four-fifths flag and ratio band (src/disparity/internal/rational.ts).
// Expected signs are worked out by hand in integers below each call.
import { describe, expect, it } from 'vitest';
import { compareScaledRates, decimalFraction } from '../../src/disparity/internal/rational.ts';

describe('decimalFraction', () => {
  it('writes a short decimal as an unreduced fraction over a power of ten, up to 15 places', () => {
    expect(decimalFraction(1)).toEqual({ numerator: 1n, denominator: 1n });
    expect(decimalFraction(0.8)).toEqual({ numerator: 8n, denominator: 10n });
    expect(decimalFraction(0.75)).toEqual({ numerator: 75n, denominator: 100n });
    expect(decimalFraction(1e-15)).toEqual({ numerator: 1n, denominator: 10n ** 15n });
    expect(decimalFraction(1 / 3)).toBeNull();
    expect(decimalFraction(1e-16)).toBeNull();
  });
});

describe('compareScaledRates', () => {
  it('is exact in BigInt for integer counts and a decimal multiplier other than 1 and 0.8', () => {
    // 4·1·75 = 300 vs 3·1·100 = 300: equal; against 2: 300 > 200
    expect(compareScaledRates(4, 1, 0.75, 3, 1)).toBe(0);
    expect(compareScaledRates(4, 1, 0.75, 2, 1)).toBe(1);
    // 4e14·0.75 = 3e14 vs 3e14 + 1: 3.0e16 < 3.0e16 + 100, a relative gap of 3e-15 that doubles would call equal
    expect(compareScaledRates(4e14, 1, 0.75, 3e14 + 1, 1)).toBe(-1);
  });

  it('falls back to BigInt when an integer product passes 2^53', () => {
    // (2^53 − 1)/4 = 2^51 − 1/4 > (3·2^51 − 1)/3 = 2^51 − 1/3; in doubles a·d = 3·2^53 − 3 rounds to 3·2^53 − 4 = c·b
    expect(compareScaledRates(2 ** 53 - 1, 4, 1, 3 * 2 ** 51 - 1, 3)).toBe(1);
    // the four-fifths case of the module comment: 4/10 × 4/5 = 16/50 exactly
    expect(compareScaledRates(4, 10, 0.8, 16, 50)).toBe(0);
  });

  it('compares in doubles with a relative tolerance of 1e-12 when a count is not an integer or the multiplier not a short decimal', () => {
    // 0.5/1 vs 1e15/2000000000000002 = 0.4999999999999995: within 1e-12, although 0.5·2000000000000002 = 1e15 + 1 exactly
    expect(compareScaledRates(0.5, 1, 1, 1e15, 2000000000000002)).toBe(0);
    expect(compareScaledRates(0.1 + 0.2, 1, 1, 0.3, 1)).toBe(0);
    expect(compareScaledRates(0.5, 1, 1, 0.5, 1)).toBe(0);
    // two zero rates over weighted (non-integer) denominators: |0 − 0| ≤ 1e-12·0
    expect(compareScaledRates(0, 1.5, 1, 0, 2.5)).toBe(0);
    expect(compareScaledRates(0.5, 1, 1, 0.6, 1)).toBe(-1);
    expect(compareScaledRates(0.7, 1, 1, 0.6, 1)).toBe(1);
    // 1·(1/3) vs 1/3, and 1·(1/3) vs 1/4
    expect(compareScaledRates(1, 1, 1 / 3, 1, 3)).toBe(0);
    expect(compareScaledRates(1, 1, 1 / 3, 1, 4)).toBe(1);
  });
});
