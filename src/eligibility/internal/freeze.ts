/**
 * Deep freezing, shared in `src/internal/freeze.ts`; re-exported for eligibility's bundled tables and rule sets.
 *
 * @internal
 * @module
 */
export { deepFreeze } from '../../internal/freeze.ts';
