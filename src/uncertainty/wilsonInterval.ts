import { fail } from '../internal/errors.ts';
import { knownKeys, nonNegativeNumber, openUnitInterval } from '../internal/validate.ts';
import { normalQuantile } from './normalQuantile.ts';

// The normal quantile costs a few microseconds; callers such as mergeReach compute thousands of intervals at one
// confidence level, so the last few levels are remembered (a pure cache: same input, same output).
const criticalValues = new Map<number, number>();

function criticalValue(confidence: number): number {
  let z = criticalValues.get(confidence);
  if (z === undefined) {
    z = normalQuantile(1 - (1 - confidence) / 2);
    // Stryker disable next-line ConditionalExpression, EqualityOperator: equivalent — when the cache is emptied changes only memory, never a value
    if (criticalValues.size >= 16) criticalValues.clear();
    criticalValues.set(confidence, z);
  }
  return z;
}

/** Options of {@link wilsonInterval}. */
export interface WilsonIntervalOptions {
  /** Two-sided confidence level strictly between 0 and 1. Default 0.95. */
  confidence?: number;
}

/** A proportion with its Wilson score interval. */
export interface WilsonInterval {
  /** successes ÷ trials; `null` when there are no trials. */
  readonly estimate: number | null;
  /** Lower bound; `null` when there are no trials. */
  readonly lower: number | null;
  /** Upper bound; `null` when there are no trials. */
  readonly upper: number | null;
  /** The confidence level used. */
  readonly confidence: number;
  /** The method, always `'wilson'`. */
  readonly method: 'wilson';
  /** Why the values are `null`, when they are. */
  readonly reason?: string;
}

/**
 * The Wilson score interval for a binomial proportion (Wilson 1927; Newcombe 1998, method 3):
 *
 * centre = (p̂ + z²/2n) / (1 + z²/n), half-width = z/(1 + z²/n) · √(p̂(1 − p̂)/n + z²/4n²),
 *
 * with p̂ = successes/trials and z the normal quantile at 1 − (1 − confidence)/2. Unlike the Wald interval it
 * stays inside [0, 1] and behaves at 0 and n successes. Same as statsmodels `proportion_confint(method="wilson")`
 * and R `binom.confint(method="wilson")`. Weighted (fractional) counts are accepted. With no trials the
 * proportion is undefined: estimate and bounds are `null` with a `reason`.
 *
 * @param successes - Number of successes, 0 ≤ successes ≤ trials.
 * @param trials - Number of trials, ≥ 0.
 * @param options - `confidence` (default 0.95).
 * @returns The estimate and its interval.
 * @throws {EquityLensError} on negative or non-finite counts, successes > trials, or a confidence outside (0, 1).
 * @category Intervals
 * @example
 * ```ts
 * import { wilsonInterval } from "./wilsonInterval.ts";
 *
 * const ci = wilsonInterval(81, 263);
 * ci.estimate; // => 0.30798479087452474
 * [ci.lower, ci.upper].map((x) => Number(x?.toFixed(4))); // => [0.2553, 0.3662] (Newcombe 1998, Table I)
 * wilsonInterval(0, 0).estimate; // => null
 * ```
 */
export function wilsonInterval(successes: number, trials: number, options: WilsonIntervalOptions = {}): WilsonInterval {
  const fn = 'wilsonInterval';
  const x = nonNegativeNumber(successes, 'successes', fn);
  const n = nonNegativeNumber(trials, 'trials', fn);
  knownKeys(options, ['confidence'], 'options', fn);
  const confidence = options.confidence === undefined ? 0.95 : openUnitInterval(options.confidence, 'options.confidence', fn);
  if (x > n) fail('out_of_range', 'successes', `${fn}: successes is ${x} but trials is ${n}; successes cannot exceed trials (swapped?).`);
  if (n === 0) {
    return { estimate: null, lower: null, upper: null, confidence, method: 'wilson', reason: 'no trials: the proportion is undefined' };
  }
  const z = criticalValue(confidence);
  const p = x / n;
  const z2n = (z * z) / n;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (z / (1 + z2n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  const lower = x === 0 ? 0 : Math.max(0, centre - half);
  const upper = x === n ? 1 : Math.min(1, centre + half);
  return { estimate: p, lower, upper, confidence, method: 'wilson' };
}
