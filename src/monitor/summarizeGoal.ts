import { describe, fail } from '../internal/errors.ts';
import type { Household } from '../internal/records.ts';
import type { EquityGoal } from '../goals/EquityGoalSchema.ts';
import type { GoalData } from './evaluateGoal.ts';
import type { GoalPartial } from './GoalPartial.ts';
import { checkSummaryOptions, summarizerOf } from './internal/summarizer.ts';

const FN = 'summarizeGoal';

/**
 * Options of {@link summarizeGoal}.
 *
 * @category Monitor
 */
export interface SummarizeGoalOptions {
  /** The as-of date, `YYYY-MM-DD`, the same in every partition. Required. */
  asOf: string;
  /**
   * The program years to evaluate, the same in every partition. Required: one partition may see no enrolment in
   * a year another sees, so the years cannot be inferred per partition as `evaluateGoal` infers them.
   */
  years: readonly number[];
  /** A name for this partition, recorded in the provenance (`"3/8"`, a file name …); default `null`. */
  partition?: string;
}

/**
 * Summarises one partition of a city's records into the mergeable partial state of a goal's evaluation — the
 * first of three steps (summarise each partition → {@link mergeGoalPartials} → {@link scoreGoalPartial}) that
 * give the scorecard {@link evaluateGoal} gives on all the records, for cities too big for one process.
 *
 * Partition the **households** (for instance by a hash of their id) and give each partition its households'
 * enrolments: a household and all of its program years must be in one partition, because retention
 * (`enrolledPriorYear`) and the join of enrolments to households read them together. Give every partition the
 * same goal, sites, eligibility input, `asOf` and `years`.
 *
 * The state holds, per indicator, group and program year, only what the measure needs and what merges exactly:
 * counts (shares, rates, counts — as `mergeReach` adds them), exact sums of values and of their squares (means,
 * ratios with sum fields; Shewchuk expansions, as Python's `math.fsum`), a value histogram (medians: exact
 * values while the cell holds at most 4,096 distinct values, then values rounded to 1 m for distances or to 12
 * significant bits for other fields, so a median is off by at most 0.5 m or 2⁻¹³ of its value) and the distinct
 * values (`count` with `distinct`). It never holds a record. Memory and size grow with groups × years ×
 * indicators, except histograms (at most the value range over the resolution per cell) and distinct sets (the
 * number of distinct values). The format is documented in `docs/scale.md`.
 *
 * @param goal - An equity goal (validated with `defineGoal`; raw JSON is accepted).
 * @param data - This partition's households and their enrolments; all the sites; how eligibility is decided (as
 *   for {@link evaluateGoal}; `eligibility.statusByYear` lists this partition's households in order). Not `reach`.
 * @param options - `asOf` and `years` (both required, the same in every partition) and the partition's name.
 * @returns The partial state: plain JSON (`JSON.stringify` it to send it elsewhere), format
 *   `"equity-lens/goal-partial"` version 1, with provenance.
 * @throws {EquityLensError} as {@link evaluateGoal} does, and `missing_field` when `options.years` is missing.
 * @category Monitor
 * @example
 * ```ts
 * import { summarizeGoal } from "./summarizeGoal.ts";
 *
 * const goal = {
 *   id: "demo", version: 1, title: "Demo", department: "PRNS", owner: "Analyst",
 *   objective: "Households enrol at equal rates",
 *   program: { id: "youth", name: "Youth programs", department: "PRNS" },
 *   populationOfFocus: { description: "All households" },
 *   reviewCadence: "annual",
 *   indicators: [{
 *     id: "enrolled-share", name: "Share enrolled", rbaKind: "howWell", recordSet: "householdYears",
 *     measure: { kind: "share", numerator: { field: "enrolled", op: "eq", value: true } },
 *     unit: "proportion", direction: "higherIsBetter",
 *     disaggregations: [{ id: "district", field: "attributes.district" }],
 *     dataSource: { name: "Registrations", steward: "PRNS" },
 *   }],
 * };
 * const households = [{ id: "a", size: 2, attributes: { district: "1" } }, { id: "b", size: 3, attributes: { district: "2" } }];
 * const enrollments = [{ householdId: "a", programId: "youth", programYear: 2025 }];
 * const partial = summarizeGoal(goal, { households, enrollments }, { asOf: "2025-12-31", years: [2025], partition: "1/2" });
 * partial.format; // => "equity-lens/goal-partial"
 * partial.indicators[0]?.overall[0]; // => { records: 2, events: 1, num: 1, den: 2 }
 * partial.indicators[0]?.dimensions[0]?.groups; // => [["1"], ["2"]]
 * ```
 */
export function summarizeGoal(goal: EquityGoal | unknown, data: GoalData, options: SummarizeGoalOptions): GoalPartial {
  checkSummaryOptions(options, FN);
  if (data !== null && typeof data === 'object' && !Array.isArray(data.households) && data.reach === undefined) {
    fail('missing_field', 'data.households', `${FN}: data.households is ${describe(data.households)}; pass this partition's households as an array.`);
  }
  // One batch: the same steps as a stream of batches (createGoalSummarizer).
  const summarizer = summarizerOf(goal, data, options, FN, ['households', 'enrollments', 'sites', 'eligibility', 'povertyTables', 'reach']);
  summarizer.add(data.households as readonly Household[]);
  return summarizer.finish();
}
