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
