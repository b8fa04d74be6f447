/**
 * Nearest, k nearest and within-cut-off queries on a travel-cost matrix (dense or sparse), for the proximity
 * functions that take `options.costs` instead of coordinates. A pair that is absent from a sparse list, or
 * `Infinity` in a dense matrix, is not reachable.
 *
 * @internal
 * @module
 */
import { fail } from '../../internal/errors.ts';
import { positiveNumber } from '../../internal/validate.ts';
import type { TravelCosts } from '../types.ts';
import { arrayOf, nonEmpty } from './inputs.ts';
import { costNeighbourhood, type Neighbourhood } from './neighbourhood.ts';

/** The validated matrix as reachable pairs (cost ≤ `cutoff`), with its unit label. */
export function costPairs(costs: TravelCosts | undefined, n: number, m: number, cutoff: number, fn: string): Neighbourhood {
  return costNeighbourhood(costs, n, m, cutoff, 'options.costs', fn);
}

/** Nearest site per origin by cost: lowest cost, ties to the lowest site index; −1 and Infinity when none is reachable. */
export function nearestByCost(pairs: Neighbourhood): { siteIndex: Int32Array; cost: Float64Array; reachable: Uint8Array } {
  const n = pairs.demandCount;
  const sites = new Int32Array(pairs.siteCount);
  const costs = new Float64Array(pairs.siteCount);
  const siteIndex = new Int32Array(n);
  const cost = new Float64Array(n);
  const reachable = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const count = pairs.query(i, sites, costs);
    let best = -1;
    let bestCost = Infinity;
    for (let t = 0; t < count; t++) {
      const c = costs[t] as number;
      const j = sites[t] as number;
      if (c < bestCost || (c === bestCost && j < best)) {
        bestCost = c;
        best = j;
      }
    }
    siteIndex[i] = best;
    cost[i] = bestCost;
    reachable[i] = best >= 0 ? 1 : 0;
  }
  return { siteIndex, cost, reachable };
}

/**
 * The `k` nearest sites per origin by cost, row-major (`k` slots per origin), ordered by cost then site index;
 * slots past the reachable sites hold −1 and Infinity. `found[i]` is how many slots of origin i are filled.
 */
export function kNearestByCost(pairs: Neighbourhood, k: number): { siteIndex: Int32Array; cost: Float64Array; found: Int32Array } {
  const n = pairs.demandCount;
  const sites = new Int32Array(pairs.siteCount);
  const costs = new Float64Array(pairs.siteCount);
  const siteIndex = new Int32Array(n * k).fill(-1);
  const cost = new Float64Array(n * k).fill(Infinity);
  const found = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const count = pairs.query(i, sites, costs);
    found[i] = insertTopK(sites, costs, count, k, siteIndex, cost, i * k);
  }
  return { siteIndex, cost, found };
}

/**
 * Keeps the `k` smallest (cost, index) of `count` candidates, sorted, in `outIndex`/`outCost` from `offset`;
 * returns how many were kept.
 */
export function insertTopK(sites: Int32Array, costs: Float64Array, count: number, k: number, outIndex: Int32Array, outCost: Float64Array, offset: number): number {
  let kept = 0;
  for (let t = 0; t < count; t++) {
    const c = costs[t] as number;
    const j = sites[t] as number;
    if (kept === k) {
      const lastCost = outCost[offset + k - 1] as number;
      const lastIndex = outIndex[offset + k - 1] as number;
      if (c > lastCost || (c === lastCost && j > lastIndex)) continue;
    } else kept++;
    let u = offset + kept - 1;
    while (u > offset && ((outCost[u - 1] as number) > c || ((outCost[u - 1] as number) === c && (outIndex[u - 1] as number) > j))) {
      outCost[u] = outCost[u - 1] as number;
      outIndex[u] = outIndex[u - 1] as number;
      u--;
    }
    outCost[u] = c;
    outIndex[u] = j;
  }
  return kept;
}

/** How many sites each origin reaches within the pairs' cut-off. */
export function countByCost(pairs: Neighbourhood): Int32Array {
  const sites = new Int32Array(pairs.siteCount);
  const costs = new Float64Array(pairs.siteCount);
  const count = new Int32Array(pairs.demandCount);
  for (let i = 0; i < pairs.demandCount; i++) count[i] = pairs.query(i, sites, costs);
  return count;
}

/** Reads `options.maxCost` (required with costs) and rejects the km cut-off beside a matrix. */
export function maxCostOption(options: Readonly<Record<string, unknown>>, kmKey: string, fn: string): number {
  if (options[kmKey] !== undefined) {
    fail('invalid_value', `options.${kmKey}`, `${fn}: options.${kmKey} is given with options.costs; with a travel-cost matrix give the cut-off in its unit as options.maxCost.`);
  }
  const value = options['maxCost'];
  if (value === undefined) fail('missing_field', 'options.maxCost', `${fn}: options.maxCost is missing; with a travel-cost matrix give the cut-off in the matrix's unit (e.g. 15 minutes).`);
  return positiveNumber(value, 'options.maxCost', fn);
}

/** Rejects `options.maxCost` without a matrix. */
export function noMaxCostWithoutCosts(options: Readonly<Record<string, unknown>>, kmKey: string, fn: string): void {
  if (options['maxCost'] !== undefined) {
    fail('invalid_value', 'options.maxCost', `${fn}: options.maxCost needs options.costs (a travel-cost matrix); with coordinates use options.${kmKey} in km.`);
  }
}

/** What a cost-based within-cut-off function needs: the pairs within `options.maxCost`, its value and unit. */
export interface CostCutoff {
  readonly pairs: Neighbourhood;
  readonly maxCost: number;
  readonly unit: string;
}

/**
 * Validates `points`/`sites` (only counted) and `options.costs`/`options.maxCost` for a within-cut-off function
 * whose coordinate cut-off is `options[kmKey]`.
 */
export function costCutoff(points: unknown, sites: unknown, options: Readonly<Record<string, unknown>>, kmKey: string, fn: string): CostCutoff {
  const rows = arrayOf(points, 'points', fn, 'points (one per matrix row)');
  const columns = arrayOf(sites, 'sites', fn, 'sites (one per matrix column)');
  nonEmpty(columns, 'sites', fn, 'site');
  const maxCost = maxCostOption(options, kmKey, fn);
  const pairs = costPairs(options['costs'] as TravelCosts, rows.length, columns.length, maxCost, fn);
  return { pairs, maxCost, unit: pairs.unit };
}

/** {@link siteCoveredDemand}'s three tables from pairs within the cut-off (nearest: least cost, lowest index). */
export function coveredDemandByCost(pairs: Neighbourhood, weights: ArrayLike<number> | undefined): { withinRadius: Float64Array; nearestWithin: Float64Array; exclusive: Float64Array } {
  const m = pairs.siteCount;
  const sites = new Int32Array(m);
  const costs = new Float64Array(m);
  const withinRadius = new Float64Array(m);
  const nearestWithin = new Float64Array(m);
  const exclusive = new Float64Array(m);
  for (let i = 0; i < pairs.demandCount; i++) {
    const count = pairs.query(i, sites, costs);
    if (count === 0) continue;
    const w = weights === undefined ? 1 : (weights[i] as number);
    let best = -1;
    let bestCost = Infinity;
    for (let t = 0; t < count; t++) {
      const j = sites[t] as number;
      const c = costs[t] as number;
      withinRadius[j] = (withinRadius[j] as number) + w;
      if (c < bestCost || (c === bestCost && j < best)) {
        bestCost = c;
        best = j;
      }
    }
    nearestWithin[best] = (nearestWithin[best] as number) + w;
    if (count === 1) exclusive[best] = (exclusive[best] as number) + w;
  }
  return { withinRadius, nearestWithin, exclusive };
}
