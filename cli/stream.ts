/**
 * Reads a city's CSV exports through its table mapping, streaming: every file's header first (so a mapped column
 * that a file lacks stops the run before any row is read), then
 *
 * 1. **sites**, every row (the summariser needs all of them);
 * 2. **enrolments**, every row mapped (the program years are read from all of them, so every partition evaluates
 *    the same years), this partition's kept;
 * 3. **persons**, this partition's, held by household until its row comes (the mapper's index: the one table
 *    whose memory grows with its rows — wide member columns need none);
 * 4. **households**, this partition's, mapped batch by batch and handed to a sink (the goal's summariser), never
 *    held.
 *
 * Enrolments are mapped before their households, so whether each one's household exists is checked at the end,
 * against the households that became records: the same `unknown_household` and `rejected_household` problems as
 * the mapper reports when households come first. Memory: sites, this partition's enrolments and persons, one
 * entry per household id (the mapper's duplicate check), the bounded problem list — not the households.
 *
 * A partition k of N keeps the rows whose household id (as the mapper reads it: the cell without surrounding white
 * space) hashes to k ({@link partitionOf}); the other rows of persons and households are skipped after reading only
 * their id cell. Row numbers stay the file's.
 *
 * @module
 */
import { fiscalYear, type Enrollment, type EquityGoal, type Household, type Site, isEquityLensError } from 'equity-lens';
import { type TableMapper, type TableMapping, type TableName, type TableProblem, type TableSummary, createTableMapper } from 'equity-lens/tables';
import { type CsvSource, readCsvHeader, readCsvRows } from './csv.ts';
import { InputError } from './errors.ts';
import { HeapKeeper } from './memory.ts';
import { type Partition, WHOLE, partitionOf } from './partition.ts';
import { ProblemCollector, type ProblemsJson, problemLine } from './problems.ts';
import type { Progress } from './progress.ts';

/** The CSV files of one run; households and enrolments are required. */
export interface TableFiles {
  readonly households: string;
  readonly persons?: string | undefined;
  readonly enrollments: string;
  readonly sites?: string | undefined;
}

/** Where households go, batch by batch. */
export interface HouseholdSink {
  add(batch: Household[]): void;
}

/** What is known when the households start: the sink is made from it. */
export interface BeforeHouseholds {
  readonly sites: Site[];
  /** This partition's enrolments that mapped (their households are checked at the end). */
  readonly enrollments: Enrollment[];
  /** The program years of the goal's program's enrolments, in every partition: the years to evaluate. */
  readonly years: number[];
}

/** A file read: its name and delimiter. */
export interface SourceJson {
  readonly label: string;
  readonly delimiter: ',' | ';' | '\t';
}

/** What {@link streamTables} returns. */
export interface StreamResult {
  /** Per table, this partition's rows: rows, records, rejected rows, warnings. */
  readonly summary: Record<TableName, TableSummary>;
  readonly problems: ProblemsJson;
  readonly sources: Partial<Record<TableName, SourceJson>>;
  /** This partition's enrolments whose household became a record. */
  readonly enrollments: Enrollment[];
}

/** Options of {@link streamTables}. */
export interface StreamOptions {
  readonly goal: EquityGoal;
  readonly asOf: string;
  readonly partition?: Partition;
  readonly progress?: Progress;
  /** Called once, after sites and enrolments and before the first household. */
  readonly start: (before: BeforeHouseholds) => HouseholdSink;
}

const ORDER: readonly TableName[] = ['sites', 'persons', 'households', 'enrollments'];
/** The order files are read in. */
const READ_ORDER: readonly TableName[] = ['sites', 'enrollments', 'persons', 'households'];

/** Which table a mapper error is about, from its path (`households.size`, `persons`). */
function tableOf(path: string): TableName | undefined {
  const head = path.split(/[.[]/)[0];
  return ORDER.find((t) => t === head);
}

/** A header name as the mapper matches it: BOM and surrounding spaces removed, case, spaces, `_` and `-` ignored. */
function normalise(name: string): string {
  return name.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/[\s_-]+/g, ' ');
}

/** The index of the column a plain id field names (exact header first, then normalised, as the mapper finds it). */
function columnIndex(header: readonly string[], name: string): number {
  const exact = header.indexOf(name);
  if (exact >= 0) return exact;
  const wanted = normalise(name);
  return header.findIndex((h) => normalise(h) === wanted);
}

/** The column a table's household id is read from, when it is a plain column (no code map, no constant). */
function plainIdColumn(mapping: TableMapping, table: 'households' | 'persons' | 'enrollments'): string | undefined {
  const spec: unknown = table === 'households' ? mapping.households?.id : table === 'persons' ? mapping.persons?.householdId : mapping.enrollments?.householdId;
  if (typeof spec === 'string') return spec;
  if (spec !== null && typeof spec === 'object' && 'column' in spec && typeof spec.column === 'string' && !('codes' in spec && spec.codes !== undefined)) return spec.column;
  return undefined;
}

/**
 * Why the mapping cannot be split into partitions, or `null` when it can: each table's household id must be read
 * from a column as written, so that a household, its persons and its enrolments hash to the same partition.
 */
export function unpartitionable(mapping: TableMapping): string | null {
  for (const [table, field] of [['households', 'id'], ['persons', 'householdId'], ['enrollments', 'householdId']] as const) {
    if (mapping[table] !== undefined && plainIdColumn(mapping, table) === undefined) {
      return `mapping.json's ${table}.${field} is not a plain column (it has a code map or a constant), so the rows of a household cannot be sent to one partition by their id cell`;
    }
  }
  return null;
}

/**
 * The header of the column enrolments' household ids are read from, as problems name it (for a code map or a
 * constant too; `null` when there is no enrolment file).
 */
function enrollmentProblemColumn(mapping: TableMapping, source: CsvSource | undefined): string | null {
  if (source === undefined) return null;
  const spec: unknown = mapping.enrollments?.householdId;
  const name = typeof spec === 'string' ? spec : spec !== null && typeof spec === 'object' && 'column' in spec && typeof spec.column === 'string' ? spec.column : undefined;
  if (name === undefined) return null;
  const header = source.header[columnIndex(source.header, name)];
  return header === undefined ? null : header.replace(/^\uFEFF/, '').trim();
}

/** A growable list of row numbers. */
class RowNumbers {
  private data = new Int32Array(1024);
  length = 0;
  push(row: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = row;
  }
  /** The file row of the mapper's row `r` (the mapper numbers the rows it is given 2, 3, …). */
  fileRow(r: number): number {
    return r - 2 < this.length && r >= 2 ? (this.data[r - 2] as number) : r;
  }
}

/**
 * The rows of a batch that belong to the partition (their id cell hashes to k of n), each one's file row recorded in
 * `rows` so the mapper's row numbers (2, 3, … over the rows it is given) map back; the whole batch when `rows` is
 * absent (one partition). `keptFirst` is the mapper's number of the first row kept.
 */
function partitionRows(batch: string[][], first: number, idIndex: number, partition: Partition, rows: RowNumbers | undefined): { kept: string[][]; keptFirst: number } {
  if (rows === undefined) return { kept: batch, keptFirst: first };
  const kept: string[][] = [];
  const keptFirst = rows.length + 2;
  for (let i = 0; i < batch.length; i++) {
    const cells = batch[i] as string[];
    if (partitionOf((cells[idIndex] ?? '').trim(), partition.n) !== partition.k) continue;
    kept.push(cells);
    rows.push(first + i);
  }
  return { kept, keptFirst };
}

/** Opens the files, checks their headers against the mapping. */
async function openSources(files: TableFiles, mapping: TableMapping): Promise<Partial<Record<TableName, CsvSource>>> {
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
  return sources;
}

/** A mapper for some tables' headers; a column a file lacks is an {@link InputError} listing every one. */
function mapperFor(mapping: TableMapping, sources: Partial<Record<TableName, CsvSource>>, tables: readonly TableName[]): TableMapper {
  const columns: Partial<Record<TableName, readonly string[]>> = {};
  for (const table of tables) if (sources[table] !== undefined) columns[table] = (sources[table] as CsvSource).header;
  try {
    return createTableMapper(mapping, { columns });
  } catch (error) {
    if (!isEquityLensError(error)) throw error;
    const lines = error.issues.map((issue) => {
      const table = tableOf(issue.path);
      const file = table === undefined ? 'mapping.json' : (sources[table]?.label ?? table);
      return `  - ${file}: ${issue.message}`;
    });
    throw new InputError(`the mapping names columns the files lack (${error.issues.length} problem${error.issues.length === 1 ? '' : 's'}):\n${lines.join('\n')}`);
  }
}

/** What the end-of-run check needs about one enrolled household id of this partition. */
interface EnrolledId {
  accepted: boolean;
  /** The first households row rejected with this id (0: none). */
  rejectedRow: number;
}

/** Reads, maps and hands on the tables of one partition. */
export async function streamTables(files: TableFiles, mapping: TableMapping, options: StreamOptions): Promise<StreamResult> {
  const partition = options.partition ?? WHOLE;
  const { k, n } = partition;
  const sources = await openSources(files, mapping);
  // Every mapped column of every file checked at once, before any row is read.
  mapperFor(mapping, sources, ORDER);
  if (n > 1) {
    const reason = unpartitionable(mapping);
    if (reason !== null) throw new InputError(`${reason}; run with one partition (--workers 1), or map the id columns as written.`);
  }
  // Sites and enrolments through one mapper, persons and households through another: the mapper wants households
  // before enrolments, the summariser enrolments before households.
  const front = mapperFor(mapping, sources, ['sites', 'enrollments']);
  const back = mapperFor(mapping, sources, ['persons', 'households']);

  const problems = new ProblemCollector();
  const heap = new HeapKeeper();
  const label = (table: TableName): string => sources[table]?.label ?? table;
  const totalBytes = READ_ORDER.reduce((sum, t) => sum + (sources[t]?.bytes ?? 0), 0);
  let doneBytes = 0;
  const cellCount = (table: TableName, row: number, cells: number, columns: number): void => {
    problems.add({
      table,
      file: label(table),
      row,
      column: '',
      value: '',
      field: '',
      code: 'cell_count',
      severity: 'warning',
      id: '',
      message: `the row has ${cells} cells but the header has ${columns} columns; check for a delimiter inside an unquoted cell or a missing quote (the row was read as far as its cells go).`,
    });
  };

  /** Streams one file's rows to `onRows(batch, firstRowNumber)`. */
  const read = async (table: TableName, onRows: (batch: string[][], first: number) => void): Promise<number> => {
    const source = sources[table] as CsvSource;
    let rows = 0;
    await readCsvRows(
      source,
      (batch) => {
        onRows(batch, rows + 2);
        rows += batch.length;
        if (table === 'households') heap.check();
      },
      { onBytes: (bytes) => options.progress?.update(`reading ${source.label}`, doneBytes + bytes, totalBytes, `${rows.toLocaleString('en-US')} rows`) },
    );
    doneBytes += source.bytes;
    return rows;
  };

  // 1. Sites: every partition maps them all; partition 1 lists their problems.
  const sites: Site[] = [];
  if (sources.sites !== undefined) {
    const columns = sources.sites.header.length;
    await read('sites', (batch, first) => {
      const result = front.sites(batch);
      for (const site of result.records) sites.push(site);
      if (k !== 1) return;
      for (const p of result.problems) problems.add(problemLine(p, label('sites')));
      for (let i = 0; i < batch.length; i++) if ((batch[i] as string[]).length !== columns) cellCount('sites', first + i, (batch[i] as string[]).length, columns);
    });
  }

  // 2. Enrolments: every row mapped (for the years); this partition's rows kept, listed and counted.
  const enrollments: Enrollment[] = [];
  const enrollmentRows: number[] = [];
  /** Rows of this partition rejected for other reasons but with a household id (checked at the end too). */
  const rejectedEnrollments: { row: number; id: string }[] = [];
  const enrolled = new Map<string, EnrolledId>();
  const years = new Set<number>();
  const goal = options.goal;
  const enrollmentCounts = { rows: 0, records: 0, rejectedRows: 0, warnings: 0 };
  /** Rows of this partition with an unknown_site warning. */
  const siteWarnings = new Set<number>();
  const enrollmentIdIndex = n > 1 ? columnIndex(sources.enrollments?.header ?? [], plainIdColumn(mapping, 'enrollments') as string) : -1;
  if (sources.enrollments !== undefined) {
    const columns = sources.enrollments.header.length;
    await read('enrollments', (batch, first) => {
      const result = front.enrollments(batch);
      const rejected = new Map<number, string | null>();
      const byRow = new Map<number, TableProblem[]>();
      for (const p of result.problems) {
        if (p.severity === 'error' && !rejected.has(p.row)) rejected.set(p.row, p.id);
        const list = byRow.get(p.row);
        if (list === undefined) byRow.set(p.row, [p]);
        else list.push(p);
      }
      let next = 0;
      for (let i = 0; i < batch.length; i++) {
        const row = first + i;
        const cells = batch[i] as string[];
        const record = rejected.has(row) ? undefined : (result.records[next++] as Enrollment);
        if (record !== undefined && record.programId === goal.program.id) {
          years.add(record.programYear ?? fiscalYear(record.date as string, goal.yearBasis));
        }
        const mine = n === 1 || partitionOf((cells[enrollmentIdIndex] ?? '').trim(), n) === k;
        if (!mine) continue;
        enrollmentCounts.rows++;
        for (const p of byRow.get(row) ?? []) {
          problems.add(problemLine(p, label('enrollments')));
          if (p.severity === 'warning') enrollmentCounts.warnings++;
          if (p.code === 'unknown_site') siteWarnings.add(row);
        }
        if (cells.length !== columns) cellCount('enrollments', row, cells.length, columns);
        if (record === undefined) {
          enrollmentCounts.rejectedRows++;
          const id = rejected.get(row);
          if (id !== null && id !== undefined) {
            rejectedEnrollments.push({ row, id });
            if (!enrolled.has(id)) enrolled.set(id, { accepted: false, rejectedRow: 0 });
          }
          continue;
        }
        enrollmentCounts.records++;
        enrollments.push(record);
        enrollmentRows.push(row);
        if (!enrolled.has(record.householdId)) enrolled.set(record.householdId, { accepted: false, rejectedRow: 0 });
      }
    });
  }
  const asOfYear = fiscalYear(options.asOf, goal.yearBasis);
  const known = [...years].filter((year) => year <= asOfYear);
  const evaluated = known.length === 0 ? [asOfYear] : Array.from({ length: Math.max(...known) - Math.min(...known) + 1 }, (_, i) => Math.min(...known) + i);
  const sink = options.start({ sites, enrollments, years: evaluated });

  // 3. Persons of this partition, held by the mapper until their household comes.
  const personRows = n > 1 ? new RowNumbers() : undefined;
  const householdRows = n > 1 ? new RowNumbers() : undefined;
  const householdRow = (r: number): number => householdRows?.fileRow(r) ?? r;
  const personRow = (r: number): number => personRows?.fileRow(r) ?? r;
  const personProblem = (p: TableProblem): void => {
    const message = p.code === 'rejected_household' && householdRows !== undefined ? p.message.replace(/households row (\d+)/, (_, r: string) => `households row ${householdRow(Number(r))}`) : p.message;
    problems.add(problemLine(p, label('persons'), personRow(p.row), message));
  };
  if (sources.persons !== undefined) {
    const columns = sources.persons.header.length;
    const idIndex = n > 1 ? columnIndex(sources.persons.header, plainIdColumn(mapping, 'persons') as string) : -1;
    let called = false;
    await read('persons', (batch, first) => {
      const { kept, keptFirst } = partitionRows(batch, first, idIndex, partition, personRows);
      called = true;
      for (const p of back.persons(kept).problems) personProblem(p);
      for (let i = 0; i < kept.length; i++) {
        const cells = kept[i] as string[];
        if (cells.length !== columns) cellCount('persons', personRow(keptFirst + i), cells.length, columns);
      }
    });
    // An empty table still tells the mapper it was read (persons must come before households).
    if (!called) back.persons([]);
  }

  // 4. Households of this partition, mapped batch by batch and handed on (the heap kept near its live size: the
  // persons read are live, the households pass through).
  heap.collect();
  if (sources.households !== undefined) {
    const columns = sources.households.header.length;
    const idIndex = n > 1 ? columnIndex(sources.households.header, plainIdColumn(mapping, 'households') as string) : -1;
    let called = false;
    await read('households', (batch, first) => {
      const { kept, keptFirst } = partitionRows(batch, first, idIndex, partition, householdRows);
      called = true;
      const result = back.households(kept);
      for (const p of result.problems) {
        const row = householdRow(p.row);
        const message = p.code === 'duplicate_id' && householdRows !== undefined ? p.message.replace(/used by row (\d+)/, (_, r: string) => `used by row ${householdRow(Number(r))}`) : p.message;
        problems.add(problemLine(p, label('households'), row, message));
        if (p.severity === 'error' && p.id !== null) {
          const entry = enrolled.get(p.id);
          if (entry !== undefined && !entry.accepted && entry.rejectedRow === 0) entry.rejectedRow = row;
        }
      }
      for (let i = 0; i < kept.length; i++) {
        const cells = kept[i] as string[];
        if (cells.length !== columns) cellCount('households', householdRow(keptFirst + i), cells.length, columns);
      }
      for (const household of result.records) {
        const entry = enrolled.get(household.id);
        if (entry !== undefined) entry.accepted = true;
      }
      if (result.records.length > 0) sink.add(result.records);
    });
    if (!called) back.households([]);
  }
  const finish = back.finish();
  for (const p of finish.problems) personProblem(p);
  const frontFinish = front.finish();

  // 5. Enrolments whose household never became a record: the problems the mapper reports when households come first.
  const idColumn = enrollmentProblemColumn(mapping, sources.enrollments);
  const householdProblem = (row: number, id: string): boolean => {
    const entry = enrolled.get(id) as EnrolledId;
    if (entry.accepted) return false;
    problems.add({
      table: 'enrollments',
      file: label('enrollments'),
      row,
      column: idColumn ?? '',
      value: id,
      field: 'householdId',
      code: entry.rejectedRow > 0 ? 'rejected_household' : 'unknown_household',
      severity: 'error',
      id,
      message:
        entry.rejectedRow > 0
          ? `household ${JSON.stringify(id)} was rejected at households row ${entry.rejectedRow}; fix that row and this enrolment counts.`
          : `household ${JSON.stringify(id)} is not in the households table; check the id (ids are compared as text: "007" and "7" differ) or add the household.`,
    });
    return true;
  };
  for (const { row, id } of rejectedEnrollments) householdProblem(row, id);
  const joined: Enrollment[] = [];
  for (let i = 0; i < enrollments.length; i++) {
    const record = enrollments[i] as Enrollment;
    const row = enrollmentRows[i] as number;
    if (!householdProblem(row, record.householdId)) {
      joined.push(record);
      continue;
    }
    enrollmentCounts.records--;
    enrollmentCounts.rejectedRows++;
    // The mapper checks the household before the site: a rejected row gets no unknown_site warning.
    if (siteWarnings.has(row)) {
      problems.dropWarning('enrollments', row, 'unknown_site');
      enrollmentCounts.warnings--;
    }
  }
  options.progress?.done();

  const summary: Record<TableName, TableSummary> = {
    households: finish.summary.households,
    persons: finish.summary.persons,
    enrollments: enrollmentCounts,
    sites: k === 1 ? frontFinish.summary.sites : { rows: 0, records: 0, rejectedRows: 0, warnings: 0 },
  };
  const sourcesJson: Partial<Record<TableName, SourceJson>> = {};
  for (const table of ORDER) {
    const source = sources[table];
    if (source !== undefined) sourcesJson[table] = { label: source.label, delimiter: source.delimiter };
  }
  return { summary, problems: problems.toJson(), sources: sourcesJson, enrollments: joined };
}
