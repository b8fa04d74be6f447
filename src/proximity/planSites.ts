import { describe, fail } from '../internal/errors.ts';
import { integer } from '../internal/validate.ts';
import { compressCover, defaultNodeLimit, lagrangianSearch } from './internal/lagrangianCover.ts';
import { buildCoverSets, combinations, coveredBy, exactSearch, greedyOrder, swapImprove } from './internal/maxCover.ts';
import { planInputs } from './internal/planInputs.ts';
import type { Position, TravelCosts } from './types.ts';

/** A demand location for site planning: where, and how much it matters. */
export interface PlanDemand {
  /** Location `[lng, lat]`; required unless `options.costs` is given. */
  readonly location?: Position;
  /** Weight ≥ 0: households, eligible unserved households, children … */
  readonly weight: number;
}

/** Options of {@link planSites}. */
export interface PlanSitesOptions {
  /** Service radius in km (inclusive). Required with coordinates. */
  readonly radiusKm?: number;
  /** Service radius in the cost matrix's unit (inclusive), with `costs`. */
  readonly maxCost?: number;
  /** Travel costs from demand (rows) to candidates (columns) instead of coordinates. */
  readonly costs?: TravelCosts;
  /** Number of sites to choose, required ones included; 1 ≤ count ≤ candidates. */
  readonly count: number;
  /**
   * `'greedy'` (default): greedy adding, explainable step by step. `'exact'`: the true optimum by enumeration
   * with a stand-alone-gain bound (throws when the number of combinations exceeds `maxCombinations`).
   * `'lagrangian'`: the true optimum by Lagrangian relaxation and branch and bound, for problems far beyond
   * enumeration; if it stops at `maxNodes` it returns the best plan found with a proven `bound` and `gap`.
   * `'auto'`: `'exact'` when the combinations are few enough, `'lagrangian'` otherwise.
   */
  readonly method?: 'greedy' | 'exact' | 'lagrangian' | 'auto';
  /** After greedy, apply improving 1-swaps until none is left (Teitz & Bart vertex substitution). Default false. */
  readonly swap?: boolean;
  /** Candidate indices that must be chosen (existing sites); they come first in `chosen`. */
  readonly required?: readonly number[];
  /** Equity multiplier per demand location (e.g. 2 in priority areas); the objective weight is weight × priority. */
  readonly priority?: ArrayLike<number>;
  /** Largest number of combinations `'exact'` accepts (and `'auto'` enumerates). Default 10,000,000. */
  readonly maxCombinations?: number;
  /**
   * Largest number of branch-and-bound nodes `'lagrangian'` explores (the tie-break search gets as many).
   * Default 20,000, lowered for large problems so that the search makes about 4 × 10⁹ coverage updates
   * (tens of seconds): 100 nodes for a million demand–candidate pairs in reach.
   */
  readonly maxNodes?: number;
}

/** One step of the explanation: a site and the weight it adds to the sites before it. */
export interface PlanStep {
  /** Candidate index. */
  readonly site: number;
  /** Weight newly covered by this site, given the sites before it in the trace. */
  readonly gain: number;
  /** Whether the site was required. */
  readonly required: boolean;
}

/** One improving swap. */
export interface PlanSwap {
  /** Candidate taken out. */
  readonly removed: number;
  /** Candidate put in. */
  readonly added: number;
  /** Covered weight gained by the swap. */
  readonly gain: number;
}

/** Result of {@link planSites}. */
export interface PlanSitesResult {
  /** Chosen candidate indices, in trace order: required sites first, then by decreasing marginal gain. */
  readonly chosen: number[];
  /** Weight (× priority) covered by the chosen sites. */
  readonly coveredWeight: number;
  /** The explanation: each chosen site with the weight it adds to those before it (gains sum to coveredWeight). */
  readonly trace: PlanStep[];
  /** The improving swaps applied after greedy (empty unless `swap`). */
  readonly swaps: PlanSwap[];
  /** The method that produced `chosen`. */
  readonly method: 'greedy' | 'exact' | 'lagrangian';
  /** True when `chosen` is proven optimal (exact search, or a Lagrangian search that finished). */
  readonly optimal: boolean;
  /** Proven upper bound on the covered weight (= coveredWeight when optimal); `null` for greedy. */
  readonly bound: number | null;
  /** (bound − coveredWeight) ÷ bound, a fraction: 0 when optimal, `null` for greedy. */
  readonly gap: number | null;
  /** Branch-and-bound nodes explored by `'lagrangian'` (0 otherwise). */
  readonly nodes: number;
  /** What greedy alone covered (the exact optimum is at least this, and greedy is ≥ 63 % of it). */
  readonly greedyCoveredWeight: number;
  /** Total weight (× priority) of all demand. */
  readonly totalWeight: number;
  /** coveredWeight ÷ totalWeight; `null` when the total is 0. */
  readonly coveredShare: number | null;
  /** Weight within reach of at least one candidate — the most any choice can cover. */
  readonly coverableWeight: number;
  /** 1 for each demand location covered by the chosen sites. */
  readonly covered: Uint8Array;
  /** Number of ways to choose the free sites, C(free candidates, count − required). */
  readonly combinations: number;
  /** Cut-off and its unit. */
  readonly conventions: { readonly input: 'coordinates' | 'costs'; readonly unit: string; readonly cutoff: number; readonly threshold: 'cost <= cutoff' };
  /** Notes (zero total weight …). */
  readonly warnings: string[];
}

const KEYS = ['radiusKm', 'maxCost', 'costs', 'count', 'method', 'swap', 'required', 'priority', 'maxCombinations', 'maxNodes'];

/**
 * Chooses `count` sites among candidates to cover the most demand within a service radius: the maximal
 * covering location problem (Church & ReVelle 1974), max Σᵢ aᵢ·xᵢ subject to xᵢ ≤ Σ_{j covers i} yⱼ and
 * Σⱼ yⱼ = count. Coverage means cost ≤ radius, as spopt `MCLP.from_cost_matrix` (`aij[cost <= radius] = 1`).
 *
 * - **Greedy** adds, at each step, the candidate that covers the most not-yet-covered weight (ties → lowest
 *   index); the `trace` is that sequence of marginal gains — the explanation a council can follow. Coverage is
 *   submodular, so greedy reaches at least 1 − (1 − 1/p)^p ≥ 63.2 % of the optimum (Nemhauser, Wolsey & Fisher
 *   1978) but it is **not** optimal in general.
 * - **Swap** then exchanges a chosen site for another while that raises coverage (Teitz & Bart 1968).
 * - **Exact** is a branch-and-bound search over the combinations: it returns the true optimum (ties → the
 *   lexicographically smallest set), whose `trace` explains it in greedy order.
 * - **Lagrangian** solves the same problem without enumerating: demand covered by the same candidates is
 *   merged; relaxing the coverage constraints with multipliers λ (Galvão & ReVelle 1996) gives the upper bound
 *   Σᵢ(aᵢ − λᵢ) + the `count` largest Σ_{i covered by j} λᵢ, tightened by subgradient steps (Held, Wolfe &
 *   Crowder 1974); a depth-first branch and bound opens or closes one site per node (the one the relaxation
 *   values most, open first), fixes sites by Lagrangian penalties, and prunes nodes whose bound cannot beat the
 *   incumbent (greedy + swap, improved by every relaxed plan). A second search, branching on the lowest index,
 *   returns the lexicographically smallest optimal set — the same answer as `'exact'`. It stops after `maxNodes`
 *   nodes with the best plan found, the proven `bound` (the largest bound of the nodes left) and the `gap`.
 *
 * `required` sites (existing centres) are always kept; `priority` multiplies each demand weight (equity
 * weighting, e.g. eligible unserved households × 2 in a San José Equity Index priority tract).
 *
 * @param demand - Demand locations with `weight` ≥ 0 (and `location` unless `costs`).
 * @param candidates - Candidate positions `[lng, lat]`; with `costs`, their number (the matrix columns) or positions.
 * @param options - `radiusKm` (or `costs` + `maxCost`), `count`, `method`, `swap`, `required`, `priority`.
 * @returns The chosen sites, the covered weight and the explanation.
 * @throws {EquityLensError} `out_of_range` for a count above the candidates, a radius ≤ 0, a negative weight
 * or cost, or too many combinations for `'exact'`; `empty` for no candidates; `duplicate` for a required site
 * listed twice; `length_mismatch` for priorities or a cost matrix of the wrong shape; `invalid_position`.
 * @category Proximity
 * @example
 * ```ts
 * import { planSites } from "./planSites.ts";
 *
 * // Candidate 0 covers the four middle households; candidates 1 and 2 cover three each, without overlap.
 * const demand = Array.from({ length: 6 }, () => ({ weight: 1 }));
 * const costs = { dense: [[1, 1, 9], [1, 1, 9], [1, 9, 1], [1, 9, 1], [9, 1, 9], [9, 9, 1]], unit: "minutes" };
 * const greedy = planSites(demand, 3, { costs, maxCost: 5, count: 2 });
 * greedy.chosen; // => [0, 1]
 * greedy.trace.map((step) => step.gain); // => [4, 1]
 * const exact = planSites(demand, 3, { costs, maxCost: 5, count: 2, method: "exact" });
 * exact.chosen; // => [1, 2]
 * exact.coveredWeight; // => 6
 * ```
 */
export function planSites(demand: readonly PlanDemand[], candidates: readonly Position[] | number, options: PlanSitesOptions): PlanSitesResult {
  const fn = 'planSites';
  const inputs = planInputs(fn, demand, candidates, options as unknown as Readonly<Record<string, unknown>>, KEYS, 'weight', false, true);
  const m = inputs.candidateCount;
  const count = integer(options.count, 'options.count', fn, { min: 1 });
  if (count > m) {
    fail('out_of_range', 'options.count', `${fn}: options.count is ${count} but there are only ${m} candidates; choose at most ${m} sites or add candidates.`);
  }
  if (inputs.required.length > count) {
    fail('out_of_range', 'options.required', `${fn}: options.required lists ${inputs.required.length} sites but options.count is ${count}; raise count to at least ${inputs.required.length}.`);
  }
  const method = options.method ?? 'greedy';
  if (method !== 'greedy' && method !== 'exact' && method !== 'lagrangian' && method !== 'auto') {
    fail('invalid_value', 'options.method', `${fn}: options.method is ${describe(method)}; expected 'greedy', 'exact', 'lagrangian' or 'auto'.`);
  }
  const maxCombinations = options.maxCombinations === undefined ? 1e7 : integer(options.maxCombinations, 'options.maxCombinations', fn, { min: 1 });
  const maxNodes = options.maxNodes === undefined ? null : integer(options.maxNodes, 'options.maxNodes', fn, { min: 1 });
  const sets = buildCoverSets(inputs.resolved.pairs);
  const weights = inputs.weights;
  const tolerance = 1e-12 * Math.max(inputs.totalWeight, 1);
  const everyone = new Uint8Array(m).fill(1);
  const greedy = greedyOrder(sets, weights, inputs.required, everyone, count);
  let chosen = greedy.map((step) => step.site);
  const greedyCoveredWeight = coveredBy(sets, weights, chosen).value;
  let swaps: PlanSwap[] = [];
  if (options.swap === true) {
    const improved = swapImprove(sets, weights, chosen, inputs.isRequired, tolerance, 10 * m);
    chosen = improved.chosen;
    swaps = improved.swaps;
  }
  const free: number[] = [];
  for (let j = 0; j < m; j++) if (inputs.isRequired[j] === 0) free.push(j);
  const ways = combinations(free.length, count - inputs.required.length);
  let used: 'greedy' | 'exact' | 'lagrangian' = 'greedy';
  let bound: number | null = null;
  let nodes = 0;
  let complete = false;
  const warnings: string[] = [];
  if (method === 'exact' && ways > maxCombinations) {
    fail(
      'out_of_range',
      'options.maxCombinations',
      `${fn}: choosing ${count - inputs.required.length} of ${free.length} candidates has ${ways} combinations, above options.maxCombinations (${maxCombinations}); use method 'lagrangian' (exact without enumeration), 'greedy' with swap, or raise maxCombinations.`,
    );
  }
  if (method === 'exact' || (method === 'auto' && ways <= maxCombinations)) {
    const best = exactSearch(sets, weights, inputs.required, free, count - inputs.required.length, { value: coveredBy(sets, weights, chosen).value, set: chosen }, tolerance, Infinity);
    if (best !== null) chosen = best.set;
    used = 'exact';
    complete = true;
  } else if (method === 'lagrangian' || method === 'auto') {
    const compressed = compressCover(sets, weights);
    const nodeLimit = maxNodes ?? defaultNodeLimit(compressed.sets.demand.length);
    // Seed with greedy + swap on the merged demand (cheap there), unless swap already ran.
    const seed = options.swap === true ? chosen : swapImprove(compressed.sets, compressed.weights, chosen, inputs.isRequired, tolerance, 10 * m).chosen;
    const seedValue = coveredBy(compressed.sets, compressed.weights, seed).value;
    const search = lagrangianSearch(compressed.sets, compressed.weights, inputs.required, count, { value: seedValue, set: seed }, { mode: 'maximize', target: 0 }, nodeLimit, tolerance);
    nodes = search.nodes;
    chosen = search.set;
    complete = search.complete;
    bound = search.bound;
    if (complete) {
      // The lexicographically smallest set that reaches the optimum (the answer 'exact' gives).
      const smallest = lagrangianSearch(compressed.sets, compressed.weights, inputs.required, count, null, { mode: 'reach', target: search.value }, nodeLimit, tolerance);
      nodes += smallest.nodes;
      if (smallest.found) chosen = smallest.set;
      else warnings.push(`${fn}: the tie-break among optimal plans stopped after ${nodeLimit} nodes; the plan returned is optimal but may not be the lexicographically smallest.`);
    } else {
      warnings.push(`${fn}: the branch and bound stopped after ${nodeLimit} nodes; the plan is the best found, within the reported gap of the optimum (raise maxNodes to close it).`);
    }
    used = 'lagrangian';
  }
  // Explain the final set in greedy order restricted to it (for greedy this reproduces greedy's own steps).
  const allowed = new Uint8Array(m);
  for (const j of chosen) allowed[j] = 1;
  const trace: PlanStep[] = greedyOrder(sets, weights, inputs.required, allowed, count);
  const final = coveredBy(sets, weights, trace.map((step) => step.site));
  const coverable = coveredBy(sets, weights, everyone.reduce<number[]>((all, _, j) => (all.push(j), all), []));
  if (used === 'exact' || (used === 'lagrangian' && complete)) bound = final.value;
  else if (bound !== null) bound = Math.max(bound, final.value);
  if (!(inputs.totalWeight > 0)) warnings.push(`${fn}: the demand weights sum to 0, so the covered share is undefined (null).`);
  return {
    chosen: trace.map((step) => step.site),
    coveredWeight: final.value,
    trace,
    swaps,
    method: used,
    optimal: complete,
    bound,
    gap: bound === null ? null : bound > 0 ? (bound - final.value) / bound : 0,
    nodes,
    greedyCoveredWeight,
    totalWeight: inputs.totalWeight,
    coveredShare: inputs.totalWeight > 0 ? final.value / inputs.totalWeight : null,
    coverableWeight: coverable.value,
    covered: final.covered,
    combinations: ways,
    conventions: { input: inputs.resolved.input, unit: inputs.resolved.unit, cutoff: inputs.resolved.cutoff, threshold: 'cost <= cutoff' },
    warnings,
  };
}
