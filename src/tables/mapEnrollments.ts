import type { Enrollment } from '../internal/records.ts';
import { mapperFor } from './createTableMapper.ts';
import { compileMapping } from './internal/compileMapping.ts';
import type { TableInput, TableMapping, TableMappingResult } from './types.ts';
import { optionsObject } from '../internal/validate.ts';

/**
 * Options of {@link mapEnrollments}.
 *
 * @category Tables
 */
export interface MapEnrollmentsOptions {
  /** Ids of the households that became records: an enrolment for any other household is a problem. Without it, households are not checked. */
  readonly householdIds?: Iterable<string>;
  /** Ids of the sites: an enrolment at any other site is a warning. Without it, sites are not checked. */
  readonly siteIds?: Iterable<string>;
  /** Row number of the first data row; default 2 (a header line is row 1). Use 1 for rows without a header line. */
  readonly firstRowNumber?: number;
  /** The header, when the rows do not carry it. */
  readonly columns?: readonly string[];
}

/**
 * Maps an enrolments table onto {@link Enrollment} records with the mapping's `enrollments` section, checking
 * households (and sites) against the ids you pass. To map and check every table together, use {@link mapTables}.
 *
 * @param rows - The enrolment rows.
 * @param mapping - The mapping document.
 * @param options - Known household and site ids, first row number, header.
 * @returns The enrolment records and the problems.
 * @throws {EquityLensError} For a mapping it cannot use or a column the table lacks.
 * @category Tables
 * @example
 * ```ts
 * import { mapEnrollments } from "./mapEnrollments.ts";
 *
 * const mapping = { enrollments: { householdId: "hh", programId: { value: "swim" }, date: { column: "start", formats: ["MM/dd/yyyy", "excelSerial"] } } };
 * const { records, problems } = mapEnrollments(
 *   [{ hh: "A", start: "7/1/2024" }, { hh: "B", start: 45474 }, { hh: "Z", start: "7/1/2024" }],
 *   mapping,
 *   { householdIds: ["A", "B"] },
 * );
 * records.map((r) => r.date); // => ["2024-07-01", "2024-07-01"]
 * problems[0]?.code; // => "unknown_household"
 * ```
 */
export function mapEnrollments(rows: TableInput, mapping: TableMapping, options: MapEnrollmentsOptions = {}): TableMappingResult<Enrollment> {
  const fn = 'mapEnrollments';
  optionsObject(options, ['householdIds', 'siteIds', 'firstRowNumber', 'columns'], fn);
  const compiled = compileMapping(mapping, fn);
  const mapper = mapperFor(
    compiled,
    {
      ...(options.firstRowNumber === undefined ? {} : { firstRowNumber: options.firstRowNumber }),
      ...(options.householdIds === undefined ? {} : { householdIds: options.householdIds }),
      ...(options.siteIds === undefined ? {} : { siteIds: options.siteIds }),
      ...(options.columns === undefined ? {} : { columns: { enrollments: options.columns } }),
    },
    fn,
  );
  const result = mapper.enrollments(rows);
  mapper.finish();
  return result;
}
