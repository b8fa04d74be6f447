/**
 * The HHS poverty guidelines as dated data, with their schema.
 *
 * @module
 */
import { z } from 'zod';
import { checkEffectiveDates, tableHeaderShape } from './internal/tableShape.ts';
import type { EligibilityRounding, EligibilityTableSource, EligibilityTableStatus } from './tableSource.ts';
import { deepFreeze } from './internal/freeze.ts';

/**
 * The three sets of HHS poverty guidelines: the 48 contiguous states and the District of Columbia, Alaska, Hawaii.
 *
 * @category Parameter tables
 */
export type PovertyRegion = 'contiguous' | 'alaska' | 'hawaii';

/**
 * One region's guideline: `guideline(n) = firstPerson + additionalPerson × (n − 1)`, in dollars per year.
 *
 * @category Parameter tables
 */
export interface PovertyGuidelineAmounts {
  /** The guideline for a household of one, dollars per year. */
  readonly firstPerson: number;
  /** Added for each additional person, dollars per year. */
  readonly additionalPerson: number;
}

/**
 * One year of HHS poverty guidelines with its provenance and the dates it is in force.
 *
 * @category Parameter tables
 */
export interface PovertyGuidelineTable {
  /** Stable id, e.g. `"hhs-poverty-guidelines-2025"`; rules may pin a table by id. */
  readonly id: string;
  /** Guideline year. */
  readonly year: number;
  /** Who publishes it, e.g. `"US-HHS"`. */
  readonly jurisdiction: string;
  /** First day in force, `YYYY-MM-DD` (the notice's effective date). */
  readonly effectiveFrom: string;
  /** Last day in force, inclusive; absent means open-ended. */
  readonly effectiveTo?: string | undefined;
  /** The publication the figures come from. */
  readonly source: EligibilityTableSource;
  /** How the figures were obtained. */
  readonly status: EligibilityTableStatus;
  /** Rounding of the published figures (`none`: whole dollars). */
  readonly rounding: EligibilityRounding;
  /** Amounts per region. */
  readonly regions: { readonly [R in PovertyRegion]: PovertyGuidelineAmounts };
  /** Anything a reader of the table should know. */
  readonly notes?: string | undefined;
}

const amountsSchema = z.strictObject({
  firstPerson: z.number().int().positive(),
  additionalPerson: z.number().int().positive(),
});

/**
 * Zod schema of a {@link PovertyGuidelineTable}, for cities that pass their own tables (a later year, a
 * territory). Checks dates, positive whole-dollar amounts and `effectiveFrom ≤ effectiveTo`.
 *
 * @category Parameter tables
 * @example
 * ```ts
 * import { PovertyGuidelineTableSchema, HHS_POVERTY_GUIDELINES } from "./povertyGuidelineTables.ts";
 *
 * PovertyGuidelineTableSchema.safeParse(HHS_POVERTY_GUIDELINES[1]).success; // => true
 * PovertyGuidelineTableSchema.safeParse({ ...HHS_POVERTY_GUIDELINES[1], effectiveFrom: "2025-02-30" }).success; // => false
 * ```
 */
export const PovertyGuidelineTableSchema: z.ZodType<PovertyGuidelineTable> = z
  .strictObject({
    ...tableHeaderShape,
    year: z.number().int().min(1900).max(2200),
    rounding: z.enum(['none', 'ceil-50', 'half-up-dollar']),
    regions: z.strictObject({ contiguous: amountsSchema, alaska: amountsSchema, hawaii: amountsSchema }),
  })
  .superRefine(checkEffectiveDates);

const ASPE = 'https://aspe.hhs.gov/topics/poverty-economic-mobility/poverty-guidelines';

/**
 * The HHS poverty guidelines for 2024, 2025 and 2026 (48 contiguous states + DC, Alaska, Hawaii), in dollars
 * per year, each in force from the effective date its Federal Register notice states until the day before the
 * next year's. Sizes above 8 add the per-person increment (the published tables say so).
 *
 * Sources: Federal Register notices 2024-00796 (89 FR 2961, 17 Jan 2024), 2025-01377 (90 FR 5917, 17 Jan 2025,
 * effective 15 Jan 2025) and 2026-00755 (91 FR 1797, 15 Jan 2026, effective 13 Jan 2026); figures as in
 * PolicyEngine-US `parameters/gov/hhs/fpg.yaml`. The 2024 notice is placed in force on its publication day.
 * Coverage ends on 31 Dec 2026: later dates need the 2027 table (pass your own).
 *
 * Programs choose their own vintage (SNAP switches in October, ACA uses the prior year); rules can pin a year
 * with `guidelineYear`.
 *
 * @category Parameter tables
 * @example
 * ```ts
 * import { HHS_POVERTY_GUIDELINES } from "./povertyGuidelineTables.ts";
 *
 * HHS_POVERTY_GUIDELINES.map((t) => t.year); // => [2024, 2025, 2026]
 * HHS_POVERTY_GUIDELINES[1]?.regions.contiguous; // => { firstPerson: 15650, additionalPerson: 5500 }
 * ```
 */
export const HHS_POVERTY_GUIDELINES: readonly PovertyGuidelineTable[] = /* @__PURE__ */ deepFreeze([
  {
    id: 'hhs-poverty-guidelines-2024',
    year: 2024,
    jurisdiction: 'US-HHS',
    effectiveFrom: '2024-01-17',
    effectiveTo: '2025-01-14',
    source: { title: 'Annual Update of the HHS Poverty Guidelines (89 FR 2961)', url: ASPE, documentId: 'FR 2024-00796' },
    status: 'published',
    rounding: 'none',
    regions: {
      contiguous: { firstPerson: 15060, additionalPerson: 5380 },
      alaska: { firstPerson: 18810, additionalPerson: 6730 },
      hawaii: { firstPerson: 17310, additionalPerson: 6190 },
    },
  },
  {
    id: 'hhs-poverty-guidelines-2025',
    year: 2025,
    jurisdiction: 'US-HHS',
    effectiveFrom: '2025-01-15',
    effectiveTo: '2026-01-12',
    source: { title: 'Annual Update of the HHS Poverty Guidelines (90 FR 5917)', url: ASPE, documentId: 'FR 2025-01377' },
    status: 'published',
    rounding: 'none',
    regions: {
      contiguous: { firstPerson: 15650, additionalPerson: 5500 },
      alaska: { firstPerson: 19550, additionalPerson: 6880 },
      hawaii: { firstPerson: 17990, additionalPerson: 6330 },
    },
  },
  {
    id: 'hhs-poverty-guidelines-2026',
    year: 2026,
    jurisdiction: 'US-HHS',
    effectiveFrom: '2026-01-13',
    effectiveTo: '2026-12-31',
    source: { title: 'Annual Update of the HHS Poverty Guidelines (91 FR 1797)', url: ASPE, documentId: 'FR 2026-00755' },
    status: 'published',
    rounding: 'none',
    regions: {
      contiguous: { firstPerson: 15960, additionalPerson: 5680 },
      alaska: { firstPerson: 19950, additionalPerson: 7100 },
      hawaii: { firstPerson: 18360, additionalPerson: 6530 },
    },
    notes: 'Coverage is cut at 31 Dec 2026 because the 2027 notice is not bundled; pass a later table for 2027 dates.',
  },
]);
