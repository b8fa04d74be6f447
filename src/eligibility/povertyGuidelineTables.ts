/**
 * The HHS poverty guidelines as dated data (their zod schema is in `PovertyGuidelineTableSchema.ts`, so the data
 * and the functions that read it do not carry zod).
 *
 * @module
 */
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

const ASPE = 'https://aspe.hhs.gov/topics/poverty-economic-mobility/poverty-guidelines';
const PRIOR = 'https://aspe.hhs.gov/topics/poverty-economic-mobility/poverty-guidelines/prior-hhs-poverty-guidelines-federal-register-references';
const HISTORIC_NOTE =
  'Figures from a reproduction of the HHS notice (status "secondary"). In force from 1 January, as PolicyEngine-US stores them: the notices themselves took effect in mid-to-late January, so dates in early January may differ from the agency\'s own cut-over.';

/**
 * The HHS poverty guidelines for 2015 to 2026 (48 contiguous states + DC, Alaska, Hawaii), in dollars per year.
 * 2024–2026 are in force from the effective date their Federal Register notice states until the day before the
 * next year's; 2015–2023 (for ten-year trends) are in force from 1 January, as PolicyEngine-US stores them, and
 * are marked `secondary`. Sizes above 8 add the per-person increment (the published tables say so).
 *
 * Sources for 2015–2023: PolicyEngine-US `parameters/gov/hhs/fpg.yaml` (2017–2023, all regions), ASPE
 * "Computations for the 2016 Poverty Guidelines" (contiguous 2015 and 2016), the USCIS Form I-942 fee table of
 * December 2016 (Alaska and Hawaii 2016, as 200 % figures halved) and the 2015 notice's four-person figures
 * (Alaska $30,320, Hawaii $27,890), all listed on ASPE's "Prior HHS Poverty Guidelines and Federal Register
 * References" page.
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
 * HHS_POVERTY_GUIDELINES.map((t) => t.year); // => [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]
 * HHS_POVERTY_GUIDELINES.find((t) => t.year === 2025)?.regions.contiguous; // => { firstPerson: 15650, additionalPerson: 5500 }
 * HHS_POVERTY_GUIDELINES.find((t) => t.year === 2016)?.regions.contiguous; // => { firstPerson: 11880, additionalPerson: 4140 }
 * ```
 */
export const HHS_POVERTY_GUIDELINES: readonly PovertyGuidelineTable[] = /* @__PURE__ */ deepFreeze([
  {
    id: 'hhs-poverty-guidelines-2015',
    year: 2015,
    jurisdiction: 'US-HHS',
    effectiveFrom: '2015-01-01',
    effectiveTo: '2015-12-31',
    source: { title: 'Annual Update of the HHS Poverty Guidelines (2015); figures as reproduced in ASPE, Computations for the 2016 Poverty Guidelines', url: PRIOR, documentId: 'FR 2015-01120' },
    status: 'secondary',
    rounding: 'none',
    regions: {
      contiguous: { firstPerson: 11770, additionalPerson: 4160 },
      alaska: { firstPerson: 14720, additionalPerson: 5200 },
      hawaii: { firstPerson: 13550, additionalPerson: 4780 },
    },
    notes: HISTORIC_NOTE,
  },
  {
    id: 'hhs-poverty-guidelines-2016',
    year: 2016,
    jurisdiction: 'US-HHS',
    effectiveFrom: '2016-01-01',
    effectiveTo: '2016-12-31',
    source: { title: 'Annual Update of the HHS Poverty Guidelines (2016); figures as in ASPE, Computations for the 2016 Poverty Guidelines', url: PRIOR },
    status: 'secondary',
    rounding: 'none',
    regions: {
      contiguous: { firstPerson: 11880, additionalPerson: 4140 },
      alaska: { firstPerson: 14840, additionalPerson: 5200 },
      hawaii: { firstPerson: 13670, additionalPerson: 4780 },
    },
    notes: HISTORIC_NOTE,
  },
  {
    id: 'hhs-poverty-guidelines-2017',
    year: 2017,
    jurisdiction: 'US-HHS',
    effectiveFrom: '2017-01-01',
    effectiveTo: '2017-12-31',
    source: { title: 'Annual Update of the HHS Poverty Guidelines (2017); figures as reproduced in PolicyEngine-US gov/hhs/fpg.yaml', url: PRIOR },
    status: 'secondary',
    rounding: 'none',
    regions: {
      contiguous: { firstPerson: 12060, additionalPerson: 4180 },
      alaska: { firstPerson: 15060, additionalPerson: 5230 },
      hawaii: { firstPerson: 13860, additionalPerson: 4810 },
    },
    notes: HISTORIC_NOTE,
  },
  {
    id: 'hhs-poverty-guidelines-2018',
    year: 2018,
    jurisdiction: 'US-HHS',
    effectiveFrom: '2018-01-01',
    effectiveTo: '2018-12-31',
    source: { title: 'Annual Update of the HHS Poverty Guidelines (2018); figures as reproduced in PolicyEngine-US gov/hhs/fpg.yaml', url: PRIOR },
    status: 'secondary',
    rounding: 'none',
    regions: {
      contiguous: { firstPerson: 12140, additionalPerson: 4320 },
      alaska: { firstPerson: 15180, additionalPerson: 5400 },
      hawaii: { firstPerson: 13960, additionalPerson: 4810 },
    },
    notes: HISTORIC_NOTE,
  },
  {
    id: 'hhs-poverty-guidelines-2019',
    year: 2019,
    jurisdiction: 'US-HHS',
    effectiveFrom: '2019-01-01',
    effectiveTo: '2019-12-31',
    source: { title: 'Annual Update of the HHS Poverty Guidelines (2019); figures as reproduced in PolicyEngine-US gov/hhs/fpg.yaml', url: PRIOR },
    status: 'secondary',
    rounding: 'none',
    regions: {
      contiguous: { firstPerson: 12490, additionalPerson: 4420 },
      alaska: { firstPerson: 15600, additionalPerson: 5530 },
      hawaii: { firstPerson: 14380, additionalPerson: 5080 },
    },
    notes: HISTORIC_NOTE,
  },
  {
    id: 'hhs-poverty-guidelines-2020',
    year: 2020,
    jurisdiction: 'US-HHS',
    effectiveFrom: '2020-01-01',
    effectiveTo: '2020-12-31',
    source: { title: 'Annual Update of the HHS Poverty Guidelines (2020); figures as reproduced in PolicyEngine-US gov/hhs/fpg.yaml', url: PRIOR },
    status: 'secondary',
    rounding: 'none',
    regions: {
      contiguous: { firstPerson: 12760, additionalPerson: 4480 },
      alaska: { firstPerson: 15950, additionalPerson: 5600 },
      hawaii: { firstPerson: 14680, additionalPerson: 5150 },
    },
    notes: HISTORIC_NOTE,
  },
  {
    id: 'hhs-poverty-guidelines-2021',
    year: 2021,
    jurisdiction: 'US-HHS',
    effectiveFrom: '2021-01-01',
    effectiveTo: '2021-12-31',
    source: { title: 'Annual Update of the HHS Poverty Guidelines (2021); figures as reproduced in PolicyEngine-US gov/hhs/fpg.yaml', url: PRIOR },
    status: 'secondary',
    rounding: 'none',
    regions: {
      contiguous: { firstPerson: 12880, additionalPerson: 4540 },
      alaska: { firstPerson: 16090, additionalPerson: 5680 },
      hawaii: { firstPerson: 14820, additionalPerson: 5220 },
    },
    notes: HISTORIC_NOTE,
  },
  {
    id: 'hhs-poverty-guidelines-2022',
    year: 2022,
    jurisdiction: 'US-HHS',
    effectiveFrom: '2022-01-01',
    effectiveTo: '2022-12-31',
    source: { title: 'Annual Update of the HHS Poverty Guidelines (2022); figures as reproduced in PolicyEngine-US gov/hhs/fpg.yaml', url: PRIOR },
    status: 'secondary',
    rounding: 'none',
    regions: {
      contiguous: { firstPerson: 13590, additionalPerson: 4720 },
      alaska: { firstPerson: 16990, additionalPerson: 5900 },
      hawaii: { firstPerson: 15630, additionalPerson: 5430 },
    },
    notes: HISTORIC_NOTE,
  },
  {
    id: 'hhs-poverty-guidelines-2023',
    year: 2023,
    jurisdiction: 'US-HHS',
    effectiveFrom: '2023-01-01',
    effectiveTo: '2024-01-16',
    source: { title: 'Annual Update of the HHS Poverty Guidelines (2023); figures as reproduced in PolicyEngine-US gov/hhs/fpg.yaml', url: PRIOR },
    status: 'secondary',
    rounding: 'none',
    regions: {
      contiguous: { firstPerson: 14580, additionalPerson: 5140 },
      alaska: { firstPerson: 18210, additionalPerson: 6430 },
      hawaii: { firstPerson: 16770, additionalPerson: 5910 },
    },
    notes: HISTORIC_NOTE,
  },
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
