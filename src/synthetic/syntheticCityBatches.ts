import type { Enrollment, Household } from '../internal/records.ts';
import { integer } from '../internal/validate.ts';
import type { Site } from '../proximity/SiteSchema.ts';
import {
  EnrollmentWriter,
  HouseholdDrawer,
  MAX_SIZE,
  YEAR_COUNT,
  citySites,
  enrolmentOutcomes,
  householdEffect,
  nearestSites,
} from './internal/generate.ts';
import type { PropensityParameters } from './internal/generate.ts';
import { resolveCityOptions } from './internal/options.ts';
import type { ResolvedCityOptions } from './internal/options.ts';
import { FIRST_PROGRAM_YEAR } from './internal/sanJose.ts';
import type { SyntheticCityOptions } from './syntheticCity.ts';

const FN = 'syntheticCityBatches';
const OPTION_KEYS: readonly string[] = ['seed', 'households', 'sites', 'programId', 'eligibilityIncomeLimit', 'propensity', 'batchSize'];
const MAX_HOUSEHOLDS = 20000000;
/** Households per chunk of the first pass (distances to the centres are computed chunk by chunk). */
const CHUNK = 65536;

/**
 * Options of {@link syntheticCityBatches}: those of {@link syntheticCity}, with a larger bound on `households`,
 * and the batch size.
 *
 * @category Synthetic data
 * @example
 * ```ts
 * import { syntheticCityBatches } from "./syntheticCityBatches.ts";
 *
 * const options = { seed: 7, households: 2500, batchSize: 1000 };
 * [...syntheticCityBatches(options).batches()].map((b) => b.households.length); // => [1000, 1000, 500]
 * ```
 */
export interface SyntheticCityBatchesOptions extends SyntheticCityOptions {
  /** Number of households, a whole number in [1, 20,000,000]. Default 330,000 (about San José's count). */
  households?: number;
  /** Households per batch, a whole number in [1, 1,000,000]. Default 10,000. */
  batchSize?: number;
}

/**
 * One batch of {@link syntheticCityBatches}: consecutive households and every enrolment of those households.
 *
 * @category Synthetic data
 * @example
 * ```ts
 * import { syntheticCityBatches } from "./syntheticCityBatches.ts";
 *
 * const [batch] = syntheticCityBatches({ households: 300, batchSize: 100 }).batches();
 * batch?.first; // => 0
 * batch?.households[0]?.id; // => "hh-000001"
 * batch?.enrollments.every((e) => e.householdId <= "hh-000100"); // => true
 * ```
 */
export interface SyntheticCityBatch {
  /** Position of the batch's first household in the whole city (0 for the first batch). */
  readonly first: number;
  /** The batch's households, in the city's order (the same records as `syntheticCity`'s). */
  readonly households: Household[];
  /** The enrolments of the batch's households, ordered by program year, then household. */
  readonly enrollments: Enrollment[];
}

/**
 * A synthetic city whose households arrive in batches: the centres up front, the households and their
 * enrolments from {@link SyntheticCityStream.batches}.
 *
 * @category Synthetic data
 * @example
 * ```ts
 * import { syntheticCityBatches } from "./syntheticCityBatches.ts";
 *
 * const city = syntheticCityBatches({ households: 3_200_000 });
 * [city.households, city.sites.length, city.programYears.length]; // => [3200000, 50, 10]
 * ```
 */
export interface SyntheticCityStream {
  /** Community centres with capacities: the same as `syntheticCity`'s for the same seed and `sites`. */
  readonly sites: Site[];
  /** Number of households the batches hold in all. */
  readonly households: number;
  /** The program id on every enrolment and centre. */
  readonly programId: string;
  /** Program (fiscal) years of the enrolments, 2016 … 2025. */
  readonly programYears: readonly number[];
  /**
   * Generates the city again from its seed and yields its households in batches of `batchSize`, in order, each
   * with its households' enrolments. Each call starts afresh (about twice the work of one pass; see
   * {@link syntheticCityBatches}).
   */
  batches(): Generator<SyntheticCityBatch, void, undefined>;
}

/**
 * The synthetic city of {@link syntheticCity}, generated in batches of households so that a city of millions of
 * households never has to be held as records: for a 3.2-million-household city, a few hundred MB of typed
 * arrays instead of several GB of objects. **With the same seed, size and model options it yields exactly the
 * records of `syntheticCity`** — the same households in the same order, the same centres, and the same
 * enrolments (within a batch ordered by program year, then household; sorted the same way, the concatenated
 * batches are `syntheticCity`'s list) — and it accepts up to 20 million households.
 *
 * How: `syntheticCity` draws households from one random stream in household order, but enrolments from another
 * stream year by year across all households (all of 2016, then 2017 …), each year depending on the year before
 * (retention). A household's enrolments therefore depend on the draws of every household before it in every
 * earlier year, and cannot be produced household by household from the enrolment stream alone. So `batches()`
 * makes two passes:
 *
 * 1. It draws every household without building records, keeping per household only what the enrolment model
 *    reads — youth and income-eligibility flags for the ten years (two bytes each), the distance term of the
 *    log-odds (eight bytes), the nearest and second-nearest centre (four bytes each) — then runs the enrolment
 *    stream exactly as `syntheticCity` does and keeps one two-byte code per household and year (enrolled or
 *    not, the day and which centre). About 40 bytes per household: 130 MB for 3.2 million.
 * 2. It draws the households again from the same seed, this time building records, one batch at a time, and
 *    attaches each batch's enrolments from the codes.
 *
 * Pure: no I/O, seeded randomness only; options are never mutated. Batches share frozen nested objects
 * (`attributes`, `categorical`, members) as `syntheticCity`'s records do. The ground truth (`syntheticCity`'s
 * `truth`) is not produced: compute what you need from the batches, or build the in-memory city when it fits.
 *
 * Cost: about twice the household draws of {@link syntheticCity} (each household is drawn in both passes) plus
 * the same enrolment draws; records are built only for the batch in hand. The city's draws cannot be split
 * across workers (they are one sequence), so generate once and write files (`scripts/synthetic-csv.ts`) when
 * the same city is read many times.
 *
 * @param options - Size, seed, program id, income limit, enrolment coefficients and batch size; see
 * {@link SyntheticCityBatchesOptions}.
 * @returns The centres and a `batches()` generator; see {@link SyntheticCityStream}.
 * @throws {EquityLensError} As {@link syntheticCity} (with `households` up to 20,000,000), and `not_integer` /
 * `out_of_range` for a bad `batchSize`. Options are checked when this function is called, not when iterating.
 * @category Synthetic data
 * @example
 * ```ts
 * import { syntheticCity, syntheticCityBatches } from "./index.ts";
 *
 * const stream = syntheticCityBatches({ seed: 42, households: 2000, batchSize: 500 });
 * const households = [];
 * let enrolments = 0;
 * for (const batch of stream.batches()) {
 *   households.push(...batch.households);
 *   enrolments += batch.enrollments.length;
 * }
 * const city = syntheticCity({ seed: 42, households: 2000 });
 * households.length; // => 2000
 * households[1999]?.id === city.households[1999]?.id; // => true
 * households[1999]?.annualIncome === city.households[1999]?.annualIncome; // => true
 * enrolments === city.enrollments.length; // => true
 * stream.sites[0]?.id === city.sites[0]?.id; // => true
 * ```
 */
export function syntheticCityBatches(options: SyntheticCityBatchesOptions = {}): SyntheticCityStream {
  const resolved = resolveCityOptions(options, FN, OPTION_KEYS, MAX_HOUSEHOLDS);
  const batchSize = options.batchSize === undefined ? 10000 : integer(options.batchSize, 'options.batchSize', FN, { min: 1, max: 1000000 });
  const { sites } = citySites(resolved);
  const programYears: number[] = [];
  for (let y = 0; y < YEAR_COUNT; y++) programYears.push(FIRST_PROGRAM_YEAR + y);
  return {
    sites,
    households: resolved.households,
    programId: resolved.programId,
    programYears,
    batches: () => generateBatches(resolved, sites, batchSize),
  };
}

/** What the enrolment model reads about every household, and the enrolment codes (see `enrolmentOutcomes`). */
interface EnrolmentState {
  readonly nearest: Int32Array;
  readonly second: Int32Array;
  readonly outcomes: Uint16Array;
}

/** Pass 1: draws every household without records and runs the enrolment stream. */
function enrolmentState(resolved: ResolvedCityOptions, sites: readonly Site[]): EnrolmentState {
  const n = resolved.households;
  const p: PropensityParameters = resolved.propensity;
  const youthBits = new Uint16Array(n);
  const eligibleBits = new Uint16Array(n);
  const effect = new Float64Array(n);
  const nearest = new Int32Array(n);
  const second = new Int32Array(n);
  const siteLng = Float64Array.from(sites, (s) => s.location[0]);
  const siteLat = Float64Array.from(sites, (s) => s.location[1]);
  const lng = new Float64Array(CHUNK);
  const lat = new Float64Array(CHUNK);
  const language = new Uint8Array(CHUNK);
  const distanceKm = new Float64Array(CHUNK);
  const drawer = new HouseholdDrawer(resolved.seed, n);
  for (let from = 0; from < n; from += CHUNK) {
    const count = Math.min(CHUNK, n - from);
    for (let i = 0; i < count; i++) {
      const h = from + i;
      drawer.draw(h, false);
      lng[i] = drawer.lng;
      lat[i] = drawer.lat;
      language[i] = drawer.language;
      youthBits[h] = drawer.youthBits;
      let eligible = 0;
      for (let y = 0; y < YEAR_COUNT; y++) {
        if (drawer.income <= (resolved.limits[y * (MAX_SIZE + 1) + drawer.size] as number)) eligible |= 1 << y;
      }
      eligibleBits[h] = eligible;
    }
    nearestSites(
      lng.subarray(0, count),
      lat.subarray(0, count),
      siteLng,
      siteLat,
      nearest.subarray(from, from + count),
      second.subarray(from, from + count),
      distanceKm.subarray(0, count),
    );
    for (let i = 0; i < count; i++) effect[from + i] = householdEffect(p, distanceKm[i] as number, language[i] as number);
  }
  return { nearest, second, outcomes: enrolmentOutcomes(resolved.seed, p, youthBits, eligibleBits, effect) };
}

function* generateBatches(resolved: ResolvedCityOptions, sites: readonly Site[], batchSize: number): Generator<SyntheticCityBatch, void, undefined> {
  const n = resolved.households;
  const { nearest, second, outcomes } = enrolmentState(resolved, sites);
  const drawer = new HouseholdDrawer(resolved.seed, n);
  const writer = new EnrollmentWriter(resolved.programId, sites);
  for (let first = 0; first < n; first += batchSize) {
    const end = Math.min(n, first + batchSize);
    const households = new Array<Household>(end - first);
    for (let h = first; h < end; h++) households[h - first] = drawer.draw(h, true) as Household;
    const enrollments: Enrollment[] = [];
    for (let y = 0; y < YEAR_COUNT; y++) {
      for (let h = first; h < end; h++) {
        const code = outcomes[h * YEAR_COUNT + y] as number;
        if (code !== 0) {
          enrollments.push(writer.record((households[h - first] as Household).id, y, code, nearest[h] as number, second[h] as number));
        }
      }
    }
    yield { first, households, enrollments };
  }
}
