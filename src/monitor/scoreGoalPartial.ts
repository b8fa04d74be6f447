import { EquityLensError } from '../internal/errors.ts';
import { validateGoal } from '../goals/internal/validateGoal.ts';
import type { GoalPartial } from './GoalPartial.ts';
import type { Scorecard } from './Scorecard.ts';
import { checkPartial } from './internal/partial.ts';
import { scorePartial } from './internal/scorePartial.ts';

const FN = 'scoreGoalPartial';

/**
 * Publishes the scorecard of a (merged) partial state: values with their intervals per indicator, group and year,
 * small-cell suppression and reliability flags on the merged counts, comparisons with the reference group, trends,
 * progress toward targets and status — the last step of summarise ({@link summarizeGoal}) → merge
 * ({@link mergeGoalPartials}) → score.
 *
 * The scorecard is the one {@link evaluateGoal} gives on all the partitions' records together, number for number
 * (it runs the same scoring code on the same state); its provenance also lists the partitions merged
 * (`provenance.partitions`). Medians over more than 4,096 distinct values in a cell are medians of values rounded
 * to 1 m (distances) or 12 significant bits — in `evaluateGoal` too.
 *
 * @param partial - A partial state (parsed JSON is accepted), usually merged from every partition.
 * @returns A JSON-serialisable {@link Scorecard}.
 * @throws {EquityLensError} `invalid_value` when the input is not a version-1 partial state (the path names the
 *   field); `empty` when it holds no household; the goal's own validation errors if its goal was altered; and, as
 *   {@link evaluateGoal}, `missing_field` when a disaggregation's field is on no record.
 * @category Monitor
 * @example
 * ```ts
 * import { mergeGoalPartials } from "./mergeGoalPartials.ts";
 * import { scoreGoalPartial } from "./scoreGoalPartial.ts";
 * import { summarizeGoal } from "./summarizeGoal.ts";
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
 * const options = { asOf: "2025-12-31", years: [2025] };
 * const east = summarizeGoal(goal, {
 *   households: [{ id: "a", size: 2, attributes: { district: "1" } }, { id: "b", size: 2, attributes: { district: "1" } }],
 *   enrollments: [{ householdId: "a", programId: "youth", programYear: 2025 }],
 * }, options);
 * const west = summarizeGoal(goal, {
 *   households: [{ id: "c", size: 2, attributes: { district: "2" } }, { id: "d", size: 2, attributes: { district: "2" } }],
 *   enrollments: [{ householdId: "c", programId: "youth", programYear: 2025 }, { householdId: "d", programId: "youth", programYear: 2025 }],
 * }, options);
 * const card = scoreGoalPartial(mergeGoalPartials(east, west));
 * card.indicators[0]?.overall[0]?.value; // => 0.75
 * card.indicators[0]?.dimensions[0]?.years[0]?.groups.map((g) => g.value); // => [0.5, 1]
 * ```
 */
export function scoreGoalPartial(partial: GoalPartial): Scorecard {
  checkPartial(partial, 'partial', FN);
  // The goal inside was validated when summarised; validating again catches a hand-edited file before scoring.
  const validated = validateGoal(partial.goal, 'defineGoal');
  if (!validated.success) throw EquityLensError.fromIssues('defineGoal', validated.issues);
  return scorePartial({ ...partial, goal: validated.goal }, FN, { partitions: true });
}
