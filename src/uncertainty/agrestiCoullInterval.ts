import { knownKeys } from '../internal/validate.ts';
import type { ProportionInterval } from './clopperPearsonInterval.ts';
import { confidenceLevel, successesOfTrials, tailProbabilities } from './internal/intervalInputs.ts';
import { normalQuantile } from './normalQuantile.ts';

/** Options of {@link agrestiCoullInterval}. */
export interface AgrestiCoullIntervalOptions {
  /** Two-sided confidence level strictly between 0 and 1. Default 0.95. */
  confidence?: number;
}

/**
 * The Agresti–Coull ("add z²/2 successes and z²/2 failures") interval for a binomial proportion (Agresti &
 * Coull 1998), as statsmodels `proportion_confint(method="agresti_coull")` computes it:
 *
 * ñ = n + z², p̃ = (x + z²/2)/ñ, interval p̃ ∓ z·√(p̃(1 − p̃)/ñ), clipped to [0, 1],
 *
 * with z the normal quantile at 1 − (1 − confidence)/2. A Wald interval around the Wilson centre: simple to
 * explain, close to Wilson's for moderate n, slightly conservative for small n. Note `estimate` is the observed
 * proportion x/n, not the centre p̃. Non-integer (weighted) counts are accepted. With no trials the proportion is
 * undefined: `null` with a `reason`.
 *
 * @param successes - Number of successes, 0 ≤ successes ≤ trials.
 * @param trials - Number of trials, ≥ 0.
 * @param options - `confidence` (default 0.95).
 * @returns The estimate and its interval.
 * @throws {EquityLensError} on negative or non-finite counts, successes > trials, or a confidence outside (0, 1).
 * @category Intervals
 * @example
 * ```ts
 * import { agrestiCoullInterval } from "./agrestiCoullInterval.ts";
 *
 * // statsmodels: proportion_confint(81, 263, method="agresti_coull") → (0.2552, 0.3663)
 * const ci = agrestiCoullInterval(81, 263);
 * [ci.lower, ci.upper].map((x) => Number(x?.toFixed(4))); // => [0.2552, 0.3663]
 * agrestiCoullInterval(0, 20).lower; // => 0
 * ```
 */
export function agrestiCoullInterval(successes: number, trials: number, options: AgrestiCoullIntervalOptions = {}): ProportionInterval {
  const fn = 'agrestiCoullInterval';
  knownKeys(options, ['confidence'], 'options', fn);
  const confidence = confidenceLevel(options.confidence, fn);
  const [x, n] = successesOfTrials(successes, trials, fn);
  if (n === 0) {
    return { estimate: null, lower: null, upper: null, confidence, method: 'agrestiCoull', reason: 'no trials: the proportion is undefined' };
  }
  const z = normalQuantile(tailProbabilities(confidence).body);
  const z2 = z * z;
  const adjustedTrials = n + z2;
  const centre = (x + z2 / 2) / adjustedTrials;
  const half = z * Math.sqrt((centre * (1 - centre)) / adjustedTrials);
  return { estimate: x / n, lower: Math.max(0, centre - half), upper: Math.min(1, centre + half), confidence, method: 'agrestiCoull' };
}
