/**
 * The generating model of the synthetic city, stage by stage: community centres, households, nearest-centre
 * distances, income eligibility and ten program years of enrolments. `syntheticCity` validates options and
 * calls {@link generateCity}; this file holds the hot loops (typed arrays, indexed loops, no closures).
 *
 * @internal
 * @module
 */
import { earthRadius } from '@turf/helpers';
import type { Enrollment, Household, HouseholdMember } from '../../internal/records.ts';
import type { Site } from '../../proximity/SiteSchema.ts';
import { DateStrings, daysFromCivil } from './days.ts';
import { Sfc32, cumulativeWeights, streamSeed } from '../../internal/random.ts';
import {
  BOUNDING_BOX,
  CALFRESH_BANDS,
  CHILDREN_PROBABILITY_BY_SIZE,
  DISTRICTS,
  EXTRA_ADULTS_MEAN,
  FIRST_PROGRAM_YEAR,
  HHS_2025_ADDITIONAL_PERSON,
  HHS_2025_FIRST_PERSON,
  HOUSEHOLD_SIZE_WEIGHTS,
  INCOME_SIGMA,
  KM_PER_DEGREE,
  LANGUAGES,
  LANGUAGE_BY_RACE_ETHNICITY,
  LAST_PROGRAM_YEAR,
  MEDICAL_BANDS,
  PANDEMIC_YEAR,
  RACE_ETHNICITY,
  REFERENCE_DATE,
  SECOND_NEAREST_SITE_SHARE,
  SINGLE_ADULT_INCOME_FACTOR,
  SINGLE_PARENT_PROBABILITY,
  SITE_CAPACITY_MEDIAN,
  SITE_CAPACITY_SIGMA,
  SITE_SPREAD_FACTOR,
  SUMMER_ENROLMENT_SHARE,
  YOUTH_MAX_AGE,
  YOUTH_MIN_AGE,
} from './sanJose.ts';

/** Enrolment-model coefficients on the log-odds scale (see `SyntheticPropensity`). */
export interface PropensityParameters {
  readonly eligibleIntercept: number;
  readonly ineligibleIntercept: number;
  readonly distancePerKm: number;
  readonly nonEnglish: number;
  readonly retention: number;
  readonly pandemic: number;
  readonly trendPerYear: number;
}

/** Validated, resolved inputs of {@link generateCity}. */
export interface GenerateInput {
  readonly seed: number;
  readonly households: number;
  readonly sites: number;
  readonly programId: string;
  /** Income limits: `limits[yearIndex * (MAX_SIZE + 1) + size]`, sizes 1…MAX_SIZE. */
  readonly limits: Float64Array;
  readonly propensity: PropensityParameters;
}

/** Everything the generator produces, before it is wrapped in the public result. */
export interface GeneratedCity {
  readonly households: Household[];
  readonly sites: Site[];
  readonly enrollments: Enrollment[];
  /** Number of community centres in each district, in district order. */
  readonly sitesPerDistrict: Int32Array;
  readonly nearestSiteIndex: Int32Array;
  readonly distanceKm: Float64Array;
  readonly youth: Uint8Array;
  readonly incomeEligible: Uint8Array;
  readonly enrolled: Uint8Array;
}

/** Largest household size the generator draws. */
export const MAX_SIZE: number = HOUSEHOLD_SIZE_WEIGHTS.length;

/** Number of program years. */
export const YEAR_COUNT: number = LAST_PROGRAM_YEAR - FIRST_PROGRAM_YEAR + 1;

const STREAM_SITES = 1;
const STREAM_HOUSEHOLDS = 2;
const STREAM_ENROLMENTS = 3;
const DEG_TO_RAD = Math.PI / 180;
const TURF_KM_PER_RADIAN = earthRadius / 1000;
const MAX_MEMBERS = MAX_SIZE;

/**
 * The HHS 2025 poverty guideline for the 48 contiguous states and DC, dollars per year.
 *
 * @internal
 */
export function hhsGuideline2025(householdSize: number): number {
  return HHS_2025_FIRST_PERSON + HHS_2025_ADDITIONAL_PERSON * (householdSize - 1);
}

/**
 * Splits `total` items over weights by the largest-remainder (Hamilton) method; ties go to the lower index.
 *
 * @internal
 */
export function apportion(total: number, weights: readonly number[]): Int32Array {
  let sum = 0;
  for (const w of weights) sum += w;
  const counts = new Int32Array(weights.length);
  const remainders = new Float64Array(weights.length);
  let assigned = 0;
  for (let i = 0; i < weights.length; i++) {
    const exact = (total * (weights[i] as number)) / sum;
    const whole = Math.floor(exact);
    counts[i] = whole;
    remainders[i] = exact - whole;
    assigned += whole;
  }
  while (assigned < total) {
    let best = 0;
    for (let i = 1; i < weights.length; i++) if ((remainders[i] as number) > (remainders[best] as number)) best = i;
    counts[best] = (counts[best] as number) + 1;
    remainders[best] = -1;
    assigned++;
  }
  return counts;
}

/**
 * Draws a point around a centre with independent normal offsets of `spreadKm` along each axis, redrawn while it
 * falls outside the bounding box (clamped after 16 tries), rounded to 1e-6° (about 0.1 m). Writes `[lng, lat]`.
 */
function drawLocation(rng: Sfc32, centre: readonly [number, number], spreadKm: number, out: Float64Array): void {
  const latSpread = spreadKm / KM_PER_DEGREE;
  const lngSpread = spreadKm / (KM_PER_DEGREE * Math.cos(centre[1] * DEG_TO_RAD));
  let lng = centre[0];
  let lat = centre[1];
  for (let attempt = 0; attempt < 16; attempt++) {
    lng = centre[0] + lngSpread * rng.normal();
    lat = centre[1] + latSpread * rng.normal();
    if (lng >= BOUNDING_BOX.west && lng <= BOUNDING_BOX.east && lat >= BOUNDING_BOX.south && lat <= BOUNDING_BOX.north) break;
  }
  lng = Math.min(BOUNDING_BOX.east, Math.max(BOUNDING_BOX.west, lng));
  lat = Math.min(BOUNDING_BOX.north, Math.max(BOUNDING_BOX.south, lat));
  out[0] = Math.round(lng * 1e6) / 1e6;
  out[1] = Math.round(lat * 1e6) / 1e6;
}

function clampInt(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

function bandProbability(ratio: number, bands: readonly { readonly upTo: number; readonly probability: number }[]): number {
  for (const band of bands) if (ratio <= band.upTo) return band.probability;
  return 0;
}

/**
 * The attributes object of a district, race/ethnicity and language combination, frozen and shared by every
 * household with that combination (300 objects instead of one per household).
 */
function attributesOf(
  cache: (Readonly<Record<string, string>> | undefined)[],
  district: number,
  race: number,
  language: number,
): Readonly<Record<string, string>> {
  const slot = (district * RACE_ETHNICITY.length + race) * LANGUAGES.length + language;
  let attributes = cache[slot];
  if (attributes === undefined) {
    attributes = Object.freeze({
      district: (DISTRICTS[district] as (typeof DISTRICTS)[number]).id,
      raceEthnicity: RACE_ETHNICITY[race] as string,
      language: LANGUAGES[language] as string,
    });
    cache[slot] = attributes;
  }
  return attributes;
}

const CATEGORICAL_NONE: readonly string[] = Object.freeze([]);
const CATEGORICAL_CALFRESH: readonly string[] = Object.freeze(['CalFresh']);
const CATEGORICAL_MEDICAL: readonly string[] = Object.freeze(['Medi-Cal']);
const CATEGORICAL_BOTH: readonly string[] = Object.freeze(['CalFresh', 'Medi-Cal']);

/**
 * Generates the city. Deterministic: the same input gives the same output, field for field.
 *
 * @internal
 */
export function generateCity(input: GenerateInput): GeneratedCity {
  const { sites, sitesPerDistrict } = citySites(input);
  const siteLng = new Float64Array(sites.length);
  const siteLat = new Float64Array(sites.length);
  for (let j = 0; j < sites.length; j++) {
    const site = sites[j] as Site;
    siteLng[j] = site.location[0];
    siteLat[j] = site.location[1];
  }
  const people = generateHouseholds(input);
  const n = input.households;
  const nearestSiteIndex = new Int32Array(n);
  const secondSiteIndex = new Int32Array(n);
  const distanceKm = new Float64Array(n);
  nearestSites(people.lng, people.lat, siteLng, siteLat, nearestSiteIndex, secondSiteIndex, distanceKm);

  const incomeEligible = new Uint8Array(n * YEAR_COUNT);
  for (let h = 0; h < n; h++) {
    const size = people.size[h] as number;
    const income = people.income[h] as number;
    for (let y = 0; y < YEAR_COUNT; y++) {
      incomeEligible[h * YEAR_COUNT + y] = income <= (input.limits[y * (MAX_SIZE + 1) + size] as number) ? 1 : 0;
    }
  }
  const { enrollments, enrolled } = generateEnrollments(input, people, sites, nearestSiteIndex, secondSiteIndex, distanceKm, incomeEligible);
  return {
    households: people.records,
    sites,
    enrollments,
    sitesPerDistrict,
    nearestSiteIndex,
    distanceKm,
    youth: people.youth,
    incomeEligible,
    enrolled,
  };
}

/**
 * The city's community centres (from their own random stream) and their count per district.
 *
 * @internal
 */
export function citySites(input: Pick<GenerateInput, 'seed' | 'sites' | 'programId'>): { sites: Site[]; sitesPerDistrict: Int32Array } {
  const sitesPerDistrict = apportion(
    input.sites,
    DISTRICTS.map((d) => d.siteWeight),
  );
  return { sites: generateSites(input, sitesPerDistrict), sitesPerDistrict };
}

function generateSites(input: Pick<GenerateInput, 'seed' | 'sites' | 'programId'>, counts: Int32Array): Site[] {
  const rng = new Sfc32(streamSeed(input.seed, STREAM_SITES));
  const sites: Site[] = [];
  const point = new Float64Array(2);
  const width = String(input.sites).length < 2 ? 2 : String(input.sites).length;
  for (let d = 0; d < DISTRICTS.length; d++) {
    const district = DISTRICTS[d] as (typeof DISTRICTS)[number];
    for (let k = 0; k < (counts[d] as number); k++) {
      drawLocation(rng, district.centre, district.spreadKm * SITE_SPREAD_FACTOR, point);
      const capacity = Math.max(10, Math.round(rng.lognormal(Math.log(SITE_CAPACITY_MEDIAN), SITE_CAPACITY_SIGMA) / 10) * 10);
      const number = String(sites.length + 1).padStart(width, '0');
      sites.push({
        id: `cc-${number}`,
        name: `Community centre ${number} (district ${district.id})`,
        location: [point[0] as number, point[1] as number],
        capacity,
        programs: [input.programId],
      });
    }
  }
  return sites;
}

interface People {
  readonly records: Household[];
  readonly lng: Float64Array;
  readonly lat: Float64Array;
  readonly size: Uint8Array;
  readonly income: Float64Array;
  readonly language: Uint8Array;
  /** `youth[h * YEAR_COUNT + y]` = 1 when a member is aged 5–17 on 1 July starting program year y. */
  readonly youth: Uint8Array;
}

/**
 * Draws households one at a time from the household stream, in order (household 0, 1, 2 …): the same draws in
 * the same order whether the caller keeps every household (`syntheticCity`) or only a batch
 * (`syntheticCityBatches`). After {@link HouseholdDrawer.draw}, the scalar fields hold the household's values.
 *
 * @internal
 */
export class HouseholdDrawer {
  /** Longitude of the last household drawn. */
  lng = 0;
  /** Latitude of the last household drawn. */
  lat = 0;
  /** Size of the last household drawn. */
  size = 0;
  /** Annual income of the last household drawn, dollars. */
  income = 0;
  /** Language index of the last household drawn (0 = English). */
  language = 0;
  /** Bit y set when the last household drawn has a youth in program year y. */
  youthBits = 0;

  private readonly rng: Sfc32;
  private readonly width: number;
  private readonly districtCumulative: Float64Array;
  private readonly raceCumulative: Float64Array[];
  private readonly languageCumulative: Float64Array[];
  private readonly sizeCumulative: Float64Array;
  private readonly logMedian: number[];
  private readonly youthBornAfter = new Int32Array(YEAR_COUNT);
  private readonly youthBornBy = new Int32Array(YEAR_COUNT);
  private readonly ageStart: Int32Array;
  private readonly referenceDay: number;
  private readonly firstBirthDay: number;
  private readonly dates: DateStrings;
  private readonly memberCache: (HouseholdMember | undefined)[];
  private readonly ages = new Int32Array(MAX_MEMBERS);
  private readonly point = new Float64Array(2);
  private readonly attributeCache: (Readonly<Record<string, string>> | undefined)[];

  /**
   * @param seed - The city's seed.
   * @param households - The number of households of the whole city (it sets the width of the ids).
   */
  constructor(seed: number, households: number) {
    this.rng = new Sfc32(streamSeed(seed, STREAM_HOUSEHOLDS));
    this.width = Math.max(6, String(households).length);
    this.districtCumulative = cumulativeWeights(DISTRICTS.map((d) => d.householdWeight));
    this.raceCumulative = DISTRICTS.map((d) => cumulativeWeights(d.raceEthnicity));
    this.languageCumulative = LANGUAGE_BY_RACE_ETHNICITY.map((row) => cumulativeWeights(row));
    this.sizeCumulative = cumulativeWeights(HOUSEHOLD_SIZE_WEIGHTS);
    this.logMedian = DISTRICTS.map((d) => Math.log(d.medianIncome));
    // Youth in program year t: aged 5–17 on 1 July of year t − 1, i.e. born after (t − 19)-07-01 and on or before
    // (t − 6)-07-01 (July 1 is never 29 February, so whole-year age needs no leap-day convention here).
    for (let y = 0; y < YEAR_COUNT; y++) {
      const fiscalStartYear = FIRST_PROGRAM_YEAR + y - 1;
      this.youthBornAfter[y] = daysFromCivil(fiscalStartYear - (YOUTH_MAX_AGE + 1), 7, 1);
      this.youthBornBy[y] = daysFromCivil(fiscalStartYear - YOUTH_MIN_AGE, 7, 1);
    }
    // Ages are drawn as whole years on the reference date; `ageStart[a]` is the first birth day giving age a.
    this.ageStart = new Int32Array(MAX_AGE + 2);
    for (let a = 0; a <= MAX_AGE + 1; a++) {
      this.ageStart[a] = daysFromCivil(REFERENCE_DATE.year - a - 1, REFERENCE_DATE.month, REFERENCE_DATE.day) + 1;
    }
    this.referenceDay = daysFromCivil(REFERENCE_DATE.year, REFERENCE_DATE.month, REFERENCE_DATE.day);
    this.firstBirthDay = this.ageStart[MAX_AGE] as number;
    this.dates = new DateStrings(this.firstBirthDay, this.referenceDay);
    // Members are `{ birthDate }` only, so one frozen object per birth day serves every member born that day
    // (about 35,000 objects instead of a million).
    this.memberCache = new Array<HouseholdMember | undefined>(this.referenceDay - this.firstBirthDay + 1);
    this.attributeCache = new Array<Readonly<Record<string, string>> | undefined>(DISTRICTS.length * RACE_ETHNICITY.length * LANGUAGES.length);
  }

  /**
   * Draws household `h` (the next one: calls must go 0, 1, 2 …) and sets the scalar fields. Returns its record
   * when `record` is true, else undefined (the draws are the same either way).
   */
  draw(h: number, record: boolean): Household | undefined {
    const rng = this.rng;
    const ages = this.ages;
    const point = this.point;
    const d = rng.categorical(this.districtCumulative);
    const district = DISTRICTS[d] as (typeof DISTRICTS)[number];
    drawLocation(rng, district.centre, district.spreadKm, point);
    const s = rng.categorical(this.sizeCumulative) + 1;

    // Composition: adults first, then children; ages in whole years on the reference date.
    let adults = s;
    if (s >= 2 && rng.bernoulli(CHILDREN_PROBABILITY_BY_SIZE[s] as number)) {
      adults = s === 2 || rng.bernoulli(SINGLE_PARENT_PROBABILITY) ? 1 : Math.min(2 + rng.poisson(EXTRA_ADULTS_MEAN), s - 1);
    }
    if (adults < s) {
      const parent = clampInt(Math.round(39 + 7 * rng.normal()), 22, 60);
      ages[0] = parent;
      if (adults >= 2) ages[1] = clampInt(Math.round(parent + 4 * rng.normal()), 20, 75);
      for (let m = 2; m < adults; m++) {
        ages[m] = rng.bernoulli(0.5) && parent >= 36 ? 18 + rng.nextInt(parent - 35) : clampInt(parent + 22 + rng.nextInt(11), 45, MAX_AGE);
      }
      const oldestChild = Math.min(17, parent - 18);
      for (let m = adults; m < s; m++) ages[m] = rng.nextInt(oldestChild + 1);
    } else {
      const head = clampInt(Math.round(47 + 17 * rng.normal()), 18, MAX_AGE);
      ages[0] = head;
      for (let m = 1; m < s; m++) {
        ages[m] =
          head >= 40 && rng.bernoulli(0.5)
            ? 18 + rng.nextInt(Math.min(35, head - 18) - 17)
            : clampInt(Math.round(head + 6 * rng.normal()), 18, MAX_AGE);
      }
    }
    const members = record ? new Array<HouseholdMember>(s) : undefined;
    let youthBits = 0;
    for (let m = 0; m < s; m++) {
      const age = ages[m] as number;
      const first = this.ageStart[age] as number;
      const afterLast = age === 0 ? this.referenceDay + 1 : (this.ageStart[age - 1] as number);
      const birthDay = first + rng.nextInt(afterLast - first);
      if (members !== undefined) {
        let member = this.memberCache[birthDay - this.firstBirthDay];
        if (member === undefined) {
          member = Object.freeze({ birthDate: this.dates.format(birthDay) });
          this.memberCache[birthDay - this.firstBirthDay] = member;
        }
        members[m] = member;
      }
      for (let y = 0; y < YEAR_COUNT; y++) {
        if (birthDay > (this.youthBornAfter[y] as number) && birthDay <= (this.youthBornBy[y] as number)) youthBits |= 1 << y;
      }
    }

    const race = rng.categorical(this.raceCumulative[d] as Float64Array);
    const lang = rng.categorical(this.languageCumulative[race] as Float64Array);
    const z = rng.normal();
    const dollars = Math.round(Math.exp((this.logMedian[d] as number) + INCOME_SIGMA * z) * (adults === 1 ? SINGLE_ADULT_INCOME_FACTOR : 1));
    const ratio = dollars / hhsGuideline2025(s);
    const calFresh = rng.bernoulli(bandProbability(ratio, CALFRESH_BANDS));
    const mediCal = rng.bernoulli(bandProbability(ratio, MEDICAL_BANDS));

    this.lng = point[0] as number;
    this.lat = point[1] as number;
    this.size = s;
    this.income = dollars;
    this.language = lang;
    this.youthBits = youthBits;
    if (members === undefined) return undefined;
    return {
      id: householdId(h, this.width),
      location: [point[0] as number, point[1] as number],
      size: s,
      annualIncome: dollars,
      members,
      attributes: attributesOf(this.attributeCache, d, race, lang),
      categorical: calFresh ? (mediCal ? CATEGORICAL_BOTH : CATEGORICAL_CALFRESH) : mediCal ? CATEGORICAL_MEDICAL : CATEGORICAL_NONE,
    };
  }
}

/** Oldest age drawn, whole years. */
const MAX_AGE = 95;

/** The id of household `h` (0-based) in a city whose ids are `width` digits wide. */
function householdId(h: number, width: number): string {
  return `hh-${String(h + 1).padStart(width, '0')}`;
}

function generateHouseholds(input: GenerateInput): People {
  const n = input.households;
  const drawer = new HouseholdDrawer(input.seed, n);
  const records = new Array<Household>(n);
  const lng = new Float64Array(n);
  const lat = new Float64Array(n);
  const size = new Uint8Array(n);
  const income = new Float64Array(n);
  const language = new Uint8Array(n);
  const youth = new Uint8Array(n * YEAR_COUNT);
  for (let h = 0; h < n; h++) {
    records[h] = drawer.draw(h, true) as Household;
    lng[h] = drawer.lng;
    lat[h] = drawer.lat;
    size[h] = drawer.size;
    income[h] = drawer.income;
    language[h] = drawer.language;
    const bits = drawer.youthBits;
    for (let y = 0; y < YEAR_COUNT; y++) if ((bits >> y) & 1) youth[h * YEAR_COUNT + y] = 1;
  }
  return { records, lng, lat, size, income, language, youth };
}

/** Side of a grid cell of the nearest-centre index, degrees (about 1 km). */
const CELL_DEGREES = 0.01;

/**
 * Nearest and second-nearest site of every household by great-circle distance, with turf's haversine formula
 * and earth radius (so `distanceKm` equals `@turf/distance` in km); ties go to the lower site index.
 *
 * A grid of 0.01° cells over the bounding box lists, per cell, the sites that can be among the two nearest of
 * any point in it: with planar distances (longitude scaled by the cosine of the box's middle latitude), a site
 * whose smallest distance to the cell exceeds the second-smallest largest distance of any site cannot be. Across
 * San José planar and great-circle distances differ by under 0.5 %, so candidates get 2 % slack, and each
 * household ranks only its cell's few candidates by the exact haversine. Points outside the box scan every site.
 * Cost: cells × M to build, then a handful of haversines per household.
 *
 * @internal
 */
export function nearestSites(
  lng: Float64Array,
  lat: Float64Array,
  siteLng: Float64Array,
  siteLat: Float64Array,
  nearest: Int32Array,
  second: Int32Array,
  distanceKm: Float64Array,
): void {
  const m = siteLng.length;
  const { west, south, east, north } = BOUNDING_BOX;
  const columns = Math.ceil((east - west) / CELL_DEGREES);
  const rows = Math.ceil((north - south) / CELL_DEGREES);
  const scale = Math.cos(((south + north) / 2) * DEG_TO_RAD);
  const cellStart = new Int32Array(columns * rows + 1);
  const candidateList: number[] = [];
  const farthest = new Float64Array(m);
  const closest = new Float64Array(m);
  for (let row = 0; row < rows; row++) {
    const y0 = south + row * CELL_DEGREES;
    const y1 = y0 + CELL_DEGREES;
    for (let column = 0; column < columns; column++) {
      const x0 = west + column * CELL_DEGREES;
      const x1 = x0 + CELL_DEGREES;
      let far1 = Number.POSITIVE_INFINITY;
      let far2 = Number.POSITIVE_INFINITY;
      for (let j = 0; j < m; j++) {
        const sx = siteLng[j] as number;
        const sy = siteLat[j] as number;
        const nearX = Math.max(0, x0 - sx, sx - x1) * scale;
        const nearY = Math.max(0, y0 - sy, sy - y1);
        const farX = Math.max(Math.abs(sx - x0), Math.abs(sx - x1)) * scale;
        const farY = Math.max(Math.abs(sy - y0), Math.abs(sy - y1));
        closest[j] = Math.sqrt(nearX * nearX + nearY * nearY);
        const far = Math.sqrt(farX * farX + farY * farY);
        farthest[j] = far;
        if (far < far1) {
          far2 = far1;
          far1 = far;
        } else if (far < far2) {
          far2 = far;
        }
      }
      const cutoff = (far2 === Number.POSITIVE_INFINITY ? far1 : far2) * 1.02 + 1e-9;
      for (let j = 0; j < m; j++) if ((closest[j] as number) <= cutoff) candidateList.push(j);
      cellStart[row * columns + column + 1] = candidateList.length;
    }
  }
  const candidates = Int32Array.from(candidateList);

  for (let i = 0; i < lng.length; i++) {
    const x = lng[i] as number;
    const y = lat[i] as number;
    let from = 0;
    let to = m;
    const inside = x >= west && x <= east && y >= south && y <= north;
    if (inside) {
      const column = Math.min(columns - 1, Math.floor((x - west) / CELL_DEGREES));
      const row = Math.min(rows - 1, Math.floor((y - south) / CELL_DEGREES));
      from = cellStart[row * columns + column] as number;
      to = cellStart[row * columns + column + 1] as number;
    }
    let best = -1;
    let bestKm = Number.POSITIVE_INFINITY;
    let next = -1;
    let nextKm = Number.POSITIVE_INFINITY;
    for (let k = from; k < to; k++) {
      const j = inside ? (candidates[k] as number) : k;
      const km = turfDistanceKm(x, y, siteLng[j] as number, siteLat[j] as number);
      // Candidates are in increasing site order, so strict comparisons keep the lowest index on ties.
      if (km < bestKm) {
        next = best;
        nextKm = bestKm;
        best = j;
        bestKm = km;
      } else if (km < nextKm) {
        next = j;
        nextKm = km;
      }
    }
    nearest[i] = best;
    second[i] = next < 0 ? best : next;
    distanceKm[i] = bestKm;
  }
}

/**
 * Great-circle distance in km, written exactly as `@turf/distance` computes it (haversine, R = 6371.0088 km), so
 * the truth agrees with turf to the last bit for the same argument order (household, then site).
 *
 * @internal
 */
export function turfDistanceKm(lng1: number, lat1: number, lng2: number, lat2: number): number {
  const dLat = (((lat2 - lat1) % 360) * Math.PI) / 180;
  const dLon = (((lng2 - lng1) % 360) * Math.PI) / 180;
  const phi1 = ((lat1 % 360) * Math.PI) / 180;
  const phi2 = ((lat2 % 360) * Math.PI) / 180;
  const a = Math.pow(Math.sin(dLat / 2), 2) + Math.pow(Math.sin(dLon / 2), 2) * Math.cos(phi1) * Math.cos(phi2);
  return 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a)) * TURF_KM_PER_RADIAN;
}

function generateEnrollments(
  input: GenerateInput,
  people: People,
  sites: readonly Site[],
  nearest: Int32Array,
  second: Int32Array,
  distanceKm: Float64Array,
  incomeEligible: Uint8Array,
): { enrollments: Enrollment[]; enrolled: Uint8Array } {
  const n = input.households;
  const youthBits = new Uint16Array(n);
  const eligibleBits = new Uint16Array(n);
  const effect = new Float64Array(n);
  for (let h = 0; h < n; h++) {
    let youth = 0;
    let eligible = 0;
    for (let y = 0; y < YEAR_COUNT; y++) {
      if (people.youth[h * YEAR_COUNT + y] === 1) youth |= 1 << y;
      if (incomeEligible[h * YEAR_COUNT + y] === 1) eligible |= 1 << y;
    }
    youthBits[h] = youth;
    eligibleBits[h] = eligible;
    effect[h] = householdEffect(input.propensity, distanceKm[h] as number, people.language[h] as number);
  }
  const outcomes = enrolmentOutcomes(input.seed, input.propensity, youthBits, eligibleBits, effect);
  const writer = new EnrollmentWriter(input.programId, sites);
  const enrolled = new Uint8Array(n * YEAR_COUNT);
  const enrollments: Enrollment[] = [];
  for (let y = 0; y < YEAR_COUNT; y++) {
    for (let h = 0; h < n; h++) {
      const code = outcomes[h * YEAR_COUNT + y] as number;
      if (code === 0) continue;
      enrolled[h * YEAR_COUNT + y] = 1;
      enrollments.push(writer.record((people.records[h] as Household).id, y, code, nearest[h] as number, second[h] as number));
    }
  }
  return { enrollments, enrolled };
}

/**
 * The part of a household's enrolment log-odds that does not change with the year: distance to the nearest
 * centre and a non-English home language.
 *
 * @internal
 */
export function householdEffect(p: PropensityParameters, distanceKm: number, language: number): number {
  return p.distancePerKm * distanceKm + (language === 0 ? 0 : p.nonEnglish);
}

/**
 * Runs the enrolment stream over every household and program year, year by year (all households of 2016, then
 * of 2017 …, the order its draws are defined in), and returns one code per household and year at
 * `h * YEAR_COUNT + y`: 0 when the household did not enrol, else `1 + (dayOffset << 1 | secondSite)`, where
 * `dayOffset` is the enrolment day counted from 1 July starting the program year and `secondSite` is 1 when the
 * enrolment is at the second-nearest centre. Bit y of `youthBits[h]` (of `eligibleBits[h]`) is set when household
 * h has a youth (is income-eligible) in program year y; `effect[h]` is {@link householdEffect}.
 *
 * Both `syntheticCity` and `syntheticCityBatches` call it, so their enrolments agree draw for draw. Memory: two
 * bytes per household and year.
 *
 * @internal
 */
export function enrolmentOutcomes(
  seed: number,
  p: PropensityParameters,
  youthBits: Uint16Array,
  eligibleBits: Uint16Array,
  effect: Float64Array,
): Uint16Array {
  const n = youthBits.length;
  const rng = new Sfc32(streamSeed(seed, STREAM_ENROLMENTS));
  const outcomes = new Uint16Array(n * YEAR_COUNT);
  for (let y = 0; y < YEAR_COUNT; y++) {
    const programYear = FIRST_PROGRAM_YEAR + y;
    const yearEffect = p.trendPerYear * y + (programYear === PANDEMIC_YEAR ? p.pandemic : 0);
    const fyStart = daysFromCivil(programYear - 1, 7, 1);
    const fyLength = daysFromCivil(programYear, 7, 1) - fyStart;
    const bit = 1 << y;
    for (let h = 0; h < n; h++) {
      if (((youthBits[h] as number) & bit) === 0) continue;
      const cell = h * YEAR_COUNT + y;
      const eligible = ((eligibleBits[h] as number) & bit) !== 0;
      const retained = y > 0 && outcomes[cell - 1] !== 0;
      const logit =
        (eligible ? p.eligibleIntercept : p.ineligibleIntercept) + (effect[h] as number) + yearEffect + (retained ? p.retention : 0);
      if (!rng.bernoulli(1 / (1 + Math.exp(-logit)))) continue;
      const secondSite = rng.bernoulli(SECOND_NEAREST_SITE_SHARE) ? 1 : 0;
      const offset = rng.bernoulli(SUMMER_ENROLMENT_SHARE) ? rng.nextInt(92) : rng.nextInt(fyLength);
      outcomes[cell] = 1 + ((offset << 1) | secondSite);
    }
  }
  return outcomes;
}

/**
 * Builds enrolment records from the codes of {@link enrolmentOutcomes}, sharing the date strings.
 *
 * @internal
 */
export class EnrollmentWriter {
  private readonly siteIds: string[];
  private readonly dates: DateStrings;
  private readonly fyStart = new Int32Array(YEAR_COUNT);

  /**
   * @param programId - The program id written on every enrolment.
   * @param sites - The city's centres, in index order.
   */
  constructor(
    private readonly programId: string,
    sites: readonly Site[],
  ) {
    this.siteIds = sites.map((site) => site.id);
    this.dates = new DateStrings(daysFromCivil(FIRST_PROGRAM_YEAR - 1, 7, 1), daysFromCivil(LAST_PROGRAM_YEAR, 6, 30));
    for (let y = 0; y < YEAR_COUNT; y++) this.fyStart[y] = daysFromCivil(FIRST_PROGRAM_YEAR + y - 1, 7, 1);
  }

  /** The enrolment of a household in program year index `y` with outcome `code` (≠ 0). */
  record(householdId: string, y: number, code: number, nearest: number, second: number): Enrollment {
    const value = code - 1;
    return {
      householdId,
      programId: this.programId,
      siteId: this.siteIds[(value & 1) === 1 ? second : nearest] as string,
      programYear: FIRST_PROGRAM_YEAR + y,
      date: this.dates.format((this.fyStart[y] as number) + (value >> 1)),
    };
  }
}
