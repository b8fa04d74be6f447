/**
 * What `validate` and `report` share: the input files, the documents read from them, the checks across documents
 * (a goal that reads eligibility needs rules; a goal that splits by an attribute needs the mapping to read it), and
 * the problems written as lines and as problems.csv.
 *
 * @module
 */
import { basename } from 'node:path';
import { type EligibilityRule, type EligibilityRuleSet, type EquityGoal, type Scorecard, evaluateGoal, isEquityLensError } from 'equity-lens';
import { type TableMapping, type TableName, type TableProblem, TABLE_PROBLEM_COLUMNS, problemsToRows } from 'equity-lens/tables';
import { csvLine, spreadsheetSafe } from './csv.ts';
import { type ParameterTables, readGoal, readMapping, readParameterTables, readRules } from './documents.ts';
import { InputError } from './errors.ts';
import type { CsvProblem, TablesRead } from './readTables.ts';

/** The files of a run (absolute paths). */
export interface InputFiles {
  readonly goal: string;
  readonly rules?: string | undefined;
  readonly tables?: string | undefined;
  readonly mapping: string;
  readonly households: string;
  readonly persons?: string | undefined;
  readonly enrollments: string;
  readonly sites?: string | undefined;
}

/** The documents of a run, validated. */
export interface Documents {
  readonly goal: EquityGoal;
  readonly rules: EligibilityRule | EligibilityRuleSet | undefined;
  readonly tables: ParameterTables | undefined;
  readonly mapping: TableMapping;
  /** Things to check that do not stop the run. */
  readonly warnings: string[];
}

/**
 * Evaluates the goal on the records read, with the run's rules and parameter tables; a library error (records the
 * goal cannot be evaluated on) becomes an {@link InputError}, exit code 1.
 */
export function evaluateDocuments(documents: Documents, read: TablesRead, asOf: string): Scorecard {
  try {
    return evaluateGoal(
      documents.goal,
      {
        households: read.households,
        enrollments: read.enrollments,
        sites: read.sites,
        ...(documents.rules === undefined ? {} : { eligibility: { rules: documents.rules, ...(documents.tables === undefined ? {} : { tables: documents.tables }) } }),
        ...(documents.tables?.poverty === undefined ? {} : { povertyTables: documents.tables.poverty }),
      },
      { asOf },
    );
  } catch (error) {
    if (isEquityLensError(error)) throw new InputError(`the goal cannot be evaluated on these records: ${error.message}`);
    throw error;
  }
}

/** Every `field` a goal's filters, measures and disaggregations read. */
function fieldsRead(node: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(node)) for (const item of node) fieldsRead(item, into);
  else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'field' && typeof value === 'string') into.add(value);
      else fieldsRead(value, into);
    }
  }
  return into;
}

/** Reads and validates the documents, then checks them against each other. */
export async function readDocuments(files: InputFiles): Promise<Documents> {
  const goal = await readGoal(files.goal);
  const rules = files.rules === undefined ? undefined : await readRules(files.rules);
  const tables = files.tables === undefined ? undefined : await readParameterTables(files.tables);
  const mapping = await readMapping(files.mapping);
  const warnings: string[] = [];
  const fields = fieldsRead(goal, new Set<string>());
  const goalFile = basename(files.goal);
  const mappingFile = basename(files.mapping);
  if (fields.has('eligible') && rules === undefined) {
    throw new InputError(`${goalFile} reads "eligible" (who should be served), so eligibility rules are needed: pass --rules rules.json (an eligibility rule or rule set; "equity-lens init" writes a starter one).`);
  }
  const households = mapping.households;
  if (households !== undefined && households.otherColumns !== 'attributes') {
    const mapped = new Set(Object.keys(households.attributes ?? {}));
    for (const field of fields) {
      if (!field.startsWith('attributes.')) continue;
      const attribute = field.slice('attributes.'.length);
      if (!mapped.has(attribute)) {
        warnings.push(`${goalFile} reads ${field}, but ${mappingFile} maps no household attribute "${attribute}": every household will be in the "missing" group. Add "${attribute}": "<column>" to households.attributes.`);
      }
    }
  }
  const programId = mapping.enrollments?.programId;
  if (programId !== undefined && typeof programId === 'object' && 'value' in programId && programId.value !== goal.program.id) {
    warnings.push(`${mappingFile} gives every enrolment the program id "${programId.value}", but the goal counts program "${goal.program.id}": no enrolment will count. Make them the same.`);
  }
  return { goal, rules, tables, mapping, warnings };
}

/** The order problems are listed in: by table, then row. */
const TABLE_ORDER: Readonly<Record<TableName, number>> = { households: 0, persons: 1, enrollments: 2, sites: 3 };

/** One problem row of problems.csv and of the console listing. */
export interface ProblemLine {
  readonly table: TableName;
  readonly file: string;
  readonly row: number;
  readonly column: string;
  readonly value: string;
  readonly field: string;
  readonly code: string;
  readonly severity: string;
  readonly id: string;
  readonly message: string;
}

/** Mapper problems and CSV problems together, sorted by table and row, each with its file name. */
export function problemLines(read: TablesRead): ProblemLine[] {
  const file = (table: TableName): string => read.sources[table]?.label ?? table;
  const rows = problemsToRows(read.problems).map((row, i) => {
    const p = read.problems[i] as TableProblem;
    return { ...row, table: p.table, file: file(p.table), row: p.row };
  });
  const csv = read.csvProblems.map((p: CsvProblem) => ({
    table: p.table,
    file: file(p.table),
    row: p.row,
    column: '',
    value: '',
    field: '',
    code: 'cell_count',
    severity: 'warning',
    id: '',
    message: p.message,
  }));
  return [...rows, ...csv].sort((a, b) => TABLE_ORDER[a.table] - TABLE_ORDER[b.table] || a.row - b.row);
}

/** problems.csv: the library's problem columns, with the file name first. */
export function problemsCsv(lines: readonly ProblemLine[]): string {
  const columns = ['file', ...TABLE_PROBLEM_COLUMNS] as const;
  let text = csvLine(columns);
  for (const line of lines) {
    text += csvLine(columns.map((column) => {
      const value = String(line[column as keyof ProblemLine]);
      return column === 'value' || column === 'id' || column === 'column' ? spreadsheetSafe(value) : value;
    }));
  }
  return text;
}

/** A problem as one console line: `households.csv row 7, column size ("2.5"): message`. */
export function problemText(line: ProblemLine): string {
  const where = `${line.file} row ${line.row}${line.column === '' ? '' : `, column ${line.column}`}${line.value === '' ? '' : ` (${JSON.stringify(line.value)})`}`;
  return `${where}: ${line.severity === 'warning' ? 'warning: ' : ''}${line.message} [${line.code}]`;
}

/** The per-table counts: `households.csv: 1,000 rows → 990 records, 10 rejected, 2 warnings`. */
export function tableCounts(read: TablesRead): string[] {
  const lines: string[] = [];
  for (const table of ['households', 'persons', 'enrollments', 'sites'] as const) {
    const source = read.sources[table];
    if (source === undefined) continue;
    const s = read.summary[table];
    const n = (x: number): string => x.toLocaleString('en-US');
    const what = table === 'persons' ? 'members' : 'records';
    lines.push(`${source.label}: ${n(s.rows)} rows → ${n(s.records)} ${what}, ${n(s.rejectedRows)} rejected, ${n(s.warnings)} warning${s.warnings === 1 ? '' : 's'}${source.delimiter === ',' ? '' : ` (delimiter ${source.delimiter === '\t' ? 'tab' : `"${source.delimiter}"`})`}`);
  }
  return lines;
}

/** Problems counted by code: `not_integer 3, unknown_household 1`. */
export function countsByCode(lines: readonly ProblemLine[]): string {
  const counts = new Map<string, number>();
  for (const line of lines) counts.set(line.code, (counts.get(line.code) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([code, n]) => `${code} ${n.toLocaleString('en-US')}`).join(', ');
}

/** `1 warning`, `2 warnings`, `1,000 rows`. */
export function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}

/** Rows left out: distinct rows with at least one error (a row can have several). */
export function rejectedRows(lines: readonly ProblemLine[]): number {
  const rows = new Set<string>();
  for (const line of lines) if (line.severity === 'error') rows.add(`${line.table}:${line.row}`);
  return rows.size;
}
