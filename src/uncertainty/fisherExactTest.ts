import { describe, fail } from '../internal/errors.ts';
import { integer, knownKeys, openUnitInterval } from '../internal/validate.ts';
import { conditionalProbabilities, conditionalTable } from './internal/noncentralHypergeometric.ts';
import type { ProportionSample } from './twoProportionZTest.ts';

/** Options of {@link fisherExactTest}. */
export interface FisherExactTestOptions {
  /**
   * The alternative hypothesis about the first group's proportion against the second's (equivalently the odds
   * ratio against 1): `'two-sided'` (default), `'larger'` (p₁ > p₂, R's `"greater"`) or `'smaller'` (p₁ < p₂,
   * R's `"less"`), with the names of {@link twoProportionZTest}.
   */
  alternative?: 'two-sided' | 'larger' | 'smaller';
  /** Report the mid-p value instead of Fisher's p-value. Default false. */
  midP?: boolean;
  /** Significance level used for `significant`, strictly between 0 and 1. Default 0.05. */
  alpha?: number;
}

/** The result of a {@link fisherExactTest}. */
export interface FisherExactTestResult {
  /** The p-value under the chosen alternative. */
  readonly pValue: number;
  /** Whether `pValue` ≤ `alpha`. */
  readonly significant: boolean;
  /** The alternative tested. */
  readonly alternative: 'two-sided' | 'larger' | 'smaller';
  /** How a two-sided p-value is formed: Fisher's sum over tables no more likely than the one observed, or twice the smaller one-sided mid-p value. */
  readonly twoSided: 'minimumLikelihood' | 'doubling';
  /** The significance level used. */
  readonly alpha: number;
  /** The test: Fisher's exact test or its mid-p version. */
  readonly method: 'fisherExact' | 'fisherMidP';
}

/**
 * Fisher's exact test for a 2×2 table — successes and failures in two groups — conditional on the margins, with
 * its mid-p version.
 *
 * Given the margins, the first group's successes X follow the hypergeometric distribution under equal
 * proportions. Fisher's p-values are those of R `fisher.test`: `'larger'` is P(X ≥ x), `'smaller'` P(X ≤ x), and
 * `'two-sided'` the total probability of the tables no more likely than the observed one (with R's relative
 * tolerance 1e-7 for ties). The mid-p version (Lancaster 1961) counts the observed table half:
 * P(X > x) + ½P(X = x) and P(X < x) + ½P(X = x), and two-sided twice the smaller of the two, capped at 1 — as
 * epitools `ormidp.test` and the `midp.exact` column of `tab2by2.test`. Fisher's test is conservative (its size is
 * below α for small groups); the mid-p test is close to nominal on average (Rothman & Greenland). Use either when
 * counts are too small for {@link twoProportionZTest}; the matching odds ratio with exact or mid-p limits is
 * `oddsRatio` in the disparity module. Cost: O(min(m, n)) for the table's support.
 *
 * @param sample1 - Successes and trials of the first group (whole numbers).
 * @param sample2 - Successes and trials of the second group (whole numbers).
 * @param options - `alternative` (default `'two-sided'`), `midP` (default false), `alpha` (default 0.05).
 * @returns The p-value and the conventions behind it.
 * @throws {EquityLensError} when a count is not a whole number ≥ 0, successes exceed trials, a group has no trials, the alternative is unknown or `alpha` is outside (0, 1).
 * @category Tests
 * @example
 * ```ts
 * import { fisherExactTest } from "./fisherExactTest.ts";
 *
 * // Fisher's tea-tasting experiment: R fisher.test(matrix(c(3, 1, 1, 3), 2)) → p-value 0.4857
 * fisherExactTest({ successes: 3, trials: 4 }, { successes: 1, trials: 4 }).pValue.toFixed(4); // => "0.4857"
 * fisherExactTest({ successes: 3, trials: 4 }, { successes: 1, trials: 4 }, { alternative: "larger" }).pValue.toFixed(4); // => "0.2429"
 * // epitools ormidp.test(3, 1, 1, 3) → two-sided mid-p 0.2571
 * fisherExactTest({ successes: 3, trials: 4 }, { successes: 1, trials: 4 }, { midP: true }).pValue.toFixed(4); // => "0.2571"
 * ```
 */
export function fisherExactTest(sample1: ProportionSample, sample2: ProportionSample, options: FisherExactTestOptions = {}): FisherExactTestResult {
  const fn = 'fisherExactTest';
  knownKeys(options, ['alternative', 'midP', 'alpha'], 'options', fn);
  const [x1, n1] = wholeSample(sample1, 'sample1', fn);
  const [x2, n2] = wholeSample(sample2, 'sample2', fn);
  const alternative = options.alternative ?? 'two-sided';
  if (alternative !== 'two-sided' && alternative !== 'larger' && alternative !== 'smaller') {
    fail('invalid_value', 'options.alternative', `${fn}: options.alternative is ${JSON.stringify(alternative)}; use 'two-sided', 'larger' or 'smaller'.`);
  }
  const midP = options.midP ?? false;
  if (typeof midP !== 'boolean') fail('invalid_type', 'options.midP', `${fn}: options.midP is ${describe(midP)}; expected true or false.`);
  const alpha = options.alpha === undefined ? 0.05 : openUnitInterval(options.alpha, 'options.alpha', fn);
  const table = conditionalTable(x1, n1 - x1, x2, n2 - x2);
  const probabilities = conditionalProbabilities(table, 1);
  const at = table.observed - table.lowest;
  const observed = probabilities[at] as number;
  let below = 0;
  for (let i = 0; i < at; i++) below += probabilities[i] as number;
  let above = 0;
  for (let i = probabilities.length - 1; i > at; i--) above += probabilities[i] as number;
  const weight = midP ? 0.5 : 1;
  const larger = Math.min(1, above + weight * observed);
  const smaller = Math.min(1, below + weight * observed);
  let pValue: number;
  if (alternative === 'larger') pValue = larger;
  else if (alternative === 'smaller') pValue = smaller;
  else if (midP) pValue = Math.min(1, 2 * Math.min(larger, smaller));
  else {
    // R fisher.test: sum(d[d <= d[x] * (1 + 1e-7)]), summed from the smallest probabilities up.
    const threshold = observed * (1 + 1e-7);
    const kept = Array.from(probabilities).filter((p) => p <= threshold);
    kept.sort((a, b) => a - b);
    pValue = Math.min(1, kept.reduce((sum, p) => sum + p, 0));
  }
  return {
    pValue,
    significant: pValue <= alpha,
    alternative,
    twoSided: midP ? 'doubling' : 'minimumLikelihood',
    alpha,
    method: midP ? 'fisherMidP' : 'fisherExact',
  };
}

function wholeSample(value: unknown, path: string, fn: string): [number, number] {
  if (value === null || typeof value !== 'object') {
    fail('invalid_type', path, `${fn}: ${path} is ${describe(value)}; expected { successes, trials }.`);
  }
  const record = value as { successes?: unknown; trials?: unknown };
  const successes = integer(record.successes, `${path}.successes`, fn, { min: 0 });
  const trials = integer(record.trials, `${path}.trials`, fn, { min: 0 });
  if (trials === 0) fail('out_of_range', `${path}.trials`, `${fn}: ${path}.trials is 0; each group needs at least one trial.`);
  if (successes > trials) {
    fail('out_of_range', `${path}.successes`, `${fn}: ${path}.successes is ${successes} but ${path}.trials is ${trials}; successes cannot exceed trials (swapped?).`);
  }
  return [successes, trials];
}
