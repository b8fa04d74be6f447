/**
 * Canonical orders for the monitor's partial state, so that equal states have equal JSON whatever the order in
 * which records were read or partial states merged. Locale-independent: every platform sorts the same way.
 *
 * @internal
 * @module
 */

/** Orders key tuples part by part, by UTF-16 code units (locale-independent, so partial states are canonical). */
export function compareTuples(a: readonly string[], b: readonly string[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i] as string;
    const y = b[i] as string;
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.length - b.length;
}

/** Distinct values in a canonical order: by type, then value. */
export function sortDistinct(values: unknown[]): unknown[] {
  const rank = (v: unknown): number => (typeof v === 'boolean' ? 0 : typeof v === 'number' ? 1 : typeof v === 'string' ? 2 : 3);
  return values.sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    if (ra !== rb) return ra - rb;
    if (ra === 3) {
      const ja = JSON.stringify(a);
      const jb = JSON.stringify(b);
      return ja < jb ? -1 : ja > jb ? 1 : 0;
    }
    return (a as number | string) < (b as number | string) ? -1 : (a as number | string) > (b as number | string) ? 1 : 0;
  });
}

