/**
 * Deep freezing of bundled data, so a caller who edits a returned table cannot change the library's copy.
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
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
