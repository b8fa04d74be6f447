/**
 * The mergeable counts of a targeting summary (records, population, eligible, enrolled …): all-zero counts and
 * their field-by-field sum. Shared by `reach` (targetingErrors, mergeReach) and `monitor` (reach summaries in
 * evaluateGoal), so a scorecard adds counts exactly as `mergeReach` does.
 *
 * @internal
 * @module
 */
import type { TargetingCounts } from '../reach/targetingErrors.ts';

/** All-zero counts. */
export function zeroCounts(): TargetingCounts {
  return {
    records: 0,
    population: 0,
    eligible: 0,
    ineligible: 0,
    indeterminate: 0,
    enrolled: 0,
    eligibleEnrolled: 0,
    ineligibleEnrolled: 0,
    indeterminateEnrolled: 0,
    eligibleWeightSquares: 0,
  };
}

/** Field-by-field sum of two count sets (a new object). */
export function addCounts(a: TargetingCounts, b: TargetingCounts): TargetingCounts {
  return {
    records: a.records + b.records,
    population: a.population + b.population,
    eligible: a.eligible + b.eligible,
    ineligible: a.ineligible + b.ineligible,
    indeterminate: a.indeterminate + b.indeterminate,
    enrolled: a.enrolled + b.enrolled,
    eligibleEnrolled: a.eligibleEnrolled + b.eligibleEnrolled,
    ineligibleEnrolled: a.ineligibleEnrolled + b.ineligibleEnrolled,
    indeterminateEnrolled: a.indeterminateEnrolled + b.indeterminateEnrolled,
    eligibleWeightSquares: a.eligibleWeightSquares + b.eligibleWeightSquares,
  };
}
