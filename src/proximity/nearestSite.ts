import { fail } from '../internal/errors.ts';

import { NEAREST_SITES_PER_CELL, nearestAll, SphereGrid } from './internal/sphereGrid.ts';
import type { Position } from './types.ts';
import { packPositions } from './internal/inputs.ts';

/** Result of {@link nearestSite}. */
export interface NearestSiteResult {
  /** For each point, the index of its nearest site (ties → lowest site index). */
  readonly siteIndex: Int32Array;
  /** For each point, the great-circle distance to that site in km (equal to `@turf/distance`). */
  readonly distanceKm: Float64Array;
}

/**
 * The nearest site to each point, by great-circle distance ({@link distanceKm}, turf's haversine). Ties go to
 * the lowest site index, as a strict `<` scan (turf `nearestPoint`).
 *
 * Method: an exact spatial index. Sites are placed on the unit sphere in 3-D and bucketed in a uniform grid;
 * each grid cell keeps, built once by a ring search, the list of every site that can be nearest to some point of
 * the cell, sorted by its least chord to the cell, and a point scans its cell's list until the next site's bound
 * exceeds its best chord (the chord is a strictly increasing function of the great-circle distance, so the bounds
 * hold everywhere: at high latitudes, the poles and across the antimeridian). Candidates that the chord cannot separate (within 64 µm) are
 * re-measured with turf's haversine, so the result equals a brute-force loop over `@turf/distance` exactly.
 * Cost: O(M) to index, about O(1) per point for sites spread like households (N log M in the worst case).
 *
 * @param points - Points `[lng, lat]` (households, tract centroids …). May be empty.
 * @param sites - Site positions `[lng, lat]`; at least one.
 * @returns `siteIndex` and `distanceKm`, one entry per point.
 * @throws {EquityLensError} `invalid_position` for a non-finite or out-of-range position (with a hint when the
 * order looks swapped), `empty` when `sites` is empty, `invalid_type` when an argument is not an array.
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
 * ```
 */
export function nearestSite(points: readonly Position[], sites: readonly Position[]): NearestSiteResult {
  const fn = 'nearestSite';
  const packedSites = packPositions(sites, 'sites', fn);
  const packedPoints = packPositions(points, 'points', fn);
  if (packedSites.length === 0) fail('empty', 'sites', `${fn}: sites is empty; pass at least one site position [lng, lat].`);
  return nearestAll(new SphereGrid(packedSites, NEAREST_SITES_PER_CELL), packedPoints);
}
