import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aapc } from '../../src/trends/aapc.ts';
import { joinpoint } from '../../src/trends/joinpoint.ts';
import { caught, expectClose, seriesOf } from './helpers.ts';

// Reference values: tests/fixtures/peers/joinpoint-reference.R (base R) evaluates Clegg et al. (2009)'s AAPC on the
// Joinpoint fit of Scotland's male all-cancer mortality 1998–2018 (joinpoints 2002 and 2009, the NCI Joinpoint
// program's published model; see joinpoint.test.ts).
interface ReferenceAapc {
  aapc: number;
  lower: number;
  upper: number;
  averageSlope: number;
  seAverageSlope: number;
  pValue: number;
}

function load(): { reference: Record<string, unknown>; series: { year: number; value: number }[]; penetration: { year: number; value: number }[] } {
  const reference = JSON.parse(readFileSync(new URL('../fixtures/peers/joinpoint-reference.json', import.meta.url), 'utf8')) as Record<string, unknown>;
  const golden = JSON.parse(readFileSync(new URL('../fixtures/peers/joinpoint-scotland-globocan.json', import.meta.url), 'utf8')) as {
    series: Record<string, { years: number[]; values: number[] }>;
  };
  const male = golden.series['male-all-sites-mortality'] as { years: number[]; values: number[] };
  return {
    reference,
    series: seriesOf(male.years, male.values),
    penetration: seriesOf([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025], [11.0, 13.0, 14.4, 13.7, 6.2, 14.6, 16.3, 16.5, 17.0, 17.4]),
  };
}

function expectAapc(result: ReturnType<typeof aapc>, reference: ReferenceAapc): void {
  expectClose(result.aapc, reference.aapc);
  expectClose(result.lower, reference.lower);
  expectClose(result.upper, reference.upper);
  expectClose(result.averageSlope, reference.averageSlope);
  expectClose(result.seAverageSlope, reference.seAverageSlope);
  expectClose(result.pValue, reference.pValue);
}

describe('aapc', () => {
  it('over the whole series (the default range) and over 2005–2015: Clegg et al. (2009) with the normal interval', () => {
    const { reference, series } = load();
    const fit = joinpoint(series, { minJoinpoints: 2, maxJoinpoints: 2 });
    const whole = aapc(fit);
    expect([whole.from, whole.to]).toEqual([1998, 2018]);
    expect(whole.singleSegment).toBe(false);
    expect(whole.distribution).toBe('normal');
    expectAapc(whole, reference['scotlandAapc1998to2018'] as ReferenceAapc);
    expectAapc(aapc(fit, { from: 2005, to: 2015 }), reference['scotlandAapc2005to2015'] as ReferenceAapc);
  });
  it('the worked weighting: 4 years of 1998–2002, 7 of 2002–2009 and 9 of 2009–2018', () => {
    const { series } = load();
    const fit = joinpoint(series, { minJoinpoints: 2, maxJoinpoints: 2 });
    const [a, b, c] = fit.segments.map((s) => s.slope) as [number, number, number];
    expectClose(aapc(fit).averageSlope, (4 * a + 7 * b + 9 * c) / 20, 1e-12);
  });
  it("distribution: 't' uses the fit's degrees of freedom", () => {
    const { reference, series } = load();
    const fit = joinpoint(series, { minJoinpoints: 2, maxJoinpoints: 2 });
    const t = aapc(fit, { from: 2005, to: 2015, distribution: 't' });
    expect(t.distribution).toBe('t');
    expectAapc(t, reference['scotlandAapc2005to2015t'] as ReferenceAapc);
  });
  it('inside one segment the AAPC is that segment\'s APC with its t interval', () => {
    const { reference, series } = load();
    const fit = joinpoint(series, { minJoinpoints: 2, maxJoinpoints: 2 });
    const last = aapc(fit, { from: 2009, to: 2018 });
    expect(last.singleSegment).toBe(true);
    expect(last.distribution).toBe('t');
    expectAapc(last, reference['scotlandAapc2009to2018'] as ReferenceAapc);
    const segment = fit.segments[2];
    expectClose(last.aapc, segment?.apc as number, 1e-12);
    expectClose(last.lower, segment?.lower as number, 1e-12);
    expectClose(last.upper, segment?.upper as number, 1e-12);
    // Any sub-range of the segment gives the same AAPC (Clegg et al. 2009).
    expectClose(aapc(fit, { from: 2011, to: 2013 }).aapc, segment?.apc as number, 1e-12);
  });
  it('confidence sets the level (default: the fit\'s)', () => {
    const { reference, series } = load();
    const fit = joinpoint(series, { minJoinpoints: 2, maxJoinpoints: 2 });
    const ninety = aapc(fit, { from: 2010, to: 2015, confidence: 0.9 });
    expect(ninety.confidence).toBe(0.9);
    expectAapc(ninety, reference['scotlandAapc2010to2015conf90'] as ReferenceAapc);
    expect(aapc(joinpoint(series, { minJoinpoints: 2, maxJoinpoints: 2, confidence: 0.8 })).confidence).toBe(0.8);
  });
  it('on the linear model: the average annual change, no AAPC', () => {
    const { reference, penetration } = load();
    const fit = joinpoint(penetration, { model: 'linear', minJoinpoints: 1 });
    const result = aapc(fit, { from: 2017, to: 2024 });
    const expected = reference['linearAverage'] as ReferenceAapc;
    expect(result.aapc).toBeNull();
    expect(result.lower).toBeNull();
    expectClose(result.averageSlope, expected.averageSlope);
    expectClose(result.seAverageSlope, expected.seAverageSlope);
    expectClose(result.pValue, expected.pValue);
  });
  it('a fit without a model or without standard errors gives null fields with the reason', () => {
    const none = joinpoint(seriesOf([2015, 2016, 2017, 2018], [3, 0, 4, 5]));
    const result = aapc(none);
    expect(result.aapc).toBeNull();
    expect(result.warnings[0]).toMatch(/no model/);
    const tight = joinpoint(seriesOf([2010, 2011, 2012, 2013, 2014], [1, 2, 4, 3, 5]), { minJoinpoints: 1, maxJoinpoints: 1 });
    const noSe = aapc(tight);
    expect(noSe.aapc).not.toBeNull();
    expect(noSe.lower).toBeNull();
    expect(noSe.warnings[0]).toMatch(/no standard error/);
  });
  it('a segment without a standard error while df > 0: the average, no interval, the exact reason', () => {
    // joinpoint.test.ts's case: joinpoints 2013 and 2016, the last segment has one observation off its joinpoint.
    const values = [10, 11, 13, 12, 15, 14, 17, 16];
    const fit = joinpoint(seriesOf(values.map((_, i) => 2010 + i), values), { minJoinpoints: 2, maxJoinpoints: 2, minObservationsFromEnd: 1, minObservationsBetween: 1, model: 'linear' });
    expect(fit.df).toBe(1);
    expect(fit.segments.map((s) => s.seSlope === null)).toEqual([false, false, true]);
    const result = aapc(fit);
    expect(result).toMatchObject({ lower: null, upper: null, seAverageSlope: null, slopeLower: null, slopeUpper: null, pValue: null, singleSegment: false });
    expectClose(result.averageSlope, (3 * fit.segments[0]!.slope + 3 * fit.segments[1]!.slope + fit.segments[2]!.slope) / 7, 1e-12);
    expect(result.warnings).toEqual(["a segment in the range has no standard error (see the fit's warnings), so the interval and p-value are null."]);
    // Inside the segment without one, too.
    expect(aapc(fit, { from: 2016, to: 2017 })).toMatchObject({ singleSegment: true, distribution: 't', lower: null, pValue: null });
  });
  it('an exact fit (SE 0): the normal p-value is 0 for a nonzero average slope and 1 for a flat series', () => {
    const years = Array.from({ length: 12 }, (_, t) => 2010 + t);
    // +2 a year to 2015, then −3: the average over 2010–2021 is (5·2 − 6·3)/11 = −8/11.
    const bent = joinpoint(years.map((year, t) => ({ year, value: 10 + 2 * Math.min(t, 5) - 3 * Math.max(0, t - 5) })), { model: 'linear', minJoinpoints: 1, maxJoinpoints: 1 });
    const steep = aapc(bent);
    expect(steep).toMatchObject({ seAverageSlope: 0, pValue: 0, distribution: 'normal' });
    expectClose(steep.averageSlope, -8 / 11, 1e-12);
    const flat = aapc(joinpoint(years.map((year) => ({ year, value: 5 })), { minJoinpoints: 2, maxJoinpoints: 2 }));
    expect(flat).toMatchObject({ aapc: 0, lower: 0, upper: 0, averageSlope: 0, seAverageSlope: 0, pValue: 1, distribution: 'normal' });
  });
  it('a fit without a model: not a single segment, the requested distribution, the default range NaN', () => {
    const none = aapc(joinpoint(seriesOf([2015, 2016, 2017, 2018], [3, 0, 4, 5])), { distribution: 't' });
    expect(none).toMatchObject({ singleSegment: false, distribution: 't', aapc: null, averageSlope: null });
    expect([none.from, none.to]).toEqual([Number.NaN, Number.NaN]);
    expect(none.warnings).toEqual(['the fit has no model (see its warnings), so there is no AAPC.']);
  });
  it('error messages and paths', () => {
    const { series } = load();
    const fit = joinpoint(series, { minJoinpoints: 2, maxJoinpoints: 2 });
    for (const bad of [null, undefined]) {
      const error = caught(() => aapc(bad as never));
      expect([error.code, error.path, error.message]).toEqual(['invalid_type', 'fit', `aapc: fit is ${String(bad)}; expected the result of joinpoint(series, options).`]);
    }
    // From the first year but past the last: the end is what is wrong.
    const late = caught(() => aapc(fit, { from: 1998, to: 2025 }));
    expect([late.code, late.path]).toEqual(['out_of_range', 'options.to']);
    expect(late.message).toBe("aapc: the range 1998–2025 reaches outside the fit's years 1998–2018; an AAPC summarises the fitted model, so keep the range inside it.");
    const empty = caught(() => aapc(fit, { from: 2010, to: 2005 }));
    expect([empty.code, empty.path]).toEqual(['out_of_range', 'options.to']);
    expect(caught(() => aapc(fit, { from: Number.NaN })).path).toBe('options.from');
    expect(caught(() => aapc(fit, { to: Number.POSITIVE_INFINITY })).path).toBe('options.to');
    expect(caught(() => aapc(fit, { distribution: 'z' as 't' })).path).toBe('options.distribution');
  });
  it('throws for a range outside the fit, an empty range and bad input', () => {
    const { series } = load();
    const fit = joinpoint(series, { minJoinpoints: 2, maxJoinpoints: 2 });
    const outside = caught(() => aapc(fit, { from: 1990, to: 2000 }));
    expect(outside.code).toBe('out_of_range');
    expect(outside.path).toBe('options.from');
    expect(caught(() => aapc(fit, { from: 2010, to: 2025 })).path).toBe('options.to');
    expect(caught(() => aapc(fit, { from: 2010, to: 2010 })).message).toMatch(/^aapc: options\.to is 2010, not after options\.from 2010/);
    expect(caught(() => aapc({} as never)).code).toBe('invalid_type');
    expect(caught(() => aapc(fit, { distribution: 'z' as 't' })).code).toBe('invalid_value');
    expect(caught(() => aapc(fit, { confidence: 95 })).code).toBe('out_of_range');
  });
});
