/**
 * Deprecated names, accepted for one minor version (docs/conventions.md §2): the call works as before and the
 * result's `warnings` say what to write instead. Never the console.
 *
 * @internal
 * @module
 */
import { describe, fail } from './errors.ts';

/** The version in which deprecated names stop being accepted. */
export const DEPRECATED_UNTIL = '0.3.0';

/**
 * The warning a result carries when a deprecated name was used: it starts with `deprecated:` so a caller can
 * filter deprecations from other warnings.
 *
 * @internal
 */
export function deprecation(fn: string, used: string, replacement: string): string {
  return `deprecated: ${fn}: ${used} is now ${replacement}; the old name is accepted until ${DEPRECATED_UNTIL}.`;
}

/**
 * Reads an option that was renamed: the new key wins; the old key is accepted with a deprecation pushed onto
 * `deprecations`; both at once is an error (they could disagree).
 *
 * @internal
 */
export function renamedOption(
  options: object,
  name: string,
  oldName: string,
  path: string,
  fn: string,
  deprecations: string[],
): unknown {
  const record = options as Readonly<Record<string, unknown>>;
  const value = record[name];
  const old = record[oldName];
  if (old === undefined) return value;
  if (value !== undefined) {
    fail('invalid_value', `${path}.${oldName}`, `${fn}: ${path} gives both ${name} and its deprecated name ${oldName}; keep ${name} only.`);
  }
  deprecations.push(deprecation(fn, `${path}.${oldName}`, `${path}.${name}`));
  return old;
}

/**
 * Maps a deprecated spelling of an enumerated value to its 0.2 spelling, recording the deprecation; other
 * values pass through unchanged (the caller validates them).
 *
 * @internal
 */
export function renamedValue(value: unknown, renames: Readonly<Record<string, string>>, path: string, fn: string, deprecations: string[]): unknown {
  if (typeof value !== 'string' || !Object.hasOwn(renames, value)) return value;
  const replacement = renames[value] as string;
  deprecations.push(deprecation(fn, `${path} ${describe(value)}`, describe(replacement)));
  return replacement;
}
