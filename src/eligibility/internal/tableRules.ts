/**
 * The cross-field rules and value lists of the parameter-table schemas, shared by the zod schemas
 * ({@link PovertyGuidelineTableSchema}, {@link HudLimitsTableSchema}, {@link SmiCeilingTableSchema}, through
 * `.superRefine`) and their plain checks (`tableChecks.ts`). No zod here.
 *
 * @internal
 * @module
 */
import type { Refinement } from '../../internal/plainChecks.ts';
import { SMI_SIZE_ROWS } from '../smiCeilingTables.ts';
import { fastDateKey } from './checks.ts';

/** The message of a `YYYY-MM-DD` field that is not a string. */
export const DATE_TYPE_MESSAGE = 'expected a date string written YYYY-MM-DD, e.g. "2025-04-01"';

/** The message of a `YYYY-MM-DD` field that is not a real date. */
export const DATE_MESSAGE = 'expected a real date written YYYY-MM-DD, e.g. "2025-04-01"';

/** Whether a string is a real calendar date written `YYYY-MM-DD`. */
export function isDateString(value: string): boolean {
  return fastDateKey(value) !== -1;
}

/** The rounding conventions of {@link EligibilityRounding}. */
export const ROUNDINGS = ['none', 'ceil-50', 'half-up-dollar'] as const;

/** The statuses of {@link EligibilityTableStatus}. */
export const STATUSES = ['published', 'secondary', 'derived'] as const;

/** The poverty-guideline regions of {@link PovertyRegion}. */
export const REGIONS = ['contiguous', 'alaska', 'hawaii'] as const;

/** How an SMI fiscal year is written: `2025-26`. */
export const SMI_FISCAL_YEAR: RegExp = /^\d{4}-\d{2}$/;

/** The message of an SMI fiscal year not written like `2025-26`. */
export const SMI_FISCAL_YEAR_MESSAGE = 'expected a fiscal year written like "2025-26"';

/** `effectiveFrom ≤ effectiveTo` inside a table. */
export const effectiveDatesInOrder: Refinement<{ effectiveFrom: string; effectiveTo?: string | undefined }> = (table, report) => {
  // An open-ended table (no effectiveTo) is compared with its own start, so it always passes.
  if ((table.effectiveTo ?? table.effectiveFrom) < table.effectiveFrom) {
    report(['effectiveTo'], `effectiveTo ${table.effectiveTo} is before effectiveFrom ${table.effectiveFrom}`);
  }
};

interface HudRows {
  effectiveFrom: string;
  effectiveTo?: string | undefined;
  extremelyLow: readonly number[];
  veryLow: readonly number[];
  low: readonly number[];
}

/** HUD limits never fall with household size, and ELI ≤ VLI ≤ LI for every size. */
export const hudLimitsConsistent: Refinement<HudRows> = (table, report) => {
  effectiveDatesInOrder(table, report);
  for (const key of ['extremelyLow', 'veryLow', 'low'] as const) {
    const row = table[key];
    // Stryker disable next-line EqualityOperator: equivalent — at i = row.length, row[i] is undefined and undefined < x is false, so nothing is reported
    for (let i = 1; i < row.length; i++) {
      if ((row[i] as number) < (row[i - 1] as number)) report([key, i], `the limit for ${i + 1} persons is below the limit for ${i}`);
    }
  }
  // Stryker disable next-line EqualityOperator: equivalent — the rule runs only on rows of exactly 8 limits, so at i = 8 every limit is undefined and undefined > undefined is false
  for (let i = 0; i < 8; i++) {
    const eli = table.extremelyLow[i] as number;
    const vli = table.veryLow[i] as number;
    const li = table.low[i] as number;
    if (eli > vli) report(['extremelyLow', i], `ELI ${eli} exceeds VLI ${vli}`);
    if (vli > li) report(['veryLow', i], `VLI ${vli} exceeds LI ${li}`);
  }
};

interface SmiRows {
  effectiveFrom: string;
  effectiveTo?: string | undefined;
  annual100: readonly number[];
  annual85: readonly number[];
  monthly85: readonly number[];
}

/** SMI rows never fall with family size, and the 85 % ceiling stays below 100 % SMI. */
export const smiCeilingsConsistent: Refinement<SmiRows> = (table, report) => {
  effectiveDatesInOrder(table, report);
  for (const key of ['annual100', 'annual85', 'monthly85'] as const) {
    const values = table[key];
    // Stryker disable next-line EqualityOperator: equivalent — at i = values.length, values[i] is undefined and undefined < x is false, so nothing is reported
    for (let i = 1; i < values.length; i++) {
      if ((values[i] as number) < (values[i - 1] as number)) report([key, i], `row ${SMI_SIZE_ROWS[i]} is below row ${SMI_SIZE_ROWS[i - 1]}`);
    }
  }
  // Stryker disable next-line EqualityOperator: equivalent — the rule runs only on rows of exactly 11 values, so at i = 11 both are undefined and undefined > undefined is false
  for (let i = 0; i < 11; i++) {
    if ((table.annual85[i] as number) > (table.annual100[i] as number)) report(['annual85', i], 'the 85 % ceiling exceeds 100 % SMI');
  }
};
