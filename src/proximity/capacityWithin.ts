import { describe, fail } from '../internal/errors.ts';
import { knownKeys } from '../internal/validate.ts';
import { compileDecay } from './internal/decay.ts';
import { sweepFor } from './internal/demandGrid.ts';
import { potentialCore, potentialSweep } from './internal/fca.ts';
import { arrayOf, nonEmpty, readAmounts } from './internal/inputs.ts';
import { resolvePairs } from './internal/pairs.ts';
import type { DemandLocation, SupplyLocation, TravelCosts } from './types.ts';

/** Options of {@link capacityWithin}. */
export interface CapacityWithinOptions {
  /** Radius in km (inclusive). Required with coordinates. */
  readonly radiusKm?: number;
  /** Cut-off in the cost matrix's unit (inclusive), with `costs`. */
  readonly maxCost?: number;
  /** Travel costs from each point (rows) to each site (columns) instead of coordinates. */
  readonly costs?: TravelCosts;
}

/** Result of {@link capacityWithin}. */
export interface CapacityWithinResult {
  /** For each point, the total capacity of the sites within the cut-off. */
  readonly capacity: Float64Array;
  /** 1 where at least one site is within the cut-off. */
  readonly reachable: Uint8Array;
  /** The cut-off used, in `unit`. */
  readonly cutoff: number;
  /** `'km'` or the matrix's unit label. */
  readonly unit: string;
  /** Always `'cost <= cutoff'`. */
  readonly threshold: 'cost <= cutoff';
}

/**
 * Total capacity (places, seats) within a radius of each point: Aᵢ = Σ_{j: dᵢⱼ ≤ r} Sⱼ — PySAL
 * `access.fca.weighted_catchment` with its default weight (1 within `max_cost`). No competition for the
 * capacity is taken into account; for that use {@link twoStepFCA}.
 *
 * @param points - Points with an optional `population` ignored here: `{ location }` (or `{}` with `costs`).
 * @param supply - Sites with `capacity` ≥ 0 (and `location` unless `costs`); at least one.
 * @param options - `radiusKm`, or `costs` with `maxCost`.
 * @returns Capacity in reach per point.
 * @throws {EquityLensError} `invalid_position`, `out_of_range` (negative capacity, radius ≤ 0, negative cost),
 * `empty` (no supply), `missing_field` (no radius), `length_mismatch` (cost matrix shape).
 * @category Proximity
 * @example
 * ```ts
 * import { capacityWithin } from "./capacityWithin.ts";
 *
 * const centres = [{ location: [-121.90, 37.33], capacity: 40 }, { location: [-121.89, 37.33], capacity: 25 }];
 * const homes = [{ location: [-121.895, 37.33] }, { location: [-121.70, 37.30] }];
 * Array.from(capacityWithin(homes, centres, { radiusKm: 1 }).capacity); // => [65, 0]
 * ```
 */
export function capacityWithin(
  points: readonly Pick<DemandLocation, 'location'>[],
  supply: readonly SupplyLocation[],
  options: CapacityWithinOptions,
): CapacityWithinResult {
  const fn = 'capacityWithin';
  const pointRows = arrayOf(points, 'points', fn, '{ location }');
  const supplyRows = arrayOf(supply, 'supply', fn, '{ location, capacity }');
  nonEmpty(supplyRows, 'supply', fn, 'site { location, capacity }');
  if (options === null || typeof options !== 'object') {
    fail('missing_field', 'options.radiusKm', `${fn}: options is ${describe(options)}; pass { radiusKm } (or { costs, maxCost }).`);
  }
  knownKeys(options, ['radiusKm', 'maxCost', 'costs'], 'options', fn);
  const capacity = readAmounts(supplyRows, 'capacity', 'supply', fn, '{ location, capacity }');
  const resolved = resolvePairs({
    fn,
    demand: pointRows,
    demandPath: 'points',
    demandShape: '{ location }',
    sites: supplyRows,
    sitesPath: 'supply',
    siteShape: '{ location, capacity }',
    sitesArePositions: false,
    options: options as unknown as Readonly<Record<string, unknown>>,
    cutoffKey: 'radiusKm',
    cutoffRequired: options.costs === undefined,
    needCost: false,
  });
  const binary = compileDecay('binary', 'km', 'decay', fn);
  const raw = resolved.geo === null
    ? potentialCore(resolved.pairs, capacity, binary, fn, 'options')
    : potentialSweep(sweepFor(resolved.geo.demand, resolved.geo.sites, resolved.geo.cutoffKm, binary, fn, 'options'), capacity);
  return { capacity: raw.score, reachable: raw.reachable, cutoff: resolved.cutoff, unit: resolved.unit, threshold: 'cost <= cutoff' };
}
