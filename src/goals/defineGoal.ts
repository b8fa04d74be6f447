import type { EquityGoal } from './EquityGoalSchema.ts';
import { EquityLensError } from '../internal/errors.ts';
import { validateGoal } from './internal/validateGoal.ts';

/**
 * Validates an equity goal written as data (a JSON document, a YAML file read by the caller, or a TypeScript
 * object literal) and returns it with every default filled in.
 *
 * Beyond the schema ({@link EquityGoalSchema}), it checks what a type cannot: indicator ids are unique; a
 * target year comes after its baseline year; a share's baseline, target and absolute tolerance are proportions
 * (≤ 1; 60 is "60 %, write 0.6"); a relative tolerance is ≤ 1 (10 is "write 10 % as 0.1"); bins have
 * unique labels, one form (values or a range) and min < max, no value sits in two bins and no ranges overlap; a named reference
 * group is one of the bins of its dimension when bins are given; intersections name existing dimensions;
 * `shareWithin` distances have a radius; `nextReviewOn` comes after `adoptedOn`. A filter's value must fit its
 * operator (a list for `in`, `[low, high]` with low ≤ high for `between`, …).
 *
 * Every problem is reported at once, each with its path (`indicators[0].parityBand.relative`), a code and a
 * fix; unknown fields get the nearest valid name as a hint. The input is not modified.
 *
 * Framework: City of San José data-equity framework (MOTI, 2021): step 1 equity objective, step 2 equity metric.
 *
 * @param input - The goal, e.g. `JSON.parse(text)`; write object literals with `satisfies EquityGoalInput`.
 * 0.1 names (`progress: "hp2030"`, `suppression.unstableAtOrBelow`) are accepted until 0.3 and returned under
 * their 0.2 names; {@link safeDefineGoal} and `evaluateGoal` report them as `deprecated:` warnings.
 *
 * @returns The validated goal, with defaults (reference group `"best"`, trend `"theilSen"`, progress
 *   `"healthyPeople"`, confidence 0.95, CMS suppression, calendar years) filled in.
 * @throws {EquityLensError} `invalid_schema` (or the single problem's own code) listing every problem in
 *   `issues`; each issue has `code`, `path`, `message` and, for typos, a `hint`.
 * @category Goals
 * @example
 * ```ts
 * import { defineGoal } from "./defineGoal.ts";
 *
 * const goal = defineGoal({
 *   id: "prns-youth-scholarship-equity",
 *   version: 1,
 *   title: "Youth scholarships reach eligible families equitably",
 *   program: { id: "prns-youth-scholarship", name: "Citywide Scholarship Program", department: "PRNS" },
 *   department: "PRNS",
 *   owner: "PRNS Recreation Services",
 *   objective: "Equal program penetration across household size and income.",
 *   populationOfFocus: { description: "Eligible households", filter: { field: "eligible", op: "eq", value: true } },
 *   indicators: [{
 *     id: "penetration",
 *     name: "Share of eligible households enrolled",
 *     rbaKind: "howWell",
 *     recordSet: "householdYears",
 *     measure: {
 *       kind: "share",
 *       denominator: { field: "eligible", op: "eq", value: true },
 *       numerator: { field: "enrolled", op: "eq", value: true },
 *     },
 *     unit: "proportion",
 *     direction: "higherIsBetter",
 *     parityBand: { relative: 0.1 },
 *     dataSource: { name: "Registrations", steward: "PRNS" },
 *   }],
 *   reviewCadence: "annual",
 * });
 * goal.indicators[0]?.referenceGroup; // => "best"
 *
 * try {
 *   defineGoal({ ...goal, indicators: [{ ...goal.indicators[0], parityBand: { relative: 10 } }] });
 * } catch (error) {
 *   (error as { path: string }).path; // => "indicators[0].parityBand.relative"
 * }
 * ```
 */
export function defineGoal(input: unknown): EquityGoal {
  const result = validateGoal(input, 'defineGoal');
  if (!result.success) throw EquityLensError.fromIssues('defineGoal', result.issues);
  return result.goal;
}
