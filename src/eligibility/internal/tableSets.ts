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

const checked = new WeakSet<object>();

/**
 * Validates a set of tables of one kind with its schema's rules; tables of one set (of one group: a HUD area)
 * must not overlap in time. Bundled tables and sets already checked are returned at once.
 *
 * @internal
 */
export function validatedTables<T extends DatedTable>(kind: TableKind<T>, tables: unknown, path: string, fn: string): readonly T[] {
  if (tables === kind.bundled || (typeof tables === 'object' && tables !== null && checked.has(tables))) {
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
  checked.add(tables);
  return typed;
}

/**
 * Validates one HUD limits object (usually the result of `hudIncomeLimits`).
 *
 * @internal
 */
export function validatedHudLimits(limits: unknown, path: string, fn: string): HudLimitsTable {
  if (typeof limits === 'object' && limits !== null && (checked.has(limits) || HUD_TABLES.bundled.includes(limits as HudLimitsTable))) {
    return limits as HudLimitsTable;
  }
  const issues = HUD_TABLES.issues(limits);
  if (issues.length > 0) throw errorFromZod(fn, path, issues, 'a HUD income limits table', limits);
  checked.add(limits as object);
  return limits as HudLimitsTable;
}
