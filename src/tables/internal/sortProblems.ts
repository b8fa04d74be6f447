/**
 * Puts problems in reading order: by table (households, persons, enrollments, sites), then row; problems of one
 * row keep the order they were found in (field order).
 *
 * @internal
 * @module
 */
import type { TableName, TableProblem } from '../types.ts';

const TABLE_ORDER: Record<TableName, number> = { households: 0, persons: 1, enrollments: 2, sites: 3 };

/**
 * Concatenates lists of problems (without spreading, which overflows the stack on large lists) and sorts them.
 *
 * @internal
 */
export function sortProblems(lists: readonly (readonly TableProblem[])[]): TableProblem[] {
  const out: TableProblem[] = [];
  for (const list of lists) for (let i = 0; i < list.length; i++) out.push(list[i] as TableProblem);
  // Array.prototype.sort is stable (ES2019), so a row's problems stay in field order.
  out.sort((a, b) => TABLE_ORDER[a.table] - TABLE_ORDER[b.table] || a.row - b.row);
  return out;
}
