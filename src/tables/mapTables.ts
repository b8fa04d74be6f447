import { fail } from '../internal/errors.ts';
import type { EquityLensError } from '../internal/errors.ts';
import type { Enrollment, Household } from '../internal/records.ts';
import type { Site } from '../proximity/SiteSchema.ts';
import { mapperFor } from './createTableMapper.ts';
import { compileMapping } from './internal/compileMapping.ts';
import { prepareInput } from './internal/input.ts';
import { sortProblems } from './internal/sortProblems.ts';
import type { TableInput, TableMapping, TableName, TableProblem, TableSummary } from './types.ts';
import { optionsObject } from '../internal/validate.ts';

/**
 * The tables {@link mapTables} reads. Each is an array of rows (objects keyed by column, or arrays of cells whose
 * first row is the header) or a GeoJSON FeatureCollection.
 *
 * @category Tables
 */
export interface TableInputs {
  /** The households table. */
  readonly households: TableInput;
  /** The persons table, when the mapping reads members from it. */
  readonly persons?: TableInput;
  /** The enrolments table. */
  readonly enrollments?: TableInput;
  /** The sites table. */
  readonly sites?: TableInput;
}

/**
 * Options of {@link mapTables}.
 *
 * @category Tables
 */
export interface MapTablesOptions {
  /** Row number of the first data row; default 2 (a header line is row 1). Use 1 for rows without a header line. */
  readonly firstRowNumber?: number;
  /** Headers, when they are not in the rows themselves (array rows without a header row). */
  readonly columns?: Readonly<Partial<Record<TableName, readonly string[]>>>;
}

/**
 * What {@link mapTables} returns.
 *
 * @category Tables
 */
export interface MapTablesResult {
  /** Household records, in row order. */
  readonly households: Household[];
  /** Enrolment records. */
  readonly enrollments: Enrollment[];
  /** Site records. */
  readonly sites: Site[];
  /** Every problem, by table (households, persons, enrollments, sites), then row, then field. */
  readonly problems: TableProblem[];
  /** Counts per table: every row is a record or a rejected row. */
  readonly summary: Readonly<Record<TableName, TableSummary>>;
}

/**
 * Maps a city's exported tables — households, persons, enrolments, sites — onto the library's {@link Household},
 * {@link Enrollment} and {@link Site} records, driven by one {@link TableMapping}, with the checks across tables:
 * persons join their household by id, enrolments must name a household that became a record, duplicate household
 * and site ids are rejected, enrolments at unknown sites are flagged.
 *
 * Every input row is accounted for: it becomes a record, or it is listed in `problems` with an error (row number
 * as a spreadsheet shows it, column, raw value, a stable code and a message that says how to fix it). Blanks and
 * missing tokens (`NA`, `N/A`, `NULL` …) are missing, never 0. All headers are checked before any row is read:
 * a column the mapping names but a table lacks is an {@link EquityLensError} naming the closest existing column.
 *
 * For tables too large to hold at once, {@link createTableMapper} does the same batch by batch.
 *
 * @param tables - The parsed tables.
 * @param mapping - The mapping document (see {@link defineTableMapping}).
 * @param options - First row number and headers.
 * @returns Records, problems and counts.
 * @throws {EquityLensError} For a mapping it cannot use, a column a table lacks, a table the mapping has no section for, or a persons-based mapping without persons.
 * @category Tables
 * @example
 * ```ts
 * import { mapTables } from "./mapTables.ts";
 *
 * const mapping = {
 *   households: { id: "HH ID", size: { countMembers: true as const }, members: "persons" as const,
 *     incomes: [{ amount: "Monthly Income", frequency: { value: "monthly" as const } }],
 *     attributes: { district: { column: "Council District", codes: { "1": "District 1", "2": "District 2" } } } },
 *   persons: { householdId: "HH ID", birthDate: { column: "DOB", formats: ["MM/dd/yyyy"] } },
 * };
 * const households = [
 *   { "\uFEFFHH ID": "A1", "Monthly Income": "$2,450.00", "Council District": "1" },
 *   { "\uFEFFHH ID": "A2", "Monthly Income": "N/A", "Council District": "7" },
 * ];
 * const persons = [
 *   { "HH ID": "A1", DOB: "03/14/1988" }, { "HH ID": "A1", DOB: "11/02/2016" }, { "HH ID": "A3", DOB: "01/01/1990" },
 * ];
 * const result = mapTables({ households, persons }, mapping);
 * result.households.map((h) => h.id); // => ["A1"]
 * const [a1] = result.households;
 * [a1?.size, a1?.incomes, a1?.attributes]; // => [2, [{ amount: 2450, frequency: "monthly" }], { district: "District 1" }]
 * a1?.members; // => [{ birthDate: "1988-03-14" }, { birthDate: "2016-11-02" }]
 * result.problems.map((p) => `${p.table} row ${p.row} ${p.column}: ${p.code}`);
 * // => ["households row 3 Council District: unknown_code", "households row 3 null: missing_value", "persons row 4 HH ID: unknown_household"]
 * ```
 */
export function mapTables(tables: TableInputs, mapping: TableMapping, options: MapTablesOptions = {}): MapTablesResult {
  const fn = 'mapTables';
  optionsObject(options, ['firstRowNumber', 'columns'], fn);
  const compiled = compileMapping(mapping, fn);
  if (tables === null || typeof tables !== 'object') fail('invalid_type', 'tables', `${fn}: tables must be an object { households, persons?, enrollments?, sites? }.`);
  if (tables.households === undefined) fail('missing_field', 'tables.households', `${fn}: tables.households is missing; pass the households rows.`);
  if (compiled.households?.members === 'persons' && tables.persons === undefined) {
    fail('missing_field', 'tables.persons', `${fn}: the mapping reads household members from the persons table, but tables.persons is missing; pass the persons rows.`);
  }
  const names = (['households', 'persons', 'enrollments', 'sites'] as const).filter((name) => tables[name] !== undefined);
  const columns: Partial<Record<TableName, readonly string[]>> = {};
  const inputs: Partial<Record<TableName, TableInput>> = {};
  for (const name of names) {
    if (compiled[name] === undefined) fail('not_found', name, `${fn}: tables.${name} is given, but the mapping has no ${name} section; add "${name}" to the mapping, or leave the table out.`);
    const input = tables[name] as TableInput;
    const prepared = prepareInput(input, name, fn, options.columns?.[name], false);
    if (prepared.columns !== undefined) columns[name] = prepared.columns;
    inputs[name] = prepared.headerRow ? (prepared.rows as TableInput) : input;
  }
  const mapper = mapperFor(compiled, { ...(options.firstRowNumber === undefined ? {} : { firstRowNumber: options.firstRowNumber }), columns }, fn);
  const sites = inputs.sites === undefined ? { records: [], problems: [] } : mapper.sites(inputs.sites);
  const persons = inputs.persons === undefined ? { problems: [] } : mapper.persons(inputs.persons);
  const households = mapper.households(inputs.households as TableInput);
  const enrollments = inputs.enrollments === undefined ? { records: [], problems: [] } : mapper.enrollments(inputs.enrollments);
  const end = mapper.finish();
  const problems = sortProblems([households.problems, persons.problems, end.problems, enrollments.problems, sites.problems]);
  return { households: households.records, enrollments: enrollments.records, sites: sites.records, problems, summary: end.summary };
}
