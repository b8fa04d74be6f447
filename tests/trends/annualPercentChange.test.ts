import { describe, expect, it } from 'vitest';
import { annualPercentChange } from '../../src/trends/annualPercentChange.ts';
import { caught, expectClose, seriesOf } from './helpers.ts';

describe('annualPercentChange', () => {
  it('reproduces the NCI Joinpoint help example: 50 → 50.5 → 51.005 is an APC of exactly 1 %', () => {
    // https://surveillance.cancer.gov/help/joinpoint/setting-parameters/method-and-parameters-tab/apc-aapc-tau-confidence-intervals/estimate-average-percent-change-apc-and-confidence-interval
    // "if the APC is 1%, and the rate is 50 per 100,000 in 1990, the rate is 50 x 1.01 = 50.5 in 1991 and 50.5 x 1.01 = 51.005 in 1992."
    const r = annualPercentChange(seriesOf([1990, 1991, 1992], [50, 50.5, 51.005]));
    expectClose(r.apc, 1, 1e-9);
    expectClose(r.lower, 1, 1e-9);
    expectClose(r.upper, 1, 1e-9);
    expect(r.method).toBe('logLinearOls');
  });
  it('matches the SEER*Stat formulas evaluated with scipy (linregress on ln(rate), t.ppf(0.975, n−2))', () => {
    // scipy 1.17.1 on ln(values): APC 4.515333944610005, CI [3.7368896018501943, 5.299619754152757], p 6.869715917474077e-06.
    const A = seriesOf([2010, 2011, 2013, 2014, 2015, 2017, 2018, 2020], [12.1, 12.9, 13.4, 15.2, 14.8, 16.9, 17.3, 18.8]);
    const r = annualPercentChange(A);
    expectClose(r.apc, 4.515333944610005);
    expectClose(r.lower, 3.7368896018501943);
    expectClose(r.upper, 5.299619754152757);
    expectClose(r.pValue, 6.869715917474077e-6, 1e-12);
    expectClose(r.logSlope, 0.04416361096411219);
    expectClose(r.seLogSlope, 0.0030552841967046583);
    // A falling penetration series: APC −3.423638361769965, CI [−3.9570375005521004, −2.887276854545111].
    const C = seriesOf([2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020], [31.2, 30.1, 29.5, 28.0, 27.9, 26.3, 25.8, 24.1]);
    const c = annualPercentChange(C);
    expectClose(c.apc, -3.423638361769965);
    expectClose(c.lower, -3.9570375005521004);
    expectClose(c.upper, -2.887276854545111);
    expectClose(c.pValue, 4.755400005171778e-6, 1e-12);
  });
  it('the interval is asymmetric around the APC', () => {
    const r = annualPercentChange(seriesOf([2013, 2014, 2015, 2016], [10, 13, 15, 21]));
    expect((r.upper as number) - (r.apc as number)).toBeGreaterThan((r.apc as number) - (r.lower as number));
  });
  it('a zero rate: null with the reason, as SEER*Stat does not fit', () => {
    const r = annualPercentChange(seriesOf([2018, 2019, 2020, 2021], [4, 0, 5, 6]));
    expect([r.apc, r.lower, r.upper, r.pValue]).toEqual([null, null, null, null]);
    expect(r.warnings[0]).toMatch(/^the value in 2019 is ≤ 0/);
  });
  it('a negative value is treated like a zero', () => {
    expect(annualPercentChange(seriesOf([2018, 2019, 2020], [4, -1, 5])).apc).toBeNull();
  });
  it("nonPositive: 'drop' fits the other years and says which were dropped", () => {
    const r = annualPercentChange(seriesOf([2018, 2019, 2020, 2021], [4, 0, 5, 6]), { nonPositive: 'drop' });
    expect(r.n).toBe(3);
    expect(r.apc).not.toBeNull();
    expect(r.warnings[0]).toBe('dropped 1 year with a value ≤ 0: 2019.');
    const few = annualPercentChange(seriesOf([2018, 2019, 2020], [4, 0, 5]), { nonPositive: 'drop' });
    expect(few.apc).toBeNull();
    expect(few.warnings[1]).toMatch(/only 2 years/);
  });
  it('confidence sets the level of the interval: 90 % with t(0.95, 6) = 1.943180 from the t table', () => {
    const A = seriesOf([2010, 2011, 2013, 2014, 2015, 2017, 2018, 2020], [12.1, 12.9, 13.4, 15.2, 14.8, 16.9, 17.3, 18.8]);
    const r = annualPercentChange(A, { confidence: 0.9 });
    expect(r.confidence).toBe(0.9);
    // 100·(e^{b ∓ 1.943180·SE} − 1) with b and SE of scipy's linregress above.
    expectClose(r.lower, 3.8966681572269892, 1e-6);
    expectClose(r.upper, 5.1376836552916885, 1e-6);
    expectClose(r.apc, 4.515333944610005);
  });
  it('not computed: every statistic null, df n − 2 (never below 0), the method and the exact warnings', () => {
    const zero = annualPercentChange(seriesOf([2018, 2019, 2020, 2021], [4, 0, 5, 6]));
    expect(zero).toMatchObject({ n: 4, df: 2, method: 'logLinearOls', nonPositive: 'null', logSlope: null, seLogSlope: null });
    const two = annualPercentChange(seriesOf([2017, 2018, 2019, 2020, 2021], [4, 0, 5, -2, 6]), { nonPositive: 'drop' });
    expect(two.n).toBe(3);
    expect(two.df).toBe(1);
    expect(two.warnings).toEqual(['dropped 2 years with a value ≤ 0: 2018, 2020.']);
    const one = annualPercentChange(seriesOf([2018, 2019, 2020], [0, -1, 5]), { nonPositive: 'drop' });
    expect(one).toMatchObject({ apc: null, n: 1, df: 0, method: 'logLinearOls', nonPositive: 'drop' });
    expect(one.warnings).toEqual(['dropped 2 years with a value ≤ 0: 2018, 2019.', 'only 1 year with a value > 0 remain; an APC needs at least 3.']);
    const none = annualPercentChange(seriesOf([2018, 2019, 2020], [0, 0, 0]), { nonPositive: 'drop' });
    expect(none.df).toBe(0);
    expect(none.warnings[1]).toBe('only 0 years with a value > 0 remain; an APC needs at least 3.');
  });
  it('rejects an unknown nonPositive choice, naming the option and the choices', () => {
    const error = caught(() => annualPercentChange(seriesOf([2018, 2019, 2020], [1, 2, 3]), { nonPositive: 'zero' as 'drop' }));
    expect(error.code).toBe('invalid_value');
    expect(error.path).toBe('options.nonPositive');
    expect(error.message).toBe('annualPercentChange: options.nonPositive is "zero"; expected one of "null", "drop".');
  });
  it('needs 3 years (SEER*Stat minimum)', () => {
    const error = caught(() => annualPercentChange(seriesOf([2020, 2021], [1, 2])));
    expect(error.code).toBe('too_short');
    expect(error.message).toMatch(/^annualPercentChange: series has 2 years; an annual percent change \(SEER\*Stat needs 3 years\) needs at least 3/);
  });
});
