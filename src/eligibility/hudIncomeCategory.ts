import { nonNegativeNumber } from '../internal/validate.ts';
import { householdSize as checkHouseholdSize } from './internal/checks.ts';
import { validatedHudLimits } from './internal/tableSets.ts';
import type { HudIncomeLimits } from './hudIncomeLimitsTables.ts';
import { sizeLimit } from './hudLimitsForSize.ts';

/**
 * HUD income categories, from lowest to highest income, spelt as the {@link HudIncomeLimits} fields they test
 * (camelCase since 0.2; 0.1 returned `extremely_low`, `very_low`, `above_low`).
 *
 * @category HUD income limits
 */
export type HudIncomeCategory = 'extremelyLow' | 'veryLow' | 'low' | 'aboveLow';

/**
 * The HUD income category of a household: the lowest category whose limit its annual income does not exceed.
 * Boundaries are inclusive ("incomes do not exceed", 42 U.S.C. 1437a(b)(2)): income equal to a limit is inside it.
 * Sizes above 8 use {@link hudLimitsForSize}'s extrapolation.
 *
 * @param annualIncome - Household income, dollars per year (HUD's anticipated annual income), ≥ 0.
 * @param householdSize - Persons, a whole number in [1, 30].
 * @param limits - The limits in force, from {@link hudIncomeLimits}.
 * @returns `'extremelyLow'`, `'veryLow'`, `'low'` or `'aboveLow'`.
 * @throws {EquityLensError} `not_finite` / `out_of_range` for a bad income, the errors of {@link hudLimitsForSize}
 *   (above 8 persons, a table whose poverty-guideline year is not bundled fails only for an income within the
 *   very-low limit: only then does the answer depend on the extremely-low limit).
 * @category HUD income limits
 * @example
 * ```ts
 * import { hudIncomeLimits } from "./hudIncomeLimits.ts";
 * import { hudIncomeCategory } from "./hudIncomeCategory.ts";
 *
 * const fy2025 = hudIncomeLimits("santa-clara-ca", "2025-06-01");
 * hudIncomeCategory(100450, 4, fy2025); // => "veryLow"
 * hudIncomeCategory(100451, 4, fy2025); // => "low"
 * hudIncomeCategory(159551, 4, fy2025); // => "aboveLow"
 * ```
 */
export function hudIncomeCategory(annualIncome: number, householdSize: number, limits: HudIncomeLimits): HudIncomeCategory {
  const fn = 'hudIncomeCategory';
  const income = nonNegativeNumber(annualIncome, 'annualIncome', fn);
  const size = checkHouseholdSize(householdSize, 'householdSize', fn);
  const table = validatedHudLimits(limits, 'limits', fn);
  // From the top: the extremely-low limit (which above 8 persons needs the table's poverty-guideline year) is
  // looked up only when the income is within the very-low limit.
  if (income > sizeLimit(table, size, 'low', fn, 'limits')) return 'aboveLow';
  if (income > sizeLimit(table, size, 'veryLow', fn, 'limits')) return 'low';
  return income <= sizeLimit(table, size, 'extremelyLow', fn, 'limits') ? 'extremelyLow' : 'veryLow';
}
