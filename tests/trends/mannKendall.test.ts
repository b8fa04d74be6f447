import { describe, expect, it } from 'vitest';
import { mannKendall } from '../../src/trends/mannKendall.ts';
import { seasonalMannKendall } from '../../src/trends/seasonalMannKendall.ts';
import { caught, expectClose, seriesOf } from './helpers.ts';

const A = seriesOf([2010, 2011, 2013, 2014, 2015, 2017, 2018, 2020], [12.1, 12.9, 13.4, 15.2, 14.8, 16.9, 17.3, 18.8]);
const B = seriesOf([2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022], [5, 7, 7, 6, 9, 9, 9, 11, 10, 12, 12, 14]);

describe('mannKendall conventions', () => {
  it('tau-b without continuity correction matches scipy.stats.kendalltau(years, values, method="asymptotic")', () => {
    // scipy 1.17.1: A → tau 0.9285714285714285, p 0.0012968957989590631; B (ties) → tau 0.8668137748205085, p 0.00013196393179706678.
    const a = mannKendall(A, { tau: 'b', continuityCorrection: false });
    expectClose(a.tau, 0.9285714285714285);
    expectClose(a.pValue, 0.0012968957989590631, 1e-12);
    const b = mannKendall(B, { tau: 'b', continuityCorrection: false });
    expectClose(b.tau, 0.8668137748205085);
    expectClose(b.pValue, 0.00013196393179706678, 1e-12);
    expect(b.tauVariant).toBe('b');
    expect(b.continuityCorrection).toBe(false);
  });
  it('with ties, |tau-b| > |tau-a| and the corrected p is larger than scipy\'s', () => {
    const a = mannKendall(B);
    const b = mannKendall(B, { tau: 'b', continuityCorrection: false });
    expect(Math.abs(b.tau as number)).toBeGreaterThan(Math.abs(a.tau as number));
    expect(a.pValue).toBeGreaterThan(b.pValue);
    // S = 55 on B: 66 pairs − 5 tied pairs − 2·3 discordant pairs (7>6 twice, 11>10); var(S) = [12·11·29 − (2·1·9 + 3·2·11 + 2·1·9)]/18.
    expect(a.s).toBe(55);
    expectClose(a.varS, (12 * 11 * 29 - (18 + 66 + 18)) / 18);
    expectClose(a.z, 54 / Math.sqrt(a.varS));
    expectClose(a.tau, 55 / 66);
  });
  it('an all-constant series: var 0, z 0, p 1, no trend (pyMannKendall); tau-b null', () => {
    const flat = seriesOf([2020, 2021, 2022, 2023], [3, 3, 3, 3]);
    const r = mannKendall(flat);
    expect([r.s, r.varS, r.z, r.pValue, r.tau, r.trend]).toEqual([0, 0, 0, 1, 0, 'no trend']);
    const b = mannKendall(flat, { tau: 'b' });
    expect(b.tau).toBeNull();
    expect(b.warnings.join(' ')).toMatch(/tau-b is undefined/);
  });
  it('decreasing trend and alpha', () => {
    const down = seriesOf([2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020], [31.2, 30.1, 29.5, 28.0, 27.9, 26.3, 25.8, 24.1]);
    const r = mannKendall(down);
    expect(r.s).toBe(-28);
    expect(r.trend).toBe('decreasing');
    expect(mannKendall(down, { alpha: 0.0001 }).trend).toBe('no trend');
  });
  it('warns that the normal approximation is rough for short series', () => {
    expect(mannKendall(seriesOf([2020, 2021, 2022], [1, 2, 3])).warnings.join(' ')).toMatch(/normal approximation/);
  });
});

describe('mannKendall and seasonalMannKendall bad input', () => {
  it('needs 3 years', () => {
    const error = caught(() => mannKendall(seriesOf([2020, 2021], [1, 2])));
    expect(error.code).toBe('too_short');
    expect(error.message).toMatch(/^mannKendall: series has 2 years; the Mann–Kendall test needs at least 3/);
  });
  it('rejects alpha outside (0, 1)', () => {
    for (const alpha of [0, 1, -0.1, 5]) {
      const error = caught(() => mannKendall(A, { alpha }));
      expect(error.code).toBe('out_of_range');
      expect(error.path).toBe('options.alpha');
      expect(error.message).toMatch(/^mannKendall: options.alpha is .*strictly between 0 and 1/);
    }
  });
  it('rejects a repeated (year, season)', () => {
    const error = caught(() =>
      seasonalMannKendall([
        { year: 2020, season: 1, value: 1 },
        { year: 2020, season: 1, value: 2 },
      ]),
    );
    expect(error.code).toBe('duplicate');
    expect(error.path).toBe('observations[1]');
    expect(error.message).toMatch(/^seasonalMannKendall: observations\[1\] repeats year 2020, season 1/);
  });
  it('rejects a season outside 1..period', () => {
    const error = caught(() => seasonalMannKendall([{ year: 2020, season: 5, value: 1 }], { period: 4 }));
    expect(error.code).toBe('out_of_range');
    expect(error.path).toBe('observations[0].season');
  });
  it('needs two years of some season', () => {
    const error = caught(() => seasonalMannKendall([{ year: 2020, season: 1, value: 1 }, { year: 2020, season: 2, value: 1 }], { period: 2 }));
    expect(error.code).toBe('too_short');
  });
});
