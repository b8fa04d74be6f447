import { describe, expect, it } from 'vitest';
import { acsProduct } from '../../src/uncertainty/acsProduct.ts';
import { acsProportion } from '../../src/uncertainty/acsProportion.ts';
import { acsRatio } from '../../src/uncertainty/acsRatio.ts';
import { acsSignificance } from '../../src/uncertainty/acsSignificance.ts';
import { acsSum } from '../../src/uncertainty/acsSum.ts';
import { caught } from '../disparity/caught.ts';

describe('acsSum', () => {
  it('reproduces the SEDT technical appendix city MOE √(10² + 5²) = 11.18 and its SE', () => {
    const total = acsSum([{ estimate: 20, moe: 10 }, { estimate: 25, moe: 5 }]);
    expect(total.estimate).toBe(45);
    expect(total.moe).toBeCloseTo(11.18, 2);
    expect(total.moe).toBeCloseTo(Math.sqrt(125), 12);
    expect(total.standardError).toBeCloseTo(Math.sqrt(125) / 1.645, 12);
    expect(total.coefficientOfVariation).toBeCloseTo(Math.sqrt(125) / 1.645 / 45, 12);
  });

  it('applies the zero-estimate rule: the largest zero MOE once (Census 2016 MOE slides, slide 26)', () => {
    const parts = [
      { estimate: 10, moe: 4 },
      { estimate: 0, moe: 11 },
      { estimate: 0, moe: 11 },
      { estimate: 0, moe: 14 },
    ];
    expect(acsSum(parts).moe).toBeCloseTo(Math.sqrt(16 + 196), 12);
    expect(acsSum(parts).warnings[0]).toMatch(/3 components have estimate 0/);
    expect(acsSum(parts, { zeroEstimates: 'distinct' }).moe).toBeCloseTo(Math.sqrt(16 + 121 + 196), 12);
    expect(acsSum(parts, { zeroEstimates: 'all' }).moe).toBeCloseTo(Math.sqrt(16 + 121 + 121 + 196), 12);
  });

  it('rejects bad input', () => {
    const empty = caught(() => acsSum([]));
    expect([empty.code, empty.path]).toEqual(['empty', 'components']);
    const negative = caught(() => acsSum([{ estimate: 1, moe: -2 }]));
    expect([negative.code, negative.path]).toEqual(['out_of_range', 'components[0].moe']);
    expect(negative.message).toMatch(/^acsSum: components\[0\].moe is -2/);
    const rule = caught(() => acsSum([{ estimate: 1, moe: 2 }], { zeroEstimates: 'max' as 'all' }));
    expect([rule.code, rule.path]).toEqual(['invalid_value', 'options.zeroEstimates']);
  });

  it('shows the value that is not an array or not an { estimate, moe } pair, not its type (issue 12)', () => {
    expect(caught(() => acsSum(5 as never)).message).toBe('acsSum: components is 5; expected an array of { estimate, moe }.');
    expect(caught(() => acsSum({ estimate: 1, moe: 2 } as never)).message).toBe('acsSum: components is an object; expected an array of { estimate, moe }.');
    expect(caught(() => acsSum([true as never])).message).toBe('acsSum: components[0] is true; expected { estimate, moe }.');
    expect(caught(() => acsSum([null as never])).message).toBe('acsSum: components[0] is null; expected { estimate, moe }.');
  });
});

describe('acsProportion', () => {
  it('reproduces the ACS handbook (2018, ch. 8) never-married example: p 0.3222, MOE 0.0080', () => {
    const share = acsProportion({ estimate: 203119, moe: 5070 }, { estimate: 630498, moe: 831 });
    expect(share.estimate).toBeCloseTo(0.3222, 4);
    expect(share.moe).toBeCloseTo(0.008, 4);
    const p = 203119 / 630498;
    expect(share.moe).toBeCloseTo(Math.sqrt(5070 ** 2 - p * p * 831 ** 2) / 630498, 15);
    expect(share.method).toBe('proportion');
  });

  it('falls back to the ratio formula when the radicand is negative', () => {
    const share = acsProportion({ estimate: 90, moe: 5 }, { estimate: 100, moe: 20 });
    expect(share.method).toBe('ratioFallback');
    expect(share.moe).toBeCloseTo(Math.sqrt(25 + 0.81 * 400) / 100, 15);
    expect(share.warnings[0]).toMatch(/ratio formula/);
  });

  it('warns when the radicand is exactly 0 and returns null for a zero denominator', () => {
    const exact = acsProportion({ estimate: 50, moe: 5 }, { estimate: 100, moe: 10 });
    expect(exact.moe).toBe(0);
    expect(exact.warnings[0]).toMatch(/variance replicates/);
    const none = acsProportion({ estimate: 0, moe: 5 }, { estimate: 0, moe: 10 });
    expect(none.estimate).toBeNull();
    expect(none.reason).toMatch(/denominator estimate is 0/);
  });

  it('rejects a numerator larger than the denominator', () => {
    const error = caught(() => acsProportion({ estimate: 5, moe: 1 }, { estimate: 4, moe: 1 }));
    expect([error.code, error.path]).toEqual(['out_of_range', 'numerator.estimate']);
    expect(error.message).toMatch(/^acsProportion: .*use acsRatio/);
  });
});

describe('acsRatio and acsProduct', () => {
  it('follow the handbook formulas', () => {
    const r = acsRatio({ estimate: 300, moe: 40 }, { estimate: 200, moe: 30 });
    expect(r.estimate).toBe(1.5);
    expect(r.moe).toBeCloseTo(Math.sqrt(1600 + 2.25 * 900) / 200, 15);
    expect(acsRatio({ estimate: 3, moe: 1 }, { estimate: 0, moe: 1 }).reason).toMatch(/undefined/);
    const product = acsProduct({ estimate: 4000, moe: 300 }, { estimate: 0.25, moe: 0.03 });
    expect(product.estimate).toBe(1000);
    expect(product.moe).toBeCloseTo(Math.sqrt(4000 ** 2 * 0.03 ** 2 + 0.25 ** 2 * 300 ** 2), 12);
    const bad = caught(() => acsProduct({ estimate: Number.NaN, moe: 1 }, { estimate: 1, moe: 1 }));
    expect([bad.code, bad.path]).toEqual(['not_finite', 'a.estimate']);
  });
});

describe('acsSignificance', () => {
  it('reproduces the SEDT appendix demographic test (ACS ch. 7 formula 3) with unrounded SEs: z ≈ 2.373', () => {
    // Data-implied share 0.365 with SE 0.02159 (from tract MOEs); city-wide 20/45 with SE from acsProportion.
    const seData = Math.sqrt((0.3 * 0.02) ** 2 + (0.7 * 0.05) ** 2) / 1.645;
    const whites = acsSum([{ estimate: 15, moe: 3.5 }, { estimate: 5, moe: 1.5 }]);
    const people = acsSum([{ estimate: 20, moe: 5.5 }, { estimate: 25, moe: 5 }]);
    const city = acsProportion({ estimate: 20, moe: whites.moe as number }, { estimate: 45, moe: people.moe as number });
    const test = acsSignificance({ estimate: 0.365, moe: seData * 1.645 }, { estimate: city.estimate as number, moe: city.moe as number }, { criticalValue: 1.96 });
    expect(Math.abs(test.z as number)).toBeCloseTo(2.373, 3);
    expect(test.significant).toBe(true);
  });

  it('treats exact values (MOE 0) as exact and rejects a bad critical value', () => {
    expect(acsSignificance({ estimate: 1, moe: 0 }, { estimate: 2, moe: 0 })).toMatchObject({ z: null, significant: true });
    const error = caught(() => acsSignificance({ estimate: 1, moe: 1 }, { estimate: 2, moe: 1 }, { criticalValue: 0 }));
    expect([error.code, error.path]).toEqual(['out_of_range', 'options.criticalValue']);
  });
});

describe('ACS results in full (hand-derived from the handbook formulas, Understanding and Using ACS Data 2018, ch. 8)', () => {
  it('acsSum: SE = MOE / 1.645, CV null at a zero estimate, no warning for a single zero estimate', () => {
    // √(4² + 11²) = √137; a single zero component is no collapse of several, so no warning.
    const one = acsSum([{ estimate: 10, moe: 4 }, { estimate: 0, moe: 11 }]);
    expect(one).toEqual({ estimate: 10, moe: Math.sqrt(137), standardError: Math.sqrt(137) / 1.645, coefficientOfVariation: Math.sqrt(137) / 1.645 / 10, method: 'sum', warnings: [] });
    expect(acsSum([{ estimate: 0, moe: 5 }])).toEqual({ estimate: 0, moe: 5, standardError: 5 / 1.645, coefficientOfVariation: null, method: 'sum', warnings: [] });
    const parts = [{ estimate: 0, moe: 11 }, { estimate: 0, moe: 14 }];
    expect(acsSum(parts).warnings).toEqual(['2 components have estimate 0; only the largest of their MOEs was counted']);
    expect(acsSum(parts, { zeroEstimates: 'distinct' }).warnings).toEqual(['2 components have estimate 0; each distinct MOE among them was counted once']);
    expect(acsSum(parts, { zeroEstimates: 'all' }).warnings).toEqual([]);
  });

  it('acsSum: MOEs near 1.8e308 are rescaled before squaring; sums beyond it are refused with the fix', () => {
    // √(2·(1e308)²) = √2·1e308 = 1.4142135623730951e308 (finite, although 1e308² is not).
    expect(acsSum([{ estimate: 1, moe: 1e308 }, { estimate: 2, moe: 1e308 }]).moe).toBe(1.4142135623730951e308);
    const bigSum = caught(() => acsSum([{ estimate: 1e308, moe: 1 }, { estimate: 1e308, moe: 1 }]));
    expect([bigSum.code, bigSum.path, bigSum.message]).toEqual([
      'out_of_range',
      'components',
      'acsSum: the sum of the estimates exceeds 1.8e308, the largest number JavaScript can hold; express the estimates in a larger unit (thousands, millions).',
    ]);
    const bigMoe = caught(() => acsSum([{ estimate: 1, moe: 1.5e308 }, { estimate: 2, moe: 1.5e308 }]));
    expect([bigMoe.code, bigMoe.path, bigMoe.message]).toEqual([
      'out_of_range',
      'components',
      'acsSum: the margin of error of the sum exceeds 1.8e308, the largest number JavaScript can hold; express the estimates in a larger unit (thousands, millions).',
    ]);
  });

  it('acsSum: messages for a bad option, an empty list and a negative or non-object component', () => {
    const rule = caught(() => acsSum([{ estimate: 1, moe: 2 }], { zeroEstimates: 'max' as 'all' }));
    expect(rule.message).toBe(`acsSum: options.zeroEstimates is "max"; use 'largest', 'distinct' or 'all'.`);
    const key = caught(() => acsSum([{ estimate: 1, moe: 2 }], { zeroEstimate: 'all' } as never));
    expect([key.code, key.path]).toEqual(['unknown_key', 'options.zeroEstimate']);
    expect(caught(() => acsSum([])).message).toBe('acsSum: components is empty; pass at least one { estimate, moe }.');
    const notArray = caught(() => acsSum(5 as never));
    expect([notArray.code, notArray.path]).toEqual(['invalid_type', 'components']);
    const negative = caught(() => acsSum([{ estimate: -1, moe: 2 }]));
    expect([negative.code, negative.path, negative.message]).toEqual(['out_of_range', 'components[0].estimate', 'acsSum: components[0].estimate is -1; expected a number ≥ 0.']);
    const number = caught(() => acsSum([5 as never]));
    expect([number.code, number.path, number.message]).toEqual(['invalid_type', 'components[0]', 'acsSum: components[0] is 5; expected { estimate, moe }.']);
  });

  it('acsRatio, acsProduct and acsProportion return every field, and name the bad argument', () => {
    // Ratio: √(40² + 1.5²·30²)/200 = √3625/200. Product: √(4000²·0.03² + 0.25²·300²) = √20025.
    const moeRatio = Math.sqrt(3625) / 200;
    expect(acsRatio({ estimate: 300, moe: 40 }, { estimate: 200, moe: 30 })).toEqual({
      estimate: 1.5,
      moe: expect.closeTo(moeRatio, 15),
      standardError: expect.closeTo(moeRatio / 1.645, 15),
      coefficientOfVariation: expect.closeTo(moeRatio / 1.645 / 1.5, 15),
      method: 'ratio',
      warnings: [],
    });
    const undefinedRatio = { estimate: null, moe: null, standardError: null, coefficientOfVariation: null, warnings: [] };
    expect(acsRatio({ estimate: 3, moe: 1 }, { estimate: 0, moe: 1 })).toEqual({ ...undefinedRatio, method: 'ratio', reason: 'denominator estimate is 0: the ratio is undefined' });
    expect(acsProportion({ estimate: 0, moe: 5 }, { estimate: 0, moe: 10 })).toEqual({ ...undefinedRatio, method: 'proportion', reason: 'denominator estimate is 0: the proportion is undefined' });
    const moeProduct = Math.sqrt(20025);
    expect(acsProduct({ estimate: 4000, moe: 300 }, { estimate: 0.25, moe: 0.03 })).toEqual({
      estimate: 1000,
      moe: expect.closeTo(moeProduct, 12),
      standardError: expect.closeTo(moeProduct / 1.645, 12),
      coefficientOfVariation: expect.closeTo(moeProduct / 1.645 / 1000, 15),
      method: 'product',
      warnings: [],
    });
    // Handbook never-married example: p = 203119/630498, MOE = √(5070² − p²·831²)/630498.
    const p = 203119 / 630498;
    const moeShare = Math.sqrt(5070 ** 2 - p * p * 831 ** 2) / 630498;
    expect(acsProportion({ estimate: 203119, moe: 5070 }, { estimate: 630498, moe: 831 })).toEqual({
      estimate: p,
      moe: expect.closeTo(moeShare, 15),
      standardError: expect.closeTo(moeShare / 1.645, 15),
      coefficientOfVariation: expect.closeTo(moeShare / 1.645 / p, 15),
      method: 'proportion',
      warnings: [],
    });
    const errors = [
      [caught(() => acsRatio({ estimate: -3, moe: 1 }, { estimate: 1, moe: 1 })), 'numerator.estimate', 'acsRatio: numerator.estimate is -3; expected a number ≥ 0.'],
      [caught(() => acsRatio({ estimate: 3, moe: 1 }, { estimate: 1, moe: -1 })), 'denominator.moe', 'acsRatio: denominator.moe is -1; expected a number ≥ 0.'],
      [caught(() => acsProduct({ estimate: 4000, moe: 300 }, { estimate: -0.25, moe: 0.03 })), 'b.estimate', 'acsProduct: b.estimate is -0.25; expected a number ≥ 0.'],
      [caught(() => acsProportion({ estimate: 1, moe: -5 }, { estimate: 2, moe: 10 })), 'numerator.moe', 'acsProportion: numerator.moe is -5; expected a number ≥ 0.'],
      [caught(() => acsProportion({ estimate: 1, moe: 5 }, { estimate: 2, moe: -10 })), 'denominator.moe', 'acsProportion: denominator.moe is -10; expected a number ≥ 0.'],
    ] as const;
    for (const [error, path, message] of errors) expect([error.code, error.path, error.message]).toEqual(['out_of_range', path, message]);
  });

  it('acsSignificance: negative estimates allowed, MOE √(MOE₁² + MOE₂²), |z| equal to the critical value is not significant', () => {
    // (−5 ± 3) − (3 ± 4): difference −8, MOE 5, SE 5/1.645, z = −8·1.645/5 = −2.632.
    expect(acsSignificance({ estimate: -5, moe: 3 }, { estimate: 3, moe: 4 })).toEqual({
      difference: -8,
      moe: 5,
      standardError: expect.closeTo(5 / 1.645, 15),
      z: expect.closeTo(-2.632, 14),
      criticalValue: 1.645,
      significant: true,
    });
    // MOE 1.645 gives SE exactly 1, so z = 1.645: on the critical value, not beyond it.
    expect(acsSignificance({ estimate: 1, moe: 3 }, { estimate: -3, moe: 4 })).toMatchObject({ difference: 4, moe: 5 });
    expect(acsSignificance({ estimate: 1.645, moe: 1.645 }, { estimate: 0, moe: 0 })).toMatchObject({ standardError: 1, z: 1.645, significant: false });
    expect(acsSignificance({ estimate: 1, moe: 1.645 }, { estimate: 0, moe: 0 })).toMatchObject({ z: 1, significant: false });
    expect(acsSignificance({ estimate: 2, moe: 0 }, { estimate: 2, moe: 0 })).toEqual({
      difference: 0,
      moe: 0,
      standardError: 0,
      z: null,
      criticalValue: 1.645,
      significant: false,
      reason: 'both margins of error are 0: the estimates are treated as exact',
    });
    expect(acsSignificance({ estimate: 1, moe: 1 }, { estimate: 2, moe: 1 }, { criticalValue: 10 }).criticalValue).toBe(10);
    expect(acsSignificance({ estimate: 1, moe: 1 }, { estimate: 2, moe: 1 }, { criticalValue: 1.96 }).criticalValue).toBe(1.96);
  });

  it('acsSignificance: names the bad argument', () => {
    const errors = [
      [caught(() => acsSignificance({ estimate: Number.NaN, moe: 1 }, { estimate: 1, moe: 1 })), 'not_finite', 'a.estimate', 'acsSignificance: a.estimate is NaN; expected a finite number.'],
      [caught(() => acsSignificance({ estimate: 1, moe: 1 }, { estimate: Number.NaN, moe: 1 })), 'not_finite', 'b.estimate', 'acsSignificance: b.estimate is NaN; expected a finite number.'],
      [caught(() => acsSignificance({ estimate: 1, moe: 1 }, { estimate: 1, moe: -1 })), 'out_of_range', 'b.moe', 'acsSignificance: b.moe is -1; expected a number ≥ 0.'],
      [
        caught(() => acsSignificance({ estimate: 1, moe: 1 }, { estimate: 1, moe: 1 }, { criticalValue: 10.5 })),
        'out_of_range',
        'options.criticalValue',
        'acsSignificance: options.criticalValue is 10.5; pass a z value such as 1.645 (90 %) or 1.96 (95 %).',
      ],
      [
        caught(() => acsSignificance({ estimate: 1, moe: 1 }, { estimate: 1, moe: 1 }, { critical: 2 } as never)),
        'unknown_key',
        'options.critical',
        'acsSignificance: options has unknown option "critical"; allowed: criticalValue.',
      ],
    ] as const;
    for (const [error, code, path, message] of errors) expect([error.code, error.path, error.message]).toEqual([code, path, message]);
  });
});
