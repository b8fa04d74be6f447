import { describe, fail } from '../internal/errors.ts';
import { knownKeys } from '../internal/validate.ts';
import type { DisclosurePolicyInput } from './defineDisclosurePolicy.ts';
import { resolveDisclosurePolicy, disclosurePolicyDeprecations } from './defineDisclosurePolicy.ts';
import type { Grid } from './internal/complementary.ts';
import { complementarySuppression, derivableEntries, PUBLISHED, primarySuppression } from './internal/complementary.ts';
import type { DisclosedCount, SuppressionSummary } from './internal/result.ts';
import { disclosed, disclosedList, isCount, rejectCount, withheldEntries } from './internal/result.ts';

/**
 * Options of {@link suppressTable}.
 *
 * @category Disclosure
 */
export interface SuppressTableOptions {
  /** The publication policy (see {@link DisclosurePolicyInput}); default {@link CMS_SUPPRESSION}. */
  readonly policy?: DisclosurePolicyInput | undefined;
  /** Whether row totals, column totals and the grand total are published (default `true`). */
  readonly margins?: boolean | undefined;
}

/**
 * The result of {@link suppressTable}: the two-way table as it may be published, with what was withheld and why.
 *
 * @category Disclosure
 */
export interface SuppressTableResult extends SuppressionSummary {
  /** The interior cells, `cells[row][column]`, published or withheld. */
  readonly cells: DisclosedCount[][];
  /** Row totals, published or withheld; `null` when `options.margins` is `false`. */
  readonly rowTotals: DisclosedCount[] | null;
  /** Column totals, published or withheld; `null` when `options.margins` is `false`. */
  readonly columnTotals: DisclosedCount[] | null;
  /** The grand total, published or withheld; `null` when `options.margins` is `false`. */
  readonly grandTotal: DisclosedCount | null;
}

/**
 * Small-cell suppression of a two-way table (e.g. district × income band) and its margins, so that no count in
 * the suppression range is shown or can be recovered from the published cells and totals — the CMS cell-size
 * suppression policy (https://www.hhs.gov/guidance/document/cms-cell-suppression-policy; ResDAC
 * https://resdac.org/node/1506).
 *
 * Algorithm. The table with margins is an (R+1)×(C+1) grid in which every row and every column is an equation
 * "sum of parts = total" (the row of column totals sums to the grand total, and so does the column of row totals).
 * 1. Primary: withhold each cell and total in `[threshold.min, threshold.max]` (and zeros when not allowed).
 * 2. Line rule: while a row or column holds exactly one withheld value — recoverable by subtraction — withhold
 *    its complement: the smallest non-zero published part (then a zero, then the line's total; with
 *    `complementaryPreference: 'margins'` the total first), repeating until stable.
 * 3. Bridge rule: withheld values form the edges of a bipartite graph between row lines and column lines; a
 *    withheld value is recoverable from the equations exactly when its edge is a bridge (lies on no cycle). For
 *    each bridge, withhold the cheapest published value that joins the two sides (closing a cycle), then go back
 *    to step 2, until there is no bridge.
 * The result is that no withheld value is a linear combination of published values.
 *
 * Limits: it protects against exact recovery from the published equations, not against interval attacks (a
 * reader can use linear programming with counts ≥ 0 to bound a withheld value, sometimes tightly), not against
 * the same counts published in other tables or as percentages, and it is a greedy heuristic, not the minimum-loss
 * suppression pattern (an optimal pattern needs integer programming).
 *
 * Cost: primary and line rule O(R·C) per pass; each bridge repair O(R·C); tables of a few hundred cells are instant.
 *
 * @param cells - Counts `cells[row][column]`, whole numbers ≥ 0, every row the same length.
 * @param options - See {@link SuppressTableOptions}.
 * @returns The publishable table with flags and reasons (see {@link SuppressTableResult}).
 * @throws {EquityLensError} `invalid_type` when `cells` is not an array of arrays; `empty` for no rows or no
 *   columns; `length_mismatch` for a ragged table (path of the first short or long row); `out_of_range` for a
 *   negative count; `not_integer` for a fractional count; `not_finite` for NaN or infinity; policy errors at
 *   `options.policy.…`; `unknown_key` for an unknown option.
 * @category Disclosure
 * @example
 * ```ts
 * import { suppressTable } from "./suppressTable.ts";
 *
 * const table = suppressTable([
 *   [20, 4, 30],
 *   [25, 40, 35],
 * ]);
 * table.cells.map((row) => row.map((c) => c.value)); // => [[null, null, 30], [null, null, 35]]
 * table.rowTotals?.map((c) => c.value); // => [54, 100]
 * table.withheld.map((w) => `${w.path}:${w.reason}`); // => ["cells[0][0]:complementary", "cells[0][1]:primary", "cells[1][0]:complementary", "cells[1][1]:complementary"]
 * ```
 */
export function suppressTable(cells: readonly (readonly number[])[], options: SuppressTableOptions = {}): SuppressTableResult {
  const fn = 'suppressTable';
  if (options === null || typeof options !== 'object') fail('invalid_type', 'options', `${fn}: options is ${describe(options)}; expected an object.`);
  knownKeys(options, ['policy', 'margins'], 'options', fn);
  const policy = resolveDisclosurePolicy(options.policy, 'options.policy', fn);
  const margins = options.margins ?? true;
  if (typeof margins !== 'boolean') fail('invalid_type', 'options.margins', `${fn}: options.margins is ${describe(margins)}; expected true or false.`);
  if (!Array.isArray(cells)) fail('invalid_type', 'cells', `${fn}: cells is ${describe(cells)}; expected an array of rows, each an array of counts.`);
  if (cells.length === 0) fail('empty', 'cells', `${fn}: cells is empty; pass at least one row.`);
  const first: unknown = cells[0];
  if (!Array.isArray(first)) fail('invalid_type', 'cells[0]', `${fn}: cells[0] is ${describe(first)}; expected a row (an array of counts). For a one-way table use suppressCounts.`);
  const rows = cells.length;
  const columns = first.length;
  if (columns === 0) fail('empty', 'cells[0]', `${fn}: cells[0] is empty; pass at least one column.`);

  // Grid layout: entry (i, j) at i·(C+1) + j; row R holds column totals, column C holds row totals.
  const width = columns + 1;
  const values = new Float64Array((rows + 1) * width);
  for (let i = 0; i < rows; i++) {
    const row: unknown = cells[i];
    if (!Array.isArray(row)) fail('invalid_type', `cells[${i}]`, `${fn}: cells[${i}] is ${describe(row)}; expected a row (an array of counts).`);
    if (row.length !== columns) {
      fail(
        'length_mismatch',
        `cells[${i}]`,
        `${fn}: cells[${i}] has ${row.length} counts but cells[0] has ${columns}; every row needs one count per column (use 0 for an empty cell).`,
      );
    }
    for (let j = 0; j < columns; j++) {
      const raw: unknown = row[j];
      const c = isCount(raw) ? raw : rejectCount(raw, `cells[${i}][${j}]`, fn);
      values[i * width + j] = c;
      values[i * width + columns] = (values[i * width + columns] ?? 0) + c;
      values[rows * width + j] = (values[rows * width + j] ?? 0) + c;
      values[rows * width + columns] = (values[rows * width + columns] ?? 0) + c;
    }
  }
  const isMargin = new Uint8Array(values.length);
  const rowOf = new Int32Array(values.length);
  const columnOf = new Int32Array(values.length);
  for (let i = 0; i <= rows; i++) {
    for (let j = 0; j <= columns; j++) {
      const e = i * width + j;
      isMargin[e] = i === rows || j === columns ? 1 : 0;
      rowOf[e] = i;
      columnOf[e] = rows + 1 + j;
    }
  }
  const lineParts: Int32Array[] = [];
  const lineTotals: number[] = [];
  if (margins) {
    for (let i = 0; i <= rows; i++) {
      lineParts.push(Int32Array.from({ length: columns }, (_, j) => i * width + j));
      lineTotals.push(i * width + columns);
    }
    for (let j = 0; j <= columns; j++) {
      lineParts.push(Int32Array.from({ length: rows }, (_, i) => i * width + j));
      lineTotals.push(rows * width + j);
    }
  }
  const grid: Grid = {
    values,
    isMargin,
    lineParts,
    lineTotal: Int32Array.from(lineTotals),
    endpoints: margins ? { row: rowOf, column: columnOf, vertices: rows + columns + 2 } : null,
  };
  const state = primarySuppression(values, policy);
  if (!margins) {
    // Totals are not published: only interior cells can be withheld.
    // Stryker disable next-line EqualityOperator: equivalent — at e = state.length isMargin[e] is undefined, so the extra pass writes nothing
    for (let e = 0; e < state.length; e++) {
      if (isMargin[e] === 1) state[e] = PUBLISHED;
    }
  } else if (policy.complementary) {
    complementarySuppression(grid, state, policy.complementaryPreference);
  }

  const pathOf = (e: number): string => {
    const i = Math.floor(e / width);
    const j = e - i * width;
    if (i === rows && j === columns) return 'grandTotal';
    if (i === rows) return `columnTotals[${j}]`;
    if (j === columns) return `rowTotals[${i}]`;
    return `cells[${i}][${j}]`;
  };
  const at = (i: number, j: number): DisclosedCount => disclosed(values[i * width + j] ?? 0, state[i * width + j] ?? PUBLISHED);
  const publishedCells: DisclosedCount[][] = [];
  const rowTotals: DisclosedCount[] = [];
  for (let i = 0; i < rows; i++) {
    publishedCells.push(disclosedList(values, state, i * width, i * width + columns));
    rowTotals.push(at(i, columns));
  }
  const { withheld, primary, complementary } = withheldEntries(values, state, policy, pathOf);
  const derivable = derivableEntries(grid, state).map(pathOf);
  const warnings = [
    ...disclosurePolicyDeprecations(options.policy, 'options.policy', fn),
    ...derivable.map((p) => `${p} is withheld but can be recovered from the published cells and totals; turn complementary suppression on.`),
  ];
  return {
    cells: publishedCells,
    rowTotals: margins ? rowTotals : null,
    columnTotals: margins ? disclosedList(values, state, rows * width, rows * width + columns) : null,
    grandTotal: margins ? at(rows, columns) : null,
    withheld,
    primary,
    complementary,
    derivable,
    policy,
    warnings,
  };
}
