// fitOls takes its slope and intercept from simple-statistics' linearRegression. This pins that they are the
// centred-sums fit scipy.stats.linregress computes, bit for bit, so a future simple-statistics that changed its
// arithmetic (7.12.0 and earlier summed raw cross-products, which loses digits on calendar years) fails here.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitOls } from '../../src/trends/internal/ols.ts';

function centred(x: number[], y: number[]): { slope: number; intercept: number } {
  const n = x.length;
  let xSum = 0;
  let ySum = 0;
  for (let i = 0; i < n; i++) {
    xSum += x[i] as number;
    ySum += y[i] as number;
  }
  const xMean = xSum / n;
  const yMean = ySum / n;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (x[i] as number) - xMean;
    sxx += dx * dx;
    sxy += dx * ((y[i] as number) - yMean);
  }
  const slope = sxy / sxx;
  return { slope, intercept: yMean - slope * xMean };
}

describe('fitOls', () => {
  it('slope and intercept equal the centred least-squares formulas bit for bit', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1990, max: 2040 }), { minLength: 2, maxLength: 30 }),
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 30, maxLength: 30 }),
        (years, values) => {
          const y = values.slice(0, years.length);
          const fit = fitOls(Float64Array.from(years), Float64Array.from(y));
          const expected = centred(years, y);
          expect(fit.slope).toBe(expected.slope);
          expect(fit.intercept).toBe(expected.intercept);
        },
      ),
    );
  });

  it('matches scipy.stats.linregress on calendar years', () => {
    // scipy (Debian python3-scipy): linregress([2016, 2017, 2018, 2019, 2020], [0.21, 0.24, 0.25, 0.29, 0.30])
    // -> slope 0.023, intercept -46.156
    const fit = fitOls(Float64Array.from([2016, 2017, 2018, 2019, 2020]), Float64Array.from([0.21, 0.24, 0.25, 0.29, 0.3]));
    expect(fit.slope).toBeCloseTo(0.023, 12);
    expect(fit.intercept).toBeCloseTo(-46.156, 9);
  });
});

describe('fitOls on values past 2^256 and on two points', () => {
  it('fits values past 2^256 rescaled by a power of two, scaled back exactly', () => {
    // Multiplying by 2^300 is exact, so every scale-dependent field is the plain fit's times 2^300 (2^600 for
    // sums of squares) bit for bit; the plain fit: slope 1.1, SSE 2.7, SE √(2.7/2/5).
    const x = Float64Array.from([2016, 2017, 2018, 2019]);
    const plain = fitOls(x, Float64Array.from([1, 3, 2, 5]));
    expectCloseTo(plain.slope, 1.1);
    expectCloseTo(plain.sse, 2.7);
    expectCloseTo(plain.seSlope, Math.sqrt(0.27));
    const big = fitOls(x, Float64Array.from([1, 3, 2, 5], (v) => v * 2 ** 300));
    expect(big).toEqual({
      n: 4,
      slope: plain.slope * 2 ** 300,
      intercept: plain.intercept * 2 ** 300,
      xMean: 2017.5,
      yMean: plain.yMean * 2 ** 300,
      sxx: 5,
      syy: plain.syy * 2 ** 600,
      sse: plain.sse * 2 ** 600,
      df: 2,
      seSlope: plain.seSlope * 2 ** 300,
      residualSd: plain.residualSd * 2 ** 300,
      rSquared: plain.rSquared,
    });
  });
  it('two points: no residual degree of freedom, so the standard errors are NaN even when rounding leaves an SSE', () => {
    const fit = fitOls(Float64Array.from([2016, 2017]), Float64Array.from([0.1, 0.7]));
    expect(fit.df).toBe(0);
    expect(fit.sse).toBeGreaterThan(0);
    expect(fit.residualSd).toBeNaN();
    expect(fit.seSlope).toBeNaN();
  });
});

function expectCloseTo(actual: number, expected: number): void {
  expect(actual).toBeCloseTo(expected, 12);
}
