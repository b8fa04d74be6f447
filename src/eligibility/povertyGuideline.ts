import { fail } from '../internal/errors.ts';
import { knownKeys } from '../internal/validate.ts';
import { householdSize as checkHouseholdSize } from './internal/checks.ts';
import { POVERTY_TABLES } from './internal/tableChecks.ts';
import { validatedTables } from './internal/tableSets.ts';
import { HHS_POVERTY_GUIDELINES, type PovertyGuidelineTable, type PovertyRegion } from './povertyGuidelineTables.ts';

/**
 * Options of {@link povertyGuideline}.
 *
 * @category Poverty guidelines
 */
export interface PovertyGuidelineOptions {
  /** Guideline year (e.g. 2025). Required: programs differ in which year they use on a given date. */
  year: number;
  /** `'contiguous'` (48 states + DC, default), `'alaska'` or `'hawaii'`. */
  region?: PovertyRegion;
  /** Tables to use instead of the bundled {@link HHS_POVERTY_GUIDELINES} (validated). */
  tables?: readonly PovertyGuidelineTable[];
}

const REGIONS: readonly PovertyRegion[] = ['contiguous', 'alaska', 'hawaii'];

/**
 * The HHS poverty guideline for a household size, in dollars per year:
 * `firstPerson + additionalPerson × (size − 1)`. The published tables list sizes 1–8 and tell readers to add the
 * increment for each further person; the increment is constant, so the same formula covers every size.
 *
 * Source: Federal Register "Annual Update of the HHS Poverty Guidelines" (2024-00796, 2025-01377, 2026-00755).
 *
 * @param householdSize - Persons in the household, a whole number in [1, 30].
 * @param options - The guideline `year`, the `region` and optional own `tables`.
 * @returns The guideline in dollars per year.
 * @throws {EquityLensError} `not_integer` / `out_of_range` for a bad size, `invalid_value` for an unknown region,
 *   `not_covered` for a year no table holds.
 * @category Poverty guidelines
 * @example
 * ```ts
 * import { povertyGuideline } from "./povertyGuideline.ts";
 *
 * povertyGuideline(4, { year: 2025 }); // => 32150
 * povertyGuideline(9, { year: 2025 }); // => 59650
 * povertyGuideline(1, { year: 2024, region: "alaska" }); // => 18810
 * ```
 */
export function povertyGuideline(householdSize: number, options: PovertyGuidelineOptions): number {
  const fn = 'povertyGuideline';
  const size = checkHouseholdSize(householdSize, 'householdSize', fn);
  return guidelineForSize(povertyTableForYear(options, fn), options.region, size, fn);
}

/**
 * The guideline of a validated table for a size and region.
 *
 * @internal
 */
export function guidelineForSize(table: PovertyGuidelineTable, region: unknown, size: number, fn: string): number {
  const key = region ?? 'contiguous';
  if (!REGIONS.includes(key as PovertyRegion)) {
    fail('invalid_value', 'options.region', `${fn}: options.region is ${JSON.stringify(key)}; use "contiguous" (48 states and DC), "alaska" or "hawaii".`);
  }
  const amounts = table.regions[key as PovertyRegion];
  return amounts.firstPerson + amounts.additionalPerson * (size - 1);
}

/**
 * The table of a guideline year, from the options' tables or the bundled ones.
 *
 * @internal
 */
export function povertyTableForYear(options: { year: number; tables?: readonly PovertyGuidelineTable[] | undefined }, fn: string): PovertyGuidelineTable {
  if (options === null || typeof options !== 'object') {
    fail('invalid_type', 'options', `${fn}: options is missing; pass { year: 2025 } (the guideline year).`);
  }
  knownKeys(options, ['year', 'region', 'tables'], 'options', fn);
  const year: unknown = options.year;
  // Number.isInteger is false for anything that is not a number.
  if (!Number.isInteger(year)) {
    fail('invalid_type', 'options.year', `${fn}: options.year is ${String(year)}; pass the guideline year as a whole number, e.g. { year: 2025 }.`);
  }
  const tables = options.tables === undefined ? HHS_POVERTY_GUIDELINES : validatedTables(POVERTY_TABLES, options.tables, 'options.tables', fn);
  for (const table of tables) if (table.year === year) return table;
  return fail(
    'not_covered',
    'options.year',
    `${fn}: options.year is ${year}, which no poverty guideline table holds (years: ${tables.map((t) => t.year).join(', ')}); pass options.tables with that year.`,
  );
}
