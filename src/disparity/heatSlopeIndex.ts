import { knownKeys } from '../internal/validate.ts';
import type { HeatGroup, HeatIntervalOptions, HeatMeasureResult } from './heatTypes.ts';
import { heatGroups } from './internal/heat.ts';
import { deltaStandardError, heatConfidence, heatRankModel, noInterval, normalInterval, rankModelOptions } from './internal/heatInterval.ts';
import { optionsObject } from './internal/distribution.ts';

/** Options of {@link heatSlopeIndex} and {@link heatRelativeIndex}. */
export interface HeatRankModelOptions extends HeatIntervalOptions {
  /**
   * The regression of the estimates on the mid-point ranks: `'linear'` (default; weighted least squares, the
   * form of WHO's Handbook and of HEAT before version 4) or `'logistic'` (a binomial GLM, what HEAT and WHO's
   * healthequal fit for proportions; estimates must be proportions in [0, 1]).
   */
  model?: 'linear' | 'logistic';
  /**
   * How the interval is obtained: `'sandwich'` (default; the regression's HC1 robust covariance and the delta
   * method, as HEAT 4+ and healthequal) or `'subgroupStandardErrors'` (from the subgroups' `standardError`s, as HEAT 2.0:
   * for the linear model the exact variance of the line's coefficients, for the logistic model a GLM on the
   * effective sample sizes yⱼ(1 − yⱼ)/sⱼ² with its model-based covariance).
   */
  intervalMethod?: 'sandwich' | 'subgroupStandardErrors';
}

/** The result of {@link heatSlopeIndex}: the SII with the fitted line. */
export interface HeatSlopeIndexResult extends HeatMeasureResult {
  /** The fitted value at the most disadvantaged end (rank 0): β₀ for the linear model, expit(β₀) for the logistic. */
  readonly intercept: number | null;
  /** The regression model used. */
  readonly model: 'linear' | 'logistic';
}

/**
 * The slope index of inequality (SII) of ordered subgroups, as WHO HEAT computes it for grouped data: the
 * modelled difference between the most advantaged (rank 1) and the most disadvantaged (rank 0) ends of the
 * social scale, from a regression of the subgroup estimates yⱼ on their cumulative population mid-points
 * Xⱼ = Σ_{k<j} pₖ + pⱼ/2.
 *
 * - `model: 'linear'` (default): weighted least squares with weights pⱼ (HEAT `sii.R`, WHO Handbook 2013),
 *   β₁ = Σ pⱼ (Xⱼ − X̄)(yⱼ − μ) / Σ pⱼ (Xⱼ − X̄)², β₀ = μ − β₁ X̄, SII = β₁.
 * - `model: 'logistic'`: for proportions, a binomial GLM logit(π) = β₀ + β₁X of round(yⱼ⌈Nⱼ⌉) events out of
 *   ⌈Nⱼ⌉ with prior weights ⌈Nⱼ⌉ (as HEAT's `calc_sii.R` and healthequal's `sii()`; with exact counts the
 *   rounding changes nothing), SII = expit(β₀ + β₁) − expit(β₀).
 *
 * Interval (normal, SII ± z·SE): `intervalMethod: 'sandwich'` (default) takes the HC1 covariance of the
 * coefficients (`sandwich::vcovHC(type = "HC1")`) through the delta method, as healthequal; `'subgroupStandardErrors'`
 * propagates the subgroups' standard errors, as HEAT 2.0 (linear: Var(β₁) = Σ cⱼ² sⱼ² with
 * cⱼ = pⱼ(Xⱼ − X̄)/Σ pₖ(Xₖ − X̄)²; logistic: effective sample sizes yⱼ(1 − yⱼ)/sⱼ² and the model-based
 * covariance). The HC1 interval needs three or more subgroups.
 *
 * Subgroups must be given **in order from most disadvantaged to most advantaged** (poorest quintile first).
 * In the estimate's units: positive when the estimate rises towards the advantaged end. Absolute, complex.
 * With one subgroup (or all population in one subgroup) the slope is undefined: `null` with a reason.
 *
 * @param groups - Subgroups in order, most disadvantaged first, each `{ group, estimate, population, standardError? }`.
 * @param options - `model` (default `'linear'`), `intervalMethod` (default `'sandwich'`), `confidence` (default 0.95).
 * @returns The SII (`value`, scale `'absolute'`), the fitted value at rank 0 and the interval.
 * @throws {EquityLensError} when `groups` is empty or not an array, a name repeats or is not a string, an
 *   estimate is not finite, a population or standard error is negative, every population is 0, an option is
 *   unknown, or `model` is `'logistic'` and an estimate is outside [0, 1].
 * @category HEAT measures
 * @example
 * ```ts
 * import { heatSlopeIndex } from "./heatSlopeIndex.ts";
 *
 * const quintiles = [40, 50, 55, 65, 70].map((estimate, i) => ({ group: `Q${i + 1}`, estimate, population: 100 }));
 * const sii = heatSlopeIndex(quintiles);
 * sii.value?.toFixed(2); // => "37.50"
 * sii.intercept?.toFixed(2); // => "37.25"
 * sii.standardError?.toFixed(2); // => "2.28"
 *
 * const coverage = [0.4, 0.5, 0.55, 0.65, 0.7].map((estimate, i) => ({ group: `Q${i + 1}`, estimate, population: 200 }));
 * heatSlopeIndex(coverage, { model: "logistic" }).value?.toFixed(4); // => "0.3671"
 * ```
 */
export function heatSlopeIndex(groups: readonly HeatGroup[], options?: HeatRankModelOptions): HeatSlopeIndexResult {
  const fn = 'heatSlopeIndex';
  const opts = optionsObject(options, fn);
  knownKeys(opts, ['model', 'intervalMethod', 'confidence'], 'options', fn);
  const { model, method } = rankModelOptions(opts, fn);
  const confidence = heatConfidence(opts['confidence'], fn);
  const checked = heatGroups(groups, fn);
  const base = { measure: 'SII' as const, scale: 'absolute' as const, ordered: true, weighted: true, mean: checked.mean, groups: checked.names.length, model };
  const fit = heatRankModel(checked, model, method, fn);
  if (typeof fit === 'string') return { ...base, value: null, intercept: null, reason: fit, ...noInterval(confidence, fit) };
  const value = fit.top - fit.bottom;
  if (fit.covariance === null) return { ...base, value, intercept: fit.bottom, ...noInterval(confidence, fit.reason ?? 'the covariance is undefined') };
  const standardError =
    model === 'linear'
      ? deltaStandardError(fit.covariance, 0, 1)
      : deltaStandardError(fit.covariance, fit.top * (1 - fit.top) - fit.bottom * (1 - fit.bottom), fit.top * (1 - fit.top));
  return { ...base, value, intercept: fit.bottom, ...normalInterval(value, standardError, method, confidence) };
}
