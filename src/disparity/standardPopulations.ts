/**
 * The United States 2000 standard population as dated, sourced data: the age weights behind every age-adjusted
 * rate NCHS, CDC WONDER, SEER and state health departments publish.
 *
 * @module
 */

/** One age group of a standard population. */
export interface StandardPopulationGroup {
  /** The group as published, e.g. `"1-4"` or `"85+"`. */
  readonly label: string;
  /** First year of age in the group. */
  readonly ageFrom: number;
  /** Last year of age in the group (inclusive); `null` for the open-ended top group. */
  readonly ageTo: number | null;
  /** People in the group. */
  readonly population: number;
}

/** A standard population: age groups with their sizes, and where the figures come from. */
export interface StandardPopulation {
  /** Stable id, e.g. `"us2000-11"`. */
  readonly id: string;
  /** What it is. */
  readonly title: string;
  /** The year the population describes. */
  readonly year: number;
  /** The publication the figures are copied from. */
  readonly source: {
    /** Title of the publication. */
    readonly title: string;
    /** Where to read it. */
    readonly url: string;
    /** When it was published, `YYYY-MM`, for a dated publication. */
    readonly published?: string;
  };
  /** The age groups, youngest first, covering every age exactly once. */
  readonly groups: readonly StandardPopulationGroup[];
  /** Anything a reader of the table should know. */
  readonly notes: string;
}

/** The ids of the bundled US 2000 standard populations: by 11, 18 or 19 age groups. */
export type UsStandardPopulationId = 'us2000-11' | 'us2000-18' | 'us2000-19';

type GroupRow = readonly [label: string, ageFrom: number, ageTo: number | null, population: number];

function table(id: UsStandardPopulationId, title: string, source: StandardPopulation['source'], rows: readonly GroupRow[], notes: string): StandardPopulation {
  const groups = rows.map(([label, ageFrom, ageTo, population]) => Object.freeze({ label, ageFrom, ageTo, population }));
  return Object.freeze({ id, title, year: 2000, source: Object.freeze(source), groups: Object.freeze(groups), notes });
}

const SEER_19_GROUPS: readonly GroupRow[] = [
  ['0', 0, 0, 3_794_901],
  ['1-4', 1, 4, 15_191_619],
  ['5-9', 5, 9, 19_919_840],
  ['10-14', 10, 14, 20_056_779],
  ['15-19', 15, 19, 19_819_518],
  ['20-24', 20, 24, 18_257_225],
  ['25-29', 25, 29, 17_722_067],
  ['30-34', 30, 34, 19_511_370],
  ['35-39', 35, 39, 22_179_956],
  ['40-44', 40, 44, 22_479_229],
  ['45-49', 45, 49, 19_805_793],
  ['50-54', 50, 54, 17_224_359],
  ['55-59', 55, 59, 13_307_234],
  ['60-64', 60, 64, 10_654_272],
  ['65-69', 65, 69, 9_409_940],
  ['70-74', 70, 74, 8_725_574],
  ['75-79', 75, 79, 7_414_559],
  ['80-84', 80, 84, 4_900_234],
  ['85+', 85, null, 4_259_173],
];

const CENSUS_NOTE =
  'The projected 2000 resident population of the United States (U.S. Census Bureau, Current Population Reports ' +
  'P25-1130, Day 1996, middle series), adopted by DHHS as the standard for age adjustment from 1999 data on. ' +
  'The groups sum to 274,633,642.';

/**
 * The U.S. 2000 standard population in the age groups agencies publish, frozen:
 *
 * - `'us2000-11'` — NCHS's 11 groups (under 1, 1–4, 5–14, 15–24, …, 75–84, 85 and over), the groups of NCHS's
 *   age-adjusted death rates (Anderson & Rosenberg 1998) and of Klein & Schoenborn (2001), Healthy People 2010
 *   Statistical Notes no. 20, all-ages distribution. Their six-decimal weights (0.013818 … 0.015508, the "standard
 *   million" ÷ 10⁶, rounded to sum to 1) agree with these counts over their total to within 2.1e-6; pass the
 *   weights as an array to reproduce a figure computed with them.
 * - `'us2000-19'` — SEER's 19 groups (0, 1–4, 5–9, …, 80–84, 85+), the groups of the SEER*Stat and NCI
 *   tutorials.
 * - `'us2000-18'` — SEER's 18 groups: the 19 with 0 and 1–4 combined.
 *
 * Every table covers all ages and carries its source and the year it describes. Pass one to
 * {@link ageAdjustedRate} by id, or use a table's `groups` to aggregate your own age data to its groups.
 *
 * @category Age adjustment
 * @example
 * ```ts
 * import { US_2000_STANDARD_POPULATIONS } from "./standardPopulations.ts";
 *
 * const nchs = US_2000_STANDARD_POPULATIONS["us2000-11"];
 * nchs.groups.map((g) => g.label).join(" "); // => "<1 1-4 5-14 15-24 25-34 35-44 45-54 55-64 65-74 75-84 85+"
 * nchs.groups.reduce((sum, g) => sum + g.population, 0); // => 274633642
 * ```
 */
export const US_2000_STANDARD_POPULATIONS: Readonly<Record<UsStandardPopulationId, StandardPopulation>> = Object.freeze({
  'us2000-11': table(
    'us2000-11',
    'U.S. 2000 standard population, 11 age groups (NCHS)',
    {
      title: 'Klein RJ, Schoenborn CA. Age Adjustment Using the 2000 Projected U.S. Population. Healthy People 2010 Statistical Notes, no. 20. Hyattsville, MD: National Center for Health Statistics',
      url: 'https://www.cdc.gov/nchs/data/statnt/statnt20.pdf',
      published: '2001-01',
    },
    [
      ['<1', 0, 0, 3_794_901],
      ['1-4', 1, 4, 15_191_619],
      ['5-14', 5, 14, 39_976_619],
      ['15-24', 15, 24, 38_076_743],
      ['25-34', 25, 34, 37_233_437],
      ['35-44', 35, 44, 44_659_185],
      ['45-54', 45, 54, 37_030_152],
      ['55-64', 55, 64, 23_961_506],
      ['65-74', 65, 74, 18_135_514],
      ['75-84', 75, 84, 12_314_793],
      ['85+', 85, null, 4_259_173],
    ],
    `${CENSUS_NOTE} NCHS uses these groups for age-adjusted death rates (Anderson & Rosenberg 1998, NVSR 47(3)).`,
  ),
  'us2000-19': table(
    'us2000-19',
    'U.S. 2000 standard population, 19 age groups (SEER)',
    {
      title: 'National Cancer Institute, SEER Program. Standard Populations — 19 Age Groups (2000 U.S. Std Population, Census P25-1130)',
      url: 'https://seer.cancer.gov/stdpopulations/stdpop.19ages.html',
    },
    SEER_19_GROUPS,
    `${CENSUS_NOTE} The counts are those printed in NCI's SEER*Stat tutorial "Calculating Age-adjusted Rates".`,
  ),
  'us2000-18': table(
    'us2000-18',
    'U.S. 2000 standard population, 18 age groups (SEER)',
    {
      title: 'National Cancer Institute, SEER Program. Standard Populations — 19 Age Groups (2000 U.S. Std Population, Census P25-1130)',
      url: 'https://seer.cancer.gov/stdpopulations/stdpop.19ages.html',
    },
    [['0-4', 0, 4, 3_794_901 + 15_191_619], ...SEER_19_GROUPS.slice(2)],
    `${CENSUS_NOTE} Derived from the 19-group table by combining 0 and 1-4, as SEER's 18-group standard does.`,
  ),
});
