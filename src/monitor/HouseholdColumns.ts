/**
 * Columnar household batches: the shapes {@link GoalSummarizer.add} accepts besides arrays of household records.
 *
 * @module
 */
import type { HouseholdMember, IncomeSource } from '../internal/records.ts';

/**
 * A dictionary-encoded column, as Apache Arrow and Parquet store repeated strings: record `i`'s value is
 * `dictionary[indices[i]]`; an index that is negative, `null` or not a whole number marks a missing value.
 *
 * @category Monitor
 */
export interface DictionaryColumn<T> {
  /** The distinct values. */
  readonly dictionary: ArrayLike<T>;
  /** Per record, the position of its value in `dictionary` (a typed array such as `Int32Array`, or an array). */
  readonly indices: ArrayLike<number | null>;
}

/**
 * One column of a {@link HouseholdColumns} batch: a value per record (an array or a typed array), or a
 * {@link DictionaryColumn}.
 *
 * @category Monitor
 */
export type HouseholdColumn<T> = ArrayLike<T> | DictionaryColumn<T>;

/**
 * A batch of households as columns, one value per record in each column, every column `length` long. Missing
 * values are `null`, `undefined` or (in number columns) `NaN`. The batch is read, never modified or kept.
 *
 * @category Monitor
 */
export interface HouseholdColumns {
  /** The number of records. */
  readonly length: number;
  /** Household ids (strings; unique). */
  readonly id: HouseholdColumn<string>;
  /** Household sizes, whole numbers from 1 to 30. */
  readonly size: HouseholdColumn<number>;
  /** Annual household income in dollars; missing where unknown (then `incomes`, when given, is summed). */
  readonly annualIncome?: ArrayLike<number | null | undefined>;
  /** Per record, its income sources (as `Household.incomes`). */
  readonly incomes?: ArrayLike<readonly IncomeSource[] | null | undefined>;
  /** Per record, its members with birth dates (as `Household.members`). */
  readonly members?: ArrayLike<readonly HouseholdMember[] | null | undefined>;
  /** Per record, the programs conferring categorical eligibility (as `Household.categorical`). */
  readonly categorical?: ArrayLike<readonly string[] | null | undefined>;
  /** Home locations in degrees, `[lng, lat]` split in two columns; a record missing either has no location. */
  readonly location?: { readonly lng: ArrayLike<number | null>; readonly lat: ArrayLike<number | null> };
  /** Attributes by name (`attributes.district` …): strings, numbers read as text (`3` → `"3"`). */
  readonly attributes?: Readonly<Record<string, HouseholdColumn<string | number | null | undefined>>>;
}

/**
 * A column of an Apache Arrow record batch, as the library reads it (duck-typed, so any Arrow JS version works and
 * the package does not depend on Arrow): `get(i)`, `length`, and, for a dictionary-encoded column, its one data
 * chunk's `dictionary` and index `values`.
 *
 * @category Monitor
 */
export interface ArrowVectorLike {
  /** The number of values. */
  readonly length: number;
  /** Value `i`, or `null`. */
  get(index: number): unknown;
  /** Values that are null (Arrow's `nullCount`). */
  readonly nullCount?: number;
  /** Whether value `i` is not null. */
  isValid?(index: number): boolean;
  /** The values as an array or typed array. */
  toArray?(): ArrayLike<unknown>;
  /** The data chunks: a dictionary-encoded chunk has `dictionary` (the values) and `values` (the indices). */
  readonly data?: readonly { readonly values?: ArrayLike<unknown>; readonly dictionary?: ArrowVectorLike }[];
}

/**
 * An Apache Arrow `RecordBatch` (or `Table`), duck-typed: `numRows` and `getChild(name)`. Columns are found by name
 * ({@link HouseholdColumnNames}).
 *
 * @category Monitor
 */
export interface ArrowRecordBatchLike {
  /** The number of records. */
  readonly numRows: number;
  /** The column of that name, or `null`. */
  getChild(name: string): ArrowVectorLike | null;
  /** The schema, whose field names list the columns (used for the default attributes and in messages). */
  readonly schema?: { readonly fields: readonly { readonly name: string }[] };
}

/**
 * Which Arrow column holds which household field. Each name defaults to the field's own name (`id`, `size`,
 * `annualIncome`, `lng`, `lat`); a field whose default column is absent is left out (except `id` and `size`, which
 * are required). Attributes default to every other column of the batch.
 *
 * @category Monitor
 */
export interface HouseholdColumnNames {
  /** The household id column (text). Default `"id"`. */
  readonly id?: string;
  /** The household size column. Default `"size"`. */
  readonly size?: string;
  /** The annual income column. Default `"annualIncome"`, when present. */
  readonly annualIncome?: string;
  /** The longitude column. Default `"lng"`, when present. */
  readonly lng?: string;
  /** The latitude column. Default `"lat"`, when present. */
  readonly lat?: string;
  /** Attribute name → column name. Default: every column not mapped to another field, under its own name. */
  readonly attributes?: Readonly<Record<string, string>>;
}
