import { describe, expect, it } from 'vitest';
import { openSdgMeasure } from '../../src/trends/internal/openSdg.ts';
import { progressToTarget } from '../../src/trends/progressToTarget.ts';
import { caught, expectClose, seriesOf } from './helpers.ts';

// Formulas: sdg-build sdg/ProgressMeasure.py @ 139fede (growth_calculation, get_progress_thresholds with
// C = 1 − (y₀/y_lim)^4.44, or 1 − ((2·y_lim − y₀)/y_lim)^4.44 between the limit and twice it, get_progress_status,
// get_score), as in progressToTarget.test.ts; the expected values below are those formulas worked by hand.
const higher = { direction: 'higherIsBetter' } as const;

describe('Open SDG limit coefficient and its warnings', () => {
  it('C = 1 − (y₀/y_lim)^4.44 below the limit, 1 at twice the limit or more (limit 0 included), no warning inside the limit', () => {
    const under = progressToTarget(seriesOf([2016, 2020], [0.04, 0.03]), null, { direction: 'lowerIsBetter', limit: 0.05 });
    expectClose(under.openSdg.limitCoefficient, 1 - (0.04 / 0.05) ** 4.44, 1e-12);
    expect(under.warnings).toEqual(['Open SDG: the baseline (0.04) is below the minimum limit (0.05); progress may be misleading.']);
    expect(progressToTarget(seriesOf([2016, 2020], [2, 2.1]), null, { ...higher, limit: 0.5 }).openSdg.limitCoefficient).toBe(1);
    const zero = progressToTarget(seriesOf([2016, 2020], [0, 1]), null, { ...higher, limit: 0 });
    expect(zero.openSdg.limitCoefficient).toBe(1);
    const atMinimum = progressToTarget(seriesOf([2016, 2020], [0.05, 0.05]), null, { direction: 'lowerIsBetter', limit: 0.05 });
    expect([atMinimum.openSdg.limitCoefficient, atMinimum.warnings]).toEqual([0, []]);
    const atMaximum = progressToTarget(seriesOf([2016, 2020], [1, 1]), null, { ...higher, limit: 1 });
    expect(atMaximum.warnings).toEqual([]);
    expect(progressToTarget(seriesOf([2016, 2020], [0.9, 0.93]), null, { ...higher, limit: 1 }).warnings).toEqual([]);
    expect(progressToTarget(seriesOf([2016, 2020], [0.08, 0.07]), null, { direction: 'lowerIsBetter', limit: 0.05 }).warnings).toEqual([]);
  });
  it('the score between the thresholds divides by C: 250·v/C − 1.25 (moderate) and 500·v/C − 2.5 (limited)', () => {
    const coefficient = 1 - 0.5 ** 4.44;
    const moderate = progressToTarget(seriesOf([2016, 2020], [0.5, 0.52]), null, { ...higher, limit: 1 });
    const growth = Math.pow(0.52 / 0.5, 1 / 4) - 1;
    expectClose(moderate.openSdg.limitCoefficient, coefficient, 1e-12);
    expectClose(moderate.openSdg.progressValue, growth, 1e-12);
    expect(moderate.status).toBe('moderate_progress');
    expectClose(moderate.openSdg.score, (250 * growth) / coefficient - 1.25, 1e-9);
    const limited = progressToTarget(seriesOf([2016, 2020], [0.5, 0.505]), null, { ...higher, limit: 1 });
    const small = Math.pow(0.505 / 0.5, 1 / 4) - 1;
    expect(limited.status).toBe('limited_progress');
    expectClose(limited.openSdg.score, (500 * small) / coefficient - 2.5, 1e-9);
  });
});

describe('Open SDG classes and scores at their thresholds', () => {
  it('no growth is limited progress (≥ low = 0), score −2.5, and no warning', () => {
    const flat = progressToTarget(seriesOf([2016, 2020], [100, 100]), null, higher);
    expect([flat.status, flat.openSdg.progressValue, flat.openSdg.score, flat.warnings]).toEqual(['limited_progress', 0, -2.5, []]);
  });
  it('a progress value equal to med is moderate, equal to high is substantial, each with its own score line', () => {
    // 100 → 104 over 4 years: v = 1.04^(1/4) − 1.
    const v = Math.pow(1.04, 1 / 4) - 1;
    const atMed = progressToTarget(seriesOf([2016, 2020], [100, 104]), null, { ...higher, openSdgThresholds: { high: 0.02, med: v } });
    expect(atMed.status).toBe('moderate_progress');
    expectClose(atMed.openSdg.score, 250 * v - 1.25, 1e-12);
    const atHigh = progressToTarget(seriesOf([2016, 2020], [100, 104]), null, { ...higher, openSdgThresholds: { high: v, med: 0.001 } });
    expect(atHigh.status).toBe('substantial_progress');
    expectClose(atHigh.openSdg.score, 500 * v - 5, 1e-12);
    const lowGiven = progressToTarget(seriesOf([2016, 2020], [100, 99]), null, { ...higher, openSdgThresholds: { low: -0.01 } });
    expect(lowGiven.openSdg.thresholds).toEqual({ high: 0.015, med: 0.005, low: -0.01 });
    expect(lowGiven.status).toBe('limited_progress');
  });
  it('methodology 2: a ratio equal to med or to high scores 7.1429·R − 4.2857, as substantial or moderate', () => {
    const series = seriesOf([2020, 2024], [40, 46]);
    const target = { year: 2030, value: 60 };
    const ratio = progressToTarget(series, target).openSdg.ratio as number;
    const atMed = progressToTarget(series, target, { openSdgThresholds: { med: ratio } });
    expect(atMed.status).toBe('moderate_progress');
    expectClose(atMed.openSdg.score, 7.1429 * ratio - 4.2857, 1e-12);
    // Thresholds out of order (high below med): high alone decides the line.
    const atHigh = progressToTarget(series, target, { openSdgThresholds: { high: ratio, med: 0.9 } });
    expect(atHigh.status).toBe('substantial_progress');
    expectClose(atHigh.openSdg.score, 7.1429 * ratio - 4.2857, 1e-12);
  });
});

describe('Open SDG growth rates that are not available', () => {
  it('a target of 0 becomes 0.001 with a warning', () => {
    expect(progressToTarget(seriesOf([2016, 2020], [5, 4]), { year: 2030, value: 0 }).warnings).toEqual([
      'Open SDG: the target is 0; used 0.001 instead, as sdg-build does.',
    ]);
  });
  it('opposite signs are not available; a current value of 0 is a growth of −1 from either side', () => {
    const opposite = progressToTarget(seriesOf([2016, 2020], [5, -5]), { year: 2030, value: 10 });
    expect([opposite.openSdg.status, opposite.openSdg.observedGrowth, opposite.openSdg.score]).toEqual(['not_available', null, null]);
    expect(opposite.warnings).toContain('Open SDG: the baseline and current values have different signs, so growth rates are undefined.');
    const toZero = progressToTarget(seriesOf([2016, 2020], [5, 0]), { year: 2030, value: 10 });
    expect([toZero.openSdg.observedGrowth, toZero.openSdg.status]).toEqual([-1, 'deterioration']);
    // From −5 to 0 the growth is −1 too; the ratio is undefined because 10/−5 has no real root.
    const fromNegative = progressToTarget(seriesOf([2016, 2020], [-5, 0]), { year: 2030, value: 10 });
    expect([fromNegative.openSdg.observedGrowth, fromNegative.openSdg.status]).toEqual([-1, 'not_available']);
  });
  it('the required growth undefined (target across 0), zero (target = baseline), or the observed growth overflowing', () => {
    const message = 'Open SDG: the required growth rate is 0 or undefined (target equals the baseline, or their signs differ), so the ratio is undefined.';
    const across = progressToTarget(seriesOf([2016, 2020], [5, 6]), { year: 2030, value: -5 }, { direction: 'lowerIsBetter' });
    expect(across.openSdg).toMatchObject({ status: 'not_available', score: null, ratio: null, requiredGrowthFromBaseline: null });
    expectClose(across.openSdg.observedGrowth, Math.pow(6 / 5, 1 / 4) - 1, 1e-12);
    expect(across.warnings).toEqual([message]);
    const equal = progressToTarget(seriesOf([2016, 2020], [40, 39]), { year: 2030, value: 40 }, { direction: 'higherIsBetter' });
    expect(equal.openSdg.status).toBe('not_available');
    expectClose(equal.openSdg.observedGrowth, Math.pow(39 / 40, 1 / 4) - 1, 1e-12);
    expect(equal.warnings).toEqual([message]);
    // 1e300/1e-300 overflows to Infinity, so the observed growth is Infinity; the required growth (0.1^(1/14) − 1) is finite.
    const overflow = progressToTarget(seriesOf([2016, 2020], [1e-300, 1e300]), { year: 2030, value: 1e-301 });
    expect([overflow.openSdg.status, overflow.openSdg.observedGrowth]).toEqual(['not_available', null]);
    // The percents of a 1e300 change against 1e−300 are about 1e602: beyond a double, null with a warning each.
    const beyond = (field: string): string => `${field}: the percent is beyond the range of a double (the change is more than 1.8e306 times the change it is measured against), so it is null.`;
    expect(overflow.warnings).toEqual([
      message,
      beyond('healthyPeople.percentOfTargetedChangeAchieved'),
      beyond('healthyPeople.percentChangeFromBaseline'),
      beyond('expectedPath.percentOfExpectedChangeAchieved'),
    ]);
    expect([overflow.healthyPeople.percentOfTargetedChangeAchieved, overflow.healthyPeople.percentChangeFromBaseline]).toEqual([null, null]);
  });
  it('growth needs the current and target years to differ from the base year (callers of the measure guarantee it)', () => {
    const input = { baseYear: 2020, baseValue: 10, currentValue: 12, targetMet: false, direction: 1, thresholds: undefined, limit: undefined } as const;
    const message = 'Open SDG: growth rates need the current and target years to differ from the base year.';
    for (const [currentYear, target] of [
      [2020, null],
      [2024, { year: 2020, value: 20 }],
    ] as const) {
      const warnings: string[] = [];
      const result = openSdgMeasure({ ...input, currentYear, target }, warnings, 'test');
      expect([result.status, result.score, result.observedGrowth]).toEqual(['not_available', null, null]);
      expect(warnings).toEqual([message]);
    }
  });
  it('thresholds that are not an object, or not finite', () => {
    const series = seriesOf([2016, 2020], [100, 104]);
    const notObject = caught(() => progressToTarget(series, null, { ...higher, openSdgThresholds: 5 as never }));
    expect([notObject.code, notObject.path, notObject.message]).toEqual([
      'invalid_type',
      'options.openSdgThresholds',
      'progressToTarget: options.openSdgThresholds is 5; expected { high, med, low }.',
    ]);
    for (const key of ['high', 'med', 'low']) {
      const error = caught(() => progressToTarget(series, null, { ...higher, openSdgThresholds: { [key]: 'x' } as never }));
      expect(error.path).toBe(`options.openSdgThresholds.${key}`);
    }
  });
});
