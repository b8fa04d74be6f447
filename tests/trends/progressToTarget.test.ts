import { beforeEach, describe, expect, it } from 'vitest';
import { progressToTarget, type ProgressToTargetResult } from '../../src/trends/progressToTarget.ts';
import { caught, expectClose, seriesOf } from './helpers.ts';

// Open SDG expected values: sdg-build sdg/ProgressMeasure.py @ 139fede, growth_calculation(val1, val2, t1, t2) =
// (val1/val2)^(1/(t1 − t2)) − 1 and R = sign·direction·CAGR_o/|CAGR_r|, evaluated in Python 3.
describe('progressToTarget — Open SDG (Statistics Canada) method', () => {
  it('substantial progress: 100 → 121 over 2015–2017, target 200 by 2030', () => {
    const r = progressToTarget(seriesOf([2015, 2016, 2017], [100, 110, 121]), { year: 2030, value: 200 });
    expectClose(r.openSdg.observedGrowth, 0.10000000000000009);
    expectClose(r.openSdg.requiredGrowthFromBaseline, 0.04729412282062673);
    expectClose(r.openSdg.ratio, 2.114427629396403);
    expect(r.status).toBe('substantial_progress');
    expect(r.method).toBe('openSdg');
    expect(r.direction).toBe('higherIsBetter');
    expect(r.directionSource).toBe('inferred');
  });
  it('limited progress toward a lower target: 50 → 45 over 2015–2020, target 25 by 2030', () => {
    const r = progressToTarget(seriesOf([2015, 2020], [50, 45]), { year: 2030, value: 25 });
    expect(r.direction).toBe('lowerIsBetter');
    expectClose(r.openSdg.ratio, 0.46174442506014873);
    expect(r.openSdg.status).toBe('limited_progress');
  });
  it('a zero baseline is replaced by 0.001 with a warning, as sdg-build does', () => {
    const r = progressToTarget(seriesOf([2015, 2020], [0, 2]), { year: 2030, value: 10 });
    expectClose(r.openSdg.observedGrowth, 3.573050519273264);
    expectClose(r.openSdg.ratio, 4.2142494226411005);
    expect(r.warnings.join(' ')).toMatch(/baseline is 0; used 0.001/);
  });
  it('a negative baseline flips the sign: −10 → −8 toward −2 (higher is better)', () => {
    const r = progressToTarget(seriesOf([2015, 2020], [-10, -8]), { year: 2030, value: -2 });
    expectClose(r.openSdg.ratio, 0.4290096918858439);
    expect(r.openSdg.status).toBe('limited_progress');
  });
  it('deterioration, moderate progress and target achieved', () => {
    expect(progressToTarget(seriesOf([2015, 2020], [50, 48]), { year: 2030, value: 60 }).openSdg.status).toBe('deterioration');
    // R = ((46/40)^(1/4) − 1)/((60/40)^(1/10) − 1) = 0.859…
    expect(progressToTarget(seriesOf([2020, 2024], [40, 46]), { year: 2030, value: 60 }).openSdg.status).toBe('moderate_progress');
    const done = progressToTarget(seriesOf([2020, 2024], [40, 61]), { year: 2030, value: 60 });
    expect(done.openSdg.status).toBe('target_achieved');
    expect(done.targetMet).toBe(true);
  });
  it('different signs of baseline and current: not available', () => {
    const r = progressToTarget(seriesOf([2015, 2020], [-5, 5]), { year: 2030, value: 10 });
    expect(r.openSdg.status).toBe('not_available');
    expect(r.openSdg.ratio).toBeNull();
  });
  it('uses the next observed year when the base year is missing (Open SDG), and warns', () => {
    const r = progressToTarget(seriesOf([2014, 2016, 2018], [10, 12, 13]), { year: 2030, value: 20 }, { baseYear: 2015 });
    expect(r.baseline).toEqual({ year: 2016, value: 12 });
    expect(r.warnings[0]).toMatch(/no value in base year 2015; used the next observed year, 2016/);
  });
});

// Healthy People 2030: percent of targeted change achieved = 100(recent − baseline)/(target − baseline); status
// rules from the NCHS methods page and the HP2020 final progress table definitions. Baseline 82.4 % and target
// 86.0 % are objective PHI-04's published values (health.gov, data methodology page); the recent values are
// illustrative.
describe('progressToTarget — Healthy People 2030', () => {
  it('PHI-04 baseline 82.4 %, target 86.0 %: a recent 84.0 % has achieved 44.4 % of the targeted change → improving', () => {
    const r = progressToTarget(seriesOf([2016, 2020], [82.4, 84.0]), { year: 2030, value: 86.0 }, { method: 'healthyPeople' });
    expectClose(r.healthyPeople.percentOfTargetedChangeAchieved, (100 * (84.0 - 82.4)) / (86.0 - 82.4));
    expectClose(r.healthyPeople.percentChangeFromBaseline, (100 * (84.0 - 82.4)) / 82.4);
    expect(r.status).toBe('improving');
    expect(r.healthyPeople.basis).toBe('tenPercentRule');
  });
  it('less than 10 % of the targeted change: little or no detectable change', () => {
    const r = progressToTarget(seriesOf([2016, 2020], [82.4, 82.7]), { year: 2030, value: 86.0 });
    expectClose(r.healthyPeople.percentOfTargetedChangeAchieved, 8.333333333333405, 1e-9);
    expect(r.healthyPeople.status).toBe('littleOrNoDetectableChange');
  });
  it('moving away by ≥ 10 % of the baseline: getting worse; by less: little or no change', () => {
    const worse = progressToTarget(seriesOf([2018, 2022], [20, 22.5]), { year: 2030, value: 15 });
    expect(worse.healthyPeople.movement).toBe('awayFromTarget');
    expect(worse.healthyPeople.status).toBe('gettingWorse');
    const small = progressToTarget(seriesOf([2018, 2022], [20, 21]), { year: 2030, value: 15 });
    expect(small.healthyPeople.status).toBe('littleOrNoDetectableChange');
  });
  it('with standard errors, significance decides', () => {
    const series = seriesOf([2016, 2020], [82.4, 84.0]);
    const noisy = progressToTarget(series, { year: 2030, value: 86 }, { standardErrors: { baseline: 1.5, recent: 1.5 } });
    // z = 1.6/√4.5 = 0.754; scipy.stats.norm: 2·norm.sf(1.6/√4.5) = 0.45070078042613604, not significant.
    expectClose(noisy.healthyPeople.pValue, 0.45070078042613604);
    expect(noisy.healthyPeople.status).toBe('littleOrNoDetectableChange');
    const precise = progressToTarget(series, { year: 2030, value: 86 }, { standardErrors: { baseline: 0.3, recent: 0.3 } });
    expect(precise.healthyPeople.significant).toBe(true);
    expect(precise.healthyPeople.status).toBe('improving');
  });
  it('target met or exceeded', () => {
    const r = progressToTarget(seriesOf([2016, 2020], [82.4, 86.5]), { year: 2030, value: 86.0 });
    expect(r.healthyPeople.status).toBe('targetMetOrExceeded');
  });
});

describe('progressToTarget — expected path and projections (the methods can disagree)', () => {
  const series = seriesOf([2020, 2022, 2024], [40, 43, 46]);
  let r: ProgressToTargetResult;
  beforeEach(() => {
    r = progressToTarget(series, { year: 2030, value: 60 });
  });
  it('expected path: 48 due by 2024, 46 observed → off track, 75 % of the expected change', () => {
    expect(r.expectedPath.expectedValue).toBe(48);
    expect(r.expectedPath.difference).toBe(-2);
    expect(r.expectedPath.percentOfExpectedChangeAchieved).toBe(75);
    expect(r.expectedPath.status).toBe('offTrack');
  });
  it('linear projection: 40 + 1.5·10 = 55 in 2030 → off track; the Open SDG ratio says moderate progress', () => {
    expectClose(r.linearProjection.projectedValue, 55);
    expect(r.linearProjection.status).toBe('offTrack');
    expect(r.openSdg.status).toBe('moderate_progress');
  });
  it('log-linear projection is higher than linear on a rising series', () => {
    expect(r.logLinearProjection.projectedValue as number).toBeGreaterThan(55);
  });
  it('required change from the current year', () => {
    expectClose(r.requiredAnnualChange, 14 / 6);
    expectClose(r.requiredGrowthFromCurrent, Math.pow(60 / 46, 1 / 6) - 1);
  });
  it('a series on track by linear projection and off track by log-linear (falling toward a low target)', () => {
    // Linear 100, 90, 80 reaches 20 by 2028; the log-linear fit decays more slowly and stays above 20.
    const falling = progressToTarget(seriesOf([2020, 2021, 2022], [100, 90, 80]), { year: 2028, value: 20 });
    expect(falling.linearProjection.status).toBe('onTrack');
    expect(falling.logLinearProjection.status).toBe('offTrack');
  });
});

describe('progressToTarget bad input', () => {
  it('rejects a target year before the last observation', () => {
    const error = caught(() => progressToTarget(seriesOf([2020, 2024], [40, 46]), { year: 2023, value: 60 }));
    expect(error.code).toBe('out_of_range');
    expect(error.path).toBe('target.year');
    expect(error.message).toMatch(/^progressToTarget: target.year is 2023, before the last observation \(2024\)/);
  });
  it('asks for a direction when the target equals the baseline', () => {
    const error = caught(() => progressToTarget(seriesOf([2020, 2024], [40, 46]), { year: 2030, value: 40 }));
    expect(error.code).toBe('invalid_value');
    expect(error.path).toBe('options.direction');
    const ok = progressToTarget(seriesOf([2020, 2024], [40, 46]), { year: 2030, value: 40 }, { direction: 'higherIsBetter' });
    expect(ok.targetMet).toBe(true);
  });
  it('needs 2 years', () => {
    const error = caught(() => progressToTarget(seriesOf([2020], [40]), { year: 2030, value: 60 }));
    expect(error.code).toBe('too_short');
    expect(error.message).toMatch(/^progressToTarget: series has 1 year; progress to a target needs at least 2/);
  });
  it('rejects alpha outside (0, 1)', () => {
    const error = caught(() => progressToTarget(seriesOf([2020, 2024], [40, 46]), { year: 2030, value: 60 }, { alpha: 1.5 }));
    expect(error.code).toBe('out_of_range');
    expect(error.path).toBe('options.alpha');
  });
});

describe('progressToTarget — the 0.2 vocabulary (docs/conventions.md §2)', () => {
  it('names methods by their result keys and accepts the 0.1 kebab-case names until 0.3 with a warning', () => {
    const series = seriesOf([2020, 2024], [0.4, 0.46]);
    for (const [old, current] of [
      ['open-sdg', 'openSdg'],
      ['healthy-people', 'healthyPeople'],
      ['expected-path', 'expectedPath'],
      ['linear-projection', 'linearProjection'],
      ['log-linear-projection', 'logLinearProjection'],
    ] as const) {
      const r = progressToTarget(series, { year: 2030, value: 0.6 }, { method: old as never });
      expect(r.method).toBe(current);
      expect(r.status).toBe(r[current].status);
      expect(r.warnings).toEqual([`deprecated: progressToTarget: options.method "${old}" is now "${current}"; the old name is accepted until 0.3.0.`]);
      expect(progressToTarget(series, { year: 2030, value: 0.6 }, { method: current }).warnings).toEqual([]);
    }
  });

  it('two required growths, two names: from the current value (top level) and from the baseline (Open SDG)', () => {
    // 40 % in 2020, 46 % in 2024, 60 % by 2030: from now (0.6/0.46)^(1/6) − 1; Open SDG from 2020 (0.6/0.4)^(1/10) − 1.
    const r = progressToTarget(seriesOf([2020, 2024], [0.4, 0.46]), { year: 2030, value: 0.6 });
    expectClose(r.requiredGrowthFromCurrent, Math.pow(0.6 / 0.46, 1 / 6) - 1);
    expectClose(r.openSdg.requiredGrowthFromBaseline, Math.pow(0.6 / 0.4, 1 / 10) - 1);
    // The 0.1 names repeat them until 0.3.
    expect(r.requiredGrowth).toBe(r.requiredGrowthFromCurrent);
    expect(r.openSdg.requiredGrowth).toBe(r.openSdg.requiredGrowthFromBaseline);
  });
});

// Open SDG without a target (methodology 1) and sdg-build's score. Expected values: sdg-build
// sdg/ProgressMeasure.py @ 139fede — growth_calculation, get_progress_thresholds (limit coefficient, a = 4.44),
// get_progress_status and get_score — evaluated in Python 3.11. The series 100 → 120 (2020–2021) and the
// 2010–2019 headline of indicator 3-3-3 are sdg-build's own test assets (tests/assets/progress-calculation/data).
describe('progressToTarget — Open SDG without a target (methodology 1)', () => {
  it("judges sdg-build's test indicator 1-1-1 (100 → 120) by its observed growth, either direction", () => {
    const series = seriesOf([2020, 2021], [100, 120]);
    const worse = progressToTarget(series, null, { direction: 'lowerIsBetter' });
    expectClose(worse.openSdg.progressValue, -0.19999999999999996, 1e-12);
    expect([worse.status, worse.openSdg.score, worse.openSdg.methodology, worse.target, worse.method]).toEqual(['deterioration', -5, 1, null, 'openSdg']);
    expect([worse.openSdg.ratio, worse.openSdg.requiredGrowthFromBaseline, worse.openSdg.limitCoefficient]).toEqual([null, null, null]);
    expect(worse.openSdg.thresholds).toEqual({ high: 0.015, med: 0.005, low: 0 });
    const better = progressToTarget(series, null, { direction: 'higherIsBetter' });
    expectClose(better.openSdg.observedGrowth, 0.19999999999999996, 1e-12);
    expect([better.status, better.openSdg.score, better.directionSource]).toEqual(['substantial_progress', 5, 'option']);
  });

  it("judges sdg-build's test indicator 3-3-3 from 2015, with and without its target of 0", () => {
    const series = seriesOf([2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019], [1.51, 1.51, 1.38, 1.4, 1.27, 1.55, 1.69, 1.65, 1.62, 1.82]);
    const open = progressToTarget(series, null, { direction: 'lowerIsBetter', baseYear: 2015 });
    expectClose(open.openSdg.progressValue, -0.04096211131524741, 1e-12);
    expect([open.status, open.openSdg.score]).toEqual(['deterioration', -5]);
    // Methodology 2 (sdg-build's config for 3-3-3: direction negative, target 0 → 0.001).
    const targeted = progressToTarget(series, { year: 2030, value: 0 }, { baseYear: 2015 });
    expectClose(targeted.openSdg.ratio, -0.1057876713820222, 1e-12);
    expectClose(targeted.openSdg.score, -2.940785490347472, 1e-12);
    expect([targeted.openSdg.methodology, targeted.openSdg.status]).toEqual([2, 'deterioration']);
  });

  it('moderate and limited progress, and the score between the thresholds', () => {
    const moderate = progressToTarget(seriesOf([2016, 2020], [100, 104]), null, { direction: 'higherIsBetter' });
    expectClose(moderate.openSdg.progressValue, 0.009853406548968824, 1e-12);
    expectClose(moderate.openSdg.score, 1.213351637242206, 1e-12);
    expect(moderate.status).toBe('moderate_progress');
    const limited = progressToTarget(seriesOf([2016, 2020], [100, 101]), null, { direction: 'higherIsBetter' });
    expectClose(limited.openSdg.score, -1.2546603428394398, 1e-12);
    expect(limited.status).toBe('limited_progress');
    // User thresholds move the classes; sdg-build's score keeps its default-calibrated formula.
    const custom = progressToTarget(seriesOf([2016, 2020], [100, 104]), null, { direction: 'higherIsBetter', openSdgThresholds: { high: 0.005, med: 0.002 } });
    expect(custom.status).toBe('substantial_progress');
    expectClose(custom.openSdg.score, -0.07329672551558808, 1e-12);
  });

  it('reduces the thresholds near a natural limit (coefficient C)', () => {
    const coverage = seriesOf([2016, 2017, 2018, 2019, 2020], [0.9, 0.91, 0.915, 0.92, 0.93]);
    const plain = progressToTarget(coverage, null, { direction: 'higherIsBetter' });
    expectClose(plain.openSdg.progressValue, 0.008231146843384884, 1e-12);
    expectClose(plain.openSdg.score, 0.8077867108462211, 1e-12);
    expect(plain.status).toBe('moderate_progress');
    const capped = progressToTarget(coverage, null, { direction: 'higherIsBetter', limit: 1 });
    expectClose(capped.openSdg.limitCoefficient, 0.37362164501282824, 1e-12);
    expectClose(capped.openSdg.thresholds.high, 0.005604324675192424, 1e-12);
    expectClose(capped.openSdg.thresholds.med, 0.0018681082250641412, 1e-12);
    expect([capped.status, capped.openSdg.score]).toEqual(['substantial_progress', 5]);
    // A minimum limit: a rate falling from 0.08 toward a floor of 0.05 (the |limit| < |y₀| < 2|limit| branch).
    const floor = progressToTarget(seriesOf([2016, 2020], [0.08, 0.07]), null, { direction: 'lowerIsBetter', limit: 0.05 });
    expectClose(floor.openSdg.progressValue, 0.032831789866165306, 1e-12);
    expectClose(floor.openSdg.limitCoefficient, 0.9828940829587277, 1e-12);
    // At the limit C = 0: holding it is substantial progress, falling from it is deterioration.
    const held = progressToTarget(seriesOf([2016, 2020], [1, 1]), null, { direction: 'higherIsBetter', limit: 1 });
    expect([held.openSdg.limitCoefficient, held.status, held.openSdg.score]).toEqual([0, 'substantial_progress', 5]);
    const slipped = progressToTarget(seriesOf([2016, 2020], [1, 0.98]), null, { direction: 'higherIsBetter', limit: 1 });
    expectClose(slipped.openSdg.score, -3.129742950913989, 1e-12);
    expect(slipped.status).toBe('deterioration');
    // Far from the limit (|y₀| ≥ 2|limit|) nothing changes.
    expect(progressToTarget(seriesOf([2016, 2020], [100, 104]), null, { direction: 'higherIsBetter', limit: 10 }).openSdg.limitCoefficient).toBe(1);
  });

  it('warns about a baseline beyond the limit, and ignores a limit when a target is given', () => {
    const beyond = progressToTarget(seriesOf([2016, 2020], [1.2, 1.25]), null, { direction: 'higherIsBetter', limit: 1 });
    expect(beyond.warnings.join(' ')).toMatch(/above the maximum limit/);
    const under = progressToTarget(seriesOf([2016, 2020], [0.04, 0.03]), null, { direction: 'lowerIsBetter', limit: 0.05 });
    expect(under.warnings.join(' ')).toMatch(/below the minimum limit/);
    const targeted = progressToTarget(seriesOf([2020, 2022, 2024], [0.4, 0.43, 0.46]), { year: 2030, value: 0.6 }, { limit: 1 });
    expect(targeted.openSdg.limitCoefficient).toBeNull();
    expectClose(targeted.openSdg.score, 1.8522737764244264, 1e-12);
    expect(targeted.warnings.join(' ')).toMatch(/ignored limit 1 because a target is given/);
  });

  it('a negative baseline flips the sign, a zero baseline becomes 0.001, a sign change is not available', () => {
    const negative = progressToTarget(seriesOf([2016, 2020], [-10, -8]), null, { direction: 'higherIsBetter' });
    expectClose(negative.openSdg.progressValue, 0.05425839099682417, 1e-12);
    expect(negative.status).toBe('substantial_progress');
    const zero = progressToTarget(seriesOf([2016, 2020], [0, 2]), null, { direction: 'higherIsBetter' });
    expectClose(zero.openSdg.progressValue, 5.68740304976422, 1e-12);
    expect(zero.warnings.join(' ')).toMatch(/baseline is 0; used 0.001/);
    const crossing = progressToTarget(seriesOf([2016, 2020], [-1, 1]), null, { direction: 'higherIsBetter' });
    expect([crossing.status, crossing.openSdg.score, crossing.openSdg.progressValue]).toEqual(['not_available', null, null]);
  });

  it('needs a direction, accepts only the Open SDG method and a finite limit', () => {
    const series = seriesOf([2016, 2020], [100, 104]);
    const direction = caught(() => progressToTarget(series, null, {} as never));
    expect([direction.code, direction.path]).toEqual(['invalid_value', 'options.direction']);
    const method = caught(() => progressToTarget(series, null, { direction: 'higherIsBetter', method: 'healthyPeople' as 'openSdg' }));
    expect([method.code, method.path]).toEqual(['invalid_value', 'options.method']);
    expect(method.message).toMatch(/needs a target/);
    const limit = caught(() => progressToTarget(series, null, { direction: 'higherIsBetter', limit: Number.NaN }));
    expect([limit.code, limit.path]).toEqual(['not_finite', 'options.limit']);
    const target = caught(() => progressToTarget(series, 'soon' as never));
    expect([target.code, target.path]).toEqual(['invalid_type', 'target']);
  });
});

describe('progressToTarget — boundaries and messages', () => {
  it('a base year that is observed: no warning; the first year: the whole series', () => {
    const r = progressToTarget(seriesOf([2014, 2016, 2018], [10, 12, 13]), { year: 2030, value: 20 }, { baseYear: 2014 });
    expect(r.baseline).toEqual({ year: 2014, value: 10 });
    expect(r.current).toEqual({ year: 2018, value: 13 });
    expect(r.target).toEqual({ year: 2030, value: 20 });
    expect(r.warnings).toEqual([]);
    const observed = progressToTarget(seriesOf([2014, 2016, 2018], [10, 12, 13]), { year: 2030, value: 20 }, { baseYear: 2016 });
    expect([observed.baseline, observed.warnings]).toEqual([{ year: 2016, value: 12 }, []]);
  });
  it('a base year after the last observation, or at it (one year left), is an error', () => {
    const series = seriesOf([2014, 2016, 2018], [10, 12, 13]);
    const after = caught(() => progressToTarget(series, { year: 2030, value: 20 }, { baseYear: 2019 }));
    expect([after.code, after.path, after.message]).toEqual([
      'out_of_range',
      'options.baseYear',
      'progressToTarget: options.baseYear is 2019, after the last observation (2018); choose an observed year.',
    ]);
    const last = caught(() => progressToTarget(series, { year: 2030, value: 20 }, { baseYear: 2018 }));
    expect([last.code, last.path, last.message]).toEqual([
      'too_short',
      'series',
      'progressToTarget: series has 1 year from the base year on; progress to a target needs at least 2 (a baseline and a later value).',
    ]);
    const fractional = caught(() => progressToTarget(series, { year: 2030, value: 20 }, { baseYear: 2015.5 }));
    expect([fractional.code, fractional.path]).toEqual(['not_integer', 'options.baseYear']);
  });
  it('a target for the last observed year: no annual change or growth is required any more', () => {
    const r = progressToTarget(seriesOf([2020, 2024], [40, 46]), { year: 2024, value: 60 });
    expect([r.requiredAnnualChange, r.requiredGrowthFromCurrent, r.targetMet]).toEqual([null, null, false]);
    // Expected path: the whole change is due by 2024, 6 of 20 made.
    expect(r.expectedPath).toEqual({ expectedValue: 60, difference: -14, percentOfExpectedChangeAchieved: 30, status: 'offTrack' });
  });
  it('required growth from the current value: −1 toward a target of 0, null from a value ≤ 0 or toward a negative target', () => {
    // (0/4)^(1/6) − 1 = −1.
    const toZero = progressToTarget(seriesOf([2020, 2024], [5, 4]), { year: 2030, value: 0 });
    expect(toZero.requiredGrowthFromCurrent).toBe(-1);
    expect(toZero.requiredAnnualChange).toBeCloseTo(-4 / 6, 15);
    expect(progressToTarget(seriesOf([2020, 2024], [5, 4]), { year: 2030, value: -1 }).requiredGrowthFromCurrent).toBeNull();
    expect(progressToTarget(seriesOf([2020, 2024], [5, 0]), { year: 2030, value: 10 }).requiredGrowthFromCurrent).toBeNull();
    expect(progressToTarget(seriesOf([2020, 2024], [5, -2]), { year: 2030, value: 10 }).requiredGrowthFromCurrent).toBeNull();
  });
  it('a target equal to the baseline with a given direction: no percent of the targeted or expected change', () => {
    const r = progressToTarget(seriesOf([2020, 2024], [40, 39]), { year: 2030, value: 40 }, { direction: 'higherIsBetter' });
    expect(r.directionSource).toBe('option');
    expect(r.targetMet).toBe(false);
    expect(r.healthyPeople.percentOfTargetedChangeAchieved).toBeNull();
    expect(r.healthyPeople.movement).toBe('awayFromTarget');
    expect(r.expectedPath.percentOfExpectedChangeAchieved).toBeNull();
    expect(r.expectedPath.expectedValue).toBe(40);
  });
  it('target errors: the exact messages and paths', () => {
    const series = seriesOf([2020, 2024], [40, 46]);
    const notObject = caught(() => progressToTarget(series, 'soon' as never));
    expect(notObject.message).toBe(
      'progressToTarget: target is "soon"; expected { year, value }, e.g. { year: 2030, value: 0.6 }, or null for a series without a target.',
    );
    const year = caught(() => progressToTarget(series, { year: 2030.5, value: 60 }));
    expect([year.code, year.path]).toEqual(['not_integer', 'target.year']);
    const value = caught(() => progressToTarget(series, { year: 2030, value: Number.NaN }));
    expect([value.code, value.path]).toEqual(['not_finite', 'target.value']);
    const equal = caught(() => progressToTarget(series, { year: 2030, value: 40 }));
    expect(equal.message).toBe(
      'progressToTarget: the target (40) equals the baseline, so the desired direction cannot be inferred; pass options.direction ("higherIsBetter" or "lowerIsBetter").',
    );
    const direction = caught(() => progressToTarget(series, { year: 2030, value: 60 }, { direction: 'up' as never }));
    expect([direction.code, direction.path]).toEqual(['invalid_value', 'options.direction']);
    const method = caught(() => progressToTarget(series, { year: 2030, value: 60 }, { method: 'bogus' as never }));
    expect([method.code, method.path]).toEqual(['invalid_value', 'options.method']);
  });
  it('without a target: the direction error names its path and says why', () => {
    const series = seriesOf([2016, 2020], [100, 104]);
    const unknown = caught(() => progressToTarget(series, null, { direction: 'up' as never }));
    expect([unknown.code, unknown.path]).toEqual(['invalid_value', 'options.direction']);
    const none = caught(() => progressToTarget(series, null, {} as never));
    expect(none.message).toBe(
      'progressToTarget: there is no target to infer the desired direction from; pass options.direction ("higherIsBetter" or "lowerIsBetter").',
    );
    const r = progressToTarget(series, null, { direction: 'higherIsBetter' });
    expect([r.baseline, r.current]).toEqual([
      { year: 2016, value: 100 },
      { year: 2020, value: 104 },
    ]);
  });
});

describe('progressToTarget — Healthy People boundaries', () => {
  it('exactly 10 % of the targeted change is improving; exactly 10 % worse than the baseline is getting worse', () => {
    // 50 → 51 toward 60: 100·1/10 = 10 %. 20 → 22 away from 15: 100·2/20 = 10 %.
    const toward = progressToTarget(seriesOf([2020, 2024], [50, 51]), { year: 2030, value: 60 });
    expect([toward.healthyPeople.percentOfTargetedChangeAchieved, toward.healthyPeople.status]).toEqual([10, 'improving']);
    const away = progressToTarget(seriesOf([2020, 2024], [20, 22]), { year: 2030, value: 15 });
    expect([away.healthyPeople.percentChangeFromBaseline, away.healthyPeople.status]).toEqual([10, 'gettingWorse']);
  });
  it('from a baseline of 0: no percent change; moving away is getting worse, standing still is no change', () => {
    const away = progressToTarget(seriesOf([2020, 2024], [0, -1]), { year: 2030, value: 10 });
    expect(away.healthyPeople).toMatchObject({ percentChangeFromBaseline: null, movement: 'awayFromTarget', status: 'gettingWorse' });
    const still = progressToTarget(seriesOf([2020, 2024], [0, 0]), { year: 2030, value: 10 });
    expect(still.healthyPeople).toMatchObject({ percentChangeFromBaseline: null, movement: 'none', status: 'littleOrNoDetectableChange' });
    const flat = progressToTarget(seriesOf([2020, 2024], [50, 50]), { year: 2030, value: 60 });
    expect(flat.healthyPeople).toMatchObject({ percentOfTargetedChangeAchieved: 0, movement: 'none', status: 'littleOrNoDetectableChange' });
  });
  it('standard errors of 0: p = 0 for any change, 1 for none; significance needs p < α strictly', () => {
    const changed = progressToTarget(seriesOf([2016, 2020], [82.4, 84]), { year: 2030, value: 86 }, { standardErrors: { baseline: 0, recent: 0 } });
    expect(changed.healthyPeople).toMatchObject({ pValue: 0, significant: true, status: 'improving', basis: 'significance' });
    const flat = progressToTarget(seriesOf([2016, 2020], [82.4, 82.4]), { year: 2030, value: 86 }, { standardErrors: { baseline: 0, recent: 0 } });
    expect(flat.healthyPeople).toMatchObject({ pValue: 1, significant: false, movement: 'none' });
    const series = seriesOf([2016, 2020], [82.4, 84]);
    const standardErrors = { baseline: 1.5, recent: 1.5 };
    const p = progressToTarget(series, { year: 2030, value: 86 }, { standardErrors }).healthyPeople.pValue as number;
    expect(progressToTarget(series, { year: 2030, value: 86 }, { standardErrors, alpha: p }).healthyPeople.significant).toBe(false);
  });
  it('standard errors that are not an object or not valid numbers', () => {
    const series = seriesOf([2016, 2020], [82.4, 84]);
    for (const [standardErrors, shown] of [
      [null, 'null'],
      [5, '5'],
    ] as const) {
      const error = caught(() => progressToTarget(series, { year: 2030, value: 86 }, { standardErrors: standardErrors as never }));
      expect([error.code, error.path, error.message]).toEqual([
        'invalid_type',
        'options.standardErrors',
        `progressToTarget: options.standardErrors is ${shown}; expected { baseline, recent }.`,
      ]);
    }
    const baseline = caught(() => progressToTarget(series, { year: 2030, value: 86 }, { standardErrors: { baseline: -1, recent: 1 } }));
    expect([baseline.code, baseline.path]).toEqual(['out_of_range', 'options.standardErrors.baseline']);
    const recent = caught(() => progressToTarget(series, { year: 2030, value: 86 }, { standardErrors: { baseline: 1, recent: Number.NaN } }));
    expect([recent.code, recent.path]).toEqual(['not_finite', 'options.standardErrors.recent']);
  });
});

describe('progressToTarget — projections that are not available or already met', () => {
  it('a value of 0 leaves the log-linear projection out with a warning; a met target is met on every projection', () => {
    const open = progressToTarget(seriesOf([2020, 2022, 2024], [0, 43, 46]), { year: 2030, value: 60 });
    expect(open.logLinearProjection).toEqual({ projectedValue: null, slope: null, status: 'notAvailable' });
    expect(open.warnings).toContain('log-linear projection: a value ≤ 0 has no logarithm, so the projection is not available.');
    const met = progressToTarget(seriesOf([2020, 2022, 2024], [0, 43, 66]), { year: 2030, value: 60 });
    expect(met.logLinearProjection).toEqual({ projectedValue: null, slope: null, status: 'targetMet' });
    expect([met.linearProjection.status, met.expectedPath.status]).toEqual(['targetMet', 'targetMet']);
    // Expected path 40 → 60 over 2020–2030 is 48 in 2024: 49 is on track.
    expect(progressToTarget(seriesOf([2020, 2024], [40, 49]), { year: 2030, value: 60 }).expectedPath.status).toBe('onTrack');
  });
});

describe('progressToTarget — values near the largest double', () => {
  it('percents of changes near 1.8e308 are finite (taken of halves), not Infinity', () => {
    // 1e307 → 1.7e308 toward 1.5e308 by 2030 (higher is better): the change 1.6e308 × 100 overflows as written.
    // Targeted: 1.6e308 / 1.4e308 = 114.29 %; from the baseline: 1.6e308 / 1e307 = 1600 %.
    // Expected path: 1e307 + 1.4e308 × 2/10 = 3.8e307, due 2.8e307; 1.6e308 / 2.8e307 = 571.43 %.
    const r = progressToTarget(seriesOf([2020, 2022], [1e307, 1.7e308]), { year: 2030, value: 1.5e308 });
    expectClose(r.healthyPeople.percentOfTargetedChangeAchieved, 160 / 1.4, 1e-12);
    expectClose(r.healthyPeople.percentChangeFromBaseline, 1600, 1e-12);
    expectClose(r.expectedPath.expectedValue / 1e307, 3.8, 1e-12);
    expectClose(r.expectedPath.percentOfExpectedChangeAchieved, 160 / 0.28, 1e-12);
    expect(r.warnings).toEqual([]);
  });
  it('a target and baseline of opposite signs near the limit: the expected value is finite', () => {
    // −1e308 → 1e308 toward 1e308 by 2030: expected −1e308 + 2e308 × 2/10 = −6e307; due 4e307; 2e308 / 4e307 = 500 %.
    const r = progressToTarget(seriesOf([2020, 2022], [-1e308, 0.5e308]), { year: 2030, value: 1e308 });
    expectClose(r.expectedPath.expectedValue / 1e307, -6, 1e-12);
    expectClose(r.expectedPath.percentOfExpectedChangeAchieved, 1.5e308 / 4e307 * 100, 1e-12);
    expectClose(r.healthyPeople.percentOfTargetedChangeAchieved, 75, 1e-12);
  });
  it('a percent beyond the range of a double is null, with a warning that says so', () => {
    // Baseline 1e-300, target one ulp above it, current 1: (1 − 1e−300) / 1.5e−316 ≈ 6.7e315, beyond 1.8e308.
    const r = progressToTarget(seriesOf([2020, 2022], [1e-300, 1]), { year: 2030, value: 1e-300 * (1 + 2 ** -52) });
    expect(r.healthyPeople.percentOfTargetedChangeAchieved).toBeNull();
    expect(r.healthyPeople.status).toBe('targetMetOrExceeded');
    expect(r.warnings).toEqual([
      'healthyPeople.percentOfTargetedChangeAchieved: the percent is beyond the range of a double (the change is more than 1.8e306 times the change it is measured against), so it is null.',
    ]);
  });
});
