import { describe, expect, it } from 'vitest';
import { cagr } from '../../src/trends/cagr.ts';
import { yearOverYear } from '../../src/trends/yearOverYear.ts';
import { caught, expectClose, seriesOf } from './helpers.ts';

describe('yearOverYear', () => {
  it('one row per year after the first, sorted, with percent-point and percent change', () => {
    const rows = yearOverYear(seriesOf([2022, 2020, 2021], [0.45, 0.4, 0.42]));
    expect(rows.map((r) => r.year)).toEqual([2021, 2022]);
    expectClose(rows[0]?.change, 0.02);
    expectClose(rows[0]?.percentChange, 5);
    expect(rows[0]?.reason).toBeNull();
  });
  it('annualises across gaps (reference stats.md §5.1)', () => {
    const [row] = yearOverYear(seriesOf([2016, 2020], [100, 146.41]));
    expect(row?.gapYears).toBe(4);
    expectClose(row?.percentChange, 46.41);
    expectClose(row?.annualizedPercentChange, 10);
    expectClose(row?.annualizedChange, 11.6025);
    expectClose(row?.logChange, Math.log(1.4641));
  });
  it('percent change from 0 is null (not Infinity) with a reason', () => {
    const [row] = yearOverYear(seriesOf([2020, 2021], [0, 5]));
    expect(row?.percentChange).toBeNull();
    expect(row?.annualizedPercentChange).toBeNull();
    expect(row?.change).toBe(5);
    expect(row?.reason).toMatch(/value in 2020 is 0/);
  });
  it("negative bases: 'signed' flips the sign, 'absolute' does not", () => {
    const s = seriesOf([2020, 2021], [-10, -5]);
    expect(yearOverYear(s)[0]?.percentChange).toBe(-50);
    expect(yearOverYear(s, { base: 'absolute' })[0]?.percentChange).toBe(50);
    expect(yearOverYear(s, { base: 'absolute' })[0]?.base).toBe('absolute');
    expect(yearOverYear(s)[0]?.base).toBe('signed');
  });
  it('needs 2 years; rejects duplicate years and non-finite values', () => {
    const short = caught(() => yearOverYear(seriesOf([2020], [1])));
    expect(short.code).toBe('too_short');
    expect(short.message).toMatch(/^yearOverYear: series has 1 year; year-over-year change needs at least 2/);
    const dup = caught(() => yearOverYear(seriesOf([2020, 2021, 2020], [1, 2, 3])));
    expect(dup.code).toBe('duplicate');
    expect(dup.path).toBe('series[2].year');
    expect(dup.message).toMatch(/^yearOverYear: series\[2\].year is 2020, already given at series\[0\]/);
    const nan = caught(() => yearOverYear(seriesOf([2020, 2021], [1, Number.NaN])));
    expect(nan.code).toBe('not_finite');
    expect(nan.path).toBe('series[1].value');
    const inf = caught(() => yearOverYear(seriesOf([2020, 2021], [Number.POSITIVE_INFINITY, 1])));
    expect(inf.code).toBe('not_finite');
    const fractional = caught(() => yearOverYear(seriesOf([2020.5, 2021], [1, 1])));
    expect(fractional.code).toBe('not_integer');
  });
});

describe('cagr', () => {
  it('uses the difference in years as the exponent, not the number of points', () => {
    // 100 in 2015 to 121 in 2017, with no 2016 value: (1.21)^(1/2) − 1 = 0.1.
    expectClose(cagr(seriesOf([2017, 2015], [121, 100])), 0.1, 1e-12);
    expectClose(cagr(seriesOf([2010, 2011, 2020], [50, 60, 100])), Math.pow(2, 1 / 10) - 1, 1e-12);
  });
  it('null when the first value is ≤ 0 or the sign changes', () => {
    expect(cagr(seriesOf([2015, 2020], [0, 10]))).toBeNull();
    expect(cagr(seriesOf([2015, 2020], [-5, 10]))).toBeNull();
    expect(cagr(seriesOf([2015, 2020], [5, -1]))).toBeNull();
    expect(cagr(seriesOf([2015, 2020], [5, 0]))).toBe(-1);
  });
  it('needs 2 years', () => {
    expect(caught(() => cagr([])).code).toBe('too_short');
  });
});
