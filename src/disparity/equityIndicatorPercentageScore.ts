import { fail } from '../internal/errors.ts';
import { finiteNumber, knownKeys } from '../internal/validate.ts';

/** Options of {@link equityIndicatorPercentageScore}. */
export interface EquityIndicatorPercentageScoreOptions {
  /** Whether the percentage measures a favourable outcome (`'higherIsBetter'`, default) or an adverse one (`'lowerIsBetter'`). */
  direction?: 'higherIsBetter' | 'lowerIsBetter';
}

/**
 * The CUNY ISLG static score of a single-group percentage indicator (equalityindicators.org/scoring-2): the
 * percentage itself when the outcome is favourable (40 % of stations accessible → 40), 100 minus the
 * percentage when it is adverse (40 % not accessible → 60).
 *
 * @param percent - The percentage, 0–100 (not a proportion: 40, not 0.4).
 * @param options - `direction` (default `'higherIsBetter'`).
 * @returns The score, 0–100.
 * @throws {EquityLensError} when `percent` is not finite or outside [0, 100], or `direction` is unknown.
 * @category Equity indicators (CUNY ISLG)
 * @example
 * ```ts
 * import { equityIndicatorPercentageScore } from "./equityIndicatorPercentageScore.ts";
 *
 * equityIndicatorPercentageScore(40); // => 40
 * equityIndicatorPercentageScore(40, { direction: "lowerIsBetter" }); // => 60
 * ```
 */
export function equityIndicatorPercentageScore(percent: number, options: EquityIndicatorPercentageScoreOptions = {}): number {
  const fn = 'equityIndicatorPercentageScore';
  knownKeys(options, ['direction'], 'options', fn);
  const p = finiteNumber(percent, 'percent', fn);
  if (p < 0 || p > 100) {
    fail('out_of_range', 'percent', `${fn}: percent is ${p}; expected a percentage in [0, 100]`);
  }
  const direction = options.direction ?? 'higherIsBetter';
  if (direction !== 'higherIsBetter' && direction !== 'lowerIsBetter') {
    fail('invalid_value', 'options.direction', `${fn}: options.direction is ${JSON.stringify(direction)}; use 'higherIsBetter' or 'lowerIsBetter'.`);
  }
  return direction === 'higherIsBetter' ? p : 100 - p;
}
