import { describe, fail } from '../internal/errors.ts';
import { integer, knownKeys } from '../internal/validate.ts';
import { costPairs, kNearestByCost } from './internal/costQueries.ts';
import { arrayOf, nonEmpty, packPositions } from './internal/inputs.ts';
import { SphereGrid } from '../internal/sphereGrid.ts';
import { kNearestInGrid } from './internal/sphereGridQueries.ts';
import type { Position, TravelCosts } from './types.ts';

/** Options of {@link kNearestSites}. */
export interface KNearestSitesOptions {
  /** How many sites per point, a whole number ≥ 1. */
  readonly k: number;
  /**
   * Travel costs from each point (rows, origins) to each site (columns, destinations) instead of great-circle
   * distances. Absent sparse pairs and dense `Infinity` are not reachable.
   */
  readonly costs?: TravelCosts;
}

/** Result of {@link kNearestSites}: `k` slots per point, row-major (point i's sites are `i·k` … `i·k + k − 1`). */
export interface KNearestSitesResult {
  /** The k used. */
  readonly k: number;
  /** Site indices, nearest first (ties → lowest index); −1 in slots past `found`. */
  readonly siteIndex: Int32Array;
  /** Distance (km) or cost (in `unit`) of each slot; `Infinity` past `found`. */
  readonly cost: Float64Array;
  /** With coordinates, the same distances in km (equal to `@turf/distance`); `null` with costs. */
  readonly distanceKm: Float64Array | null;
  /** `'km'`, or the matrix's unit label (`costs.unit`, `'cost'` when none was given). */
  readonly unit: string;
  /** Per point, how many slots are filled: min(k, sites) with coordinates, the reachable sites up to k with costs. */
  readonly found: Int32Array;
}

/**
 * The `k` nearest sites to each point, by great-circle distance (turf's haversine) or, with `options.costs`, by
 * travel cost — "how many community centres can a family choose from within its three nearest?", or the second
 * choice when the nearest is full. Sorted nearest first; ties go to the lowest site index, as a stable sort of a
 * brute-force distance list.
 *
 * Method (coordinates): the exact spatial index of {@link nearestSite}, searched in growing rings of cells until
 * the k-th best chord (plus 64 µm) is closer than any unvisited cell; the candidates are re-measured with turf's
 * haversine, so the result equals sorting every site by `@turf/distance`. With costs: each point's row or pairs.
 *
 * @param points - Points `[lng, lat]`. May be empty. With `options.costs` only their number is read (one per
 * matrix row).
 * @param sites - Site positions `[lng, lat]`; at least one. With `options.costs`, one per matrix column.
 * @param options - `k`, and `costs` for a travel-cost matrix.
 * @returns k slots per point: site indices, their distance or cost, and how many were found.
 * @throws {EquityLensError} `invalid_position` for a bad position, `empty` for no sites, `out_of_range` for a k
 * that is not a whole number ≥ 1 or a negative cost, `length_mismatch` for a matrix of the wrong shape.
 * @category Proximity
 * @example
 * ```ts
 * import { kNearestSites } from "./kNearestSites.ts";
 *
 * const centres = [[-121.90, 37.33], [-121.80, 37.30], [-121.87, 37.36]];
 * const result = kNearestSites([[-121.89, 37.34]], centres, { k: 2 });
 * Array.from(result.siteIndex); // => [0, 2]
 * Array.from(result.cost, (km) => Math.round(km * 100) / 100); // => [1.42, 2.84]
 *
 * const minutes = { dense: [[9, 30, Infinity]], unit: "minutes" };
 * const byTime = kNearestSites([[-121.89, 37.34]], centres, { k: 3, costs: minutes });
 * Array.from(byTime.siteIndex); // => [0, 1, -1]
 * Array.from(byTime.found); // => [2]
 * ```
 */
export function kNearestSites(points: readonly Position[] | readonly unknown[], sites: readonly Position[] | readonly unknown[], options: KNearestSitesOptions): KNearestSitesResult {
  const fn = 'kNearestSites';
  if (options === null || typeof options !== 'object') fail('missing_field', 'options.k', `${fn}: options is ${describe(options)}; pass { k }, e.g. { k: 3 }.`);
  knownKeys(options, ['k', 'costs'], 'options', fn);
  const k = integer(options.k, 'options.k', fn);
  if (k < 1) fail('out_of_range', 'options.k', `${fn}: options.k is ${k}; expected a whole number ≥ 1 (the number of sites per point).`);
  if (options.costs !== undefined) {
    const rows = arrayOf(points, 'points', fn, 'points (one per matrix row)');
    const columns = arrayOf(sites, 'sites', fn, 'sites (one per matrix column)');
    nonEmpty(columns, 'sites', fn, 'site');
    const pairs = costPairs(options.costs, rows.length, columns.length, Infinity, fn);
    const { siteIndex, cost, found } = kNearestByCost(pairs, k);
    return { k, siteIndex, cost, distanceKm: null, unit: pairs.unit, found };
  }
  const packedSites = packPositions(sites, 'sites', fn);
  const packedPoints = packPositions(points, 'points', fn);
  if (packedSites.length === 0) fail('empty', 'sites', `${fn}: sites is empty; pass at least one site position [lng, lat].`);
  const grid = new SphereGrid(packedSites);
  const n = packedPoints.length >> 1;
  const siteIndex = new Int32Array(n * k).fill(-1);
  const distanceKm = new Float64Array(n * k).fill(Infinity);
  const found = new Int32Array(n);
  const q = new Float64Array(4);
  for (let i = 0; i < n; i++) {
    const lng = packedPoints[2 * i] as number;
    const lat = packedPoints[2 * i + 1] as number;
    grid.project(lng, lat, q, 0);
    found[i] = kNearestInGrid(grid, q[0] as number, q[1] as number, q[2] as number, lng, lat, q[3] as number, k, siteIndex, distanceKm, i * k);
  }
  return { k, siteIndex, cost: distanceKm, distanceKm, unit: 'km', found };
}
