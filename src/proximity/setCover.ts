import { describe, fail } from '../internal/errors.ts';
import { integer } from '../internal/validate.ts';
import { buildCoverSets, combinations, coveredBy, exactSearch, greedyOrder } from './internal/maxCover.ts';
import { planInputs } from './internal/planInputs.ts';
import type { PlanStep } from './planSites.ts';
import type { Position, TravelCosts } from './types.ts';

/** Options of {@link setCover}. */
export interface SetCoverOptions {
  /** Service radius in km (inclusive). Required with coordinates. */
  readonly radiusKm?: number;
  /** Service radius in the cost matrix's unit (inclusive), with `costs`. */
  readonly maxCost?: number;
  /** Travel costs from demand (rows) to candidates (columns) instead of coordinates. */
  readonly costs?: TravelCosts;
  /** `'greedy'` (default; at most H(max set size) × the minimum) or `'exact'` (the minimum). */
  readonly method?: 'greedy' | 'exact';
  /** Candidate indices that must be chosen (existing sites). */
  readonly required?: readonly number[];
  /** Largest number of combinations the exact search accepts at any size. Default 10,000,000. */
  readonly maxCombinations?: number;
}

/** Result of {@link setCover}. */
export interface SetCoverResult {
  /** Chosen candidate indices: required first, then in greedy order (each covering the most still uncovered). */
  readonly chosen: number[];
  /** The explanation: each site with the number of demand locations it newly covers. */
  readonly trace: PlanStep[];
  /** The method that produced `chosen`. */
  readonly method: 'greedy' | 'exact';
  /** True when `chosen` is proven minimal. */
  readonly optimal: boolean;
  /** Demand locations no candidate reaches (they cannot be covered by any choice), ascending. */
  readonly uncoverable: Int32Array;
  /** Cut-off and its unit. */
  readonly conventions: { readonly input: 'coordinates' | 'costs'; readonly unit: string; readonly cutoff: number; readonly threshold: 'cost <= cutoff' };
}

/**
 * The fewest sites that cover every demand location some candidate can reach: the location set covering
 * problem (LSCP, Toregas et al. 1971), min Σⱼ yⱼ subject to Σ_{j covers i} yⱼ ≥ 1 for every coverable i. Coverage
 * means cost ≤ radius, as spopt `LSCP.from_cost_matrix`. Demand that no candidate reaches is listed in
 * `uncoverable` rather than making the problem infeasible.
 *
 * Greedy (Chvátal 1979) adds the candidate covering the most uncovered locations (ties → lowest index). Exact
 * tries each size from 1 up with the branch-and-bound search of {@link planSites}, so the first size that
 * covers everything is the minimum.
 *
 * @param demand - Demand locations (`location` unless `costs`); every one counts once.
 * @param candidates - Candidate positions `[lng, lat]`; with `costs`, their number or positions.
 * @param options - `radiusKm` (or `costs` + `maxCost`), `method`, `required`, `maxCombinations`.
 * @returns The chosen sites and the uncoverable demand.
 * @throws {EquityLensError} `out_of_range` for a radius ≤ 0, a negative cost or too many combinations;
 * `empty` for no candidates; `duplicate` for a repeated required site; `length_mismatch` for a cost matrix of
 * the wrong shape; `invalid_position`.
 * @category Proximity
 * @example
 * ```ts
 * import { setCover } from "./setCover.ts";
 *
 * const demand = Array.from({ length: 4 }, () => ({}));
 * const costs = { dense: [[1, 9, 9], [1, 1, 9], [9, 1, 1], [9, 9, 1]] };
 * setCover(demand, 3, { costs, maxCost: 5, method: "exact" }).chosen; // => [0, 2]
 * ```
 */
export function setCover(
  demand: readonly { readonly location?: Position }[],
  candidates: readonly Position[] | number,
  options: SetCoverOptions,
): SetCoverResult {
  const fn = 'setCover';
  const inputs = planInputs(fn, demand, candidates, options as unknown as Readonly<Record<string, unknown>>, ['radiusKm', 'maxCost', 'costs', 'method', 'required', 'maxCombinations'], null, false, true);
  const method = options.method ?? 'greedy';
  if (method !== 'greedy' && method !== 'exact') {
    fail('invalid_value', 'options.method', `${fn}: options.method is ${describe(method)}; expected 'greedy' or 'exact'.`);
  }
  const maxCombinations = options.maxCombinations === undefined ? 1e7 : integer(options.maxCombinations, 'options.maxCombinations', fn, { min: 1 });
  const m = inputs.candidateCount;
  const sets = buildCoverSets(inputs.resolved.pairs);
  const everyone = new Uint8Array(m).fill(1);
  const all = Array.from({ length: m }, (_, j) => j);
  const reach = coveredBy(sets, inputs.weights, all);
  // Only coverable demand counts; uncoverable demand gets weight 0.
  const weights = new Float64Array(sets.demandCount);
  const uncoverableList: number[] = [];
  for (let i = 0; i < sets.demandCount; i++) {
    if (reach.covered[i] === 1) weights[i] = 1;
    else uncoverableList.push(i);
  }
  const target = sets.demandCount - uncoverableList.length;
  // Greedy until everything coverable is covered (no more gain).
  const greedy = greedyOrder(sets, weights, inputs.required, everyone, m).filter((step) => step.required || step.gain > 0);
  let chosen = greedy.map((step) => step.site);
  let used: 'greedy' | 'exact' = 'greedy';
  if (method === 'exact') {
    const free = all.filter((j) => inputs.isRequired[j] === 0);
    for (let size = inputs.required.length; size < chosen.length; size++) {
      const pick = size - inputs.required.length;
      const ways = combinations(free.length, pick);
      if (ways > maxCombinations) {
        fail('out_of_range', 'options.maxCombinations', `${fn}: checking covers of ${size} sites means ${ways} combinations, above options.maxCombinations (${maxCombinations}); use method 'greedy' or raise maxCombinations.`);
      }
      const found = exactSearch(sets, weights, inputs.required, free, pick, null, 0.5, target);
      if (found !== null && found.value >= target - 0.5) {
        chosen = found.set;
        break;
      }
    }
    used = 'exact';
  }
  const allowed = new Uint8Array(m);
  for (const j of chosen) allowed[j] = 1;
  const trace = greedyOrder(sets, weights, inputs.required, allowed, chosen.length);
  return {
    chosen: trace.map((step) => step.site),
    trace,
    method: used,
    optimal: used === 'exact',
    uncoverable: Int32Array.from(uncoverableList),
    conventions: { input: inputs.resolved.input, unit: inputs.resolved.unit, cutoff: inputs.resolved.cutoff, threshold: 'cost <= cutoff' },
  };
}
