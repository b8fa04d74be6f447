import { fail } from '../internal/errors.ts';
import { dateString, knownKeys } from '../internal/validate.ts';
import { householdSize as checkHouseholdSize, tableInForce } from './internal/checks.ts';
import { SMI_TABLES } from './internal/tableChecks.ts';
import { validatedTables } from './internal/tableSets.ts';
import { CA_SMI_CEILINGS, SMI_SIZE_ROWS, type SmiCeilingTable } from './smiCeilingTables.ts';
import type { EligibilityTableStatus } from './tableSource.ts';

/**
 * Options of {@link caSmiCeiling}.
 *
 * @category California SMI
 */
export interface CaSmiCeilingOptions {
  /** The date, `YYYY-MM-DD`: selects the fiscal year's schedule (fiscal years start 1 July). */
  asOf: string;
  /**
   * Percent of state median income, a whole number in [1, 200]. Default 85 (the child-care eligibility ceiling),
   * read from the table; any other percent is computed as round-half-up(percent × 100 % SMI) and reported as
   * `derived` (75 % is the family-fee exemption, 100 % the state-preschool ceiling).
   */
  percent?: number;
  /** Tables to use instead of the bundled {@link CA_SMI_CEILINGS} (validated by {@link SmiCeilingTableSchema}). */
  tables?: readonly SmiCeilingTable[];
}

/**
 * A California SMI ceiling for one family size.
 *
 * @category California SMI
 */
export interface SmiCeiling {
  /** Ceiling in dollars per year. */
  readonly annual: number;
  /** Ceiling in dollars per month: the figure eligibility is tested against. */
  readonly monthly: number;
  /** State fiscal year of the schedule, e.g. `"2025-26"`. */
  readonly fiscalYear: string;
  /** Percent of SMI. */
  readonly percent: number;
  /** The schedule row used: `"1-2"`, `"3"` … `"12+"`. */
  readonly row: string;
  /** Id of the table used. */
  readonly tableId: string;
  /** `published`/`secondary`/`derived` as the table says, or `derived` when computed for a percent other than 85. */
  readonly status: EligibilityTableStatus;
}

/**
 * The row of the SMI schedule for a family size: sizes 1–2 share row 0 and 12+ share the last row.
 *
 * @internal
 */
export function smiRow(size: number): number {
  return Math.max(0, Math.min(size, 12) - 2);
}

/**
 * California's child-care income ceiling: by default 85 % of state median income for the family size, for the
 * fiscal year (1 July – 30 June) containing `asOf`. Eligibility is the **monthly** test — adjusted monthly income
 * (annual ÷ 12) at or below `monthly` — as the state applies it (Welfare & Institutions Code 10271.5; CDE MB 25-05).
 * An annual comparison can disagree at the boundary: $108,240 a year is $9,020 a month, inside the 2025-26
 * 4-person monthly ceiling of $9,020 but above its annual figure of $108,237.
 *
 * Sizes 1 and 2 share a row; 12 and above share the last row.
 *
 * @param householdSize - Persons in the family, a whole number in [1, 30].
 * @param options - `asOf` date, optional `percent` (default 85) and own `tables`.
 * @returns Annual and monthly ceilings with the fiscal year, row and table used.
 * @throws {EquityLensError} for a bad size or date, `out_of_range` for a bad percent, `not_covered` when no table covers `asOf`.
 * @category California SMI
 * @example
 * ```ts
 * import { caSmiCeiling } from "./caSmiCeiling.ts";
 *
 * const c = caSmiCeiling(4, { asOf: "2025-07-01" });
 * [c.annual, c.monthly, c.fiscalYear]; // => [108237, 9020, "2025-26"]
 * caSmiCeiling(4, { asOf: "2025-06-30" }).fiscalYear; // => "2024-25"
 * caSmiCeiling(1, { asOf: "2025-07-01" }).monthly; // => 6860
 * ```
 */
export function caSmiCeiling(householdSize: number, options: CaSmiCeilingOptions): SmiCeiling {
  const fn = 'caSmiCeiling';
  const size = checkHouseholdSize(householdSize, 'householdSize', fn);
  if (options === null || typeof options !== 'object') {
    fail('invalid_type', 'options', `${fn}: options is missing; pass { asOf: "YYYY-MM-DD" }.`);
  }
  knownKeys(options, ['asOf', 'percent', 'tables'], 'options', fn);
  dateString(options.asOf, 'options.asOf', fn);
  const percent = options.percent ?? 85;
  // Number.isInteger is false for anything that is not a number.
  if (!Number.isInteger(percent) || percent < 1 || percent > 200) {
    fail('out_of_range', 'options.percent', `${fn}: options.percent is ${String(percent)}; pass a whole percent of SMI in [1, 200], e.g. 85.`);
  }
  const tables = options.tables === undefined ? CA_SMI_CEILINGS : validatedTables(SMI_TABLES, options.tables, 'options.tables', fn);
  const table = tableInForce(tables, options.asOf, 'options.asOf', fn, 'California SMI');
  return smiCeilingOf(table, size, percent);
}

/**
 * The ceiling of a validated table, size and percent.
 *
 * @internal
 */
export function smiCeilingOf(table: SmiCeilingTable, size: number, percent: number): SmiCeiling {
  const row = smiRow(size);
  const label = SMI_SIZE_ROWS[row] as string;
  if (percent === 85) {
    return {
      annual: table.annual85[row] as number,
      monthly: table.monthly85[row] as number,
      fiscalYear: table.fiscalYear,
      percent,
      row: label,
      tableId: table.id,
      status: table.status,
    };
  }
  const median = table.annual100[row] as number;
  // round-half-up(percent/100 × median) and (… / 12), on exact integers.
  const annual = Math.floor((2 * percent * median + 100) / 200);
  const monthly = Math.floor((2 * percent * median + 1200) / 2400);
  return { annual, monthly, fiscalYear: table.fiscalYear, percent, row: label, tableId: table.id, status: 'derived' };
}
