/**
 * Deep freezing of bundled data and validated documents, so a caller who edits a returned table or mapping cannot
 * change the library's copy. Shared by eligibility (bundled tables, rule sets) and tables (mappings).
 *
 * @internal
 * @module
 */

/**
 * Freezes an object and everything reachable from it; returns it.
 *
 * @internal
 */
export function deepFreeze<T>(value: T): T {
  // null passes the typeof test but counts as frozen, as every primitive does.
  if (typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value as object)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
