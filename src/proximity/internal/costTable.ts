/**
 * The full demand × candidate cost table of the p-median and p-center planners, candidate-major, and the
 * assignment of each demand location to its nearest open site.
 *
 * @internal
 * @module
 */
import type { Neighbourhood } from './neighbourhood.ts';

/** `table[j * n + i]` = cost from demand i to candidate j (Infinity when the pair is not in reach). */
export function costTable(pairs: Neighbourhood): Float64Array {
  const n = pairs.demandCount;
  const m = pairs.siteCount;
  const table = new Float64Array(n * m).fill(Infinity);
  const sites = new Int32Array(m);
  const costs = new Float64Array(m);
  for (let i = 0; i < n; i++) {
    const found = pairs.query(i, sites, costs);
    for (let t = 0; t < found; t++) table[(sites[t] as number) * n + i] = costs[t] as number;
  }
  return table;
}

/** Per demand location, the open site with the least cost (ties → the lowest index); −1 when none reaches it. */
export function assignNearest(table: Float64Array, n: number, open: readonly number[]): Int32Array {
  const ascending = [...open].sort((a, b) => a - b);
  const assignment = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    let bestCost = Infinity;
    for (const j of ascending) {
      const d = table[j * n + i] as number;
      if (d < bestCost) {
        bestCost = d;
        assignment[i] = j;
      }
    }
  }
  return assignment;
}
