/**
 * California state median income (SMI) ceilings for subsidised child care as dated data (their zod schema is in
 * `SmiCeilingTableSchema.ts`, so the data and the functions that read it do not carry zod).
 *
 * @module
 */
import type { EligibilityRounding, EligibilityTableSource, EligibilityTableStatus } from './tableSource.ts';
import { deepFreeze } from './internal/freeze.ts';

/**
 * The family-size rows of California's SMI schedule: sizes 1 and 2 share the first row, sizes 12 and above the
 * last. Index `i` of every array in a {@link SmiCeilingTable} belongs to row `SMI_SIZE_ROWS[i]`.
 *
 * @category Parameter tables
 * @example
 * ```ts
 * import { SMI_SIZE_ROWS } from "./smiCeilingTables.ts";
 *
 * SMI_SIZE_ROWS.length; // => 11
 * SMI_SIZE_ROWS[0]; // => "1-2"
 * ```
 */
export const SMI_SIZE_ROWS: readonly string[] = /* @__PURE__ */ deepFreeze(['1-2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12+']);

/**
 * One fiscal year (1 July – 30 June) of California's state median income schedule for child care: the 100 % SMI
 * and the 85 % eligibility ceiling, annual and monthly, by family size row ({@link SMI_SIZE_ROWS}).
 *
 * @category Parameter tables
 */
export interface SmiCeilingTable {
  /** Stable id, e.g. `"ca-smi-2025-26"`; rules may pin a table by id. */
  readonly id: string;
  /** Who publishes it, e.g. `"CA-CDSS"`. */
  readonly jurisdiction: string;
  /** The state fiscal year, e.g. `"2025-26"`. */
  readonly fiscalYear: string;
  /** First day in force, `YYYY-MM-DD` (1 July). */
  readonly effectiveFrom: string;
  /** Last day in force, inclusive; absent means open-ended. */
  readonly effectiveTo?: string | undefined;
  /** The publication the figures come from. */
  readonly source: EligibilityTableSource;
  /** How the figures were obtained. */
  readonly status: EligibilityTableStatus;
  /** Rounding: `half-up-dollar` (85 % figures are 0.85 × the 100 % figure, rounded to the dollar). */
  readonly rounding: EligibilityRounding;
  /** 100 % SMI, dollars per year, 11 rows. */
  readonly annual100: readonly number[];
  /** 85 % SMI ceiling, dollars per year, 11 rows. */
  readonly annual85: readonly number[];
  /** 85 % SMI ceiling, dollars per month, 11 rows: the figure eligibility is tested against. */
  readonly monthly85: readonly number[];
  /** Anything a reader of the table should know. */
  readonly notes?: string | undefined;
}

/**
 * California's 85 % SMI child-care income ceilings for 2024-25 and 2025-26 (annual and monthly, dollars), with
 * the 100 % SMI they derive from. Sizes 1–2 share a row and 12+ share the last (see {@link SMI_SIZE_ROWS}).
 * Eligibility is tested on adjusted **monthly** income against `monthly85` (Welfare & Institutions Code
 * 10271.5; 85 % since AB 99 / MB 19-03).
 *
 * Sources: 2025-26 — CDE Management Bulletin 25-05 (100 % SMI, 1–2 row verbatim), full 100 % and 85 % schedule from
 * a secondary reproduction (status `secondary`); every 85 % figure equals round(0.85 × 100 %). 2024-25 — 100 % SMI
 * from a reproduction of CDE MB 24-05; the 85 % figures are **derived** as round-half-up(0.85 × annual100) and
 * round-half-up(0.85 × annual100 / 12) (status `derived`; the official table is CDSS CCB 24-12).
 *
 * @category Parameter tables
 * @example
 * ```ts
 * import { CA_SMI_CEILINGS } from "./smiCeilingTables.ts";
 *
 * CA_SMI_CEILINGS.map((t) => t.fiscalYear); // => ["2024-25", "2025-26"]
 * CA_SMI_CEILINGS[1]?.monthly85[2]; // => 9020
 * ```
 */
export const CA_SMI_CEILINGS: readonly SmiCeilingTable[] = /* @__PURE__ */ deepFreeze([
  {
    id: 'ca-smi-2024-25',
    jurisdiction: 'CA-CDSS',
    fiscalYear: '2024-25',
    effectiveFrom: '2024-07-01',
    effectiveTo: '2025-06-30',
    source: {
      title: 'California State Median Income 2024-25 (CDE MB 24-05); 85 % ceiling derived, official table CDSS CCB 24-12',
      url: 'https://www.cdss.ca.gov/Portals/9/Additional-Resources/Letters-and-Notices/CCBs/2024/CCB_24-12.pdf',
      documentId: 'CDE MB 24-05 / CDSS CCB 24-12',
    },
    status: 'derived',
    rounding: 'half-up-dollar',
    annual100: [93110, 105482, 122993, 142672, 162350, 166040, 169730, 173420, 177109, 180799, 184489],
    annual85: [79144, 89660, 104544, 121271, 137998, 141134, 144271, 147407, 150543, 153679, 156816],
    monthly85: [6595, 7472, 8712, 10106, 11500, 11761, 12023, 12284, 12545, 12807, 13068],
    notes: '85 % figures derived from the 100 % schedule; verify against CDSS CCB 24-12 before publishing results.',
  },
  {
    id: 'ca-smi-2025-26',
    jurisdiction: 'CA-CDSS',
    fiscalYear: '2025-26',
    effectiveFrom: '2025-07-01',
    effectiveTo: '2026-06-30',
    source: {
      title: 'California State Median Income 2025-26, CDE Management Bulletin 25-05',
      url: 'https://www.cde.ca.gov/SP/cd/ci/mb2505.asp',
      documentId: 'CDE MB 25-05',
    },
    status: 'secondary',
    rounding: 'half-up-dollar',
    annual100: [96854, 109904, 127338, 147712, 168086, 171906, 175726, 179547, 183367, 187187, 191007],
    annual85: [82326, 93418, 108237, 125555, 142873, 146120, 149367, 152615, 155862, 159109, 162356],
    monthly85: [6860, 7785, 9020, 10463, 11906, 12177, 12447, 12718, 12988, 13259, 13530],
    notes: 'The 1-2 row is verbatim from MB 25-05; other rows from a secondary reproduction (one source gives 109,903 for size 3).',
  },
]);
