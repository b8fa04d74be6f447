import { describe, fail } from '../internal/errors.ts';
import { knownKeys, positiveNumber } from '../internal/validate.ts';
import { compileDecay } from './internal/decay.ts';
import { countSweep, sweepFor } from './internal/demandGrid.ts';
import { SphereGrid } from './internal/sphereGrid.ts';
import type { Position } from './types.ts';
import { packPositions } from './internal/inputs.ts';

/** Options of {@link countWithin}. */
export interface CountWithinOptions {
  /** Radius in km; a site counts when its distance is ≤ `radiusKm` (inclusive). */
  readonly radiusKm: number;
}

/** Result of {@link countWithin}. */
export interface CountWithinResult {
  /** For each point, the number of sites within the radius. */
  readonly count: Int32Array;
  /** The radius used, km. */
  readonly radiusKm: number;
  /** Always `'distance <= radius'`. */
  readonly threshold: 'distance <= radius';
}

/**
 * How many sites lie within a radius of each point (choice of providers, "how many community centres within
 * 2 km"). Exact: equal to counting `@turf/distance(point, site) ≤ radiusKm` over every pair. Points are
 * bucketed in cells; each site counts whole cells inside its circle at once and tests one by one only the points
 * of cells its circle crosses (see the proximity guide, "Exact and fast").
 *
 * @param points - Points `[lng, lat]`. May be empty.
 * @param sites - Site positions `[lng, lat]`; at least one.
 * @param options - `radiusKm`.
 * @returns The count per point.
 * @throws {EquityLensError} `invalid_position` for a bad position, `empty` for no sites, `out_of_range` for a
 * radius ≤ 0.
 * @category Proximity
 * @example
 * ```ts
 * import { countWithin } from "./countWithin.ts";
 *
 * const centres = [[-121.90, 37.33], [-121.89, 37.33], [-121.70, 37.30]];
 * Array.from(countWithin([[-121.895, 37.33]], centres, { radiusKm: 1 }).count); // => [2]
 * ```
 */
export function countWithin(points: readonly Position[], sites: readonly Position[], options: CountWithinOptions): CountWithinResult {
  const fn = 'countWithin';
  const packedSites = packPositions(sites, 'sites', fn);
  const packedPoints = packPositions(points, 'points', fn);
  if (packedSites.length === 0) fail('empty', 'sites', `${fn}: sites is empty; pass at least one site position [lng, lat].`);
  if (options === null || typeof options !== 'object') {
    fail('missing_field', 'options.radiusKm', `${fn}: options is ${describe(options)}; pass { radiusKm }.`);
  }
  knownKeys(options, ['radiusKm'], 'options', fn);
  const radiusKm = positiveNumber(options.radiusKm, 'options.radiusKm', fn);
  const grid = new SphereGrid(packedSites);
  const count = countSweep(sweepFor(packedPoints, grid, radiusKm, compileDecay('binary', 'km', 'decay', fn), fn, 'options')).count;
  return { count, radiusKm, threshold: 'distance <= radius' };
}
