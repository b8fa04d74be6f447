import { describe, fail } from '../internal/errors.ts';
import { knownKeys, positiveNumber, weights as readWeights } from '../internal/validate.ts';
import { compileDecay } from './internal/decay.ts';
import { countSweep, exclusiveSweep, sweepFor } from './internal/demandGrid.ts';
import { NearestGrid, nearestAll } from '../internal/nearestGrid.ts';
import { NEAREST_SITES_PER_CELL, SphereGrid } from '../internal/sphereGrid.ts';
import { costCutoff, coveredDemandByCost, noMaxCostWithoutCosts } from './internal/costQueries.ts';
import type { Position, TravelCosts } from './types.ts';
import { packPositions } from './internal/inputs.ts';

/** Options of {@link siteCoveredDemand}. */
export interface SiteCoveredDemandOptions {
  /** Radius in km (inclusive). */
  readonly radiusKm: number;
  /** One weight per point (households, eligible children …), ≥ 0. Default 1 each. */
  readonly weights?: ArrayLike<number>;
}

/** Result of {@link siteCoveredDemand}. */
export interface SiteCoveredDemandResult {
  /** Per site: weight within its radius (a point within reach of two sites counts for both). */
  readonly withinRadius: Float64Array;
  /** Per site: weight for which it is the nearest site and within the radius (sums to the covered weight). */
  readonly nearestWithin: Float64Array;
  /** Per site: weight that no other site covers — what closing the site would leave uncovered. */
  readonly exclusive: Float64Array;
  /** The radius used, km. */
  readonly radiusKm: number;
  /** The unit of the cut-off: `'km'`. */
  readonly unit: 'km';
}

/** Options of {@link siteCoveredDemand} with a travel-cost matrix. */
export interface SiteCoveredDemandCostOptions {
  /** Travel costs from each point (rows) to each site (columns); absent sparse pairs and dense `Infinity` are not reachable. */
  readonly costs: TravelCosts;
  /** Cut-off in the matrix's unit (inclusive: cost ≤ maxCost). */
  readonly maxCost: number;
  /** One weight per point, ≥ 0. Default 1 each. */
  readonly weights?: ArrayLike<number>;
}

/** Result of {@link siteCoveredDemand} with a travel-cost matrix ("within the radius" reads "within `maxCost`"). */
export interface SiteCoveredDemandCostResult extends Omit<SiteCoveredDemandResult, 'radiusKm' | 'unit'> {
  /** The cut-off used, in `unit`. */
  readonly maxCost: number;
  /** The matrix's unit label (`costs.unit`; `'cost'` when none was given). */
  readonly unit: string;
}

/**
 * The demand each site covers, three ways: all demand within its radius (overlapping), demand assigned to it
 * as the nearest site, and demand only it covers (the coverage lost if it closed). Distances and the
 * inclusive threshold are those of {@link coverage}; nearest ties go to the lowest site index.
 *
 * @param points - Demand points `[lng, lat]`. May be empty.
 * @param sites - Site positions `[lng, lat]`; at least one.
 * @param options - `radiusKm` and optional `weights`.
 * @returns Three per-site tables.
 * @throws {EquityLensError} `invalid_position`, `empty` (no sites), `out_of_range` (radius ≤ 0, negative
 * weight), `length_mismatch` (weights).
 * @category Proximity
 * @example
 * ```ts
 * import { siteCoveredDemand } from "./siteCoveredDemand.ts";
 *
 * const centres = [[-121.90, 37.33], [-121.88, 37.33]];
 * const homes = [[-121.905, 37.33], [-121.89, 37.33], [-121.875, 37.33]];
 * const byCentre = siteCoveredDemand(homes, centres, { radiusKm: 1 });
 * Array.from(byCentre.withinRadius); // => [2, 2]
 * Array.from(byCentre.nearestWithin); // => [2, 1]
 * Array.from(byCentre.exclusive); // => [1, 1]
 * ```
 */
export function siteCoveredDemand(points: readonly unknown[], sites: readonly unknown[], options: SiteCoveredDemandCostOptions): SiteCoveredDemandCostResult;
/** {@link siteCoveredDemand} by great-circle distance: the demand within `options.radiusKm` of each site. */
export function siteCoveredDemand(points: readonly Position[], sites: readonly Position[], options: SiteCoveredDemandOptions): SiteCoveredDemandResult;
export function siteCoveredDemand(
  points: readonly unknown[],
  sites: readonly unknown[],
  options: SiteCoveredDemandOptions | SiteCoveredDemandCostOptions,
): SiteCoveredDemandResult | SiteCoveredDemandCostResult {
  const fn = 'siteCoveredDemand';
  if (options === null || typeof options !== 'object') {
    fail('missing_field', 'options.radiusKm', `${fn}: options is ${describe(options)}; pass { radiusKm } (or { costs, maxCost }).`);
  }
  knownKeys(options, ['radiusKm', 'weights', 'costs', 'maxCost'], 'options', fn);
  if ('costs' in options && options.costs !== undefined) {
    const cutoff = costCutoff(points, sites, options as unknown as Readonly<Record<string, unknown>>, 'radiusKm', fn);
    const n = points.length;
    const weights = options.weights === undefined ? undefined : readWeights(options.weights, n, 'options.weights', fn, { requirePositiveTotal: false }).weights;
    return { ...coveredDemandByCost(cutoff.pairs, weights), maxCost: cutoff.maxCost, unit: cutoff.unit };
  }
  noMaxCostWithoutCosts(options as unknown as Readonly<Record<string, unknown>>, 'radiusKm', fn);
  const packedSites = packPositions(sites, 'sites', fn);
  const packedPoints = packPositions(points, 'points', fn);
  if (packedSites.length === 0) fail('empty', 'sites', `${fn}: sites is empty; pass at least one site position [lng, lat].`);
  const radiusKm = positiveNumber((options as SiteCoveredDemandOptions).radiusKm, 'options.radiusKm', fn);
  const n = packedPoints.length >> 1;
  const weights = options.weights === undefined ? undefined : readWeights(options.weights, n, 'options.weights', fn, { requirePositiveTotal: false }).weights;
  const m = packedSites.length >> 1;
  // Within the radius: a sweep of the sites over cells of points (whole cells inside a circle at once); then
  // the points no other site reaches, by a second sweep; nearest within the radius from the nearest-site index.
  const sweep = sweepFor(packedPoints, new SphereGrid(packedSites), radiusKm, compileDecay('binary', 'km', 'decay', fn), fn, 'options', weights);
  const withinRadius = new Float64Array(m);
  const { sortedCount } = countSweep(sweep, withinRadius);
  const exclusive = exclusiveSweep(sweep, sortedCount);
  const nearest = nearestAll(new NearestGrid(packedSites, NEAREST_SITES_PER_CELL), packedPoints);
  const nearestWithin = new Float64Array(m);
  for (let i = 0; i < n; i++) {
    if (!((nearest.distanceKm[i] as number) <= radiusKm)) continue;
    const s = nearest.siteIndex[i] as number;
    nearestWithin[s] = (nearestWithin[s] as number) + (weights === undefined ? 1 : (weights[i] as number));
  }
  return { withinRadius, nearestWithin, exclusive, radiusKm, unit: 'km' };
}
