import { describe, expect, it } from 'vitest';
import { linearTrend } from '../../src/trends/linearTrend.ts';
import { caught, expectClose, seriesOf } from './helpers.ts';

// Reference values: scipy 1.17.1, scipy.stats.linregress(years, values); interval slope ± t.ppf(0.975, n−2)·stderr.
const A = seriesOf([2010, 2011, 2013, 2014, 2015, 2017, 2018, 2020], [12.1, 12.9, 13.4, 15.2, 14.8, 16.9, 17.3, 18.8]);
const C = seriesOf([2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020], [31.2, 30.1, 29.5, 28.0, 27.9, 26.3, 25.8, 24.1]);

describe('linearTrend matches scipy.stats.linregress', () => {
  it('series with gaps in years (A)', () => {
    const fit = linearTrend(A);
    expectClose(fit.slope, 0.670059880239521);
    expectClose(fit.intercept, -1334.828143712575);
    expectClose(fit.seSlope, 0.046109080522001834);
    expectClose(fit.seIntercept, 92.89838941667493);
    expectClose(fit.pValue, 6.658727817260878e-6, 1e-12);
    expectClose(fit.rSquared, 0.9860898746104558 ** 2);
    expectClose(fit.lower, 0.5572350246648367);
    expectClose(fit.upper, 0.7828847358142054);
    expect(fit.df).toBe(6);
    expect(fit.method).toBe('ols');
  });
  it('a falling series (C) and a 90 % interval', () => {
    const fit = linearTrend(C, { confidence: 0.9 });
    expectClose(fit.slope, -0.963095238095238);
    expectClose(fit.intercept, 1969.9440476190473);
    expectClose(fit.pValue, 2.0511739209783194e-6, 1e-12);
    expectClose(fit.lower, -1.0685053675262617);
    expectClose(fit.upper, -0.8576851086642142);
    expect(fit.confidence).toBe(0.9);
  });
  it('reports the intercept at another year when asked', () => {
    const fit = linearTrend(A, { interceptAt: 2010 });
    expectClose(fit.intercept, -1334.828143712575 + 0.670059880239521 * 2010);
    expect(fit.interceptAt).toBe(2010);
  });
  it('sorts the series: order of input does not matter', () => {
    expect(linearTrend([...A].reverse()).slope).toBe(linearTrend(A).slope);
  });
  it('a constant series: slope 0, p = 1, R² null with a warning (as linregress gives p = 1)', () => {
    const fit = linearTrend(seriesOf([2020, 2021, 2022], [5, 5, 5]));
    expect(fit.slope).toBe(0);
    expect(fit.pValue).toBe(1);
    expect(fit.rSquared).toBeNull();
    expect(fit.warnings[0]).toMatch(/R² is undefined/);
  });
  it('a perfect line: SE 0 and p = 0', () => {
    const fit = linearTrend(seriesOf([2020, 2021, 2022, 2023], [1, 3, 5, 7]));
    expect(fit.slope).toBe(2);
    expect(fit.seSlope).toBe(0);
    expect(fit.pValue).toBe(0);
  });
});

describe('linearTrend bad input', () => {
  it('needs 3 years and says so', () => {
    const error = caught(() => linearTrend(seriesOf([2020, 2021], [1, 2])));
    expect(error.code).toBe('too_short');
    expect(error.path).toBe('series');
    expect(error.message).toMatch(/^linearTrend: series has 2 years; an OLS trend with a standard error needs at least 3/);
  });
  it('rejects a confidence outside (0, 1)', () => {
    const error = caught(() => linearTrend(A, { confidence: 95 }));
    expect(error.code).toBe('out_of_range');
    expect(error.path).toBe('options.confidence');
    expect(error.message).toMatch(/^linearTrend: options.confidence is 95/);
  });
  it('rejects an unknown option with a hint', () => {
    const error = caught(() => linearTrend(A, { confidense: 0.9 } as never));
    expect(error.code).toBe('unknown_key');
    expect(error.hint).toBe('did you mean "confidence"?');
  });
});

describe('linearTrend messages', () => {
  it('no warning for a varying series; an intercept or its standard error past 1.8e308 names interceptAt and the fix', () => {
    expect(linearTrend(seriesOf([2020, 2021, 2022], [1, 2, 4])).warnings).toEqual([]);
    const nan = caught(() => linearTrend(seriesOf([2020, 2021, 2022], [1, 2, 4]), { interceptAt: Number.NaN }));
    expect([nan.code, nan.path]).toEqual(['not_finite', 'options.interceptAt']);
    // Slope 1e300 a year, 1e10 years before 2021: far past the largest double.
    const intercept = caught(() => linearTrend(seriesOf([2020, 2021, 2022], [1e300, 2e300, 3e300]), { interceptAt: -1e10 }));
    expect([intercept.code, intercept.path, intercept.message]).toEqual([
      'out_of_range',
      'options.interceptAt',
      "linearTrend: the intercept at year -10000000000 exceeds 1.8e308, the largest number JavaScript can hold; pass options.interceptAt near the series' years (e.g. { interceptAt: 2020 }), where the fitted line stays within range.",
    ]);
    // Slope 0 (a symmetric series) but residuals of 1e300: the intercept is 0, its standard error overflows.
    const se = caught(() => linearTrend(seriesOf([2020, 2021, 2022, 2023], [1e300, -1e300, -1e300, 1e300]), { interceptAt: 1e10 }));
    expect(se.message).toBe(
      "linearTrend: the intercept's standard error at year 10000000000 exceeds 1.8e308, the largest number JavaScript can hold; pass options.interceptAt near the series' years (e.g. { interceptAt: 2020 }), where the fitted line stays within range.",
    );
  });
});
