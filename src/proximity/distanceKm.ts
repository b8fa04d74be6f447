import distance from '@turf/distance';
import { position } from '../internal/validate.ts';
import type { Position } from './types.ts';

/**
 * Great-circle distance between two positions in kilometres: the haversine formula on a sphere of turf's
 * mean earth radius, 6371008.8 m — it **is** `@turf/distance` 7.4 with `units: 'kilometers'`. Every distance
 * in this module (nearest site, coverage, catchments) equals this function bit for bit.
 *
 * On the WGS 84 ellipsoid the true geodesic differs by up to about 0.5 %: fine for city-scale coverage, and
 * a straight line still overstates what a walk network reaches (pass a travel-cost matrix for that).
 *
 * @param from - Origin `[lng, lat]` in degrees.
 * @param to - Destination `[lng, lat]` in degrees.
 * @returns Distance in km, ≥ 0.
 * @throws {EquityLensError} `invalid_position` for a non-finite or out-of-range position (swapped `[lat, lng]`
 * gets a hint).
 * @category Proximity
 * @example
 * ```ts
 * import { distanceKm } from "./distanceKm.ts";
 *
 * // turf's own fixture (packages/turf-distance/test/out/points.json)
 * distanceKm([-75.343, 39.984], [-75.534, 39.123]); // => 97.12922118967835
 * ```
 */
export function distanceKm(from: Position, to: Position): number {
  const a = position(from, 'from', 'distanceKm');
  const b = position(to, 'to', 'distanceKm');
  return distance(a as [number, number], b as [number, number], { units: 'kilometers' });
}
