import { describe, fail } from '../internal/errors.ts';
import { integer } from '../internal/validate.ts';
import { assignNearest, costTable } from './internal/costTable.ts';
import { combinations } from './internal/maxCover.ts';
import { planInputs } from './internal/planInputs.ts';
import type { PlanDemand } from './planSites.ts';
import type { Position, TravelCosts } from './types.ts';

/** Options of {@link pMedian}. */
export interface PMedianOptions {
  /** Travel costs from demand (rows) to candidates (columns), in the matrix's unit, instead of coordinates (whose costs are turf km). */
  readonly costs?: TravelCosts;
  /** Number of sites to open, required ones included; 1 ≤ count ≤ candidates. */
  readonly count: number;
  /** `'greedy'` (default: greedy adding), `'exact'` (enumeration; true optimum) or `'auto'`. */
  readonly method?: 'greedy' | 'exact' | 'auto';
  /** After greedy, apply improving 1-swaps (Teitz & Bart 1968). Default false. */
  readonly swap?: boolean;
  /** Candidate indices that must be opened. */
  readonly required?: readonly number[];
  /** Equity multiplier per demand location; the objective weight is weight × priority. */
  readonly priority?: ArrayLike<number>;
  /** Largest number of combinations `'exact'` enumerates. Default 1,000,000. */
  readonly maxCombinations?: number;
}

/** Result of {@link pMedian}. */
export interface PMedianResult {
  /** Opened candidate indices, ascending. */
  readonly chosen: number[];
  /** Σᵢ wᵢ · cost to the nearest opened site, over demand that reaches one (the p-median objective). */
  readonly totalCost: number;
  /** totalCost ÷ Σ wᵢ of the assigned demand (spopt `mean_dist`); `null` when that weight is 0. */
  readonly meanCost: number | null;
  /** Per demand location, the opened site it is assigned to (nearest; ties → lowest index), −1 when none reaches it. */
  readonly assignment: Int32Array;
  /** Weight of demand that no opened site reaches (with sparse or infinite costs). */
  readonly unassignedWeight: number;
  /** The method that produced `chosen`. */
  readonly method: 'greedy' | 'exact';
  /** True when `chosen` is proven optimal. */
  readonly optimal: boolean;
  /** `'km'` or the matrix's unit label. */
  readonly unit: string;
}

const KEYS = ['costs', 'count', 'method', 'swap', 'required', 'priority', 'maxCombinations'];
const MAX_PAIRS = 50_000_000;

/** Objective of opening the sites whose per-demand best cost is `best`: unassigned weight first, then cost. */
function objective(best: Float64Array, weights: Float64Array): { unassigned: number; cost: number } {
  let unassigned = 0;
  let cost = 0;
  for (let i = 0; i < best.length; i++) {
    const w = weights[i] as number;
    if (w === 0) continue;
    const d = best[i] as number;
    if (d === Infinity) unassigned += w;
    else cost += w * d;
  }
  return { unassigned, cost };
}

function better(a: { unassigned: number; cost: number }, b: { unassigned: number; cost: number }, tolerance: number): number {
  if (a.unassigned !== b.unassigned) return a.unassigned < b.unassigned ? 1 : -1;
  if (a.cost < b.cost - tolerance) return 1;
  if (a.cost > b.cost + tolerance) return -1;
  return 0;
}

/**
 * Opens `count` sites to minimise the weighted travel cost from each demand location to its nearest open
 * site: the p-median problem (Hakimi 1964; ReVelle & Swain 1970), min Σᵢ Σⱼ wᵢ dᵢⱼ xᵢⱼ with each demand
 * assigned to one open site. Use it when every household is served anyway and the question is the average
 * trip; use {@link planSites} when the question is how many are within reach.
 *
 * Greedy adding (ties → lowest index), optional 1-swap improvement, or exact enumeration of the combinations.
 * The full demand × candidate cost table is held in memory (at most 50 million pairs). Distances are turf km
 * unless `costs` are given.
 *
 * @param demand - Demand locations with `weight` ≥ 0 (and `location` unless `costs`).
 * @param candidates - Candidate positions `[lng, lat]`; with `costs`, their number or positions.
 * @param options - `count`, `costs`, `method`, `swap`, `required`, `priority`.
 * @returns Opened sites, the objective, its mean and the assignment.
 * @throws {EquityLensError} `out_of_range` for a count above the candidates, too many combinations or pairs,
 * a negative cost or weight; `empty` for no candidates; `length_mismatch` for a cost matrix of the wrong shape.
 * @category Proximity
 * @example
 * ```ts
 * import { pMedian } from "./pMedian.ts";
 *
 * const demand = [{ weight: 10 }, { weight: 1 }, { weight: 1 }];
 * const costs = { dense: [[0, 5, 9], [5, 0, 4], [9, 4, 0]], unit: "minutes" };
 * const result = pMedian(demand, 3, { costs, count: 1, method: "exact" });
 * result.chosen; // => [0]
 * result.meanCost; // => 1.1666666666666667
 * ```
 */
export function pMedian(demand: readonly PlanDemand[], candidates: readonly Position[] | number, options: PMedianOptions): PMedianResult {
  const fn = 'pMedian';
  const inputs = planInputs(fn, demand, candidates, options as unknown as Readonly<Record<string, unknown>>, KEYS, 'weight', true, false);
  const n = inputs.weights.length;
  const m = inputs.candidateCount;
  const count = integer(options.count, 'options.count', fn, { min: 1 });
  if (count > m) fail('out_of_range', 'options.count', `${fn}: options.count is ${count} but there are only ${m} candidates; open at most ${m} sites.`);
  if (inputs.required.length > count) {
    fail('out_of_range', 'options.required', `${fn}: options.required lists ${inputs.required.length} sites but options.count is ${count}; raise count.`);
  }
  if (n * m > MAX_PAIRS) {
    fail('out_of_range', 'demand', `${fn}: ${n} demand locations × ${m} candidates is more than ${MAX_PAIRS} pairs; aggregate demand (e.g. to blocks or tracts) first.`);
  }
  const method = options.method ?? 'greedy';
  if (method !== 'greedy' && method !== 'exact' && method !== 'auto') {
    fail('invalid_value', 'options.method', `${fn}: options.method is ${describe(method)}; expected 'greedy', 'exact' or 'auto'.`);
  }
  const maxCombinations = options.maxCombinations === undefined ? 1e6 : integer(options.maxCombinations, 'options.maxCombinations', fn, { min: 1 });
  const weights = inputs.weights;
  const tolerance = 1e-12 * Math.max(1, inputs.totalWeight);
  // Candidate-major cost table: cost[j * n + i].
  const table = costTable(inputs.resolved.pairs);
  const bestWith = (base: Float64Array, j: number, out: Float64Array): void => {
    const offset = j * n;
    for (let i = 0; i < n; i++) {
      const d = table[offset + i] as number;
      out[i] = d < (base[i] as number) ? d : (base[i] as number);
    }
  };
  const evaluate = (set: readonly number[]): Float64Array => {
    const best = new Float64Array(n).fill(Infinity);
    for (const j of set) bestWith(best, j, best);
    return best;
  };
  // Greedy adding.
  let chosen = [...inputs.required];
  let current: Float64Array = evaluate(chosen);
  const trial = new Float64Array(n);
  while (chosen.length < count) {
    let pick = -1;
    let pickValue = { unassigned: Infinity, cost: Infinity };
    for (let j = 0; j < m; j++) {
      if (chosen.includes(j)) continue;
      bestWith(current, j, trial);
      const value = objective(trial, weights);
      if (pick < 0 || better(value, pickValue, tolerance) > 0) {
        pick = j;
        pickValue = value;
      }
    }
    chosen.push(pick);
    bestWith(current, pick, current);
  }
  if (options.swap === true) {
    for (let round = 0; round < 10 * m; round++) {
      let bestValue = objective(current, weights);
      let move: [number, number] | null = null;
      for (const s of chosen) {
        if (inputs.isRequired[s] === 1) continue;
        const rest = evaluate(chosen.filter((j) => j !== s));
        for (let c = 0; c < m; c++) {
          if (chosen.includes(c)) continue;
          bestWith(rest, c, trial);
          const value = objective(trial, weights);
          if (better(value, bestValue, tolerance) > 0) {
            bestValue = value;
            move = [s, c];
          }
        }
      }
      if (move === null) break;
      const [out, into] = move;
      chosen = chosen.map((j) => (j === out ? into : j));
      current = evaluate(chosen);
    }
  }
  const free: number[] = [];
  for (let j = 0; j < m; j++) if (inputs.isRequired[j] === 0) free.push(j);
  const pickCount = count - inputs.required.length;
  const ways = combinations(free.length, pickCount);
  let used: 'greedy' | 'exact' = 'greedy';
  if (method === 'exact' && ways > maxCombinations) {
    fail('out_of_range', 'options.maxCombinations', `${fn}: ${ways} combinations exceed options.maxCombinations (${maxCombinations}); use method 'greedy' with swap, or raise maxCombinations.`);
  }
  if (method === 'exact' || (method === 'auto' && ways <= maxCombinations)) {
    used = 'exact';
    let bestSet = [...chosen].sort((a, b) => a - b);
    let bestValue = objective(current, weights);
    const levels: Float64Array[] = Array.from({ length: pickCount + 1 }, () => new Float64Array(n));
    levels[0] = evaluate(inputs.required);
    const picked: number[] = [];
    const visit = (from: number, depth: number): void => {
      const level = levels[depth] as Float64Array;
      if (depth === pickCount) {
        const value = objective(level, weights);
        const set = [...inputs.required, ...picked].sort((a, b) => a - b);
        const verdict = better(value, bestValue, tolerance);
        if (verdict > 0 || (verdict === 0 && lexSmaller(set, bestSet))) {
          bestValue = verdict > 0 ? value : bestValue;
          bestSet = set;
        }
        return;
      }
      for (let t = from; t <= free.length - (pickCount - depth); t++) {
        const j = free[t] as number;
        bestWith(level, j, levels[depth + 1] as Float64Array);
        picked.push(j);
        visit(t + 1, depth + 1);
        picked.pop();
      }
    };
    visit(0, 0);
    chosen = bestSet;
    current = evaluate(chosen);
  }
  chosen = [...chosen].sort((a, b) => a - b);
  const assignment = assignNearest(table, n, chosen);
  const value = objective(current, weights);
  const assignedWeight = inputs.totalWeight - value.unassigned;
  return {
    chosen,
    totalCost: value.cost,
    meanCost: assignedWeight > 0 ? value.cost / assignedWeight : null,
    assignment,
    unassignedWeight: value.unassigned,
    method: used,
    optimal: used === 'exact',
    unit: inputs.resolved.unit,
  };
}

function lexSmaller(a: readonly number[], b: readonly number[]): boolean {
  for (let t = 0; t < a.length; t++) if ((a[t] as number) !== (b[t] as number)) return (a[t] as number) < (b[t] as number);
  return false;
}
