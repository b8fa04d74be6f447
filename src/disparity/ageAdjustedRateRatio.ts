import { describe, fail } from '../internal/errors.ts';
import { knownKeys } from '../internal/validate.ts';
import { fQuantile } from '../uncertainty/internal/incompleteBeta.ts';
import { confidenceLevel, tailProbabilities } from '../uncertainty/internal/intervalInputs.ts';
import type { AgeAdjustedRate } from './ageAdjustedRate.ts';
import {
  ageAdjustedRateResult,
  intervalMethod,
  perOption,
  resolveStandard,
  standardize,
  upperLimitMoments,
} from './internal/directStandardization.ts';
import type { StandardPopulation, UsStandardPopulationId } from './standardPopulations.ts';

/** Events and population by age group for one of the two groups of {@link ageAdjustedRateRatio}. */
export interface AgeSpecificCounts {
  /** Events per age group of the standard. */
  readonly counts: readonly number[];
  /** Population (or person-years) per age group of the standard. */
  readonly populations: readonly number[];
}

/** Options of {@link ageAdjustedRateRatio}. */
export interface AgeAdjustedRateRatioOptions {
  /** Two-sided confidence level in (0, 1). Default 0.95. */
  confidence?: number;
  /** `'fayFeuer'` (default; Fay 1999's F interval) or `'tiwari'` (Tiwari, Clegg & Zou 2006's modification). */
  method?: 'fayFeuer' | 'tiwari';
  /** Report the two rates per this many people. Default 1. The ratio does not depend on it. */
  per?: number;
}

/** The ratio of two age-adjusted rates with its F interval. */
export interface AgeAdjustedRateRatio {
  /** focus rate ÷ reference rate; `null` when the reference rate is 0 or undefined (see `reason`). */
  readonly ratio: number | null;
  /** Lower confidence bound; `null` with `ratio`. */
  readonly lower: number | null;
  /** Upper confidence bound; `null` with `ratio`. */
  readonly upper: number | null;
  /** The focus group's age-adjusted rate, as {@link ageAdjustedRate} returns it. */
  readonly focus: AgeAdjustedRate;
  /** The reference group's age-adjusted rate. */
  readonly reference: AgeAdjustedRate;
  /** The confidence level used. */
  readonly confidence: number;
  /** The interval method used. */
  readonly method: 'fayFeuer' | 'tiwari';
  /** Why the values are `null`, when they are. */
  readonly reason?: string;
}

/**
 * The ratio of two directly age-adjusted rates — a focus group against a reference group, standardised to the
 * same population — with the F-distribution interval of Fay (1999) or its Tiwari, Clegg & Zou (2006)
 * modification, as SEER*Stat reports rate ratios.
 *
 * Each rate yⱼ is treated as gamma with variance vⱼ ({@link ageAdjustedRate}); with νⱼ = 2yⱼ²/vⱼ and the
 * moments of the upper gamma limit, ỹⱼ = yⱼ + w and ṽⱼ = vⱼ + w² (w = w_M = max sᵢ/Nᵢ for `'fayFeuer'`;
 * Tiwari's mean weight and mean squared weight for `'tiwari'`), ν̃ⱼ = 2ỹⱼ²/ṽⱼ:
 *
 * lower = (y₁/ỹ₀)·F⁻¹(α/2; ν₁, ν̃₀), upper = (ỹ₁/y₀)·F⁻¹(1 − α/2; ν̃₁, ν₀),
 *
 * with F⁻¹ the F quantile and α = 1 − confidence. With one age group it is the exact conditional interval for a
 * ratio of Poisson rates (R `poisson.test(c(x₁, x₀), c(N₁, N₀))`). The two groups are assumed independent (not
 * a district against the whole city that contains it). With no events in the focus group the ratio and its lower
 * limit are 0; with none in the reference group the ratio is `null`.
 *
 * @param focus - The focus group's events and population per age group of the standard.
 * @param reference - The reference group's, in the same groups.
 * @param standard - The standard population: a bundled id, a table, or group populations.
 * @param options - `confidence` (default 0.95), `method` (default `'fayFeuer'`), `per` (default 1).
 * @returns The ratio, its interval and both adjusted rates.
 * @throws {EquityLensError} as {@link ageAdjustedRate} does, for either group.
 * @category Age adjustment
 * @example
 * ```ts
 * import { ageAdjustedRateRatio } from "./ageAdjustedRateRatio.ts";
 *
 * // One age group: the exact conditional interval of R poisson.test(c(40, 25), c(2000, 2500)) → 2, (1.184, 3.440)
 * const r = ageAdjustedRateRatio({ counts: [40], populations: [2000] }, { counts: [25], populations: [2500] }, [1]);
 * [r.ratio, Number(r.lower?.toFixed(3)), Number(r.upper?.toFixed(3))]; // => [2, 1.184, 3.44]
 * ```
 */
export function ageAdjustedRateRatio(
  focus: AgeSpecificCounts,
  reference: AgeSpecificCounts,
  standard: UsStandardPopulationId | StandardPopulation | readonly number[],
  options: AgeAdjustedRateRatioOptions = {},
): AgeAdjustedRateRatio {
  const fn = 'ageAdjustedRateRatio';
  knownKeys(options, ['confidence', 'method', 'per'], 'options', fn);
  const confidence = confidenceLevel(options.confidence, fn);
  const method = intervalMethod(options.method, fn);
  const per = perOption(options.per, fn);
  const resolved = resolveStandard(standard, fn);
  const [one, zero] = (['focus', 'reference'] as const).map((name) => {
    const group: unknown = name === 'focus' ? focus : reference;
    if (group === null || typeof group !== 'object') {
      fail('invalid_type', name, `${fn}: ${name} is ${describe(group)}; expected { counts, populations } per age group.`);
    }
    const { counts, populations } = group as { counts?: unknown; populations?: unknown };
    return standardize(counts, populations, resolved, { counts: `${name}.counts`, populations: `${name}.populations` }, fn);
  }) as [ReturnType<typeof standardize>, ReturnType<typeof standardize>];
  const focusRate = ageAdjustedRateResult(one, resolved.labels, resolved.id, method, confidence, per);
  const referenceRate = ageAdjustedRateResult(zero, resolved.labels, resolved.id, method, confidence, per);
  const base = { focus: focusRate, reference: referenceRate, confidence, method };
  if (one.population === 0 || zero.population === 0) {
    return { ...base, ratio: null, lower: null, upper: null, reason: `${one.population === 0 ? 'focus' : 'reference'} has no population: its rate is undefined` };
  }
  if (zero.rate === 0) {
    return { ...base, ratio: null, lower: null, upper: null, reason: 'the reference group has no events: the rate ratio is infinite or undefined' };
  }
  const { tail, body } = tailProbabilities(confidence);
  const star1 = upperLimitMoments(one, method);
  const star0 = upperLimitMoments(zero, method);
  const nu1 = one.rate > 0 ? (2 * one.rate * one.rate) / one.variance : 0;
  const nu0 = (2 * zero.rate * zero.rate) / zero.variance;
  const nu1Star = (2 * star1.rate * star1.rate) / star1.variance;
  const nu0Star = (2 * star0.rate * star0.rate) / star0.variance;
  const lower = one.rate > 0 ? (one.rate / star0.rate) * fQuantile(nu1, nu0Star, tail, body) : 0;
  const upper = (star1.rate / zero.rate) * fQuantile(nu1Star, nu0, body, tail);
  return { ...base, ratio: one.rate / zero.rate, lower, upper };
}
