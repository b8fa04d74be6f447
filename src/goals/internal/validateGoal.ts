/**
 * Schema parse plus the checks a schema cannot express, with every problem collected.
 *
 * @internal
 * @module
 */
import type { EquityLensIssue } from '../../internal/errors.ts';
import { type EquityGoal, EquityGoalSchema } from '../EquityGoalSchema.ts';
import { goalIssues } from './goalChecks.ts';
import { parseWithIssues } from './issues.ts';
import { upgradeGoal } from './upgrade.ts';

/**
 * Validates a goal; returns it parsed (defaults filled in, 0.1 names rewritten to 0.2 names with a `deprecated:`
 * warning each) or every problem found.
 */
export function validateGoal(
  raw: unknown,
  fn: string,
): { readonly success: true; readonly goal: EquityGoal; readonly warnings: string[] } | { readonly success: false; readonly issues: EquityLensIssue[] } {
  const { input, warnings } = upgradeGoal(raw, fn);
  const parsed = parseWithIssues(EquityGoalSchema, input, fn, 'the goal');
  const semantic = goalIssues(input, fn);
  if (parsed.success && semantic.length === 0) return { success: true, goal: parsed.data, warnings };
  const issues = parsed.success ? semantic : [...parsed.issues, ...semantic.filter((s) => !parsed.issues.some((p) => p.path === s.path))];
  return { success: false, issues };
}
