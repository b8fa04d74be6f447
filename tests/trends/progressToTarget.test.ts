import { describe, expect, it } from 'vitest';
import { progressToTarget } from '../../src/trends/progressToTarget.ts';
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
  const r = progressToTarget(series, { year: 2030, value: 60 });
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
