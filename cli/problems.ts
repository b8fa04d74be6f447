/**
 * The problem rows of a run, bounded: every problem is counted (by code and severity), but only the first
 * {@link PROBLEM_LIST_LIMIT} in file order (table, then row) are kept for problems.csv and the console, so a file
 * that is mostly bad costs bounded memory. Lists of partitions merge into the list of the whole: each partition
 * keeps its own first rows, and the whole's first rows are among them.
 *
 * @module
 */
import { type TableName, type TableProblem, type TableProblemRow, problemsToRows } from 'equity-lens/tables';

/** Problem rows kept for problems.csv; beyond, problems are only counted. */
export const PROBLEM_LIST_LIMIT = 100_000;

/**
 * One problem row of problems.csv and of the console listing: the library's {@link TableProblemRow} with the file's
 * name, its table and row kept as they are (not as text) to list the rows in file order.
 */
export type ProblemLine = Omit<TableProblemRow, 'table' | 'row'> & {
  readonly table: TableName;
  readonly file: string;
  readonly row: number;
};

/** The problems of a run or a partition, as JSON. */
export interface ProblemsJson {
  /** Every problem, listed or not. */
  readonly count: number;
  /** Problems that are warnings (the row was kept). */
  readonly warnings: number;
  /** Problems by code. */
  readonly byCode: Readonly<Record<string, number>>;
  /** Where each code is first found: table order × 2³² + row (counts of a code tied are listed in this order). */
  readonly firstAt: Readonly<Record<string, number>>;
  /** The first problems in file order (table, then row; a row's problems in the order found), at most the limit. */
  readonly listed: readonly ProblemLine[];
}

/** The order problems are listed in: by table, then row. */
const TABLE_ORDER: Readonly<Record<TableName, number>> = { households: 0, persons: 1, enrollments: 2, sites: 3 };

/** A line's place in file order as one number. */
function placeOf(line: ProblemLine): number {
  return TABLE_ORDER[line.table] * 2 ** 32 + line.row;
}

/** File order; ties keep their order (Array.prototype.sort is stable). */
function byFileOrder(a: ProblemLine, b: ProblemLine): number {
  return TABLE_ORDER[a.table] - TABLE_ORDER[b.table] || a.row - b.row;
}

/**
 * A mapper problem as a line, with its file's name; `row` and `message` replace the mapper's when it saw only this
 * partition's rows (its row numbers are then not the file's).
 */
export function problemLine(problem: TableProblem, file: string, row: number = problem.row, message: string = problem.message): ProblemLine {
  const text: Omit<TableProblemRow, 'table' | 'row'> = problemsToRows([problem])[0] as TableProblemRow;
  // The row object is new, so it is completed in place: on Node 20 a spread into a new object costs ten times more.
  return Object.assign(text, { table: problem.table, file, row, message });
}

/** Collects problem lines, counting all and keeping the first {@link PROBLEM_LIST_LIMIT} in file order. */
export class ProblemCollector {
  count: number = 0;
  warnings: number = 0;
  readonly byCode: Map<string, number> = new Map();
  readonly firstAt: Map<string, number> = new Map();
  private lines: ProblemLine[] = [];

  constructor(private readonly limit: number = PROBLEM_LIST_LIMIT) {}

  add(line: ProblemLine): void {
    this.count++;
    if (line.severity === 'warning') this.warnings++;
    this.byCode.set(line.code, (this.byCode.get(line.code) ?? 0) + 1);
    const place = placeOf(line);
    if (place < (this.firstAt.get(line.code) ?? Number.POSITIVE_INFINITY)) this.firstAt.set(line.code, place);
    this.lines.push(line);
    if (this.lines.length >= 2 * this.limit + 1024) this.trim();
  }

  /**
   * Forgets a warning found earlier on a row that a later check rejects (the mapper would not have reached it):
   * the count always, the line when it is still listed.
   */
  dropWarning(table: TableName, row: number, code: string): void {
    const at = this.lines.findIndex((l) => l.table === table && l.row === row && l.code === code && l.severity === 'warning');
    this.count--;
    this.warnings--;
    const left = (this.byCode.get(code) ?? 1) - 1;
    if (left === 0) {
      this.byCode.delete(code);
      this.firstAt.delete(code);
    } else this.byCode.set(code, left);
    if (at >= 0) this.lines.splice(at, 1);
  }

  private trim(): void {
    this.lines.sort(byFileOrder);
    this.lines.length = Math.min(this.lines.length, this.limit);
  }

  toJson(): ProblemsJson {
    this.trim();
    return { count: this.count, warnings: this.warnings, byCode: sortedRecord(this.byCode), firstAt: sortedRecord(this.firstAt), listed: this.lines };
  }
}

/** The problems of disjoint partitions together (the counts added, the lists joined in file order and cut). */
export function mergeProblems(parts: readonly ProblemsJson[], limit: number = PROBLEM_LIST_LIMIT): ProblemsJson {
  const byCode = new Map<string, number>();
  const firstAt = new Map<string, number>();
  let count = 0;
  let warnings = 0;
  const listed: ProblemLine[] = [];
  for (const part of parts) {
    count += part.count;
    warnings += part.warnings;
    for (const [code, n] of Object.entries(part.byCode)) byCode.set(code, (byCode.get(code) ?? 0) + n);
    for (const [code, at] of Object.entries(part.firstAt)) firstAt.set(code, Math.min(at, firstAt.get(code) ?? Number.POSITIVE_INFINITY));
    for (const line of part.listed) listed.push(line);
  }
  listed.sort(byFileOrder);
  listed.length = Math.min(listed.length, limit);
  return { count, warnings, byCode: sortedRecord(byCode), firstAt: sortedRecord(firstAt), listed };
}

/** A map as a record with its keys in code-unit order (stable JSON). */
function sortedRecord(map: ReadonlyMap<string, number>): Record<string, number> {
  return Object.fromEntries([...map].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
}

/** Problems counted by code, most first (ties in the order first found): `not_integer 3, unknown_household 1`. */
export function countsByCode(problems: ProblemsJson): string {
  return Object.entries(problems.byCode)
    .sort((a, b) => b[1] - a[1] || (problems.firstAt[a[0]] ?? 0) - (problems.firstAt[b[0]] ?? 0))
    .map(([code, n]) => `${code} ${n.toLocaleString('en-US')}`)
    .join(', ');
}
