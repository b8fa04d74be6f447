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

/** Eligibility codes stored per row; `ELIGIBLE + code` and `ELIGIBLE_ENROLLED + code` are the row's count fields. */
export const CODE_ELIGIBLE = 0;
export const CODE_INELIGIBLE = 1;
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
  // Stryker disable next-line ArrayDeclaration: equivalent — only the outcomes are returned, and no dimension changes them
  return readRecords(rows, eligible, enrolled, weight, [], fn).outcomes;
}

/** A grouping accessor with its dimension name and how error messages call it. */
export interface DimensionAccessor<T> {
  readonly name: string;
  readonly accessor: Accessor<T, string>;
  readonly label: string;
}

/**
 * Reads outcomes, weights and every grouping key in **one** pass over the records (each record object is visited
 * once, which matters more than anything else at a million records), interning keys per dimension.
 *
 * @internal
 */
export function readRecords<T>(
  rows: readonly T[],
  eligible: Accessor<T, boolean | null>,
  enrolled: Accessor<T, boolean>,
  weight: Accessor<T, number> | undefined,
  dimensions: readonly DimensionAccessor<T>[],
  fn: string,
): { outcomes: Outcomes; dimensions: Dimension[] } {
  const n = rows.length;
  const eligibility = new Uint8Array(n);
  const enrolledFlags = new Uint8Array(n);
  const weights = weight === undefined ? null : new Float64Array(n);
  const dimensionCount = dimensions.length;
  const accessors = dimensions.map((d) => d.accessor);
  const indexes = dimensions.map(() => new GroupIndex());
  const ids = dimensions.map(() => new Int32Array(n));
  const empty = new Int32Array(0);
  const [ids0 = empty, ids1 = empty, ids2 = empty] = ids;
  const spare = new GroupIndex();
  const [index0 = spare, index1 = spare, index2 = spare] = indexes;
  // Undefined beyond the dimensions given; each is called only when its dimension exists.
  const [accessor0, accessor1, accessor2] = accessors as (Accessor<T, string> | undefined)[];
  for (let i = 0; i < n; i++) {
    const row = rows[i] as T;
    // The same checks as the single-pass path (statusCode, enrolledFlag), so both paths accept and reject alike.
    eligibility[i] = statusCode(eligible(row, i), i, fn);
    if (enrolledFlag(enrolled(row, i), i, fn)) enrolledFlags[i] = 1;
    // weights is allocated exactly when weight is given.
    if (weights !== null) weights[i] = checkWeight((weight as Accessor<T, number>)(row, i), i, fn);
    // The first three dimensions are unrolled so that each accessor call site sees one function (and can be
    // inlined); further dimensions share one loop.
    if (dimensionCount > 0) ids0[i] = internKey(index0, (accessor0 as Accessor<T, string>)(row, i), dimensions, 0, i, fn);
    if (dimensionCount > 1) ids1[i] = internKey(index1, (accessor1 as Accessor<T, string>)(row, i), dimensions, 1, i, fn);
    if (dimensionCount > 2) ids2[i] = internKey(index2, (accessor2 as Accessor<T, string>)(row, i), dimensions, 2, i, fn);
    for (let d = 3; d < dimensionCount; d++) {
      (ids[d] as Int32Array)[i] = internKey(indexes[d] as GroupIndex, (accessors[d] as Accessor<T, string>)(row, i), dimensions, d, i, fn);
    }
  }
  return {
    outcomes: { eligibility, enrolled: enrolledFlags, weights },
    dimensions: dimensions.map((d, k) => ({ name: d.name, ids: ids[k] as Int32Array, keys: (indexes[k] as GroupIndex).keys })),
  };
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
      // Stryker disable next-line EqualityOperator: equivalent — at i = n both typed arrays are out of range: the read is undefined, the write ignored
      for (let i = 0; i < n; i++) cellOf[i] = (cellOf[i] as number) + size * (ids[i] as number);
      size *= radix;
    } else {
      const compact = new Map<number, number>();
      for (let i = 0; i < n; i++) {
        // Stryker disable next-line ArithmeticOperator: equivalent — with 0 ≤ cellOf < size, cellOf − size·id is one-to-one as cellOf + size·id is, and only equal keys matter
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
  const { cellOf, cellCount } = cells;
  const counts = new Float64Array(cellCount * FIELDS);
  const firstRow = new Int32Array(cellCount).fill(-1);
  const n = outcomes.eligibility.length;
  // Stryker disable next-line EqualityOperator: equivalent — row n has cell undefined, so count writes only at index NaN, which a typed array ignores
  for (let i = 0; i < n; i++) count(counts, firstRow, outcomes, i, cellOf[i] as number);
  return { counts, firstRow };
}

/**
 * Tallies over up to three dimensions whose sizes multiply to a small number, computing each row's mixed-radix
 * cell id inside the counting loop (no cell array, no extra pass); otherwise combines cells first.
 *
 * @internal
 */
export function tallyDimensions(outcomes: Outcomes, dimensions: readonly Dimension[], n: number): Tally & { cellCount: number } {
  let product = 1;
  for (const d of dimensions) product *= Math.max(1, d.keys.length);
  if (dimensions.length > 3 || product > DENSE_LIMIT) {
    const cells = combineCells(
      dimensions.map((d) => ({ ids: d.ids, size: d.keys.length })),
      n,
    );
    return { ...tally(outcomes, cells), cellCount: cells.cellCount };
  }
  // Stryker disable next-line ConditionalExpression, EqualityOperator: equivalent — with three dimensions no id array falls back to zeros; it would only cost memory
  const zeros = dimensions.length < 3 ? new Int32Array(n) : new Int32Array(0);
  const ids0 = dimensions[0]?.ids ?? zeros;
  const ids1 = dimensions[1]?.ids ?? zeros;
  const ids2 = dimensions[2]?.ids ?? zeros;
  const stride1 = Math.max(1, dimensions[0]?.keys.length ?? 1);
  const stride2 = stride1 * Math.max(1, dimensions[1]?.keys.length ?? 1);
  const counts = new Float64Array(product * FIELDS);
  const firstRow = new Int32Array(product).fill(-1);
  // Stryker disable next-line EqualityOperator: equivalent — row n has cell NaN (ids out of range), so count writes only at index NaN, which a typed array ignores
  for (let i = 0; i < n; i++) {
    count(counts, firstRow, outcomes, i, (ids0[i] as number) + stride1 * (ids1[i] as number) + stride2 * (ids2[i] as number));
  }
  return { counts, firstRow, cellCount: product };
}

// Adds row i to its cell. Branch-free: the status picks the field, enrolment (0 or 1) scales the enrolled counts.
function count(counts: Float64Array, firstRow: Int32Array, outcomes: Outcomes, i: number, cell: number): void {
  const base = cell * FIELDS;
  if ((counts[base + RECORDS] as number) === 0) firstRow[cell] = i;
  const weights = outcomes.weights;
  const w = weights === null ? 1 : (weights[i] as number);
  const code = outcomes.eligibility[i] as number;
  const enrolledWeight = w * (outcomes.enrolled[i] as number);
  // Stryker disable next-line ArithmeticOperator: equivalent — RECORDS is 0, so base − RECORDS is base + RECORDS
  counts[base + RECORDS] = (counts[base + RECORDS] as number) + 1;
  counts[base + POPULATION] = (counts[base + POPULATION] as number) + w;
  counts[base + ELIGIBLE + code] = (counts[base + ELIGIBLE + code] as number) + w;
  counts[base + ENROLLED] = (counts[base + ENROLLED] as number) + enrolledWeight;
  counts[base + ELIGIBLE_ENROLLED + code] = (counts[base + ELIGIBLE_ENROLLED + code] as number) + enrolledWeight;
  if (code === CODE_ELIGIBLE) counts[base + ELIGIBLE_WEIGHT_SQUARES] = (counts[base + ELIGIBLE_WEIGHT_SQUARES] as number) + w * w;
}

/** A non-empty cell found by {@link tallyRecords}: its key id in each dimension and its counts offset. */
export interface FusedTally {
  /** `cellCount × FIELDS` counts. */
  readonly counts: Float64Array;
  /** Number of cell slots (product of the capacities). */
  readonly cellCount: number;
  /** Decodes a cell slot into one key per dimension. */
  readonly keysOf: (cell: number) => string[];
}

// Fused-path capacity: beyond this many cell slots the two-pass path (per-row ids, compact renumbering) takes over.
const FUSED_LIMIT = 1 << 16;

/**
 * The single-pass path for up to three grouping dimensions: accessors are called, keys interned and the row counted
 * in the same iteration, with each dimension given a power-of-two capacity that doubles (re-laying out the few
 * counted cells) when a new key needs it. Nothing is stored per row. Returns `null` when the dimensions turn out too
 * large for a dense table; the caller then runs the two-pass path.
 *
 * @internal
 */
export function tallyRecords<T>(
  rows: readonly T[],
  eligible: Accessor<T, boolean | null>,
  enrolled: Accessor<T, boolean>,
  weight: Accessor<T, number> | undefined,
  dimensions: readonly DimensionAccessor<T>[],
  fn: string,
): FusedTally | null {
  // Separate loops for "no grouping" and "grouping": one loop serving both would carry the other's type feedback
  // and run measurably slower in V8 after being used both ways.
  if (dimensions.length === 0) return tallyUngrouped(rows, eligible, enrolled, weight, fn);
  if (dimensions.length > 3) return null;
  return tallyGrouped(rows, eligible, enrolled, weight, dimensions, fn);
}

function tallyUngrouped<T>(
  rows: readonly T[],
  eligible: Accessor<T, boolean | null>,
  enrolled: Accessor<T, boolean>,
  weight: Accessor<T, number> | undefined,
  fn: string,
): FusedTally {
  const counts = new Float64Array(FIELDS);
  const n = rows.length;
  for (let i = 0; i < n; i++) {
    const row = rows[i] as T;
    const code = statusCode(eligible(row, i), i, fn);
    const isEnrolled = enrolledFlag(enrolled(row, i), i, fn);
    const w = weight === undefined ? 1 : checkWeight(weight(row, i), i, fn);
    addRow(counts, 0, code, isEnrolled ? w : 0, w);
  }
  return { counts, cellCount: 1, keysOf: () => [] };
}

function tallyGrouped<T>(
  rows: readonly T[],
  eligible: Accessor<T, boolean | null>,
  enrolled: Accessor<T, boolean>,
  weight: Accessor<T, number> | undefined,
  dimensions: readonly DimensionAccessor<T>[],
  fn: string,
): FusedTally | null {
  const dimensionCount = dimensions.length;
  const n = rows.length;
  // At least one dimension here; the second and third are called only when present.
  const accessor0 = (dimensions[0] as DimensionAccessor<T>).accessor;
  const accessor1 = dimensions[1]?.accessor;
  const accessor2 = dimensions[2]?.accessor;
  const index0 = new GroupIndex();
  const index1 = new GroupIndex();
  const index2 = new GroupIndex();
  // Capacities (1 for an absent dimension) of the mixed-radix cell id a + cap0·(b + cap1·c).
  let cap0 = 8;
  let cap1 = dimensionCount > 1 ? 8 : 1;
  let cap2 = dimensionCount > 2 ? 8 : 1;
  let counts = new Float64Array(cap0 * cap1 * cap2 * FIELDS);
  for (let i = 0; i < n; i++) {
    const row = rows[i] as T;
    const code = statusCode(eligible(row, i), i, fn);
    const isEnrolled = enrolledFlag(enrolled(row, i), i, fn);
    const w = weight === undefined ? 1 : checkWeight(weight(row, i), i, fn);
    // Capacities double when a new key needs it; the state lives in plain locals (no closure), which keeps the loop
    // fast.
    const a = internKey(index0, accessor0(row, i), dimensions, 0, i, fn);
    if (a >= cap0) {
      if (2 * cap0 * cap1 * cap2 > FUSED_LIMIT) return null;
      counts = relayout(counts, cap0, cap1, cap2, 2 * cap0, cap1, cap2);
      cap0 *= 2;
    }
    let b = 0;
    let c = 0;
    if (dimensionCount > 1) {
      b = internKey(index1, (accessor1 as Accessor<T, string>)(row, i), dimensions, 1, i, fn);
      if (b >= cap1) {
        if (cap0 * 2 * cap1 * cap2 > FUSED_LIMIT) return null;
        counts = relayout(counts, cap0, cap1, cap2, cap0, 2 * cap1, cap2);
        cap1 *= 2;
      }
    }
    if (dimensionCount > 2) {
      c = internKey(index2, (accessor2 as Accessor<T, string>)(row, i), dimensions, 2, i, fn);
      if (c >= cap2) {
        if (cap0 * cap1 * 2 * cap2 > FUSED_LIMIT) return null;
        counts = relayout(counts, cap0, cap1, cap2, cap0, cap1, 2 * cap2);
        cap2 *= 2;
      }
    }
    addRow(counts, (a + cap0 * (b + cap1 * c)) * FIELDS, code, isEnrolled ? w : 0, w);
  }
  const indexes = [index0, index1, index2];
  const finalCap0 = cap0;
  const finalCap1 = cap1;
  return {
    counts,
    cellCount: cap0 * cap1 * cap2,
    keysOf: (cell: number): string[] => {
      const ids = [cell % finalCap0, Math.floor(cell / finalCap0) % finalCap1, Math.floor(cell / (finalCap0 * finalCap1))];
      return dimensions.map((_, d) => (indexes[d] as GroupIndex).keys[ids[d] as number] as string);
    },
  };
}

// The eligibility status code of one accessor result; throws on anything but true, false or null.
function statusCode(e: unknown, i: number, fn: string): number {
  if (e === true) return CODE_ELIGIBLE;
  if (e === false) return CODE_INELIGIBLE;
  if (e === null) return CODE_INDETERMINATE;
  return fail(
    'invalid_type',
    `rows[${i}]`,
    `${fn}: options.eligible returned ${describe(e)} for rows[${i}]; expected true, false or null (null = eligibility cannot be determined).`,
  );
}

// One enrolment accessor result as a boolean; throws on anything else.
function enrolledFlag(s: unknown, i: number, fn: string): boolean {
  if (s === true) return true;
  if (s === false) return false;
  return fail('invalid_type', `rows[${i}]`, `${fn}: options.enrolled returned ${describe(s)} for rows[${i}]; expected true or false.`);
}

// Adds one row to the cell at `base`: the status picks the field, the enrolled weight (w or 0) the enrolled counts.
function addRow(counts: Float64Array, base: number, code: number, enrolledWeight: number, w: number): void {
  // Stryker disable next-line ArithmeticOperator: equivalent — RECORDS is 0, so base − RECORDS is base + RECORDS
  counts[base + RECORDS] = (counts[base + RECORDS] as number) + 1;
  counts[base + POPULATION] = (counts[base + POPULATION] as number) + w;
  counts[base + ELIGIBLE + code] = (counts[base + ELIGIBLE + code] as number) + w;
  counts[base + ENROLLED] = (counts[base + ENROLLED] as number) + enrolledWeight;
  counts[base + ELIGIBLE_ENROLLED + code] = (counts[base + ELIGIBLE_ENROLLED + code] as number) + enrolledWeight;
  if (code === CODE_ELIGIBLE) counts[base + ELIGIBLE_WEIGHT_SQUARES] = (counts[base + ELIGIBLE_WEIGHT_SQUARES] as number) + w * w;
}

function internKey<T>(index: GroupIndex, key: unknown, dimensions: readonly DimensionAccessor<T>[], d: number, i: number, fn: string): number {
  if (typeof key !== 'string') {
    fail(
      'invalid_type',
      `rows[${i}]`,
      `${fn}: ${(dimensions[d] as DimensionAccessor<T>).label} returned ${describe(key)} for rows[${i}]; a group key must be a string (use String(value)).`,
    );
  }
  // The path string is built only for a new key, never per record.
  const known = index.get(key);
  // Stryker disable next-line ConditionalExpression, StringLiteral: equivalent — idOf returns a known key's id too, and reads the path only for a non-string key, rejected above
  return known === undefined ? index.idOf(key, `rows[${i}]`, fn) : known;
}

// Copies the counted cells of a (cap0 × cap1 × cap2) table into one with capacities (next0 × next1 × next2).
function relayout(counts: Float64Array, cap0: number, cap1: number, cap2: number, next0: number, next1: number, next2: number): Float64Array<ArrayBuffer> {
  const slots = cap0 * cap1 * cap2;
  const next = new Float64Array(next0 * next1 * next2 * FIELDS);
  for (let cell = 0; cell < slots; cell++) {
    const from = cell * FIELDS;
    // Stryker disable next-line ConditionalExpression: equivalent — an empty cell's zeros copied to its new slot leave the zeros there
    if ((counts[from + RECORDS] as number) === 0) continue;
    const a = cell % cap0;
    const b = Math.floor(cell / cap0) % cap1;
    const c = Math.floor(cell / (cap0 * cap1));
    const to = (a + next0 * (b + next1 * c)) * FIELDS;
    for (let f = 0; f < FIELDS; f++) next[to + f] = counts[from + f] as number;
  }
  return next;
}
