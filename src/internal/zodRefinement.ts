/**
 * A cross-field rule written once (`Refinement`, shared with the plain checks of `plainChecks.ts`) as the
 * `.superRefine` callback of a zod schema.
 *
 * @internal
 * @module
 */
import type * as z from 'zod';
import type { Refinement } from './plainChecks.ts';

/**
 * The `.superRefine` callback that reports the rule's problems as zod `custom` issues.
 *
 * @internal
 */
export function superRefineWith<T>(rule: Refinement<T>): (value: T, ctx: z.RefinementCtx<T>) => void {
  return (value, ctx) => rule(value, (path, message) => ctx.addIssue({ code: 'custom', path, message }));
}
