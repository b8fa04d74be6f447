import { fail } from '../internal/errors.ts';
import { integer, knownKeys, positiveNumber } from '../internal/validate.ts';
import { gammaPrefactor, gammaQuantile, gammaTails } from './internal/incompleteGamma.ts';
import { confidenceLevel, tailProbabilities } from './internal/intervalInputs.ts';
import { solvePositive } from './internal/rootFinding.ts';

/** Options of {@link poissonInterval}. */
export interface PoissonIntervalOptions {
  /** Person-time (or population) the events occurred in, > 0. Default 1: the interval is for the expected count. */
  personTime?: number;
  /** Report the rate per this many units of person-time (e.g. 100000 for a rate per 100,000). Default 1. */
  per?: number;
  /** `'exact'` (default; Garwood 1936, as R `poisson.test`) or `'midP'` (Lancaster's mid-p limits). */
  method?: 'exact' | 'midP';
  /** Two-sided confidence level strictly between 0 and 1. Default 0.95. */
  confidence?: number;
}

/** A Poisson count or rate with its confidence interval. */
export interface PoissonInterval {
  /** The observed count. */
  readonly events: number;
  /** The person-time used. */
  readonly personTime: number;
  /** events ÷ personTime × per. */
  readonly rate: number;
  /** Lower bound of the rate, same units. */
  readonly lower: number;
  /** Upper bound of the rate, same units. */
  readonly upper: number;
  /** The multiplier used. */
  readonly per: number;
  /** The confidence level used. */
  readonly confidence: number;
  /** The interval method. */
  readonly method: 'exact' | 'midP';
}

/** d/dλ P(X ≥ k) for X ~ Poisson(λ): the Poisson probability of k − 1, λ^(k−1) e^(−λ)/(k − 1)!; 0 for k = 0. */
function poissonTailSlope(k: number, lambda: number): number {
  // Stryker disable next-line ConditionalExpression: equivalent — for k = 0 the other branch is 0 too: gammaPrefactor(0, λ) = e^(0·ln λ − λ − ln Γ(0)) with ln Γ(0) = +∞, so 0 for every λ > 0 the solver tries
  return k === 0 ? 0 : gammaPrefactor(k, lambda) / lambda;
}

/** P(X ≥ k) and P(X < k) for X ~ Poisson(λ): the gamma(k) tails at λ, with P(X ≥ 0) = 1. */
function poissonTails(k: number, lambda: number): { atLeast: number; below: number } {
  if (k === 0) return { atLeast: 1, below: 0 };
  const tails = gammaTails(k, lambda);
  return { atLeast: tails.lower, below: tails.upper };
}

/**
 * A confidence interval for a Poisson count, or for a rate = count ÷ person-time, by one of two methods:
 *
 * - `'exact'` (Garwood 1936): lower = G⁻¹(α/2; x) (0 when x = 0), upper = G⁻¹(1 − α/2; x + 1), with G⁻¹(p; a)
 *   the gamma(a, 1) quantile — the interval R `poisson.test(x, T)` prints, which inverts two one-sided Poisson
 *   tests and so covers at least the nominal level.
 * - `'midP'` (Lancaster 1961; Rothman & Greenland, *Modern Epidemiology*): the lower limit solves
 *   P(X > x) + ½P(X = x) = α/2 and the upper P(X < x) + ½P(X = x) = α/2. Shorter than exact, with coverage
 *   close to nominal on average (OpenEpi's default for small counts).
 *
 * Both are divided by `personTime` and multiplied by `per`. α = 1 − confidence. The gamma quantiles and the mid-p
 * equations are solved to about 1e-14 relative (tested against R `qgamma` and `ppois`). Use them for counts too
 * small for a normal approximation — a neighbourhood with 4 events — and for rates published with a reliability
 * rule.
 *
 * @param events - The observed count, a whole number ≥ 0.
 * @param options - `personTime` (default 1), `per` (default 1), `method` (default `'exact'`), `confidence` (default 0.95).
 * @returns The rate and its interval.
 * @throws {EquityLensError} when `events` is not a whole number ≥ 0, `personTime` or `per` is not positive, the method is unknown or `confidence` is outside (0, 1).
 * @category Intervals
 * @example
 * ```ts
 * import { poissonInterval } from "./poissonInterval.ts";
 *
 * // R: poisson.test(4)$conf.int → 1.089865 10.241589
 * const exact = poissonInterval(4);
 * [exact.lower, exact.upper].map((x) => Number(x.toFixed(6))); // => [1.089865, 10.241589]
 * // 4 events in 1,200 residents, per 100,000
 * poissonInterval(4, { personTime: 1200, per: 100000 }).rate.toFixed(1); // => "333.3"
 * const midP = poissonInterval(4, { method: "midP" });
 * [midP.lower, midP.upper].map((x) => Number(x.toFixed(4))); // => [1.2709, 9.6484]
 * ```
 */
export function poissonInterval(events: number, options: PoissonIntervalOptions = {}): PoissonInterval {
  const fn = 'poissonInterval';
  knownKeys(options, ['personTime', 'per', 'method', 'confidence'], 'options', fn);
  const x = integer(events, 'events', fn, { min: 0 });
  const personTime = options.personTime === undefined ? 1 : positiveNumber(options.personTime, 'options.personTime', fn);
  const per = options.per === undefined ? 1 : positiveNumber(options.per, 'options.per', fn);
  const method = options.method ?? 'exact';
  if (method !== 'exact' && method !== 'midP') {
    fail('invalid_value', 'options.method', `${fn}: options.method is ${JSON.stringify(method)}; use 'exact' or 'midP'.`);
  }
  const confidence = confidenceLevel(options.confidence, fn);
  const { tail, body } = tailProbabilities(confidence);
  const exactLower = x === 0 ? 0 : gammaQuantile(x, tail, body);
  const exactUpper = gammaQuantile(x + 1, body, tail);
  let lower = exactLower;
  let upper = exactUpper;
  if (method === 'midP') {
    // P(X > x) + ½P(X = x) = ½[P(X ≥ x) + P(X ≥ x + 1)] rises with λ; P(X < x) + ½P(X = x) = ½[P(X < x) + P(X < x + 1)] falls.
    lower =
      x === 0
        ? 0
        : solvePositive(
            (lambda) => ({
              value: 0.5 * (poissonTails(x, lambda).atLeast + poissonTails(x + 1, lambda).atLeast),
              slope: 0.5 * (poissonTailSlope(x, lambda) + poissonTailSlope(x + 1, lambda)),
            }),
            tail,
            exactLower,
            true,
          );
    upper = solvePositive(
      (lambda) => ({
        value: 0.5 * (poissonTails(x, lambda).below + poissonTails(x + 1, lambda).below),
        slope: -0.5 * (poissonTailSlope(x, lambda) + poissonTailSlope(x + 1, lambda)),
      }),
      tail,
      exactUpper,
      false,
    );
  }
  const scale = per / personTime;
  return { events: x, personTime, rate: x * scale, lower: lower * scale, upper: upper * scale, per, confidence, method };
}
