import { knownKeys } from '../internal/validate.ts';
import { betaQuantile } from './internal/incompleteBeta.ts';
import { confidenceLevel, successesOfTrials, tailProbabilities } from './internal/intervalInputs.ts';

/** Options of {@link clopperPearsonInterval}. */
export interface ClopperPearsonIntervalOptions {
  /** Two-sided confidence level strictly between 0 and 1. Default 0.95. */
  confidence?: number;
}

/** A proportion with a confidence interval from one of the binomial interval methods. */
export interface ProportionInterval {
  /** successes ÷ trials; `null` when there are no trials. */
  readonly estimate: number | null;
  /** Lower bound; `null` when there are no trials. */
  readonly lower: number | null;
  /** Upper bound; `null` when there are no trials. */
  readonly upper: number | null;
  /** The confidence level used. */
  readonly confidence: number;
  /** The interval method. */
  readonly method: 'clopperPearson' | 'jeffreys' | 'agrestiCoull';
  /** Why the values are `null`, when they are. */
  readonly reason?: string;
}

/**
 * The Clopper–Pearson ("exact") interval for a binomial proportion (Clopper & Pearson 1934), the interval R's
 * `binom.test` and statsmodels `proportion_confint(method="beta")` report:
 *
 * lower = B⁻¹(α/2; x, n − x + 1) (0 when x = 0), upper = B⁻¹(1 − α/2; x + 1, n − x) (1 when x = n),
 *
 * with B⁻¹(p; a, b) the beta quantile and α = 1 − confidence. It inverts two one-sided binomial tests, so its
 * coverage is at least the nominal level for every true proportion — at the price of width: for small groups it
 * is wider than {@link wilsonInterval} or {@link jeffreysInterval} (Brown, Cai & DasGupta 2001). Use it where a
 * published guarantee of coverage matters more than width. The beta quantile is solved to about 1e-14 relative
 * (tested against R `qbeta`). Non-integer (weighted) counts are accepted by the same formula; the interval is then
 * no longer exact in the binomial sense. With no trials the proportion is undefined: `null` with a `reason`.
 *
 * @param successes - Number of successes, 0 ≤ successes ≤ trials.
 * @param trials - Number of trials, ≥ 0.
 * @param options - `confidence` (default 0.95).
 * @returns The estimate and its interval.
 * @throws {EquityLensError} on negative or non-finite counts, successes > trials, or a confidence outside (0, 1).
 * @category Intervals
 * @example
 * ```ts
 * import { clopperPearsonInterval } from "./clopperPearsonInterval.ts";
 *
 * // R: binom.test(81, 263)$conf.int → 0.2527367 0.3676219
 * const ci = clopperPearsonInterval(81, 263);
 * [ci.lower, ci.upper].map((x) => Number(x?.toFixed(7))); // => [0.2527367, 0.3676219]
 * clopperPearsonInterval(0, 20).upper?.toFixed(7); // => "0.1684335"
 * ```
 */
export function clopperPearsonInterval(successes: number, trials: number, options: ClopperPearsonIntervalOptions = {}): ProportionInterval {
  const fn = 'clopperPearsonInterval';
  knownKeys(options, ['confidence'], 'options', fn);
  const confidence = confidenceLevel(options.confidence, fn);
  const [x, n] = successesOfTrials(successes, trials, fn);
  if (n === 0) {
    return { estimate: null, lower: null, upper: null, confidence, method: 'clopperPearson', reason: 'no trials: the proportion is undefined' };
  }
  const { tail, body } = tailProbabilities(confidence);
  const lower = x === 0 ? 0 : betaQuantile(x, n - x + 1, tail, body);
  const upper = x === n ? 1 : betaQuantile(x + 1, n - x, body, tail);
  return { estimate: x / n, lower, upper, confidence, method: 'clopperPearson' };
}
