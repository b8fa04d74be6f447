import { describe, fail } from '../internal/errors.ts';
import { addCounts, buildResult, COUNT_FIELDS, pickCounts, type RawCell, type SumLabels } from './internal/summary.ts';
import type { TargetingCounts, TargetingErrorsResult, TargetingGroup } from './targetingErrors.ts';

/**
 * Combines two {@link targetingErrors} results computed on **disjoint** partitions of the records (another
 * process, another machine, another batch) into the result for their union.
 *
 * Every count is a sum over records, so the merged counts are the field-by-field sums (groups matched by their
 * keys; a group present in one partition only is kept as is). Rates, intervals and reasons are then recomputed
 * from the merged counts with the same code as {@link targetingErrors}, never averaged. Merging is associative
 * and commutative, and merging the summaries of any partition of the records gives the summary of all of them
 * (up to floating-point rounding of weighted sums).
 *
 * Overlapping partitions cannot be detected from counts: a record in both would be counted twice.
 *
 * @param a - A result of {@link targetingErrors} (or of a previous merge).
 * @param b - Another, computed with the same `by` dimensions, weighting, confidence and inclusion-error
 *   denominator.
 * @returns The result for the union of the two partitions.
 * @throws {EquityLensError} `invalid_value` when the two results use different dimensions, weighting, confidence
 *   or inclusion-error denominator (path `b.dimensions`, `b.weighted` …); `invalid_type`/`not_finite`/`out_of_range`
 *   when a count is not a finite number ≥ 0 (e.g. a result damaged in transit).
 * @category Reach
 * @example
 * ```ts
 * import { mergeReach } from "./mergeReach.ts";
 * import { targetingErrors } from "./targetingErrors.ts";
 *
 * const options = {
 *   eligible: (h: { eligible: boolean }) => h.eligible,
 *   enrolled: (h: { enrolled: boolean }) => h.enrolled,
 * };
 * const east = targetingErrors([{ eligible: true, enrolled: true }, { eligible: true, enrolled: false }], options);
 * const west = targetingErrors([{ eligible: true, enrolled: true }, { eligible: false, enrolled: true }], options);
 * const city = mergeReach(east, west);
 * city.overall.eligible; // => 3
 * city.overall.coverage; // => 0.6666666666666666
 * city.overall.inclusionError; // => 0.3333333333333333
 * ```
 */
export function mergeReach(a: TargetingErrorsResult, b: TargetingErrorsResult): TargetingErrorsResult {
  const fn = 'mergeReach';
  checkResult(a, 'a', fn);
  checkResult(b, 'b', fn);
  if (a.dimensions.length !== b.dimensions.length || a.dimensions.some((d, i) => d !== b.dimensions[i])) {
    fail(
      'invalid_value',
      'b.dimensions',
      `${fn}: b is grouped by [${b.dimensions.join(', ')}] but a by [${a.dimensions.join(', ')}]; compute both with the same options.by.`,
    );
  }
  if (a.weighted !== b.weighted) {
    fail('invalid_value', 'b.weighted', `${fn}: one result is weighted and the other is not; compute both with the same options.weight.`);
  }
  if (a.confidence !== b.confidence) {
    fail(
      'invalid_value',
      'b.confidence',
      `${fn}: b has confidence ${b.confidence} but a has ${a.confidence}; compute both with the same options.confidence.`,
    );
  }
  if (a.inclusionErrorDenominator !== b.inclusionErrorDenominator) {
    fail(
      'invalid_value',
      'b.inclusionErrorDenominator',
      `${fn}: b divides the inclusion error by "${b.inclusionErrorDenominator}" but a by "${a.inclusionErrorDenominator}"; compute both with the same options.inclusionErrorDenominator.`,
    );
  }
  // Keys are matched through a Map keyed by the JSON of the key tuple: one string per group, not per record.
  const cells = new Map<string, RawCell>();
  for (const result of [a, b]) {
    for (const group of result.groups) {
      const id = JSON.stringify(group.keys);
      const seen = cells.get(id);
      cells.set(id, { keys: group.keys, counts: seen === undefined ? pickCounts(group) : addCounts(seen.counts, group) });
    }
  }
  return buildResult(
    {
      dimensions: a.dimensions,
      weighted: a.weighted,
      confidence: a.confidence,
      inclusionErrorDenominator: a.inclusionErrorDenominator,
    },
    addCounts(a.overall, b.overall),
    [...cells.values()],
    fn,
    MERGED_SUMS,
  );
}

/** The overall sums of a merge are the two results' sums added: name both, and the fix upstream of the merge. */
const MERGED_SUMS: SumLabels = {
  population: 'b.overall.population',
  populationSum: 'a.overall.population + b.overall.population',
  squares: 'b.overall.eligibleWeightSquares',
  squaresSum: 'a.overall.eligibleWeightSquares + b.overall.eligibleWeightSquares',
  fix: 'compute both results with every weight divided by a common factor (shares do not change), then merge',
};

function checkResult(result: unknown, path: string, fn: string): asserts result is TargetingErrorsResult {
  if (result === null || typeof result !== 'object') {
    fail('invalid_type', path, `${fn}: ${path} is ${describe(result)}; pass a result of targetingErrors.`);
  }
  const r = result as Partial<TargetingErrorsResult>;
  if (!Array.isArray(r.dimensions) || !Array.isArray(r.groups) || r.overall === null || typeof r.overall !== 'object') {
    fail('invalid_type', path, `${fn}: ${path} is not a result of targetingErrors (it lacks dimensions, groups or overall).`);
  }
  checkCounts(r.overall, `${path}.overall`, fn);
  r.groups.forEach((group: TargetingGroup, i: number) => {
    if (!Array.isArray(group.keys) || group.keys.length !== (r.dimensions as string[]).length) {
      fail('invalid_value', `${path}.groups[${i}].keys`, `${fn}: ${path}.groups[${i}].keys must hold one key per dimension.`);
    }
    checkCounts(group, `${path}.groups[${i}]`, fn);
  });
}

function checkCounts(counts: TargetingCounts, path: string, fn: string): void {
  for (const field of COUNT_FIELDS) {
    const value: unknown = counts[field];
    if (typeof value !== 'number') {
      fail('invalid_type', `${path}.${field}`, `${fn}: ${path}.${field} is ${describe(value)}; expected a count (a finite number ≥ 0).`);
    }
    if (!Number.isFinite(value)) {
      fail('not_finite', `${path}.${field}`, `${fn}: ${path}.${field} is ${describe(value)}; expected a count (a finite number ≥ 0).`);
    }
    if (value < 0) {
      fail('out_of_range', `${path}.${field}`, `${fn}: ${path}.${field} is ${value}; expected a count (a finite number ≥ 0).`);
    }
  }
}
