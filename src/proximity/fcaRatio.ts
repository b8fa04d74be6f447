import { fail } from '../internal/errors.ts';
import type { Decay } from './decayWeight.ts';
import { accessSetup } from './internal/accessSetup.ts';
import { potentialCore } from './internal/fca.ts';
import { costNeighbourhood, type Neighbourhood } from './internal/neighbourhood.ts';
import { resolveAccessPairs, resolvePairs } from './internal/pairs.ts';
import type { DemandLocation, SupplyLocation, TravelCosts } from './types.ts';

/** Options of {@link fcaRatio}. */
export interface FcaRatioOptions {
  /** Catchment radius in km around each demand location (inclusive), for both supply and population. Required with coordinates. */
  readonly catchmentKm?: number;
  /** Catchment in the cost matrices' unit (inclusive), with `costs` and `demandCosts`. Default: every pair given. */
  readonly maxCost?: number;
  /** Travel costs from demand (rows) to supply (columns) instead of coordinates. Needs `demandCosts` too. */
  readonly costs?: TravelCosts;
  /**
   * Travel costs between demand locations (rows = the location whose catchment it is, columns = its
   * neighbours; one row and one column per demand location), for the population in each catchment — PySAL's
   * `neighbor_cost_df`. Required with `costs`. Leave the diagonal at 0 so a location counts its own population.
   */
  readonly demandCosts?: TravelCosts;
  /** Weight of a pair inside the catchment, applied to both sums (PySAL `weight_fn`). Default `'binary'`. */
  readonly decay?: Decay;
  /**
   * Divide defined ratios by Σ ratioᵢ·Pᵢ / Σ Pᵢ, where the population of locations with an undefined ratio
   * stays in the denominator (PySAL `helpers.normalized_access`). Default false.
   */
  readonly normalize?: boolean;
}

/** Result of {@link fcaRatio}. */
export interface FcaRatioResult {
  /**
   * Supply per person in each demand location's catchment, supplyInReach ÷ populationInReach (normalised when
   * asked); `null` where no population is in the catchment (the ratio is undefined).
   */
  readonly ratio: (number | null)[];
  /** Σ Sⱼ·w(cᵢⱼ) over the sites within i's catchment. */
  readonly supplyInReach: Float64Array;
  /** Σ Pₖ·w(c′ᵢₖ) over the demand locations within i's catchment (i itself included when c′ᵢᵢ = 0). */
  readonly populationInReach: Float64Array;
  /** 1 where at least one site is within the catchment. */
  readonly reachable: Uint8Array;
  /** The population-weighted mean the ratios were divided by; `null` when not normalised. */
  readonly normalizedBy: number | null;
  /** The conventions used. */
  readonly conventions: {
    readonly input: 'coordinates' | 'costs';
    readonly unit: string;
    readonly cutoff: number;
    readonly threshold: 'cost <= cutoff';
    readonly decay: string;
    readonly normalize: boolean;
  };
  /** Why ratios are null, unnormalisable scores. */
  readonly warnings: string[];
}

const KEYS = ['catchmentKm', 'maxCost', 'costs', 'demandCosts', 'decay', 'normalize'];

/**
 * The floating catchment area ratio per location (FCA; PySAL `access.fca.fca_ratio`, the "simple FCA" of Luo &
 * Wang 2003): around each demand location i, the supply within its catchment divided by the population within
 * the same catchment,
 *
 * FCAᵢ = Σ_{j: cᵢⱼ ≤ c₀} Sⱼ·w(cᵢⱼ) ÷ Σ_{k: c′ᵢₖ ≤ c₀} Pₖ·w(c′ᵢₖ),
 *
 * with c the demand-to-supply and c′ the demand-to-demand costs (w ≡ 1 by default). Unlike 2SFCA the
 * population is not that of the sites' catchments but of i's own, so two neighbours can see very different
 * populations competing for the same site. Units: supply per person. Where the catchment holds no population
 * the ratio is `null` (PySAL: NaN for 0/0, ∞ for supply/0), with a warning.
 *
 * With coordinates both sums use the spatial index (turf distances, O(N × neighbours)); with `costs` pass
 * `demandCosts` (PySAL's `neighbor_cost_df`) for the second.
 *
 * @param demand - Demand locations with `population` ≥ 0 (and `location` unless `costs`).
 * @param supply - Sites with `capacity` ≥ 0 (and `location` unless `costs`); at least one.
 * @param options - `catchmentKm` (or `costs`, `demandCosts` and `maxCost`), `decay`, `normalize`.
 * @returns The ratio per demand location with its numerator and denominator.
 * @throws {EquityLensError} `invalid_position` for bad coordinates, `out_of_range` for a negative population,
 * capacity or cost or a catchment ≤ 0, `empty` for no supply, `missing_field` for a missing catchment or a
 * missing `demandCosts`, `length_mismatch` for a cost matrix of the wrong shape, `unknown_key`.
 * @category Proximity
 * @example
 * ```ts
 * import { fcaRatio } from "./fcaRatio.ts";
 *
 * const demand = [{ population: 100 }, { population: 300 }, { population: 50 }];
 * const supply = [{ capacity: 20 }, { capacity: 10 }];
 * const costs = { dense: [[5, 40], [10, 25], [50, 5]], unit: "minutes" };
 * const demandCosts = { dense: [[0, 10, 45], [10, 0, 30], [45, 30, 0]], unit: "minutes" };
 * const result = fcaRatio(demand, supply, { costs, demandCosts, maxCost: 30 });
 * result.ratio; // => [0.05, 0.06666666666666667, 0.02857142857142857]
 * ```
 */
export function fcaRatio(demand: readonly DemandLocation[], supply: readonly SupplyLocation[], options: FcaRatioOptions): FcaRatioResult {
  const fn = 'fcaRatio';
  const setup = accessSetup(fn, demand, supply, options, KEYS);
  const n = setup.demandRows.length;
  const resolved = resolveAccessPairs(fn, setup.demandRows, setup.supplyRows, options, !setup.useCosts, setup.decay.needsDistance);
  let neighbours: Neighbourhood;
  if (setup.useCosts) {
    if (options.demandCosts === undefined) {
      fail('missing_field', 'options.demandCosts', `${fn}: options.demandCosts is missing; with options.costs also give the costs between demand locations (one row and one column per demand location), for the population in each catchment.`);
    }
    neighbours = costNeighbourhood(options.demandCosts, n, n, resolved.cutoff, 'options.demandCosts', fn);
  } else {
    if (options.demandCosts !== undefined) {
      fail('invalid_value', 'options.demandCosts', `${fn}: options.demandCosts needs options.costs; with coordinates the distances between demand locations are computed.`);
    }
    neighbours = resolvePairs({
      fn,
      demand: setup.demandRows,
      demandPath: 'demand',
      demandShape: '{ location, population }',
      sites: setup.demandRows,
      sitesPath: 'demand',
      siteShape: '{ location, population }',
      sitesArePositions: false,
      options: options as unknown as Readonly<Record<string, unknown>>,
      cutoffKey: 'catchmentKm',
      cutoffRequired: true,
      needCost: setup.decay.needsDistance,
    }).pairs;
  }
  const supplySide = potentialCore(resolved.pairs, setup.capacity, setup.decay, fn, setup.minPath);
  const populationSide = potentialCore(neighbours, setup.population, setup.decay, fn, setup.minPath);
  const supplyInReach = supplySide.score;
  const populationInReach = populationSide.score;
  const ratio: (number | null)[] = new Array<number | null>(n);
  let undefinedCount = 0;
  for (let i = 0; i < n; i++) {
    const people = populationInReach[i] as number;
    if (people > 0) ratio[i] = (supplyInReach[i] as number) / people;
    else {
      ratio[i] = null;
      undefinedCount++;
    }
  }
  const warnings: string[] = [];
  if (undefinedCount > 0) {
    warnings.push(`${fn}: ${undefinedCount} demand location(s) have no population within their catchment, so their ratio is undefined (null).`);
  }
  const normalize = options.normalize === true;
  let normalizedBy: number | null = null;
  if (normalize) {
    let weighted = 0;
    let people = 0;
    for (let i = 0; i < n; i++) {
      const p = setup.population[i] as number;
      const r = ratio[i];
      if (r !== null && r !== undefined) weighted += r * p;
      people += p;
    }
    const mean = people > 0 ? weighted / people : 0;
    if (mean > 0) {
      normalizedBy = mean;
      for (let i = 0; i < n; i++) {
        const r = ratio[i];
        if (r !== null && r !== undefined) ratio[i] = r / mean;
      }
    } else {
      warnings.push(`${fn}: the population-weighted mean ratio is 0 (or there is no population), so ratios are not normalised (normalizedBy is null).`);
    }
  }
  return {
    ratio,
    supplyInReach,
    populationInReach,
    reachable: supplySide.reachable,
    normalizedBy,
    conventions: {
      input: resolved.input,
      unit: resolved.unit,
      cutoff: resolved.cutoff,
      threshold: 'cost <= cutoff',
      decay: setup.decay.label,
      normalize,
    },
    warnings,
  };
}
