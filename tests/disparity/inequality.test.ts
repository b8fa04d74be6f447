import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { atkinson } from '../../src/disparity/atkinson.ts';
import { concentrationIndex } from '../../src/disparity/concentrationIndex.ts';
import { dissimilarityIndex } from '../../src/disparity/dissimilarityIndex.ts';
import { generalizedEntropy } from '../../src/disparity/generalizedEntropy.ts';
import { gini } from '../../src/disparity/gini.ts';
import { palmaRatio } from '../../src/disparity/palmaRatio.ts';
import { theilL } from '../../src/disparity/theilL.ts';
import { theilT } from '../../src/disparity/theilT.ts';
import { caught } from './caught.ts';

// Grosh, Leite, Wai-Poi & Tesliuc (2022), Revisiting Targeting in Social Assistance, Table 7.3 (methodology.md §9 #5).
const GROSH = [6, 8, 11, 15, 21, 25, 30, 40, 50, 100];

function meanAbsoluteDifferenceGini(x: number[], w: number[] = x.map(() => 1)): number {
  let pairs = 0;
  let total = 0;
  let amount = 0;
  for (let i = 0; i < x.length; i++) {
    total += w[i] as number;
    amount += (w[i] as number) * (x[i] as number);
    for (let j = 0; j < x.length; j++) pairs += (w[i] as number) * (w[j] as number) * Math.abs((x[i] as number) - (x[j] as number));
  }
  return pairs / (2 * total * total * (amount / total));
}

describe('gini', () => {
  it('gives 0.4359 for the Grosh et al. (2022) ten-person economy (population formula)', () => {
    expect(gini(GROSH)).toBeCloseTo(0.4359, 4);
  });

  it('equals the pairwise mean-absolute-difference definition to 1e-12, weighted and unweighted', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.oneof(fc.constant(0), fc.double({ min: 1e-3, max: 1e4, noNaN: true })), fc.double({ min: 0.01, max: 10, noNaN: true })), { minLength: 1, maxLength: 25 }),
        (pairs) => {
          const x = pairs.map(([v]) => v);
          const w = pairs.map(([, v]) => v);
          fc.pre(x.some((v) => v > 0));
          expect(Math.abs(gini(x) - meanAbsoluteDifferenceGini(x))).toBeLessThan(1e-12);
          expect(Math.abs(gini(x, { weights: w }) - meanAbsoluteDifferenceGini(x, w))).toBeLessThan(1e-12);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("applies the n/(n − 1) correction of DescTools' default and ineq corr = TRUE", () => {
    expect(gini(GROSH, { correction: 'n-1' })).toBeCloseTo((gini(GROSH) * 10) / 9, 14);
    expect(gini([1, 0])).toBe(0.5);
    expect(gini([1, 0], { correction: 'n-1' })).toBe(1);
  });

  it('is 0 for equal values and (n − 1)/n when one unit holds everything', () => {
    expect(gini([3, 3, 3])).toBe(0);
    expect(gini([0, 0, 0, 9])).toBeCloseTo(0.75, 15);
  });

  it('rejects bad input with code, path and message', () => {
    const negative = caught(() => gini([1, -2]));
    expect([negative.code, negative.path]).toEqual(['out_of_range', 'values[1]']);
    expect(negative.message).toMatch(/^gini: values\[1\] is -2/);
    const zeros = caught(() => gini([0, 0]));
    expect([zeros.code, zeros.path]).toEqual(['invalid_value', 'values']);
    expect(zeros.message).toMatch(/^gini: every value is 0/);
    const empty = caught(() => gini([]));
    expect([empty.code, empty.path]).toEqual(['empty', 'values']);
    const length = caught(() => gini([1, 2], { weights: [1] }));
    expect([length.code, length.path]).toEqual(['length_mismatch', 'options.weights']);
    const negativeWeight = caught(() => gini([1, 2], { weights: [1, -1] }));
    expect([negativeWeight.code, negativeWeight.path]).toEqual(['out_of_range', 'options.weights[1]']);
    const zeroWeights = caught(() => gini([1, 2], { weights: [0, 0] }));
    expect([zeroWeights.code, zeroWeights.path]).toEqual(['out_of_range', 'options.weights']);
    const correction = caught(() => gini([1, 2], { correction: 'bessel' as 'none' }));
    expect([correction.code, correction.path]).toEqual(['invalid_value', 'options.correction']);
    expect(correction.message).toBe("gini: options.correction is \"bessel\"; use 'none' (population Gini) or 'n-1'.");
    const single = caught(() => gini([5], { correction: 'n-1' }));
    expect([single.code, single.path]).toEqual(['too_short', 'values']);
    expect(single.message).toBe("gini: correction 'n-1' needs at least two values (n/(n − 1) is undefined for one); pass more values or use 'none'.");
    const typo = caught(() => gini([1, 2], { weight: [1, 1] } as never));
    expect([typo.code, typo.path, typo.hint]).toEqual(['unknown_key', 'options.weight', 'did you mean "weights"?']);
    expect(typo.message).toMatch(/^gini: options has unknown option "weight"; allowed: weights, correction\./);
    const nan = caught(() => gini([1, Number.NaN]));
    expect([nan.code, nan.path]).toEqual(['not_finite', 'values[1]']);
  });
});

describe('theilT and theilL', () => {
  it('Theil T counts zeros in the mean: 0.5393 for [0,0,5,5,10,20,20,40] (stats.md §3.2; ineq gives 0.2516)', () => {
    const values = [0, 0, 5, 5, 10, 20, 20, 40];
    expect(theilT(values)).toBeCloseTo(0.5393, 4);
    const mu = 12.5;
    const closed = values.filter((x) => x > 0).reduce((s, x) => s + (x / mu) * Math.log(x / mu), 0) / 8;
    expect(Math.abs(theilT(values) - closed)).toBeLessThan(1e-12);
  });

  it('Theil T is ln n when one unit holds everything, and GE(1)', () => {
    expect(theilT([0, 0, 0, 7])).toBeCloseTo(Math.log(4), 14);
    expect(generalizedEntropy(GROSH, 1)).toBeCloseTo(theilT(GROSH), 14);
  });

  it('Theil L is the mean log deviation and GE(0)', () => {
    const mu = GROSH.reduce((s, x) => s + x, 0) / GROSH.length;
    const closed = GROSH.reduce((s, x) => s + Math.log(mu / x), 0) / GROSH.length;
    expect(Math.abs(theilL(GROSH) - closed)).toBeLessThan(1e-12);
    expect(generalizedEntropy(GROSH, 0)).toBeCloseTo(theilL(GROSH), 14);
  });

  it('Theil L throws on a zero value, but not on a zero with weight 0', () => {
    const error = caught(() => theilL([0, 2, 3]));
    expect([error.code, error.path]).toEqual(['out_of_range', 'values[0]']);
    expect(error.message).toMatch(/^theilL: values\[0\] is 0; Theil L .* infinite/);
    expect(theilL([0, 2, 3], { weights: [0, 1, 1] })).toBeCloseTo(theilL([2, 3]), 15);
  });
});

describe('generalizedEntropy', () => {
  it('GE(2) is half the squared coefficient of variation with the population SD', () => {
    const n = GROSH.length;
    const mu = GROSH.reduce((s, x) => s + x, 0) / n;
    const variance = GROSH.reduce((s, x) => s + (x - mu) ** 2, 0) / n;
    expect(Math.abs(generalizedEntropy(GROSH, 2) - variance / mu ** 2 / 2)).toBeLessThan(1e-12);
  });

  it('rejects a zero with α ≤ 0 and a non-finite α', () => {
    const error = caught(() => generalizedEntropy([0, 1], -0.5));
    expect([error.code, error.path]).toEqual(['out_of_range', 'values[0]']);
    expect(generalizedEntropy([0, 1], 0.5)).toBeGreaterThan(0);
    const alpha = caught(() => generalizedEntropy([1, 2], Number.POSITIVE_INFINITY));
    expect([alpha.code, alpha.path]).toEqual(['not_finite', 'alpha']);
  });
});

describe('atkinson', () => {
  it('matches the PySAL inequality.atkinson docstring values to 1e-12', () => {
    // pysal/inequality atkinson.py: incomes [10, 20, 30, 40, 50] → 0.06315339222708616 (ε 0.5), 0.1316096384342157 (ε 1)
    expect(Math.abs(atkinson([10, 20, 30, 40, 50], 0.5) - 0.06315339222708616)).toBeLessThan(1e-12);
    expect(Math.abs(atkinson([10, 20, 30, 40, 50], 1) - 0.1316096384342157)).toBeLessThan(1e-12);
  });

  it('is 0 at ε = 0, equals 1 − harmonic/arithmetic mean at ε = 2, and 1 with a zero at ε ≥ 1 (R ineq)', () => {
    expect(atkinson(GROSH, 0)).toBe(0);
    const mean = GROSH.reduce((s, x) => s + x, 0) / GROSH.length;
    const harmonic = GROSH.length / GROSH.reduce((s, x) => s + 1 / x, 0);
    expect(Math.abs(atkinson(GROSH, 2) - (1 - harmonic / mean))).toBeLessThan(1e-12);
    expect(atkinson([0, 3, 4], 1)).toBe(1);
    expect(atkinson([0, 3, 4], 2)).toBe(1);
    expect(atkinson([0, 3, 4], 0.5)).toBeLessThan(1);
  });

  it('rejects a negative or non-finite ε', () => {
    const error = caught(() => atkinson([1, 2], -1));
    expect([error.code, error.path]).toEqual(['out_of_range', 'epsilon']);
    expect(error.message).toMatch(/^atkinson: epsilon is -1/);
  });
});

describe('palmaRatio', () => {
  it('reproduces the stats.md §3.3 values: 0.833 (Lorenz) vs 1.667 (count) for 10…50, 0.25 for equal values', () => {
    const lorenz = palmaRatio([10, 20, 30, 40, 50]);
    expect(lorenz.value).toBeCloseTo(25 / 30, 12);
    expect(lorenz.bottom40Share).toBeCloseTo(0.2, 12);
    expect(lorenz.top10Share).toBeCloseTo(25 / 150, 12);
    expect(palmaRatio([10, 20, 30, 40, 50], { method: 'count' }).value).toBeCloseTo(50 / 30, 12);
    expect(palmaRatio([7, 7, 7, 7]).value).toBeCloseTo(0.25, 12);
    expect(palmaRatio([7, 7, 7, 7], { method: 'count' }).value).toBeCloseTo(1, 12);
  });

  it('returns null with a reason when the bottom 40 % hold nothing', () => {
    const result = palmaRatio([0, 0, 0, 0, 0, 1]);
    expect(result.value).toBeNull();
    expect(result.reason).toMatch(/bottom 40 %/);
  });

  it('rejects weights with the count method and an unknown method', () => {
    const weighted = caught(() => palmaRatio([1, 2, 3], { method: 'count', weights: [1, 1, 1] }));
    expect([weighted.code, weighted.path]).toEqual(['invalid_value', 'options.weights']);
    const method = caught(() => palmaRatio([1, 2, 3], { method: 'means' as 'count' }));
    expect([method.code, method.path]).toEqual(['invalid_value', 'options.method']);
  });
});

describe('concentrationIndex', () => {
  it('equals the HEAT grouped relative concentration index Σ pⱼ(2Xⱼ − 1)yⱼ/μ (WHO HEAT rci.R)', () => {
    const y = [0.42, 0.55, 0.61, 0.7, 0.83];
    const population = [120, 80, 150, 60, 90];
    const total = population.reduce((s, p) => s + p, 0);
    const p = population.map((n) => n / total);
    const mu = p.reduce((s, pj, j) => s + pj * (y[j] as number), 0);
    let cumulative = 0;
    let aci = 0;
    p.forEach((pj, j) => {
      const mid = cumulative + pj / 2;
      aci += pj * (2 * mid - 1) * (y[j] as number);
      cumulative += pj;
    });
    const ranks = [1, 2, 3, 4, 5];
    expect(Math.abs(concentrationIndex(y, ranks, { weights: population }) - aci / mu)).toBeLessThan(1e-12);
  });

  it('averages tied ranks: a block of ties is one mid-point rank', () => {
    // Ranks [1, 1, 2]: fractional ranks 1/3, 1/3, 5/6 (block of two gets (0 + 2/2)/3).
    const y = [1, 3, 8];
    const mu = 4;
    const r = [1 / 3, 1 / 3, 5 / 6];
    const rBar = 0.5;
    const cov = y.reduce((s, v, i) => s + (v - mu) * ((r[i] as number) - rBar), 0) / 3;
    expect(Math.abs(concentrationIndex(y, [1, 1, 2]) - (2 * cov) / mu)).toBeLessThan(1e-15);
    expect(concentrationIndex([3, 1, 8], [1, 1, 2])).toBeCloseTo(concentrationIndex(y, [1, 1, 2]), 15);
  });

  it('rejects a zero mean and mismatched lengths', () => {
    const zero = caught(() => concentrationIndex([1, -1], [1, 2]));
    expect([zero.code, zero.path]).toEqual(['invalid_value', 'outcome']);
    const length = caught(() => concentrationIndex([1, 2], [1]));
    expect([length.code, length.path]).toEqual(['length_mismatch', 'rankBy']);
  });
});

describe('dissimilarityIndex', () => {
  it('equals the PySAL segregation form Σ tᵢ|pᵢ − P| / (2TP(1 − P)) with b the rest of the population', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 })), { minLength: 2, maxLength: 20 }),
        (units) => {
          const x = units.map(([a]) => a);
          const y = units.map(([, b]) => b);
          const X = x.reduce((s, v) => s + v, 0);
          const Y = y.reduce((s, v) => s + v, 0);
          fc.pre(X > 0 && Y > 0);
          const T = X + Y;
          const P = X / T;
          const pysal = units.reduce((s, [a, b]) => {
            const t = a + b;
            return t === 0 ? s : s + t * Math.abs(a / t - P);
          }, 0) / (2 * T * P * (1 - P));
          expect(Math.abs(dissimilarityIndex(x, y) - pysal)).toBeLessThan(1e-12);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('rejects an all-zero distribution and different lengths', () => {
    const zero = caught(() => dissimilarityIndex([0, 0], [1, 2]));
    expect([zero.code, zero.path]).toEqual(['invalid_value', 'a']);
    expect(zero.message).toMatch(/^dissimilarityIndex: a sums to 0/);
    const length = caught(() => dissimilarityIndex([1, 2, 3], [1, 2]));
    expect([length.code, length.path]).toEqual(['length_mismatch', 'b']);
  });
});
