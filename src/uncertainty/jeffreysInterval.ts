import { fail } from '../internal/errors.ts';
import { knownKeys } from '../internal/validate.ts';
import type { ProportionInterval } from './clopperPearsonInterval.ts';
import { betaQuantile } from './internal/incompleteBeta.ts';
import { confidenceLevel, successesOfTrials, tailProbabilities } from './internal/intervalInputs.ts';

/** Options of {@link jeffreysInterval}. */
export interface JeffreysIntervalOptions {
  /** Two-sided confidence level strictly between 0 and 1. Default 0.95. */
  confidence?: number;
  /**
   * The limits at the ends: `'modified'` (default) sets the lower limit to 0 when there are no successes and the
   * upper limit to 1 when every trial succeeds, as Brown, Cai & DasGupta (2001) define the interval (and R
   * DescTools `BinomCI(method = "jeffreys")`); `'equalTailed'` keeps both beta quantiles everywhere, as
   * statsmodels `proportion_confint(method="jeffreys")` does.
   */
  boundaries?: 'modified' | 'equalTailed';
}

/**
 * The Jeffreys interval for a binomial proportion: the equal-tailed credible interval under the Jeffreys prior
 * beta(½, ½) (Brown, Cai & DasGupta 2001, §4.1.2), which they recommend with the Wilson interval for small n:
 *
 * lower = B⁻¹(α/2; x + ½, n − x + ½), upper = B⁻¹(1 − α/2; x + ½, n − x + ½),
 *
 * with B⁻¹ the beta quantile (solved to about 1e-14 relative) and α = 1 − confidence. By default the lower limit
 * is 0 at x = 0 and the upper limit 1 at x = n (`boundaries: 'modified'`); see the option. Its coverage is close
 * to nominal on average, like Wilson's, with shorter intervals than Clopper–Pearson. Non-integer (weighted)
 * counts are accepted. With no trials the proportion is undefined: `null` with a `reason`.
 *
 * @param successes - Number of successes, 0 ≤ successes ≤ trials.
 * @param trials - Number of trials, ≥ 0.
 * @param options - `confidence` (default 0.95) and `boundaries` (default `'modified'`).
 * @returns The estimate and its interval.
 * @throws {EquityLensError} on negative or non-finite counts, successes > trials, a confidence outside (0, 1) or an unknown `boundaries`.
 * @category Intervals
 * @example
 * ```ts
 * import { jeffreysInterval } from "./jeffreysInterval.ts";
 *
 * // R: qbeta(c(.025, .975), 81.5, 182.5) → 0.2545219 0.3656475
 * const ci = jeffreysInterval(81, 263);
 * [ci.lower, ci.upper].map((x) => Number(x?.toFixed(7))); // => [0.2545219, 0.3656475]
 * jeffreysInterval(0, 20).lower; // => 0
 * jeffreysInterval(0, 20, { boundaries: "equalTailed" }).lower?.toExponential(4); // => "2.4246e-5"
 * ```
 */
export function jeffreysInterval(successes: number, trials: number, options: JeffreysIntervalOptions = {}): ProportionInterval {
  const fn = 'jeffreysInterval';
  knownKeys(options, ['confidence', 'boundaries'], 'options', fn);
  const confidence = confidenceLevel(options.confidence, fn);
  const boundaries = options.boundaries ?? 'modified';
  if (boundaries !== 'modified' && boundaries !== 'equalTailed') {
    fail('invalid_value', 'options.boundaries', `${fn}: options.boundaries is ${JSON.stringify(boundaries)}; use 'modified' or 'equalTailed'.`);
  }
  const [x, n] = successesOfTrials(successes, trials, fn);
  if (n === 0) {
    return { estimate: null, lower: null, upper: null, confidence, method: 'jeffreys', reason: 'no trials: the proportion is undefined' };
  }
  const { tail, body } = tailProbabilities(confidence);
  const modified = boundaries === 'modified';
  const lower = modified && x === 0 ? 0 : betaQuantile(x + 0.5, n - x + 0.5, tail, body);
  const upper = modified && x === n ? 1 : betaQuantile(x + 0.5, n - x + 0.5, body, tail);
  return { estimate: x / n, lower, upper, confidence, method: 'jeffreys' };
}
