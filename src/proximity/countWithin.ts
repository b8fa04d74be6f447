import { describe, fail } from '../internal/errors.ts';
import { knownKeys, positiveNumber } from '../internal/validate.ts';
import { compileDecay } from './internal/decay.ts';
import { countSweep, sweepFor } from './internal/demandGrid.ts';
import { SphereGrid } from '../internal/sphereGrid.ts';
import { costCutoff, countByCost, noMaxCostWithoutCosts } from './internal/costQueries.ts';
import type { Position, TravelCosts } from './types.ts';
import { packPositions } from './internal/inputs.ts';

/** Options of {@link countWithin}. */
export interface CountWithinOptions {
  /** Radius in km; a site counts when its distance is ≤ `radiusKm` (inclusive). */
  readonly radiusKm: number;
}

/** Options of {@link countWithin} with a travel-cost matrix. */
export interface CountWithinCostOptions {
  /** Travel costs from each point (rows) to each site (columns); absent sparse pairs and dense `Infinity` are not reachable. */
  readonly costs: TravelCosts;
  /** Cut-off in the matrix's unit; a site counts when its cost is ≤ `maxCost` (inclusive). */
  readonly maxCost: number;
}

/** Result of {@link countWithin}. */
export interface CountWithinResult {
  /** For each point, the number of sites within the radius. */
  readonly count: Int32Array;
  /** The radius used, km. */
  readonly radiusKm: number;
  /** The unit of the cut-off: `'km'`. */
  readonly unit: 'km';
  /** Always `'distance <= radius'`. */
  readonly threshold: 'distance <= radius';
}

/** Result of {@link countWithin} with a travel-cost matrix. */
export interface CountWithinCostResult {
  /** For each point, the number of sites within the cut-off. */
  readonly count: Int32Array;
  /** The cut-off used, in `unit`. */
  readonly maxCost: number;
  /** The matrix's unit label (`costs.unit`; `'cost'` when none was given). */
  readonly unit: string;
  /** Always `'cost <= maxCost'`. */
  readonly threshold: 'cost <= maxCost';
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
export function countWithin(points: readonly unknown[], sites: readonly unknown[], options: CountWithinCostOptions): CountWithinCostResult;
/** {@link countWithin} by great-circle distance: the sites within `options.radiusKm` of each point. */
export function countWithin(points: readonly Position[], sites: readonly Position[], options: CountWithinOptions): CountWithinResult;
export function countWithin(points: readonly unknown[], sites: readonly unknown[], options: CountWithinOptions | CountWithinCostOptions): CountWithinResult | CountWithinCostResult {
  const fn = 'countWithin';
  if (options === null || typeof options !== 'object') {
    fail('missing_field', 'options.radiusKm', `${fn}: options is ${describe(options)}; pass { radiusKm } (or { costs, maxCost }).`);
  }
  knownKeys(options, ['radiusKm', 'costs', 'maxCost'], 'options', fn);
  if ('costs' in options && options.costs !== undefined) {
    const cutoff = costCutoff(points, sites, options as unknown as Readonly<Record<string, unknown>>, 'radiusKm', fn);
    return { count: countByCost(cutoff.pairs), maxCost: cutoff.maxCost, unit: cutoff.unit, threshold: 'cost <= maxCost' };
  }
  noMaxCostWithoutCosts(options as unknown as Readonly<Record<string, unknown>>, 'radiusKm', fn);
  const packedSites = packPositions(sites, 'sites', fn);
  const packedPoints = packPositions(points, 'points', fn);
  if (packedSites.length === 0) fail('empty', 'sites', `${fn}: sites is empty; pass at least one site position [lng, lat].`);
  const radiusKm = positiveNumber((options as CountWithinOptions).radiusKm, 'options.radiusKm', fn);
  const grid = new SphereGrid(packedSites);
  const count = countSweep(sweepFor(packedPoints, grid, radiusKm, compileDecay('binary', 'km', 'decay', fn), fn, 'options')).count;
  return { count, radiusKm, unit: 'km', threshold: 'distance <= radius' };
}
