import { describe, fail } from '../internal/errors.ts';
import { confidenceOption, inclusionDenominatorOption, optionsObject } from './internal/options.ts';
import { buildResult, type RawCell, type SummaryMeta } from './internal/summary.ts';
import type { InclusionErrorDenominator, TargetingCounts, TargetingErrorsResult } from './targetingErrors.ts';

const FN = 'targetingErrorsColumnar';

/**
 * A dictionary-encoded column, as Apache Arrow, DuckDB and pandas categoricals give it: one integer code per record
 * (0 to `dictionary.length − 1`) and the group name of each code.
 *
 * @category Reach
 */
export interface CodedColumn {
  /** One whole-number code per record, best a typed array (`Int32Array`, `Uint8Array` …). */
  readonly codes: ArrayLike<number>;
  /** The group name of each code. */
  readonly dictionary: readonly string[];
}

/**
 * The columns {@link targetingErrorsColumnar} counts: one entry per record in each.
 *
 * @category Reach
 */
export interface TargetingColumns {
  /** Eligibility per record as `screenHouseholds` codes it: 1 eligible, 0 ineligible, 2 indeterminate. */
  readonly eligible: ArrayLike<number>;
  /** Enrolment per record: 1 enrolled, 0 not. */
  readonly enrolled: ArrayLike<number>;
  /** Grouping columns by dimension name (the names `targetingErrors` takes from `options.by`). */
  readonly by?: Readonly<Record<string, CodedColumn>>;
}

/**
 * Options of {@link targetingErrorsColumnar}.
 *
 * @category Reach
 */
export interface TargetingErrorsColumnarOptions {
  /** Confidence level of the coverage interval, strictly between 0 and 1. Default 0.95. */
  confidence?: number;
  /** Denominator of the inclusion error. Default `'enrolled'`; see {@link InclusionErrorDenominator}. */
  inclusionErrorDenominator?: InclusionErrorDenominator;
}

/** Outcomes per record: eligibility code × 2 + enrolled, so 0–5. */
const OUTCOMES = 6;

/** Most cells (the product of the dictionaries' sizes) counted in one dense array. */
const MAX_CELLS = 1 << 24;

function codeColumn(values: unknown, path: string, n: number): ArrayLike<number> {
  if (values === null || typeof values !== 'object' || typeof (values as ArrayLike<number>).length !== 'number') {
    fail('invalid_type', path, `${FN}: ${path} is ${describe(values)}; pass one code per record, as an array or typed array.`);
  }
  const column = values as ArrayLike<number>;
  if (column.length !== n) fail('length_mismatch', path, `${FN}: ${path} has ${column.length} entries for ${n} records; give one per record.`);
  return column;
}

/**
 * The targeting table of {@link targetingErrors} — eligible × enrolled counts overall and per group, coverage,
 * exclusion and inclusion error — computed from columns of integer codes instead of row objects: one pass of
 * typed-array increments, no row object and no string per record. For data that arrives as columns (Apache Arrow
 * record batches with dictionary-encoded strings, DuckDB, Parquet, pandas categoricals).
 *
 * The result is the one `targetingErrors` gives on the same records with `by` accessors of the same names
 * (unweighted): the same groups, counts, rates, intervals and reasons, so it merges with {@link mergeReach} —
 * batch by batch, or partition by partition — and feeds `evaluateGoal`'s `data.reach`. Each record adds 1 to one
 * of six outcome counters (eligibility code × enrolled) of its cell, the cell being the codes combined in mixed
 * radix (as NumPy's `ravel_multi_index` then `bincount`); counts are then derived per non-empty cell. Codes that
 * never occur give no group.
 *
 * Cost: one pass over the records, O(N + cells); memory 6 × (product of the dictionaries' sizes) doubles, at most
 * 2²⁴ cells.
 *
 * @param columns - `eligible` and `enrolled` codes and the `by` columns, one entry per record in each.
 * @param options - `confidence` and `inclusionErrorDenominator`, as in {@link targetingErrors}.
 * @returns A {@link TargetingErrorsResult}, unweighted, grouped by the `by` names in their order.
 * @throws {EquityLensError} `invalid_type` / `length_mismatch` for a column that is not one entry per record;
 *   `invalid_value` for an eligibility code other than 0, 1, 2, an enrolment other than 0, 1, or a group code
 *   outside its dictionary (the path names the column and the first record with a bad code, whatever the column
 *   types); `out_of_range` when the dictionaries' sizes
 *   multiply past 2²⁴ cells.
 * @category Reach
 * @example
 * ```ts
 * import { targetingErrorsColumnar } from "./targetingErrorsColumnar.ts";
 *
 * const result = targetingErrorsColumnar({
 *   eligible: Uint8Array.of(1, 1, 0, 2, 1),
 *   enrolled: Uint8Array.of(1, 0, 1, 0, 1),
 *   by: { district: { codes: Uint8Array.of(0, 0, 1, 1, 1), dictionary: ["North", "South"] } },
 * });
 * result.overall.coverage; // => 0.6666666666666666
 * result.overall.inclusionError; // => 0.3333333333333333
 * result.groups.map((g) => [g.label, g.eligible, g.eligibleEnrolled]); // => [["North", 2, 1], ["South", 1, 1]]
 * ```
 */
export function targetingErrorsColumnar(columns: TargetingColumns, options: TargetingErrorsColumnarOptions = {}): TargetingErrorsResult {
  if (columns === null || typeof columns !== 'object') fail('invalid_type', 'columns', `${FN}: columns is ${describe(columns)}; pass { eligible, enrolled, by }.`);
  const opts = optionsObject(options, ['confidence', 'inclusionErrorDenominator'], FN);
  const meta0 = { confidence: confidenceOption(opts, FN), inclusionErrorDenominator: inclusionDenominatorOption(opts, FN) };
  const eligibleColumn = columns.eligible as unknown;
  if (eligibleColumn === null || typeof eligibleColumn !== 'object' || typeof (eligibleColumn as ArrayLike<number>).length !== 'number') {
    fail('invalid_type', 'columns.eligible', `${FN}: columns.eligible is ${describe(eligibleColumn)}; pass one eligibility code per record (1 eligible, 0 ineligible, 2 indeterminate).`);
  }
  const n = (eligibleColumn as ArrayLike<number>).length;
  const eligible = eligibleColumn as ArrayLike<number>;
  const enrolled = codeColumn(columns.enrolled, 'columns.enrolled', n);
  // A null by is no grouping, as an absent one.
  const by = columns.by ?? {};
  if (typeof by !== 'object') fail('invalid_type', 'columns.by', `${FN}: columns.by is ${describe(by)}; pass { name: { codes, dictionary } }.`);
  const names = Object.keys(by);
  const dimensions = names.map((name) => {
    const column = by[name] as CodedColumn;
    const path = `columns.by.${name}`;
    if (column === null || typeof column !== 'object' || !Array.isArray(column.dictionary)) {
      fail('invalid_type', path, `${FN}: ${path} is ${describe(column)}; pass { codes, dictionary } with the group name of each code.`);
    }
    return { name, codes: codeColumn(column.codes, `${path}.codes`, n), dictionary: column.dictionary, size: column.dictionary.length };
  });
  let cellCount = 1;
  for (const d of dimensions) cellCount *= Math.max(d.size, 1);
  if (cellCount > MAX_CELLS) {
    fail('out_of_range', 'columns.by', `${FN}: the dictionaries' sizes multiply to ${cellCount} cells, more than ${MAX_CELLS}; group by fewer or coarser columns, or merge batches grouped separately.`);
  }

  const outcomes = new Uint32Array(cellCount * OUTCOMES);
  // Stryker disable next-line ConditionalExpression, ArrowFunction: equivalent — a mutant only sends integer columns down the general path, which counts alike and names the same first bad record
  const integerCodes = isIntegerArray(eligible) && isIntegerArray(enrolled) && dimensions.every((d) => isIntegerArray(d.codes));
  // Stryker disable next-line ConditionalExpression, EqualityOperator: equivalent — a mutant only sends integer columns down the general path, which counts alike and names the same first bad record
  if (integerCodes && dimensions.length <= 3) countFused(outcomes, eligible, enrolled, dimensions, n);
  else countGeneric(outcomes, eligible, enrolled, dimensions, n);

  const cells: RawCell[] = [];
  const totals = new Float64Array(OUTCOMES);
  // Cells are decoded in the same mixed radix: the first column varies fastest.
  for (let c = 0; c < cellCount; c++) {
    const base = c * OUTCOMES;
    let records = 0;
    // Stryker disable next-line AssignmentOperator: equivalent — the counters are ≥ 0, so their difference is 0 exactly when their sum is
    for (let k = 0; k < OUTCOMES; k++) records += outcomes[base + k] as number;
    if (records === 0) continue;
    // Stryker disable next-line EqualityOperator: equivalent — at k = OUTCOMES the write to totals is out of range, which a typed array ignores
    for (let k = 0; k < OUTCOMES; k++) totals[k] = (totals[k] as number) + (outcomes[base + k] as number);
    let rest = c;
    const keys = dimensions.map((d) => {
      const size = Math.max(d.size, 1);
      const code = rest % size;
      rest = Math.floor(rest / size);
      return d.dictionary[code] as string;
    });
    cells.push({ keys, counts: countsOf(outcomes, base) });
  }
  const meta: SummaryMeta = { dimensions: names, weighted: false, ...meta0 };
  return buildResult(meta, countsOf(totals, 0), dimensions.length === 0 ? [] : cells, FN);
}

/** A grouping column checked for length, with its dictionary's size. */
interface CheckedDimension {
  readonly name: string;
  readonly codes: ArrayLike<number>;
  readonly size: number;
}

/** Typed arrays that can hold only whole numbers. */
// Stryker disable next-line BlockStatement: equivalent — undefined is falsy, so every column takes the general path, which counts alike
function isIntegerArray(values: ArrayLike<number>): boolean {
  return (
    // Stryker disable next-line LogicalOperator, ConditionalExpression: equivalent — a mutant can only return false for an integer array (no array is an instance of two of these classes), and the general path counts alike and names the same first bad record
    values instanceof Uint8Array ||
    values instanceof Int8Array ||
    values instanceof Uint16Array ||
    values instanceof Int16Array ||
    values instanceof Int32Array ||
    values instanceof Uint32Array ||
    values instanceof Uint8ClampedArray
  );
}

/** Whether a group code is a whole number inside its dictionary of `size` names. */
function validCode(code: number, size: number): boolean {
  return code >= 0 && code < size && code === Math.floor(code);
}

/** Whether an eligibility code is 0, 1 or 2 and an enrolment 0 or 1. */
function validOutcome(e: number | undefined, r: number | undefined): boolean {
  return (e === 0 || e === 1 || e === 2) && (r === 0 || r === 1);
}

/** Whether every code of record `i` is valid: the group codes in their dictionaries, eligibility 0–2, enrolment 0–1. */
function validRecord(eligible: ArrayLike<number>, enrolled: ArrayLike<number>, dimensions: readonly CheckedDimension[], i: number): boolean {
  return dimensions.every((d) => validCode(d.codes[i] as number, d.size)) && validOutcome(eligible[i], enrolled[i]);
}

/** Throws the message for the first bad code of record `i` (called only once a record failed the fast check). */
function badRecord(eligible: ArrayLike<number>, enrolled: ArrayLike<number>, dimensions: readonly CheckedDimension[], i: number): never {
  for (const d of dimensions) {
    const code = d.codes[i] as number;
    if (!validCode(code, d.size)) {
      fail('invalid_value', `columns.by.${d.name}.codes[${i}]`, `${FN}: columns.by.${d.name}.codes[${i}] is ${describe(code)}; a code is a whole number from 0 to ${d.size - 1} (the dictionary has ${d.size} names).`);
    }
  }
  const e = eligible[i];
  if (e !== 0 && e !== 1 && e !== 2) {
    fail('invalid_value', `columns.eligible[${i}]`, `${FN}: columns.eligible[${i}] is ${describe(e)}; an eligibility code is 1 (eligible), 0 (ineligible) or 2 (indeterminate).`);
  }
  fail('invalid_value', `columns.enrolled[${i}]`, `${FN}: columns.enrolled[${i}] is ${describe(enrolled[i])}; an enrolment is 1 (enrolled) or 0 (booleans convert with Uint8Array.from(column, Number)).`);
}

/**
 * Integer typed arrays and up to three grouping columns: one fused pass, the cell in mixed radix and the outcome
 * counter incremented, with one unsigned comparison per code as the whole check (a negative code wraps past the
 * dictionary's size).
 */
function countFused(outcomes: Uint32Array, eligible: ArrayLike<number>, enrolled: ArrayLike<number>, dimensions: readonly CheckedDimension[], n: number): void {
  const none = new Uint8Array(0);
  const [a, b, c] = [dimensions[0], dimensions[1], dimensions[2]];
  const codesA = a?.codes ?? none;
  const codesB = b?.codes ?? none;
  const codesC = c?.codes ?? none;
  const sizeA = a?.size ?? 1;
  const sizeB = b?.size ?? 1;
  const sizeC = c?.size ?? 1;
  // Stryker disable next-line ConditionalExpression: equivalent — without a column, codesA is empty: codesA[i] is undefined and undefined >>> 0 is 0, the code used then
  const hasA = a !== undefined;
  // Stryker disable next-line ConditionalExpression: equivalent — without a column, codesB is empty: codesB[i] is undefined and undefined >>> 0 is 0, the code used then
  const hasB = b !== undefined;
  // Stryker disable next-line ConditionalExpression: equivalent — without a column, codesC is empty: codesC[i] is undefined and undefined >>> 0 is 0, the code used then
  const hasC = c !== undefined;
  const strideB = sizeA * OUTCOMES;
  const strideC = sizeA * sizeB * OUTCOMES;
  for (let i = 0; i < n; i++) {
    const ca = hasA ? (codesA[i] as number) >>> 0 : 0;
    const cb = hasB ? (codesB[i] as number) >>> 0 : 0;
    const cc = hasC ? (codesC[i] as number) >>> 0 : 0;
    const e = (eligible[i] as number) >>> 0;
    const r = (enrolled[i] as number) >>> 0;
    if (ca >= sizeA || cb >= sizeB || cc >= sizeC || e > 2 || r > 1) badRecord(eligible, enrolled, dimensions, i);
    const slot = ca * OUTCOMES + cb * strideB + cc * strideC + e * 2 + r;
    outcomes[slot] = (outcomes[slot] as number) + 1;
  }
}

/** Any array-likes and any number of grouping columns: the cells first, one column at a time, then the outcomes. */
function countGeneric(outcomes: Uint32Array, eligible: ArrayLike<number>, enrolled: ArrayLike<number>, dimensions: readonly CheckedDimension[], n: number): void {
  const cell = new Int32Array(n);
  let stride = 1;
  for (const d of dimensions) {
    const codes = d.codes;
    const size = d.size;
    for (let i = 0; i < n; i++) {
      const code = codes[i] as number;
      if (!validCode(code, size)) {
        // Columns are checked one at a time here: an earlier record may hold a bad code of a later column, and the
        // error names the first bad record, as the fused pass does.
        let first = 0;
        while (validRecord(eligible, enrolled, dimensions, first)) first++;
        badRecord(eligible, enrolled, dimensions, first);
      }
      cell[i] = (cell[i] as number) + code * stride;
    }
    stride *= Math.max(size, 1);
  }
  for (let i = 0; i < n; i++) {
    const e = eligible[i] as number;
    const r = enrolled[i] as number;
    if (!validOutcome(e, r)) badRecord(eligible, enrolled, dimensions, i);
    const slot = (cell[i] as number) * OUTCOMES + e * 2 + r;
    outcomes[slot] = (outcomes[slot] as number) + 1;
  }
}

/** The targeting counts of a cell from its six outcome counters (eligibility code × 2 + enrolled). */
function countsOf(outcomes: ArrayLike<number>, base: number): TargetingCounts {
  const ineligibleOut = outcomes[base] as number;
  const ineligibleIn = outcomes[base + 1] as number;
  const eligibleOut = outcomes[base + 2] as number;
  const eligibleIn = outcomes[base + 3] as number;
  const indeterminateOut = outcomes[base + 4] as number;
  const indeterminateIn = outcomes[base + 5] as number;
  const eligible = eligibleOut + eligibleIn;
  const records = eligible + ineligibleOut + ineligibleIn + indeterminateOut + indeterminateIn;
  return {
    records,
    population: records,
    eligible,
    ineligible: ineligibleOut + ineligibleIn,
    indeterminate: indeterminateOut + indeterminateIn,
    enrolled: ineligibleIn + eligibleIn + indeterminateIn,
    eligibleEnrolled: eligibleIn,
    ineligibleEnrolled: ineligibleIn,
    indeterminateEnrolled: indeterminateIn,
    eligibleWeightSquares: eligible,
  };
}
