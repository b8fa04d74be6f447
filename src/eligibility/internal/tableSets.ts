/**
 * Validation of city-supplied parameter tables, cached per array so a table set is checked once. The checks are
 * the plain mirrors of the tables' zod schemas (`tableChecks.ts`), so the functions that take tables do not
 * carry zod.
 *
 * @internal
 * @module
 */
import { describe, fail } from '../../internal/errors.ts';
import type { HudLimitsTable } from '../hudIncomeLimitsTables.ts';
import { type DatedTable, noOverlap } from './checks.ts';
import { HUD_TABLES, type TableKind } from './tableChecks.ts';
import { errorFromZod } from './zodIssues.ts';

/**
 * The kind each checked object was checked as: the {@link TableKind} of a table set, or {@link LIMITS} for one HUD
 * limits object. Keyed by kind, so a set checked as one kind is checked again when it is passed as another.
 */
const checked = new WeakMap<object, unknown>();

/** The key of a HUD limits object checked by {@link validatedHudLimits}. */
const LIMITS = 'HUD limits';

/**
 * Validates a set of tables of one kind with its schema's rules; tables of one set (of one group: a HUD area)
 * must not overlap in time. A set already checked as this kind is returned at once (the bundled sets too, after their
 * first use).
 *
 * @internal
 */
export function validatedTables<T extends DatedTable>(kind: TableKind<T>, tables: unknown, path: string, fn: string): readonly T[] {
  // A WeakMap's get is undefined for any value that is not an object, so non-objects need no guard.
  if (checked.get(tables as object) === kind) {
    return tables as readonly T[];
  }
  if (!Array.isArray(tables)) {
    fail('invalid_type', path, `${fn}: ${path} is ${describe(tables)}; expected an array of ${kind.name} tables.`);
  }
  tables.forEach((table, i) => {
    const issues = kind.issues(table);
    if (issues.length > 0) throw errorFromZod(fn, `${path}[${i}]`, issues, `a ${kind.name} table`, table);
  });
  const typed = tables as readonly T[];
  const groupOf = kind.groupOf;
  if (groupOf !== undefined) {
    const groups = new Map<string, { table: T; index: number }[]>();
    typed.forEach((table, index) => {
      const list = groups.get(groupOf(table)) ?? [];
      list.push({ table, index });
      groups.set(groupOf(table), list);
    });
    for (const list of groups.values()) {
      noOverlap(list.map((entry) => entry.table), path, fn, list.map((entry) => entry.index));
    }
  } else {
    noOverlap(typed, path, fn);
  }
  checked.set(tables, kind);
  return typed;
}

/**
 * Validates one HUD limits object (usually the result of `hudIncomeLimits`); an object already checked is returned
 * at once.
 *
 * @internal
 */
export function validatedHudLimits(limits: unknown, path: string, fn: string): HudLimitsTable {
  if (checked.get(limits as object) === LIMITS) {
    return limits as HudLimitsTable;
  }
  const issues = HUD_TABLES.issues(limits);
  if (issues.length > 0) throw errorFromZod(fn, path, issues, 'a HUD income limits table', limits);
  checked.set(limits as object, LIMITS);
  return limits as HudLimitsTable;
}
