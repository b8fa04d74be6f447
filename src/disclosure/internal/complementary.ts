/**
 * Primary and complementary cell suppression on tables whose lines (rows, columns) each add up to a published
 * total.
 *
 * A table is a list of entries (cells and totals) and a list of lines; each line is a set of parts and the entry
 * that holds their sum. Two-way tables also give each entry its row and column line, which makes the withheld
 * entries the edges of a bipartite graph between row lines and column lines. With every line an equation
 * "sum of parts − total = 0", a withheld entry can be recovered exactly from published values if and only if
 * that edge is a bridge of the graph of withheld entries (the null space of a bipartite incidence matrix is
 * spanned by its cycles, so an edge lies in no null vector exactly when it lies on no cycle). A line with exactly
 * one withheld entry is the simplest bridge.
 *
 * @internal
 * @module
 */
import type { DisclosurePolicy } from '../defineDisclosurePolicy.ts';

/** Entry states. */
export const PUBLISHED = 0;
export const PRIMARY = 1;
export const COMPLEMENTARY = 2;

/** A table prepared for suppression. */
export interface Grid {
  /** The value of every entry (cells and totals). */
  readonly values: Float64Array;
  /** 1 when the entry is a total (a margin) rather than an interior cell; read by the bridge rule only (two-way tables). */
  readonly isMargin: Uint8Array;
  /** Entry indices of each line's parts. */
  readonly lineParts: readonly Int32Array[];
  /** Entry index of each line's total. */
  readonly lineTotal: Int32Array;
  /** For two-way tables: the row-line vertex and column-line vertex of each entry; `null` for one-way tables. */
  readonly endpoints: { readonly row: Int32Array; readonly column: Int32Array; readonly vertices: number } | null;
}

/**
 * Marks the primary suppressions: counts in `[threshold.min, threshold.max]`, and zeros when zeros are not allowed.
 *
 * @internal
 */
export function primarySuppression(values: Float64Array, policy: DisclosurePolicy): Uint8Array {
  const { min, max } = policy.threshold;
  return Uint8Array.from(values, (v) => ((v >= min && v <= max) || (v === 0 && !policy.allowZero) ? PRIMARY : PUBLISHED));
}

/**
 * Whether candidate complement `a` is chosen before `b` of the same kind (both totals or both cells): a non-zero
 * count first, then the smaller count. Candidates are visited in entry order and `a` is always the later one, so
 * on a full tie the earlier entry stays chosen.
 */
function cheaper(grid: Grid, a: number, b: number): boolean {
  const va = grid.values[a] ?? 0;
  const vb = grid.values[b] ?? 0;
  // A withheld zero beside a withheld small count tells a reader that the pair sums to the small count, so
  // non-zero complements are chosen first.
  if ((va === 0) !== (vb === 0)) return vb === 0;
  return va < vb;
}

/** Whether candidate complement `a` is chosen before `b`: a total first exactly when totals are preferred, then {@link cheaper}. */
function better(grid: Grid, a: number, b: number, preferMargin: boolean): boolean {
  const ma = grid.isMargin[a] === 1;
  if (ma !== (grid.isMargin[b] === 1)) return ma === preferMargin;
  return cheaper(grid, a, b);
}

/** Picks the complement for a line that has exactly one withheld entry. */
function lineComplement(grid: Grid, state: Uint8Array, line: number, preference: 'cells' | 'margins'): number {
  // `line` < lineTotal.length: the read is in range (the cast is for TypeScript).
  const total = grid.lineTotal[line] as number;
  if (preference === 'margins' && state[total] === PUBLISHED) return total;
  const parts = grid.lineParts[line] ?? new Int32Array(0);
  let best = -1;
  // A line's parts are all cells or all totals (the row of column totals, the column of row totals): only their
  // counts tell them apart.
  for (const e of parts) {
    if (state[e] !== PUBLISHED) continue;
    if (best < 0 || cheaper(grid, e, best)) best = e;
  }
  // Every part withheld: the line's one withheld entry is its only part, and the total is published.
  return best < 0 ? total : best;
}

/** Number of withheld entries in a line. */
function withheldInLine(grid: Grid, state: Uint8Array, line: number): number {
  const parts = grid.lineParts[line] ?? new Int32Array(0);
  // `line` < lineTotal.length and k < parts.length: in range (the casts are for TypeScript).
  let count = state[grid.lineTotal[line] as number] === PUBLISHED ? 0 : 1;
  for (let k = 0; k < parts.length; k++) if (state[parts[k] as number] !== PUBLISHED) count++;
  return count;
}

/**
 * Line rule: while some line has exactly one withheld entry, withhold its best complement. Lines are visited in
 * order, pass after pass, until a pass changes nothing; withheld counts per line are kept up to date so a pass
 * costs O(lines) plus the lines that need a complement.
 *
 * @internal
 */
export function lineRule(grid: Grid, state: Uint8Array, preference: 'cells' | 'margins'): void {
  const lines = grid.lineTotal.length;
  // Each entry lies on at most two lines (its row and its column).
  const entryLine = new Int32Array(2 * state.length).fill(-1);
  const withheld = new Int32Array(lines);
  const attach = (e: number, line: number): void => {
    const slot = entryLine[2 * e] === -1 ? 2 * e : 2 * e + 1;
    entryLine[slot] = line;
    if (state[e] !== PUBLISHED) withheld[line] = (withheld[line] ?? 0) + 1;
  };
  for (let line = 0; line < lines; line++) {
    const parts = grid.lineParts[line] ?? new Int32Array(0);
    for (let k = 0; k < parts.length; k++) attach(parts[k] ?? 0, line);
    attach(grid.lineTotal[line] ?? 0, line);
  }
  let changed = true;
  while (changed) {
    changed = false;
    // Stryker disable next-line EqualityOperator: equivalent — withheld[lines] is undefined, never 1, so the extra line is skipped
    for (let line = 0; line < lines; line++) {
      if (withheld[line] !== 1) continue;
      const e = lineComplement(grid, state, line, preference);
      state[e] = COMPLEMENTARY;
      for (let slot = 2 * e; slot <= 2 * e + 1; slot++) {
        // slot < 2·entries, in range; −1 there means the entry has no second line.
        const other = entryLine[slot] as number;
        // Stryker disable next-line ConditionalExpression: equivalent — withheld is an Int32Array, and a write at index −1 of a typed array is dropped
        if (other >= 0) withheld[other] = (withheld[other] ?? 0) + 1;
      }
      changed = true;
    }
  }
}

/**
 * The withheld entries that are bridges of the bipartite graph of withheld entries (two-way tables only), in
 * ascending entry order: exactly the withheld values a reader can recover from the published ones.
 *
 * @internal
 */
export function bridges(ends: NonNullable<Grid['endpoints']>, state: Uint8Array): number[] {
  const n = ends.vertices;
  // adjacency as CSR over withheld entries
  const degree = new Int32Array(n + 1);
  for (let e = 0; e < state.length; e++) {
    if (state[e] === PUBLISHED) continue;
    const r = (ends.row[e] ?? 0) + 1;
    const c = (ends.column[e] ?? 0) + 1;
    degree[r] = (degree[r] ?? 0) + 1;
    degree[c] = (degree[c] ?? 0) + 1;
  }
  // Stryker disable next-line EqualityOperator: equivalent — degree has n + 1 slots: the write at n + 1 is dropped
  for (let v = 0; v < n; v++) degree[v + 1] = (degree[v + 1] ?? 0) + (degree[v] ?? 0);
  const fill = degree.slice(0, n);
  const adjacentEdge = new Int32Array(degree[n] ?? 0);
  for (let e = 0; e < state.length; e++) {
    if (state[e] === PUBLISHED) continue;
    // e < entries: in range (the casts are for TypeScript).
    const r = ends.row[e] as number;
    const c = ends.column[e] as number;
    adjacentEdge[fill[r] ?? 0] = e;
    fill[r] = (fill[r] ?? 0) + 1;
    adjacentEdge[fill[c] ?? 0] = e;
    fill[c] = (fill[c] ?? 0) + 1;
  }
  const order = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const out: number[] = [];
  let counter = 0;
  // Iterative Tarjan bridge search: stack of (vertex, edge used to enter, next adjacency slot).
  const stackVertex = new Int32Array(n);
  const stackEdge = new Int32Array(n);
  const stackNext = new Int32Array(n);
  // Stryker disable next-line EqualityOperator: equivalent — order[n] is undefined, not −1, so root n is skipped
  for (let root = 0; root < n; root++) {
    // Stryker disable next-line ConditionalExpression: equivalent — a search from a visited root meets only visited vertices and pushes no bridge
    if (order[root] !== -1) continue;
    let top = 0;
    stackVertex[0] = root;
    stackEdge[0] = -1;
    stackNext[0] = degree[root] as number; // root < n: in range
    order[root] = counter;
    low[root] = counter;
    counter++;
    while (top >= 0) {
      const v = stackVertex[top] ?? 0;
      const slot = stackNext[top] ?? 0;
      if (slot < (degree[v + 1] ?? 0)) {
        stackNext[top] = slot + 1;
        const e = adjacentEdge[slot] ?? 0;
        if (e === stackEdge[top]) continue;
        const w = ends.row[e] === v ? (ends.column[e] ?? 0) : (ends.row[e] ?? 0);
        if (order[w] === -1) {
          order[w] = counter;
          low[w] = counter;
          counter++;
          top++;
          stackVertex[top] = w;
          stackEdge[top] = e;
          stackNext[top] = degree[w] ?? 0;
        } else {
          low[v] = Math.min(low[v] ?? 0, order[w] ?? 0);
        }
      } else {
        // 0 ≤ top < n, in range; the root's entry edge is −1 and is never pushed (top is then −1).
        const e = stackEdge[top] as number;
        top--;
        if (top >= 0) {
          const parent = stackVertex[top] ?? 0;
          low[parent] = Math.min(low[parent] ?? 0, low[v] ?? 0);
          if ((low[v] ?? 0) > (order[parent] ?? 0)) out.push(e);
        }
      }
    }
  }
  out.sort((a, b) => a - b);
  return out;
}

/**
 * Bridge rule: withhold one more entry so the first bridge lies on a cycle. With the bridge removed, its row
 * end lies in one part A and its column end in another part B of the withheld graph; any published entry
 * joining a vertex of A to a vertex of B closes a cycle through the bridge. Returns whether it changed anything.
 *
 * @internal
 */
export function bridgeRule(grid: Grid, state: Uint8Array, preference: 'cells' | 'margins'): boolean {
  const ends = grid.endpoints;
  if (ends === null) return false;
  const bridge = bridges(ends, state)[0];
  if (bridge === undefined) return false;
  // Adjacency of the withheld graph without the bridge, as CSR (built once per repair: O(V + E)).
  const n = ends.vertices;
  const start = new Int32Array(n + 1);
  // Stryker disable next-line EqualityOperator: equivalent — ends.row and ends.column hold nothing at index state.length, so the extra entry counts at start[NaN], dropped
  for (let e = 0; e < state.length; e++) {
    if (state[e] === PUBLISHED || e === bridge) continue;
    // e < entries: in range (the casts are for TypeScript).
    const r = (ends.row[e] as number) + 1;
    const c = (ends.column[e] as number) + 1;
    start[r] = (start[r] ?? 0) + 1;
    start[c] = (start[c] ?? 0) + 1;
  }
  // Stryker disable next-line EqualityOperator: equivalent — start has n + 1 slots: the write at n + 1 is dropped
  for (let v = 0; v < n; v++) start[v + 1] = (start[v + 1] ?? 0) + (start[v] ?? 0);
  const fill = start.slice(0, n);
  const neighbour = new Int32Array(start[n] ?? 0);
  for (let e = 0; e < state.length; e++) {
    if (state[e] === PUBLISHED || e === bridge) continue;
    const r = ends.row[e] ?? 0;
    const c = ends.column[e] ?? 0;
    neighbour[fill[r] ?? 0] = c;
    fill[r] = (fill[r] ?? 0) + 1;
    neighbour[fill[c] ?? 0] = r;
    fill[c] = (fill[c] ?? 0) + 1;
  }
  // side[v] = 1 for A (reachable from the bridge's row end without the bridge), 2 for B.
  const side = new Uint8Array(n);
  const queue = new Int32Array(n);
  const label = (origin: number, mark: number): void => {
    let head = 0;
    let tail = 0;
    queue[tail++] = origin;
    side[origin] = mark;
    while (head < tail) {
      const v = queue[head++] ?? 0;
      for (let k = start[v] ?? 0; k < (start[v + 1] ?? 0); k++) {
        const w = neighbour[k] ?? 0;
        if (side[w] === 0) {
          side[w] = mark;
          queue[tail++] = w;
        }
      }
    }
  };
  label(ends.row[bridge] ?? 0, 1);
  label(ends.column[bridge] ?? 0, 2);
  let best = -1;
  // Stryker disable next-line EqualityOperator: equivalent — state[state.length] is undefined, not PUBLISHED, so the extra entry is skipped
  for (let e = 0; e < state.length; e++) {
    if (state[e] !== PUBLISHED) continue;
    const sr = side[ends.row[e] ?? 0] ?? 0;
    const sc = side[ends.column[e] ?? 0] ?? 0;
    if (sr === 0 || sc === 0 || sr === sc) continue;
    if (best < 0 || better(grid, e, best, preference === 'margins')) best = e;
  }
  // A candidate always exists. After the line rule every line with a withheld entry has two, so the bridge's row
  // end has another withheld entry, to a column c in A, and its column end one to a row r in B; entry (r, c) joins
  // B to A, and it is published, for a withheld one would be a second path between A and B.
  state[best] = COMPLEMENTARY;
  return true;
}

/**
 * Runs the line rule and (for two-way tables) the bridge rule until neither changes anything.
 *
 * @internal
 */
export function complementarySuppression(grid: Grid, state: Uint8Array, preference: 'cells' | 'margins'): void {
  for (;;) {
    lineRule(grid, state, preference);
    if (!bridgeRule(grid, state, preference)) return;
  }
}

/**
 * The withheld entries a reader can recover exactly from published values and the line equations.
 *
 * @internal
 */
export function derivableEntries(grid: Grid, state: Uint8Array): number[] {
  const out = new Set<number>();
  for (let line = 0; line < grid.lineTotal.length; line++) {
    if (withheldInLine(grid, state, line) !== 1) continue;
    // `line` < lineTotal.length and k < parts.length: in range (the casts are for TypeScript).
    const total = grid.lineTotal[line] as number;
    if (state[total] !== PUBLISHED) out.add(total);
    const parts = grid.lineParts[line] ?? new Int32Array(0);
    for (let k = 0; k < parts.length; k++) if (state[parts[k] as number] !== PUBLISHED) out.add(parts[k] as number);
  }
  if (grid.endpoints !== null) for (const e of bridges(grid.endpoints, state)) out.add(e);
  return [...out].sort((a, b) => a - b);
}
