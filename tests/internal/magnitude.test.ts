// Issue 12: sums that overflow. Inputs near the largest double (1.8e308) give the correct finite answer where the
// answer does not depend on their scale, and otherwise an EquityLensError that says the values are too large —
// never NaN, Infinity or an error about an internal variable.
import { describe, expect, it } from 'vitest';
import {
  acsSum,
  annualizeIncome,
  atkinson,
  concentrationIndex,
  coverage,
  generalizedEntropy,
  gini,
  linearTrend,
  palmaRatio,
  planSites,
  roundForPresentation,
  targetingErrors,
  theilDecomposition,
  theilL,
  theilT,
} from '../../src/index.ts';
import { rescale, rescaleFactor, representable } from '../../src/internal/magnitude.ts';
import { caught } from '../helpers/caught.ts';

/** |actual − expected| ≤ 1e-13 · |expected|: the same number up to rounding. */
function near(actual: number | null | undefined, expected: number): void {
  expect(typeof actual).toBe('number');
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(1e-13 * Math.abs(expected));
}

describe('rescaleFactor, rescale, representable', () => {
  it('scales by an exact power of two only above 2^256', () => {
    expect(rescaleFactor([1, 1e76, -3])).toBe(1);
    expect(rescaleFactor([1, -1.5e308])).toBe(2 ** -1023);
    const x = Float64Array.from([3e300, 1e300]);
    expect(Array.from(rescale(x, 2 ** -997))).toEqual([3e300 * 2 ** -997, 1e300 * 2 ** -997]);
    expect(rescale(x, 1)).toBe(x);
    expect(representable(5, 'x', 'f', 'x', 'fix')).toBe(5);
    expect(caught(() => representable(Infinity, 'values', 'f', 'the sum of values', 'divide them')).message).toBe(
      'f: the sum of values exceeds 1.8e308, the largest number JavaScript can hold; divide them.',
    );
  });
});

describe('scale-free indices of values near 1.8e308 equal those of the values scaled down', () => {
  it('gini, theilT, theilL, atkinson, generalizedEntropy, palmaRatio, concentrationIndex', () => {
    const small = [1, 1.5, 1, 1.2, 0.7];
    const big = small.map((x) => x * 1e308);
    near(gini(big), gini(small));
    near(gini(big, { weights: [1e308, 1e308, 1, 2, 3] }), gini(small, { weights: [1e308, 1e308, 1, 2, 3] }));
    near(gini(small, { weights: [1e308, 1e308, 1, 2, 3] }), gini(small, { weights: [1, 1, 1e-308, 2e-308, 3e-308] }));
    near(theilT(big), theilT(small));
    near(theilL(big), theilL(small));
    near(atkinson(big, 1), atkinson(small, 1));
    near(atkinson(big, 0.5), atkinson(small, 0.5));
    near(generalizedEntropy(big, 2), generalizedEntropy(small, 2));
    near(palmaRatio(big).value as number, palmaRatio(small).value as number);
    near(concentrationIndex(big, [1, 2, 3, 4, 5]), concentrationIndex(small, [1, 2, 3, 4, 5]));
  });

  it('theilT([1e308, 1e308, 0]) is ln 1.5 (issue 12: returned 0)', () => {
    // Two equal shares of a total held by two of three people: T = ln(3/2).
    near(theilT([1e308, 1e308, 0]), Math.log(1.5));
  });

  it('theilDecomposition keeps group means in the input unit', () => {
    const big = theilDecomposition([1e308, 1.5e308, 1e308, 0.5e308], ['a', 'a', 'b', 'b']);
    const small = theilDecomposition([1, 1.5, 1, 0.5], ['a', 'a', 'b', 'b']);
    near(big.total, small.total);
    near(big.between, small.between);
    near(big.groups[0]?.mean as number, 1.25e308);
    near(big.groups[1]?.mean as number, 0.75e308);
  });
});

describe('results too large to hold are errors that say so', () => {
  it('coverage and planSites: weights summing beyond 1.8e308', () => {
    const error = caught(() => coverage([[0, 0], [1, 1]], [[0, 0]], { radiusKm: 1, weights: [1e308, 1e308] }));
    expect([error.code, error.path]).toEqual(['out_of_range', 'options.weights']);
    expect(error.message).toMatch(/^coverage: the sum of options.weights exceeds 1.8e308, the largest number JavaScript can hold; divide every weight by a common factor/);
    const plan = caught(() => planSites([{ location: [0, 0], weight: 1e308 }, { location: [0, 0.001], weight: 1e308 }], [[0, 0]], { radiusKm: 1, count: 1 }));
    expect([plan.code, plan.path]).toEqual(['out_of_range', 'demand']);
    expect(plan.message).toMatch(/^planSites: the sum of the demand weights exceeds 1.8e308/);
    // A finite total is computed as usual.
    expect(coverage([[0, 0], [1, 1]], [[0, 0]], { radiusKm: 1, weights: [1e308, 5e307] }).weightedShare).toBe(1e308 / 1.5e308);
  });

  it('annualizeIncome, roundForPresentation: a value that becomes too large', () => {
    const income = caught(() => annualizeIncome(1e307, 'weekly'));
    expect([income.code, income.path]).toEqual(['out_of_range', 'amount']);
    expect(income.message).toMatch(/^annualizeIncome: the annual amount \(1e\+307 × 52\) exceeds 1.8e308/);
    const percent = caught(() => roundForPresentation(1.7e308, 'percent1dp'));
    expect([percent.code, percent.path]).toEqual(['out_of_range', 'value']);
    expect(percent.message).toMatch(/^roundForPresentation: value × 100 exceeds 1.8e308/);
    expect(roundForPresentation(1.7e308, 'base5')).toBe(1.7e308);
  });

  it('acsSum: a finite margin of error by hypot, an estimate too large is an error', () => {
    const sum = acsSum([{ estimate: 1e308, moe: 1e308 }, { estimate: 5e307, moe: 1e308 }]);
    expect(sum.estimate).toBe(1.5e308);
    near(sum.moe as number, Math.SQRT2 * 1e308);
    const tooBig = caught(() => acsSum([{ estimate: 1e308, moe: 1 }, { estimate: 1e308, moe: 1 }]));
    expect([tooBig.code, tooBig.path]).toEqual(['out_of_range', 'components']);
    expect(tooBig.message).toMatch(/^acsSum: the sum of the estimates exceeds 1.8e308/);
  });
});

describe('errors name the caller’s input, not an internal variable (issue 12: "t is NaN", "successes is NaN")', () => {
  it('linearTrend on values near 1.8e308: the fit of the scaled series, scaled back', () => {
    const series = [1, 1.5, 1.7, 1.6].map((v, i) => ({ year: 2020 + i, value: v }));
    const big = linearTrend(series.map((p) => ({ ...p, value: p.value * 1e308 })), { interceptAt: 2020 });
    const small = linearTrend(series, { interceptAt: 2020 });
    near(big.slope, small.slope * 1e308);
    near(big.intercept, small.intercept * 1e308);
    near(big.seSlope as number, (small.seSlope as number) * 1e308);
    near(big.pValue as number, small.pValue as number);
    near(big.rSquared as number, small.rSquared as number);
    // The intercept at year 0 (about −3.8e310) cannot be held: an error that says where to put it instead.
    const atZero = caught(() => linearTrend(series.map((p) => ({ ...p, value: p.value * 1e308 }))));
    expect([atZero.code, atZero.path]).toEqual(['out_of_range', 'options.interceptAt']);
    expect(atZero.message).toBe(
      "linearTrend: the intercept at year 0 exceeds 1.8e308, the largest number JavaScript can hold; pass options.interceptAt near the series' years (e.g. { interceptAt: 2020 }), where the fitted line stays within range.",
    );
    const wide = linearTrend([{ year: 2020, value: 1e200 }, { year: 2021, value: 1.5e200 }, { year: 2022, value: 1.7e200 }]);
    near(wide.seSlope as number, (linearTrend([{ year: 2020, value: 1 }, { year: 2021, value: 1.5 }, { year: 2022, value: 1.7 }]).seSlope as number) * 1e200);
  });

  it('targetingErrors with large weights: shares as usual, or an error naming options.weight', () => {
    const rows = [{ a: 1 }, { a: 2 }, { a: 3 }, { a: 4 }];
    const result = targetingErrors(rows, { eligible: (r) => r.a <= 2, enrolled: (r) => r.a % 2 === 1, weight: () => 1e150 });
    expect(result.overall.coverage).toBe(0.5);
    expect(result.overall.inclusionError).toBe(0.5);
    expect(result.overall.coverageInterval.sampleSize).toBe(2);
    // Squares of 1e300 overflow (Kish's effective sample size needs Σw²): an error naming the weights.
    const squares = caught(() => targetingErrors(rows, { eligible: () => true, enrolled: () => true, weight: () => 1e300 }));
    expect([squares.code, squares.path]).toEqual(['out_of_range', 'options.weight']);
    expect(squares.message).toMatch(/^targetingErrors: the sum of the squares of options.weight \(for the effective sample size\) exceeds 1.8e308.*divide every weight by a common factor/);
    const error = caught(() => targetingErrors(rows, { eligible: () => true, enrolled: () => true, weight: () => 1e308 }));
    expect([error.code, error.path]).toEqual(['out_of_range', 'options.weight']);
    expect(error.message).toMatch(/^targetingErrors: the sum of options.weight exceeds 1.8e308/);
  });
});

describe('rescaleFactor at its threshold', () => {
  it('leaves values up to 2^256 alone and brings larger ones to [1, 2)', () => {
    expect(rescaleFactor([1, -(2 ** 256)])).toBe(1);
    expect(rescaleFactor([2 ** 257, 3])).toBe(2 ** -257);
    expect(rescaleFactor(new Float64Array([-(2 ** 300) * 1.5]))).toBe(2 ** -300);
  });
});
