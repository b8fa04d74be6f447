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
    expect(error.path).toBe('reference');
    expect(error.message).toBe('gapTrend: group and reference share 1 year; a gap trend needs at least 3 common years.');
  });
  it('a closing gap by hand, with a 90 % interval: gaps 6, 5, 3, 2 against a constant reference of 4', () => {
    // Years centred at 2021.5: x = −1.5, −0.5, 0.5, 1.5, Sxx = 5; Sxy = −7, so b = −1.4; fitted gaps 6.1, 4.7, 3.3, 1.9,
    // residuals −0.1, 0.3, −0.3, 0.1, SSE = 0.2, SE = √(0.2/2/5) = √0.02; t(0.95, 2 df) = 2.919985580 (R: qt(0.95, 2)).
    const r = gapTrend(seriesOf([2020, 2021, 2022, 2023], [10, 9, 7, 6]), seriesOf([2020, 2021, 2022, 2023], [4, 4, 4, 4]), {
      confidence: 0.9,
    });
    expect(r.confidence).toBe(0.9);
    expect(r.years).toEqual([2020, 2021, 2022, 2023]);
    expect(r.n).toBe(4);
    expect(r.absolute.first).toBe(6);
    expect(r.absolute.last).toBe(2);
    expectClose(r.absolute.slope, -1.4, 1e-12);
    expectClose(r.absolute.seSlope, Math.sqrt(0.02), 1e-12);
    expectClose(r.absolute.lower, -1.4 - 2.91998558035372 * Math.sqrt(0.02), 1e-9);
    expectClose(r.absolute.upper, -1.4 + 2.91998558035372 * Math.sqrt(0.02), 1e-9);
    expectClose(r.absolute.fittedLast, 1.9, 1e-12);
    expect(r.absolute.closing).toBe(true);
    expectClose(r.absolute.yearsToParity, 1.9 / 1.4, 1e-12);
    // The reference is flat, so its log slope is 0 and the ratio's slope is the group's: b = Σ x·ln y / Sxx
    // = (1.5 ln 0.6 + 0.5 ln(7/9)) / 5; the fitted log ratio in 2023 is mean ln(y/4) + 1.5 b = ln(3780)/4 − ln 4 + 1.5 b.
    const b = (1.5 * Math.log(0.6) + 0.5 * Math.log(7 / 9)) / 5;
    const fittedLogRatio = Math.log(3780) / 4 - Math.log(4) + 1.5 * b;
    expect(r.relative?.first).toBe(2.5);
    expect(r.relative?.last).toBe(1.5);
    expectClose(r.relative?.logRatioSlope, b, 1e-12);
    expectClose(r.relative?.ratioApc, 100 * Math.expm1(b), 1e-12);
    expectClose(r.relative?.apcGroup, 100 * Math.expm1(b), 1e-12);
    expect(r.relative?.apcReference).toBe(0);
    expectClose(r.relative?.fittedLast, Math.exp(fittedLogRatio), 1e-12);
    expect(r.relative?.closing).toBe(true);
    expectClose(r.relative?.yearsToParity, fittedLogRatio / -b, 1e-12);
    expect(r.agree).toBe(true);
    expect(r.warnings).toEqual([]);
  });
  it('the other disagreement: group 10 → 20 against 4 → 10 widens in difference (6 → 10) but closes in ratio (2.5 → 2)', () => {
    const r = gapTrend(seriesOf([2020, 2021, 2022], [10, 15, 20]), seriesOf([2020, 2021, 2022], [4, 7, 10]));
    expect(r.absolute.slope).toBe(2);
    expect(r.absolute.closing).toBe(false);
    expect(r.absolute.yearsToParity).toBeNull();
    expect(r.relative?.closing).toBe(true);
    expect(r.agree).toBe(false);
    expect(r.warnings).toEqual([
      'the scales disagree: the gap is widening in absolute terms but closing in relative terms; report both.',
    ]);
    const first = gapTrend(seriesOf([2020, 2021, 2022], [20, 15, 10]), seriesOf([2020, 2021, 2022], [10, 7, 4]));
    expect(first.warnings).toEqual([
      'the scales disagree: the gap is closing in absolute terms but widening in relative terms; report both.',
    ]);
  });
  it('a constant gap has no direction on the absolute scale, so the scales cannot agree or disagree', () => {
    // gaps 1, 1, 1: slope exactly 0; ratios 2, 1.5, 4/3 move toward 1.
    const r = gapTrend(seriesOf([2020, 2021, 2022], [2, 3, 4]), seriesOf([2020, 2021, 2022], [1, 2, 3]));
    expect(r.absolute.slope).toBe(0);
    expect(r.absolute.closing).toBeNull();
    expect(r.absolute.yearsToParity).toBeNull();
    expect(r.relative?.closing).toBe(true);
    expect(r.agree).toBeNull();
    expect(r.warnings).toEqual([]);
  });
  it('a fitted gap of exactly 0 in the last year is neither closing nor widening', () => {
    // gaps −2, −1, 0 lie on a line: slope 1, fitted last gap −1 + 1·1 = 0.
    const r = gapTrend(seriesOf([2020, 2021, 2022], [1, 2, 3]), seriesOf([2020, 2021, 2022], [3, 3, 3]));
    expect(r.absolute.slope).toBe(1);
    expect(r.absolute.fittedLast).toBe(0);
    expect(r.absolute.closing).toBeNull();
    expect(r.absolute.yearsToParity).toBeNull();
    expect(r.relative?.closing).toBe(false);
    expect(r.agree).toBeNull();
    expect(r.warnings).toEqual([]);
  });
  it('a fitted ratio of exactly 1 with exact log-linear fits: closing null, z infinite, p 0', () => {
    // ln(0.25), ln(0.5), ln(1) = −2 ln 2, −ln 2, 0: slope ln 2, no residual, fitted last log ratio −ln 2 + ln 2 = 0;
    // both standard errors are 0, so z = ln 2 / 0 = +∞. The absolute gaps −0.75, −0.5, 0 close (fitted −1/24, slope 3/8).
    const r = gapTrend(seriesOf([2020, 2021, 2022], [0.25, 0.5, 1]), seriesOf([2020, 2021, 2022], [1, 1, 1]));
    expect(r.relative?.logRatioSlope).toBe(Math.LN2);
    expect(r.relative?.ratioApc).toBe(100);
    expect(r.relative?.fittedLast).toBe(1);
    expect(r.relative?.closing).toBeNull();
    expect(r.relative?.yearsToParity).toBeNull();
    expect(r.relative?.z).toBe(Number.POSITIVE_INFINITY);
    expect(r.relative?.pValue).toBe(0);
    expect(r.absolute.closing).toBe(true);
    expectClose(r.absolute.yearsToParity, 1 / 24 / (3 / 8), 1e-12);
    expect(r.agree).toBeNull();
    expect(r.warnings).toEqual([]);
  });
  it('a constant ratio is neither closing nor widening, though the two log-linear fits differ by rounding', () => {
    // group = 2 × reference exactly: ln(group/reference) = ln 2 every year. The two APC fits give log-slopes that
    // differ by 2.8e−17; before 0.2.0 that read as "widening" with a scale-disagreement warning.
    const years = [2016, 2017, 2018, 2019, 2020];
    const reference = [0.31, 0.27, 0.22, 0.2, 0.17];
    for (const factor of [2, 3]) {
      const r = gapTrend(seriesOf(years, reference.map((v) => factor * v)), seriesOf(years, reference));
      expect(Math.abs(r.relative?.logRatioSlope as number)).toBeLessThan(1e-15);
      expect(r.relative?.closing).toBeNull();
      expect(r.relative?.yearsToParity).toBeNull();
      // The difference (factor − 1) × reference does shrink toward 0.
      expect(r.absolute.closing).toBe(true);
      expect(r.agree).toBeNull();
      expect(r.warnings).toEqual([]);
    }
  });
  it('a tiny trend well above rounding is still a trend: ratios 1, 1 + 1e−10, 1 + 2e−10 widen', () => {
    const r = gapTrend(seriesOf([2020, 2021, 2022], [1, 1 + 1e-10, 1 + 2e-10]), seriesOf([2020, 2021, 2022], [1, 1, 1]));
    expectClose((r.relative?.logRatioSlope as number) / 1e-10, 1, 1e-5);
    expect(r.relative?.closing).toBe(false);
    expect(r.absolute.closing).toBe(false);
    expect(r.agree).toBe(true);
  });
  it('two flat series: every slope and its standard error are 0, so z is 0 with p = 1', () => {
    const r = gapTrend(seriesOf([2020, 2021, 2022], [2, 2, 2]), seriesOf([2020, 2021, 2022], [1, 1, 1]));
    expect(r.relative?.logRatioSlope).toBe(0);
    expect(r.relative?.z).toBe(0);
    expect(r.relative?.pValue).toBe(1);
    expect(r.relative?.closing).toBeNull();
    expect(r.absolute.closing).toBeNull();
    expect(r.agree).toBeNull();
    expect(r.warnings).toEqual([]);
  });
  it('a zero in the reference alone also drops the relative scale', () => {
    const r = gapTrend(seriesOf([2020, 2021, 2022], [1, 2, 3]), seriesOf([2020, 2021, 2022], [0, 3, 3]));
    expect(r.relative).toBeNull();
    expect(r.agree).toBeNull();
    expect(r.absolute.closing).toBe(false);
    expect(r.warnings).toEqual([
      'a rate is ≤ 0, so the ratio has no logarithm and the relative scale is not computed (as SEER*Stat skips the APC).',
    ]);
  });
  it('matches years whichever series starts or ends first, and says "1 year … was"', () => {
    const early = gapTrend(seriesOf([2019, 2020, 2021, 2022, 2023], [1, 2, 3, 4, 5]), seriesOf([2018, 2020, 2021, 2022], [1, 2, 3, 5]));
    expect(early.years).toEqual([2020, 2021, 2022]);
    expect(early.absolute.first).toBe(0);
    expect(early.absolute.last).toBe(-1);
    expect(early.warnings).toEqual(['3 years observed in only one series were left out.']);
    const one = gapTrend(seriesOf([2020, 2021, 2022, 2023], [1, 2, 3, 4]), seriesOf([2020, 2021, 2022], [1, 2, 3.5]));
    expect(one.years).toEqual([2020, 2021, 2022]);
    expect(one.absolute.last).toBe(-0.5);
    expect(one.warnings).toEqual(['1 year observed in only one series was left out.']);
  });
  it('rejects a series with fewer than 3 years on its own path, and 2 common years in the plural', () => {
    const short = caught(() => gapTrend(seriesOf([2020, 2021], [1, 2]), seriesOf([2020, 2021, 2022], [1, 2, 3])));
    expect(short.code).toBe('too_short');
    expect(short.path).toBe('group');
    expect(short.message).toBe('gapTrend: group has 2 years; a gap trend needs at least 3. Add years or use a method that needs fewer.');
    const shortReference = caught(() => gapTrend(seriesOf([2020, 2021, 2022], [1, 2, 3]), seriesOf([2020, 2021], [1, 2])));
    expect(shortReference.path).toBe('reference');
    expect(shortReference.message).toBe('gapTrend: reference has 2 years; a gap trend needs at least 3. Add years or use a method that needs fewer.');
    const two = caught(() => gapTrend(seriesOf([2020, 2021, 2022], [1, 2, 3]), seriesOf([2021, 2022, 2023], [1, 2, 3])));
    expect(two.code).toBe('too_short');
    expect(two.path).toBe('reference');
    expect(two.message).toBe('gapTrend: group and reference share 2 years; a gap trend needs at least 3 common years.');
  });
  it('rejects an unknown option and a duplicate year in the reference', () => {
    const unknown = caught(() => gapTrend(seriesOf([2020, 2021, 2022], [1, 2, 3]), seriesOf([2020, 2021, 2022], [1, 2, 3]), { level: 0.9 } as never));
    expect(unknown.code).toBe('unknown_key');
    expect(unknown.path).toBe('options.level');
    const duplicate = caught(() => gapTrend(seriesOf([2020, 2021, 2022], [1, 2, 3]), seriesOf([2020, 2021, 2021], [1, 2, 3])));
    expect(duplicate.code).toBe('duplicate');
    expect(duplicate.path).toBe('reference[2].year');
  });
  it('rejects duplicate years in either series', () => {
    const error = caught(() => gapTrend(seriesOf([2020, 2020, 2022], [1, 2, 3]), seriesOf([2020, 2021, 2022], [1, 2, 3])));
    expect(error.code).toBe('duplicate');
    expect(error.path).toBe('group[1].year');
  });
});
