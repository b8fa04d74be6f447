import { describe, fail } from '../internal/errors.ts';
import { integer } from '../internal/validate.ts';
import { assignNearest, costTable } from './internal/costTable.ts';
import { coverAllSearch, smallestCover } from './internal/coverAll.ts';
import { compressCover } from './internal/lagrangianCover.ts';
import type { CoverSets } from './internal/maxCover.ts';
import { planInputs } from './internal/planInputs.ts';
import type { Position, TravelCosts } from './types.ts';

/** Options of {@link pCenter}. */
export interface PCenterOptions {
  /** Travel costs from demand (rows) to candidates (columns), in the matrix's unit, instead of coordinates (whose costs are turf km). */
  readonly costs?: TravelCosts;
  /** Number of sites to open, required ones included; 1 ≤ count ≤ candidates. */
  readonly count: number;
  /** Candidate indices that must be opened (existing sites); they come first in `chosen`. */
  readonly required?: readonly number[];
  /** `'exact'` (default): the true optimum, or the best found with a proven lower bound. `'greedy'`: greedy adding only. */
  readonly method?: 'exact' | 'greedy';
  /** Largest number of branch-and-bound nodes per cover search (one per radius tried). Default 1,000,000. */
  readonly maxNodes?: number;
}

/** One step of the explanation: a site and the farthest cost once it is open. */
export interface PCenterStep {
  /** Candidate index. */
  readonly site: number;
  /** Cost from the farthest demand location to its nearest open site, with this site and those before it; `null` while some demand location is not reached. */
  readonly farthestCost: number | null;
  /** Whether the site was required. */
  readonly required: boolean;
}

/** Result of {@link pCenter}. */
export interface PCenterResult {
  /** Opened candidate indices in trace order: required first, then the site that lowers the farthest cost most. */
  readonly chosen: number[];
  /** The explanation: each site with the farthest cost once it is open. */
  readonly trace: PCenterStep[];
  /** The p-center objective: the largest cost from a demand location to its nearest open site; `null` when no choice reaches every reachable location. */
  readonly farthestCost: number | null;
  /** The demand location at that cost (−1 when `farthestCost` is null). */
  readonly farthestDemand: number;
  /** Proven lower bound on the optimum (= farthestCost when optimal); `null` for greedy. */
  readonly lowerBound: number | null;
  /** (farthestCost − lowerBound) ÷ farthestCost, a fraction; 0 when optimal; `null` for greedy or no solution. */
  readonly gap: number | null;
  /** True when `chosen` is proven optimal. */
  readonly optimal: boolean;
  /** The method that produced `chosen`. */
  readonly method: 'exact' | 'greedy';
  /** Per demand location, the open site it is assigned to (nearest; ties → lowest index); −1 when none reaches it. */
  readonly assignment: Int32Array;
  /** Demand locations that no candidate reaches (left out of the objective), ascending. */
  readonly uncoverable: Int32Array;
  /** Branch-and-bound nodes explored over all feasibility tests. */
  readonly nodes: number;
  /** `'km'` or the matrix's unit label. */
  readonly unit: string;
  /** Why a result is null, early stops, unresolved ties. */
  readonly warnings: string[];
}

const KEYS = ['costs', 'count', 'required', 'method', 'maxNodes'];
const MAX_PAIRS = 20_000_000;

/**
 * Opens `count` sites to minimise the **largest** cost from any demand location to its nearest open site: the
 * p-center problem (Hakimi 1965; spopt `PCenter`, which is unweighted: min W s.t. W ≥ Σⱼ dᵢⱼ xᵢⱼ). Use it when
 * the question is the worst-served household — e.g. "no family more than X minutes from a centre" — rather than
 * how many are within reach ({@link planSites}) or the average trip ({@link pMedian}).
 *
 * Exact method (no solver; Minieka 1970's reduction to covering): the optimum is one of the demand–candidate
 * costs, so a binary search over the sorted distinct costs asks, for each radius r, whether `count` sites can
 * cover every demand location within r. Each test is a depth-first branch and bound over covers: demand
 * locations covered by the same candidates are merged; a node fails when some location has no candidate left
 * or when more locations with disjoint candidate lists remain than sites to open; it branches on the location
 * with the fewest candidates. The search starts between the largest nearest-candidate cost (a lower bound) and
 * greedy's value. Among optimal sets it returns the lexicographically smallest (candidates decided in index
 * order, each by a cover search). If a test exceeds `maxNodes`, the search stops with the best set found, `optimal: false` and
 * the proven `lowerBound` and `gap`.
 *
 * Demand that no candidate reaches (sparse or infinite costs) is listed in `uncoverable` and left out. The
 * demand × candidate cost table is held in memory (at most 20 million pairs); distances are turf km unless
 * `costs` are given.
 *
 * @param demand - Demand locations (`location` unless `costs`); each counts once (p-center is unweighted).
 * @param candidates - Candidate positions `[lng, lat]`; with `costs`, their number (the matrix columns) or positions.
 * @param options - `count`, `costs`, `required`, `method`, `maxNodes`.
 * @returns The chosen sites, the farthest cost, its proof and the explanation.
 * @throws {EquityLensError} `out_of_range` for a count above the candidates, too many pairs, a negative cost;
 * `empty` for no candidates; `duplicate` for a repeated required site; `length_mismatch` for a cost matrix of
 * the wrong shape; `invalid_value` for an unknown method; `invalid_position`.
 * @category Proximity
 * @example
 * ```ts
 * import { pCenter } from "./pCenter.ts";
 *
 * // Four villages on a road (minutes between them); two clinics among the four.
 * const demand = Array.from({ length: 4 }, () => ({}));
 * const costs = { dense: [[0, 10, 25, 40], [10, 0, 15, 30], [25, 15, 0, 15], [40, 30, 15, 0]], unit: "minutes" };
 * const result = pCenter(demand, 4, { costs, count: 2 });
 * result.chosen; // => [2, 0]
 * result.trace.map((step) => step.farthestCost); // => [25, 15]
 * result.farthestCost; // => 15
 * result.optimal; // => true
 * ```
 */
export function pCenter(
  demand: readonly { readonly location?: Position }[],
  candidates: readonly Position[] | number,
  options: PCenterOptions,
): PCenterResult {
  const fn = 'pCenter';
  const inputs = planInputs(fn, demand, candidates, options as unknown as Readonly<Record<string, unknown>>, KEYS, null, true, false);
  const n = inputs.weights.length;
  const m = inputs.candidateCount;
  const count = integer(options.count, 'options.count', fn, { min: 1 });
  if (count > m) fail('out_of_range', 'options.count', `${fn}: options.count is ${count} but there are only ${m} candidates; open at most ${m} sites.`);
  if (inputs.required.length > count) {
    fail('out_of_range', 'options.required', `${fn}: options.required lists ${inputs.required.length} sites but options.count is ${count}; raise count to at least ${inputs.required.length}.`);
  }
  if (n * m > MAX_PAIRS) {
    fail('out_of_range', 'demand', `${fn}: ${n} demand locations × ${m} candidates is more than ${MAX_PAIRS} pairs; aggregate demand (e.g. to blocks or tracts) first.`);
  }
  const method = options.method ?? 'exact';
  if (method !== 'exact' && method !== 'greedy') {
    fail('invalid_value', 'options.method', `${fn}: options.method is ${describe(method)}; expected 'exact' or 'greedy'.`);
  }
  const maxNodes = options.maxNodes === undefined ? 1_000_000 : integer(options.maxNodes, 'options.maxNodes', fn, { min: 1 });
  const table = costTable(inputs.resolved.pairs);
  // Coverable demand and the lower bound max_i min_j d_ij.
  const coverable = new Uint8Array(n);
  const uncoverableList: number[] = [];
  let lower = 0;
  for (let i = 0; i < n; i++) {
    let nearest = Infinity;
    for (let j = 0; j < m; j++) nearest = Math.min(nearest, table[j * n + i] as number);
    if (nearest === Infinity) uncoverableList.push(i);
    else {
      coverable[i] = 1;
      if (nearest > lower) lower = nearest;
    }
  }
  const warnings: string[] = [];
  if (uncoverableList.length > 0) warnings.push(`${fn}: ${uncoverableList.length} demand location(s) have no candidate in reach and are left out of the objective (listed in uncoverable).`);
  const farthestOf = (set: readonly number[]): { cost: number; at: number } => {
    let worst = -1;
    let at = -1;
    for (let i = 0; i < n; i++) {
      if (coverable[i] === 0) continue;
      let best = Infinity;
      for (const j of set) best = Math.min(best, table[j * n + i] as number);
      if (best > worst) {
        worst = best;
        at = i;
      }
    }
    return { cost: worst < 0 ? 0 : worst, at };
  };
  const greedy = greedyCenter(table, n, m, coverable, inputs.required, count, null);
  let chosen = greedy.map((step) => step.site);
  let nodes = 0;
  let lowerBound: number | null = null;
  let optimal = false;
  const greedyFarthest = farthestOf(chosen).cost;
  if (method === 'exact') {
    const radii = distinctCosts(table, lower);
    const unit = new Float64Array(n);
    for (let i = 0; i < n; i++) unit[i] = coverable[i] as number;
    const feasible = (r: number): { found: boolean; complete: boolean; set: number[] } => {
      const compressed = compressCover(coverSetsWithin(table, n, m, coverable, r), unit);
      const result = coverAllSearch(compressed.sets, inputs.required, [], count, 'group', maxNodes);
      nodes += result.nodes;
      return result;
    };
    let lo = 0;
    let hi = radii.length - 1;
    let best: number[] | null = null;
    if (greedyFarthest !== Infinity) {
      while (hi > 0 && (radii[hi - 1] as number) >= greedyFarthest) hi--;
      best = chosen;
    } else {
      const top = feasible(radii[hi] as number);
      if (top.found) best = top.set;
      else if (!top.complete) warnings.push(`${fn}: the branch and bound stopped after ${maxNodes} nodes before finding ${count} sites that reach every demand location.`);
    }
    let decided = true;
    if (best !== null) {
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        const probe = feasible(radii[mid] as number);
        if (probe.found) {
          hi = mid;
          best = probe.set;
        } else if (probe.complete) {
          lo = mid + 1;
        } else {
          decided = false;
          warnings.push(`${fn}: the feasibility test at ${radii[mid]} stopped after ${maxNodes} nodes; the result is the best set found, with a proven lower bound (raise maxNodes to close the gap).`);
          break;
        }
      }
      chosen = best;
      lowerBound = radii[lo] as number;
      if (decided) {
        optimal = true;
        // Lexicographically smallest optimal set.
        const compressed = compressCover(coverSetsWithin(table, n, m, coverable, radii[hi] as number), unit);
        const smallest = smallestCover(compressed.sets, inputs.required, count, best, maxNodes);
        if (smallest !== null) {
          chosen = smallest.set;
          nodes += smallest.nodes;
        } else warnings.push(`${fn}: the tie-break among optimal sets stopped after ${maxNodes} nodes; another optimal set is returned.`);
      }
    }
  }
  const trace = greedyCenter(table, n, m, coverable, inputs.required, count, chosen);
  chosen = trace.map((step) => step.site);
  const final = farthestOf(chosen);
  const farthestCost = final.cost === Infinity ? null : final.cost;
  if (farthestCost === null) warnings.push(`${fn}: no choice of ${count} sites reaches every reachable demand location, so the farthest cost is undefined (null).`);
  if (lowerBound !== null && farthestCost !== null && lowerBound > farthestCost) lowerBound = farthestCost;
  const assignment = assignNearest(table, n, chosen);
  return {
    chosen,
    trace,
    farthestCost,
    farthestDemand: farthestCost === null ? -1 : final.at,
    lowerBound: method === 'exact' && farthestCost !== null ? lowerBound : null,
    gap: method === 'exact' && farthestCost !== null && lowerBound !== null ? (farthestCost > 0 ? (farthestCost - lowerBound) / farthestCost : 0) : null,
    optimal: method === 'exact' && optimal && farthestCost !== null,
    method,
    assignment,
    uncoverable: Int32Array.from(uncoverableList),
    nodes,
    unit: inputs.resolved.unit,
    warnings,
  };
}

/** Sorted distinct finite costs ≥ `from`. */
function distinctCosts(table: Float64Array, from: number): Float64Array {
  let k = 0;
  for (let p = 0; p < table.length; p++) {
    const d = table[p] as number;
    if (d >= from && d !== Infinity) k++;
  }
  const values = new Float64Array(k);
  k = 0;
  for (let p = 0; p < table.length; p++) {
    const d = table[p] as number;
    if (d >= from && d !== Infinity) values[k++] = d;
  }
  values.sort();
  let u = 0;
  for (let t = 0; t < values.length; t++) if (t === 0 || values[t] !== values[u - 1]) values[u++] = values[t] as number;
  return values.subarray(0, u);
}

/** Candidate → coverable demand within `r` (inclusive). */
function coverSetsWithin(table: Float64Array, n: number, m: number, coverable: Uint8Array, r: number): CoverSets {
  const start = new Int32Array(m + 1);
  for (let j = 0; j < m; j++) {
    let k = 0;
    for (let i = 0; i < n; i++) if (coverable[i] === 1 && (table[j * n + i] as number) <= r) k++;
    start[j + 1] = (start[j] as number) + k;
  }
  const demand = new Int32Array(start[m] as number);
  let p = 0;
  for (let j = 0; j < m; j++) for (let i = 0; i < n; i++) if (coverable[i] === 1 && (table[j * n + i] as number) <= r) demand[p++] = i;
  return { demandCount: n, candidateCount: m, start, demand };
}

/**
 * Greedy adding for p-center: required sites first, then repeatedly the site (among `allowed`, or all) that
 * leaves the fewest demand locations unreached and then the smallest farthest cost; ties to the lowest index.
 */
function greedyCenter(
  table: Float64Array,
  n: number,
  m: number,
  coverable: Uint8Array,
  required: readonly number[],
  count: number,
  allowed: readonly number[] | null,
): PCenterStep[] {
  const best = new Float64Array(n).fill(Infinity);
  const isChosen = new Uint8Array(m);
  const trace: PCenterStep[] = [];
  const farthest = (): number | null => {
    let worst = 0;
    for (let i = 0; i < n; i++) if (coverable[i] === 1 && (best[i] as number) > worst) worst = best[i] as number;
    return worst === Infinity ? null : worst;
  };
  const add = (j: number, isRequired: boolean): void => {
    isChosen[j] = 1;
    for (let i = 0; i < n; i++) {
      const d = table[j * n + i] as number;
      if (d < (best[i] as number)) best[i] = d;
    }
    trace.push({ site: j, farthestCost: farthest(), required: isRequired });
  };
  for (const r of required) add(r, true);
  const pool = allowed === null ? Array.from({ length: m }, (_, j) => j) : [...allowed].sort((a, b) => a - b);
  while (trace.length < count) {
    let pick = -1;
    let pickUnreached = Infinity;
    let pickWorst = Infinity;
    for (const j of pool) {
      if (isChosen[j] === 1) continue;
      let unreached = 0;
      let worst = 0;
      for (let i = 0; i < n; i++) {
        if (coverable[i] === 0) continue;
        const d = Math.min(best[i] as number, table[j * n + i] as number);
        if (d === Infinity) unreached++;
        else if (d > worst) worst = d;
      }
      if (unreached < pickUnreached || (unreached === pickUnreached && worst < pickWorst)) {
        pick = j;
        pickUnreached = unreached;
        pickWorst = worst;
      }
    }
    if (pick < 0) break;
    add(pick, false);
  }
  return trace;
}
