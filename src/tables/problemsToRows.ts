import type { TableProblem } from './types.ts';

/**
 * One row of a problems file (`problems.csv`): every field as text, blank for none.
 *
 * @category Tables
 */
export interface TableProblemRow {
  /** `households`, `persons`, `enrollments` or `sites`. */
  readonly table: string;
  /** The row number as a spreadsheet shows it. */
  readonly row: string;
  /** The column as the header writes it. */
  readonly column: string;
  /** The raw cell. */
  readonly value: string;
  /** The record field. */
  readonly field: string;
  /** The stable problem code. */
  readonly code: string;
  /** `error` (the row became no record) or `warning`. */
  readonly severity: string;
  /** The row's record id. */
  readonly id: string;
  /** What is wrong and how to fix it. */
  readonly message: string;
}

/**
 * The columns of a problems file, in order.
 *
 * @category Tables
 */
export const TABLE_PROBLEM_COLUMNS: readonly (keyof TableProblemRow)[] = Object.freeze(['table', 'row', 'column', 'value', 'field', 'code', 'severity', 'id', 'message'] as const);

/**
 * Turns problems into flat rows of text for a problems file (`problems.csv`) or a spreadsheet: one row per problem,
 * the columns of {@link TABLE_PROBLEM_COLUMNS}, `null` written as an empty cell. Values are copied as they are: a
 * CSV writer must quote them, and should guard cells that start with `=`, `+`, `-` or `@` if the file will be
 * opened in a spreadsheet (the raw values come from the city's own data).
 *
 * @param problems - Problems from a mapper.
 * @returns One row per problem.
 * @category Tables
 * @example
 * ```ts
 * import { problemsToRows } from "./problemsToRows.ts";
 *
 * problemsToRows([{ table: "households", row: 5, column: "size", value: "2.5", field: "size", code: "not_integer", severity: "error", message: "size …", id: "H-4" }]);
 * // => [{ table: "households", row: "5", column: "size", value: "2.5", field: "size", code: "not_integer", severity: "error", id: "H-4", message: "size …" }]
 * ```
 */
export function problemsToRows(problems: readonly TableProblem[]): TableProblemRow[] {
  const rows = new Array<TableProblemRow>(problems.length);
  for (let i = 0; i < problems.length; i++) {
    const p = problems[i] as TableProblem;
    rows[i] = {
      table: p.table,
      row: String(p.row),
      column: p.column ?? '',
      value: p.value ?? '',
      field: p.field,
      code: p.code,
      severity: p.severity,
      id: p.id ?? '',
      message: p.message,
    };
  }
  return rows;
}
