/**
 * The table mapping document and the results of the table mappers.
 *
 * A {@link TableMapping} is plain JSON: one file (`mapping.json`) a city edits, with one section per table it
 * exports. Each field of a record is mapped from a column (by name), from a constant, or through a code map.
 *
 * @module
 */
import type { Enrollment, Household, PayFrequency } from '../internal/records.ts';
import type { Site } from '../proximity/SiteSchema.ts';

/**
 * The tables a mapping describes. `persons` holds one row per household member and is joined to `households` by
 * household id.
 *
 * @category Tables
 */
export type TableName = 'households' | 'persons' | 'enrollments' | 'sites';

/**
 * What to do with a value that cannot be read (not a number, an impossible date, an unlisted code): reject the
 * whole row (`rejectRow`, the default: the row is listed in `problems` as an error and becomes no record), or keep
 * the row without that value (`treatAsMissing`: the value is left out, as a blank would be, and the row is listed
 * as a warning). A required field (an id, a household size, a site location) always rejects the row.
 *
 * @category Tables
 */
export type TableOnInvalid = 'rejectRow' | 'treatAsMissing';

/**
 * A constant instead of a column: every record gets `value`.
 *
 * @category Tables
 */
export interface ConstantField<T> {
  /** The value every record gets. */
  readonly value: T;
}

/**
 * The options every column field shares.
 *
 * @category Tables
 */
export interface ColumnFieldBase {
  /**
   * The column's name as the table's header writes it. Matching ignores case, a byte-order mark, spaces around
   * the name, and treats spaces, `_` and `-` alike (`"Household ID"` finds `household_id`).
   */
  readonly column: string;
  /** Cell values that mean "missing" in this column, replacing the mapping's `defaults.missing`. */
  readonly missing?: readonly string[];
  /** What to do with a value that cannot be read; default `defaults.onInvalid` (`rejectRow`). */
  readonly onInvalid?: TableOnInvalid;
  /**
   * Whether a value not listed in `codes` is an invalid value (`invalid`) or read as written (`keep`). Default
   * `invalid` for text fields (a code map is a translation table) and `keep` for number, date and boolean fields
   * (a code map lists exceptions such as `"8+" → 8`).
   */
  readonly unlistedCodes?: 'invalid' | 'keep';
}

/**
 * A text column (ids, names, attributes), optionally translated by a code map (`"1" → "District 1"`). Codes match
 * the trimmed cell exactly, then ignoring case.
 *
 * @category Tables
 */
export interface TextColumn extends ColumnFieldBase {
  /** Code map: cell value → text. */
  readonly codes?: Readonly<Record<string, string>>;
}

/**
 * A number column. Cells may be written `1234.5`, `$1,234.50`, `1 234`, `(1,234.50)` (negative), `-$5`, `1.2E3`
 * or, when `percent` says what a percent means, `12%`. Blanks and missing tokens are missing, never 0.
 *
 * @category Tables
 */
export interface NumberColumn extends ColumnFieldBase {
  /** The decimal separator: `.` (default; `,` and spaces group thousands) or `,` (`.` and spaces group thousands). */
  readonly decimalSeparator?: '.' | ',';
  /**
   * What a cell written with `%` means: `fraction` (`12%` → 0.12, the library's unit rule for shares) or `number`
   * (`12%` → 12). Absent: a `%` cell is a problem (`unexpected_percent`).
   */
  readonly percent?: 'fraction' | 'number';
  /** Code map: cell value → number (`"8+" → 8`). */
  readonly codes?: Readonly<Record<string, number>>;
}

/**
 * A date column. Each cell is read with the first of `formats` that fits (date-fns `parse` tokens such as
 * `yyyy-MM-dd`, `MM/dd/yyyy`, `d.M.yyyy`, `dd-MMM-yy`, or `excelSerial` / `excelSerial1904` for a spreadsheet's
 * day numbers) and written `YYYY-MM-DD`, never through local time. `Date` values (Arrow, DuckDB) are read in UTC.
 *
 * @category Tables
 */
export interface DateColumn extends ColumnFieldBase {
  /** Accepted formats, tried in order; default `defaults.dateFormats` (`["yyyy-MM-dd"]`). */
  readonly formats?: readonly string[];
  /**
   * The date two-digit years are read against (`YYYY-MM-DD`): date-fns puts a two-digit year in the century
   * around it. Required when a format has a two-digit year (`yy`); default `defaults.referenceDate`.
   */
  readonly referenceDate?: string;
  /** Code map: cell value → `YYYY-MM-DD` date. */
  readonly codes?: Readonly<Record<string, string>>;
}

/**
 * A yes/no column. Cells are compared, ignoring case, with `trueValues` and `falseValues`; booleans and the
 * numbers 1 and 0 are read as themselves.
 *
 * @category Tables
 */
export interface BooleanColumn extends ColumnFieldBase {
  /** Cell values meaning yes; default `defaults.trueValues` (`y`, `yes`, `true`, `t`, `1`). */
  readonly trueValues?: readonly string[];
  /** Cell values meaning no; default `defaults.falseValues` (`n`, `no`, `false`, `f`, `0`). */
  readonly falseValues?: readonly string[];
  /** Code map: cell value → boolean. */
  readonly codes?: Readonly<Record<string, boolean>>;
}

/**
 * A column holding a list in one cell (`"CalFresh;Medi-Cal"`), split at `separator`; each item is trimmed,
 * translated by `codes` and empty items are dropped.
 *
 * @category Tables
 */
export interface ListColumn extends TextColumn {
  /** The separator between items; default `defaults.listSeparator` (`;`). */
  readonly separator?: string;
}

/**
 * A text field: a column name, a {@link TextColumn} or a constant.
 *
 * @category Tables
 */
export type TextField = string | TextColumn | ConstantField<string>;

/**
 * A number field: a column name, a {@link NumberColumn} or a constant.
 *
 * @category Tables
 */
export type NumberField = string | NumberColumn | ConstantField<number>;

/**
 * A date field: a column name, a {@link DateColumn} or a constant `YYYY-MM-DD`.
 *
 * @category Tables
 */
export type DateField = string | DateColumn | ConstantField<string>;

/**
 * A yes/no field: a column name, a {@link BooleanColumn} or a constant.
 *
 * @category Tables
 */
export type BooleanField = string | BooleanColumn | ConstantField<boolean>;

/**
 * A list field: a column name (items separated by `;`), a {@link ListColumn} or a constant list.
 *
 * @category Tables
 */
export type ListField = string | ListColumn | ConstantField<readonly string[]>;

/**
 * A pay-frequency field: a column (its cells, or their `codes`, must name a frequency — `weekly`, `biweekly`,
 * `semimonthly`, `monthly`, `annual`, in any case; `yearly`, `annually`, `bi-weekly`, `fortnightly` and
 * `semi-monthly` are understood) or a constant frequency.
 *
 * @category Tables
 */
export type FrequencyField = string | TextColumn | ConstantField<PayFrequency>;

/**
 * One income source: an amount column with its frequency (a column or a constant) and an optional source label.
 * A blank amount means "no amount from this source" (see `blankIncomeSource`), never 0.
 *
 * @category Tables
 */
export interface IncomeSourceMapping {
  /** Amount per period, dollars, ≥ 0. */
  readonly amount: NumberField;
  /** The period of the amount. */
  readonly frequency: FrequencyField;
  /** Where the income comes from (wages, benefits …). */
  readonly source?: TextField;
}

/**
 * Latitude and longitude in two columns, named explicitly (so the table may hold them in either order), in
 * degrees (WGS 84).
 *
 * @category Tables
 */
export interface LatLngColumns {
  /** The latitude column, degrees in [−90, 90]. */
  readonly lat: string | NumberColumn;
  /** The longitude column, degrees in [−180, 180]. */
  readonly lng: string | NumberColumn;
}

/**
 * A well-known-text point in one column: `POINT(lng lat)` (optionally `SRID=4326;POINT (lng lat)`; `POINT EMPTY`
 * is missing).
 *
 * @category Tables
 */
export interface PointColumn {
  /** The column holding `POINT(lng lat)` text. */
  readonly point: string | ColumnFieldBase;
}

/**
 * Where a location comes from: two columns, a `POINT(lng lat)` column, or `"geometry"` — the point geometry of
 * each feature when the table is a GeoJSON FeatureCollection.
 *
 * @category Tables
 */
export type LocationMapping = LatLngColumns | PointColumn | 'geometry';

/**
 * Household members from wide columns, one group per member: `member1_dob`, `member2_dob` … written as a template
 * with `{n}` (`"member{n}_dob"`). Every `n` whose birth-date column exists is read; a member whose birth date is
 * blank is absent.
 *
 * @category Tables
 */
export interface WideMembersMapping {
  /** The member columns. */
  readonly wide: {
    /** Birth-date column template with `{n}`, e.g. `"member{n}_dob"` or `{ column: "dob_{n}", formats: ["MM/dd/yyyy"] }`. */
    readonly birthDate: string | DateColumn;
    /** Disability column template with `{n}`. */
    readonly disability?: string | BooleanColumn;
  };
}

/**
 * A categorical-eligibility program (CalFresh, Medi-Cal …) read from a yes/no column: the program is listed
 * when the flag is yes.
 *
 * @category Tables
 */
export interface CategoricalFlagMapping {
  /** The program name written into `categorical` when the flag is yes. */
  readonly program: string;
  /** The yes/no column. */
  readonly flag: string | BooleanColumn;
}

/**
 * Categorical-eligibility programs read from a list column (`"CalFresh;Medi-Cal"`).
 *
 * @category Tables
 */
export interface CategoricalListMapping {
  /** The list column. */
  readonly list: string | ListColumn;
}

/**
 * How the households table maps onto {@link Household} records.
 *
 * @category Tables
 */
export interface HouseholdTableMapping {
  /** The household id (unique; compared as text). */
  readonly id: TextField;
  /**
   * Number of persons, a whole number in [1, 30]; or `{ countMembers: true }` to count the household's members
   * (from the persons table or wide columns).
   */
  readonly size: NumberField | { readonly countMembers: true };
  /** Annual household income, dollars. */
  readonly annualIncome?: NumberField;
  /** Income sources as amount + frequency (several allowed). */
  readonly incomes?: readonly IncomeSourceMapping[];
  /**
   * A blank amount in one income source: `skip` that source (default; the household's income is the sources that
   * have amounts, and is unknown only when every source is blank) or make the household's income unknown
   * (`incomeUnknown`).
   */
  readonly blankIncomeSource?: 'skip' | 'incomeUnknown';
  /** Home location. */
  readonly location?: LocationMapping;
  /** Members from the persons table (`"persons"`, joined by household id) or from wide columns. */
  readonly members?: 'persons' | WideMembersMapping;
  /** Grouping attributes: attribute name → text field (district, race/ethnicity, language …). */
  readonly attributes?: Readonly<Record<string, TextField>>;
  /** Columns no field names: ignored (default) or kept as attributes under their header. */
  readonly otherColumns?: 'ignore' | 'attributes';
  /** Programs conferring categorical eligibility, from flag or list columns. */
  readonly categorical?: readonly (CategoricalFlagMapping | CategoricalListMapping)[];
}

/**
 * How the persons table (one row per household member) maps onto household members.
 *
 * @category Tables
 */
export interface PersonTableMapping {
  /** The household the person belongs to. */
  readonly householdId: TextField;
  /** Birth date. */
  readonly birthDate: DateField;
  /** Whether the person has a disability. */
  readonly disability?: BooleanField;
  /** The person's income sources, added to the household's. */
  readonly incomes?: readonly IncomeSourceMapping[];
}

/**
 * How the enrolments table maps onto {@link Enrollment} records. At least one of `programYear` and `date`.
 *
 * @category Tables
 */
export interface EnrollmentTableMapping {
  /** The enrolled household's id. */
  readonly householdId: TextField;
  /** The program id (often a constant). */
  readonly programId: TextField;
  /** The site where the household enrolled. */
  readonly siteId?: TextField;
  /** The program year the enrolment counts toward, a whole number. */
  readonly programYear?: NumberField;
  /** The enrolment date. */
  readonly date?: DateField;
}

/**
 * How the sites table maps onto {@link Site} records.
 *
 * @category Tables
 */
export interface SiteTableMapping {
  /** The site id (unique). */
  readonly id: TextField;
  /** Display name. */
  readonly name?: TextField;
  /** Location (required). */
  readonly location: LocationMapping;
  /** Capacity (places, seats, staff hours …), ≥ 0. */
  readonly capacity?: NumberField;
  /** Program ids offered at the site. */
  readonly programs?: ListField;
}

/**
 * Defaults that apply to every column unless the column says otherwise.
 *
 * @category Tables
 */
export interface TableMappingDefaults {
  /** Cell values meaning "missing", compared after trimming and ignoring case; default `["", "NA", "N/A", "#N/A", "NULL", "NaN", "."]`. */
  readonly missing?: readonly string[];
  /** What to do with a value that cannot be read; default `rejectRow`. */
  readonly onInvalid?: TableOnInvalid;
  /** Decimal separator of number columns; default `.`. */
  readonly decimalSeparator?: '.' | ',';
  /** Date formats of date columns; default `["yyyy-MM-dd"]`. */
  readonly dateFormats?: readonly string[];
  /** The date two-digit years are read against, `YYYY-MM-DD`. No default: a format with `yy` needs one. */
  readonly referenceDate?: string;
  /** Yes values; default `["y", "yes", "true", "t", "1"]`. */
  readonly trueValues?: readonly string[];
  /** No values; default `["n", "no", "false", "f", "0"]`. */
  readonly falseValues?: readonly string[];
  /** Separator of list columns; default `;`. */
  readonly listSeparator?: string;
}

/**
 * A table mapping: how a city's exported tables become {@link Household}, {@link Enrollment} and {@link Site}
 * records. Plain JSON, validated by {@link defineTableMapping} (or the JSON Schema from
 * {@link tableMappingJsonSchema}).
 *
 * @category Tables
 */
export interface TableMapping {
  /** The JSON Schema the file follows (ignored by the library; lets editors validate and complete). */
  readonly $schema?: string;
  /** The mapping format version, `1`. */
  readonly version?: 1;
  /** What the mapping is for. */
  readonly description?: string;
  /** Defaults for every column. */
  readonly defaults?: TableMappingDefaults;
  /** The households table. */
  readonly households?: HouseholdTableMapping;
  /** The persons table (members, joined by household id). */
  readonly persons?: PersonTableMapping;
  /** The enrolments table. */
  readonly enrollments?: EnrollmentTableMapping;
  /** The sites table. */
  readonly sites?: SiteTableMapping;
}

/**
 * One row of a parsed table: an object keyed by column name (CSV parsers, d3-dsv, Deno std csv, Arquero `objects()`,
 * DuckDB, Arrow `toArray()`), or an array of cells in header order (then pass the header as `columns`). Values may be
 * strings, numbers, bigints, booleans, `Date`s, `null` or `undefined`.
 *
 * @category Tables
 */
export type TableRow = Readonly<Record<string, unknown>> | readonly unknown[];

/**
 * A GeoJSON Point geometry, `[lng, lat]`.
 *
 * @category Tables
 */
export interface PointGeometry {
  /** Always `"Point"`. */
  readonly type: 'Point';
  /** `[lng, lat]` in degrees. */
  readonly coordinates: readonly number[];
}

/**
 * A GeoJSON Feature as the mappers read it: its `properties` are the row, its point `geometry` the location.
 *
 * @category Tables
 */
export interface TableFeature {
  /** Always `"Feature"`. */
  readonly type: 'Feature';
  /** The row's cells. */
  readonly properties: Readonly<Record<string, unknown>> | null;
  /** The location; a geometry other than a Point is a problem. */
  readonly geometry: { readonly type: string; readonly coordinates?: unknown } | null;
  /** Feature id (not read: map the id from a property). */
  readonly id?: string | number | undefined;
}

/**
 * A GeoJSON FeatureCollection of points (from a GIS export), accepted wherever rows are: each feature is a row.
 * The type is structural, so `FeatureCollection<Point>` from `@turf/helpers` or `geojson` fits.
 *
 * @category Tables
 */
export interface TableFeatureCollection {
  /** Always `"FeatureCollection"`. */
  readonly type: 'FeatureCollection';
  /** The features, one per row. */
  readonly features: readonly TableFeature[];
}

/**
 * A GeoJSON Point feature as {@link toFeatureCollection} writes it. Structurally a `Feature<Point, P>` of
 * `@turf/helpers` (and of the `geojson` types), so it can be passed to turf and GIS libraries as is.
 *
 * @category Tables
 */
export interface PointFeature<P> {
  /** Always `"Feature"`. */
  readonly type: 'Feature';
  /** The record's id, when it is a string or a number. */
  readonly id?: string | number | undefined;
  /** The point, `[lng, lat]`. */
  readonly geometry: { readonly type: 'Point'; readonly coordinates: number[] };
  /** The record's other fields. */
  readonly properties: P;
}

/**
 * A GeoJSON FeatureCollection of {@link PointFeature}s; structurally a `FeatureCollection<Point, P>`.
 *
 * @category Tables
 */
export interface PointFeatureCollection<P> {
  /** Always `"FeatureCollection"`. */
  readonly type: 'FeatureCollection';
  /** One feature per located record. */
  readonly features: PointFeature<P>[];
}

/**
 * Rows of one table: an array of {@link TableRow}s or a GeoJSON FeatureCollection.
 *
 * @category Tables
 */
export type TableInput = readonly TableRow[] | TableFeatureCollection;

/**
 * Stable codes of the problems a mapper lists, one per kind of fix.
 *
 * - `missing_value`: a required field is blank (an id, a household size, a program id, a site location, an
 *   enrolment's program year or date).
 * - `invalid_number`: a number field holds something that is not a number.
 * - `unexpected_percent`: a number written with `%` where the mapping does not say what a percent means.
 * - `not_integer`: a whole number was expected (a household size of 2.5).
 * - `out_of_range`: a number or date outside what the field allows (a negative income, a size of 0, a year 1024).
 * - `invalid_date`: a date that fits none of the declared formats, or does not exist (30 February).
 * - `invalid_boolean`: a yes/no field holds something else.
 * - `unknown_code`: a value not in the field's code map, or not a pay frequency.
 * - `invalid_position`: a location outside the globe's ranges, `0, 0`, a malformed `POINT`, a non-point geometry.
 * - `incomplete_location`: one of latitude and longitude is blank.
 * - `invalid_value`: a cell of a type the field cannot use (an object, an array).
 * - `duplicate_id`: a household or site id already used by an earlier row.
 * - `unknown_household`: a person or enrolment whose household is not in the households table.
 * - `rejected_household`: a person or enrolment whose household row was rejected (fix that row first).
 * - `unknown_site`: an enrolment's site is not in the sites table (warning; the enrolment is kept).
 * - `size_below_members`: a household lists more members than its size (warning; the size is kept).
 * - `member_without_birth_date`: a wide member group with values but no birth date (warning; the member is left out).
 *
 * @category Tables
 */
export type TableProblemCode =
  | 'missing_value'
  | 'invalid_number'
  | 'unexpected_percent'
  | 'not_integer'
  | 'out_of_range'
  | 'invalid_date'
  | 'invalid_boolean'
  | 'unknown_code'
  | 'invalid_position'
  | 'incomplete_location'
  | 'invalid_value'
  | 'duplicate_id'
  | 'unknown_household'
  | 'rejected_household'
  | 'unknown_site'
  | 'size_below_members'
  | 'member_without_birth_date';

/**
 * One problem with one row. `severity: "error"` means the row became no record; `"warning"` means it did, and
 * something about it needs a look (a value left out under `treatAsMissing`, an unknown site).
 *
 * @category Tables
 */
export interface TableProblem {
  /** The table the row belongs to. */
  readonly table: TableName;
  /**
   * The row number as a spreadsheet shows it: with a header line (the default), the header is row 1 and the first
   * data row is row 2; with `firstRowNumber: 1` (rows without a header line, such as Arrow's), the first row is 1;
   * in a FeatureCollection, feature `i` is row `i + 1`. A quoted cell spanning several lines is still one row.
   */
  readonly row: number;
  /** The column as the table's header writes it; `null` for a constant or a problem of the whole row. */
  readonly column: string | null;
  /** The raw cell, as text; `null` when blank or absent. */
  readonly value: string | null;
  /** The record field concerned: `size`, `incomes[0].amount`, `members[2].birthDate`, `attributes.district`, `location`, `id`. */
  readonly field: string;
  /** The kind of problem; stable, for filtering and counting. */
  readonly code: TableProblemCode;
  /** `error`: the row became no record. `warning`: it did. */
  readonly severity: 'error' | 'warning';
  /** What is wrong and how to fix it. */
  readonly message: string;
  /** The row's record id (household id, site id; the household id of a person or enrolment), when it could be read. */
  readonly id: string | null;
}

/**
 * Counts for one table: every row is a record or a rejected row (`rows = records + rejectedRows`).
 *
 * @category Tables
 */
export interface TableSummary {
  /** Rows read. */
  readonly rows: number;
  /** Rows that became records (for persons: members attached to a household). */
  readonly records: number;
  /** Rows listed in `problems` with an error, which became no record. */
  readonly rejectedRows: number;
  /** Warnings (a row can have several). */
  readonly warnings: number;
}

/**
 * Records mapped from one table (or one batch of it) and the problems found.
 *
 * @category Tables
 */
export interface TableMappingResult<T> {
  /** The records, in row order. */
  readonly records: T[];
  /** Problems, by row then field. */
  readonly problems: TableProblem[];
}

