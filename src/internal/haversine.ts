/**
 * Great-circle distance exactly as `@turf/distance` 7.4 computes it, for hot loops over packed coordinates.
 *
 * @internal
 * @module
 */

import { earthRadius } from '@turf/helpers';

/** Turf's mean earth radius in kilometres (`@turf/helpers`' `earthRadius`, 6371008.8 m, over 1000). */
export const EARTH_RADIUS_KM: number = earthRadius / 1000;

/**
 * Degrees to radians with turf's normalisation (`degrees % 360`), so that every intermediate value is the one
 * turf computes.
 *
 * @internal
 */
export function toRadians(degrees: number): number {
  // `x % 360` is exactly `x` for |x| < 360 (including −0), and a double `%` is a slow library call: skip it
  // there. Same value bit for bit.
  // Stryker disable next-line ConditionalExpression: equivalent — taking `% 360` also below 360 (the condition false) gives the same value bit for bit, the reason the fast path may skip it
  const reduced = Math.abs(degrees) < 360 ? degrees : degrees % 360;
  return (reduced * Math.PI) / 180;
}

/**
 * Haversine distance in km from `(lng1, lat1)` to `(lng2, lat2)` (degrees), with `cosLat1` and `cosLat2` the
 * cosines of the latitudes in radians (precomputed by the caller). The operations and their order are turf's,
 * so the result is bit-identical to `distance([lng1, lat1], [lng2, lat2])`. `a` is clamped to 1, where turf
 * would return `NaN` for nearly antipodal points.
 *
 * @internal
 */
export function haversineKm(lng1: number, lat1: number, cosLat1: number, lng2: number, lat2: number, cosLat2: number): number {
  const dLat = toRadians(lat2 - lat1);
  const dLon = toRadians(lng2 - lng1);
  let a = Math.pow(Math.sin(dLat / 2), 2) + Math.pow(Math.sin(dLon / 2), 2) * cosLat1 * cosLat2;
  // Stryker disable next-line EqualityOperator: equivalent — at a = 1 the clamp sets a to the 1 it already is
  if (a > 1) a = 1;
  return 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a)) * EARTH_RADIUS_KM;
}

/**
 * The chord length on the unit sphere that corresponds to a great-circle distance in km, clamped to the
 * diameter 2 for distances of half the circumference or more.
 *
 * @internal
 */
export function chordOfKm(distanceKm: number): number {
  const angle = distanceKm / EARTH_RADIUS_KM;
  // Stryker disable next-line EqualityOperator: equivalent — at angle = π both branches return 2 (Math.sin(Math.PI / 2) is exactly 1)
  if (angle >= Math.PI) return 2;
  return 2 * Math.sin(angle / 2);
}
