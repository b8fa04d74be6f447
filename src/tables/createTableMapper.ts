import { fail, type EquityLensError } from '../internal/errors.ts';
import type { Enrollment, Household } from '../internal/records.ts';
import type { Site } from '../proximity/SiteSchema.ts';
import { integer, optionsObject } from '../internal/validate.ts';
import { ColumnIndex } from './internal/columns.ts';
import { compileMapping, type CompiledMapping } from './internal/compileMapping.ts';
import { bindEnrollments, mapEnrollmentRows, type BoundEnrollments } from './internal/enrollments.ts';
import { bindHouseholds, mapHouseholdRows, type BoundHouseholds } from './internal/households.ts';
import { prepareInput, type PreparedInput } from './internal/input.ts';
import { MappingIssues } from './internal/issues.ts';
import { bindPersons, mapPersonRows, unclaimedPersons, type BoundPersons } from './internal/persons.ts';
import { RowContext } from './internal/read.ts';
import { bindSites, mapSiteRows, type BoundSites } from './internal/sites.ts';
import { createState, type MapperState } from './internal/state.ts';
import type { TableInput, TableMapping, TableMappingResult, TableName, TableProblem, TableSummary } from './types.ts';

/**
 * Options of {@link createTableMapper}.
 *
 * @category Tables
 */
export interface CreateTableMapperOptions {
  /**
   * The row number of the first data row, as problems report it. Default 2: a header line is row 1, as a
   * spreadsheet shows a CSV file. Use 1 for rows that had no header line (Arrow's `toArray()`, a database query).
   * A GeoJSON FeatureCollection always starts at 1 (feature `i` is row `i + 1`).
   */
  readonly firstRowNumber?: number;
  /**
   * The header of each table, when known before its rows (a CSV file's first line). Every mapped column of every
   * table given here is checked at once, before any row is read. Without it, a table's header is taken from its
   * first batch: d3-dsv's `rows.columns`, the first row when rows are arrays (the header line), or the keys of the
   * first 1,000 object rows.
   */
  readonly columns?: Readonly<Partial<Record<TableName, readonly string[]>>>;
  /** Household ids known from elsewhere: enrolments are checked against them when this mapper maps no households. */
  readonly householdIds?: Iterable<string>;
  /** Site ids known from elsewhere: enrolments' sites are checked against them when this mapper maps no sites. */
  readonly siteIds?: Iterable<string>;
}

/**
 * Options of one batch.
 *
 * @category Tables
 */
export interface TableBatchOptions {
  /** The table's header, for a first batch of array rows that does not start with it. */
  readonly columns?: readonly string[];
}

/**
 * What {@link TableMapper.finish} returns: the problems only the end can tell (persons no household claimed) and
 * the counts of every table.
 *
 * @category Tables
 */
export interface TableMapperFinish {
  /** Persons whose household never came, or was rejected. */
  readonly problems: TableProblem[];
  /** Counts per table; `rows = records + rejectedRows` for each. */
  readonly summary: Readonly<Record<TableName, TableSummary>>;
}

/**
 * A mapping compiled once and applied to tables batch by batch, remembering across batches what the checks need
 * (the household and site ids seen, the persons waiting for their household). Feed the tables in this order:
 * sites (any time before enrolments), persons, households, enrolments — then call `finish()`. A method called out
 * of order throws an {@link EquityLensError}.
 *
 * @category Tables
 */
export interface TableMapper {
  /** Maps a batch of site rows (or a FeatureCollection). */
  sites(rows: TableInput, options?: TableBatchOptions): TableMappingResult<Site>;
  /** Reads a batch of person rows; they join their household when its row comes. Problems of unreadable rows only. */
  persons(rows: TableInput, options?: TableBatchOptions): Pick<TableMappingResult<never>, 'problems'>;
  /** Maps a batch of household rows, attaching the persons read before. */
  households(rows: TableInput, options?: TableBatchOptions): TableMappingResult<Household>;
  /** Maps a batch of enrolment rows, checking each household (and site) was seen. */
  enrollments(rows: TableInput, options?: TableBatchOptions): TableMappingResult<Enrollment>;
  /** Ends the mapping: problems for persons no household claimed, and the counts. */
  finish(): TableMapperFinish;
}

const ORDER: Record<TableName, number> = { sites: 0, persons: 1, households: 2, enrollments: 3 };

interface TableState {
  bound: BoundHouseholds | BoundPersons | BoundEnrollments | BoundSites | undefined;
  rows: number;
  records: number;
  rejected: number;
  readonly ctx: RowContext;
}

function sectionOf(compiled: CompiledMapping, table: TableName): unknown {
  return compiled[table];
}

/**
 * Compiles a {@link TableMapping} once and returns a {@link TableMapper} that maps tables batch by batch: the shape
 * a command line or a streaming CSV reader needs (a later batch continues the row numbers and the duplicate checks
 * of the earlier ones). {@link mapTables} does the same for whole tables in memory.
 *
 * Each record field is read by a reader chosen when the mapping is compiled; each column is found once per table
 * (exact header first, then ignoring case, a BOM and spaces/`_`/`-`), so a row costs one property or index lookup
 * per field. A column the header lacks is an {@link EquityLensError} (`not_found`, naming the closest existing
 * column) before any row of that table is read — or of any table, for the headers passed as `columns`.
 *
 * Memory: the mapper keeps every accepted household id (for duplicates and enrolments), every site id, and the
 * persons until their household's row comes; records are returned batch by batch and not kept.
 *
 * @param mapping - The mapping document (validate it first with {@link defineTableMapping} for every problem at once; here the first problems found are thrown).
 * @param options - First row number, headers known in advance, ids known from elsewhere.
 * @returns The mapper.
 * @throws {EquityLensError} `invalid_schema` (or the code of the only problem) for a mapping it cannot use; `not_found` for a column a table lacks.
 * @category Tables
 * @example
 * ```ts
 * import { createTableMapper } from "./createTableMapper.ts";
 *
 * const mapper = createTableMapper({
 *   households: { id: "household_id", size: "size" },
 *   enrollments: { householdId: "household_id", programId: { value: "camp" }, programYear: "year" },
 * });
 * mapper.households([["household_id", "size"], ["h1", "3"], ["h2", "2"]]).records.length; // => 2
 * mapper.households([["h2", "4"]]).problems[0]?.code; // => "duplicate_id"
 * const batch = mapper.enrollments([{ household_id: "h1", year: "2025" }, { household_id: "h9", year: "2025" }]);
 * batch.records; // => [{ householdId: "h1", programId: "camp", programYear: 2025 }]
 * batch.problems[0]?.message; // => 'household "h9" is not in the households table; check the id (ids are compared as text: "007" and "7" differ) or add the household.'
 * mapper.finish().summary.households; // => { rows: 3, records: 2, rejectedRows: 1, warnings: 0 }
 * ```
 */
export function createTableMapper(mapping: TableMapping, options: CreateTableMapperOptions = {}): TableMapper {
  const fn = 'createTableMapper';
  optionsObject(options, ['firstRowNumber', 'columns', 'householdIds', 'siteIds'], fn);
  return mapperFor(compileMapping(mapping, fn), options, fn);
}

/**
 * The mapper over an already compiled mapping.
 *
 * @internal
 */
export function mapperFor(compiled: CompiledMapping, options: CreateTableMapperOptions, fn: string): TableMapper {
  const firstRowNumber = options.firstRowNumber === undefined ? 2 : integer(options.firstRowNumber, 'options.firstRowNumber', fn, { min: 0 });
  const state: MapperState = createState(
    options.householdIds === undefined ? undefined : new Set(options.householdIds),
    options.siteIds === undefined ? undefined : new Set(options.siteIds),
  );
  const tables: Record<TableName, TableState> = {
    households: { bound: undefined, rows: 0, records: 0, rejected: 0, ctx: new RowContext('households') },
    persons: { bound: undefined, rows: 0, records: 0, rejected: 0, ctx: new RowContext('persons') },
    enrollments: { bound: undefined, rows: 0, records: 0, rejected: 0, ctx: new RowContext('enrollments') },
    sites: { bound: undefined, rows: 0, records: 0, rejected: 0, ctx: new RowContext('sites') },
  };
  // The order of the latest table given; sites (order 0) may come any time before enrolments.
  let phase = ORDER.sites;
  /** Whether a batch of persons was given (even an empty one). */
  let personsGiven = false;
  let finished = false;

  function bind(table: TableName, columns: readonly string[], isFeatureCollection: boolean, issues: MappingIssues): void {
    const index = new ColumnIndex(table, columns);
    const t = tables[table];
    if (table === 'households') t.bound = bindHouseholds(compiled.households!, index, issues, isFeatureCollection);
    else if (table === 'persons') t.bound = bindPersons(compiled.persons!, index, issues);
    else if (table === 'enrollments') t.bound = bindEnrollments(compiled.enrollments!, index, issues);
    else t.bound = bindSites(compiled.sites!, index, issues, isFeatureCollection);
  }

  function requireSection(table: TableName): void {
    if (sectionOf(compiled, table) === undefined) {
      fail('not_found', table, `${fn}: the mapping has no ${table} section, so the ${table} table cannot be mapped; add "${table}" to the mapping.`);
    }
  }

  const given = options.columns ?? {};
  const issues = new MappingIssues(fn);
  for (const table of ['households', 'persons', 'enrollments', 'sites'] as const) {
    const columns = given[table];
    if (columns === undefined) continue;
    requireSection(table);
    bind(table, columns, locationIsGeometry(table), issues);
  }
  issues.throwIfAny();

  function enter(table: TableName): void {
    if (finished) fail('invalid_value', table, `${fn}: ${table}() was called after finish(); create a new mapper for new tables.`);
    requireSection(table);
    const order = ORDER[table];
    if (order < phase && !(table === 'sites' && phase < ORDER.enrollments)) {
      const later = (Object.keys(ORDER) as TableName[]).find((name) => ORDER[name] === phase);
      fail(
        'invalid_value',
        table,
        `${fn}: ${table}() was called after ${later}(); feed the tables in this order: sites, persons, households, enrollments (persons must come before their households, households before their enrolments).`,
      );
    }
    if (table === 'households' && compiled.households!.members === 'persons' && !personsGiven) {
      fail('invalid_value', 'persons', `${fn}: the mapping reads household members from the persons table, but no persons were given before the households; call persons() first (with an empty batch and its columns if the table is empty).`);
    }
    phase = Math.max(phase, order);
    if (table === 'persons') personsGiven = true;
  }

  function prepare(table: TableName, input: TableInput, batch: TableBatchOptions | undefined): PreparedInput {
    const t = tables[table];
    const prepared = prepareInput(input, table, fn, batch?.columns, t.bound !== undefined);
    if (t.bound === undefined) {
      // Unbound, the rows give a header (their first row of cells, or their keys) unless there are none.
      if (prepared.columns === undefined) return prepared;
      const local = new MappingIssues(fn);
      bind(table, prepared.columns, prepared.isFeatureCollection, local);
      local.throwIfAny();
    }
    if (locationIsGeometry(table) && !prepared.isFeatureCollection && prepared.rows.length > 0) {
      fail('invalid_value', `${table}.location`, `${fn}: the ${table} mapping reads locations from feature geometries ("geometry"), but the ${table} rows are not a GeoJSON FeatureCollection; pass the FeatureCollection, or map the coordinate columns.`);
    }
    return prepared;
  }

  function locationIsGeometry(table: TableName): boolean {
    // Called only for a table the mapping has a section for (after requireSection).
    return table === 'sites' ? compiled.sites!.location.kind === 'geometry' : table === 'households' ? compiled.households!.location?.kind === 'geometry' : false;
  }

  function firstRow(table: TableName, prepared: PreparedInput): number {
    const t = tables[table];
    return (prepared.isFeatureCollection ? 1 : firstRowNumber) + t.rows;
  }

  return {
    sites(input, batch) {
      enter('sites');
      const prepared = prepare('sites', input, batch);
      const t = tables.sites;
      if (t.bound === undefined) return { records: [], problems: [] };
      const { records, rejected } = mapSiteRows(t.bound as BoundSites, prepared.rows, prepared.geometries, firstRow('sites', prepared), state, t.ctx);
      t.rows += prepared.rows.length;
      t.records += records.length;
      t.rejected += rejected;
      state.sitesSeen = true;
      return { records, problems: t.ctx.takeProblems() };
    },
    persons(input, batch) {
      enter('persons');
      const prepared = prepare('persons', input, batch);
      const t = tables.persons;
      if (t.bound === undefined) return { problems: [] };
      t.rejected += mapPersonRows(t.bound as BoundPersons, prepared.rows, firstRow('persons', prepared), state, t.ctx);
      t.rows += prepared.rows.length;
      return { problems: t.ctx.takeProblems() };
    },
    households(input, batch) {
      enter('households');
      const prepared = prepare('households', input, batch);
      const t = tables.households;
      state.householdsSeen = true;
      if (t.bound === undefined) return { records: [], problems: [] };
      const { records, rejected } = mapHouseholdRows(t.bound as BoundHouseholds, prepared.rows, prepared.geometries, firstRow('households', prepared), state, t.ctx);
      t.rows += prepared.rows.length;
      t.records += records.length;
      t.rejected += rejected;
      return { records, problems: t.ctx.takeProblems() };
    },
    enrollments(input, batch) {
      enter('enrollments');
      const prepared = prepare('enrollments', input, batch);
      const t = tables.enrollments;
      if (t.bound === undefined) return { records: [], problems: [] };
      const { records, rejected } = mapEnrollmentRows(t.bound as BoundEnrollments, prepared.rows, firstRow('enrollments', prepared), state, t.ctx);
      t.rows += prepared.rows.length;
      t.records += records.length;
      t.rejected += rejected;
      return { records, problems: t.ctx.takeProblems() };
    },
    finish() {
      if (finished) fail('invalid_value', 'finish', `${fn}: finish() was called twice; create a new mapper for new tables.`);
      finished = true;
      const persons = tables.persons;
      let problems: TableProblem[] = [];
      if (persons.bound !== undefined) {
        const column = (persons.bound as BoundPersons).householdId.column?.header ?? null;
        const unclaimed = unclaimedPersons(state, column);
        problems = unclaimed.problems;
        persons.rejected += unclaimed.rows;
        persons.records = state.personsAttached;
      }
      const summary = {} as Record<TableName, TableSummary>;
      for (const name of ['households', 'persons', 'enrollments', 'sites'] as const) {
        const t = tables[name];
        summary[name] = { rows: t.rows, records: t.records, rejectedRows: t.rejected, warnings: t.ctx.warnings };
      }
      return { problems, summary };
    },
  };
}

