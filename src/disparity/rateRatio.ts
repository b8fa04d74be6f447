import { knownKeys, openUnitInterval } from '../internal/validate.ts';
import { normalQuantile } from '../uncertainty/normalQuantile.ts';
import { countPair } from './internal/counts.ts';

/** Events over person-time (or population) for one group. */
export interface RateRatioCounts {
  /** Number of events (visits, enrolments, incidents), ≥ 0. */
  readonly events: number;
  /** Person-time at risk or population, > 0 for a defined rate. */
  readonly personTime: number;
}

/** Options of {@link rateRatio}. */
export interface RateRatioOptions {
  /** Two-sided confidence level in (0, 1). Default 0.95. */
  confidence?: number;
}

/** An incidence rate ratio with its Poisson log interval. */
export interface RateRatioResult {
  /** (a/PT₁)/(c/PT₀); `null` when undefined (see `reason`). */
  readonly ratio: number | null;
  /** Lower confidence bound; `null` when undefined. */
  readonly lower: number | null;
  /** Upper confidence bound; `null` when undefined. */
  readonly upper: number | null;
  /** Standard error of ln(ratio), √(1/a + 1/c); `null` when undefined. */
  readonly standardErrorLog: number | null;
  /** The confidence level used. */
  readonly confidence: number;
  /** The interval method: Poisson counts, log scale (Wald). */
  readonly method: 'poissonLog';
  /** Why a value is `null`, when one is. */
  readonly reason?: string;
}

/**
 * The incidence rate ratio of two groups with the Poisson log (Wald) interval, as epitools `rateratio.wald`:
 *
 * IRR = (a/PT₁)/(c/PT₀), SE(ln IRR) = √(1/a + 1/c), CI = exp(ln IRR ∓ z·SE).
 *
 * Use it for counts that can exceed the population (visits per 1,000 residents). With no events in a group
 * the log interval is undefined: the ratio is 0 (or `null` when the second group has none) and the bounds
 * `null`, with a reason; no correction is applied.
 *
 * @param a - Events and person-time of the focus group.
 * @param b - Events and person-time of the reference group.
 * @param options - `confidence` (default 0.95).
 * @returns The ratio, its interval and the method.
 * @throws {EquityLensError} when a count or person-time is negative or not finite, or `confidence` is outside (0, 1).
 * @category Comparisons
 * @example
 * ```ts
 * import { rateRatio } from "./rateRatio.ts";
 *
 * const irr = rateRatio({ events: 40, personTime: 2000 }, { events: 25, personTime: 2500 });
 * irr.ratio; // => 2
 * [irr.lower?.toFixed(3), irr.upper?.toFixed(3)]; // => ["1.213", "3.296"]
 * ```
 */
export function rateRatio(a: RateRatioCounts, b: RateRatioCounts, options: RateRatioOptions = {}): RateRatioResult {
  const fn = 'rateRatio';
  knownKeys(options, ['confidence'], 'options', fn);
  const confidence = options.confidence === undefined ? 0.95 : openUnitInterval(options.confidence, 'options.confidence', fn);
  const [x1, t1] = countPair(a, 'a', 'events', 'personTime', fn, true);
  const [x0, t0] = countPair(b, 'b', 'events', 'personTime', fn, true);
  const empty = { ratio: null, lower: null, upper: null, standardErrorLog: null, confidence, method: 'poissonLog' as const };
  if (t1 === 0) return { ...empty, reason: 'a.personTime is 0: the rate is undefined' };
  if (t0 === 0) return { ...empty, reason: 'b.personTime is 0: the rate is undefined' };
  if (x0 === 0) return { ...empty, reason: 'b has no events: the rate ratio is infinite or undefined' };
  const ratio = x1 / t1 / (x0 / t0);
  if (x1 === 0) return { ...empty, ratio, reason: 'a has no events: the ratio is 0 and its log interval undefined' };
  const standardErrorLog = Math.sqrt(1 / x1 + 1 / x0);
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const log = Math.log(ratio);
  return { ratio, lower: Math.exp(log - z * standardErrorLog), upper: Math.exp(log + z * standardErrorLog), standardErrorLog, confidence, method: 'poissonLog' };
}
