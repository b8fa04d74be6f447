/**
 * Maximal covering location (Church & ReVelle 1974) on candidate → demand coverage lists: greedy adding with
 * a marginal-gain trace, 1-swap (vertex substitution, Teitz & Bart 1968) improvement, and an exact
 * branch-and-bound search.
 *
 * @internal
 * @module
 */
import type { Neighbourhood } from './neighbourhood.ts';

/** Candidate → covered demand lists (CSR), built from the pairs within the radius. */
export interface CoverSets {
  readonly demandCount: number;
  readonly candidateCount: number;
  /** `start[j]..start[j+1]` indexes `demand` for candidate j; demand indices ascend. */
  readonly start: Int32Array;
  readonly demand: Int32Array;
}

/** Builds the coverage lists with two passes over the pairs (count, then fill). */
export function buildCoverSets(pairs: Neighbourhood): CoverSets {
  const n = pairs.demandCount;
  const m = pairs.siteCount;
  const sites = new Int32Array(m);
  const costs = new Float64Array(m);
  const start = new Int32Array(m + 1);
  for (let i = 0; i < n; i++) {
    const count = pairs.query(i, sites, costs);
    for (let t = 0; t < count; t++) {
      const j = sites[t] as number;
      start[j + 1] = (start[j + 1] as number) + 1;
    }
  }
  for (let j = 0; j < m; j++) start[j + 1] = (start[j + 1] as number) + (start[j] as number);
  const fill = start.slice(0, m);
  const demand = new Int32Array(start[m] as number);
  for (let i = 0; i < n; i++) {
    const count = pairs.query(i, sites, costs);
    for (let t = 0; t < count; t++) {
      const j = sites[t] as number;
      demand[fill[j] as number] = i;
      fill[j] = (fill[j] as number) + 1;
    }
  }
  return { demandCount: n, candidateCount: m, start, demand };
}

/** Weight that candidate j adds to the demand not yet covered (`coverCount[i] === 0`). */
export function marginalGain(sets: CoverSets, weights: Float64Array, coverCount: Int32Array, j: number): number {
  let gain = 0;
  const end = sets.start[j + 1] as number;
  for (let p = sets.start[j] as number; p < end; p++) {
    const i = sets.demand[p] as number;
    if (coverCount[i] === 0) gain += weights[i] as number;
  }
  return gain;
}

/** Adds (`delta` 1) or removes (−1) candidate j from the cover counts. */
export function applyCandidate(sets: CoverSets, coverCount: Int32Array, j: number, delta: number): void {
  const end = sets.start[j + 1] as number;
  for (let p = sets.start[j] as number; p < end; p++) {
    const i = sets.demand[p] as number;
    coverCount[i] = (coverCount[i] as number) + delta;
  }
}

/** One step of a trace: the site and the weight it added. */
export interface TraceStep {
  readonly site: number;
  readonly gain: number;
  readonly required: boolean;
}

/**
 * Greedy adding: required sites first (in the order given), then repeatedly the candidate with the largest
 * marginal gain among `allowed` ones, ties to the lowest index. Gains are recomputed exactly each step.
 */
export function greedyOrder(
  sets: CoverSets,
  weights: Float64Array,
  required: readonly number[],
  allowed: Uint8Array,
  count: number,
): TraceStep[] {
  const coverCount = new Int32Array(sets.demandCount);
  const chosen = new Uint8Array(sets.candidateCount);
  const trace: TraceStep[] = [];
  for (const r of required) {
    trace.push({ site: r, gain: marginalGain(sets, weights, coverCount, r), required: true });
    applyCandidate(sets, coverCount, r, 1);
    chosen[r] = 1;
  }
  while (trace.length < count) {
    let best = -1;
    let bestGain = -Infinity;
    for (let j = 0; j < sets.candidateCount; j++) {
      if (chosen[j] === 1 || allowed[j] === 0) continue;
      const gain = marginalGain(sets, weights, coverCount, j);
      if (gain > bestGain) {
        bestGain = gain;
        best = j;
      }
    }
    if (best < 0) break;
    trace.push({ site: best, gain: bestGain, required: false });
    applyCandidate(sets, coverCount, best, 1);
    chosen[best] = 1;
  }
  return trace;
}

/** Total weight covered by a set of candidates, and the per-demand flags. */
export function coveredBy(sets: CoverSets, weights: Float64Array, chosen: readonly number[]): { value: number; covered: Uint8Array } {
  const coverCount = new Int32Array(sets.demandCount);
  for (const j of chosen) applyCandidate(sets, coverCount, j, 1);
  const covered = new Uint8Array(sets.demandCount);
  let value = 0;
  for (let i = 0; i < sets.demandCount; i++) {
    if ((coverCount[i] as number) > 0) {
      covered[i] = 1;
      value += weights[i] as number;
    }
  }
  return { value, covered };
}

/** One improving swap. */
export interface SwapStep {
  readonly removed: number;
  readonly added: number;
  readonly gain: number;
}

/**
 * 1-swap improvement: while some swap of a chosen, non-required site for an unchosen candidate raises the
 * covered weight by more than `tolerance`, apply the best such swap (ties: lowest removed, then lowest added).
 * Returns the final set (same length) and the swaps made.
 */
export function swapImprove(
  sets: CoverSets,
  weights: Float64Array,
  chosenIn: readonly number[],
  isRequired: Uint8Array,
  tolerance: number,
  maxSwaps: number,
): { chosen: number[]; swaps: SwapStep[] } {
  const chosen = [...chosenIn];
  const inSet = new Uint8Array(sets.candidateCount);
  const coverCount = new Int32Array(sets.demandCount);
  for (const j of chosen) {
    inSet[j] = 1;
    applyCandidate(sets, coverCount, j, 1);
  }
  const swaps: SwapStep[] = [];
  const coveredByRemoved = new Uint8Array(sets.demandCount);
  while (swaps.length < maxSwaps) {
    let bestDelta = tolerance;
    let bestOut = -1;
    let bestIn = -1;
    for (const s of chosen) {
      if (isRequired[s] === 1) continue;
      // Loss: demand only s covers.
      let loss = 0;
      const sEnd = sets.start[s + 1] as number;
      for (let p = sets.start[s] as number; p < sEnd; p++) {
        const i = sets.demand[p] as number;
        coveredByRemoved[i] = 1;
        if (coverCount[i] === 1) loss += weights[i] as number;
      }
      for (let c = 0; c < sets.candidateCount; c++) {
        if (inSet[c] === 1) continue;
        let gain = 0;
        const cEnd = sets.start[c + 1] as number;
        for (let p = sets.start[c] as number; p < cEnd; p++) {
          const i = sets.demand[p] as number;
          const k = coverCount[i] as number;
          if (k === 0 || (k === 1 && coveredByRemoved[i] === 1)) gain += weights[i] as number;
        }
        const delta = gain - loss;
        if (delta > bestDelta) {
          bestDelta = delta;
          bestOut = s;
          bestIn = c;
        }
      }
      for (let p = sets.start[s] as number; p < sEnd; p++) coveredByRemoved[sets.demand[p] as number] = 0;
    }
    if (bestOut < 0) break;
    applyCandidate(sets, coverCount, bestOut, -1);
    applyCandidate(sets, coverCount, bestIn, 1);
    inSet[bestOut] = 0;
    inSet[bestIn] = 1;
    chosen[chosen.indexOf(bestOut)] = bestIn;
    swaps.push({ removed: bestOut, added: bestIn, gain: bestDelta });
  }
  return { chosen, swaps };
}

/** Number of k-subsets of n items, saturating at Infinity beyond 2^53. */
export function combinations(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  const kk = Math.min(k, n - k);
  let result = 1;
  for (let t = 1; t <= kk; t++) {
    result = (result * (n - kk + t)) / t;
    if (result > Number.MAX_SAFE_INTEGER) return Infinity;
  }
  return Math.round(result);
}

/**
 * Exact maximal covering by depth-first branch and bound: the free candidates are visited in decreasing order
 * of their gain over the required sites, and a branch is cut when the covered weight plus the largest
 * remaining stand-alone gains (an upper bound, since coverage is submodular) cannot reach the incumbent. Ties
 * within `tolerance` go to the lexicographically smallest sorted set. `target` (optional) stops the search
 * as soon as a set reaches it.
 */
export function exactSearch(
  sets: CoverSets,
  weights: Float64Array,
  required: readonly number[],
  free: readonly number[],
  pick: number,
  incumbent: { value: number; set: number[] } | null,
  tolerance: number,
  target: number,
): { value: number; set: number[] } | null {
  const coverCount = new Int32Array(sets.demandCount);
  let base = 0;
  for (const r of required) {
    base += marginalGain(sets, weights, coverCount, r);
    applyCandidate(sets, coverCount, r, 1);
  }
  const standalone = free.map((j) => ({ j, gain: marginalGain(sets, weights, coverCount, j) }));
  standalone.sort((a, b) => b.gain - a.gain || a.j - b.j);
  const order = standalone.map((s) => s.j);
  const prefix = new Float64Array(order.length + 1);
  standalone.forEach((s, t) => (prefix[t + 1] = (prefix[t] as number) + s.gain));
  let bestValue = incumbent === null ? -Infinity : incumbent.value;
  let bestSet: number[] | null = incumbent === null ? null : [...incumbent.set].sort((a, b) => a - b);
  const current: number[] = [];
  let done = false;
  const lexicographicallySmaller = (a: number[], b: number[]): boolean => {
    for (let t = 0; t < a.length; t++) {
      if ((a[t] as number) !== (b[t] as number)) return (a[t] as number) < (b[t] as number);
    }
    return false;
  };
  const visit = (from: number, depth: number, value: number): void => {
    if (done) return;
    if (depth === pick) {
      const set = [...required, ...current].sort((a, b) => a - b);
      if (value > bestValue + tolerance) {
        bestValue = value;
        bestSet = set;
      } else if (value >= bestValue - tolerance && (bestSet === null || lexicographicallySmaller(set, bestSet))) {
        bestSet = set;
      }
      if (value >= target - tolerance) done = true;
      return;
    }
    const left = pick - depth;
    for (let t = from; t <= order.length - left; t++) {
      const bound = value + (prefix[t + left] as number) - (prefix[t] as number);
      if (bound < bestValue - tolerance) break;
      if (bound < target - tolerance && target !== Infinity) break;
      const j = order[t] as number;
      const gain = marginalGain(sets, weights, coverCount, j);
      applyCandidate(sets, coverCount, j, 1);
      current.push(j);
      visit(t + 1, depth + 1, value + gain);
      current.pop();
      applyCandidate(sets, coverCount, j, -1);
      if (done) return;
    }
  };
  visit(0, 0, base);
  return bestSet === null ? null : { value: bestValue, set: bestSet };
}
