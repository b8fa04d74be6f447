/**
 * Differential testing of the plain checks (`src/internal/plainChecks.ts`) against the zod schemas they mirror:
 * documents mutated from a valid one, and a comparison of the issues both report.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import type * as z from 'zod';

/** The issue fields the library reads (paths, codes and messages of its errors come from these). */
const FIELDS = ['code', 'path', 'message', 'expected', 'origin', 'minimum', 'maximum', 'inclusive', 'exact', 'format', 'pattern', 'values', 'keys'] as const;

/** An issue reduced to {@link FIELDS}, for comparison. */
export function comparable(issues: readonly object[]): Record<string, unknown>[] {
  return issues.map((issue) => {
    const out: Record<string, unknown> = {};
    for (const field of FIELDS) {
      const value = (issue as Record<string, unknown>)[field];
      if (value !== undefined) out[field] = value;
    }
    return out;
  });
}

/** The issues zod reports for `value` (none when it parses). */
export function zodIssues(schema: z.ZodType, value: unknown): Record<string, unknown>[] {
  const parsed = schema.safeParse(value);
  return parsed.success ? [] : comparable(parsed.error.issues);
}

/** Values that sit on the edges of the checks: wrong types, non-finite and unsafe numbers, bad dates, bounds. */
const edgeValues: unknown[] = [
  undefined,
  null,
  Number.NaN,
  Infinity,
  -Infinity,
  0,
  -0,
  -1,
  1,
  1.5,
  1e300,
  -1e300,
  2 ** 53,
  -(2 ** 53),
  1899,
  1900,
  1969,
  1970,
  2200,
  2201,
  '',
  'x',
  '\u{1F600}',
  '2025-02-30',
  '2025-13-01',
  '2024-02-29',
  '2023-02-29',
  '2025-04-01',
  '1999-12-31',
  '2025-4-1',
  'contiguous',
  'alaska',
  'none',
  'ceil-50',
  'published',
  'derived',
  '2025-26',
  '25-26',
  true,
  false,
  [],
  {},
  [1, 2, 3],
  [1, 2, 3, 4, 5, 6, 7, 8],
  [8, 7, 6, 5, 4, 3, 2, 1],
  [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
  [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
  ['1', 2],
  { title: 't', url: 'u' },
  new Date(0),
];

/** A value for a mutated field: an edge value, a number near typical table figures, a string or anything. */
export const edgeValueArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...edgeValues) },
  { weight: 3, arbitrary: fc.integer({ min: -10, max: 300_000 }) },
  { weight: 1, arbitrary: fc.double({ noNaN: false }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
);

type Path = (string | number)[];

function pathsOf(value: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...at, i], out));
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) pathsOf(item, [...at, key], out);
  return out;
}

interface Mutation {
  readonly pick: number;
  readonly action: 'set' | 'delete' | 'addKey' | 'push' | 'nudge';
  readonly value: unknown;
  readonly key: string;
  readonly delta: number;
}

function apply(document: unknown, paths: readonly Path[], m: Mutation): unknown {
  const path = paths[m.pick % paths.length] as Path;
  if (path.length === 0) {
    if (m.action === 'set') return m.value;
    if (m.action === 'addKey' && document !== null && typeof document === 'object' && !Array.isArray(document)) (document as Record<string, unknown>)[m.key] = m.value;
    return document;
  }
  let parent: unknown = document;
  for (const key of path.slice(0, -1)) {
    if (parent === null || typeof parent !== 'object') return document;
    parent = (parent as Record<string | number, unknown>)[key];
  }
  if (parent === null || typeof parent !== 'object') return document;
  const last = path[path.length - 1] as string | number;
  const holder = parent as Record<string | number, unknown>;
  const current = holder[last];
  switch (m.action) {
    case 'set':
      holder[last] = m.value;
      break;
    case 'delete':
      if (Array.isArray(holder)) holder.splice(Number(last), 1);
      else delete holder[last];
      break;
    case 'addKey':
      if (current !== null && typeof current === 'object' && !Array.isArray(current)) (current as Record<string, unknown>)[m.key] = m.value;
      break;
    case 'push':
      if (Array.isArray(current)) current.push(typeof m.value === 'number' ? m.value : current[current.length - 1]);
      break;
    case 'nudge':
      if (typeof current === 'number') holder[last] = current + m.delta;
      break;
  }
  return document;
}

/** Documents made from `valid` by zero to four mutations: a field set, deleted, nudged, a key added, an item pushed. */
export function mutatedArb(valid: unknown): fc.Arbitrary<unknown> {
  const paths = pathsOf(valid);
  const mutation: fc.Arbitrary<Mutation> = fc.record({
    pick: fc.nat(),
    action: fc.constantFrom('set', 'set', 'set', 'delete', 'addKey', 'push', 'nudge', 'nudge'),
    value: edgeValueArb,
    key: fc.constantFrom('extra', 'notes', 'id', 'effectiveTo', '__proto__', 'constructor'),
    delta: fc.integer({ min: -200_000, max: 200_000 }),
  });
  return fc.array(mutation, { maxLength: 4 }).map((mutations) => {
    let document: unknown = structuredClone(valid);
    for (const m of mutations) document = apply(document, paths, m);
    return document;
  });
}

/** Asserts that the plain check reports exactly zod's issues for `value`. */
export function expectSameIssues(schema: z.ZodType, plain: (value: unknown) => readonly object[], value: unknown): void {
  expect(comparable(plain(value))).toEqual(zodIssues(schema, value));
}
