/**
 * The grid search behind {@link joinpoint}: every admissible set of joinpoint locations, kept as a prefix tree.
 *
 * A model with joinpoints at observations j₁ < … < j_k regresses y on [1, x, (x − x_{j₁})⁺, …, (x − x_{j_k})⁺]
 * (weighted). The sets are the nodes of a tree in which a node's parent is the same set without its last
 * joinpoint, so every node is itself an admissible model (each location of a valid set satisfies the end rule,
 * because the later ones are larger). Each node holds its hinge column orthonormalised (in the weighted metric)
 * against the line and its ancestors' hinges; the residual sum of squares of the node's model is then the line's
 * SSE minus the squared projections accumulated along the path, one dot product per node. A pass over the nodes
 * in creation (pre-)order finds the best model of every size at once, with no allocation: the permutation test
 * runs that pass thousands of times.
 *
 * @internal
 * @module
 */

/** Stored orthonormal hinge vectors above this many numbers are recomputed on the fly instead (memory). */
const STORED_BASIS_LIMIT = 4_000_000;

/** Above this many candidate models the grid search is refused (the caller names the options that shrink it). */
export const MAX_GRID_NODES = 2_000_000;

/** A column whose norm falls below this fraction of its original norm is in the span of the earlier ones. */
const DEGENERATE = 1e-10;

/** The admissible joinpoint sets and their orthonormal hinge columns for one series. */
export interface JoinpointGrid {
  /** Number of observations. */
  readonly n: number;
  /** Largest number of joinpoints in the tree. */
  readonly maxDepth: number;
  /** Number of nodes (candidate models with at least one joinpoint). */
  readonly nodeCount: number;
  /** Parent node of each node; −1 for a single joinpoint. */
  readonly parent: Int32Array;
  /** Observation index of each node's last joinpoint. */
  readonly location: Int32Array;
  /** Number of joinpoints of each node. */
  readonly depth: Int32Array;
  /** 1 when the node's hinge is numerically in the span of the line and its ancestors (the node is skipped). */
  readonly degenerate: Uint8Array;
  /** nodeCount × n orthonormal hinge vectors, or `null` when they are recomputed during each pass. */
  readonly basis: Float64Array | null;
  /** Centred years. */
  readonly xc: Float64Array;
  /** Square roots of the weights. */
  readonly sqrtWeights: Float64Array;
  /** Orthonormal basis of the weighted line: e1 ∝ √w, e2 ∝ √w·x (orthogonalised). */
  readonly e1: Float64Array;
  /** See {@link JoinpointGrid.e1}. */
  readonly e2: Float64Array;
  /** Scratch for on-the-fly hinge vectors, maxDepth × n. */
  readonly stack: Float64Array;
}

/**
 * Counts the admissible sets of 1…maxDepth joinpoints (observation indices j with j ≥ minEnd, j ≤ n − 1 − minEnd
 * and consecutive indices at least minBetween + 1 apart), without building them.
 *
 * @internal
 */
export function countJoinpointSets(n: number, maxDepth: number, minEnd: number, minBetween: number): number[] {
  const last = n - 1 - minEnd;
  // ways[j]: sets of d joinpoints whose first joinpoint is at index ≥ j (previous: the same for d − 1).
  const counts: number[] = [];
  let previous = new Float64Array(0);
  for (let d = 1; d <= maxDepth; d++) {
    const ways = new Float64Array(n + minBetween + 2);
    for (let j = last; j >= 0; j--) {
      const tail = d === 1 ? 1 : (previous[j + minBetween + 1] ?? 0);
      ways[j] = (ways[j + 1] as number) + tail;
    }
    counts.push(minEnd <= last ? (ways[minEnd] as number) : 0);
    previous = ways;
  }
  return counts;
}

function dot(a: Float64Array, aOffset: number, b: Float64Array, bOffset: number, n: number): number {
  let sum = 0;
  for (let i = 0; i < n; i++) sum += (a[aOffset + i] as number) * (b[bOffset + i] as number);
  return sum;
}

/** Removes from target[tOff…] its component along the unit vector v[vOff…]. */
function removeComponent(target: Float64Array, tOff: number, v: Float64Array, vOff: number, n: number): void {
  const c = dot(target, tOff, v, vOff, n);
  // Stryker disable next-line EqualityOperator: equivalent — the extra write at tOff + n falls past the array or into the next node's (or depth's) row, which is written in full before it is read
  for (let i = 0; i < n; i++) target[tOff + i] = (target[tOff + i] as number) - c * (v[vOff + i] as number);
}

/**
 * Writes the orthonormal hinge vector of `node` into target[tOff…], orthogonalised against the line and the
 * vectors of its ancestors (found in `vectors` at `offsetOf(ancestor)`). Gram–Schmidt twice ("twice is enough",
 * Giraud et al. 2005). Returns false when the hinge is in the span of the earlier columns.
 */
function hingeVector(
  grid: Omit<JoinpointGrid, 'basis' | 'degenerate' | 'stack'>,
  node: number,
  target: Float64Array,
  tOff: number,
  vectors: Float64Array,
  offsetOf: (ancestor: number) => number,
): boolean {
  const { n, xc, sqrtWeights, e1, e2, parent, location } = grid;
  const knot = xc[location[node] as number] as number;
  let norm0 = 0;
  // Stryker disable next-line EqualityOperator: equivalent — the extra step writes 0 at tOff + n, past the array or into a row written in full before it is read
  for (let i = 0; i < n; i++) {
    const d = (xc[i] as number) - knot;
    // Stryker disable next-line EqualityOperator: equivalent — at d = 0 both give 0; d ≤ 0 gives (x − knot)⁻ = (x − knot) − (x − knot)⁺, the same hinge less a line, so the same unit vector up to sign (only squared projections are used)
    const h = d > 0 ? (sqrtWeights[i] as number) * d : 0;
    target[tOff + i] = h;
    norm0 += h * h;
  }
  // Stryker disable next-line EqualityOperator: equivalent — a third Gram–Schmidt pass changes the orthogonal vector only by rounding
  for (let pass = 0; pass < 2; pass++) {
    removeComponent(target, tOff, e1, 0, n);
    removeComponent(target, tOff, e2, 0, n);
    for (let a = parent[node] as number; a >= 0; a = parent[a] as number) removeComponent(target, tOff, vectors, offsetOf(a), n);
  }
  const norm = Math.sqrt(dot(target, tOff, target, tOff, n));
  if (!(norm > DEGENERATE * Math.sqrt(norm0))) return false;
  // Stryker disable next-line EqualityOperator: equivalent — the extra step divides the entry at tOff + n, past the array or in a row written in full before it is read
  for (let i = 0; i < n; i++) target[tOff + i] = (target[tOff + i] as number) / norm;
  return true;
}

/**
 * Builds the grid for years `x` (ascending), weights `w` (all > 0) and the spacing rules. The hinge vectors are
 * stored when they take at most `storedBasisLimit` numbers, and recomputed during each pass otherwise.
 *
 * @internal
 */
export function buildJoinpointGrid(
  x: Float64Array,
  w: Float64Array,
  maxDepth: number,
  minEnd: number,
  minBetween: number,
  storedBasisLimit: number = STORED_BASIS_LIMIT,
): JoinpointGrid {
  const n = x.length;
  const mean = x.reduce((sum, year) => sum + year, 0) / n;
  const xc = x.map((year) => year - mean);
  const sqrtWeights = w.map((weight) => Math.sqrt(weight));
  const norm1 = Math.sqrt(dot(sqrtWeights, 0, sqrtWeights, 0, n));
  const e1 = sqrtWeights.map((s) => s / norm1);
  const slope = sqrtWeights.map((s, i) => s * (xc[i] as number));
  removeComponent(slope, 0, e1, 0, n);
  removeComponent(slope, 0, e1, 0, n);
  const norm2 = Math.sqrt(dot(slope, 0, slope, 0, n));
  const e2 = slope.map((v) => v / norm2);

  const total = countJoinpointSets(n, maxDepth, minEnd, minBetween).reduce((a, b) => a + b, 0);
  const parent = new Int32Array(total);
  const location = new Int32Array(total);
  const depth = new Int32Array(total);
  let count = 0;
  const last = n - 1 - minEnd;
  const grow = (parentNode: number, level: number, start: number): void => {
    if (level > maxDepth) return;
    for (let j = start; j <= last; j++) {
      const node = count++;
      parent[node] = parentNode;
      location[node] = j;
      depth[node] = level;
      grow(node, level + 1, j + minBetween + 1);
    }
  };
  grow(-1, 1, minEnd);

  const core = { n, maxDepth, nodeCount: total, parent, location, depth, xc, sqrtWeights, e1, e2 };
  const degenerate = new Uint8Array(total);
  const stack = new Float64Array(maxDepth * n);
  let basis: Float64Array | null = null;
  if (total * n <= storedBasisLimit) {
    const stored = new Float64Array(total * n);
    // Stryker disable next-line EqualityOperator: equivalent — at node = total the parent is undefined, so ok is false and the flag is written past the array
    for (let node = 0; node < total; node++) {
      const p = parent[node] as number;
      const ok = (p < 0 || degenerate[p] === 0) && hingeVector(core, node, stored, node * n, stored, (a) => a * n);
      if (!ok) degenerate[node] = 1;
    }
    basis = stored;
  } else {
    // Mark degenerate nodes now, recomputing the vectors along the current path as a pass does.
    // Stryker disable next-line EqualityOperator: equivalent — at node = total the parent is undefined, so ok is false and the flag is written past the array
    for (let node = 0; node < total; node++) {
      const d = depth[node] as number;
      const p = parent[node] as number;
      const ok = (p < 0 || degenerate[p] === 0) && hingeVector(core, node, stack, (d - 1) * n, stack, (a) => ((depth[a] as number) - 1) * n);
      if (!ok) degenerate[node] = 1;
    }
  }
  return { ...core, degenerate, basis, stack };
}

/**
 * Projects the whitened response `yw` off the weighted line: writes the residual into `residual` and returns its
 * sum of squares (the SSE of the model without joinpoints).
 *
 * @internal
 */
export function lineResidual(grid: JoinpointGrid, yw: Float64Array, residual: Float64Array): number {
  const n = grid.n;
  residual.set(yw);
  // Stryker disable next-line EqualityOperator: equivalent — a third pass changes the residual only by rounding
  for (let pass = 0; pass < 2; pass++) {
    removeComponent(residual, 0, grid.e1, 0, n);
    removeComponent(residual, 0, grid.e2, 0, n);
  }
  return dot(residual, 0, residual, 0, n);
}

/**
 * One pass over the grid: for every number of joinpoints d = 1…upTo, the smallest SSE (`bestSse[d]`) and the node
 * reaching it (`bestNode[d]`, the first in order on ties). `bestSse[0]`/`bestNode[0]` are the line's (node −1).
 * `accumulated` is scratch of length maxDepth + 1. Allocates nothing.
 *
 * @internal
 */
export function bestModels(
  grid: JoinpointGrid,
  residual: Float64Array,
  lineSse: number,
  upTo: number,
  bestSse: Float64Array,
  bestNode: Int32Array,
  accumulated: Float64Array,
): void {
  const { n, nodeCount, depth, degenerate, basis, stack } = grid;
  bestSse.fill(Number.POSITIVE_INFINITY);
  bestNode.fill(-1);
  bestSse[0] = lineSse;
  accumulated[0] = 0;
  // Stryker disable next-line EqualityOperator: equivalent — at node = nodeCount depth is undefined, the SSE NaN, and NaN < best is false
  for (let node = 0; node < nodeCount; node++) {
    const d = depth[node] as number;
    if (d > upTo || degenerate[node] === 1) continue;
    let projection = 0;
    // Stryker disable next-line ConditionalExpression: equivalent — with `false` a stored grid recomputes the same vectors on the fly (the same SSEs up to rounding, only slower)
    if (basis !== null) {
      // Inline dot product, four running sums (the hot loop of the permutation test).
      const offset = node * n;
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      let i = 0;
      // Stryker disable next-line ConditionalExpression: equivalent — with `false` the remainder loop adds every term to s0: the same dot product up to rounding
      for (; i + 3 < n; i += 4) {
        s0 += (basis[offset + i] as number) * (residual[i] as number);
        s1 += (basis[offset + i + 1] as number) * (residual[i + 1] as number);
        s2 += (basis[offset + i + 2] as number) * (residual[i + 2] as number);
        s3 += (basis[offset + i + 3] as number) * (residual[i + 3] as number);
      }
      for (; i < n; i++) s0 += (basis[offset + i] as number) * (residual[i] as number);
      projection = s0 + s1 + s2 + s3;
    } else {
      hingeVector(grid, node, stack, (d - 1) * n, stack, (a) => ((depth[a] as number) - 1) * n);
      projection = dot(stack, (d - 1) * n, residual, 0, n);
    }
    const acc = (accumulated[d - 1] as number) + projection * projection;
    accumulated[d] = acc;
    const sse = lineSse - acc;
    if (sse < (bestSse[d] as number)) {
      bestSse[d] = sse;
      bestNode[d] = node;
    }
  }
}

/**
 * The observation indices of a node's joinpoints, ascending; [] for the line (node −1).
 *
 * @internal
 */
export function nodeLocations(grid: JoinpointGrid, node: number): number[] {
  const out: number[] = [];
  for (let a = node; a >= 0; a = grid.parent[a] as number) out.push(grid.location[a] as number);
  return out.reverse();
}
