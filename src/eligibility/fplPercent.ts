import { nonNegativeNumber } from '../internal/validate.ts';
import { householdSize as checkHouseholdSize } from './internal/checks.ts';
import { guidelineForSize, povertyTableForYear, type PovertyGuidelineOptions } from './povertyGuideline.ts';

/**
 * Income as a percentage of the HHS poverty guideline: `annualIncome / guideline(size) × 100`, unrounded.
 *
 * To test "at or below k % of the guideline", compare income with `k/100 × guideline` (as
 * `evaluateEligibility` does) rather than comparing a rounded percentage: programs state their limits in
 * dollars, and rounding a percentage moves the boundary.
 *
 * @param annualIncome - Household income, dollars per year, ≥ 0.
 * @param householdSize - Persons in the household, a whole number in [1, 30].
 * @param options - The guideline `year`, `region` and optional own `tables` (as {@link povertyGuideline}).
 * @returns The percentage (100 = exactly at the guideline).
 * @throws {EquityLensError} `not_finite` / `out_of_range` for a bad income, the errors of {@link povertyGuideline}
 *   otherwise.
 * @category Poverty guidelines
 * @example
 * ```ts
 * import { fplPercent } from "./fplPercent.ts";
 *
 * fplPercent(32150, 4, { year: 2025 }); // => 100
 * fplPercent(59477.5, 4, { year: 2025 }); // => 185
 * ```
 */
export function fplPercent(annualIncome: number, householdSize: number, options: PovertyGuidelineOptions): number {
  const fn = 'fplPercent';
  const income = nonNegativeNumber(annualIncome, 'annualIncome', fn);
  const size = checkHouseholdSize(householdSize, 'householdSize', fn);
  const guideline = guidelineForSize(povertyTableForYear(options, fn), options.region, size, fn);
  return (income / guideline) * 100;
}
