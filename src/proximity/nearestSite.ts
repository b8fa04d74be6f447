import { describe, fail } from '../internal/errors.ts';
import { knownKeys } from '../internal/validate.ts';
import { costPairs, nearestByCost } from './internal/costQueries.ts';
import { arrayOf, nonEmpty, packPositions } from './internal/inputs.ts';
import { NearestGrid, nearestAll } from '../internal/nearestGrid.ts';
import { NEAREST_SITES_PER_CELL } from '../internal/sphereGrid.ts';
import type { Position, TravelCosts } from './types.ts';

/** Options of {@link nearestSite}. */
export interface NearestSiteOptions {
  /**
   * Travel costs from each point (rows, origins) to each site (columns, destinations) — minutes or metres from
   * the city's routing engine — instead of great-circle distances. Absent sparse pairs and dense `Infinity` are
   * not reachable.
   */
  readonly costs?: TravelCosts;
}

/** Result of {@link nearestSite}. */
export interface NearestSiteResult {
  /** For each point, the index of its nearest site (ties → lowest site index). */
  readonly siteIndex: Int32Array;
  /** For each point, the great-circle distance to that site in km (equal to `@turf/distance`). */
  readonly distanceKm: Float64Array;
  /** The same distances under the name every proximity result uses for "cost in `unit`". */
  readonly cost: Float64Array;
  /** Always `'km'` with coordinates. */
  readonly unit: 'km';
}

/** Result of {@link nearestSite} with `options.costs`. */
export interface NearestSiteCostResult {
  /** For each point, the site of least cost (ties → lowest site index); −1 when no site is reachable. */
  readonly siteIndex: Int32Array;
  /** For each point, that cost in `unit`; `Infinity` when no site is reachable (see `reachable`). */
  readonly cost: Float64Array;
  /** The matrix's unit label (`costs.unit`, e.g. `'minutes'`; `'cost'` when none was given). */
  readonly unit: string;
  /** 1 where some site is reachable, else 0. */
  readonly reachable: Uint8Array;
  /** Number of points with no reachable site. */
  readonly unreachableCount: number;
  /** Notes on unreachable points. */
  readonly warnings: string[];
}

/**
 * The nearest site to each point, by great-circle distance ({@link distanceKm}, turf's haversine) or, with
 * `options.costs`, by travel cost (network minutes or metres). Ties go to the lowest site index, as a strict `<`
 * scan (turf `nearestPoint`).
 *
 * Method: an exact spatial index. Sites are placed on the unit sphere in 3-D and bucketed in a uniform grid;
 * each grid cell keeps, built once by a ring search, the list of every site that can be nearest to some point of
 * the cell, sorted by its least chord to the cell, and a point scans its cell's list until the next site's bound
 * exceeds its best chord (the chord is a strictly increasing function of the great-circle distance, so the bounds
 * hold everywhere: at high latitudes, the poles and across the antimeridian). Candidates that the chord cannot
 * separate (within 64 µm) are re-measured with turf's haversine, so the result equals a brute-force loop over
 * `@turf/distance` exactly. Points go through in blocks (projection, list scan, haversine of the winner), which
 * keeps the trigonometry pipelined. Cost: O(M) to index, about O(1) per point for sites spread like households
 * (N log M in the worst case). With costs: one pass over each point's row or pairs.
 *
 * @param points - Points `[lng, lat]` (households, tract centroids …). May be empty. With `options.costs` only
 * their number is read (one per matrix row): pass the records, ids or positions the rows stand for.
 * @param sites - Site positions `[lng, lat]`; at least one. With `options.costs`, one per matrix column.
 * @param options - `costs`, a travel-cost matrix (dense or sparse).
 * @returns `siteIndex` and `distanceKm` (and `cost`, `unit: 'km'`), one entry per point; with costs `siteIndex`,
 * `cost`, `unit`, `reachable`.
 * @throws {EquityLensError} `invalid_position` for a non-finite or out-of-range position (with a hint when the
 * order looks swapped), `empty` when `sites` is empty, `invalid_type` when an argument is not an array,
 * `length_mismatch` for a matrix of the wrong shape, `out_of_range` for a negative cost.
 * @category Proximity
 * @example
 * ```ts
 * import { nearestSite } from "./nearestSite.ts";
 *
 * const centres = [[-121.90, 37.33], [-121.80, 37.30]];
 * const homes = [[-121.89, 37.34], [-121.81, 37.29]];
 * const { siteIndex, distanceKm } = nearestSite(homes, centres);
 * Array.from(siteIndex); // => [0, 1]
 * Math.round(distanceKm[0]! * 1000); // => 1421 (metres: 1.421 km)
 *
 * // Walking minutes from a routing engine; home 1 reaches only centre 0.
 * const minutes = { sparse: [{ origin: 0, destination: 0, cost: 18 }, { origin: 0, destination: 1, cost: 12 }, { origin: 1, destination: 0, cost: 40 }], unit: "minutes" };
 * const byWalk = nearestSite(homes, centres, { costs: minutes });
 * Array.from(byWalk.siteIndex); // => [1, 0]
 * Array.from(byWalk.cost); // => [12, 40]
 * byWalk.unit; // => "minutes"
 * ```
 */
export function nearestSite(points: readonly unknown[], sites: readonly unknown[], options: NearestSiteOptions & { readonly costs: TravelCosts }): NearestSiteCostResult;
/** {@link nearestSite} by great-circle distance (no `costs`): `siteIndex` and `distanceKm` per point, in km. */
export function nearestSite(points: readonly Position[], sites: readonly Position[], options?: { readonly costs?: undefined }): NearestSiteResult;
export function nearestSite(points: readonly unknown[], sites: readonly unknown[], options?: { readonly costs?: TravelCosts | undefined }): NearestSiteResult | NearestSiteCostResult {
  const fn = 'nearestSite';
  if (options !== undefined) {
    if (options === null || typeof options !== 'object') fail('invalid_type', 'options', `${fn}: options is ${describe(options)}; pass { costs } or leave it out.`);
    knownKeys(options, ['costs'], 'options', fn);
  }
  if (options?.costs !== undefined) {
    const rows = arrayOf(points, 'points', fn, 'points (one per matrix row)');
    const columns = arrayOf(sites, 'sites', fn, 'sites (one per matrix column)');
    nonEmpty(columns, 'sites', fn, 'site');
    const pairs = costPairs(options.costs, rows.length, columns.length, Infinity, fn);
    const { siteIndex, cost, reachable } = nearestByCost(pairs);
    let unreachableCount = 0;
    for (let i = 0; i < reachable.length; i++) if (reachable[i] === 0) unreachableCount++;
    const warnings = unreachableCount > 0
      ? [`${fn}: ${unreachableCount} point(s) reach no site in options.costs; their siteIndex is -1, cost Infinity and reachable 0.`]
      : [];
    return { siteIndex, cost, unit: pairs.unit, reachable, unreachableCount, warnings };
  }
  const packedSites = packPositions(sites, 'sites', fn);
  const packedPoints = packPositions(points, 'points', fn);
  if (packedSites.length === 0) fail('empty', 'sites', `${fn}: sites is empty; pass at least one site position [lng, lat].`);
  const { siteIndex, distanceKm } = nearestAll(new NearestGrid(packedSites, NEAREST_SITES_PER_CELL), packedPoints);
  return { siteIndex, distanceKm, cost: distanceKm, unit: 'km' };
}
