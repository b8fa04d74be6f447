import { fail } from '../internal/errors.ts';
import { knownKeys } from '../internal/validate.ts';
import type { HeatRankModelOptions } from './heatSlopeIndex.ts';
import type { HeatGroup, HeatMeasureResult } from './heatTypes.ts';
import { optionsObject } from './internal/distribution.ts';
import { heatGroups } from './internal/heat.ts';
import { deltaStandardError, heatConfidence, heatRankModel, noInterval, normalInterval, rankModelOptions } from './internal/heatInterval.ts';

/** Options of {@link heatRelativeIndex}. */
export interface HeatRelativeIndexOptions extends HeatRankModelOptions {
  /**
   * `'top/bottom'` (default): the fitted value at the advantaged end over the fitted value at the
   * disadvantaged end (orientation-free: > 1 when the estimate rises with advantage; HEAT 4+ and healthequal).
   * `'bottom/top'`: its reciprocal, β₀/(β₀ + β₁) for the linear model, the form HEAT 2.0 reported.
   */
  form?: 'top/bottom' | 'bottom/top';
}

/** The result of {@link heatRelativeIndex}: the RII with the standard error of its logarithm. */
export interface HeatRelativeIndexResult extends HeatMeasureResult {
  /** The standard error of ln RII, on which the interval is built (the same for both forms); `null` when there is no interval. */
  readonly standardErrorLog: number | null;
  /** The regression model used. */
  readonly model: 'linear' | 'logistic';
}

/**
 * The relative index of inequality (RII) of ordered subgroups: the ratio of the fitted values at the two ends
 * of the social scale, from the same regression as the {@link heatSlopeIndex} (WHO HEAT `rii.R`,
 * `calc_rii.R`; healthequal `rii()`):
 *
 * RII = ŷ(1)/ŷ(0) (`'top/bottom'`) or ŷ(0)/ŷ(1) (`'bottom/top'`), where ŷ(X) = β₀ + β₁X (`model: 'linear'`)
 * or expit(β₀ + β₁X) (`model: 'logistic'`, for proportions, as HEAT 4+ fits them).
 *
 * The interval is built on the log scale, exp(ln RII ∓ z·SE(ln RII)), as healthequal does, so it stays
 * positive; SE(ln RII) comes from the delta method on the coefficients' covariance (`intervalMethod`, see
 * {@link heatSlopeIndex}). `standardError` is RII·SE(ln RII), the delta-method SE of the ratio itself — what
 * HEAT 2.0 reported, with the symmetric interval RII ± 1.96·SE instead.
 *
 * Subgroups must be given in order from most disadvantaged to most advantaged. 1 is equality. Relative,
 * complex. When a fitted end value is ≤ 0 the ratio is meaningless: `null` with a reason.
 *
 * @param groups - Subgroups in order, most disadvantaged first.
 * @param options - `form` (default `'top/bottom'`), `model` (default `'linear'`), `intervalMethod` (default
 *   `'sandwich'`), `confidence` (default 0.95).
 * @returns The RII (`value`, scale `'relative'`) and its interval.
 * @throws {EquityLensError} on invalid subgroups (see {@link heatSlopeIndex}), an unknown option value, or
 *   model `'logistic'` with an estimate outside [0, 1].
 * @category HEAT measures
 * @example
 * ```ts
 * import { heatRelativeIndex } from "./heatRelativeIndex.ts";
 *
 * const quintiles = [40, 50, 55, 65, 70].map((estimate, i) => ({ group: `Q${i + 1}`, estimate, population: 100 }));
 * const rii = heatRelativeIndex(quintiles);
 * rii.value?.toFixed(4); // => "2.0067"
 * [rii.lower?.toFixed(3), rii.upper?.toFixed(3)]; // => ["1.831", "2.200"]
 * ```
 */
export function heatRelativeIndex(groups: readonly HeatGroup[], options?: HeatRelativeIndexOptions): HeatRelativeIndexResult {
  const fn = 'heatRelativeIndex';
  const opts = optionsObject(options, fn);
  knownKeys(opts, ['form', 'model', 'intervalMethod', 'confidence'], 'options', fn);
  const form = opts['form'] ?? 'top/bottom';
  if (form !== 'top/bottom' && form !== 'bottom/top') {
    fail('invalid_value', 'options.form', `${fn}: options.form is ${JSON.stringify(form)}; use 'top/bottom' or 'bottom/top'.`);
  }
  const { model, method } = rankModelOptions(opts, fn);
  const confidence = heatConfidence(opts['confidence'], fn);
  const checked = heatGroups(groups, fn);
  const base = { measure: 'RII' as const, scale: 'relative' as const, ordered: true, weighted: true, mean: checked.mean, groups: checked.names.length, model };
  const fit = heatRankModel(checked, model, method, fn);
  if (typeof fit === 'string') return { ...base, value: null, reason: fit, standardErrorLog: null, ...noInterval(confidence, fit) };
  if (!(fit.bottom > 0 && fit.top > 0)) {
    const reason = 'a fitted end value is ≤ 0: the relative index is undefined';
    return { ...base, value: null, reason, standardErrorLog: null, ...noInterval(confidence, reason) };
  }
  const logRatio = Math.log(fit.top) - Math.log(fit.bottom);
  const sign = form === 'top/bottom' ? 1 : -1;
  const value = Math.exp(sign * logRatio);
  if (fit.covariance === null) return { ...base, value, standardErrorLog: null, ...noInterval(confidence, fit.reason ?? 'the covariance is undefined') };
  const standardErrorLog =
    model === 'linear'
      ? deltaStandardError(fit.covariance, 1 / fit.top - 1 / fit.bottom, 1 / fit.top)
      : deltaStandardError(fit.covariance, fit.bottom - fit.top, 1 - fit.top);
  const onLogScale = normalInterval(sign * logRatio, standardErrorLog, method, confidence);
  return {
    ...base,
    value,
    standardErrorLog,
    standardError: value * standardErrorLog,
    lower: Math.exp(onLogScale.lower as number),
    upper: Math.exp(onLogScale.upper as number),
    interval: onLogScale.interval,
  };
}
