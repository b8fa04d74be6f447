import type { GoalPartial } from './GoalPartial.ts';
import { checkPartial, mergePartials } from './internal/partial.ts';

const FN = 'mergeGoalPartials';

/**
 * Merges the partial states of two **disjoint** partitions of a city's households (from {@link summarizeGoal}, or
 * from earlier merges) into the partial state of their union.
 *
 * Counts add, exact sums add exactly, value histograms and distinct sets unite, group lists unite, provenance
 * lists every partition; everything is kept in a canonical order, so the merge is associative and commutative on
 * the JSON itself: any split of the households, summarised and merged in any order or tree shape, gives the same
 * state — and {@link scoreGoalPartial} gives the scorecard {@link evaluateGoal} gives on all of them. Suppression,
 * comparisons, trends and status are computed only when scoring, on the merged counts, never per partition.
 *
 * A household in two partitions cannot be detected from the states: it would be counted twice.
 *
 * @param a - A partial state (parsed JSON is accepted).
 * @param b - Another, summarised with the same library version, goal, `asOf`, `years`, sites and eligibility
 *   input.
 * @returns The partial state of the union; neither input is modified.
 * @throws {EquityLensError} `invalid_value` when either input is not a version-1 partial state (the path names the
 *   field) or the two were summarised differently (the message names what differs and how to fix it);
 *   `length_mismatch` when cells and years disagree.
 * @category Monitor
 * @example
 * ```ts
 * import { mergeGoalPartials } from "./mergeGoalPartials.ts";
 * import { summarizeGoal } from "./summarizeGoal.ts";
 *
 * const goal = {
 *   id: "demo", version: 1, title: "Demo", department: "PRNS", owner: "Analyst",
 *   objective: "Families live near a centre",
 *   program: { id: "youth", name: "Youth programs", department: "PRNS" },
 *   populationOfFocus: { description: "All households" },
 *   reviewCadence: "annual",
 *   indicators: [{
 *     id: "distance", name: "Median distance", rbaKind: "howWell", recordSet: "households",
 *     measure: { kind: "distance", statistic: "median" },
 *     unit: "km", direction: "lowerIsBetter",
 *     dataSource: { name: "Addresses", steward: "PRNS" },
 *   }],
 * };
 * const sites = [{ id: "centre", location: [0, 0] as [number, number] }];
 * const options = { asOf: "2025-12-31", years: [2025] };
 * const east = summarizeGoal(goal, { households: [{ id: "a", size: 2, attributes: {}, location: [0.01, 0] as [number, number] }], sites }, options);
 * const west = summarizeGoal(goal, { households: [{ id: "b", size: 2, attributes: {}, location: [0.02, 0] as [number, number] }], sites }, options);
 * const city = mergeGoalPartials(east, west);
 * city.records.households; // => 2
 * city.indicators[0]?.overall[0]?.histogram?.counts; // => [1, 1]
 * JSON.stringify(mergeGoalPartials(west, east)) === JSON.stringify(city); // => true
 * ```
 */
export function mergeGoalPartials(a: GoalPartial, b: GoalPartial): GoalPartial {
  checkPartial(a, 'a', FN);
  checkPartial(b, 'b', FN);
  return mergePartials(a, b, FN);
}
