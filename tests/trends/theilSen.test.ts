import { describe, expect, it } from 'vitest';
import { theilSen } from '../../src/trends/theilSen.ts';
import { caught, expectClose, seriesOf } from './helpers.ts';

// Reference values: scipy 1.17.1 scipy.stats.theilslopes(values, years, alpha=confidence) (method "separate"
// by default; method="joint" for the joint intercept; x omitted for the index convention).
const A = seriesOf([2010, 2011, 2013, 2014, 2015, 2017, 2018, 2020], [12.1, 12.9, 13.4, 15.2, 14.8, 16.9, 17.3, 18.8]);
// B has tied values (7, 7; 9, 9, 9; 12, 12), which enter Sen's variance.
const B = seriesOf([2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022], [5, 7, 7, 6, 9, 9, 9, 11, 10, 12, 12, 14]);

describe('theilSen matches scipy.stats.theilslopes', () => {
  it('per-year slope, separate intercept at year 0 and 95 % interval (A, irregular years)', () => {
    const r = theilSen(A);
    expectClose(r.slope, 0.6683333333333332);
    expectClose(r.intercept, -1331.3574999999998);
    expectClose(r.lower, 0.5250000000000004);
    expectClose(r.upper, 0.8);
    expect(r.time).toBe('year');
    expect(r.interceptMethod).toBe('separate');
    expect(r.pairs).toBe(28);
  });
  it('90 % interval', () => {
    const r = theilSen(A, { confidence: 0.9 });
    expectClose(r.lower, 0.5400000000000003);
    expectClose(r.upper, 0.78);
  });
  it('joint intercept', () => {
    expectClose(theilSen(A, { interceptMethod: 'joint' }).intercept, -1331.2416666666663);
  });
  it('index time axis, as theilslopes(y) and pyMannKendall sens_slope', () => {
    const r = theilSen(A, { time: 'index' });
    expectClose(r.slope, 0.9535714285714292);
    expectClose(r.intercept, 11.662499999999998);
    expectClose(r.lower, 0.6750000000000003);
    expectClose(r.upper, 1.166666666666666);
  });
  it('tied values in the interval (B)', () => {
    const r = theilSen(B);
    expectClose(r.slope, 0.7071428571428571);
    expectClose(r.intercept, -1416.9535714285712);
    expectClose(r.lower, 0.5);
    expectClose(r.upper, 1.0);
    const r90 = theilSen(B, { confidence: 0.9 });
    expectClose(r90.lower, 0.5555555555555556);
    expectClose(r90.upper, 0.8571428571428571);
    expectClose(theilSen(B, { interceptMethod: 'joint' }).intercept, -1416.5392857142856);
  });
  it('per year vs per index on unequally spaced years (reference stats.md §5.5)', () => {
    const s = [2010, 2012, 2013, 2016, 2020].map((year) => ({ year, value: year - 2000 }));
    expect(theilSen(s).slope).toBe(1);
    expect(theilSen(s, { time: 'index' }).slope).toBe(2.25);
  });
  it('moves the intercept to interceptAt', () => {
    const r = theilSen(A, { interceptAt: 2015 });
    expectClose(r.intercept, -1331.3574999999998 + 0.6683333333333332 * 2015);
  });
});

describe('theilSen bad input', () => {
  it('needs 2 years', () => {
    const error = caught(() => theilSen([{ year: 2020, value: 1 }]));
    expect(error.code).toBe('too_short');
    expect(error.message).toMatch(/^theilSen: series has 1 year; a Theil–Sen slope needs at least 2/);
  });
  it('rejects an unknown time axis', () => {
    const error = caught(() => theilSen(A, { time: 'month' as never }));
    expect(error.code).toBe('invalid_value');
    expect(error.path).toBe('options.time');
  });
});

describe('theilSen against scipy.stats.theilslopes with tied values', () => {
  it('slope, intercept and the tie-corrected interval; the joint intercept at a year; option paths', () => {
    // scipy 1.17.1: theilslopes(y, arange(2020, 2020 + n)) → slope, intercept, low_slope, high_slope.
    const cases = [
      [[1, 2, 2, 3, 3, 3, 4, 5, 5, 6], 0.5, -1009.25, 0.4, 0.6],
      [[3, 1, 4, 4, 5, 9, 2, 6, 5, 3, 5, 8], 0.3333333333333333, -670.6666666666666, 0, 0.7],
      [[1, 1, 2, 2, 3, 3, 4, 4], 0.5, -1009.25, 0.3333333333333333, 0.6],
    ] as const;
    for (const [values, slope, intercept, lower, upper] of cases) {
      const r = theilSen(values.map((value, i) => ({ year: 2020 + i, value })));
      expectClose(r.slope, slope, 1e-12);
      expectClose(r.intercept, intercept, 1e-12);
      expectClose(r.lower, lower, 1e-12);
      expectClose(r.upper, upper, 1e-12);
    }
    // scipy theilslopes(..., method='joint').intercept = −1009.0 at year 0, so 1 at 2020 (−1009 + 0.5·2020).
    const series = [1, 2, 2, 3, 3, 3, 4, 5, 5, 6].map((value, i) => ({ year: 2020 + i, value }));
    expect(theilSen(series, { interceptMethod: 'joint', interceptAt: 2020 }).intercept).toBe(1);
    const method = caught(() => theilSen(series, { interceptMethod: 'mean' as never }));
    expect([method.code, method.path]).toEqual(['invalid_value', 'options.interceptMethod']);
    const at = caught(() => theilSen(series, { interceptAt: Number.NaN }));
    expect([at.code, at.path]).toEqual(['not_finite', 'options.interceptAt']);
  });
});
