/**
 * What `validate` and `report` share: the input files, the documents read from them, the checks across documents
 * (a goal that reads eligibility needs rules; a goal that splits by an attribute needs the mapping to read it), and
 * the problems written as lines and as problems.csv.
 *
 * @module
 */
import { basename } from 'node:path';
import { type Enrollment, type EligibilityRule, type EligibilityRuleSet, type EquityGoal, type Household, type Scorecard, type Site, evaluateGoal, isEquityLensError } from 'equity-lens';
import { type TableMapping, type TableName, type TableSummary, TABLE_PROBLEM_COLUMNS } from 'equity-lens/tables';
import { csvLine, spreadsheetSafe } from './csv.ts';
import { type ParameterTables, readGoal, readMapping, readParameterTables, readRules } from './documents.ts';
import { InputError } from './errors.ts';
import type { ProblemLine } from './problems.ts';
import type { SourceJson } from './stream.ts';

export type { ProblemLine } from './problems.ts';
export { countsByCode } from './problems.ts';

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
export function evaluateDocuments(documents: Documents, read: { readonly households: Household[]; readonly enrollments: Enrollment[]; readonly sites: Site[] }, asOf: string): Scorecard {
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
export function tableCounts(read: { readonly sources: Partial<Record<TableName, SourceJson>>; readonly summary: Readonly<Record<TableName, TableSummary>> }): string[] {
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

/** `1 warning`, `2 warnings`, `1,000 rows`. */
export function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}

/** Rows left out: rows with at least one error, over every table. */
export function rejectedRows(summary: Readonly<Record<TableName, TableSummary>>): number {
  return summary.households.rejectedRows + summary.persons.rejectedRows + summary.enrollments.rejectedRows + summary.sites.rejectedRows;
}
