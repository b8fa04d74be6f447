import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annualPercentChange } from '../../src/trends/annualPercentChange.ts';
import { gapTrend } from '../../src/trends/gapTrend.ts';
import { linearTrend } from '../../src/trends/linearTrend.ts';
import { caught, expectClose, seriesOf } from './helpers.ts';

describe('gapTrend', () => {
  it('the scales can disagree (reference stats.md §5.7): group 20 → 10, reference 10 → 4', () => {
    const r = gapTrend(seriesOf([2020, 2021, 2022], [20, 15, 10]), seriesOf([2020, 2021, 2022], [10, 7, 4]));
    expect(r.absolute.first).toBe(10);
    expect(r.absolute.last).toBe(6);
    expect(r.absolute.slope).toBe(-2);
    expect(r.absolute.closing).toBe(true);
    expect(r.absolute.yearsToParity).toBe(3);
    expect(r.relative?.first).toBe(2);
    expect(r.relative?.last).toBe(2.5);
    expect(r.relative?.closing).toBe(false);
    expect(r.relative?.yearsToParity).toBeNull();
    expect(r.agree).toBe(false);
    expect(r.warnings.join(' ')).toMatch(/the scales disagree/);
  });
  it('the log-ratio slope equals the difference of the two APC log-slopes, and the absolute slope is the OLS slope of the difference', () => {
    const years = [2014, 2015, 2016, 2018, 2019, 2021];
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.5, max: 100, noNaN: true }), { minLength: 6, maxLength: 6 }),
        fc.array(fc.double({ min: 0.5, max: 100, noNaN: true }), { minLength: 6, maxLength: 6 }),
        (gv, rv) => {
          const g = seriesOf(years, gv);
          const ref = seriesOf(years, rv);
          const result = gapTrend(g, ref);
          const bg = annualPercentChange(g).logSlope as number;
          const br = annualPercentChange(ref).logSlope as number;
          expectClose(result.relative?.logRatioSlope, bg - br, 1e-9);
          const diff = seriesOf(years, gv.map((v, i) => v - (rv[i] as number)));
          expectClose(result.absolute.slope, linearTrend(diff).slope, 1e-9);
        },
      ),
      { numRuns: 50 },
    );
  });
  it('z compares the APCs as independent series', () => {
    const g = seriesOf([2016, 2017, 2018, 2019, 2020], [30, 33, 35, 40, 41]);
    const ref = seriesOf([2016, 2017, 2018, 2019, 2020], [50, 51, 53, 52, 55]);
    const r = gapTrend(g, ref);
    const a = annualPercentChange(g);
    const b = annualPercentChange(ref);
    const z = ((a.logSlope as number) - (b.logSlope as number)) / Math.hypot(a.seLogSlope as number, b.seLogSlope as number);
    expectClose(r.relative?.z, z);
    expect(r.relative?.closing).toBe(true);
    expect(r.absolute.closing).toBe(true);
    expect(r.agree).toBe(true);
  });
  it('uses only common years and says how many were left out', () => {
    const r = gapTrend(seriesOf([2019, 2020, 2021, 2022], [1, 2, 3, 4]), seriesOf([2020, 2021, 2022, 2023], [2, 2, 2, 2]));
    expect(r.years).toEqual([2020, 2021, 2022]);
    expect(r.warnings[0]).toMatch(/^2 years observed in only one series were left out/);
  });
  it('a zero rate: relative scale null with the reason, absolute still reported', () => {
    const r = gapTrend(seriesOf([2020, 2021, 2022], [0, 1, 2]), seriesOf([2020, 2021, 2022], [3, 3, 3]));
    expect(r.relative).toBeNull();
    expect(r.agree).toBeNull();
    expect(r.absolute.closing).toBe(true);
    expect(r.warnings.join(' ')).toMatch(/relative scale is not computed/);
  });
  it('needs 3 common years', () => {
    const error = caught(() => gapTrend(seriesOf([2020, 2021, 2022], [1, 2, 3]), seriesOf([2022, 2023, 2024], [1, 2, 3])));
    expect(error.code).toBe('too_short');
    expect(error.message).toMatch(/^gapTrend: group and reference share 1 year; a gap trend needs at least 3 common years/);
  });
  it('rejects duplicate years in either series', () => {
    const error = caught(() => gapTrend(seriesOf([2020, 2020, 2022], [1, 2, 3]), seriesOf([2020, 2021, 2022], [1, 2, 3])));
    expect(error.code).toBe('duplicate');
    expect(error.path).toBe('group[1].year');
  });
});
