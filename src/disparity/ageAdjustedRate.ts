import { knownKeys } from '../internal/validate.ts';
import { confidenceLevel } from '../uncertainty/internal/intervalInputs.ts';
import { ageAdjustedRateResult, intervalMethod, perOption, resolveStandard, standardize } from './internal/directStandardization.ts';
import type { StandardPopulation, UsStandardPopulationId } from './standardPopulations.ts';

/** Options of {@link ageAdjustedRate}. */
export interface AgeAdjustedRateOptions {
  /** Two-sided confidence level in (0, 1). Default 0.95. */
  confidence?: number;
  /**
   * The gamma interval: `'fayFeuer'` (default; Fay & Feuer 1997, as NCHS, SEER*Stat and epitools
   * `ageadjust.direct`) or `'tiwari'` (Tiwari, Clegg & Zou 2006, SEER*Stat's option: a shorter upper limit that
   * still keeps the nominal coverage).
   */
  method?: 'fayFeuer' | 'tiwari';
  /** Report rates per this many people (e.g. 100000). Default 1: a rate per person. */
  per?: number;
}

/** A directly age-adjusted rate with its gamma interval. */
export interface AgeAdjustedRate {
  /** Σ sᵢ·cᵢ/Nᵢ × per; `null` when no age group has a population (see `reason`). */
  readonly rate: number | null;
  /** Lower confidence bound, same units; `null` with `rate`. */
  readonly lower: number | null;
  /** Upper confidence bound, same units; `null` with `rate`. */
  readonly upper: number | null;
  /** √(Σ (sᵢ/Nᵢ)²·cᵢ) × per, the Poisson standard error; `null` with `rate`. */
  readonly standardError: number | null;
  /** Σ cᵢ ÷ Σ Nᵢ × per, the unadjusted rate; `null` when there is no population. */
  readonly crudeRate: number | null;
  /** Σ cᵢ. */
  readonly events: number;
  /** Σ Nᵢ. */
  readonly population: number;
  /** The multiplier used. */
  readonly per: number;
  /** The confidence level used. */
  readonly confidence: number;
  /** The interval method used. */
  readonly method: 'fayFeuer' | 'tiwari';
  /** The standard's id (`'custom'` for an array). */
  readonly standard: string;
  /** Conventions applied to the data, e.g. age groups without population. */
  readonly warnings: readonly string[];
  /** Why the values are `null`, when they are. */
  readonly reason?: string;
}

/**
 * The directly age-adjusted (age-standardised) rate of events in a population, with Fay–Feuer or Tiwari gamma
 * confidence limits: how NCHS, CDC WONDER, SEER and health departments compare groups whose age structures
 * differ.
 *
 * With cᵢ events and Nᵢ people in age group i and sᵢ the standard population's share of that group:
 *
 * rate = Σ sᵢ·cᵢ/Nᵢ, variance v = Σ (sᵢ/Nᵢ)²·cᵢ (counts Poisson),
 *
 * lower = G⁻¹(α/2; y²/v, v/y), upper = G⁻¹(1 − α/2; (y + w)²/(v + w²), (v + w²)/(y + w)),
 *
 * with G⁻¹(p; shape, scale) the gamma quantile, α = 1 − confidence and, for `'fayFeuer'` (Fay & Feuer 1997),
 * w = w_M = max sᵢ/Nᵢ; for `'tiwari'` (Tiwari, Clegg & Zou 2006) y + w and v + w² become y + mean(sᵢ/Nᵢ) and
 * v + mean((sᵢ/Nᵢ)²) over the age groups with a population (asht `wspoissonTest(wmtype = "tcz")`). With no events
 * the lower limit is 0. The Fay–Feuer interval is exact when the study population is proportional to the standard
 * and conservative otherwise; it is the one epitools `ageadjust.direct` computes.
 *
 * `standard` is a bundled table ({@link US_2000_STANDARD_POPULATIONS}: `'us2000-11'`, `'us2000-18'`,
 * `'us2000-19'`), a {@link StandardPopulation}, or an array of group populations or weights (normalised). Counts
 * and populations are given per age group of the standard, in its order. An age group with no population and no
 * events contributes 0, as SEER*Stat treats it, with a warning; events without population are an error. An
 * age-adjusted rate is an index for comparison — the rate the group would have with the standard's age
 * structure — not the group's actual rate (that is `crudeRate`). Rates are per person unless `per` says otherwise.
 *
 * @param counts - Events per age group (whole or weighted counts, ≥ 0).
 * @param populations - Population (or person-years) per age group, ≥ 0.
 * @param standard - The standard population: a bundled id, a table, or group populations.
 * @param options - `confidence` (default 0.95), `method` (default `'fayFeuer'`), `per` (default 1).
 * @returns The adjusted and crude rates, the interval and the conventions used.
 * @throws {EquityLensError} when the arrays do not match the standard's groups, a count or population is negative or not finite, a group has events but no population, the standard is unknown or sums to 0, or an option is invalid.
 * @category Age adjustment
 * @example
 * ```ts
 * import { ageAdjustedRate } from "./ageAdjustedRate.ts";
 *
 * // Fay & Feuer (1997) Table I: Down syndrome, birth order 1, six maternal-age groups, the average of the five
 * // birth-order populations as standard. Published: 92.3 per 100,000 (80.4, 105.8).
 * const counts = [107, 141, 60, 40, 39, 25];
 * const births = [230061, 329449, 114920, 39487, 14208, 3052];
 * const standard = [63986.6, 186263.6, 157302.2, 97647.0, 47572.6, 12262.6];
 * const r = ageAdjustedRate(counts, births, standard, { per: 100000 });
 * [r.rate, r.lower, r.upper].map((x) => Number(x?.toFixed(1))); // => [92.3, 80.4, 105.8]
 * r.crudeRate?.toFixed(1); // => "56.3"
 * ```
 */
export function ageAdjustedRate(
  counts: readonly number[],
  populations: readonly number[],
  standard: UsStandardPopulationId | StandardPopulation | readonly number[],
  options: AgeAdjustedRateOptions = {},
): AgeAdjustedRate {
  const fn = 'ageAdjustedRate';
  knownKeys(options, ['confidence', 'method', 'per'], 'options', fn);
  const confidence = confidenceLevel(options.confidence, fn);
  const method = intervalMethod(options.method, fn);
  const per = perOption(options.per, fn);
  const resolved = resolveStandard(standard, fn);
  const standardized = standardize(counts, populations, resolved, { counts: 'counts', populations: 'populations' }, fn);
  return ageAdjustedRateResult(standardized, resolved.labels, resolved.id, method, confidence, per);
}
