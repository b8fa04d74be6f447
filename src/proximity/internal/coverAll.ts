/**
 * Can `count` sites cover every demand location? The decision problem inside p-center, answered by a
 * depth-first branch and bound built for covering (no solver):
 *
 * - a node fails as soon as some uncovered location has no available candidate left, or when a packing of
 *   uncovered locations with pairwise disjoint candidate lists (each needs its own site) is larger than the
 *   sites left to open;
 * - `'group'` branching takes the uncovered location with the fewest available candidates and tries each of
 *   them in turn (the ones covering the most first), closing each after its turn, so no set is visited twice;
 * - `'index'` branching opens or closes the lowest-index available candidate, open first: depth first, this
 *   visits sets in lexicographic order, so the first cover found is the lexicographically smallest.
 *
 * {@link smallestCover} finds the lexicographically smallest cover faster, one candidate at a time.
 *
 * @internal
 * @module
 */
import { candidateLists } from './lagrangianCover.ts';
import type { CoverSets } from './maxCover.ts';

/** Result of {@link coverAllSearch}. */
export interface CoverAllResult {
  /** A cover was found. */
  readonly found: boolean;
  /** The search finished (found, or proved that none exists) within the node limit. */
  readonly complete: boolean;
  /** The cover (required included, padded to `count` with the lowest-index free candidates), ascending. */
  readonly set: number[];
  /** Nodes explored. */
  readonly nodes: number;
}

/**
 * Looks for `count` sites (the `required` ones included, the `excluded` ones left out) covering every demand
 * location of `sets`.
 */
export function coverAllSearch(
  allSets: CoverSets,
  required: readonly number[],
  excluded: readonly number[],
  count: number,
  branching: 'group' | 'index',
  maxNodes: number,
): CoverAllResult {
  const sets = minimalGroups(allSets);
  const m = sets.candidateCount;
  const groups = sets.demandCount;
  const { start, demand } = sets;
  const { start: groupStart, candidates: groupCandidates } = candidateLists(sets);
  const status = new Uint8Array(m); // 0 available, 1 open, 2 closed
  const coverCount = new Int32Array(groups);
  const availableCount = Int32Array.from({ length: groups }, (_, g) => (groupStart[g + 1] as number) - (groupStart[g] as number));
  const used = new Uint8Array(m);
  let uncovered = groups;
  let dead = 0;
  let picks = count;
  let available = m;
  let nodes = 0;
  let stopped = false;
  let found: number[] | null = null;

  const open = (j: number): void => {
    status[j] = 1;
    picks--;
    available--;
    for (let p = start[j] as number; p < (start[j + 1] as number); p++) {
      const g = demand[p] as number;
      availableCount[g] = (availableCount[g] as number) - 1;
      coverCount[g] = (coverCount[g] as number) + 1;
      if (coverCount[g] === 1) uncovered--;
    }
  };
  const unopen = (j: number): void => {
    status[j] = 0;
    picks++;
    available++;
    for (let p = start[j] as number; p < (start[j + 1] as number); p++) {
      const g = demand[p] as number;
      coverCount[g] = (coverCount[g] as number) - 1;
      if (coverCount[g] === 0) uncovered++;
      availableCount[g] = (availableCount[g] as number) + 1;
    }
  };
  const close = (j: number): void => {
    status[j] = 2;
    available--;
    for (let p = start[j] as number; p < (start[j + 1] as number); p++) {
      const g = demand[p] as number;
      availableCount[g] = (availableCount[g] as number) - 1;
      if (availableCount[g] === 0 && coverCount[g] === 0) dead++;
    }
  };
  const unclose = (j: number): void => {
    status[j] = 0;
    available++;
    for (let p = start[j] as number; p < (start[j + 1] as number); p++) {
      const g = demand[p] as number;
      if (availableCount[g] === 0 && coverCount[g] === 0) dead--;
      availableCount[g] = (availableCount[g] as number) + 1;
    }
  };
  /** Uncovered locations with pairwise disjoint available candidates: each needs a site of its own. */
  const disjointNeed = (): number => {
    let need = 0;
    // Stryker disable next-line ConditionalExpression, EqualityOperator: equivalent — stopping once need > picks only saves work (need never falls), and coverCount[groups] is undefined, so g = groups is skipped
    for (let g = 0; g < groups && need <= picks; g++) {
      if (coverCount[g] !== 0) continue;
      let free = true;
      for (let p = groupStart[g] as number; p < (groupStart[g + 1] as number); p++) {
        const j = groupCandidates[p] as number;
        if (status[j] === 0 && used[j] === 1) {
          free = false;
          break;
        }
      }
      if (!free) continue;
      need++;
      for (let p = groupStart[g] as number; p < (groupStart[g + 1] as number); p++) used[groupCandidates[p] as number] = 1;
    }
    used.fill(0);
    return need;
  };
  const record = (): void => {
    const set: number[] = [];
    // Stryker disable next-line EqualityOperator: equivalent — status[m] is undefined, so j = m adds nothing
    for (let j = 0; j < m; j++) if (status[j] === 1) set.push(j);
    // Pad with the lowest-index available candidates (what index branching would open next); there are enough, as a
    // search keeps open + available ≥ count wherever a cover is found.
    // Stryker disable next-line ConditionalExpression, EqualityOperator: equivalent — the padding reaches count before j reaches m (see above), and status[m] is undefined
    for (let j = 0; j < m && set.length < count; j++) if (status[j] === 0) set.push(j);
    found = set.sort((a, b) => a - b);
  };

  // Callers stop branching once a cover is found or the node limit is reached, so every visit starts with neither.
  const visit = (): void => {
    if (uncovered === 0) {
      record();
      return;
    }
    if (picks === 0 || dead > 0) return;
    if (nodes >= maxNodes) {
      stopped = true;
      return;
    }
    nodes++;
    if (disjointNeed() > picks) return;
    if (branching === 'index') {
      // available ≥ picks > 0 at every node (checked before the root, kept by open and by the test before close), so
      // some candidate is available.
      const j = status.indexOf(0);
      open(j);
      visit();
      unopen(j);
      if (found !== null || stopped || available - 1 < picks) return;
      close(j);
      visit();
      unclose(j);
      return;
    }
    // The uncovered location with the fewest available candidates.
    let target = -1;
    // Stryker disable next-line EqualityOperator: equivalent — coverCount[groups] is undefined, so g = groups is skipped
    for (let g = 0; g < groups; g++) {
      if (coverCount[g] !== 0) continue;
      if (target < 0 || (availableCount[g] as number) < (availableCount[target] as number)) target = g;
    }
    const options: number[] = [];
    for (let p = groupStart[target] as number; p < (groupStart[target + 1] as number); p++) {
      const j = groupCandidates[p] as number;
      if (status[j] === 0) options.push(j);
    }
    const reach = options.map((j) => {
      let k = 0;
      for (let p = start[j] as number; p < (start[j + 1] as number); p++) if (coverCount[demand[p] as number] === 0) k++;
      return k;
    });
    // The sort is stable and options ascend, so ties keep the lower index first.
    const order = options.map((_, t) => t).sort((a, b) => (reach[b] as number) - (reach[a] as number));
    // Stryker disable next-line ArrayDeclaration: equivalent — unclosing a non-index only raises available, which group branching never reads after the root
    const closed: number[] = [];
    for (const t of order) {
      const j = options[t] as number;
      open(j);
      visit();
      unopen(j);
      if (found !== null || stopped) break;
      close(j);
      closed.push(j);
    }
    // Stryker disable next-line ArithmeticOperator: equivalent — two extra unclose(undefined) only raise available, which group branching never reads after the root
    for (let t = closed.length - 1; t >= 0; t--) unclose(closed[t] as number);
  };

  for (const r of required) open(r);
  for (const x of excluded) close(x);
  if (available >= picks) visit();
  const result: number[] | null = found;
  // A search that found a cover did not stop (it stops only before recording one).
  return { found: result !== null, complete: !stopped, set: result ?? [], nodes };
}

/**
 * Drops every location whose candidate list contains another location's list (row dominance): a site that
 * covers the smaller list covers the larger one too, so the covers of the reduced problem are exactly those of
 * the full one. Lists are distinct (merged beforehand).
 */
function minimalGroups(sets: CoverSets): CoverSets {
  const m = sets.candidateCount;
  const groups = sets.demandCount;
  const { start, demand } = sets;
  const { start: groupStart, candidates } = candidateLists(sets);
  const size = (g: number): number => (groupStart[g + 1] as number) - (groupStart[g] as number);
  const dominated = new Uint8Array(groups);
  const bySize = Array.from({ length: groups }, (_, g) => g);
  // Smallest lists first, so that lists they drop are skipped. The order only saves work: whatever it is, a list is
  // dropped exactly when it contains another (distinct) list.
  // Stryker disable next-line MethodExpression, ArrowFunction, ConditionalExpression, LogicalOperator, ArithmeticOperator: equivalent — the order only saves work, the lists dropped are the same
  bySize.sort((a, b) => size(a) - size(b) || a - b);
  for (const g of bySize) {
    // Stryker disable next-line ConditionalExpression: equivalent — a dropped list's supersets contain the smaller list that dropped it and are dropped anyway
    if (dominated[g] === 1) continue;
    // Supersets of g's list all contain its rarest candidate.
    let rare = -1;
    for (let p = groupStart[g] as number; p < (groupStart[g + 1] as number); p++) {
      const j = candidates[p] as number;
      // Stryker disable next-line ConditionalExpression, EqualityOperator, ArithmeticOperator: equivalent — every candidate of g's list is in each superset, the rarest only scans the fewest lists
      if (rare < 0 || (start[j + 1] as number) - (start[j] as number) < (start[rare + 1] as number) - (start[rare] as number)) rare = j;
    }
    // Stryker disable next-line EqualityOperator: equivalent — one step more reads the next candidate's first list (dropped only if it does contain g's list) or undefined (no list)
    for (let q = start[rare] as number; q < (start[rare + 1] as number); q++) {
      const h = demand[q] as number;
      // g itself and lists of its size (other lists, as lists are distinct) cannot contain g's list strictly.
      if (size(h) <= size(g)) continue;
      // Is g's sorted list inside h's?
      let a = groupStart[g] as number;
      let b = groupStart[h] as number;
      const aEnd = groupStart[g + 1] as number;
      const bEnd = groupStart[h + 1] as number;
      while (a < aEnd && b < bEnd) {
        if (candidates[a] === candidates[b]) a++;
        b++;
      }
      if (a === aEnd) dominated[h] = 1;
    }
  }
  const keep: number[] = [];
  const index = new Int32Array(groups);
  // Stryker disable next-line EqualityOperator: equivalent — dominated[groups] is undefined, so g = groups keeps nothing
  for (let g = 0; g < groups; g++) {
    if (dominated[g] === 0) {
      index[g] = keep.length;
      keep.push(g);
    }
  }
  const newStart = new Int32Array(m + 1);
  // Stryker disable next-line EqualityOperator: equivalent — start[m + 1] is undefined, so j = m counts nothing and its write is past the end
  for (let j = 0; j < m; j++) {
    let k = 0;
    for (let p = start[j] as number; p < (start[j + 1] as number); p++) if (dominated[demand[p] as number] === 0) k++;
    newStart[j + 1] = (newStart[j] as number) + k;
  }
  const newDemand = new Int32Array(newStart[m] as number);
  let w = 0;
  // Stryker disable next-line EqualityOperator: equivalent — start[m + 1] is undefined, so j = m writes nothing
  for (let j = 0; j < m; j++) for (let p = start[j] as number; p < (start[j + 1] as number); p++) if (dominated[demand[p] as number] === 0) newDemand[w++] = index[demand[p] as number] as number;
  return { demandCount: keep.length, candidateCount: m, start: newStart, demand: newDemand };
}

/**
 * The lexicographically smallest cover of `count` sites, given one cover: candidates are decided in index order
 * — a candidate opens when some cover contains it together with the candidates opened before it (and none of
 * those left out), which the given cover often shows at once and a search decides otherwise. Returns null when
 * a search exceeds the node limit.
 */
export function smallestCover(
  sets: CoverSets,
  required: readonly number[],
  count: number,
  cover: readonly number[],
  maxNodes: number,
): { set: number[]; nodes: number } | null {
  const m = sets.candidateCount;
  const opened = [...required];
  const isOpen = new Uint8Array(m);
  for (const r of required) isOpen[r] = 1;
  // Stryker disable next-line ArrayDeclaration: equivalent — a placeholder only lowers available by one, and a search runs only when the cover so far leaves a free candidate out, so available ≥ picks still holds at the root
  const excluded: number[] = [];
  let current = [...cover];
  let nodes = 0;
  // Every candidate below j is open or excluded and some cover of count sites contains the open ones, so count are open
  // before j reaches m.
  // Stryker disable next-line ConditionalExpression, EqualityOperator: equivalent — the loop ends on opened.length = count before j reaches m
  for (let j = 0; j < m && opened.length < count; j++) {
    if (isOpen[j] === 1) continue;
    if (current.includes(j)) {
      opened.push(j);
      isOpen[j] = 1;
      continue;
    }
    // Stryker disable next-line StringLiteral: equivalent — any branching other than 'index' is group branching
    const test = coverAllSearch(sets, [...opened, j], excluded, count, 'group', maxNodes);
    nodes += test.nodes;
    if (test.found) {
      current = test.set;
      opened.push(j);
      isOpen[j] = 1;
    } else if (test.complete) {
      excluded.push(j);
    } else {
      return null;
    }
  }
  return { set: opened.sort((a, b) => a - b), nodes };
}
