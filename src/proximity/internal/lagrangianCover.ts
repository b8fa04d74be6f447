/**
 * Exact maximal covering by Lagrangian relaxation inside a depth-first branch and bound — no solver needed.
 *
 * **Relaxation.** For MCLP, max Σ_g a_g x_g s.t. x_g ≤ Σ_{j covers g} y_j, Σ_j y_j = k, relaxing the coverage
 * constraints with multipliers λ_g ∈ [0, a_g] gives the bound
 *
 *   L(λ) = Σ_g (a_g − λ_g) + (sum of the k largest c_j), c_j = Σ_{g covered by j} λ_g,
 *
 * valid for every λ (Galvão & ReVelle 1996; Daskin 2013, ch. 4). λ = a gives the "k best stand-alone gains"
 * bound; subgradient steps λ_g ← clamp(λ_g + t (x_g − Σ_{j chosen} [j covers g])), t = θ (L − target) / ‖s‖²
 * (Held, Wolfe & Crowder 1974), lower it. Every relaxed solution (its k sites) is also a feasible plan, scored
 * exactly: the best one is the incumbent.
 *
 * **Nodes.** A node fixes some sites open (their demand leaves the problem, k shrinks) and some closed. Its
 * bound is the smallest L found; the node is pruned when that bound cannot beat the incumbent. With the best
 * λ, Lagrangian penalties fix more sites: an unchosen site j whose forced opening gives L − c_(k) + c_j, or a
 * chosen one whose forced closing gives L − c_j + c_(k+1), no better than the incumbent is fixed the other way.
 *
 * **Branching.** On the available site with the largest c_j in the relaxed solution, open first. When the
 * search must return the lexicographically smallest optimal set, a second search branches on the lowest
 * index instead (depth first, open first visits sets in lexicographic order) and stops at the first leaf that
 * reaches the optimum.
 *
 * **Stopping.** The search ends when every node is pruned or explored (the incumbent is optimal), or after
 * `maxNodes` nodes; then the proven bound is the largest bound of a node left unexplored.
 *
 * Demand locations covered by the same candidates are merged first (their weights summed): the bound and the
 * search only see distinct coverage patterns.
 *
 * @internal
 * @module
 */
import type { CoverSets } from './maxCover.ts';

/** Demand merged by coverage pattern: a smaller, equivalent covering instance. */
export interface CompressedCover {
  readonly sets: CoverSets;
  readonly weights: Float64Array;
}

/** Demand → covering candidates (CSR, candidates ascending): the coverage lists transposed. */
export function candidateLists(sets: CoverSets): { start: Int32Array; candidates: Int32Array } {
  const n = sets.demandCount;
  const m = sets.candidateCount;
  const start = new Int32Array(n + 1);
  // Stryker disable next-line EqualityOperator: equivalent — at p = length the index is NaN, which a typed array ignores on write
  for (let p = 0; p < sets.demand.length; p++) start[(sets.demand[p] as number) + 1] = (start[(sets.demand[p] as number) + 1] as number) + 1;
  // Stryker disable next-line EqualityOperator: equivalent — at i = n the write to start[n + 1] is past the end, which a typed array ignores
  for (let i = 0; i < n; i++) start[i + 1] = (start[i + 1] as number) + (start[i] as number);
  const fill = start.slice(0, n);
  const candidates = new Int32Array(sets.demand.length);
  // Stryker disable next-line EqualityOperator: equivalent — at j = m the inner loop ends at once (start[m + 1] is undefined)
  for (let j = 0; j < m; j++) {
    for (let p = sets.start[j] as number; p < (sets.start[j + 1] as number); p++) {
      const i = sets.demand[p] as number;
      candidates[fill[i] as number] = j;
      fill[i] = (fill[i] as number) + 1;
    }
  }
  return { start, candidates };
}

/**
 * Merges demand locations with the same set of covering candidates (and drops those no candidate covers or
 * with weight 0). Coverage values are unchanged for every choice of sites.
 */
export function compressCover(sets: CoverSets, weights: Float64Array): CompressedCover {
  const n = sets.demandCount;
  const m = sets.candidateCount;
  const { start: degree, candidates: candidatesOf } = candidateLists(sets);
  const representative: number[] = [];
  const groupWeight: number[] = [];
  const buckets = new Map<number, number[]>();
  // Stryker disable next-line EqualityOperator: equivalent — at i = n the weight is undefined, so the demand is skipped as weight ≤ 0
  for (let i = 0; i < n; i++) {
    const begin = degree[i] as number;
    const end = degree[i + 1] as number;
    const w = weights[i] as number;
    if (begin === end || !(w > 0)) continue;
    let hash = 2166136261;
    // Stryker disable next-line ConditionalExpression, EqualityOperator: equivalent — the hash only picks the bucket; the lists are compared in full
    for (let p = begin; p < end; p++) hash = Math.imul(hash ^ (candidatesOf[p] as number), 16777619);
    hash = Math.imul(hash ^ (end - begin), 16777619) | 0;
    let bucket = buckets.get(hash);
    if (bucket === undefined) {
      // Stryker disable next-line ArrayDeclaration: equivalent — a string in the bucket has no representative, so its length test skips it
      bucket = [];
      buckets.set(hash, bucket);
    }
    let group = -1;
    for (const g of bucket) {
      const r = representative[g] as number;
      const rBegin = degree[r] as number;
      if ((degree[r + 1] as number) - rBegin !== end - begin) continue;
      let same = true;
      for (let t = 0; t < end - begin; t++) {
        if (candidatesOf[rBegin + t] !== candidatesOf[begin + t]) {
          same = false;
          break;
        }
      }
      if (same) {
        group = g;
        break;
      }
    }
    if (group < 0) {
      group = representative.length;
      representative.push(i);
      groupWeight.push(0);
      bucket.push(group);
    }
    groupWeight[group] = (groupWeight[group] as number) + w;
  }
  // Candidate → groups, from the representatives' candidate lists.
  const groups = representative.length;
  const start = new Int32Array(m + 1);
  // Stryker disable next-line EqualityOperator: equivalent — at g = groups the representative is undefined and the inner loop never runs
  for (let g = 0; g < groups; g++) {
    const r = representative[g] as number;
    for (let p = degree[r] as number; p < (degree[r + 1] as number); p++) start[(candidatesOf[p] as number) + 1] = (start[(candidatesOf[p] as number) + 1] as number) + 1;
  }
  // Stryker disable next-line EqualityOperator: equivalent — at j = m the write to start[m + 1] is past the end, which a typed array ignores
  for (let j = 0; j < m; j++) start[j + 1] = (start[j + 1] as number) + (start[j] as number);
  const at = start.slice(0, m);
  const demand = new Int32Array(start[m] as number);
  // Stryker disable next-line EqualityOperator: equivalent — at g = groups the representative is undefined and the inner loop never runs
  for (let g = 0; g < groups; g++) {
    const r = representative[g] as number;
    for (let p = degree[r] as number; p < (degree[r + 1] as number); p++) {
      const j = candidatesOf[p] as number;
      demand[at[j] as number] = g;
      at[j] = (at[j] as number) + 1;
    }
  }
  return { sets: { demandCount: groups, candidateCount: m, start, demand }, weights: Float64Array.from(groupWeight) };
}

/** What a search is for. */
export interface SearchGoal {
  /**
   * `'maximize'`: find the largest covered weight, branching on the site the relaxation values most (prune
   * nodes whose bound cannot beat the incumbent by more than the tolerance). `'reach'`: find the
   * lexicographically smallest set whose covered weight is at least `target`, branching on the lowest index
   * (prune nodes whose bound is below the target; stop at the first leaf that reaches it).
   */
  readonly mode: 'maximize' | 'reach';
  /** For `'reach'`: the weight to reach. */
  readonly target: number;
}

/** Result of a search. */
export interface SearchResult {
  /** Best covered weight found (for `'reach'`, of the set found, or −∞ when none was). */
  readonly value: number;
  /** The set (required included), ascending; empty when `'reach'` found none. */
  readonly set: number[];
  /** `'maximize'`: proven upper bound on the covered weight (= value when the search completed). */
  readonly bound: number;
  /** True when the search finished (every node pruned or explored) within the node limit. */
  readonly complete: boolean;
  /** `'reach'`: a set reaching the target was found. */
  readonly found: boolean;
  /** Nodes explored. */
  readonly nodes: number;
}

const ROOT_ITERATIONS = 300;
const NODE_ITERATIONS = 40;

/**
 * Default node limit: 20,000, lowered so that nodes × iterations × pairs stays near 4 × 10⁹ (at least 100
 * nodes). Deterministic, unlike a time limit.
 */
export function defaultNodeLimit(pairs: number): number {
  return Math.max(100, Math.min(20_000, Math.floor(4e9 / (NODE_ITERATIONS * Math.max(pairs, 1)))));
}

/**
 * Depth-first Lagrangian branch and bound for maximal covering on (compressed) coverage lists: choose `count`
 * sites, the `required` ones included. `incumbent` seeds the search (e.g. greedy + swap). `maxNodes` ≥ 1.
 */
export function lagrangianSearch(
  sets: CoverSets,
  weights: Float64Array,
  required: readonly number[],
  count: number,
  incumbent: { value: number; set: readonly number[] } | null,
  goal: SearchGoal,
  maxNodes: number,
  tolerance: number,
): SearchResult {
  const m = sets.candidateCount;
  const groups = sets.demandCount;
  const { start, demand } = sets;
  const lambda = Float64Array.from(weights);
  const bestLambda = new Float64Array(groups);
  const covered = new Int32Array(groups);
  const status = new Uint8Array(m); // 0 available, 1 open, 2 closed
  const c = new Float64Array(m);
  const order = new Int32Array(m);
  const hits = new Int32Array(groups);
  const subgradient = new Float64Array(groups);
  let base = 0;
  let picks = count;
  let available = m;
  let bestValue = incumbent === null ? -Infinity : incumbent.value;
  // Stryker disable next-line ArrayDeclaration: equivalent — without an incumbent the best value is −∞, so the first plan scored replaces this set
  let bestSet: number[] = incumbent === null ? [] : [...incumbent.set].sort((a, b) => a - b);
  let found = false;
  let nodes = 0;
  let stopped = false;
  let openBound = -Infinity;

  const open = (j: number): void => {
    status[j] = 1;
    picks--;
    available--;
    for (let p = start[j] as number; p < (start[j + 1] as number); p++) {
      const g = demand[p] as number;
      if (covered[g] === 0) base += weights[g] as number;
      covered[g] = (covered[g] as number) + 1;
    }
  };
  const unopen = (j: number): void => {
    status[j] = 0;
    picks++;
    available++;
    for (let p = start[j] as number; p < (start[j + 1] as number); p++) {
      const g = demand[p] as number;
      covered[g] = (covered[g] as number) - 1;
      if (covered[g] === 0) base -= weights[g] as number;
    }
  };
  const close = (j: number): void => {
    status[j] = 2;
    available--;
  };
  const unclose = (j: number): void => {
    status[j] = 0;
    available++;
  };
  const openSet = (extra: ArrayLike<number>, extraCount: number): number[] => {
    const set: number[] = [];
    // Stryker disable next-line EqualityOperator: equivalent — status[m] is undefined, not 1
    for (let j = 0; j < m; j++) if (status[j] === 1) set.push(j);
    for (let t = 0; t < extraCount; t++) set.push(extra[t] as number);
    return set.sort((a, b) => a - b);
  };
  /** A leaf: every pick made. Records it (a `'reach'` search that reaches the target is `found` and stops). */
  const leaf = (): void => {
    if (goal.mode === 'maximize') {
      if (base > bestValue + tolerance) {
        bestValue = base;
        bestSet = openSet(order, 0);
      }
    } else if (base >= goal.target - tolerance) {
      bestValue = base;
      bestSet = openSet(order, 0);
      found = true;
    }
  };
  /** The incumbent the bound must beat (maximize) or the target it must reach. */
  const threshold = (): number => (goal.mode === 'maximize' ? bestValue + tolerance : goal.target - tolerance);
  const prunes = (bound: number): boolean => (goal.mode === 'maximize' ? bound <= bestValue + tolerance : bound < goal.target - tolerance);

  /** Orders the available sites by c (descending, ties to the lowest index); returns how many. */
  const rank = (): number => {
    let k = 0;
    // Stryker disable next-line EqualityOperator: equivalent — status[m] is undefined, not 0
    for (let j = 0; j < m; j++) if (status[j] === 0) order[k++] = j;
    order.subarray(0, k).sort((a, b) => (c[b] as number) - (c[a] as number) || a - b);
    return k;
  };

  /** One relaxation at the current λ: returns L and fills the subgradient (‖s‖² in the second slot). */
  const relax = (): [number, number] => {
    let residual = 0;
    // Stryker disable next-line EqualityOperator: equivalent — covered[groups] is undefined, not 0
    for (let g = 0; g < groups; g++) if (covered[g] === 0) residual += (weights[g] as number) - (lambda[g] as number);
    // Stryker disable next-line EqualityOperator: equivalent — status[m] is undefined, so j = m is skipped
    for (let j = 0; j < m; j++) {
      // Stryker disable next-line ConditionalExpression: equivalent — c of a site that is not available is never read: rank lists only available sites
      if (status[j] !== 0) continue;
      let sum = 0;
      for (let p = start[j] as number; p < (start[j + 1] as number); p++) {
        const g = demand[p] as number;
        if (covered[g] === 0) sum += lambda[g] as number;
      }
      c[j] = sum;
    }
    rank();
    let top = 0;
    for (let t = 0; t < picks; t++) top += c[order[t] as number] as number;
    const bound = base + residual + top;
    // The relaxed choice, scored exactly: a feasible plan.
    let gained = 0;
    for (let t = 0; t < picks; t++) {
      const j = order[t] as number;
      for (let p = start[j] as number; p < (start[j + 1] as number); p++) {
        const g = demand[p] as number;
        if (covered[g] !== 0) continue;
        if (hits[g] === 0) gained += weights[g] as number;
        hits[g] = (hits[g] as number) + 1;
      }
    }
    const value = base + gained;
    if (goal.mode === 'maximize' && value > bestValue + tolerance) {
      bestValue = value;
      bestSet = openSet(order, picks);
    }
    let norm = 0;
    // Stryker disable next-line EqualityOperator: equivalent — at g = groups covered is undefined (!== 0), and the write falls past the end
    for (let g = 0; g < groups; g++) {
      if (covered[g] !== 0) {
        subgradient[g] = 0;
        continue;
      }
      const s = ((weights[g] as number) - (lambda[g] as number) > 0 ? 1 : 0) - (hits[g] as number);
      subgradient[g] = s;
      norm += s * s;
      hits[g] = 0;
    }
    return [bound, norm];
  };

  /** Subgradient optimisation from the current λ; returns the node's bound (best λ kept in bestLambda). */
  const bound = (iterations: number): number => {
    let best = Infinity;
    let theta = 2;
    let stale = 0;
    for (let it = 0; it < iterations; it++) {
      const [value, norm] = relax();
      if (value < best) {
        best = value;
        bestLambda.set(lambda);
        stale = 0;
      } else if (++stale >= (iterations === ROOT_ITERATIONS ? 20 : 5)) {
        theta /= 2;
        stale = 0;
      }
      // Stryker disable next-line ConditionalExpression: equivalent — with ‖s‖² = 0 every s is 0, so a step would change no λ and only repeat the relaxation
      if (prunes(best) || norm === 0) break;
      const step = (theta * Math.max(value - threshold(), 1e-9 * Math.max(1, Math.abs(value)))) / norm;
      // Stryker disable next-line EqualityOperator: equivalent — at g = groups s is undefined: the step gives NaN, written past the end
      for (let g = 0; g < groups; g++) {
        const s = subgradient[g] as number;
        // Stryker disable next-line ConditionalExpression: equivalent — a zero step leaves λ as it is (already clamped to [0, a_g])
        if (s === 0) continue;
        const next = (lambda[g] as number) + step * s;
        // Stryker disable next-line EqualityOperator: equivalent — at next = 0 or next = a_g both branches give the same number
        lambda[g] = next < 0 ? 0 : next > (weights[g] as number) ? (weights[g] as number) : next;
      }
    }
    return best;
  };

  const visit = (root: boolean): void => {
    if (picks === 0) {
      leaf();
      return;
    }
    if (available === picks) {
      // Every available site must open.
      // Stryker disable next-line ArrayDeclaration: equivalent — a string in the list opens no site (status and coverage lists have no such key) and the leaf only reads sites 0 … m − 1
      const forced: number[] = [];
      // Stryker disable next-line EqualityOperator: equivalent — status[m] is undefined, not 0
      for (let j = 0; j < m; j++) if (status[j] === 0) forced.push(j);
      for (const j of forced) open(j);
      leaf();
      for (const j of forced) unopen(j);
      return;
    }
    if (nodes >= maxNodes) {
      stopped = true;
      return;
    }
    nodes++;
    const nodeBound = bound(root ? ROOT_ITERATIONS : NODE_ITERATIONS);
    // Stryker disable next-line ConditionalExpression: equivalent — unpruned, the penalty tests fix every site (each penalty is at most the bound) and the one leaf left is the relaxed plan, already scored
    if (prunes(nodeBound)) return;
    // Lagrangian penalties at the best λ.
    lambda.set(bestLambda);
    relax();
    const ranked = rank();
    const kth = c[order[picks - 1] as number] as number;
    // available > picks here (available = picks was a leaf), so order[picks] is a ranked site.
    const next = c[order[picks] as number] as number;
    const opened: number[] = [];
    const closed: number[] = [];
    for (let t = 0; t < ranked; t++) {
      const j = order[t] as number;
      if (t < picks) {
        if (prunes(nodeBound - (c[j] as number) + next)) opened.push(j);
      } else if (prunes(nodeBound - kth + (c[j] as number))) {
        closed.push(j);
      }
    }
    // Every completion must use a site that cannot improve: nothing here can.
    if (available - closed.length < picks) return;
    for (const j of closed) close(j);
    for (const j of opened) open(j);
    if (opened.length + closed.length > 0) {
      visit(false);
    } else {
      const j = goal.mode === 'reach' ? firstAvailable() : (order[0] as number);
      open(j);
      visit(false);
      unopen(j);
      if (!stopped && !found && available - 1 >= picks) {
        close(j);
        visit(false);
        unclose(j);
      }
    }
    for (let t = opened.length - 1; t >= 0; t--) unopen(opened[t] as number);
    for (const j of closed) unclose(j);
    if (stopped) openBound = Math.max(openBound, nodeBound);
  };
  const firstAvailable = (): number => {
    for (let j = 0; j < m; j++) if (status[j] === 0) return j;
    return -1;
  };

  for (const r of required) open(r);
  visit(true);
  const complete = !stopped;
  return {
    value: found || goal.mode === 'maximize' ? bestValue : -Infinity,
    set: found || goal.mode === 'maximize' ? bestSet : [],
    bound: complete ? bestValue : Math.max(bestValue, openBound),
    complete,
    found,
    nodes,
  };
}
