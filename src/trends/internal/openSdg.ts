import { describe, fail } from '../../internal/errors.ts';
import { finiteNumber } from '../../internal/validate.ts';
import type { OpenSdgProgress, OpenSdgStatus } from '../progressToTarget.ts';
import { checkOptions } from './options.ts';

/** sdg-build's exponent of the limit coefficient, C = 1 − (y₀/y_lim)^4.44. */
const LIMIT_EXPONENT = 4.44;

/**
 * The Open SDG (Statistics Canada) progress measure, as open-sdg/sdg-build `sdg/ProgressMeasure.py` @ 139fede
 * computes it: methodology 2 with a target (the growth ratio R), methodology 1 without (the observed growth
 * against fixed thresholds, reduced near a natural `limit`), each with sdg-build's status and score.
 *
 * @internal
 */
export function openSdgMeasure(
  input: {
    readonly baseYear: number;
    readonly baseValue: number;
    readonly currentYear: number;
    readonly currentValue: number;
    /** The target, or `null` for methodology 1. */
    readonly target: { readonly year: number; readonly value: number } | null;
    readonly targetMet: boolean;
    /** +1 higher is better, −1 lower is better. */
    readonly direction: 1 | -1;
    readonly thresholds: unknown;
    readonly limit: unknown;
  },
  warnings: string[],
  fn: string,
): OpenSdgProgress {
  const methodology = input.target === null ? 1 : 2;
  const user = input.thresholds ?? {};
  // `?? {}` has turned null into the defaults.
  if (typeof user !== 'object') {
    fail('invalid_type', 'options.openSdgThresholds', `${fn}: options.openSdgThresholds is ${describe(user)}; expected { high, med, low }.`);
  }
  checkOptions(user, ['high', 'med', 'low'], fn);
  const given = user as { high?: unknown; med?: unknown; low?: unknown };
  const defaults = methodology === 2 ? { high: 0.95, med: 0.6, low: 0 } : { high: 0.015, med: 0.005, low: 0 };
  let high = given.high === undefined ? defaults.high : finiteNumber(given.high, 'options.openSdgThresholds.high', fn);
  let med = given.med === undefined ? defaults.med : finiteNumber(given.med, 'options.openSdgThresholds.med', fn);
  let low = given.low === undefined ? defaults.low : finiteNumber(given.low, 'options.openSdgThresholds.low', fn);
  const limit = input.limit === undefined ? undefined : finiteNumber(input.limit, 'options.limit', fn);

  let limitCoefficient: number | null = null;
  if (limit !== undefined) {
    if (methodology === 2) {
      warnings.push(`Open SDG: ignored limit ${limit} because a target is given, as sdg-build does.`);
    } else {
      if (input.baseValue < limit && input.direction === -1) {
        warnings.push(`Open SDG: the baseline (${input.baseValue}) is below the minimum limit (${limit}); progress may be misleading.`);
      }
      if (input.baseValue > limit && input.direction === 1) {
        warnings.push(`Open SDG: the baseline (${input.baseValue}) is above the maximum limit (${limit}); progress may be misleading.`);
      }
      const base = Math.abs(input.baseValue);
      const bound = Math.abs(limit);
      // Between the limit and twice it, sdg-build measures the distance from twice the limit: min(y₀, 2·y_lim − y₀).
      limitCoefficient = base >= 2 * bound ? 1 : 1 - (Math.min(base, 2 * bound - base) / bound) ** LIMIT_EXPONENT;
      high *= limitCoefficient;
      med *= limitCoefficient;
      low *= limitCoefficient;
    }
  }
  const thresholds = { high, med, low };
  const none = { methodology, observedGrowth: null, requiredGrowthFromBaseline: null, requiredGrowth: null, ratio: null, progressValue: null, limitCoefficient, thresholds } as const;
  if (input.targetMet) return { ...none, score: 5, status: 'target_achieved' };

  let base = input.baseValue;
  if (base === 0) {
    warnings.push('Open SDG: the baseline is 0; used 0.001 instead, as sdg-build does.');
    base = 0.001;
  }
  let goal = input.target?.value ?? 0;
  if (input.target !== null && goal === 0) {
    warnings.push('Open SDG: the target is 0; used 0.001 instead, as sdg-build does.');
    goal = 0.001;
  }
  const current = input.currentValue;
  if (Math.sign(base) * Math.sign(current) < 0) {
    warnings.push('Open SDG: the baseline and current values have different signs, so growth rates are undefined.');
    return { ...none, score: null, status: 'not_available' };
  }
  if (input.currentYear === input.baseYear || (input.target !== null && input.target.year === input.baseYear)) {
    warnings.push('Open SDG: growth rates need the current and target years to differ from the base year.');
    return { ...none, score: null, status: 'not_available' };
  }
  const observedGrowth = Math.pow(current / base, 1 / (input.currentYear - input.baseYear)) - 1;
  const sign = Math.sign(base); // base is not 0 here
  let progressValue: number;
  let required: number | null = null;
  if (input.target === null) {
    progressValue = sign * (input.direction * observedGrowth);
  } else {
    required = Math.pow(goal / base, 1 / (input.target.year - input.baseYear)) - 1;
    if (!Number.isFinite(required) || required === 0 || !Number.isFinite(observedGrowth)) {
      warnings.push('Open SDG: the required growth rate is 0 or undefined (target equals the baseline, or their signs differ), so the ratio is undefined.');
      return { ...none, observedGrowth: Number.isFinite(observedGrowth) ? observedGrowth : null, score: null, status: 'not_available' };
    }
    progressValue = (sign * (input.direction * observedGrowth)) / Math.abs(required);
  }
  const status: OpenSdgStatus =
    progressValue >= high ? 'substantial_progress' : progressValue >= med ? 'moderate_progress' : progressValue >= low ? 'limited_progress' : 'deterioration';
  return {
    methodology,
    observedGrowth,
    requiredGrowthFromBaseline: required,
    requiredGrowth: required,
    ratio: methodology === 2 ? progressValue : null,
    progressValue,
    score: score(methodology, progressValue, thresholds, limitCoefficient ?? 1),
    limitCoefficient,
    status,
    thresholds,
  };
}

/**
 * sdg-build's `get_score`: a piecewise-linear map of the progress value to [−5, 5], calibrated for the default
 * thresholds (methodology 1: −2 % → −5, 0 → −2.5, 0.5 % → 0, 1.5 % → 2.5, 2 % → 5, the positive break points
 * scaled by the limit coefficient C; methodology 2: R = −60 % → −5, 60 % → 0, 130 % → 5).
 */
function score(methodology: 1 | 2, value: number, thresholds: { high: number; med: number; low: number }, coefficient: number): number {
  if (methodology === 1) {
    if (value < thresholds.low) return Math.max(125 * value - 2.5, -5);
    if (coefficient === 0) return 5;
    if (value >= thresholds.high) return Math.min((500 * value) / coefficient - 5, 5);
    if (value >= thresholds.med) return (250 * value) / coefficient - 1.25;
    return (500 * value) / coefficient - 2.5;
  }
  if (value >= thresholds.high || value >= thresholds.med) return Math.min(7.1429 * value - 4.2857, 5);
  return Math.max(4.1667 * value - 2.5, -5);
}
