import { describe, fail } from '../internal/errors.ts';
import { knownKeys } from '../internal/validate.ts';
import type { Decay } from './decayWeight.ts';
import { compileDecay } from './internal/decay.ts';
import { sweepFor } from './internal/demandGrid.ts';
import { finish, twoStepCore, twoStepSweep } from './internal/fca.ts';
import { arrayOf, nonEmpty, readAmounts } from './internal/inputs.ts';
import { resolveAccessPairs } from './internal/pairs.ts';
import type { DemandLocation, SupplyLocation, TravelCosts } from './types.ts';

/** Options of {@link twoStepFCA}. */
export interface TwoStepFCAOptions {
  /** Catchment radius in km (inclusive: distance ≤ catchment). Required with coordinates. */
  readonly catchmentKm?: number;
  /** Catchment in the cost matrix's unit (inclusive), with `costs`. Default: every pair given is in reach. */
  readonly maxCost?: number;
  /** Travel costs from demand (rows, origins) to supply (columns, destinations) instead of coordinates. */
  readonly costs?: TravelCosts;
  /** Weight of a pair inside the catchment, used in both steps. Default `'binary'`. */
  readonly decay?: Decay;
  /** Divide scores by their population-weighted mean, so the mean is 1 (PySAL `normalize=True`). Default false. */
  readonly normalize?: boolean;
  /**
   * Score of demand with no site in its catchment: `'zero'` (default, with `reachable` 0) or `'nan'` (PySAL
   * compatibility: NaN there).
   */
  readonly unreachable?: 'zero' | 'nan';
}

/** The conventions an accessibility result was computed with. */
export interface AccessConventions {
  /** `'coordinates'` (turf distances) or `'costs'` (the matrix given). */
  readonly input: 'coordinates' | 'costs';
  /** Unit of the cut-off and decay parameters: `'km'` or the matrix's label. */
  readonly unit: string;
  /** The cut-off (Infinity when none). */
  readonly cutoff: number;
  /** Always `'cost <= cutoff'` (inclusive). */
  readonly threshold: 'cost <= cutoff';
  /** The decay, described. */
  readonly decay: string;
  /** The unreachable policy. */
  readonly unreachable: 'zero' | 'nan';
  /** Whether scores were normalised. */
  readonly normalize: boolean;
}

/** Result of {@link twoStepFCA}. */
export interface TwoStepFCAResult {
  /** Accessibility Aᵢ per demand location (supply per person reachable; normalised when asked). */
  readonly score: Float64Array;
  /** 1 where at least one site is within the catchment, else 0. */
  readonly reachable: Uint8Array;
  /** Step 1 supply-to-demand ratio Rⱼ per site; 0 where no weighted demand reaches the site. */
  readonly siteRatio: Float64Array;
  /** Weighted demand Σᵢ Pᵢ·w(cᵢⱼ) that reaches each site. */
  readonly siteDemand: Float64Array;
  /** Σ Sⱼ over sites reached by some demand: Σᵢ Pᵢ·Aᵢ equals it (raw scores). */
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
 * Two-step floating catchment area accessibility (2SFCA, Luo & Wang 2003), and its enhanced (E2SFCA, step
 * weights, Luo & Qi 2009) and Gaussian (G2SFCA) variants — the formulas of PySAL `access.fca.two_stage_fca`:
 *
 * 1. each site's ratio Rⱼ = Sⱼ / Σᵢ Pᵢ·w(cᵢⱼ), over demand within its catchment;
 * 2. each demand's score Aᵢ = Σⱼ Rⱼ·w(cᵢⱼ), over sites within its catchment,
 *
 * with the **same weight w in both steps** and "within" meaning cᵢⱼ ≤ catchment. Hence Σᵢ Pᵢ·Aᵢ = Σ Sⱼ over
 * the sites reached (no supply is created or lost). Demand with no site in reach scores 0 with `reachable` 0
 * (PySAL gives NaN: `unreachable: 'nan'`). A site whose catchment holds no population has no ratio (0) and
 * gives nothing.
 *
 * Distances are turf's haversine in km; pass `costs` (dense or sparse) to use network travel times instead.
 * Pairs are enumerated one demand location at a time through the spatial index, twice; memory is O(N + M),
 * never O(pairs).
 *
 * @param demand - Demand locations with `population` ≥ 0 (and `location` unless `costs`).
 * @param supply - Sites with `capacity` ≥ 0 (and `location` unless `costs`); at least one.
 * @param options - `catchmentKm` (or `costs` + `maxCost`), `decay`, `normalize`, `unreachable`.
 * @returns Scores, reachability, the step-1 ratios and the conventions used.
 * @throws {EquityLensError} `invalid_position` for bad coordinates, `out_of_range` for negative population or
 * capacity, a catchment ≤ 0 or a negative cost, `empty` for no supply, `missing_field` for a missing
 * catchment, `length_mismatch` for a cost matrix of the wrong shape, `unknown_key` for a misspelt option.
 * @category Proximity
 * @example
 * ```ts
 * import { twoStepFCA } from "./twoStepFCA.ts";
 *
 * // aceso tests/test_gravity.py: unit demand and supply, costs [[5, 5], [10, 0], [15, 15]], radius 6
 * const demand = [{ population: 1 }, { population: 1 }, { population: 1 }];
 * const supply = [{ capacity: 1 }, { capacity: 1 }];
 * const result = twoStepFCA(demand, supply, { costs: { dense: [[5, 5], [10, 0], [15, 15]] }, maxCost: 6 });
 * Array.from(result.score); // => [1.5, 0.5, 0]
 * Array.from(result.reachable); // => [1, 1, 0]
 * ```
 */
export function twoStepFCA(
  demand: readonly DemandLocation[],
  supply: readonly SupplyLocation[],
  options: TwoStepFCAOptions,
): TwoStepFCAResult {
  const fn = 'twoStepFCA';
  const demandRows = arrayOf(demand, 'demand', fn, '{ location, population }');
  const supplyRows = arrayOf(supply, 'supply', fn, '{ location, capacity }');
  nonEmpty(supplyRows, 'supply', fn, 'site { location, capacity }');
  if (options === null || typeof options !== 'object') {
    fail('missing_field', 'options', `${fn}: options is ${describe(options)}; pass { catchmentKm } (or { costs, maxCost }).`);
  }
  knownKeys(options, KEYS, 'options', fn);
  const unreachable = options.unreachable ?? 'zero';
  if (unreachable !== 'zero' && unreachable !== 'nan') {
    fail('invalid_value', 'options.unreachable', `${fn}: options.unreachable is ${describe(unreachable)}; expected 'zero' or 'nan'.`);
  }
  const population = readAmounts(demandRows, 'population', 'demand', fn, '{ location, population }');
  const capacity = readAmounts(supplyRows, 'capacity', 'supply', fn, '{ location, capacity }');
  const useCosts = options.costs !== undefined;
  const decay = compileDecay(options.decay, useCosts ? 'cost' : 'km', 'options.decay', fn);
  const resolved = resolveAccessPairs(fn, demandRows, supplyRows, options, !useCosts, decay.needsDistance);
  const minPath = useCosts ? 'options.decay.minCost' : 'options.decay.minKm';
  const raw = resolved.geo === null
    ? twoStepCore(resolved.pairs, population, capacity, decay, fn, minPath)
    : twoStepSweep(sweepFor(resolved.geo.demand, resolved.geo.sites, resolved.geo.cutoffKm, decay, fn, minPath, population), capacity);
  const normalize = options.normalize === true;
  const done = finish(raw, population, normalize, unreachable, fn);
  return {
    score: done.score,
    reachable: raw.reachable,
    siteRatio: raw.siteRatio,
    siteDemand: raw.siteDemand,
    supplyReached: raw.supplyReached,
    unreachableCount: done.unreachableCount,
    normalizedBy: done.normalizedBy,
    conventions: {
      input: resolved.input,
      unit: resolved.unit,
      cutoff: resolved.cutoff,
      threshold: 'cost <= cutoff',
      decay: decay.label,
      unreachable,
      normalize,
    },
    warnings: done.warnings,
  };
}
