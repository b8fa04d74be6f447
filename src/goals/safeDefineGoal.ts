import type { EquityGoal } from './EquityGoalSchema.ts';
import { EquityLensError } from '../internal/errors.ts';
import { validateGoal } from './internal/validateGoal.ts';

/**
 * The result of {@link safeDefineGoal}: the goal, or the error {@link defineGoal} would have thrown.
 *
 * @category Goals
 */
export type SafeDefineGoalResult =
  | {
      readonly success: true;
      readonly goal: EquityGoal;
      /** `deprecated:` warnings for 0.1 names the document still uses (accepted until 0.3), e.g. `progress: "hp2030"`. */
      readonly warnings: readonly string[];
    }
  | { readonly success: false; readonly error: EquityLensError };

/**
 * {@link defineGoal} without throwing: validates a goal and returns `{ success: true, goal }` or
 * `{ success: false, error }`, where `error.issues` lists every problem with its path and fix. Useful in a
 * configuration editor that shows all problems beside the fields. A valid document that still uses a 0.1 name
 * (`progress: "hp2030"`, `suppression.unstableAtOrBelow`) succeeds with the 0.2 name filled in and a
 * `deprecated:` entry in `warnings`.
 *
 * @param input - The goal, e.g. `JSON.parse(text)`.
 * @returns The validated goal with defaults filled in, or the error describing every problem.
 * @throws Never for bad input; problems are returned.
 * @category Goals
 * @example
 * ```ts
 * import { safeDefineGoal } from "./safeDefineGoal.ts";
 *
 * const result = safeDefineGoal({ id: "", version: 1 });
 * result.success; // => false
 * if (!result.success) {
 *   result.error.issues[0]?.path; // => "id"
 *   result.error.issues.some((issue) => issue.path === "indicators"); // => true
 * }
 * ```
 */
export function safeDefineGoal(input: unknown): SafeDefineGoalResult {
  const result = validateGoal(input, 'safeDefineGoal');
  if (result.success) return { success: true, goal: result.goal, warnings: result.warnings };
  return { success: false, error: EquityLensError.fromIssues('safeDefineGoal', result.issues) };
}
