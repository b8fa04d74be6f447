import { describe, fail } from '../internal/errors.ts';
import { finiteNumber, knownKeys, nonNegativeNumber } from '../internal/validate.ts';
import { compileDecay } from './internal/decay.ts';
import { sweepFor } from './internal/demandGrid.ts';
import { finish, potentialCore, potentialSweep, twoStepCore, twoStepSweep } from './internal/fca.ts';
import { arrayOf, nonEmpty, readAmounts } from './internal/inputs.ts';
import { resolveAccessPairs } from './internal/pairs.ts';
import type { AccessConventions } from './twoStepFCA.ts';
import type { DemandLocation, SupplyLocation, TravelCosts } from './types.ts';

/** Options of {@link gravityAccess}. */
export interface GravityAccessOptions {
  /** Distance-decay exponent β: weight = max(d, minDistanceKm)^−β. Finite (usually 1–2). */
  readonly beta: number;
  /** Floor on the distance in km, so that co-located pairs get a finite weight. Default 0 (an error if a pair is 0 km apart). */
  readonly minDistanceKm?: number;
  /** Floor on the cost in the matrix's unit, with `costs`. Default 0. */
  readonly minCost?: number;
  /** Only pairs with distance ≤ catchmentKm count. Default: every pair (an all-pairs scan, O(N·M)). */
  readonly catchmentKm?: number;
  /** Cut-off in the matrix's unit, with `costs`. Default: every pair given. */
  readonly maxCost?: number;
  /** Travel costs from demand (rows) to supply (columns) instead of coordinates. */
  readonly costs?: TravelCosts;
  /** Divide each site's supply by the weighted demand that reaches it (gravity 2SFCA). Default false (Hansen potential). */
  readonly competition?: boolean;
  /** Divide scores by their population-weighted mean (PySAL `normalize=True`). Default false. */
  readonly normalize?: boolean;
  /** Score of demand with no site in reach: `'zero'` (default) or `'nan'` (PySAL compatibility). */
  readonly unreachable?: 'zero' | 'nan';
}

/** Result of {@link gravityAccess}. */
export interface GravityAccessResult {
  /** Accessibility per demand location. */
  readonly score: Float64Array;
  /** 1 where at least one site is within the cut-off. */
  readonly reachable: Uint8Array;
  /** With competition: the ratio Sⱼ / Σᵢ Pᵢ wᵢⱼ per site (0 where no demand reaches it); empty without. */
  readonly siteRatio: Float64Array;
  /** With competition: Σ Sⱼ over sites reached, which Σᵢ Pᵢ Aᵢ equals; without: Σ Sⱼ over sites reached by anyone. */
  readonly supplyReached: number;
  /** Number of demand locations with no site in reach. */
  readonly unreachableCount: number;
  /** The mean the scores were divided by; `null` when not normalised. */
  readonly normalizedBy: number | null;
  /** Whether the competition (gravity 2SFCA) form was used. */
  readonly competition: boolean;
  /** The conventions used. */
  readonly conventions: AccessConventions;
  /** Notes on unreachable demand. */
  readonly warnings: string[];
}

const KEYS = ['beta', 'minDistanceKm', 'minCost', 'catchmentKm', 'maxCost', 'costs', 'competition', 'normalize', 'unreachable'];

/**
 * Gravity accessibility with the power weight wᵢⱼ = max(dᵢⱼ, minDistanceKm)^−β.
 *
 * - Without competition (default): the **Hansen (1959) potential** Aᵢ = Σⱼ Sⱼ·wᵢⱼ — PySAL
 *   `access.fca.weighted_catchment` with `weights.gravity(scale = 1, alpha = −β, min_dist)`.
 * - With `competition: true`: the **gravity 2SFCA** (Luo & Qi 2009; Wang 2012) Rⱼ = Sⱼ / Σᵢ Pᵢ·wᵢⱼ and
 *   Aᵢ = Σⱼ Rⱼ·wᵢⱼ — PySAL `two_stage_fca` with the gravity weight; Σᵢ Pᵢ·Aᵢ = Σ Sⱼ reached.
 *
 * Pairs beyond `catchmentKm` (or `maxCost`) are ignored; without a cut-off every pair counts, which costs
 * O(N·M) time (memory stays O(N + M)). Power decay is infinite at distance 0: set `minDistanceKm` when demand
 * and sites can coincide (the function throws otherwise rather than return Infinity).
 *
 * @param demand - Demand locations with `population` ≥ 0 (and `location` unless `costs`).
 * @param supply - Sites with `capacity` ≥ 0 (and `location` unless `costs`); at least one.
 * @param options - `beta`, `minDistanceKm`, `catchmentKm`, `competition`, `costs`, `normalize`, `unreachable`.
 * @returns Scores, reachability and the conventions used.
 * @throws {EquityLensError} `invalid_type`/`not_finite` for a bad `beta`, `out_of_range` for a negative
 * population, capacity or minimum, or a cut-off ≤ 0, `invalid_value` when a zero distance meets no minimum,
 * `empty` for no supply, `length_mismatch` for a cost matrix of the wrong shape.
 * @category Proximity
 * @example
 * ```ts
 * import { gravityAccess } from "./gravityAccess.ts";
 *
 * // PySAL access tests/test_hospital_example.py, scenario s0: 2SFCA with gravity(1, −1), max_cost 61
 * const demand = [{ population: 100 }, { population: 50 }, { population: 10 }];
 * const supply = [{ capacity: 15 }, { capacity: 20 }, { capacity: 100 }];
 * const costs = { dense: [[1, 80, 40], [80, 1, 40], [40, 40, 1]], unit: "minutes" };
 * const result = gravityAccess(demand, supply, { beta: 1, costs, maxCost: 61, competition: true });
 * result.score[0]; // => 0.3314441169802766
 * result.score[2]; // => 7.286418169862544
 * ```
 */
export function gravityAccess(
  demand: readonly DemandLocation[],
  supply: readonly SupplyLocation[],
  options: GravityAccessOptions,
): GravityAccessResult {
  const fn = 'gravityAccess';
  const demandRows = arrayOf(demand, 'demand', fn, '{ location, population }');
  const supplyRows = arrayOf(supply, 'supply', fn, '{ location, capacity }');
  nonEmpty(supplyRows, 'supply', fn, 'site { location, capacity }');
  if (options === null || typeof options !== 'object') {
    fail('missing_field', 'options.beta', `${fn}: options is ${describe(options)}; pass { beta } (e.g. { beta: 1.5, minDistanceKm: 0.1 }).`);
  }
  knownKeys(options, KEYS, 'options', fn);
  const beta = finiteNumber(options.beta, 'options.beta', fn);
  const useCosts = options.costs !== undefined;
  if (useCosts && options.minDistanceKm !== undefined) {
    fail('invalid_value', 'options.minDistanceKm', `${fn}: options.minDistanceKm is given with options.costs; give the floor in the matrix's unit as options.minCost.`);
  }
  if (!useCosts && options.minCost !== undefined) {
    fail('invalid_value', 'options.minCost', `${fn}: options.minCost needs options.costs; with coordinates use options.minDistanceKm.`);
  }
  const minKey = useCosts ? 'minCost' : 'minDistanceKm';
  const minRaw = useCosts ? options.minCost : options.minDistanceKm;
  const minimum = minRaw === undefined ? 0 : nonNegativeNumber(minRaw, `options.${minKey}`, fn);
  const unreachable = options.unreachable ?? 'zero';
  if (unreachable !== 'zero' && unreachable !== 'nan') {
    fail('invalid_value', 'options.unreachable', `${fn}: options.unreachable is ${describe(unreachable)}; expected 'zero' or 'nan'.`);
  }
  const decay = compileDecay(
    useCosts ? { kernel: 'power', beta, minCost: minimum } : { kernel: 'power', beta, minKm: minimum },
    useCosts ? 'cost' : 'km',
    'options',
    fn,
  );
  const population = readAmounts(demandRows, 'population', 'demand', fn, '{ location, population }');
  const capacity = readAmounts(supplyRows, 'capacity', 'supply', fn, '{ location, capacity }');
  const resolved = resolveAccessPairs(fn, demandRows, supplyRows, options, false, true);
  const competition = options.competition === true;
  const minPath = `options.${minKey}`;
  const sweep = resolved.geo === null ? null : sweepFor(resolved.geo.demand, resolved.geo.sites, resolved.geo.cutoffKm, decay, fn, minPath, population);
  const raw = competition
    ? sweep === null ? twoStepCore(resolved.pairs, population, capacity, decay, fn, minPath) : twoStepSweep(sweep, capacity)
    : sweep === null ? potentialCore(resolved.pairs, capacity, decay, fn, minPath) : potentialSweep(sweep, capacity);
  const normalize = options.normalize === true;
  const done = finish(raw, population, normalize, unreachable, fn);
  return {
    score: done.score,
    reachable: raw.reachable,
    siteRatio: raw.siteRatio,
    supplyReached: raw.supplyReached,
    unreachableCount: done.unreachableCount,
    normalizedBy: done.normalizedBy,
    competition,
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
