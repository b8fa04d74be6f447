import type { EquityGoal } from '../goals/EquityGoalSchema.ts';
import { describe, fail } from '../internal/errors.ts';
import { summarizerOf } from './internal/summarizer.ts';
import type { EvaluateGoalOptions } from './evaluateGoal.ts';
import type { HouseholdColumnNames } from './HouseholdColumns.ts';
import type { Scorecard } from './Scorecard.ts';
import type { GoalStreamData } from './summarizeGoalStream.ts';
import type { GoalPartial } from './GoalPartial.ts';
import { programYearOf } from './internal/prepare.ts';
import { scorePartial } from './internal/scorePartial.ts';
import { batchesOf, feed } from './internal/stream.ts';

const FN = 'evaluateGoalStream';

/**
 * Options of {@link evaluateGoalStream}: those of {@link evaluateGoal}, and which Arrow column holds which household
 * field (as {@link createGoalSummarizer}).
 *
 * @category Monitor
 */
export interface EvaluateGoalStreamOptions extends EvaluateGoalOptions {
  /** Column names of Arrow record batches (default: each field's own name; every other column an attribute). */
  readonly columns?: HouseholdColumnNames;
}

/**
 * Evaluates an equity goal on households that arrive in batches and returns the scorecard {@link evaluateGoal}
 * returns on all of them at once: summarise the stream ({@link createGoalSummarizer}), then score the partial state
 * as {@link scoreGoalPartial} does — without keeping a household.
 *
 * Memory: the enrolment index (one entry per enrolled household of the program: what the join of enrolments to
 * households and retention need by definition), the nearest-site index and the state per indicator, group and
 * year; never the households read (see `docs/scale.md`).
 *
 * Years: when `options.years` is left out they are inferred from the enrolments, as {@link evaluateGoal} infers
 * them (every year from the first to the last year with an enrolment in the program, up to the as-of year) —
 * except that the stream cannot know in advance which households will come, so enrolments of households never
 * read count too. When that makes a difference (a year whose only enrolments belong to absent households) the
 * scorecard says so in `warnings`; pass `options.years` to choose the years.
 *
 * @param goal - An equity goal (validated with `defineGoal`; raw JSON is accepted).
 * @param data - The households as batches, and enrolments, sites, eligibility and poverty tables (see {@link GoalStreamData}).
 * @param options - `asOf` (required), optional `years`, and the column names of Arrow batches.
 * @returns A promise of the {@link Scorecard}.
 * @throws {EquityLensError} (the promise rejects) as {@link evaluateGoal} does, and for a malformed batch
 *   (`data.households (batch k)`) or household (`data.households[i]`, `i` counted across batches); `empty` when the
 *   stream holds no household. An error the stream itself throws passes through.
 * @category Monitor
 * @example
 * ```ts
 * import { evaluateGoalStream } from "./evaluateGoalStream.ts";
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
 * async function* batches() {
 *   yield [{ id: "a", size: 2, attributes: { district: "1" } }, { id: "b", size: 2, attributes: { district: "1" } }];
 *   yield [{ id: "c", size: 2, attributes: { district: "2" } }, { id: "d", size: 2, attributes: { district: "2" } }];
 * }
 * const enrollments = [{ householdId: "a", programId: "youth", programYear: 2025 }, { householdId: "c", programId: "youth", programYear: 2025 }, { householdId: "d", programId: "youth", programYear: 2025 }];
 * const card = await evaluateGoalStream(goal, { households: batches(), enrollments }, { asOf: "2025-12-31" });
 * card.years; // => [2025]
 * card.indicators[0]?.overall[0]?.value; // => 0.75
 * card.indicators[0]?.dimensions[0]?.years[0]?.groups.map((g) => g.value); // => [0.5, 1]
 * ```
 */
export async function evaluateGoalStream(goal: EquityGoal | unknown, data: GoalStreamData, options: EvaluateGoalStreamOptions): Promise<Scorecard> {
  if (data === null || typeof data !== 'object') fail('invalid_type', 'data', `${FN}: data is ${describe(data)}; pass { households, enrollments, sites, eligibility }.`);
  const batches = batchesOf(data.households, FN);
  const { households: _, ...rest } = data;
  let read: ReadonlySet<number> = new Set();
  const inferred = options !== null && typeof options === 'object' && options.years === undefined;
  const summarizer = summarizerOf(goal, rest, options, FN, ['enrollments', 'sites', 'eligibility', 'povertyTables'], (accumulator) => {
    read = accumulator.yearsEnrolledRead();
  });
  await feed(summarizer, batches, FN);
  const partial = summarizer.finish();
  const card = scorePartial(partial, FN, { partitions: false });
  const warning = inferred ? inferenceWarning(partial, read) : null;
  return warning === null ? card : { ...card, warnings: [...card.warnings, warning] };
}

/**
 * A warning when the years inferred from every enrolment differ from those {@link evaluateGoal} infers from the
 * enrolments of the households read (`read`: the years they are enrolled in).
 */
function inferenceWarning(partial: GoalPartial, read: ReadonlySet<number>): string | null {
  const years = partial.years;
  const asOfYear = programYearOf(partial.asOf, partial.goal.yearBasis, 'options.asOf');
  const seen = [...read].filter((year) => year <= asOfYear);
  const first = seen.length === 0 ? asOfYear : Math.min(...seen);
  const last = seen.length === 0 ? asOfYear : Math.max(...seen);
  if (first === years[0] && last === years[years.length - 1]) return null;
  const span = (a: number, b: number): string => (a === b ? `${a}` : `${a}–${b}`);
  return `${FN}: the program years ${span(years[0] as number, years[years.length - 1] as number)} were inferred from every enrolment, including enrolments of households not in data.households; evaluateGoal, which counts only the households given, would evaluate ${span(first, last)}. Pass options.years to choose the years.`;
}
