import { describe, expect, it } from 'vitest';
import {
  bestModels,
  buildJoinpointGrid,
  countJoinpointSets,
  lineResidual,
  nodeLocations,
  type JoinpointGrid,
} from '../../src/trends/internal/joinpointGrid.ts';

// The grid search behind joinpoint(), on its own. joinpoint() never places a joinpoint on the first or last
// observation (minObservationsFromEnd ≥ 1), so it never meets a degenerate hinge; the grid's own contract covers
// minEnd = 0, where the hinge at the first year is the line itself and the one at the last year is zero.

const YEARS = Float64Array.from([2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017]);
const WEIGHTS = Float64Array.from([1, 2, 0.5, 1.5, 1, 3, 0.8, 1.2]);
// Rough, with a bend: no exact ties between candidate models.
const VALUES = [3.1, 3.5, 4.2, 4.0, 5.1, 4.6, 4.4, 3.7];

interface Pass {
  lineSse: number;
  bestSse: number[];
  bestNode: number[];
  locations: number[][];
}

function pass(grid: JoinpointGrid, values: readonly number[], upTo = grid.maxDepth): Pass {
  const yw = Float64Array.from(values, (v, i) => (grid.sqrtWeights[i] as number) * v);
  const residual = new Float64Array(grid.n);
  const bestSse = new Float64Array(grid.maxDepth + 1);
  const bestNode = new Int32Array(grid.maxDepth + 1);
  const lineSse = lineResidual(grid, yw, residual);
  bestModels(grid, residual, lineSse, upTo, bestSse, bestNode, new Float64Array(grid.maxDepth + 1));
  return { lineSse, bestSse: [...bestSse], bestNode: [...bestNode], locations: [...bestNode].map((node) => nodeLocations(grid, node)) };
}

/** Weighted least-squares SSE of y on [1, x, (x − x_j)⁺ …] by the normal equations (Gaussian elimination). */
function bruteForceSse(x: Float64Array, w: Float64Array, values: readonly number[], knots: readonly number[]): number {
  const columns = [Array.from(x, () => 1), Array.from(x), ...knots.map((j) => Array.from(x, (xi) => Math.max(0, xi - (x[j] as number))))];
  const p = columns.length;
  const a = columns.map((ci) => [...columns.map((cj) => ci.reduce((s, v, i) => s + (w[i] as number) * v * (cj[i] as number), 0)), ci.reduce((s, v, i) => s + (w[i] as number) * v * (values[i] as number), 0)]);
  for (let c = 0; c < p; c++) {
    for (let r = c + 1; r < p; r++) {
      const f = (a[r] as number[])[c]! / (a[c] as number[])[c]!;
      for (let m = c; m <= p; m++) (a[r] as number[])[m] = (a[r] as number[])[m]! - f * (a[c] as number[])[m]!;
    }
  }
  const beta = new Array<number>(p).fill(0);
  for (let c = p - 1; c >= 0; c--) {
    let sum = (a[c] as number[])[p]!;
    for (let m = c + 1; m < p; m++) sum -= (a[c] as number[])[m]! * beta[m]!;
    beta[c] = sum / (a[c] as number[])[c]!;
  }
  return values.reduce((s, y, i) => {
    const fit = columns.reduce((f, column, c) => f + (column[i] as number) * beta[c]!, 0);
    return s + (w[i] as number) * (y - fit) ** 2;
  }, 0);
}

describe('countJoinpointSets — admissible placements, counted without building them', () => {
  it('k joinpoints on m admissible indices at least g + 1 apart: C(m − (k − 1)·g, k)', () => {
    // n = 12, 2 from each end: indices 2…9 (m = 8), 2 between: C(8, 1), C(6, 2), C(4, 3), C(2, 4) = 0.
    expect(countJoinpointSets(12, 4, 2, 2)).toEqual([8, 15, 4, 0]);
    // n = 5 with no spacing rule: every index, C(5, 1), C(5, 2), C(5, 3).
    expect(countJoinpointSets(5, 3, 0, 0)).toEqual([5, 10, 10]);
    // 1 between on 0…7: C(8, 1), C(7, 2), C(6, 3).
    expect(countJoinpointSets(8, 3, 0, 1)).toEqual([8, 21, 20]);
    expect(countJoinpointSets(8, 0, 0, 1)).toEqual([]);
  });
  it('no admissible index at all (the ends overlap): zero sets of every size', () => {
    expect(countJoinpointSets(5, 2, 3, 0)).toEqual([0, 0]);
    expect(countJoinpointSets(5, 2, 9, 0)).toEqual([0, 0]);
  });
});

describe('buildJoinpointGrid — the prefix tree and its hinge vectors', () => {
  it('centres the years on their mean and keeps the square roots of the weights', () => {
    const grid = buildJoinpointGrid(YEARS, WEIGHTS, 1, 2, 2);
    expect([...grid.xc]).toEqual([-3.5, -2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 3.5]);
    expect([...grid.sqrtWeights]).toEqual([...WEIGHTS].map(Math.sqrt));
    // e1 ∝ √w and e2 ∝ √w·x are orthonormal.
    const dot = (a: Float64Array, b: Float64Array): number => a.reduce((s, v, i) => s + v * (b[i] as number), 0);
    expect(dot(grid.e1, grid.e1)).toBeCloseTo(1, 14);
    expect(dot(grid.e2, grid.e2)).toBeCloseTo(1, 14);
    expect(dot(grid.e1, grid.e2)).toBeCloseTo(0, 14);
    expect(grid.e1[0]! / grid.sqrtWeights[0]!).toBeCloseTo(grid.e1[5]! / grid.sqrtWeights[5]!, 14);
  });
  it('lists every admissible set once, in pre-order (a node after its parent, children by location)', () => {
    const grid = buildJoinpointGrid(YEARS, WEIGHTS, 2, 2, 1);
    // Indices 2…5, 1 between: {2} {2,4} {2,5} {3} {3,5} {4} {5}.
    expect(grid.nodeCount).toBe(7);
    expect(Array.from({ length: grid.nodeCount }, (_, node) => nodeLocations(grid, node))).toEqual([[2], [2, 4], [2, 5], [3], [3, 5], [4], [5]]);
    expect([...grid.parent]).toEqual([-1, 0, 0, -1, 3, -1, -1]);
    expect([...grid.depth]).toEqual([1, 2, 2, 1, 2, 1, 1]);
    expect(nodeLocations(grid, -1)).toEqual([]);
    const line = buildJoinpointGrid(YEARS, WEIGHTS, 0, 2, 1);
    expect([line.nodeCount, line.parent.length, line.stack.length]).toEqual([0, 0, 0]);
  });
  it('marks hinges in the span of the line and the earlier joinpoints as degenerate, and every set that contains one', () => {
    // minEnd 0: the hinge at the first year is the line itself, the one at the last year is zero.
    const grid = buildJoinpointGrid(YEARS, WEIGHTS, 2, 0, 1);
    const sets = Array.from({ length: grid.nodeCount }, (_, node) => nodeLocations(grid, node));
    expect(sets.filter((_, node) => grid.degenerate[node] === 1)).toEqual([
      [0],
      [0, 2],
      [0, 3],
      [0, 4],
      [0, 5],
      [0, 6],
      [0, 7],
      [1, 7],
      [2, 7],
      [3, 7],
      [4, 7],
      [5, 7],
      [7],
    ]);
    // The test is relative to the hinge's own size: weights a 10²⁴th as large flag the same sets.
    const tiny = buildJoinpointGrid(YEARS, WEIGHTS.map((w) => w * 1e-24), 2, 0, 1);
    expect([...tiny.degenerate]).toEqual([...grid.degenerate]);
  });
  it('stores the hinge vectors up to storedBasisLimit numbers, else recomputes them: the same flags and best models', () => {
    // 8 + 21 nodes × 8 observations = 232 numbers.
    const limit = countJoinpointSets(8, 2, 0, 1).reduce((a, b) => a + b, 0) * 8;
    expect(limit).toBe(232);
    const stored = buildJoinpointGrid(YEARS, WEIGHTS, 2, 0, 1, limit);
    const recomputed = buildJoinpointGrid(YEARS, WEIGHTS, 2, 0, 1, limit - 1);
    expect(stored.basis?.length).toBe(232);
    expect(recomputed.basis).toBeNull();
    expect(recomputed.stack.length).toBe(16);
    expect([...recomputed.degenerate]).toEqual([...stored.degenerate]);
    const a = pass(stored, VALUES);
    const b = pass(recomputed, VALUES);
    expect(b.bestNode).toEqual(a.bestNode);
    b.bestSse.forEach((sse, d) => expect(sse).toBeCloseTo(a.bestSse[d] as number, 12));
    // Three joinpoints: the stack holds a path of three vectors.
    const deep = pass(buildJoinpointGrid(YEARS, WEIGHTS, 3, 1, 0, 0), VALUES);
    const deepStored = pass(buildJoinpointGrid(YEARS, WEIGHTS, 3, 1, 0), VALUES);
    expect(deep.locations).toEqual(deepStored.locations);
    deep.bestSse.forEach((sse, d) => expect(sse).toBeCloseTo(deepStored.bestSse[d] as number, 12));
  });
});

describe('bestModels — the best set of every size in one pass', () => {
  it('finds the least-squares placement of every size (brute force by the normal equations), skipping degenerate sets', () => {
    for (const limit of [undefined, 0]) {
      const grid = buildJoinpointGrid(YEARS, WEIGHTS, 2, 0, 1, limit);
      const result = pass(grid, VALUES);
      expect(result.lineSse).toBeCloseTo(bruteForceSse(YEARS, WEIGHTS, VALUES, []), 10);
      for (const d of [1, 2]) {
        const candidates = Array.from({ length: grid.nodeCount }, (_, node) => node).filter((node) => grid.depth[node] === d && grid.degenerate[node] === 0);
        const sses = candidates.map((node) => bruteForceSse(YEARS, WEIGHTS, VALUES, nodeLocations(grid, node)));
        const best = sses.indexOf(Math.min(...sses));
        expect(result.locations[d]).toEqual(nodeLocations(grid, candidates[best] as number));
        expect(result.bestSse[d]).toBeCloseTo(sses[best] as number, 10);
      }
      expect(result.locations).toEqual([[], [4], [4, 6]]);
    }
  });
  it('an exactly piecewise-linear series: SSE 0 at its joinpoint', () => {
    const values = [...YEARS].map((year) => 1 + 0.5 * (year - 2010) - 2 * Math.max(0, year - 2014));
    for (const limit of [undefined, 0]) {
      const result = pass(buildJoinpointGrid(YEARS, WEIGHTS, 1, 1, 1, limit), values);
      expect(result.locations[1]).toEqual([4]);
      expect(result.bestSse[1]).toBeLessThan(1e-12); // the line leaves about 12
    }
  });
  it('ties go to the first set in order; degenerate sets never count; sizes above upTo stay empty', () => {
    // A flat series: every set has SSE 0. The first sets in pre-order, {0} and its children, are degenerate.
    const grid = buildJoinpointGrid(YEARS, WEIGHTS, 2, 0, 1);
    const flat = pass(grid, VALUES.map(() => 0));
    expect(flat.bestSse).toEqual([0, 0, 0]);
    expect(flat.locations).toEqual([[], [1], [1, 3]]);
    const single = pass(grid, VALUES, 1);
    expect(single.bestSse[2]).toBe(Number.POSITIVE_INFINITY);
    expect(single.bestNode[2]).toBe(-1);
    expect(single.locations[1]).toEqual([4]);
  });
  it('three observations, one joinpoint between them: the exact fit', () => {
    const x = Float64Array.from([2020, 2021, 2022]);
    const result = pass(buildJoinpointGrid(x, Float64Array.from([1, 1, 1]), 1, 1, 0), [1, 3, 2]);
    expect(result.lineSse).toBeCloseTo(1.5, 12); // residuals −0.5, 1, −0.5 about the line 1.5 + 0.5·t
    expect(result.locations).toEqual([[], [1]]);
    expect(result.bestSse[1]).toBeCloseTo(0, 12);
  });
});
