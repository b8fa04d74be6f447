import type { Household } from '../internal/records.ts';
import { mapperFor } from './createTableMapper.ts';
import { compileMapping } from './internal/compileMapping.ts';
import { sortProblems } from './internal/sortProblems.ts';
import type { TableInput, TableMapping, TableMappingResult } from './types.ts';
import { optionsObject } from '../internal/validate.ts';

/**
 * Options of {@link mapHouseholds}.
 *
 * @category Tables
 */
export interface MapHouseholdsOptions {
  /** The persons table, when the mapping reads members from it (`households.members: "persons"`). */
  readonly persons?: TableInput;
  /** Row number of the first data row; default 2 (a header line is row 1). Use 1 for rows without a header line. */
  readonly firstRowNumber?: number;
  /** The households header, when the rows do not carry it. */
  readonly columns?: readonly string[];
  /** The persons header, when the rows do not carry it. */
  readonly personColumns?: readonly string[];
}

/**
 * Maps a households table (and its persons table, if the mapping joins one) onto {@link Household} records, with
 * the mapping's `households` (and `persons`) section. The problems of both tables come back together (see each
 * problem's `table`); persons whose household is missing or rejected are problems of the persons table.
 *
 * @param rows - The households rows, or a GeoJSON FeatureCollection.
 * @param mapping - The mapping document.
 * @param options - The persons rows, first row number, headers.
 * @returns The household records and the problems.
 * @throws {EquityLensError} For a mapping it cannot use or a column a table lacks.
 * @category Tables
 * @example
 * ```ts
 * import { mapHouseholds } from "./mapHouseholds.ts";
 *
 * const mapping = {
 *   households: {
 *     id: "id", size: "persons", annualIncome: "income",
 *     members: { wide: { birthDate: { column: "member{n}_dob", formats: ["d.M.yyyy"] } } },
 *     categorical: [{ program: "CalFresh", flag: "snap" }],
 *   },
 * };
 * const { records, problems } = mapHouseholds([
 *   { id: "7", persons: "2", income: "(1,200)", member1_dob: "4.7.1990", member2_dob: "", snap: "Y" },
 *   { id: "8", persons: "1", income: "38 500", member1_dob: "31.2.1985", member2_dob: "", snap: "n" },
 *   { id: "9", persons: "1", income: "", member1_dob: "", member2_dob: "", snap: "" },
 * ], mapping);
 * records; // => [{ id: "9", size: 1, attributes: {} }]
 * problems.map((p) => `row ${p.row}: ${p.code} (${p.field})`);
 * // => ["row 2: out_of_range (annualIncome)", "row 3: invalid_date (members[1].birthDate)"]
 * ```
 */
export function mapHouseholds(rows: TableInput, mapping: TableMapping, options: MapHouseholdsOptions = {}): TableMappingResult<Household> {
  const fn = 'mapHouseholds';
  optionsObject(options, ['persons', 'firstRowNumber', 'columns', 'personColumns'], fn);
  const compiled = compileMapping(mapping, fn);
  const columns: { households?: readonly string[]; persons?: readonly string[] } = {};
  if (options.columns !== undefined) columns.households = options.columns;
  if (options.personColumns !== undefined) columns.persons = options.personColumns;
  const mapper = mapperFor(compiled, { ...(options.firstRowNumber === undefined ? {} : { firstRowNumber: options.firstRowNumber }), columns }, fn);
  const persons = options.persons === undefined ? { problems: [] } : mapper.persons(options.persons);
  const households = mapper.households(rows);
  const end = mapper.finish();
  return { records: households.records, problems: sortProblems([households.problems, persons.problems, end.problems]) };
}
