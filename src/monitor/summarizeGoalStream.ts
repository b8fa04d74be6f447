import type { EquityGoal } from '../goals/EquityGoalSchema.ts';
import { describe, fail } from '../internal/errors.ts';
import type { CreateGoalSummarizerOptions, GoalSummarizerData, HouseholdBatch } from './createGoalSummarizer.ts';
import { checkSummaryOptions, summarizerOf } from './internal/summarizer.ts';
import type { GoalPartial } from './GoalPartial.ts';
import { batchesOf, feed } from './internal/stream.ts';

const FN = 'summarizeGoalStream';

/**
 * The records of a streamed evaluation: the households as batches that arrive one at a time, and everything else
 * as {@link GoalSummarizerData}.
 *
 * @category Monitor
 */
export interface GoalStreamData extends GoalSummarizerData {
  /**
   * The households, batch by batch: an async iterable (an async generator reading a CSV stream, a database
   * cursor, Arrow record batches mapped to households) or an iterable (an array of batches). Each batch is read
   * once and not kept.
   */
  readonly households: AsyncIterable<HouseholdBatch> | Iterable<HouseholdBatch>;
}

/**
 * Summarises one partition's households from a stream of batches: {@link createGoalSummarizer}, every batch
 * added in order, then `finish()` — the partial state {@link summarizeGoal} returns on all the households at once.
 * Memory as {@link createGoalSummarizer}: the enrolment index and the state per indicator, group and year, never
 * the households read.
 *
 * @param goal - An equity goal (validated with `defineGoal`; raw JSON is accepted).
 * @param data - The households as batches, and enrolments, sites, eligibility and poverty tables (see {@link GoalStreamData}).
 * @param options - `asOf` and `years` (both required, the same in every partition), the partition's name, and
 *   the column names of Arrow batches (as {@link createGoalSummarizer}).
 * @returns A promise of the partial state (plain JSON, format `"equity-lens/goal-partial"` version 1).
 * @throws {EquityLensError} (the promise rejects) as {@link createGoalSummarizer} does, for a malformed batch
 *   (`data.households (batch k)`) or household (`data.households[i]`, `i` counted across batches); an error the
 *   stream itself throws passes through.
 * @category Monitor
 * @example
 * ```ts
 * import { summarizeGoalStream } from "./summarizeGoalStream.ts";
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
 *     dataSource: { name: "Registrations", steward: "PRNS" },
 *   }],
 * };
 * async function* batches() {
 *   yield [{ id: "a", size: 2, attributes: {} }, { id: "b", size: 3, attributes: {} }];
 *   yield [{ id: "c", size: 1, attributes: {} }];
 * }
 * const enrollments = [{ householdId: "a", programId: "youth", programYear: 2025 }];
 * const partial = await summarizeGoalStream(goal, { households: batches(), enrollments }, { asOf: "2025-12-31", years: [2025] });
 * partial.indicators[0]?.overall[0]; // => { records: 3, events: 1, num: 1, den: 3 }
 * ```
 */
export async function summarizeGoalStream(goal: EquityGoal | unknown, data: GoalStreamData, options: CreateGoalSummarizerOptions): Promise<GoalPartial> {
  checkSummaryOptions(options, FN);
  if (data === null || typeof data !== 'object') fail('invalid_type', 'data', `${FN}: data is ${describe(data)}; pass { households, enrollments, sites, eligibility }.`);
  const batches = batchesOf(data.households, FN);
  const { households: _, ...rest } = data;
  const summarizer = summarizerOf(goal, rest, options, FN, ['enrollments', 'sites', 'eligibility', 'povertyTables']);
  await feed(summarizer, batches, FN);
  return summarizer.finish();
}
