import { describe, fail } from '../internal/errors.ts';
import type { Decay } from './decayWeight.ts';
import { accessSetup } from './internal/accessSetup.ts';
import { finish } from './internal/fca.ts';
import { sweepFor } from './internal/demandGrid.ts';
import { threeStepCore, threeStepSweep } from './internal/fcaSteps.ts';
import { resolveAccessPairs } from './internal/pairs.ts';
import type { AccessConventions } from './twoStepFCA.ts';
import type { DemandLocation, SupplyLocation, TravelCosts } from './types.ts';

/**
 * How {@link threeStepFCA} normalises the selection weight Gᵢⱼ (the share of demand i that goes to site j):
 * within the catchment (Wan et al. 2012, R `catchment`), over every pair given (PySAL `access`), or as Huff
 * probabilities cᵢⱼ⁻¹ / Σₖ cᵢₖ⁻¹ (aceso).
 *
 * @category Proximity
 */
export type ThreeStepSelection = 'withinCatchment' | 'allPairs' | 'huff';

/** Options of {@link threeStepFCA}. */
export interface ThreeStepFCAOptions {
  /** Catchment radius in km (inclusive: distance ≤ catchment). Required with coordinates. */
  readonly catchmentKm?: number;
  /** Catchment in the cost matrix's unit (inclusive), with `costs`. Default: every pair given is in reach. */
  readonly maxCost?: number;
  /** Travel costs from demand (rows, origins) to supply (columns, destinations) instead of coordinates. */
  readonly costs?: TravelCosts;
  /** Distance weight w of a pair inside the catchment, used in both steps and in the selection weight. Default `'binary'`. */
  readonly decay?: Decay;
  /**
   * How the selection weight Gᵢⱼ (the share of demand i that goes to site j) is normalised. Default
   * `'withinCatchment'`.
   *
   * - `'withinCatchment'`: Gᵢⱼ = wᵢⱼ / Σₖ wᵢₖ over the sites within i's catchment — Wan, Zou & Sternberg (2012)
   *   and R `catchment` (`normalize_weight = TRUE`).
   * - `'allPairs'`: the same ratio over **every** pair given (every site with coordinates; every finite entry
   *   of the matrix), ignoring the cut-off — PySAL `access.fca.three_stage_fca`. Costs O(N·M).
   * - `'huff'`: Gᵢⱼ = cᵢⱼ⁻¹ / Σₖ cᵢₖ⁻¹ over every pair given, whatever the decay — aceso `ThreeStepFCA` (Huff
   *   probabilities). Sites at cost 0 share the whole probability (aceso substitutes 10⁸ for 1/0, which agrees
   *   to about 1e-9). Costs O(N·M).
   */
  readonly selection?: ThreeStepSelection;
  /** Divide scores by their population-weighted mean, so the mean is 1 (PySAL `normalize=True`). Default false. */
  readonly normalize?: boolean;
  /** Score of demand with no site in its catchment: `'zero'` (default, with `reachable` 0) or `'nan'` (PySAL). */
  readonly unreachable?: 'zero' | 'nan';
}

/** The conventions a {@link threeStepFCA} result was computed with. */
export interface ThreeStepFCAConventions extends AccessConventions {
  /** How the selection weight was normalised. */
  readonly selection: ThreeStepSelection;
}

/** Result of {@link threeStepFCA}. */
export interface ThreeStepFCAResult {
  /** Accessibility Aᵢ per demand location: supply per person (normalised when asked). */
  readonly score: Float64Array;
  /** 1 where at least one site is within the catchment, else 0. */
  readonly reachable: Uint8Array;
  /** Step-2 ratio Rⱼ = Sⱼ / Σᵢ Pᵢ wᵢⱼ Gᵢⱼ per site; 0 where no selected demand reaches the site. */
  readonly siteRatio: Float64Array;
  /** Selection-weighted demand Σᵢ Pᵢ·wᵢⱼ·Gᵢⱼ that reaches each site. */
  readonly siteDemand: Float64Array;
  /** Σ Sⱼ over sites with selected demand: Σᵢ Pᵢ·Aᵢ equals it (raw scores). */
  readonly supplyReached: number;
  /** Number of demand locations with no site in reach. */
  readonly unreachableCount: number;
  /** The population-weighted mean the scores were divided by; `null` when not normalised. */
  readonly normalizedBy: number | null;
  /** The conventions used. */
  readonly conventions: ThreeStepFCAConventions;
  /** Notes on unreachable demand, unnormalisable scores. */
  readonly warnings: string[];
}

const KEYS = ['catchmentKm', 'maxCost', 'costs', 'decay', 'selection', 'normalize', 'unreachable'];

/**
 * Three-step floating catchment area accessibility (3SFCA, Wan, Zou & Sternberg 2012). 2SFCA counts a person
 * in full in every catchment that contains them, so a household with five centres nearby weighs on all five;
 * 3SFCA first splits each demand location among its sites with a **selection weight** Gᵢⱼ (Σⱼ Gᵢⱼ = 1):
 *
 * 1. Gᵢⱼ = wᵢⱼ / Σₖ wᵢₖ (see `selection` for the three conventions in use);
 * 2. each site's ratio Rⱼ = Sⱼ / Σᵢ Pᵢ·wᵢⱼ·Gᵢⱼ, over demand within its catchment;
 * 3. each demand's score Aᵢ = Σⱼ Rⱼ·wᵢⱼ·Gᵢⱼ, over sites within its catchment,
 *
 * with w the decay weight and "within" meaning cᵢⱼ ≤ catchment — the formulas of PySAL
 * `access.fca.three_stage_fca`, R `catchment::catchment_ratio(normalize_weight = TRUE)` and aceso
 * `ThreeStepFCA`, which differ only in how G is normalised. Σᵢ Pᵢ·Aᵢ = Σ Sⱼ over the sites reached (no supply
 * is created or lost). Units: Aᵢ is supply per person (places per household when capacity is places and
 * population is households). Demand with no site in reach scores 0 with `reachable` 0 (PySAL gives NaN:
 * `unreachable: 'nan'`).
 *
 * The stacked weight w·G makes distance count twice; Paez (ipea `accessibility` issue 8) advises a single,
 * well-chosen decay (or {@link balancedFCA}) instead. Offered for comparison with published 3SFCA studies.
 *
 * From coordinates with `'withinCatchment'` the sites are swept over cells of households three times (whole
 * cells at once where a binary or step catchment contains them, as {@link twoStepFCA}); otherwise the pairs are
 * streamed one demand location at a time (three passes). Memory O(N + M + cells), never O(pairs); pass `costs`
 * to use network travel times.
 *
 * @param demand - Demand locations with `population` ≥ 0 (and `location` unless `costs`).
 * @param supply - Sites with `capacity` ≥ 0 (and `location` unless `costs`); at least one.
 * @param options - `catchmentKm` (or `costs` + `maxCost`), `decay`, `selection`, `normalize`, `unreachable`.
 * @returns Scores, reachability, the site ratios and the conventions used.
 * @throws {EquityLensError} `invalid_position` for bad coordinates, `out_of_range` for a negative population,
 * capacity or cost or a catchment ≤ 0, `empty` for no supply, `missing_field` for a missing catchment,
 * `invalid_value` for an unknown `selection` or a power decay that is infinite at cost 0, `length_mismatch`
 * for a cost matrix of the wrong shape, `unknown_key` for a misspelt option.
 * @category Proximity
 * @example
 * ```ts
 * import { threeStepFCA } from "./threeStepFCA.ts";
 *
 * // aceso tests/test_gravity.py: unit demand and supply, costs [[5, 5], [10, 0], [15, 15]], radius 6, Huff selection
 * const demand = [{ population: 1 }, { population: 1 }, { population: 1 }];
 * const supply = [{ capacity: 1 }, { capacity: 1 }];
 * const result = threeStepFCA(demand, supply, { costs: { dense: [[5, 5], [10, 0], [15, 15]] }, maxCost: 6, selection: "huff" });
 * Array.from(result.score); // => [1.3333333333333333, 0.6666666666666666, 0]
 * ```
 */
export function threeStepFCA(
  demand: readonly DemandLocation[],
  supply: readonly SupplyLocation[],
  options: ThreeStepFCAOptions,
): ThreeStepFCAResult {
  const fn = 'threeStepFCA';
  const setup = accessSetup(fn, demand, supply, options, KEYS);
  const selection = options.selection ?? 'withinCatchment';
  if (selection !== 'withinCatchment' && selection !== 'allPairs' && selection !== 'huff') {
    fail('invalid_value', 'options.selection', `${fn}: options.selection is ${describe(selection)}; expected 'withinCatchment' (Wan et al. 2012), 'allPairs' (PySAL) or 'huff' (aceso).`);
  }
  const needCost = setup.decay.needsDistance || selection === 'huff';
  const resolved = resolveAccessPairs(fn, setup.demandRows, setup.supplyRows, options, !setup.useCosts, needCost);
  // The PySAL and aceso normalisations run over every pair given, beyond the cut-off.
  const everyPair = selection === 'withinCatchment'
    ? resolved.pairs
    : resolveAccessPairs(fn, setup.demandRows, setup.supplyRows, { ...options, catchmentKm: undefined, maxCost: undefined }, false, needCost).pairs;
  const raw = resolved.geo !== null && selection === 'withinCatchment'
    ? threeStepSweep(sweepFor(resolved.geo.demand, resolved.geo.sites, resolved.geo.cutoffKm, setup.decay, fn, setup.minPath, setup.population), setup.capacity)
    : threeStepCore(resolved.pairs, everyPair, setup.population, setup.capacity, setup.decay, selection, fn, setup.minPath);
  const normalize = options.normalize === true;
  const done = finish(raw, setup.population, normalize, setup.unreachable, fn);
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
      decay: setup.decay.label,
      unreachable: setup.unreachable,
      normalize,
      selection,
    },
    warnings: done.warnings,
  };
}
