import { describe, fail } from '../internal/errors.ts';
import { knownKeys, nonNegativeNumber, openUnitInterval } from '../internal/validate.ts';
import { normalCdf } from './normalCdf.ts';

/** One sample of a {@link twoProportionZTest}: successes out of trials. */
export interface ProportionSample {
  /** Number of successes (events, enrolments), 0 ≤ successes ≤ trials. */
  readonly successes: number;
  /** Number of trials (people, households), > 0. */
  readonly trials: number;
}

/** Options of {@link twoProportionZTest}. */
export interface TwoProportionZTestOptions {
  /**
   * The alternative hypothesis about p₁ − p₂: `'two-sided'` (default, p₁ ≠ p₂), `'larger'` (p₁ > p₂) or
   * `'smaller'` (p₁ < p₂), with statsmodels' names.
   */
  alternative?: 'two-sided' | 'larger' | 'smaller';
  /** Significance level used for `significant`, strictly between 0 and 1. Default 0.05. */
  alpha?: number;
}

/** The result of a {@link twoProportionZTest}. */
export interface TwoProportionZTestResult {
  /** p̂₁ = successes₁ / trials₁. */
  readonly proportion1: number;
  /** p̂₂ = successes₂ / trials₂. */
  readonly proportion2: number;
  /** p̂₁ − p̂₂. */
  readonly difference: number;
  /** The pooled proportion (x₁ + x₂)/(n₁ + n₂) used in the standard error. */
  readonly pooledProportion: number;
  /** The pooled standard error √(p̄(1 − p̄)(1/n₁ + 1/n₂)); 0 when every trial succeeded or none did. */
  readonly standardError: number;
  /** The z statistic; `null` when the standard error is 0 (see `reason`). */
  readonly z: number | null;
  /** The p-value under the chosen alternative; `null` with `z`. */
  readonly pValue: number | null;
  /** Whether `pValue` ≤ `alpha`; `null` with `z`. */
  readonly significant: boolean | null;
  /** The alternative tested. */
  readonly alternative: 'two-sided' | 'larger' | 'smaller';
  /** The significance level used. */
  readonly alpha: number;
  /** The method: a pooled two-proportion z-test. */
  readonly method: 'pooledZ';
  /** Why `z` is `null`, when it is. */
  readonly reason?: string;
}

/**
 * The two-proportion z-test with a pooled standard error, as statsmodels `proportions_ztest(count, nobs)`
 * (value 0, `prop_var=False`) computes it:
 *
 * p̄ = (x₁ + x₂)/(n₁ + n₂), z = (x₁/n₁ − x₂/n₂) / √(p̄(1 − p̄)(1/n₁ + 1/n₂)),
 *
 * with the p-value from the standard normal distribution: 2·Φ(−|z|) two-sided, 1 − Φ(z) for `'larger'`,
 * Φ(z) for `'smaller'`. This is the test DataKind's San José response-equity analysis runs on the share of
 * slow responses in two halves of the city. When p̄ is 0 or 1 the statistic is undefined (statsmodels
 * returns NaN): `z`, `pValue` and `significant` are `null` with a `reason`.
 *
 * @param sample1 - Successes and trials of the first group.
 * @param sample2 - Successes and trials of the second group.
 * @param options - `alternative` (default `'two-sided'`) and `alpha` (default 0.05).
 * @returns The statistic, p-value and the proportions behind them.
 * @throws {EquityLensError} when a count is negative or not finite, successes exceed trials, a group has
 *   no trials, or `alpha` is outside (0, 1).
 * @category Tests
 * @example
 * ```ts
 * import { twoProportionZTest } from "./twoProportionZTest.ts";
 *
 * // statsmodels documentation: proportions_ztest([5, 12], [83, 99]) → p-value 0.159
 * const test = twoProportionZTest({ successes: 5, trials: 83 }, { successes: 12, trials: 99 });
 * Number(test.pValue?.toFixed(3)); // => 0.159
 * test.significant; // => false
 * ```
 */
export function twoProportionZTest(
  sample1: ProportionSample,
  sample2: ProportionSample,
  options: TwoProportionZTestOptions = {},
): TwoProportionZTestResult {
  const fn = 'twoProportionZTest';
  knownKeys(options, ['alternative', 'alpha'], 'options', fn);
  const [x1, n1] = sample(sample1, 'sample1', fn);
  const [x2, n2] = sample(sample2, 'sample2', fn);
  const alternative = options.alternative ?? 'two-sided';
  if (alternative !== 'two-sided' && alternative !== 'larger' && alternative !== 'smaller') {
    fail('invalid_value', 'options.alternative', `${fn}: options.alternative is ${JSON.stringify(alternative)}; use 'two-sided', 'larger' or 'smaller'.`);
  }
  const alpha = options.alpha === undefined ? 0.05 : openUnitInterval(options.alpha, 'options.alpha', fn);
  const proportion1 = x1 / n1;
  const proportion2 = x2 / n2;
  const difference = proportion1 - proportion2;
  const pooledProportion = (x1 + x2) / (n1 + n2);
  const standardError = Math.sqrt(pooledProportion * (1 - pooledProportion) * (1 / n1 + 1 / n2));
  const base = { proportion1, proportion2, difference, pooledProportion, standardError, alternative, alpha, method: 'pooledZ' as const };
  if (!(standardError > 0)) {
    const reason =
      pooledProportion === 0
        ? 'no successes in either group: the pooled variance is 0 and z is undefined'
        : 'every trial succeeded in both groups: the pooled variance is 0 and z is undefined';
    return { ...base, z: null, pValue: null, significant: null, reason };
  }
  const z = difference / standardError;
  const pValue = alternative === 'two-sided' ? 2 * normalCdf(-Math.abs(z)) : alternative === 'larger' ? normalCdf(-z) : normalCdf(z);
  return { ...base, z, pValue, significant: pValue <= alpha };
}

function sample(value: unknown, path: string, fn: string): [number, number] {
  if (value === null || typeof value !== 'object') {
    fail('invalid_type', path, `${fn}: ${path} is ${describe(value)}; expected { successes, trials }.`);
  }
  const record = value as { successes?: unknown; trials?: unknown };
  const successes = nonNegativeNumber(record.successes, `${path}.successes`, fn);
  const trials = nonNegativeNumber(record.trials, `${path}.trials`, fn);
  if (trials === 0) fail('out_of_range', `${path}.trials`, `${fn}: ${path}.trials is 0; each group needs at least one trial.`);
  if (successes > trials) {
    fail('out_of_range', `${path}.successes`, `${fn}: ${path}.successes is ${successes} but ${path}.trials is ${trials}; successes cannot exceed trials (swapped?).`);
  }
  return [successes, trials];
}
