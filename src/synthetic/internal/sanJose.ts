/**
 * The San José-like parameters of the synthetic city: bounding box, council districts, household sizes,
 * race/ethnicity and home-language shares, income distributions and the defaults of the enrolment model.
 *
 * Sources and status (every figure here is **approximate** and meant to make a plausible test city, not to
 * describe San José):
 * - Race/ethnicity and home-language shares are rounded from the U.S. Census Bureau's American Community Survey
 *   2019–2023 5-year estimates for San José city, California (data.census.gov, tables DP05 "ACS demographic and
 *   housing estimates" and C16001 "Language spoken at home for the population 5 years and over"; the same
 *   figures appear in Census QuickFacts for San José city): about 38 % Asian, 31 % Hispanic or Latino, 23 % White
 *   alone not Hispanic, 3 % Black, 5 % other or two or more races; about 43 % of residents aged 5+ speak only
 *   English at home, 22 % Spanish, 11 % Vietnamese, 6 % Chinese (incl. Mandarin and Cantonese), 4 % Tagalog and
 *   14 % another language. Person-level shares are applied to households.
 * - District centres are rough centroids of San José's ten council districts; household shares, the districts'
 *   race/ethnicity mixes and median incomes are illustrative (chosen so that the city-wide mix and a city-wide
 *   median household income of roughly $140,000 resemble the ACS figures above), not published district values.
 * - The household-size distribution is illustrative, with a mean of about 3 persons (ACS puts San José's average
 *   household size near 3).
 *
 * @internal
 * @module
 */
import { earthRadius } from '@turf/helpers';

/** San José's approximate bounding box, degrees. */
export const BOUNDING_BOX = { west: -122.05, south: 37.12, east: -121.59, north: 37.47 } as const;

/** Race/ethnicity groups, in the order of the share arrays below. */
export const RACE_ETHNICITY: readonly string[] = ['Asian', 'Hispanic or Latino', 'White', 'Black', 'Other or multiracial'];

/** Home languages, in the order of the share arrays below. `English` must stay first (index 0). */
export const LANGUAGES: readonly string[] = ['English', 'Spanish', 'Vietnamese', 'Chinese', 'Tagalog', 'Other'];

/**
 * Home-language distribution within each race/ethnicity group (rows in {@link RACE_ETHNICITY} order, columns in
 * {@link LANGUAGES} order). With the city-wide race/ethnicity mix these give about 44 % English, 22 % Spanish,
 * 11 % Vietnamese, 6 % Chinese, 4 % Tagalog and 13 % other.
 */
export const LANGUAGE_BY_RACE_ETHNICITY: readonly (readonly number[])[] = [
  [0.25, 0.0, 0.29, 0.16, 0.1, 0.2], // Asian
  [0.3, 0.68, 0.0, 0.0, 0.0, 0.02], // Hispanic or Latino
  [0.83, 0.02, 0.0, 0.0, 0.0, 0.15], // White
  [0.95, 0.0, 0.0, 0.0, 0.0, 0.05], // Black
  [0.7, 0.1, 0.0, 0.0, 0.0, 0.2], // Other or multiracial
];

/** One council district's generating parameters. */
export interface DistrictParameters {
  readonly id: string;
  /** Centre of the district's households, `[lng, lat]`. */
  readonly centre: readonly [number, number];
  /** Standard deviation of households' distance from the centre along each axis, km. */
  readonly spreadKm: number;
  /** Relative weight of the district in the number of households. */
  readonly householdWeight: number;
  /** Relative weight of the district in the number of community centres. */
  readonly siteWeight: number;
  /** Median annual income of two-adult households, dollars. */
  readonly medianIncome: number;
  /** Race/ethnicity shares in {@link RACE_ETHNICITY} order (sum 1). */
  readonly raceEthnicity: readonly number[];
}

/** The ten districts. Downtown and the east side are denser in centres; the southern edge is sparser. */
export const DISTRICTS: readonly DistrictParameters[] = [
  { id: '1', centre: [-121.985, 37.3], spreadKm: 2.6, householdWeight: 1.0, siteWeight: 4, medianIncome: 205000, raceEthnicity: [0.45, 0.15, 0.32, 0.03, 0.05] },
  { id: '2', centre: [-121.8, 37.245], spreadKm: 3.4, householdWeight: 1.0, siteWeight: 4, medianIncome: 160000, raceEthnicity: [0.3, 0.38, 0.22, 0.04, 0.06] },
  { id: '3', centre: [-121.89, 37.338], spreadKm: 2.0, householdWeight: 1.05, siteWeight: 8, medianIncome: 115000, raceEthnicity: [0.25, 0.42, 0.23, 0.05, 0.05] },
  { id: '4', centre: [-121.885, 37.405], spreadKm: 3.0, householdWeight: 0.95, siteWeight: 5, medianIncome: 180000, raceEthnicity: [0.6, 0.2, 0.13, 0.03, 0.04] },
  { id: '5', centre: [-121.825, 37.365], spreadKm: 2.4, householdWeight: 1.0, siteWeight: 7, medianIncome: 105000, raceEthnicity: [0.27, 0.58, 0.1, 0.02, 0.03] },
  { id: '6', centre: [-121.915, 37.31], spreadKm: 2.4, householdWeight: 1.0, siteWeight: 5, medianIncome: 190000, raceEthnicity: [0.22, 0.24, 0.45, 0.03, 0.06] },
  { id: '7', centre: [-121.855, 37.31], spreadKm: 2.3, householdWeight: 1.0, siteWeight: 6, medianIncome: 115000, raceEthnicity: [0.4, 0.45, 0.1, 0.02, 0.03] },
  { id: '8', centre: [-121.78, 37.31], spreadKm: 3.0, householdWeight: 0.95, siteWeight: 4, medianIncome: 195000, raceEthnicity: [0.55, 0.22, 0.15, 0.03, 0.05] },
  { id: '9', centre: [-121.93, 37.26], spreadKm: 2.6, householdWeight: 1.0, siteWeight: 4, medianIncome: 180000, raceEthnicity: [0.3, 0.22, 0.39, 0.03, 0.06] },
  { id: '10', centre: [-121.86, 37.225], spreadKm: 3.6, householdWeight: 1.05, siteWeight: 3, medianIncome: 200000, raceEthnicity: [0.45, 0.19, 0.28, 0.03, 0.05] },
];

/** Spread of a district's community centres around its centre, as a multiple of its households' spread. */
export const SITE_SPREAD_FACTOR = 0.6;

/** Household-size weights for sizes 1, 2, … (illustrative; mean ≈ 3.0). */
export const HOUSEHOLD_SIZE_WEIGHTS: readonly number[] = [0.18, 0.27, 0.19, 0.18, 0.09, 0.05, 0.025, 0.01, 0.005];

/** Probability that a household of a given size (index = size) includes children under 18. */
export const CHILDREN_PROBABILITY_BY_SIZE: readonly number[] = [0, 0, 0.15, 0.6, 0.75, 0.8, 0.8, 0.8, 0.8, 0.8];

/** Probability that a household with children and size ≥ 3 has a single adult. */
export const SINGLE_PARENT_PROBABILITY = 0.2;

/** Mean number of adults beyond two (grandparents, adult children) in a household with children, Poisson. */
export const EXTRA_ADULTS_MEAN = 0.3;

/** Log-scale standard deviation of annual income (lognormal σ). */
export const INCOME_SIGMA = 0.75;

/** Income of single-adult households relative to two-adult households with the same draw. */
export const SINGLE_ADULT_INCOME_FACTOR = 0.55;

/** First and last program (fiscal) years. San José's fiscal year starts 1 July and is named by its end year. */
export const FIRST_PROGRAM_YEAR = 2016;
export const LAST_PROGRAM_YEAR = 2025;

/** The program year of the pandemic dip. */
export const PANDEMIC_YEAR = 2020;

/** Ages on which a household counts as having a youth (inclusive), measured on 1 July, the fiscal year's start. */
export const YOUTH_MIN_AGE = 5;
export const YOUTH_MAX_AGE = 17;

/** The date on which members' ages are drawn: the last day of FY2025. */
export const REFERENCE_DATE = { year: 2025, month: 6, day: 30 } as const;

/**
 * HHS poverty guideline 2025, 48 contiguous states and DC: $15,650 for one person plus $5,500 per additional
 * person (Federal Register, 17 Jan 2025, doc. 2025-01377; see reference/eligibility.md §1).
 */
export const HHS_2025_FIRST_PERSON = 15650;
export const HHS_2025_ADDITIONAL_PERSON = 5500;

/** Yearly deflation of the default income limit before 2025. */
export const DEFAULT_LIMIT_DEFLATION = 0.03;

/**
 * Categorical enrolments by income as a multiple of the 2025 HHS guideline (`ratio`): probability of CalFresh and
 * of Medi-Cal in each band (`ratio ≤ upTo`). Illustrative, shaped by the programs' gross-income limits (CalFresh
 * 200 % FPL under broad-based categorical eligibility; Medi-Cal 138 % for adults, 266 % for children).
 */
export const CALFRESH_BANDS: readonly { readonly upTo: number; readonly probability: number }[] = [
  { upTo: 1.3, probability: 0.55 },
  { upTo: 2.0, probability: 0.15 },
  { upTo: Number.POSITIVE_INFINITY, probability: 0.01 },
];
export const MEDICAL_BANDS: readonly { readonly upTo: number; readonly probability: number }[] = [
  { upTo: 1.38, probability: 0.75 },
  { upTo: 2.66, probability: 0.3 },
  { upTo: Number.POSITIVE_INFINITY, probability: 0.04 },
];

/** Share of enrolments recorded at the household's second-nearest centre rather than its nearest. */
export const SECOND_NEAREST_SITE_SHARE = 0.15;

/** Share of a year's enrolments made in the summer registration window (the first 92 days of the fiscal year). */
export const SUMMER_ENROLMENT_SHARE = 0.6;

/** Median and log-scale spread of site capacity (places per program year), rounded to multiples of 10. */
export const SITE_CAPACITY_MEDIAN = 180;
export const SITE_CAPACITY_SIGMA = 0.35;

/** turf's earth radius, km (`@turf/helpers` `earthRadius = 6371008.8` m). */
export const EARTH_RADIUS_KM: number = earthRadius / 1000;

/** Kilometres per degree of latitude on turf's sphere. */
export const KM_PER_DEGREE: number = (EARTH_RADIUS_KM * Math.PI) / 180;
