/**
 * Small-cell suppression of one list of counts, optionally against its total (a one-way table): the step of
 * {@link suppressCounts} after its input checks, shared with the monitor, which suppresses counts it produced
 * itself under a policy it built from the goal.
 *
 * @internal
 * @module
 */
import type { DisclosurePolicy } from '../defineDisclosurePolicy.ts';
import { type Grid, complementarySuppression, primarySuppression } from './complementary.ts';

/**
 * Primary suppression of every count (and the total), then, when the policy asks for it, complementary
 * suppression so no withheld count can be recovered from the total. `values` holds the `k` counts and, when
 * `withTotal`, their sum at index `k`. Returns the grid and each entry's state (`PUBLISHED`, `PRIMARY`,
 * `COMPLEMENTARY` of `complementary.ts`).
 */
export function oneWaySuppression(values: Float64Array, withTotal: boolean, policy: DisclosurePolicy): { readonly grid: Grid; readonly state: Uint8Array } {
  const k = withTotal ? values.length - 1 : values.length;
  const state = primarySuppression(values, policy);
  const grid: Grid = {
    values,
    // Only the bridge rule of two-way tables reads isMargin; a one-way line's complement is chosen among its parts.
    isMargin: new Uint8Array(values.length),
    // Stryker disable next-line ArrayDeclaration: equivalent — without a total lineTotal is empty, so no line exists and lineParts is never read
    lineParts: withTotal ? [Int32Array.from({ length: k }, (_, i) => i)] : [],
    lineTotal: withTotal ? Int32Array.of(k) : new Int32Array(0),
    endpoints: null,
  };
  if (policy.complementary) complementarySuppression(grid, state, policy.complementaryPreference);
  return { grid, state };
}
