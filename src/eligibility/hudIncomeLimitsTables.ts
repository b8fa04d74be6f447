/**
 * HUD Section 8 income limits for the San José–Sunnyvale–Santa Clara HMFA as dated data (their zod schema is in
 * `HudLimitsTableSchema.ts`, so the data and the functions that read it do not carry zod).
 *
 * @module
 */
import type { PovertyRegion } from './povertyGuidelineTables.ts';
import type { EligibilityRounding, EligibilityTableSource, EligibilityTableStatus } from './tableSource.ts';
import { deepFreeze } from './internal/freeze.ts';

/**
 * One fiscal year of HUD income limits for one area: the median family income and the extremely low (ELI),
 * very low (VLI, 50 %) and low (LI, 80 %) income limits for households of 1–8 persons, as HUD publishes them.
 * Sizes above 8 are extrapolated by HUD's rule (see {@link hudLimitsForSize}).
 *
 * @category Parameter tables
 */
export interface HudLimitsTable {
  /** Stable id, e.g. `"hud-il-fy2025-santa-clara-ca"`; rules may pin a table by id. */
  readonly id: string;
  /** Area key used by {@link hudIncomeLimits}, e.g. `"santa-clara-ca"`. */
  readonly area: string;
  /** HUD's name of the area. */
  readonly areaName: string;
  /** Who publishes it, e.g. `"US-HUD"`. */
  readonly jurisdiction: string;
  /** HUD fiscal year of the limits (FY2025 limits took effect 1 April 2025). */
  readonly fiscalYear: number;
  /** First day in force, `YYYY-MM-DD`. */
  readonly effectiveFrom: string;
  /** Last day in force, inclusive; absent means open-ended. */
  readonly effectiveTo?: string | undefined;
  /** The publication the figures come from. */
  readonly source: EligibilityTableSource;
  /** How the figures were obtained. */
  readonly status: EligibilityTableStatus;
  /** Rounding of size-adjusted limits: HUD rounds up to the next $50 (`ceil-50`). */
  readonly rounding: EligibilityRounding;
  /** Area median family income, dollars per year. */
  readonly medianFamilyIncome: number;
  /** Extremely low income limits for sizes 1–8 (index 0 = one person), dollars per year. */
  readonly extremelyLow: readonly number[];
  /** Very low (50 %) income limits for sizes 1–8, dollars per year. */
  readonly veryLow: readonly number[];
  /** Low (80 %) income limits for sizes 1–8, dollars per year. */
  readonly low: readonly number[];
  /** The HHS poverty-guideline year that floors the extremely low limit (42 U.S.C. 1437a(b)(2)(C)). */
  readonly povertyGuidelineYear: number;
  /** The poverty-guideline region of the area (default `contiguous`). */
  readonly povertyGuidelineRegion?: PovertyRegion | undefined;
  /** Anything a reader of the table should know. */
  readonly notes?: string | undefined;
}

/**
 * The limits in force on a date: one {@link HudLimitsTable}.
 *
 * @category HUD income limits
 */
export type HudIncomeLimits = HudLimitsTable;

const HUD_IL = 'https://www.huduser.gov/portal/datasets/il.html';

/**
 * HUD FY2024 and FY2025 Section 8 income limits for the San José–Sunnyvale–Santa Clara, CA HUD Metro FMR Area
 * (Santa Clara County, FIPS 06085), dollars per year, sizes 1–8.
 *
 * Source: HUD income limits (Section8-FY24 and Section8-FY25 workbooks), copied verbatim by PolicyEngine-US in
 * `parameters/gov/hud/income_limits/section8_income_limits.csv` (rows 06085,2024 and 06085,2025). FY2024 took
 * effect 1 April 2024, FY2025 on 1 April 2025. Santa Clara's limits do not follow "x % of median" arithmetic
 * (FY2025 VLI(4) was raised for high housing cost), so they are shipped verbatim, never recomputed.
 * Coverage of FY2025 is cut at 31 March 2026 because the FY2026 table is not bundled: later dates need your own
 * table (HUD's FY2026 release date should be checked before adding it).
 *
 * @category Parameter tables
 * @example
 * ```ts
 * import { HUD_INCOME_LIMITS_SANTA_CLARA } from "./hudIncomeLimitsTables.ts";
 *
 * HUD_INCOME_LIMITS_SANTA_CLARA.map((t) => [t.fiscalYear, t.effectiveFrom]); // => [[2024, "2024-04-01"], [2025, "2025-04-01"]]
 * HUD_INCOME_LIMITS_SANTA_CLARA[1]?.low[3]; // => 159550
 * ```
 */
export const HUD_INCOME_LIMITS_SANTA_CLARA: readonly HudLimitsTable[] = /* @__PURE__ */ deepFreeze([
  {
    id: 'hud-il-fy2024-santa-clara-ca',
    area: 'santa-clara-ca',
    areaName: 'San Jose-Sunnyvale-Santa Clara, CA HUD Metro FMR Area',
    jurisdiction: 'US-HUD',
    fiscalYear: 2024,
    effectiveFrom: '2024-04-01',
    effectiveTo: '2025-03-31',
    source: { title: 'HUD FY2024 Income Limits (Section 8), Santa Clara County CA', url: HUD_IL, documentId: 'Section8-FY24, FIPS 06085' },
    status: 'published',
    rounding: 'ceil-50',
    medianFamilyIncome: 184300,
    extremelyLow: [38750, 44250, 49800, 55300, 59750, 64150, 68600, 73000],
    veryLow: [64550, 73750, 82950, 92150, 99550, 106900, 114300, 121650],
    low: [102300, 116900, 131500, 146100, 157800, 169500, 181200, 192900],
    povertyGuidelineYear: 2024,
  },
  {
    id: 'hud-il-fy2025-santa-clara-ca',
    area: 'santa-clara-ca',
    areaName: 'San Jose-Sunnyvale-Santa Clara, CA HUD Metro FMR Area',
    jurisdiction: 'US-HUD',
    fiscalYear: 2025,
    effectiveFrom: '2025-04-01',
    effectiveTo: '2026-03-31',
    source: { title: 'HUD FY2025 Income Limits (Section 8), Santa Clara County CA', url: HUD_IL, documentId: 'Section8-FY25, FIPS 06085' },
    status: 'published',
    rounding: 'ceil-50',
    medianFamilyIncome: 195200,
    extremelyLow: [42200, 48200, 54250, 60250, 65100, 69900, 74750, 79550],
    veryLow: [70350, 80400, 90450, 100450, 108500, 116550, 124600, 132600],
    low: [111700, 127650, 143600, 159550, 172350, 185100, 197850, 210650],
    povertyGuidelineYear: 2025,
    notes: 'Coverage is cut at 31 Mar 2026 because the FY2026 table is not bundled.',
  },
]);
