import { representable } from '../internal/magnitude.ts';
import { describe, fail } from '../internal/errors.ts';
import type { PayFrequency } from '../internal/records.ts';
import { nearestName, nonNegativeNumber } from '../internal/validate.ts';

const FACTORS: ReadonlyMap<string, number> = new Map([
  ['weekly', 52],
  ['biweekly', 26],
  ['semimonthly', 24],
  ['monthly', 12],
  ['annual', 1],
]);

const FREQUENCIES: readonly PayFrequency[] = ['weekly', 'biweekly', 'semimonthly', 'monthly', 'annual'];

/**
 * The annualisation factor of a pay frequency, or `undefined` for an unknown one.
 *
 * @internal
 */
export function annualizationFactor(frequency: unknown): number | undefined {
  return typeof frequency === 'string' ? FACTORS.get(frequency) : undefined;
}

/**
 * Throws the error for an unknown pay frequency.
 *
 * @internal
 */
export function unknownFrequency(frequency: unknown, path: string, fn: string): never {
  const nearest = typeof frequency === 'string' ? nearestName(frequency, FREQUENCIES) : undefined;
  return fail(
    'invalid_value',
    path,
    `${fn}: ${path} is ${describe(frequency)}; use one of ${FREQUENCIES.join(', ')} (every two weeks is "biweekly", twice a month "semimonthly").`,
    nearest === undefined ? undefined : `did you mean "${nearest}"?`,
  );
}

/**
 * Converts an income amount received at a pay frequency to dollars per year: weekly × 52, biweekly (every two
 * weeks) × 26, semimonthly (twice a month) × 24, monthly × 12, annual × 1 — the factors of the USDA school-meal
 * income guidance and of most annual-first programs. The result is **not rounded**: add the unrounded amounts
 * of several sources and compare the total (USDA: "Do not round the values resulting from each conversion").
 *
 * @param amount - Dollars per period, ≥ 0.
 * @param frequency - `'weekly'`, `'biweekly'`, `'semimonthly'`, `'monthly'` or `'annual'`.
 * @returns Dollars per year.
 * @throws {EquityLensError} `not_finite` / `out_of_range` for a bad amount (or an annual amount beyond 1.8e308),
 *   `invalid_value` for an unknown frequency.
 * @category Income
 * @example
 * ```ts
 * import { annualizeIncome } from "./annualizeIncome.ts";
 *
 * annualizeIncome(1000, "biweekly"); // => 26000
 * annualizeIncome(1000, "semimonthly"); // => 24000
 * annualizeIncome(612.5, "weekly"); // => 31850
 * ```
 */
export function annualizeIncome(amount: number, frequency: PayFrequency): number {
  const fn = 'annualizeIncome';
  const value = nonNegativeNumber(amount, 'amount', fn);
  const factor = annualizationFactor(frequency);
  if (factor === undefined) unknownFrequency(frequency, 'frequency', fn);
  return representable(value * factor, 'amount', fn, `the annual amount (${value} × ${factor})`, 'check the amount and its frequency');
}
