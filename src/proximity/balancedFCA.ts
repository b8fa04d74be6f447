import type { Decay } from './decayWeight.ts';
import { accessSetup } from './internal/accessSetup.ts';
import { finish } from './internal/fca.ts';
import { sweepFor } from './internal/demandGrid.ts';
import { balancedCore, balancedSweep } from './internal/fcaSteps.ts';
import { resolveAccessPairs } from './internal/pairs.ts';
import type { AccessConventions } from './twoStepFCA.ts';
import type { DemandLocation, SupplyLocation, TravelCosts } from './types.ts';

/** Options of {@link balancedFCA}. */
export interface BalancedFCAOptions {
  /** Catchment radius in km (inclusive: distance ≤ catchment). Required with coordinates. */
  readonly catchmentKm?: number;
  /** Catchment in the cost matrix's unit (inclusive), with `costs`. Default: every pair given is in reach. */
  readonly maxCost?: number;
  /** Travel costs from demand (rows, origins) to supply (columns, destinations) instead of coordinates. */
  readonly costs?: TravelCosts;
  /** Impedance weight w of a pair inside the catchment. Default `'binary'`. */
  readonly decay?: Decay;
  /** Divide scores by their population-weighted mean, so the mean is 1. Default false. */
  readonly normalize?: boolean;
  /** Score of demand with no site in its catchment: `'zero'` (default, with `reachable` 0) or `'nan'`. */
  readonly unreachable?: 'zero' | 'nan';
}

/** Result of {@link balancedFCA}. */
export interface BalancedFCAResult {
  /** Balanced accessibility Aᵢ per demand location: supply per person (normalised when asked). */
  readonly score: Float64Array;
  /** 1 where at least one site is within the catchment, else 0. */
  readonly reachable: Uint8Array;
  /** Balanced ratio Rⱼ = Sⱼ / Σᵢ Pᵢ Wⁱᵢⱼ per site; 0 where no demand is allocated to the site. */
  readonly siteRatio: Float64Array;
  /** Demand allocated to each site, Σᵢ Pᵢ·Wⁱᵢⱼ: every person is allocated once, split among the sites in reach. */
  readonly siteDemand: Float64Array;
  /** Σⱼ siteDemand: the population with a positive weight to some site, counted once (no demand inflation). */
  readonly demandAllocated: number;
  /** Σ Sⱼ over sites with allocated demand. */
  readonly supplyReached: number;
  /** Number of demand locations with no site in reach. */
  readonly unreachableCount: number;
  /** The population-weighted mean the scores were divided by; `null` when not normalised. */
  readonly normalizedBy: number | null;
  /** The conventions used. */
  readonly conventions: AccessConventions;
  /** Notes on unreachable demand, unnormalisable scores. */
  readonly warnings: string[];
}

const KEYS = ['catchmentKm', 'maxCost', 'costs', 'decay', 'normalize', 'unreachable'];

/**
 * Balanced floating catchment area accessibility (BFCA; Paez, Higgins & Vivona 2019, named by Pereira et al.
 * 2021). 2SFCA counts a person in full in every overlapping catchment (demand inflation) and a site's ratio in
 * full for every location in reach (level-of-service inflation). BFCA splits both with balanced weights:
 *
 * - Wⁱᵢⱼ = wᵢⱼ / Σⱼ wᵢⱼ — demand i is shared among the sites it reaches, so Σⱼ Wⁱᵢⱼ = 1;
 * - Wʲᵢⱼ = wᵢⱼ / Σᵢ wᵢⱼ — site j's ratio is shared among the locations that reach it;
 * - Rⱼ = Sⱼ / Σᵢ Pᵢ·Wⁱᵢⱼ and Aᵢ = Σⱼ Rⱼ·Wʲᵢⱼ,
 *
 * over pairs within the cut-off (cᵢⱼ ≤ catchment) — the formulas of ipea `accessibility::floating_catchment_area
 * (fca_metric = "bfca")` and R `catchment::catchment_ratio` with `adjust_consumers` and `adjust_providers`
 * normalising rows and columns. Hence Σⱼ siteDemand = the population that reaches some site, counted once, and
 * Σᵢ Aᵢ = Σⱼ Rⱼ. Units: Aᵢ is supply per person. Demand with no site in reach scores 0 with `reachable` 0 (ipea
 * fills 0).
 *
 * From coordinates the sites are swept over cells of households three times (whole cells at once where a
 * binary or step catchment contains them, as {@link twoStepFCA}); with `costs` the pairs are streamed one demand
 * location at a time. Memory O(N + M + cells), never O(pairs).
 *
 * @param demand - Demand locations with `population` ≥ 0 (and `location` unless `costs`).
 * @param supply - Sites with `capacity` ≥ 0 (and `location` unless `costs`); at least one.
 * @param options - `catchmentKm` (or `costs` + `maxCost`), `decay`, `normalize`, `unreachable`.
 * @returns Scores, reachability, the balanced site ratios and demand, and the conventions used.
 * @throws {EquityLensError} `invalid_position` for bad coordinates, `out_of_range` for a negative population,
 * capacity or cost or a catchment ≤ 0, `empty` for no supply, `missing_field` for a missing catchment,
 * `invalid_value` for a power decay that is infinite at cost 0, `length_mismatch` for a cost matrix of the
 * wrong shape, `unknown_key` for a misspelt option.
 * @category Proximity
 * @example
 * ```ts
 * import { balancedFCA } from "./balancedFCA.ts";
 *
 * // Two households share one site; the second also reaches a second site.
 * const demand = [{ population: 10 }, { population: 10 }];
 * const supply = [{ capacity: 6 }, { capacity: 4 }];
 * const result = balancedFCA(demand, supply, { costs: { dense: [[1, 9], [1, 1]], unit: "minutes" }, maxCost: 5 });
 * Array.from(result.siteDemand); // => [15, 5]
 * result.demandAllocated; // => 20
 * Array.from(result.score); // => [0.2, 1]
 * ```
 */
export function balancedFCA(
  demand: readonly DemandLocation[],
  supply: readonly SupplyLocation[],
  options: BalancedFCAOptions,
): BalancedFCAResult {
  const fn = 'balancedFCA';
  const setup = accessSetup(fn, demand, supply, options, KEYS);
  const resolved = resolveAccessPairs(fn, setup.demandRows, setup.supplyRows, options, !setup.useCosts, setup.decay.needsDistance);
  const raw = resolved.geo === null
    ? balancedCore(resolved.pairs, setup.population, setup.capacity, setup.decay, fn, setup.minPath)
    : balancedSweep(sweepFor(resolved.geo.demand, resolved.geo.sites, resolved.geo.cutoffKm, setup.decay, fn, setup.minPath, setup.population), setup.capacity);
  const normalize = options.normalize === true;
  const done = finish(raw, setup.population, normalize, setup.unreachable, fn);
  return {
    score: done.score,
    reachable: raw.reachable,
    siteRatio: raw.siteRatio,
    siteDemand: raw.siteDemand,
    demandAllocated: raw.demandAllocated,
    supplyReached: raw.supplyReached,
    unreachableCount: done.unreachableCount,
    normalizedBy: done.normalizedBy,
    conventions: {
      input: resolved.input,
      unit: resolved.unit,
      cutoff: resolved.cutoff,
      threshold: 'cost <= cutoff',
      decay: setup.decay.label,
      unreachable: setup.unreachable,
      normalize,
    },
    warnings: done.warnings,
  };
}
