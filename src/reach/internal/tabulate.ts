/**
 * The counting engine behind `targetingErrors` and `targetingErrorsByYear`: reads the accessors once per row into
 * typed arrays, interns every grouping key with {@link GroupIndex}, combines the per-dimension integer ids into one
 * cell id per row (never a composite string) and counts into one flat `Float64Array`.
 *
 * @internal
 * @module
 */
import { describe, fail } from '../../internal/errors.ts';
import { GroupIndex } from '../../internal/groups.ts';

/** Field offsets inside one cell of the flat count array. */
export const RECORDS = 0;
export const POPULATION = 1;
export const ELIGIBLE = 2;
export const INELIGIBLE = 3;
export const INDETERMINATE = 4;
export const ENROLLED = 5;
export const ELIGIBLE_ENROLLED = 6;
export const INELIGIBLE_ENROLLED = 7;
export const INDETERMINATE_ENROLLED = 8;
export const ELIGIBLE_WEIGHT_SQUARES = 9;
/** Number of fields per cell. */
export const FIELDS = 10;

/** Eligibility codes stored per row. */
export const CODE_INELIGIBLE = 0;
export const CODE_ELIGIBLE = 1;
export const CODE_INDETERMINATE = 2;

/** A grouping accessor: returns the row's group key, a string. */
export type Accessor<T, V> = (row: T, index: number) => V;

/** The per-row outcomes read from the accessors. */
export interface Outcomes {
  /** 0 ineligible, 1 eligible, 2 indeterminate. */
  readonly eligibility: Uint8Array;
  /** 1 enrolled, 0 not. */
  readonly enrolled: Uint8Array;
  /** Weights, or `null` when every row counts 1. */
  readonly weights: Float64Array | null;
}

/**
 * Reads eligibility, enrolment and weight for every row, validating each value.
 *
 * @internal
 */
export function readOutcomes<T>(
  rows: readonly T[],
  eligible: Accessor<T, boolean | null>,
  enrolled: Accessor<T, boolean>,
  weight: Accessor<T, number> | undefined,
  fn: string,
): Outcomes {
  const n = rows.length;
  const eligibility = new Uint8Array(n);
  const enrolledFlags = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const row = rows[i] as T;
    const e: unknown = eligible(row, i);
    if (e === true) eligibility[i] = CODE_ELIGIBLE;
    else if (e === false) eligibility[i] = CODE_INELIGIBLE;
    else if (e === null) eligibility[i] = CODE_INDETERMINATE;
    else {
      fail(
        'invalid_type',
        `rows[${i}]`,
        `${fn}: options.eligible returned ${describe(e)} for rows[${i}]; expected true, false or null (null = eligibility cannot be determined).`,
      );
    }
    const s: unknown = enrolled(row, i);
    if (s === true) enrolledFlags[i] = 1;
    else if (s !== false) {
      fail('invalid_type', `rows[${i}]`, `${fn}: options.enrolled returned ${describe(s)} for rows[${i}]; expected true or false.`);
    }
  }
  let weights: Float64Array | null = null;
  if (weight !== undefined) {
    weights = new Float64Array(n);
    for (let i = 0; i < n; i++) weights[i] = checkWeight(weight(rows[i] as T, i), i, fn);
  }
  return { eligibility, enrolled: enrolledFlags, weights };
}

/**
 * Validates one weight returned by a weight accessor.
 *
 * @internal
 */
export function checkWeight(w: unknown, i: number, fn: string): number {
  if (typeof w !== 'number') {
    fail('invalid_type', `rows[${i}]`, `${fn}: options.weight returned ${describe(w)} for rows[${i}]; weights must be finite numbers ≥ 0.`);
  }
  if (!Number.isFinite(w)) {
    fail('not_finite', `rows[${i}]`, `${fn}: options.weight returned ${describe(w)} for rows[${i}]; weights must be finite numbers ≥ 0.`);
  }
  if (w < 0) {
    fail('out_of_range', `rows[${i}]`, `${fn}: options.weight returned ${w} for rows[${i}]; weights must be finite numbers ≥ 0.`);
  }
  return w;
}

/** One grouping dimension, interned. */
export interface Dimension {
  /** The dimension's name. */
  readonly name: string;
  /** The group id of each row. */
  readonly ids: Int32Array;
  /** Group keys by id. */
  readonly keys: readonly string[];
}

/**
 * Interns the keys one grouping accessor returns.
 *
 * @internal
 */
export function readDimension<T>(rows: readonly T[], name: string, accessor: Accessor<T, string>, label: string, fn: string): Dimension {
  const n = rows.length;
  const ids = new Int32Array(n);
  const index = new GroupIndex();
  for (let i = 0; i < n; i++) {
    const key: unknown = accessor(rows[i] as T, i);
    if (typeof key !== 'string') {
      fail(
        'invalid_type',
        `rows[${i}]`,
        `${fn}: ${label} returned ${describe(key)} for rows[${i}]; a group key must be a string (use String(value)).`,
      );
    }
    ids[i] = index.idOf(key, `rows[${i}]`, fn);
  }
  return { name, ids, keys: index.keys };
}

/** Each row's cell and the number of cells. */
export interface Cells {
  /** Cell id of each row. */
  readonly cellOf: Int32Array;
  /** Number of cell ids (some may be empty when the combination is dense). */
  readonly cellCount: number;
}

// Above this many combinations a dense mixed-radix id would waste memory on empty cells, so the ids seen so far
// are renumbered compactly (through a Map keyed by a number, never by a string).
const DENSE_LIMIT = 1 << 16;

/**
 * Combines per-dimension ids into one cell id per row: mixed-radix while the product of the dimension sizes is
 * small, compact renumbering otherwise. Every key stays below n² < 2⁵³, so number keys are exact.
 *
 * @internal
 */
export function combineCells(dimensions: readonly { readonly ids: Int32Array; readonly size: number }[], n: number): Cells {
  const first = dimensions[0];
  if (first === undefined) return { cellOf: new Int32Array(n), cellCount: 1 };
  const cellOf = Int32Array.from(first.ids);
  let size = Math.max(1, first.size);
  for (let d = 1; d < dimensions.length; d++) {
    const dimension = dimensions[d] as { readonly ids: Int32Array; readonly size: number };
    const ids = dimension.ids;
    const radix = Math.max(1, dimension.size);
    if (size * radix <= DENSE_LIMIT) {
      for (let i = 0; i < n; i++) cellOf[i] = (cellOf[i] as number) + size * (ids[i] as number);
      size *= radix;
    } else {
      const compact = new Map<number, number>();
      for (let i = 0; i < n; i++) {
        const key = (cellOf[i] as number) + size * (ids[i] as number);
        let id = compact.get(key);
        if (id === undefined) {
          id = compact.size;
          compact.set(key, id);
        }
        cellOf[i] = id;
      }
      size = Math.max(1, compact.size);
    }
  }
  return { cellOf, cellCount: size };
}

/** Counts per cell and, for each cell, the first row that fell in it (−1 when empty). */
export interface Tally {
  /** `cellCount × FIELDS` counts. */
  readonly counts: Float64Array;
  /** First row of each cell, −1 when the cell is empty. */
  readonly firstRow: Int32Array;
}

/**
 * The hot loop: one indexed pass over the rows, counting into a flat typed array.
 *
 * @internal
 */
export function tally(outcomes: Outcomes, cells: Cells): Tally {
  const { eligibility, enrolled, weights } = outcomes;
  const { cellOf, cellCount } = cells;
  const counts = new Float64Array(cellCount * FIELDS);
  const firstRow = new Int32Array(cellCount).fill(-1);
  const n = eligibility.length;
  for (let i = 0; i < n; i++) {
    const cell = cellOf[i] as number;
    const base = cell * FIELDS;
    if ((counts[base + RECORDS] as number) === 0) firstRow[cell] = i;
    const w = weights === null ? 1 : (weights[i] as number);
    const e = eligibility[i];
    const isEnrolled = enrolled[i] === 1;
    counts[base + RECORDS] = (counts[base + RECORDS] as number) + 1;
    counts[base + POPULATION] = (counts[base + POPULATION] as number) + w;
    if (e === CODE_ELIGIBLE) {
      counts[base + ELIGIBLE] = (counts[base + ELIGIBLE] as number) + w;
      counts[base + ELIGIBLE_WEIGHT_SQUARES] = (counts[base + ELIGIBLE_WEIGHT_SQUARES] as number) + w * w;
      if (isEnrolled) counts[base + ELIGIBLE_ENROLLED] = (counts[base + ELIGIBLE_ENROLLED] as number) + w;
    } else if (e === CODE_INELIGIBLE) {
      counts[base + INELIGIBLE] = (counts[base + INELIGIBLE] as number) + w;
      if (isEnrolled) counts[base + INELIGIBLE_ENROLLED] = (counts[base + INELIGIBLE_ENROLLED] as number) + w;
    } else {
      counts[base + INDETERMINATE] = (counts[base + INDETERMINATE] as number) + w;
      if (isEnrolled) counts[base + INDETERMINATE_ENROLLED] = (counts[base + INDETERMINATE_ENROLLED] as number) + w;
    }
    if (isEnrolled) counts[base + ENROLLED] = (counts[base + ENROLLED] as number) + w;
  }
  return { counts, firstRow };
}
