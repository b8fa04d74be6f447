/**
 * Shared public types of the proximity module.
 *
 * @module
 */
/**
 * A GeoJSON position `[longitude, latitude]` in degrees (WGS 84), the order turf and GeoJSON use. A pair whose
 * latitude is outside [−90, 90] is rejected with the hint that the order looks swapped.
 *
 * @category Proximity
 * @example
 * ```ts
 * import type { Position } from "./types.ts";
 *
 * const cityHall: Position = [-121.8863, 37.3382];
 * cityHall[0]; // => -121.8863
 * ```
 */
export type Position = readonly [number, number] | readonly number[];

/**
 * One origin–destination entry of a sparse travel-cost table: the cost from demand `origin` (an index into
 * the demand array) to site `destination` (an index into the supply or candidate array). Pairs that are absent
 * are unreachable.
 *
 * @category Proximity
 */
export interface TravelCostEntry {
  /** Index of the demand location (origin), 0-based. */
  readonly origin: number;
  /** Index of the site (destination), 0-based. */
  readonly destination: number;
  /** Travel cost (minutes, metres, km …), ≥ 0 and finite. */
  readonly cost: number;
}

/**
 * Travel costs from each demand location to each site, computed by the city's own routing engine (network
 * minutes or metres). Origin = demand, destination = supply, as PySAL `access` (`cost_df`) — direction matters
 * for asymmetric networks.
 *
 * - `dense`: one row per demand location, one column per site; `Infinity` marks an unreachable pair.
 * - `sparse`: origin–destination triples; absent pairs are unreachable; a pair may appear once.
 *
 * When a function receives `costs`, its distance options are given in the matrix's unit with the `…Cost`
 * spelling (`maxCost` instead of `catchmentKm`, `maxCost` in decay steps, `sigmaCost` …); `unit` is a label
 * repeated in results.
 *
 * @category Proximity
 * @example
 * ```ts
 * import type { TravelCosts } from "./types.ts";
 *
 * const minutes: TravelCosts = { dense: [[5, 55], [35, 15]], unit: "minutes" };
 * const sparse: TravelCosts = { sparse: [{ origin: 0, destination: 1, cost: 12 }], unit: "minutes" };
 * "dense" in minutes; // => true
 * "sparse" in sparse; // => true
 * ```
 */
export type TravelCosts =
  | { readonly dense: readonly (ArrayLike<number>)[]; readonly unit?: string }
  | { readonly sparse: readonly TravelCostEntry[]; readonly unit?: string };

/**
 * A demand location with its population (households, children, eligible households …). `location` may be
 * omitted when a travel-cost matrix is given.
 *
 * @category Proximity
 */
export interface DemandLocation {
  /** Where the demand is, `[lng, lat]`; required unless `options.costs` is given. */
  readonly location?: Position;
  /** Population at the location, ≥ 0. */
  readonly population: number;
}

/**
 * A supply location with its capacity (places, seats, staff hours …). `location` may be omitted when a
 * travel-cost matrix is given.
 *
 * @category Proximity
 */
export interface SupplyLocation {
  /** Where the site is, `[lng, lat]`; required unless `options.costs` is given. */
  readonly location?: Position;
  /** Capacity of the site, ≥ 0. */
  readonly capacity: number;
}
