import { describe, fail } from '../internal/errors.ts';
import { dashPercentHint } from '../internal/percentHint.ts';
import { integer, knownKeys, nonNegativeNumber, positiveNumber } from '../internal/validate.ts';
import { arrayOf, nonEmpty, readAmounts } from './internal/inputs.ts';
import { resolveAccessPairs } from './internal/pairs.ts';
import { iterateRaam, type RaamPairs } from './internal/raamIterate.ts';
import type { DemandLocation, SupplyLocation, TravelCosts } from './types.ts';

/** Options of {@link raam}. */
export interface RaamOptions {
  /**
   * τ with coordinates, in km: the travel distance a person would accept to avoid a site loaded at the average
   * demand-to-supply ratio ρ (PySAL `tau`). Required with coordinates.
   */
  readonly tauKm?: number;
  /** τ in the cost matrix's unit (PySAL's default is 60 minutes). Required with `costs`. */
  readonly tauCost?: number;
  /** Travel costs from demand (rows, origins) to supply (columns) instead of coordinates. */
  readonly costs?: TravelCosts;
  /** Only sites within this many km can be used. Default: every site (an all-pairs table, O(N·M) memory). */
  readonly catchmentKm?: number;
  /** Only pairs with cost ≤ maxCost can be used, with `costs`. Default: every pair given (PySAL uses every pair). */
  readonly maxCost?: number;
  /** ρ, the congestion scale: demand per unit of supply that costs as much as τ of travel. Default Σ P ÷ Σ S. */
  readonly rho?: number;
  /** Cycles to run (PySAL `max_cycles`). Default 150. */
  readonly maxCycles?: number;
  /** Share of each origin's demand that may move in the first cycle, a fraction in (0, 1] (PySAL float `initial_step`). Default 0.2. */
  readonly initialStep?: number;
  /** Instead of `initialStep`: units of demand that may move per origin in the first cycle (PySAL integer `initial_step`). */
  readonly initialStepCount?: number;
  /** Cycles after which the step halves (PySAL `half_life`). Default 50. */
  readonly halfLife?: number;
  /** Floor of the step (a fraction in (0, 1] with `initialStep`, units with `initialStepCount`; PySAL `min_step`). Default 0.005. */
  readonly minStep?: number;
  /** Cycles during which moves into a site are scaled to at most its supply (PySAL `limit_initial`). Default 20. */
  readonly limitInitial?: number;
  /** Divide costs by their population-weighted mean (PySAL `normalize=True`). Default false. */
  readonly normalize?: boolean;
}

/** Result of {@link raam}. */
export interface RaamResult {
  /**
   * RAAM cost per demand location — the demand-weighted mean over its sites of travel ÷ τ + site demand ÷
   * (ρ·supply), in units of τ of travel; **lower is better**. `null` for demand with population 0 or with no
   * site (of capacity > 0) in reach.
   */
  readonly cost: (number | null)[];
  /** Demand assigned to each site at the end (0 for sites with no capacity). */
  readonly siteDemand: Float64Array;
  /** Congestion cost of each site, siteDemand ÷ (ρ·capacity); `null` for sites with no capacity. */
  readonly siteCongestion: (number | null)[];
  /** The ρ used. */
  readonly rho: number;
  /** The τ used, in `unit`. */
  readonly tau: number;
  /** `'km'` or the matrix's unit label. */
  readonly unit: string;
  /** Cycles run. */
  readonly cycles: number;
  /** True when the iteration stopped early because no demand could move any more (same result as running on). */
  readonly converged: boolean;
  /** Units of demand moved over all cycles. */
  readonly moved: number;
  /** The population-weighted mean the costs were divided by; `null` when not normalised. */
  readonly normalizedBy: number | null;
  /** Why costs are null; no movement. */
  readonly warnings: string[];
}

const KEYS = ['tauKm', 'tauCost', 'costs', 'catchmentKm', 'maxCost', 'rho', 'maxCycles', 'initialStep', 'initialStepCount', 'halfLife', 'minStep', 'limitInitial', 'normalize'];

/**
 * The rational agent access model (RAAM; Saxon & Snow 2019), as PySAL `access.raam`. Every person picks the
 * site that minimises travel plus congestion,
 *
 * costᵢⱼ = cᵢⱼ / τ + Dⱼ / (ρ·Sⱼ),
 *
 * where Dⱼ is the demand that chose site j. The model starts with everyone at their nearest site and moves
 * demand, cycle by cycle, from each origin's costliest used site to its cheapest one, toward the split that
 * equalises the two. The result per origin is the demand-weighted mean cost of the sites it uses: the
 * lower, the better the access. Unlike FCA scores it is in units of τ of travel, and it is a cost, not a supply
 * per person.
 *
 * Iteration rules (PySAL `iterate_raam`, reproduced step for step): demand moves in **whole units** (a step
 * is truncated toward 0); in cycle k an origin may move at most `initialStep · 0.5^(k / halfLife)` of its demand
 * (floored at `minStep`), or that many units with `initialStepCount` (rounded half to even); for the first
 * `limitInitial` cycles the moves into each site are scaled down (rounded half to even) so it receives at most
 * ρ·Sⱼ; ties go to the lowest site index; the final costs are those of the last cycle's start, as PySAL
 * reports them. PySAL always runs `maxCycles`; this function stops earlier only when a cycle after the initial
 * phase moves nothing, since the step never grows and no later cycle could move anything (the result is the
 * same). There is no other tolerance. Because moves are whole units, demand of a few people per origin
 * never moves (0.2 × 4 truncates to 0): use aggregated demand (blocks, tracts).
 *
 * Sites with capacity 0 and demand with population 0 take no part (as PySAL); every pair given (or within
 * `maxCost` / `catchmentKm`) is a possible choice, so memory is O(pairs in reach).
 *
 * @param demand - Demand locations with `population` ≥ 0 (and `location` unless `costs`).
 * @param supply - Sites with `capacity` ≥ 0 (and `location` unless `costs`); at least one.
 * @param options - `tauCost` with `costs` (or `tauKm`), `rho`, the iteration rules, `normalize`.
 * @returns The RAAM cost per demand location, the final site loads and the iteration's record.
 * @throws {EquityLensError} `missing_field` for a missing τ, `out_of_range` for a τ, ρ or step ≤ 0, a negative
 * population, capacity or cost, `not_integer` for cycle counts, `invalid_value` for both step forms, a τ in the
 * other unit or no site with capacity, `empty` for no supply, `length_mismatch` for a cost matrix of the wrong
 * shape.
 * @category Proximity
 * @example
 * ```ts
 * import { raam } from "./raam.ts";
 *
 * // Two towns of 100 people, one clinic each (10 and 30 places), 30 minutes apart.
 * const demand = [{ population: 100 }, { population: 100 }];
 * const supply = [{ capacity: 10 }, { capacity: 30 }];
 * const costs = { dense: [[0, 30], [30, 0]], unit: "minutes" };
 * const result = raam(demand, supply, { costs, tauCost: 60 });
 * result.cost.map((c) => Math.round(c! * 100) / 100); // => [1.38, 0.87]
 * Array.from(result.siteDemand); // => [69, 131]
 * ```
 */
export function raam(demand: readonly DemandLocation[], supply: readonly SupplyLocation[], options: RaamOptions): RaamResult {
  const fn = 'raam';
  const demandRows = arrayOf(demand, 'demand', fn, '{ location, population }');
  const supplyRows = arrayOf(supply, 'supply', fn, '{ location, capacity }');
  nonEmpty(supplyRows, 'supply', fn, 'site { location, capacity }');
  if (options === null || typeof options !== 'object') {
    fail('missing_field', 'options', `${fn}: options is ${describe(options)}; pass { costs, tauCost } (or { tauKm } with coordinates).`);
  }
  knownKeys(options, KEYS, 'options', fn);
  const useCosts = options.costs !== undefined;
  const tauKey = useCosts ? 'tauCost' : 'tauKm';
  const otherTau = useCosts ? 'tauKm' : 'tauCost';
  if (options[otherTau] !== undefined) {
    fail('invalid_value', `options.${otherTau}`, `${fn}: options.${otherTau} is given but ${useCosts ? 'a travel-cost matrix is used' : 'distances are computed from coordinates'}; write options.${tauKey} instead.`);
  }
  if (options[tauKey] === undefined) {
    fail('missing_field', `options.${tauKey}`, `${fn}: options.${tauKey} is missing; give τ, the travel a person would trade for an average-loaded site (PySAL's default is 60 minutes).`);
  }
  const tau = positiveNumber(options[tauKey], `options.${tauKey}`, fn);
  const population = readAmounts(demandRows, 'population', 'demand', fn, '{ location, population }');
  const capacity = readAmounts(supplyRows, 'capacity', 'supply', fn, '{ location, capacity }');
  let totalPopulation = 0;
  let totalCapacity = 0;
  for (let i = 0; i < population.length; i++) totalPopulation += population[i] as number;
  for (let j = 0; j < capacity.length; j++) totalCapacity += capacity[j] as number;
  if (!(totalCapacity > 0)) fail('invalid_value', 'supply', `${fn}: every site has capacity 0; RAAM needs supply to share out.`);
  const rho = options.rho === undefined ? totalPopulation / totalCapacity : positiveNumber(options.rho, 'options.rho', fn);
  const maxCycles = options.maxCycles === undefined ? 150 : integer(options.maxCycles, 'options.maxCycles', fn, { min: 1 });
  const halfLife = options.halfLife === undefined ? 50 : positiveNumber(options.halfLife, 'options.halfLife', fn);
  const limitInitial = options.limitInitial === undefined ? 20 : integer(options.limitInitial, 'options.limitInitial', fn, { min: 0 });
  if (options.initialStep !== undefined && options.initialStepCount !== undefined) {
    fail('invalid_value', 'options.initialStepCount', `${fn}: options.initialStep and options.initialStepCount are both given; give a share of demand (initialStep) or a number of units (initialStepCount), not both.`);
  }
  const mode = options.initialStepCount === undefined ? 'fraction' : 'count';
  const initialStep = mode === 'count'
    ? integer(options.initialStepCount, 'options.initialStepCount', fn, { min: 1 })
    : options.initialStep === undefined ? 0.2 : share(options.initialStep, 'options.initialStep', fn);
  const minStep = options.minStep === undefined ? 0.005 : mode === 'fraction' ? share(options.minStep, 'options.minStep', fn) : nonNegativeNumber(options.minStep, 'options.minStep', fn);
  const resolved = resolveAccessPairs(fn, demandRows, supplyRows, options, false, true);
  const pairs = gatherPairs(resolved.pairs, population, capacity, tau);
  const scaledSupply = new Float64Array(capacity.length);
  for (let j = 0; j < capacity.length; j++) scaledSupply[j] = (capacity[j] as number) * rho;
  const state = iterateRaam(pairs, population, scaledSupply, { mode, initialStep, minStep, halfLife, maxCycles, limitInitial });
  const n = population.length;
  const cost: (number | null)[] = new Array<number | null>(n);
  let noPopulation = 0;
  let noSite = 0;
  for (let i = 0; i < n; i++) {
    const begin = pairs.start[i] as number;
    const end = pairs.start[i + 1] as number;
    if ((population[i] as number) === 0) {
      cost[i] = null;
      noPopulation++;
      continue;
    }
    if (begin === end) {
      cost[i] = null;
      noSite++;
      continue;
    }
    let weighted = 0;
    let assigned = 0;
    for (let p = begin; p < end; p++) {
      weighted += (state.totalCost[p] as number) * (state.assignment[p] as number);
      assigned += state.assignment[p] as number;
    }
    cost[i] = weighted / assigned;
  }
  const warnings: string[] = [];
  if (noPopulation > 0) warnings.push(`${fn}: ${noPopulation} demand location(s) have population 0; their cost is undefined (null).`);
  if (noSite > 0) warnings.push(`${fn}: ${noSite} demand location(s) have no site with capacity in reach; their cost is undefined (null).`);
  if (state.moved === 0 && pairs.site.length > n) {
    warnings.push(`${fn}: no demand moved from its nearest site: moves are whole units, so populations below 1 ÷ initialStep never move; aggregate demand (blocks, tracts) or use initialStepCount.`);
  }
  let normalizedBy: number | null = null;
  if (options.normalize === true) {
    let weighted = 0;
    let people = 0;
    for (let i = 0; i < n; i++) {
      const c = cost[i];
      if (c !== null && c !== undefined) weighted += c * (population[i] as number);
      people += population[i] as number;
    }
    const mean = people > 0 ? weighted / people : 0;
    if (mean > 0) {
      normalizedBy = mean;
      for (let i = 0; i < n; i++) {
        const c = cost[i];
        if (c !== null && c !== undefined) cost[i] = c / mean;
      }
    } else {
      warnings.push(`${fn}: the population-weighted mean cost is 0, so costs are not normalised (normalizedBy is null).`);
    }
  }
  const siteCongestion = Array.from(capacity, (s, j) => (s > 0 && rho > 0 ? (state.siteLoad[j] as number) / (scaledSupply[j] as number) : null));
  return {
    cost,
    siteDemand: state.siteLoad,
    siteCongestion,
    rho,
    tau,
    unit: resolved.unit,
    cycles: state.cycles,
    converged: state.converged,
    moved: state.moved,
    normalizedBy,
    warnings,
  };
}

/** A share of an origin's demand: a fraction in (0, 1], with the percent-written mistake named. */
function share(value: unknown, path: string, fn: string): number {
  const x = positiveNumber(value, path, fn);
  if (x > 1) {
    const hint = dashPercentHint(x, 'no origin moves more than all of its demand (1 = 100 %)');
    fail('out_of_range', path, `${fn}: ${path} is ${x}; it is a share of each origin's demand, a fraction in (0, 1]${hint}.`);
  }
  return x;
}

/** The pairs RAAM may use — demand with population > 0 to sites with capacity > 0 — sorted by site, travel ÷ τ. */
function gatherPairs(
  neighbourhood: { demandCount: number; siteCount: number; query(i: number, sites: Int32Array, costs: Float64Array): number },
  population: Float64Array,
  capacity: Float64Array,
  tau: number,
): RaamPairs {
  const n = neighbourhood.demandCount;
  const m = neighbourhood.siteCount;
  const sites = new Int32Array(m);
  const costs = new Float64Array(m);
  const start = new Int32Array(n + 1);
  const siteList: number[] = [];
  const travelList: number[] = [];
  const kept = new Int32Array(m);
  const costBySite = new Float64Array(m);
  for (let i = 0; i < n; i++) {
    if ((population[i] as number) > 0) {
      const count = neighbourhood.query(i, sites, costs);
      let k = 0;
      for (let t = 0; t < count; t++) {
        const j = sites[t] as number;
        if ((capacity[j] as number) > 0) {
          kept[k++] = j;
          costBySite[j] = costs[t] as number;
        }
      }
      // Site order, so that ties go to the lowest index as in PySAL's dense matrix.
      const ordered = kept.subarray(0, k).sort();
      for (let t = 0; t < k; t++) {
        const j = ordered[t] as number;
        siteList.push(j);
        travelList.push((costBySite[j] as number) / tau);
      }
    }
    start[i + 1] = siteList.length;
  }
  return { start, site: Int32Array.from(siteList), travel: Float64Array.from(travelList) };
}
