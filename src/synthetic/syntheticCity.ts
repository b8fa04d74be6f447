import type { Enrollment, Household } from '../internal/records.ts';
import type { Site } from '../proximity/SiteSchema.ts';
import { YEAR_COUNT, generateCity } from './internal/generate.ts';
import { defaultIncomeLimit, resolveCityOptions } from './internal/options.ts';
import {
  BOUNDING_BOX,
  DISTRICTS,
  FIRST_PROGRAM_YEAR,
  INCOME_SIGMA,
  LANGUAGES,
  LANGUAGE_BY_RACE_ETHNICITY,
  LAST_PROGRAM_YEAR,
  PANDEMIC_YEAR,
  RACE_ETHNICITY,
  SINGLE_ADULT_INCOME_FACTOR,
  YOUTH_MAX_AGE,
  YOUTH_MIN_AGE,
} from './internal/sanJose.ts';

const FN = 'syntheticCity';

/**
 * Coefficients of the enrolment model, on the log-odds scale. For a household with a youth in program year `t`,
 *
 * ```text
 * logit P(enrol) = (incomeEligible ? eligibleIntercept : ineligibleIntercept)
 *                + distancePerKm · distanceKm(nearest centre)
 *                + nonEnglish · [home language is not English]
 *                + retention · [enrolled in t − 1]
 *                + pandemic · [t = 2020]
 *                + trendPerYear · (t − 2016)
 * ```
 *
 * Households without a youth (a member aged 5–17 on 1 July, the start of the fiscal year) never enrol.
 *
 * @category Synthetic data
 * @example
 * ```ts
 * import { syntheticCity } from "./syntheticCity.ts";
 *
 * const city = syntheticCity({ households: 300, propensity: { pandemic: -2 } });
 * city.truth.propensity.pandemic; // => -2
 * city.truth.propensity.distancePerKm; // => -0.35
 * ```
 */
export interface SyntheticPropensity {
  /** Intercept for income-eligible households. Default −1.3. */
  readonly eligibleIntercept: number;
  /** Intercept for households above the income limit (they enrol anyway: leakage). Default −4.7. */
  readonly ineligibleIntercept: number;
  /** Change in log-odds per km to the nearest community centre. Default −0.35 (odds × 0.70 per km). */
  readonly distancePerKm: number;
  /** Change in log-odds when the home language is not English. Default −0.8 (odds × 0.45). */
  readonly nonEnglish: number;
  /** Change in log-odds when the household was enrolled the year before. Default +1.5 (odds × 4.5). */
  readonly retention: number;
  /** Change in log-odds in program year 2020 (the pandemic). Default −1.1 (odds × 0.33). */
  readonly pandemic: number;
  /** Change in log-odds per program year after 2016. Default +0.03. */
  readonly trendPerYear: number;
}

/**
 * Options of {@link syntheticCity}. Every option has a default; `syntheticCity()` builds the default city.
 *
 * @category Synthetic data
 * @example
 * ```ts
 * import { syntheticCity } from "./syntheticCity.ts";
 *
 * const options = { seed: 7, households: 500, sites: 12 };
 * const city = syntheticCity(options);
 * [city.households.length, city.sites.length]; // => [500, 12]
 * ```
 */
export interface SyntheticCityOptions {
  /** Seed of the pseudo-random generator, a whole number in [0, 2³² − 1]. Default 1. */
  seed?: number;
  /** Number of households, a whole number in [1, 2,000,000]. Default 330,000 (about San José's count). */
  households?: number;
  /** Number of community centres, a whole number in [1, 1,000]. Default 50. */
  sites?: number;
  /** Program id written on every enrolment and site. Default `"prns-youth-scholarship"`. */
  programId?: string;
  /**
   * The "true" income limit, in dollars per year, for a household size (1–9) and program year (2016–2025); a
   * household is income-eligible when `annualIncome ≤ limit`. Called once per size and year (90 calls), never
   * per household. Default {@link defaultSyntheticIncomeLimit}: 200 % of the HHS 2025 poverty guideline,
   * deflated 3 % a year before 2025.
   */
  eligibilityIncomeLimit?: (householdSize: number, programYear: number) => number;
  /** Coefficients of the enrolment model that replace the defaults of {@link SyntheticPropensity}. */
  propensity?: Partial<SyntheticPropensity>;
}

/**
 * One council district's generating parameters.
 *
 * @category Synthetic data
 * @example
 * ```ts
 * import { syntheticCity } from "./syntheticCity.ts";
 *
 * const district = syntheticCity({ households: 100 }).truth.districts[2];
 * district?.id; // => "3"
 * district?.medianIncome; // => 115000
 * ```
 */
export interface SyntheticDistrict {
  /** District id, `"1"` … `"10"` (the `district` attribute of households). */
  readonly id: string;
  /** Centre of the district's households and centres, `[lng, lat]`. */
  readonly centre: readonly [number, number];
  /** Standard deviation of households' offset from the centre along each axis, km. */
  readonly spreadKm: number;
  /** Probability that a household lies in this district. */
  readonly householdShare: number;
  /** Number of community centres in the district. */
  readonly sites: number;
  /** Median annual income of households with two or more adults, dollars (single adults: × 0.55). */
  readonly medianIncome: number;
  /** Race/ethnicity shares, in the order of {@link SyntheticTruth.raceEthnicityGroups}. */
  readonly raceEthnicityShares: readonly number[];
}

/**
 * Per-household ground truth. Arrays are indexed by the household's position in `city.households`; the
 * per-year arrays hold one byte per household and program year, at `h * programYears.length + (year − 2016)`.
 *
 * @category Synthetic data
 * @example
 * ```ts
 * import { syntheticCity } from "./syntheticCity.ts";
 *
 * const city = syntheticCity({ households: 200 });
 * const h = 0;
 * const year2025 = h * city.truth.programYears.length + (2025 - 2016);
 * city.truth.households.youth[year2025] === 0 || city.truth.households.youth[year2025] === 1; // => true
 * city.truth.households.distanceKm.length; // => 200
 * ```
 */
export interface SyntheticHouseholdTruth {
  /** Index in `city.sites` of the nearest community centre (ties: lowest index). */
  readonly nearestSiteIndex: Int32Array;
  /** Great-circle distance to the nearest centre, km (haversine with turf's radius, as `@turf/distance`). */
  readonly distanceKm: Float64Array;
  /** 1 when a member is aged 5–17 on 1 July at the start of the program year (the program's target group). */
  readonly youth: Uint8Array;
  /** 1 when `annualIncome ≤ incomeLimit(size, programYear)` ("true" income eligibility). */
  readonly incomeEligible: Uint8Array;
  /** 1 when the household has an enrolment in the program year. */
  readonly enrolled: Uint8Array;
}

/**
 * What happened in one program year, counted over households with a youth (the only ones that can enrol).
 *
 * @category Synthetic data
 * @example
 * ```ts
 * import { syntheticCity } from "./syntheticCity.ts";
 *
 * const year = syntheticCity({ households: 2000 }).truth.years[0];
 * year?.programYear; // => 2016
 * year !== undefined && year.enrolled === year.eligibleEnrolled + year.ineligibleEnrolled; // => true
 * ```
 */
export interface SyntheticYearTruth {
  /** The program (fiscal) year, named by its end: 2020 runs 1 July 2019 – 30 June 2020. */
  readonly programYear: number;
  /** Households with a member aged 5–17 on 1 July. */
  readonly youthHouseholds: number;
  /** Youth households that are income-eligible. */
  readonly eligible: number;
  /** Youth households that enrolled (each household enrols at most once a year). */
  readonly enrolled: number;
  /** Eligible households that enrolled. */
  readonly eligibleEnrolled: number;
  /** Enrolled households above the income limit (leakage). */
  readonly ineligibleEnrolled: number;
  /** `eligibleEnrolled / eligible`; null when no household is eligible. */
  readonly coverage: number | null;
  /** `ineligibleEnrolled / enrolled` (inclusion error); null when no household enrolled. */
  readonly leakage: number | null;
}

/**
 * The generating model's parameters and the ground truth analyses should recover.
 *
 * @category Synthetic data
 * @example
 * ```ts
 * import { syntheticCity } from "./syntheticCity.ts";
 *
 * const truth = syntheticCity({ households: 100 }).truth;
 * truth.programYears[0]; // => 2016
 * truth.incomeLimits[9]?.bySize[3]; // => 64300
 * ```
 */
export interface SyntheticTruth {
  /** The seed used. */
  readonly seed: number;
  /** The program id on every enrolment. */
  readonly programId: string;
  /** Program (fiscal) years, 2016 … 2025. San José's fiscal year starts 1 July and is named by its end year. */
  readonly programYears: readonly number[];
  /** The program year with the pandemic effect, 2020. */
  readonly pandemicYear: number;
  /** Members' ages are whole years on this date (`YYYY-MM-DD`); household composition is fixed over the ten years. */
  readonly referenceDate: string;
  /** Youth ages (inclusive) on 1 July at the start of each program year: `[5, 17]`. */
  readonly youthAges: readonly [number, number];
  /** The bounding box every location lies in, degrees. */
  readonly boundingBox: { readonly west: number; readonly south: number; readonly east: number; readonly north: number };
  /** The ten districts' parameters. */
  readonly districts: readonly SyntheticDistrict[];
  /** Race/ethnicity groups (values of the `raceEthnicity` attribute). */
  readonly raceEthnicityGroups: readonly string[];
  /** Home languages (values of the `language` attribute). */
  readonly languages: readonly string[];
  /** Home-language shares within each race/ethnicity group (rows: groups, columns: languages). */
  readonly languageByRaceEthnicity: readonly (readonly number[])[];
  /** Lognormal σ of income (log scale). */
  readonly incomeSigma: number;
  /** Income multiplier for single-adult households. */
  readonly singleAdultIncomeFactor: number;
  /** The income limit of each program year for household sizes 1–9 (`bySize[0]` = one person), dollars. */
  readonly incomeLimits: readonly { readonly programYear: number; readonly bySize: readonly number[] }[];
  /** The enrolment model's coefficients. */
  readonly propensity: SyntheticPropensity;
  /** Per-household truth. */
  readonly households: SyntheticHouseholdTruth;
  /** Per-year counts. */
  readonly years: readonly SyntheticYearTruth[];
}

/**
 * A synthetic city: records in the library's shapes, and the truth behind them.
 *
 * @category Synthetic data
 * @example
 * ```ts
 * import { syntheticCity } from "./syntheticCity.ts";
 *
 * const city = syntheticCity({ households: 1000 });
 * city.households.every((h) => h.members?.length === h.size); // => true
 * city.enrollments.every((e) => e.programYear !== undefined && e.programYear >= 2016 && e.programYear <= 2025); // => true
 * ```
 */
export interface SyntheticCity {
  /** Households with location, size, members' birth dates, annual income, attributes and categorical enrolments. */
  readonly households: Household[];
  /** Community centres with capacities. */
  readonly sites: Site[];
  /** Youth-program enrolments, ordered by program year, then household. */
  readonly enrollments: Enrollment[];
  /** The generating model's parameters and ground truth. */
  readonly truth: SyntheticTruth;
}

const OPTION_KEYS: readonly string[] = ['seed', 'households', 'sites', 'programId', 'eligibilityIncomeLimit', 'propensity'];

/**
 * The default "true" income limit of {@link syntheticCity}: 200 % of the HHS 2025 poverty guideline for the 48
 * contiguous states and DC ($15,650 for one person plus $5,500 per additional person; Federal Register, 17 Jan
 * 2025, doc. 2025-01377), deflated 3 % per year before 2025 and not rounded:
 * `2 · (15650 + 5500 · (size − 1)) · 1.03^(programYear − 2025)`.
 *
 * The deflation stands in for earlier guideline years; it is not the published series.
 *
 * @param householdSize - Persons in the household, ≥ 1.
 * @param programYear - The program (fiscal) year.
 * @returns The income limit, dollars per year.
 * @throws Never; it trusts its caller (syntheticCity calls it with sizes 1–9 and years 2016–2025).
 * @category Synthetic data
 * @example
 * ```ts
 * import { defaultSyntheticIncomeLimit } from "./syntheticCity.ts";
 *
 * defaultSyntheticIncomeLimit(4, 2025); // => 64300
 * defaultSyntheticIncomeLimit(1, 2025); // => 31300
 * Math.round(defaultSyntheticIncomeLimit(4, 2024)); // => 62427
 * ```
 */
export function defaultSyntheticIncomeLimit(householdSize: number, programYear: number): number {
  return defaultIncomeLimit(householdSize, programYear);
}

/**
 * Builds a seeded, San José-like synthetic city: households, community centres and ten program years
 * (2016–2025) of youth-scholarship enrolments, with the ground truth that generated them. The same options give
 * the same city, field for field (a seeded sfc32 generator; no clock, no `Math.random`); options are never
 * mutated.
 *
 * **The generating model** (all figures approximate; see docs/synthetic.md):
 *
 * - *Places.* Ten council districts (`"1"` … `"10"`) with distinct centres inside San José's bounding box
 *   (lng −122.05…−121.59, lat 37.12…37.47). A household picks a district (shares about 1/10 each), then lies at
 *   the centre plus independent normal offsets of the district's `spreadKm` (2.0–3.6 km) per axis, redrawn if
 *   outside the box. Community centres (default 50) are apportioned to districts by fixed weights (downtown and
 *   the east side get more) and scattered with 0.6 × the district's spread; capacity is lognormal (median 180
 *   places, σ 0.35) rounded to tens. Positions are rounded to 1e-6°.
 * - *Households.* Size 1–9 (18 %, 27 %, 19 %, 18 %, 9 %, 5 %, 2.5 %, 1 %, 0.5 %; mean ≈ 3.0). Households of 2+
 *   include children with probability 15 % (size 2), 60 % (3), 75 % (4), 80 % (5+); such households have one
 *   adult (always for size 2, else 20 %) or two plus Poisson(0.3) more; children's ages are uniform 0 …
 *   min(17, parent age − 18), parents' ages normal(39, 7). Adults-only households: head normal(47, 17), others
 *   near the head's age or adult children. Ages are whole years on 2025-06-30, birth dates uniform within the
 *   year of age. Composition is fixed over the ten years (children age; a child born in 2022 exists in 2016 as
 *   a member not yet born).
 * - *Attributes.* `raceEthnicity` from the district's mix (city-wide ≈ 38 % Asian, 31 % Hispanic or Latino,
 *   24 % White, 3 % Black, 5 % other or multiracial), `language` given race/ethnicity (city-wide ≈ 44 % English,
 *   22 % Spanish, 11 % Vietnamese, 6 % Chinese, 4 % Tagalog, 13 % other). Approximate shares from ACS 2019–2023
 *   5-year estimates for San José city (tables DP05, C16001).
 * - *Income.* Lognormal: `annualIncome = round(medianIncome(district) · e^(0.75·Z) · (0.55 if one adult))`,
 *   district medians $105,000–$205,000 (city-wide median ≈ $135,000), independent of race and language given
 *   the district.
 * - *Categorical enrolments* by income as a multiple `r` of the 2025 HHS guideline: CalFresh with probability
 *   0.55 (r ≤ 1.3), 0.15 (r ≤ 2), 0.01 otherwise; Medi-Cal 0.75 (r ≤ 1.38), 0.30 (r ≤ 2.66), 0.04 otherwise.
 *   They do not enter "true" eligibility.
 * - *Eligibility.* A household is income-eligible in program year `t` when `annualIncome ≤
 *   eligibilityIncomeLimit(size, t)` (default {@link defaultSyntheticIncomeLimit}); the same recorded income is
 *   used in every year.
 * - *Enrolment.* Only households with a youth (a member aged 5–17 on 1 July starting the fiscal year) enrol, at
 *   most once a year, with the logistic model of {@link SyntheticPropensity}: ineligible households enrol too
 *   (leakage), enrolment falls with distance to the nearest centre (odds × 0.70 per km) and for non-English home
 *   languages (odds × 0.45), drops in 2020 (odds × 0.33), rises slowly (+0.03 log-odds a year) and is much
 *   likelier after an enrolment the year before (odds × 4.5; none before 2016). The enrolment is at the nearest
 *   centre (85 %) or the second nearest (15 %), dated in the program year (60 % in the first 92 days, 1 July –
 *   30 September; otherwise uniform). Capacities are not enforced.
 *
 * Random streams for centres, households and enrolments are seeded separately, so changing `propensity` or
 * `eligibilityIncomeLimit` changes only the enrolments.
 *
 * Records are plain data. Nested objects that many households share the same values of (`attributes`,
 * `categorical`, members `{ birthDate }`) are frozen and shared, so copy a record before editing it. `truth` holds
 * typed arrays (convert with `Array.from` before `JSON.stringify`).
 *
 * Cost: O(N · Y) for N households and Y = 10 years, plus a grid index for the nearest of M centres (a few
 * haversines per household). Building the default city (330,000 households) costs about twice as much as merely
 * copying its records into fresh objects, measured in the same run (`npm run bench -- synthetic`).
 *
 * @param options - Size, seed, program id, income limit and enrolment coefficients; see {@link SyntheticCityOptions}.
 * @returns The records (`households`, `sites`, `enrollments`) and the `truth`.
 * @throws {EquityLensError} `invalid_type` when options (or `propensity`) is not an object or an option has the
 * wrong type; `unknown_key` for an unknown option; `not_integer` / `out_of_range` for a bad `seed`,
 * `households` or `sites`; `not_finite` for a non-finite coefficient; `invalid_value` for an empty `programId`
 * or an income limit that is not a finite positive number.
 * @category Synthetic data
 * @example
 * ```ts
 * import { syntheticCity } from "./syntheticCity.ts";
 *
 * const city = syntheticCity({ seed: 42, households: 2000 });
 * city.households.length; // => 2000
 * city.sites.length; // => 50
 * city.households[0]?.id; // => "hh-000001"
 * city.truth.programYears.length; // => 10
 * syntheticCity({ seed: 42, households: 2000 }).enrollments.length === city.enrollments.length; // => true
 * ```
 */
export function syntheticCity(options: SyntheticCityOptions = {}): SyntheticCity {
  const { seed, households, sites, programId, propensity, limits, incomeLimits } = resolveCityOptions(options, FN, OPTION_KEYS, 2000000);

  const generated = generateCity({ seed, households, sites, programId, limits, propensity });

  const programYears: number[] = [];
  for (let year = FIRST_PROGRAM_YEAR; year <= LAST_PROGRAM_YEAR; year++) programYears.push(year);
  let weightTotal = 0;
  for (const d of DISTRICTS) weightTotal += d.householdWeight;
  const truth: SyntheticTruth = {
    seed,
    programId,
    programYears,
    pandemicYear: PANDEMIC_YEAR,
    referenceDate: '2025-06-30',
    youthAges: [YOUTH_MIN_AGE, YOUTH_MAX_AGE],
    boundingBox: { ...BOUNDING_BOX },
    districts: DISTRICTS.map((d, i) => ({
      id: d.id,
      centre: [d.centre[0], d.centre[1]],
      spreadKm: d.spreadKm,
      householdShare: d.householdWeight / weightTotal,
      sites: generated.sitesPerDistrict[i] ?? 0,
      medianIncome: d.medianIncome,
      raceEthnicityShares: [...d.raceEthnicity],
    })),
    raceEthnicityGroups: [...RACE_ETHNICITY],
    languages: [...LANGUAGES],
    languageByRaceEthnicity: LANGUAGE_BY_RACE_ETHNICITY.map((row) => [...row]),
    incomeSigma: INCOME_SIGMA,
    singleAdultIncomeFactor: SINGLE_ADULT_INCOME_FACTOR,
    incomeLimits,
    propensity,
    households: {
      nearestSiteIndex: generated.nearestSiteIndex,
      distanceKm: generated.distanceKm,
      youth: generated.youth,
      incomeEligible: generated.incomeEligible,
      enrolled: generated.enrolled,
    },
    years: summariseYears(households, generated.youth, generated.incomeEligible, generated.enrolled),
  };
  return { households: generated.households, sites: generated.sites, enrollments: generated.enrollments, truth };
}

function summariseYears(n: number, youth: Uint8Array, incomeEligible: Uint8Array, enrolled: Uint8Array): SyntheticYearTruth[] {
  const years: SyntheticYearTruth[] = [];
  for (let y = 0; y < YEAR_COUNT; y++) {
    let youthHouseholds = 0;
    let eligible = 0;
    let enrolledCount = 0;
    let eligibleEnrolled = 0;
    for (let h = 0; h < n; h++) {
      const cell = h * YEAR_COUNT + y;
      if (youth[cell] === 0) continue;
      youthHouseholds++;
      const isEligible = incomeEligible[cell] === 1;
      const isEnrolled = enrolled[cell] === 1;
      if (isEligible) eligible++;
      if (isEnrolled) enrolledCount++;
      if (isEligible && isEnrolled) eligibleEnrolled++;
    }
    years.push({
      programYear: FIRST_PROGRAM_YEAR + y,
      youthHouseholds,
      eligible,
      enrolled: enrolledCount,
      eligibleEnrolled,
      ineligibleEnrolled: enrolledCount - eligibleEnrolled,
      coverage: eligible === 0 ? null : eligibleEnrolled / eligible,
      leakage: enrolledCount === 0 ? null : (enrolledCount - eligibleEnrolled) / enrolledCount,
    });
  }
  return years;
}
