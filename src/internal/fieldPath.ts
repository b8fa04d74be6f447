/**
 * Reading a record's field by a dotted path (`"attributes.district"`), shared by goal filters (`goals`) and the
 * scorecard's measures and disaggregations (`monitor`). Names on `Object.prototype` or `Array.prototype` are read
 * only as own properties, so a record never exposes its prototype.
 *
 * @internal
 * @module
 */

const pathCache = new Map<string, readonly string[]>();
/** How many paths the caches keep before they start over. */
export const PATH_CACHE_LIMIT = 4096;

/**
 * Names that exist on `Object.prototype` or `Array.prototype` (`constructor`, `__proto__`, `toString`, `map` …):
 * read only as own properties, so a record never exposes its prototype. Other names are read directly, which
 * keeps the lookup fast and lets class instances expose getters.
 */
const GUARDED: ReadonlySet<string> = new Set([...Object.getOwnPropertyNames(Object.prototype), ...Object.getOwnPropertyNames(Array.prototype)]);

/** Whether a field name is read only as an own property. */
export function isGuarded(name: string): boolean {
  return GUARDED.has(name);
}

/** The segments of a dotted field path; cached because strings are immutable. */
export function pathSegments(path: string): readonly string[] {
  let segments = pathCache.get(path);
  if (segments === undefined) {
    segments = path.split('.');
    if (pathCache.size >= PATH_CACHE_LIMIT) pathCache.clear();
    pathCache.set(path, segments);
  }
  return segments;
}

/** One step of a lookup: a `Map` entry, an own property for guarded names, else the property. */
export function step(container: object, key: string, guarded: boolean): unknown {
  if (container instanceof Map) return container.get(key);
  if (guarded && !Object.hasOwn(container, key)) return undefined;
  return (container as Record<string, unknown>)[key];
}

/**
 * Reads a field by its path segments. Returns `undefined` when any step is missing or the value is `null`.
 */
export function readField(record: unknown, segments: readonly string[]): unknown {
  let current: unknown = record;
  for (let i = 0; i < segments.length; i++) {
    if (current === null || typeof current !== 'object') return undefined;
    const key = segments[i] as string;
    current = step(current, key, GUARDED.has(key));
  }
  return current === null ? undefined : current;
}
