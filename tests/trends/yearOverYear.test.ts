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

  // Cases that mutation testing (docs/contributing.md) showed no test told apart from a wrong line. Expected values
  // by hand from the formulas of stats.md §5.1 (shown in each comment).
  it('consecutive years: the annualised percent change is exactly the percent change, 100·(b − a)/a', () => {
    // 0.40 → 0.42: 100·0.02/0.40 = 5 (4.99999999999999 in doubles; the compound form 100·((b/a)^1 − 1) would
    // round to 4.999999999999982, so the two fields would disagree).
    const [row] = yearOverYear(seriesOf([2020, 2021], [0.4, 0.42]));
    expect(row?.gapYears).toBe(1);
    expectClose(row?.percentChange, 5, 1e-12);
    expect(row?.annualizedPercentChange).toBe(row?.percentChange);
    expectClose(row?.annualizedChange, 0.02, 1e-12);
    expectClose(row?.logChange, Math.log(1.05), 1e-12);
    expect(row?.reason).toBeNull();
  });
  it('a fall to 0: percent and compound rate −100 % over 1 or 2 years; log change null with its reason', () => {
    // 10 → 0: 100·(0 − 10)/10 = −100; across 2 years 100·((0/10)^(1/2) − 1) = −100; ln(0) is undefined.
    for (const gap of [1, 2]) {
      const [row] = yearOverYear(seriesOf([2020, 2020 + gap], [10, 0]));
      expect(row?.percentChange).toBe(-100);
      expect(row?.annualizedPercentChange).toBe(-100);
      expect(row?.annualizedChange).toBe(-10 / gap);
      expect(row?.logChange).toBeNull();
      expect(row?.reason).toBe('a log change needs both values > 0.');
    }
  });
  it('a sign change: percent change defined, compound rate and log change null, both reasons given in order', () => {
    // 10 → −5: change −15, 100·(−15)/10 = −150; (−5/10)^(1/g) is not real.
    const [down] = yearOverYear(seriesOf([2020, 2021], [10, -5]));
    expect([down?.change, down?.percentChange, down?.annualizedPercentChange, down?.logChange]).toEqual([-15, -150, null, null]);
    expect(down?.reason).toBe('a compound (annualised) rate needs a previous value > 0 and a value ≥ 0; a log change needs both values > 0.');
    // −10 → 5 over 2 years: change 15, signed 100·15/(−10) = −150, absolute 100·15/10 = +150; ln(5/−10) is not real.
    const up = seriesOf([2020, 2022], [-10, 5]);
    const [signed] = yearOverYear(up);
    const [absolute] = yearOverYear(up, { base: 'absolute' });
    expect([signed?.change, signed?.percentChange, signed?.annualizedChange, signed?.annualizedPercentChange, signed?.logChange]).toEqual([15, -150, 7.5, null, null]);
    expect(absolute?.percentChange).toBe(150);
    expect(signed?.reason).toBe('a compound (annualised) rate needs a previous value > 0 and a value ≥ 0; a log change needs both values > 0.');
  });
  it('from a previous value of 0: only the percent-change and log-change reasons (the compound rate needs no second one)', () => {
    // 0 → 5: 100·5/0 and ln(5/0) are undefined; the compound rate is null for the same reason as the percent change.
    const [row] = yearOverYear(seriesOf([2020, 2021], [0, 5]));
    expect([row?.percentChange, row?.annualizedPercentChange, row?.logChange]).toEqual([null, null, null]);
    expect(row?.reason).toBe('the value in 2020 is 0, so percent change is undefined; a log change needs both values > 0.');
  });
  it('rejects an unknown base, naming options.base and the choices', () => {
    const error = caught(() => yearOverYear(seriesOf([2020, 2021], [1, 2]), { base: 'relative' as 'signed' }));
    expect([error.code, error.path]).toEqual(['invalid_value', 'options.base']);
    expect(error.message).toBe('yearOverYear: options.base is "relative"; expected one of "signed", "absolute".');
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
    const one = caught(() => cagr(seriesOf([2020], [5])));
    expect([one.code, one.path]).toEqual(['too_short', 'series']);
    expect(one.message).toBe('cagr: series has 1 year; CAGR needs at least 2. Add years or use a method that needs fewer.');
  });
  it('takes no options yet: any key is an error that says so, and a non-object is refused', () => {
    const series = seriesOf([2015, 2017], [100, 121]);
    expect(cagr(series, {})).toBe(cagr(series));
    const key = caught(() => cagr(series, { years: 2 } as never));
    expect([key.code, key.path]).toEqual(['unknown_key', 'options.years']);
    expect(key.message).toBe('cagr: options has unknown option "years"; allowed: none — remove it.');
    const notObject = caught(() => cagr(series, 5 as never));
    expect([notObject.code, notObject.path]).toEqual(['invalid_type', 'options']);
    expect(notObject.message).toBe('cagr: options is 5; expected an options object.');
  });
});
