/**
 * Reads a city's CSV exports through its table mapping: every file's header first (so a mapped column that a file
 * lacks stops the run before any row is read), then the rows in batches — sites, persons, households, enrolments,
 * the order the mapper needs — collecting records and problems.
 *
 * @module
 */
import {
  type Enrollment,
  type Household,
  type Site,
  isEquityLensError,
} from 'equity-lens';
import { type TableMapping, type TableName, type TableProblem, type TableSummary, createTableMapper } from 'equity-lens/tables';
import { type CsvSource, readCsvHeader, readCsvRows } from './csv.ts';
import { InputError } from './errors.ts';
import type { Progress } from './progress.ts';

/** The CSV files of one run; households and enrolments are required. */
export interface TableFiles {
  readonly households: string;
  readonly persons?: string | undefined;
  readonly enrollments: string;
  readonly sites?: string | undefined;
}

/** A problem the CSV layer found before mapping: a row whose cell count differs from its header's. */
export interface CsvProblem {
  readonly table: TableName;
  readonly row: number;
  readonly message: string;
}

/** What {@link readTables} returns. */
export interface TablesRead {
  /** The records (only the first households with `keepTrial`). */
  readonly households: Household[];
  readonly enrollments: Enrollment[];
  readonly sites: Site[];
  /** Every problem the mapper found, in table order. */
  readonly problems: TableProblem[];
  /** Rows whose cell count differs from the header's (kept and mapped; listed as warnings). */
  readonly csvProblems: CsvProblem[];
  /** Per table: rows, records, rejected rows, warnings. */
  readonly summary: Readonly<Record<TableName, TableSummary>>;
  /** The files read, with their delimiters. */
  readonly sources: Readonly<Partial<Record<TableName, CsvSource>>>;
}

/** Options of {@link readTables}. */
export interface ReadTablesOptions {
  /**
   * Keep only the first `keepTrial` households (with their enrolments, and every site) instead of every record: `validate`
   * maps every row but keeps a sample for its trial evaluation. Default: keep everything.
   */
  readonly keepTrial?: number;
  /** Progress of long work. */
  readonly progress?: Progress;
}

const ORDER: readonly TableName[] = ['sites', 'persons', 'households', 'enrollments'];

/** Which table a mapper error is about, from its path (`households.size`, `persons`). */
function tableOf(path: string): TableName | undefined {
  const head = path.split(/[.[]/)[0];
  return ORDER.find((t) => t === head);
}

/** Reads and maps the tables. */
export async function readTables(files: TableFiles, mapping: TableMapping, options: ReadTablesOptions = {}): Promise<TablesRead> {
  const keepHouseholds = options.keepTrial ?? Number.POSITIVE_INFINITY;
  const trial = options.keepTrial === undefined ? undefined : new Set<string>();
  const sources: Partial<Record<TableName, CsvSource>> = {};
  for (const table of ORDER) {
    const path = files[table];
    if (path === undefined) continue;
    if (mapping[table] === undefined) {
      throw new InputError(`${path} was given as the ${table} table, but mapping.json has no "${table}" section; add one (see the starter kit's README) or leave the file out.`);
    }
    sources[table] = await readCsvHeader(path);
  }
  if (mapping.households?.members === 'persons' && sources.persons === undefined) {
    throw new InputError('mapping.json reads household members from the persons table (households.members = "persons"), but no persons file was given; pass --persons <file>, or remove "members" from the mapping.');
  }

  const columns: Partial<Record<TableName, readonly string[]>> = {};
  for (const table of ORDER) if (sources[table] !== undefined) columns[table] = (sources[table] as CsvSource).header;
  let mapper: ReturnType<typeof createTableMapper>;
  try {
    mapper = createTableMapper(mapping, { columns });
  } catch (error) {
    if (!isEquityLensError(error)) throw error;
    const lines = error.issues.map((issue) => {
      const table = tableOf(issue.path);
      const file = table === undefined ? 'mapping.json' : (sources[table]?.label ?? table);
      return `  - ${file}: ${issue.message}`;
    });
    throw new InputError(`the mapping names columns the files lack (${error.issues.length} problem${error.issues.length === 1 ? '' : 's'}):\n${lines.join('\n')}`);
  }

  const households: Household[] = [];
  const enrollments: Enrollment[] = [];
  const sites: Site[] = [];
  const problems: TableProblem[] = [];
  const csvProblems: CsvProblem[] = [];
  const totalBytes = ORDER.reduce((sum, t) => sum + (sources[t]?.bytes ?? 0), 0);
  let doneBytes = 0;
  for (const table of ORDER) {
    const source = sources[table];
    if (source === undefined) continue;
    let rows = 0;
    const onRows = (batch: string[][]): void => {
      rows += batch.length;
      if (table === 'persons') {
        for (const problem of mapper.persons(batch).problems) problems.push(problem);
        return;
      }
      const result = table === 'sites' ? mapper.sites(batch) : table === 'households' ? mapper.households(batch) : mapper.enrollments(batch);
      for (const problem of result.problems) problems.push(problem);
      const into = (table === 'sites' ? sites : table === 'households' ? households : enrollments) as unknown[];
      for (const record of result.records) {
        if (table === 'households') {
          if (households.length >= keepHouseholds) break;
          if (trial !== undefined) trial.add((record as Household).id);
        } else if (table === 'enrollments' && trial !== undefined && !trial.has((record as Enrollment).householdId)) continue;
        into.push(record);
      }
    };
    await readCsvRows(source, onRows, {
      onBytes: (bytes) => options.progress?.update(`reading ${source.label}`, doneBytes + bytes, totalBytes, `${rows.toLocaleString('en-US')} rows`),
      onCellCount: ({ row, cells, columns: n }) =>
        csvProblems.push({ table, row, message: `the row has ${cells} cells but the header has ${n} columns; check for a delimiter inside an unquoted cell or a missing quote (the row was read as far as its cells go).` }),
    });
    // An empty table still tells the mapper it was read (persons must come before households).
    if (rows === 0) {
      if (table === 'persons') mapper.persons([]);
      else if (table === 'households') mapper.households([]);
    }
    doneBytes += source.bytes;
  }
  const finish = mapper.finish();
  for (const problem of finish.problems) problems.push(problem);
  options.progress?.done();
  return { households, enrollments, sites, problems, csvProblems, summary: finish.summary, sources };
}
