import type { EvaluateEligibilityOptions } from '../eligibility/evaluateEligibility.ts';
import type { EquityGoal } from '../goals/EquityGoalSchema.ts';
import type { Enrollment, Household } from '../internal/records.ts';
import type { ArrowRecordBatchLike, HouseholdColumnNames, HouseholdColumns } from './HouseholdColumns.ts';
import type { Site } from '../proximity/SiteSchema.ts';
import type { GoalEligibilityInput } from './evaluateGoal.ts';
import type { GoalPartial } from './GoalPartial.ts';
import type { SummarizeGoalOptions } from './summarizeGoal.ts';
import { checkSummaryOptions, summarizerOf } from './internal/summarizer.ts';

const FN = 'createGoalSummarizer';

/**
 * Everything a goal's evaluation reads except the households, which arrive in batches: enrolments, sites, how
 * eligibility is decided and poverty tables, as {@link GoalData} takes them. Each array is read once, when the
 * summarizer is created, and never modified.
 *
 * @category Monitor
 */
export interface GoalSummarizerData {
  /** Enrolments of this partition's households (those of other programs are ignored); indexed by household id up front. */
  readonly enrollments?: readonly Enrollment[];
  /** All the sites; needed by `distance` measures and the `distanceKm` field. */
  readonly sites?: readonly Site[];
  /**
   * How eligibility is decided, as for {@link evaluateGoal}. Rules and functions stream. `{ statusByYear }` is read
   * by position across batches — the *i*-th household added (counting every batch) takes `statusByYear.get(year)[i]`
   * — so its arrays, one status per household, are held whole: stream with rules or a function instead.
   */
  readonly eligibility?: GoalEligibilityInput;
  /** Poverty-guideline tables for the `fplPercent` field (default: the bundled HHS tables). */
  readonly povertyTables?: NonNullable<EvaluateEligibilityOptions['tables']>['poverty'];
}

/**
 * A batch of households given to {@link GoalSummarizer.add}: an array of household records, a columnar batch
 * ({@link HouseholdColumns}), or an Apache Arrow record batch ({@link ArrowRecordBatchLike}, columns found by
 * `options.columns`).
 *
 * @category Monitor
 */
export type HouseholdBatch = readonly Household[] | HouseholdColumns | ArrowRecordBatchLike;

/**
 * Options of {@link createGoalSummarizer}: those of {@link summarizeGoal}, and which Arrow column holds which
 * household field.
 *
 * @category Monitor
 */
export interface CreateGoalSummarizerOptions extends SummarizeGoalOptions {
  /** Column names of Arrow record batches (default: each field's own name; every other column an attribute). */
  readonly columns?: HouseholdColumnNames;
}

/**
 * Summarises a goal's evaluation from households that arrive in batches; made by {@link createGoalSummarizer}.
 *
 * @category Monitor
 */
export interface GoalSummarizer {
  /**
   * Adds a batch of households: records, columns or an Arrow record batch (checked as {@link evaluateGoal} checks
   * households; error paths count from the first household of the first batch, `data.households[offset + h]`, or
   * name the batch's column, `data.households (batch k).size`). An empty batch is allowed.
   *
   * @throws {EquityLensError} for a malformed household, a duplicate id (within the batch, or across batches for a
   *   household with an enrolment), a column of the wrong length or a missing id or size column, or when called
   *   after {@link GoalSummarizer.finish}.
   */
  add(batch: HouseholdBatch): void;
  /** The number of households added so far. */
  readonly households: number;
  /**
   * Ends the summary and returns the partial state; `add` throws afterwards.
   *
   * @throws {EquityLensError} `length_mismatch` when `eligibility.statusByYear` does not hold one status per household added.
   */
  finish(): GoalPartial;
}

/**
 * Creates a summarizer that takes a partition's households in batches — as a CSV reader, a database cursor or an
 * Arrow stream gives them — and returns the same partial state {@link summarizeGoal} returns on all of them at
 * once, for any split into batches: score it with {@link scoreGoalPartial} (after {@link mergeGoalPartials} with
 * other partitions' states) to get the scorecard {@link evaluateGoal} gives.
 *
 * Memory: the enrolment index (one entry per enrolled household of the program — what the join of enrolments to
 * households and retention, `enrolledPriorYear`, need by definition), the nearest-site index, and the state per
 * indicator, group and year (counts, exact sums, median histograms bounded by their resolution, distinct sets).
 * Never a household already added: each batch is read and released.
 *
 * Duplicate household ids are caught within a batch and, across batches, for households with an enrolment (the
 * index remembers them); catching every duplicate across batches would mean keeping every id.
 *
 * Batches may be arrays of households, columns ({@link HouseholdColumns}: arrays, typed arrays or
 * dictionary-encoded `{ dictionary, indices }`) or Apache Arrow record batches ({@link ArrowRecordBatchLike},
 * columns found by `options.columns`), mixed freely. Columns are read as columns: each record's values are set on one
 * reused record object (no object per record), and the groups of a dictionary-encoded attribute are assigned once per
 * dictionary entry. Eligibility rules and functions see each household of a columnar batch through one reused
 * object: read it, don't keep it.
 *
 * @param goal - An equity goal (validated with `defineGoal`; raw JSON is accepted).
 * @param data - Enrolments, sites, eligibility and poverty tables (see {@link GoalSummarizerData}); not the households.
 * @param options - `asOf` and `years` (both required, the same in every partition), the partition's name, and
 *   which Arrow column holds which household field (`columns`).
 * @returns The summarizer: `add(batch)` as often as needed, then `finish()`.
 * @throws {EquityLensError} as {@link summarizeGoal} does for the goal, the options and the data; `invalid_value`
 *   when `data` holds households (give them to `add`) or reach summaries.
 * @category Monitor
 * @example
 * ```ts
 * import { createGoalSummarizer } from "./createGoalSummarizer.ts";
 * import { scoreGoalPartial } from "./scoreGoalPartial.ts";
 *
 * const goal = {
 *   id: "demo", version: 1, title: "Demo", department: "PRNS", owner: "Analyst",
 *   objective: "Households enrol at equal rates",
 *   program: { id: "youth", name: "Youth programs", department: "PRNS" },
 *   populationOfFocus: { description: "All households" },
 *   reviewCadence: "annual",
 *   suppression: { minimumCellSize: 1 },
 *   indicators: [{
 *     id: "enrolled-share", name: "Share enrolled", rbaKind: "howWell", recordSet: "householdYears",
 *     measure: { kind: "share", numerator: { field: "enrolled", op: "eq", value: true } },
 *     unit: "proportion", direction: "higherIsBetter",
 *     disaggregations: [{ id: "district", field: "attributes.district" }],
 *     dataSource: { name: "Registrations", steward: "PRNS" },
 *   }],
 * };
 * const enrollments = [{ householdId: "a", programId: "youth", programYear: 2025 }, { householdId: "c", programId: "youth", programYear: 2025 }, { householdId: "d", programId: "youth", programYear: 2025 }];
 * const summarizer = createGoalSummarizer(goal, { enrollments }, { asOf: "2025-12-31", years: [2025] });
 * summarizer.add([{ id: "a", size: 2, attributes: { district: "1" } }, { id: "b", size: 2, attributes: { district: "1" } }]);
 * summarizer.add([{ id: "c", size: 2, attributes: { district: "2" } }, { id: "d", size: 2, attributes: { district: "2" } }]);
 * summarizer.households; // => 4
 * const card = scoreGoalPartial(summarizer.finish());
 * card.indicators[0]?.overall[0]?.value; // => 0.75
 * card.indicators[0]?.dimensions[0]?.years[0]?.groups.map((g) => g.value); // => [0.5, 1]
 *
 * // The same households as one columnar batch, the district dictionary-encoded:
 * const columnar = createGoalSummarizer(goal, { enrollments }, { asOf: "2025-12-31", years: [2025] });
 * columnar.add({
 *   length: 4,
 *   id: ["a", "b", "c", "d"],
 *   size: Int32Array.of(2, 2, 2, 2),
 *   attributes: { district: { dictionary: ["1", "2"], indices: Int32Array.of(0, 0, 1, 1) } },
 * });
 * scoreGoalPartial(columnar.finish()).indicators[0]?.overall[0]?.value; // => 0.75
 * ```
 */
export function createGoalSummarizer(goal: EquityGoal | unknown, data: GoalSummarizerData, options: CreateGoalSummarizerOptions): GoalSummarizer {
  checkSummaryOptions(options, FN);
  return summarizerOf(goal, data, options, FN, ['enrollments', 'sites', 'eligibility', 'povertyTables']);
}
