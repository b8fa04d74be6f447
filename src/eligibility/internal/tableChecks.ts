/**
 * The parameter-table schemas without zod: the plain checks that validate a city's own tables when a compute
 * function receives them (`povertyGuideline(…, { tables })`, `hudIncomeCategory(…, limits)`), so those functions
 * do not carry the zod engine. Each check mirrors its zod schema ({@link PovertyGuidelineTableSchema},
 * {@link HudLimitsTableSchema}, {@link SmiCeilingTableSchema}) field by field, in the same order, with the same
 * cross-field rules (`tableRules.ts`); `tests/eligibility/tableChecks.test.ts` holds the two equal on generated
 * tables. Each check is built on first use, so an import carries only the kinds it uses.
 *
 * @internal
 * @module
 */
import { array, number, oneOf, optional, type PlainCheck, type PlainIssue, plainIssues, strictObject, string } from '../../internal/plainChecks.ts';
import { HUD_INCOME_LIMITS_SANTA_CLARA, type HudLimitsTable } from '../hudIncomeLimitsTables.ts';
import { HHS_POVERTY_GUIDELINES, type PovertyGuidelineTable } from '../povertyGuidelineTables.ts';
import { CA_SMI_CEILINGS, type SmiCeilingTable } from '../smiCeilingTables.ts';
import type { DatedTable } from './checks.ts';
import {
  DATE_MESSAGE,
  DATE_TYPE_MESSAGE,
  effectiveDatesInOrder,
  hudLimitsConsistent,
  isDateString,
  REGIONS,
  ROUNDINGS,
  SMI_FISCAL_YEAR,
  SMI_FISCAL_YEAR_MESSAGE,
  smiCeilingsConsistent,
  STATUSES,
} from './tableRules.ts';

/** One kind of parameter table: its name in messages, the bundled tables and the check of one table. */
export interface TableKind<T extends DatedTable> {
  /** How messages name a table of this kind, e.g. `"poverty guideline"`. */
  readonly name: string;
  /** The tables the library ships. */
  readonly bundled: readonly T[];
  /** The issues of one table (none when it is valid). */
  readonly issues: (table: unknown) => PlainIssue[];
  /** Tables of one group must not overlap in time (HUD: one area); without it, none may. */
  readonly groupOf?: (table: T) => string;
}

const wholeDollars = (): PlainCheck => number({ int: true }, { gt: 0 });

/** The fields every table shares, as `tableHeaderShape` in `tableShape.ts`. */
function header(): Record<string, PlainCheck | ReturnType<typeof optional>> {
  const dateString = string({ typeError: DATE_TYPE_MESSAGE }, { refine: isDateString, message: DATE_MESSAGE });
  const filled = string({ min: 1 });
  return {
    id: filled,
    jurisdiction: filled,
    effectiveFrom: dateString,
    effectiveTo: optional(dateString),
    source: strictObject({ title: filled, url: filled, documentId: optional(filled) }),
    status: oneOf(STATUSES),
    notes: optional(string()),
  };
}

let povertyCheck: PlainCheck | undefined;

/** {@link PovertyGuidelineTableSchema} without zod. */
export function povertyGuidelineTableIssues(table: unknown): PlainIssue[] {
  if (povertyCheck === undefined) {
    const amounts = strictObject({ firstPerson: wholeDollars(), additionalPerson: wholeDollars() });
    povertyCheck = strictObject(
      {
        ...header(),
        year: number({ int: true }, { gte: 1900 }, { lte: 2200 }),
        rounding: oneOf(ROUNDINGS),
        regions: strictObject({ contiguous: amounts, alaska: amounts, hawaii: amounts }),
      },
      effectiveDatesInOrder,
    );
  }
  return plainIssues(povertyCheck, table);
}

let hudCheck: PlainCheck | undefined;

/** {@link HudLimitsTableSchema} without zod. */
export function hudLimitsTableIssues(table: unknown): PlainIssue[] {
  if (hudCheck === undefined) {
    const limitRow = array(wholeDollars(), { length: 8 });
    hudCheck = strictObject(
      {
        ...header(),
        area: string({ min: 1 }),
        areaName: string({ min: 1 }),
        fiscalYear: number({ int: true }, { gte: 1970 }, { lte: 2200 }),
        rounding: oneOf(ROUNDINGS),
        medianFamilyIncome: wholeDollars(),
        extremelyLow: limitRow,
        veryLow: limitRow,
        low: limitRow,
        povertyGuidelineYear: number({ int: true }, { gte: 1900 }, { lte: 2200 }),
        povertyGuidelineRegion: optional(oneOf(REGIONS)),
      },
      hudLimitsConsistent,
    );
  }
  return plainIssues(hudCheck, table);
}

let smiCheck: PlainCheck | undefined;

/** {@link SmiCeilingTableSchema} without zod. */
export function smiCeilingTableIssues(table: unknown): PlainIssue[] {
  if (smiCheck === undefined) {
    const row = array(wholeDollars(), { length: 11 });
    smiCheck = strictObject(
      {
        ...header(),
        fiscalYear: string({ regex: SMI_FISCAL_YEAR, message: SMI_FISCAL_YEAR_MESSAGE }),
        rounding: oneOf(ROUNDINGS),
        annual100: row,
        annual85: row,
        monthly85: row,
      },
      smiCeilingsConsistent,
    );
  }
  return plainIssues(smiCheck, table);
}

/** HHS poverty guidelines. */
export const POVERTY_TABLES: TableKind<PovertyGuidelineTable> = { name: 'poverty guideline', bundled: HHS_POVERTY_GUIDELINES, issues: povertyGuidelineTableIssues };

/** HUD income limits; tables of one area must not overlap. */
export const HUD_TABLES: TableKind<HudLimitsTable> = { name: 'HUD income limits', bundled: HUD_INCOME_LIMITS_SANTA_CLARA, issues: hudLimitsTableIssues, groupOf: (table) => table.area };

/** California SMI ceilings. */
export const SMI_TABLES: TableKind<SmiCeilingTable> = { name: 'California SMI ceiling', bundled: CA_SMI_CEILINGS, issues: smiCeilingTableIssues };
