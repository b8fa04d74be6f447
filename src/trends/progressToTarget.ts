import { renamedValue } from '../internal/deprecation.ts';
import { describe, fail } from '../internal/errors.ts';
import { finiteNumber, integer, nonNegativeNumber } from '../internal/validate.ts';
import { twoSidedNormalP } from './internal/inference.ts';
import { fitLogLinear } from './internal/logLinear.ts';
import { fitOls } from './internal/ols.ts';
import { openSdgMeasure } from './internal/openSdg.ts';
import { checkOptions, choice, directionOption, significanceLevel, type Direction } from './internal/options.ts';
import { packSeries } from './internal/series.ts';

/**
 * Which way is better for an indicator: `'higherIsBetter'` (coverage, penetration) or `'lowerIsBetter'` (leakage,
 * distance, wait times). The same two words as the disparity module's comparisons.
 *
 * @category Trends
 */
export type TrendDirection = 'higherIsBetter' | 'lowerIsBetter';

/**
 * The method whose status {@link progressToTarget} reports as `status`; each is the key of its component in the
 * result. All are computed either way. The 0.1 spellings (`'open-sdg'`, `'healthy-people'`, `'expected-path'`,
 * `'linear-projection'`, `'log-linear-projection'`) are accepted until 0.3 with a warning.
 */
export type ProgressMethod = 'openSdg' | 'healthyPeople' | 'expectedPath' | 'linearProjection' | 'logLinearProjection';

/** The 0.1 spellings of the methods. */
const METHOD_RENAMES: Readonly<Record<string, ProgressMethod>> = {
  'open-sdg': 'openSdg',
  'healthy-people': 'healthyPeople',
  'expected-path': 'expectedPath',
  'linear-projection': 'linearProjection',
  'log-linear-projection': 'logLinearProjection',
};

/** Open SDG progress classes, spelt as `sdg-build` returns them (a published exception to camelCase). */
export type OpenSdgStatus =
  | 'target_achieved'
  | 'substantial_progress'
  | 'moderate_progress'
  | 'limited_progress'
  | 'deterioration'
  | 'not_available';

/** Healthy People 2030 status classes ("Target met or exceeded", "Improving", "Little or no detectable change", "Getting worse"). */
export type HealthyPeopleStatus = 'targetMetOrExceeded' | 'improving' | 'littleOrNoDetectableChange' | 'gettingWorse';

/** Status of the expected-path and projection methods. */
export type PathStatus = 'targetMet' | 'onTrack' | 'offTrack' | 'notAvailable';

/** Any status {@link progressToTarget} can report. */
export type ProgressStatus = OpenSdgStatus | HealthyPeopleStatus | PathStatus;

/** A target: the value to reach by a year. */
export interface ProgressTarget {
  /** The target year. */
  readonly year: number;
  /** The target value. */
  readonly value: number;
}

/** Options of {@link progressToTarget}. */
export interface ProgressToTargetOptions {
  /** The method whose status is reported as `status`. Default `'openSdg'`. */
  method?: ProgressMethod;
  /**
   * Which way is better. Default: inferred from the target — `'higherIsBetter'` when the target is above the
   * baseline, `'lowerIsBetter'` when below (required when they are equal). Note Open SDG's own default is
   * "negative" (lower is better); here nothing is assumed.
   */
  direction?: TrendDirection;
  /**
   * The baseline year. Default the first observed year. When it is not observed, the next observed year is
   * used, as Open SDG does, with a warning.
   */
  baseYear?: number;
  /**
   * Open SDG thresholds (sdg-build `ProgressMeasure.py`): on the growth ratio R with a target, defaults
   * `{ high: 0.95, med: 0.6, low: 0 }`; on the observed growth (a fraction per year) without one, defaults
   * `{ high: 0.015, med: 0.005, low: 0 }`.
   */
  openSdgThresholds?: { high?: number; med?: number; low?: number };
  /**
   * A natural limit of the indicator (1 for a share that cannot pass 100 %, 0 for a rate that cannot fall below 0),
   * for Open SDG without a target: near it, the growth thresholds are multiplied by
   * C = 1 − (|y₀|/|limit|)^4.44 (|y₀| ≤ |limit|), 1 − ((2|limit| − |y₀|)/|limit|)^4.44 (|limit| < |y₀| < 2|limit|)
   * or 1 (farther), y₀ the baseline, as sdg-build does. Ignored, with a warning, when a target is given.
   */
  limit?: number;
  /**
   * Standard errors of the baseline and the most recent value, for Healthy People's significance test of the
   * change (z = (recent − baseline)/√(se_b² + se_r²), two-sided at `alpha`). Without them Healthy People's
   * 10 % rules apply.
   */
  standardErrors?: { baseline: number; recent: number };
  /** Significance level for the Healthy People test, strictly inside (0, 1). Default 0.05. */
  alpha?: number;
}

/** The Open SDG (Statistics Canada) growth-ratio method. */
export interface OpenSdgProgress {
  /** `2` with a target (the growth ratio), `1` without one (the observed growth against fixed thresholds). */
  readonly methodology: 1 | 2;
  /** Observed CAGR from baseline to current, (v_cur/v_base)^(1/(t_cur − t_base)) − 1: a fraction per year (0.1 = +10 % a year). */
  readonly observedGrowth: number | null;
  /** Required CAGR from the baseline to the target, (target/v_base)^(1/(t_target − t_base)) − 1: a fraction per year. */
  readonly requiredGrowthFromBaseline: number | null;
  /** @deprecated The 0.1 name of `requiredGrowthFromBaseline` (same value); removed in 0.3. */
  readonly requiredGrowth: number | null;
  /** R = sign·d·observed/|required|, with sign = −1 for a negative baseline and d = ±1 for the direction; `null` without a target. */
  readonly ratio: number | null;
  /**
   * The value compared with the thresholds: R with a target (methodology 2); sign·d·observedGrowth without one
   * (methodology 1), a fraction per year.
   */
  readonly progressValue: number | null;
  /**
   * sdg-build's score in [−5, 5], for averaging series into an indicator: 5 when the target is achieved, else a
   * piecewise-linear map of the progress value calibrated for the default thresholds (with a target: R = −0.6 →
   * −5, 0.6 → 0, 1.3 → 5; without: −2 % → −5, 0 → −2.5, 0.5 % → 0, 1.5 % → 2.5, 2 % → 5, positive break points
   * times C). `null` when the progress value is undefined.
   */
  readonly score: number | null;
  /** The limit coefficient C applied to the thresholds (methodology 1 with a `limit`), else `null`. */
  readonly limitCoefficient: number | null;
  /** The class: target achieved, or progress value ≥ high substantial, ≥ med moderate, ≥ low limited, below deterioration. */
  readonly status: OpenSdgStatus;
  /** Thresholds used (already multiplied by C). */
  readonly thresholds: { readonly high: number; readonly med: number; readonly low: number };
}

/** The Healthy People 2030 method. */
export interface HealthyPeopleProgress {
  /** 100·(recent − baseline)/(target − baseline), a percent (30 = 30 %); `null` when the target equals the baseline. */
  readonly percentOfTargetedChangeAchieved: number | null;
  /** 100·(recent − baseline)/baseline, a percent; `null` when the baseline is 0. */
  readonly percentChangeFromBaseline: number | null;
  /** Whether the value moved toward the target, away from it, or not at all. */
  readonly movement: 'towardTarget' | 'awayFromTarget' | 'none';
  /** p-value of the change when standard errors are given, else `null`. */
  readonly pValue: number | null;
  /** Whether the change is significant (with standard errors), else `null`. */
  readonly significant: boolean | null;
  /** The class. */
  readonly status: HealthyPeopleStatus;
  /** `'significance'` when standard errors were given, `'tenPercentRule'` otherwise. */
  readonly basis: 'significance' | 'tenPercentRule';
}

/** The straight expected path from baseline to target. */
export interface ExpectedPathProgress {
  /** Value expected in the current year on the straight line from (base year, baseline) to (target year, target). */
  readonly expectedValue: number;
  /** current − expected (positive is above the path). */
  readonly difference: number;
  /** 100·(current − baseline)/(expected − baseline), a percent: how much of the change due by now has happened. */
  readonly percentOfExpectedChangeAchieved: number | null;
  /** target met, on track (at or beyond the path in the desired direction) or off track. */
  readonly status: PathStatus;
}

/** A trend line projected to the target year. */
export interface ProjectionProgress {
  /** The projected value at the target year; `null` when the trend cannot be fitted. */
  readonly projectedValue: number | null;
  /** Slope of the fitted line (value per year; log-scale per year for the log-linear projection). */
  readonly slope: number | null;
  /** target met, on track (projection at or beyond the target) or off track. */
  readonly status: PathStatus;
}

/** Progress toward a target under several named methods, with every component. */
export interface ProgressToTargetResult {
  /** The method whose status is `status`. */
  readonly method: ProgressMethod;
  /** The status under `method`. */
  readonly status: ProgressStatus;
  /** Which way is better, and whether it was given or inferred. */
  readonly direction: TrendDirection;
  /** `'option'` when given, `'inferred'` from target vs baseline. */
  readonly directionSource: 'option' | 'inferred';
  /** Baseline year and value. */
  readonly baseline: { readonly year: number; readonly value: number };
  /** Most recent year and value. */
  readonly current: { readonly year: number; readonly value: number };
  /** The target. */
  readonly target: ProgressTarget;
  /** Whether the current value is at or beyond the target in the desired direction. */
  readonly targetMet: boolean;
  /** Change still needed per year from the current year, (target − current)/(t_target − t_current), in the series' unit per year; `null` in the target year. */
  readonly requiredAnnualChange: number | null;
  /**
   * Growth still needed per year from the current value, (target/current)^(1/(t_target − t_current)) − 1: a
   * fraction per year; `null` when undefined. Not Open SDG's required growth, which runs from the baseline
   * (`openSdg.requiredGrowthFromBaseline`).
   */
  readonly requiredGrowthFromCurrent: number | null;
  /** @deprecated The 0.1 name of `requiredGrowthFromCurrent` (same value); removed in 0.3. */
  readonly requiredGrowth: number | null;
  /** Open SDG growth ratio. */
  readonly openSdg: OpenSdgProgress;
  /** Healthy People 2030 targeted change. */
  readonly healthyPeople: HealthyPeopleProgress;
  /** Straight expected path. */
  readonly expectedPath: ExpectedPathProgress;
  /** OLS line from the baseline year on, projected to the target year. */
  readonly linearProjection: ProjectionProgress;
  /** Log-linear (constant percent change) line, projected to the target year. */
  readonly logLinearProjection: ProjectionProgress;
  /** Substitutions and undefined components, explained, and deprecated names used. */
  readonly warnings: string[];
}

/** Options of {@link progressToTarget} without a target: the direction must be given. */
export interface ProgressWithoutTargetOptions extends ProgressToTargetOptions {
  /** Which way is better; required, as there is no target to infer it from. */
  direction: TrendDirection;
  /** Only `'openSdg'` (its methodology 1) judges progress without a target. Default `'openSdg'`. */
  method?: 'openSdg';
}

/** Progress of a series that has no target: Open SDG's methodology 1. */
export interface ProgressWithoutTargetResult {
  /** Always `'openSdg'`. */
  readonly method: 'openSdg';
  /** The Open SDG class of the observed growth. */
  readonly status: OpenSdgStatus;
  /** Which way is better, as given. */
  readonly direction: TrendDirection;
  /** Always `'option'`. */
  readonly directionSource: 'option';
  /** Baseline year and value. */
  readonly baseline: { readonly year: number; readonly value: number };
  /** Most recent year and value. */
  readonly current: { readonly year: number; readonly value: number };
  /** No target. */
  readonly target: null;
  /** Open SDG methodology 1: the observed growth against its thresholds. */
  readonly openSdg: OpenSdgProgress;
  /** Substitutions and undefined components, explained, and deprecated names used. */
  readonly warnings: string[];
}

const FN = 'progressToTarget';

/**
 * Progress toward a target under several named methods — they can disagree on the same series, so all are
 * computed and returned with their components; `method` picks the one reported as `status`.
 *
 * - **Open SDG** (Statistics Canada method; open-sdg/sdg-build `sdg/ProgressMeasure.py` @ 139fede):
 *   CAGR_o = (v_cur/v_base)^(1/(t_cur − t_base)) − 1, CAGR_r = (target/v_base)^(1/(t_target − t_base)) − 1,
 *   R = sign·d·CAGR_o/|CAGR_r|; target achieved when the current value is at or beyond the target, else
 *   R ≥ 0.95 substantial, ≥ 0.6 moderate, ≥ 0 limited, < 0 deterioration. A baseline or target of 0 is replaced
 *   by 0.001 (with a warning), as sdg-build does; a sign change between baseline and current gives `not_available`.
 *   **Without a target** (`target` `null`, `direction` required) only Open SDG's methodology 1 applies: the
 *   progress value sign·d·CAGR_o against 1.5 % (substantial), 0.5 % (moderate) and 0 (limited) a year, those
 *   thresholds multiplied by C near a natural `limit`.
 * - **Healthy People 2030** (NCHS, https://www.cdc.gov/nchs/healthy-people/hp2030/methods.html; HP2020 final
 *   progress table definitions): percent of targeted change achieved = 100(recent − baseline)/(target − baseline);
 *   percent change from baseline = 100(recent − baseline)/baseline. Target met or exceeded; improving when moving
 *   toward the target and significant (with standard errors) or ≥ 10 % of the targeted change (without); getting
 *   worse when moving away and significant, or ≥ 10 % relative to the baseline; otherwise little or no detectable change.
 * - **Expected path**: the straight line from baseline to target; on track when the current value is at or
 *   beyond the path's value for the current year.
 * - **Linear / log-linear projection**: the OLS line of value (or ln value) on year, from the baseline year on,
 *   at the target year; on track when at or beyond the target.
 *
 * @param series - Yearly observations `{ year, value }`, any order, at least 2 years from the baseline year on.
 * @param target - The target value and the year it should be reached (the year must not be before the last
 *   observation); `null` for a series without a target, judged by Open SDG's methodology 1.
 * @param options - See {@link ProgressToTargetOptions}.
 * @returns The status under `method` and every method's components; without a target, Open SDG's methodology 1.
 * @throws {EquityLensError} `out_of_range` when the target year is before the last observation, `baseYear` is after
 *   it, or `alpha` is outside (0, 1); `too_short` with fewer than 2 years from the baseline on;
 *   `invalid_value` when target equals baseline and no direction is given, without a target when no direction is
 *   given or the method is not `'openSdg'`, or for an unknown method;
 *   `duplicate`, `not_finite`, `invalid_type` or `not_integer` for bad entries.
 * @category Trends
 * @example
 * ```ts
 * import { progressToTarget } from "./progressToTarget.ts";
 *
 * // Penetration (a share, so a fraction) 40 % in 2020, 46 % in 2024, target 60 % by 2030.
 * const series = [{ year: 2020, value: 0.4 }, { year: 2022, value: 0.43 }, { year: 2024, value: 0.46 }];
 * const result = progressToTarget(series, { year: 2030, value: 0.6 });
 * result.status; // => "moderate_progress"
 * result.healthyPeople.percentOfTargetedChangeAchieved?.toFixed(1); // => "30.0" (a percent: its name says so)
 * result.openSdg.observedGrowth?.toFixed(4); // => "0.0356" (a fraction: +3.56 % a year)
 * result.requiredGrowthFromCurrent?.toFixed(4); // => "0.0453" (from 46 % in 2024 to 60 % by 2030)
 * result.healthyPeople.status; // => "improving"
 * result.expectedPath.status; // => "offTrack"
 *
 * // No target: is +3.56 % a year enough by Open SDG's fixed thresholds, for a share that cannot pass 100 %?
 * const open = progressToTarget(series, null, { direction: "higherIsBetter", limit: 1 });
 * open.status; // => "substantial_progress"
 * open.openSdg.limitCoefficient?.toFixed(3); // => "0.983"
 * ```
 */
export function progressToTarget(
  series: readonly { readonly year: number; readonly value: number }[],
  target: ProgressTarget,
  options?: ProgressToTargetOptions,
): ProgressToTargetResult;
/** {@link progressToTarget} without a target (`target: null`, `options.direction` required): Open SDG's class of the observed growth. */
export function progressToTarget(
  series: readonly { readonly year: number; readonly value: number }[],
  target: null,
  options: ProgressWithoutTargetOptions,
): ProgressWithoutTargetResult;
export function progressToTarget(
  series: readonly { readonly year: number; readonly value: number }[],
  target: ProgressTarget | null,
  options?: ProgressToTargetOptions,
): ProgressToTargetResult | ProgressWithoutTargetResult {
  const opts = checkOptions(options, ['method', 'direction', 'baseYear', 'openSdgThresholds', 'limit', 'standardErrors', 'alpha'], FN);
  const warnings: string[] = [];
  const method = choice(
    renamedValue(opts.method, METHOD_RENAMES, 'options.method', FN, warnings),
    ['openSdg', 'healthyPeople', 'expectedPath', 'linearProjection', 'logLinearProjection'] as const,
    'openSdg',
    'options.method',
    FN,
  );
  const alpha = significanceLevel(opts.alpha, FN);
  // null (no target) passes: typeof null is 'object'.
  if (typeof target !== 'object') {
    fail('invalid_type', 'target', `${FN}: target is ${describe(target)}; expected { year, value }, e.g. { year: 2030, value: 0.6 }, or null for a series without a target.`);
  }
  const all = packSeries(series, 'series', FN, 2, 'progress to a target');

  // Baseline: the requested year, or the next observed year (Open SDG).
  let start = 0;
  if (opts.baseYear !== undefined) {
    const requested = integer(opts.baseYear, 'options.baseYear', FN);
    start = all.years.findIndex((y) => y >= requested);
    if (start < 0) {
      fail('out_of_range', 'options.baseYear', `${FN}: options.baseYear is ${requested}, after the last observation (${all.years[all.n - 1]}); choose an observed year.`);
    }
    if (all.years[start] !== requested) warnings.push(`no value in base year ${requested}; used the next observed year, ${all.years[start]} (as Open SDG does).`);
  }
  const years = all.years.subarray(start);
  const values = all.values.subarray(start);
  const n = years.length;
  if (n < 2) {
    fail('too_short', 'series', `${FN}: series has ${n} year from the base year on; progress to a target needs at least 2 (a baseline and a later value).`);
  }
  const baseYear = years[0] as number;
  const baseValue = values[0] as number;
  const currentYear = years[n - 1] as number;
  const currentValue = values[n - 1] as number;
  if (target === null) return withoutTarget();
  const targetYear = integer(target.year, 'target.year', FN);
  const targetValue = finiteNumber(target.value, 'target.value', FN);
  if (targetYear < currentYear) {
    fail('out_of_range', 'target.year', `${FN}: target.year is ${targetYear}, before the last observation (${currentYear}); a target must be for the last observed year or later.`);
  }

  let direction: Direction;
  let directionSource: 'option' | 'inferred';
  const given = directionOption(opts.direction, 'options.direction', FN);
  if (given !== undefined) {
    direction = given;
    directionSource = 'option';
  } else if (targetValue === baseValue) {
    fail('invalid_value', 'options.direction', `${FN}: the target (${targetValue}) equals the baseline, so the desired direction cannot be inferred; pass options.direction ("higherIsBetter" or "lowerIsBetter").`);
  } else {
    // Stryker disable next-line EqualityOperator: equivalent — a target equal to the baseline has failed just above, so > and ≥ agree
    direction = targetValue > baseValue ? 'higherIsBetter' : 'lowerIsBetter';
    directionSource = 'inferred';
  }
  const d = direction === 'higherIsBetter' ? 1 : -1;
  const atOrBeyond = (value: number, reference: number): boolean => d * (value - reference) >= 0;
  const targetMet = atOrBeyond(currentValue, targetValue);

  const remaining = targetYear - currentYear;
  const requiredAnnualChange = remaining > 0 ? (targetValue - currentValue) / remaining : null;
  let requiredGrowthFromCurrent: number | null = null;
  if (remaining > 0 && currentValue > 0 && targetValue >= 0) {
    requiredGrowthFromCurrent = Math.pow(targetValue / currentValue, 1 / remaining) - 1;
  }

  const openSdg = openSdgProgress();
  const healthyPeople = healthyPeopleProgress();
  const expectedPath = expectedPathProgress();
  const linearProjection = projection(false);
  const logLinearProjection = projection(true);
  const statusOf: Record<ProgressMethod, ProgressStatus> = {
    openSdg: openSdg.status,
    healthyPeople: healthyPeople.status,
    expectedPath: expectedPath.status,
    linearProjection: linearProjection.status,
    logLinearProjection: logLinearProjection.status,
  };
  return {
    method,
    status: statusOf[method],
    direction,
    directionSource,
    baseline: { year: baseYear, value: baseValue },
    current: { year: currentYear, value: currentValue },
    target: { year: targetYear, value: targetValue },
    targetMet,
    requiredAnnualChange,
    requiredGrowthFromCurrent,
    requiredGrowth: requiredGrowthFromCurrent,
    openSdg,
    healthyPeople,
    expectedPath,
    linearProjection,
    logLinearProjection,
    warnings,
  };

  function openSdgProgress(): OpenSdgProgress {
    return openSdgMeasure(
      {
        baseYear,
        baseValue,
        currentYear,
        currentValue,
        target: { year: targetYear, value: targetValue },
        targetMet,
        direction: d,
        thresholds: opts.openSdgThresholds,
        limit: opts.limit,
      },
      warnings,
      FN,
    );
  }

  function healthyPeopleProgress(): HealthyPeopleProgress {
    const change = currentValue - baseValue;
    const percentOfTargetedChangeAchieved = targetValue === baseValue ? null : percentOf(baseValue, currentValue, baseValue, targetValue, 'healthyPeople.percentOfTargetedChangeAchieved');
    const percentChangeFromBaseline = baseValue === 0 ? null : percentOf(baseValue, currentValue, 0, baseValue, 'healthyPeople.percentChangeFromBaseline');
    const toward = d * change;
    const movement: HealthyPeopleProgress['movement'] = toward > 0 ? 'towardTarget' : toward < 0 ? 'awayFromTarget' : 'none';
    let pValue: number | null = null;
    let significant: boolean | null = null;
    let basis: HealthyPeopleProgress['basis'] = 'tenPercentRule';
    if (opts.standardErrors !== undefined) {
      const se = opts.standardErrors;
      if (se === null || typeof se !== 'object') {
        fail('invalid_type', 'options.standardErrors', `${FN}: options.standardErrors is ${describe(se)}; expected { baseline, recent }.`);
      }
      const seBase = nonNegativeNumber(se.baseline, 'options.standardErrors.baseline', FN);
      const seRecent = nonNegativeNumber(se.recent, 'options.standardErrors.recent', FN);
      const pooled = Math.sqrt(seBase * seBase + seRecent * seRecent);
      pValue = pooled === 0 ? (change === 0 ? 1 : 0) : twoSidedNormalP(change / pooled);
      significant = pValue < alpha;
      basis = 'significance';
    }
    let status: HealthyPeopleStatus;
    if (targetMet) {
      status = 'targetMetOrExceeded';
    } else if (movement === 'towardTarget') {
      // Moving toward the target leaves it unmet only when it differs from the baseline, so the percent is never null here.
      const enough = significant ?? (percentOfTargetedChangeAchieved ?? 0) >= 10;
      status = enough ? 'improving' : 'littleOrNoDetectableChange';
    } else if (movement === 'awayFromTarget') {
      const enough = significant ?? (percentChangeFromBaseline === null || Math.abs(percentChangeFromBaseline) >= 10);
      status = enough ? 'gettingWorse' : 'littleOrNoDetectableChange';
    } else {
      status = 'littleOrNoDetectableChange';
    }
    return { percentOfTargetedChangeAchieved, percentChangeFromBaseline, movement, pValue, significant, status, basis };
  }

  /**
   * 100·(to − from)/(over − under), a percent. Differences of values near ±1.8e308 overflow, so they are taken
   * of halves then (exact for normal doubles); a percent beyond the range of a double is `null`, with a warning.
   */
  function percentOf(from: number, to: number, under: number, over: number, field: string): number | null {
    const change = to - from;
    const against = over - under;
    const share = Number.isFinite(change) && Number.isFinite(against) ? change / against : (to / 2 - from / 2) / (over / 2 - under / 2);
    const percent = 100 * share;
    if (Number.isFinite(percent)) return percent;
    warnings.push(`${field}: the percent is beyond the range of a double (the change is more than 1.8e306 times the change it is measured against), so it is null.`);
    return null;
  }

  function expectedPathProgress(): ExpectedPathProgress {
    const elapsed = (currentYear - baseYear) / (targetYear - baseYear);
    let expectedValue = baseValue + (targetValue - baseValue) * elapsed;
    // A target and baseline of opposite signs near ±1.8e308 overflow the difference; halves do not.
    if (!Number.isFinite(expectedValue)) expectedValue = baseValue + 2 * ((targetValue / 2 - baseValue / 2) * elapsed);
    const due = expectedValue - baseValue;
    return {
      expectedValue,
      difference: currentValue - expectedValue,
      percentOfExpectedChangeAchieved: due === 0 ? null : percentOf(baseValue, currentValue, baseValue, expectedValue, 'expectedPath.percentOfExpectedChangeAchieved'),
      status: targetMet ? 'targetMet' : atOrBeyond(currentValue, expectedValue) ? 'onTrack' : 'offTrack',
    };
  }

  function withoutTarget(): ProgressWithoutTargetResult {
    if (method !== 'openSdg') {
      fail('invalid_value', 'options.method', `${FN}: options.method is "${method}", which needs a target; without a target only 'openSdg' (its methodology 1) applies — pass a target or drop the method.`);
    }
    const direction = directionOption(opts.direction, 'options.direction', FN);
    if (direction === undefined) {
      fail('invalid_value', 'options.direction', `${FN}: there is no target to infer the desired direction from; pass options.direction ("higherIsBetter" or "lowerIsBetter").`);
    }
    const openSdg = openSdgMeasure(
      {
        baseYear,
        baseValue,
        currentYear,
        currentValue,
        target: null,
        targetMet: false,
        direction: direction === 'higherIsBetter' ? 1 : -1,
        thresholds: opts.openSdgThresholds,
        limit: opts.limit,
      },
      warnings,
      FN,
    );
    return {
      method: 'openSdg',
      status: openSdg.status,
      direction,
      directionSource: 'option',
      baseline: { year: baseYear, value: baseValue },
      current: { year: currentYear, value: currentValue },
      target: null,
      openSdg,
      warnings,
    };
  }

  function projection(logScale: boolean): ProjectionProgress {
    const fit = logScale ? fitLogLinear(years, values) : fitOls(years, values);
    if (fit === null) {
      warnings.push('log-linear projection: a value ≤ 0 has no logarithm, so the projection is not available.');
      return { projectedValue: null, slope: null, status: targetMet ? 'targetMet' : 'notAvailable' };
    }
    const onLine = fit.yMean + fit.slope * (targetYear - fit.xMean);
    const projectedValue = logScale ? Math.exp(onLine) : onLine;
    return {
      projectedValue,
      slope: fit.slope,
      status: targetMet ? 'targetMet' : atOrBeyond(projectedValue, targetValue) ? 'onTrack' : 'offTrack',
    };
  }
}
