/**
 * The comparison behind tests/conventions/examples.test.ts: a documented `// =>` value against the value the
 * example computes. Numbers agree to 1e-12 relative (the examples print full precision; the slack only absorbs
 * the last printed digit); typed arrays compare with arrays; objects compare key by key, so a missing or extra
 * key is a difference.
 */

function same(actual: unknown, expected: unknown): boolean {
  if (typeof expected === 'number' && typeof actual === 'number') {
    if (Number.isNaN(expected)) return Number.isNaN(actual);
    if (actual === expected) return true;
    return Math.abs(actual - expected) <= 1e-12 * Math.max(Math.abs(expected), Number.MIN_VALUE);
  }
  if (Array.isArray(expected)) {
    if (!(Array.isArray(actual) || ArrayBuffer.isView(actual))) return false;
    const list = Array.from(actual as ArrayLike<unknown>);
    return list.length === expected.length && expected.every((value, i) => same(list[i], value));
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return false;
    const a = actual as Record<string, unknown>;
    const e = expected as Record<string, unknown>;
    const keys = new Set([...Object.keys(a).filter((k) => a[k] !== undefined), ...Object.keys(e)]);
    return [...keys].every((key) => same(a[key], e[key]));
  }
  return Object.is(actual, expected) || (actual === 0 && expected === 0);
}

function show(value: unknown): string {
  if (ArrayBuffer.isView(value)) return `${value.constructor.name} ${JSON.stringify(Array.from(value as unknown as ArrayLike<number>))}`;
  return JSON.stringify(value) ?? String(value);
}

/** Throws when the example's value differs from the documented one. */
export function __check(actual: unknown, expected: unknown, where: string): void {
  if (!same(actual, expected)) {
    throw new Error(`${where}: the example documents ${show(expected)} but the code returns ${show(actual)}`);
  }
}
