/**
 * Validation shared by the interval functions of this module: a confidence level, a count of successes out of
 * trials, and the two tail probabilities of an equal-tailed interval.
 *
 * @internal
 * @module
 */
import { fail } from '../../internal/errors.ts';
import { nonNegativeNumber, openUnitInterval } from '../../internal/validate.ts';

/** The `confidence` option: a fraction in (0, 1), default 0.95. */
export function confidenceLevel(value: unknown, fn: string): number {
  return value === undefined ? 0.95 : openUnitInterval(value, 'options.confidence', fn);
}

/** The probability left in each tail of an equal-tailed interval, (1 − confidence)/2, and its complement. */
export function tailProbabilities(confidence: number): { tail: number; body: number } {
  return { tail: (1 - confidence) / 2, body: (1 + confidence) / 2 };
}

/** Successes out of trials: finite, ≥ 0, successes ≤ trials. */
export function successesOfTrials(successes: unknown, trials: unknown, fn: string): [number, number] {
  const x = nonNegativeNumber(successes, 'successes', fn);
  const n = nonNegativeNumber(trials, 'trials', fn);
  if (x > n) fail('out_of_range', 'successes', `${fn}: successes is ${x} but trials is ${n}; successes cannot exceed trials (swapped?).`);
  return [x, n];
}
