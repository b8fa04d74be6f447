import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CoverAllResult, coverAllSearch, smallestCover } from '../../src/proximity/internal/coverAll.ts';
import type { CoverSets } from '../../src/proximity/internal/maxCover.ts';
import { subsets } from './helpers.ts';

/** Coverage lists from each demand location's candidate list (what `buildCoverSets` would make). */
function setsOf(m: number, lists: readonly (readonly number[])[]): CoverSets {
  const start = new Int32Array(m + 1);
  const demand: number[] = [];
  for (let j = 0; j < m; j++) {
    lists.forEach((list, i) => {
      if (list.includes(j)) demand.push(i);
    });
    start[j + 1] = demand.length;
  }
  return { demandCount: lists.length, candidateCount: m, start, demand: Int32Array.from(demand) };
}

const covers = (lists: readonly (readonly number[])[], set: readonly number[]): boolean => lists.every((list) => list.some((j) => set.includes(j)));

/** Brute force: the covers of `count` sites with `required` in and `excluded` out, in lexicographic order. */
function allCovers(m: number, lists: readonly (readonly number[])[], required: readonly number[], excluded: readonly number[], count: number): number[][] {
  return subsets(m, count).filter((set) => required.every((r) => set.includes(r)) && !excluded.some((x) => set.includes(x)) && covers(lists, set));
}

/** A search that proves there is no cover, after `nodes` nodes. */
const none = (nodes: number): CoverAllResult => ({ found: false, complete: true, set: [], nodes });

/** A search that found `set`, after `nodes` nodes. */
const cover = (set: number[], nodes: number): CoverAllResult => ({ found: true, complete: true, set, nodes });

/** The fewest sites that cover every list (m + 1 when none do: some list is empty). */
function smallestCount(m: number, lists: readonly (readonly number[])[]): number {
  for (let k = 0; k <= m; k++) if (subsets(m, k).some((set) => covers(lists, set))) return k;
  return m + 1;
}

/**
 * A random instance: m candidates, distinct candidate lists of 1–3 candidates (or any subset when `dense`; empty ones
 * too when `allowEmpty`), a few required and excluded candidates, and a count near the fewest sites that cover
 * everything (one below, equal or one above), where a search has to backtrack. Unbiased: large instances are common.
 */
const instance = (allowEmpty: boolean) =>
  fc
    .noBias(
      fc.record({
        m: fc.integer({ min: 1, max: 9 }),
        dense: fc.integer({ min: 0, max: 3 }),
        lists: fc.array(fc.tuple(fc.integer({ min: 0, max: 511 }), fc.array(fc.nat({ max: 8 }), { minLength: 1, maxLength: 3 })), { minLength: 1, maxLength: 14 }),
        roles: fc.array(fc.integer({ min: 0, max: 11 }), { minLength: 9, maxLength: 9 }),
        offset: fc.integer({ min: -1, max: 1 }),
      }),
    )
    .map(({ m, dense, lists: raw, roles, offset }) => {
      const full = (1 << m) - 1;
      const masks = raw.map(([mask, few]) => (dense === 0 ? mask & full : few.reduce((acc, j) => acc | (1 << (j % m)), 0)));
      const distinct = [...new Set(masks)].filter((mask) => allowEmpty || mask !== 0);
      const lists = (distinct.length === 0 ? [full] : distinct).map((mask) => Array.from({ length: m }, (_, j) => j).filter((j) => (mask >> j) & 1));
      // Role 0 → required, 1 → excluded, otherwise free.
      const required = roles.slice(0, m).flatMap((r, j) => (r === 0 ? [j] : []));
      const excluded = roles.slice(0, m).flatMap((r, j) => (r === 1 ? [j] : []));
      const count = Math.max(required.length, Math.min(m, smallestCount(m, lists) + offset));
      return { m, lists, required, excluded, count };
    });

describe('coverAllSearch — against enumeration', () => {
  it("'index' branching finds the lexicographically smallest cover, or proves there is none", () => {
    fc.assert(
      fc.property(instance(true), ({ m, lists, required, excluded, count }) => {
        const result = coverAllSearch(setsOf(m, lists), required, excluded, count, 'index', 1_000_000);
        const expected = allCovers(m, lists, required, excluded, count);
        expect(result.found).toBe(expected.length > 0);
        expect(result.complete).toBe(true);
        expect(result.set).toEqual(expected[0] ?? []);
      }),
      { seed: 53, numRuns: 1000 },
    );
  });

  it("'group' branching finds a cover of exactly `count` sites (required in, excluded out), or proves there is none", () => {
    fc.assert(
      fc.property(instance(true), ({ m, lists, required, excluded, count }) => {
        const result = coverAllSearch(setsOf(m, lists), required, excluded, count, 'group', 1_000_000);
        const expected = allCovers(m, lists, required, excluded, count);
        expect(result.found).toBe(expected.length > 0);
        expect(result.complete).toBe(true);
        if (expected.length === 0) expect(result.set).toEqual([]);
        else expect(expected).toContainEqual(result.set);
      }),
      { seed: 531, numRuns: 1000 },
    );
  });

  it('a node limit one below the nodes a search takes stops it (not complete, nothing found); the exact limit does not', () => {
    fc.assert(
      fc.property(instance(false), fc.constantFrom<'group' | 'index'>('group', 'index'), ({ m, lists, required, excluded, count }, branching) => {
        const sets = setsOf(m, lists);
        const full = coverAllSearch(sets, required, excluded, count, branching, 1_000_000);
        expect(coverAllSearch(sets, required, excluded, count, branching, Math.max(full.nodes, 1))).toEqual(full);
        if (full.nodes === 0) return;
        const cut = coverAllSearch(sets, required, excluded, count, branching, full.nodes - 1);
        expect(cut).toEqual({ found: false, complete: false, set: [], nodes: full.nodes - 1 });
      }),
      { seed: 532, numRuns: 600 },
    );
  });
});

describe('smallestCover — against enumeration', () => {
  it('returns the lexicographically smallest cover with the required sites, from any cover', () => {
    fc.assert(
      fc.property(instance(false), fc.nat(), ({ m, lists, required, count }, pick) => {
        const expected = allCovers(m, lists, required, [], count);
        if (expected.length === 0) return;
        const given = expected[pick % expected.length] as number[];
        const result = smallestCover(setsOf(m, lists), required, count, given, 1_000_000);
        expect(result?.set).toEqual(expected[0]);
      }),
      { seed: 533, numRuns: 1000 },
    );
  });
});

describe('coverAllSearch — pruning, by the nodes a search takes', () => {
  // Each case: candidates, candidate lists, required, excluded, count → the result of 'index' and of 'group' branching.
  // A node is a visit that passes the cheap tests (not covered yet, sites left, no location without an available
  // candidate) and is counted before the packing bound is taken.
  const cases: [string, number, number[][], number[], number[], number, CoverAllResult, CoverAllResult][] = [
    // Excluding candidate 0 leaves location 0 with no candidate: the root fails before it counts a node.
    ['an excluded site leaves a location with no candidate', 2, [[0]], [], [0], 1, none(0), none(0)],
    ['the same, the dead location second', 2, [[1], [0]], [], [0], 1, none(0), none(0)],
    // Required site 1 uses the only site and leaves location 0 uncovered: the root fails before it counts a node.
    ['the required sites use every site', 2, [[0]], [1], [], 1, none(0), none(0)],
    // Index: the root (1), open 0 fails at once (no site left), 0 closed (2), open 1 covers. Group: the root opens 1.
    ['one list, its one candidate second', 2, [[1]], [], [], 1, cover([1], 2), cover([1], 1)],
    // Lists {1} and {2} share no candidate: the packing needs 2 sites, 1 is allowed, so the root fails (1 node).
    ['a packing of two disjoint lists against one site', 3, [[1], [2]], [], [], 1, none(1), none(1)],
    // Required 3 covers {0,3}; {1} dominates {1,2} and {1,3}; {0,2} and {1} are disjoint: 2 > 1 site left (1 node).
    ['a packing after the required site', 4, [[1, 2], [1, 3], [0, 2], [1], [0, 3]], [3], [], 2, none(1), none(1)],
    // Index: the root (1), 0 closed (2); there opening 1 leaves {0,2} uncovered with no site left, closing 1 kills
    // {0,1}. Group: the root only — after {1,2} (the first of the smallest lists), each option leaves no site.
    ['one site for three pairwise overlapping pairs', 3, [[1, 2], [0, 1], [0, 2]], [], [], 1, none(2), none(1)],
    // Index: root (1); open 0 (2), close 1 there (3, packing {2},{3} > 1); closing 0 kills {0}.
    ['a forced site that cannot finish the cover', 4, [[0], [1, 2], [1, 3], [2, 3]], [], [], 2, none(3), none(2)],
    ['two sites, five lists', 5, [[1], [1, 4], [0, 2, 3], [0, 2, 4], [3, 4]], [], [], 2, none(5), none(2)],
    ['two sites, six lists', 6, [[1, 3], [1, 4], [3, 4, 5], [1, 3, 4], [0, 5], [0, 2, 3]], [], [], 2, none(7), none(3)],
    // Index: the root (1) counts the empty list as one site needed (1 ≤ 1); opening 0 leaves no site, and closing it
    // would leave fewer candidates than sites to open.
    ['a location no candidate covers', 1, [[]], [], [], 1, none(1), none(1)],
    // Group: {2} is dropped ({1,2} contains it); the root branches on {2}, the only list with one candidate (1); with
    // 2 open, on {0,3} (2), whose options each leave a list uncovered.
    ['the location with the fewest available candidates first', 4, [[0, 3], [0, 1], [1, 3], [1, 2], [2]], [], [], 2, none(3), none(2)],
    // Group: every list has two candidates, so the first, {1,2}, is branched on: 1 first (both reach two lists, the
    // lower index first), then {0,2} with 0 first: {0,1}, the lexicographically smallest cover too.
    ['ties between locations go to the first', 4, [[1, 2], [1, 3], [0, 2]], [], [], 2, cover([0, 1], 2), cover([0, 1], 2)],
    // Group: on {1,2}, candidate 2 reaches both lists and goes first, covering everything at the root (1 node); the
    // cover is padded with the lowest free candidates.
    ['the option that reaches the most lists first', 3, [[1, 2], [0, 2]], [], [], 3, cover([0, 1, 2], 2), cover([0, 1, 2], 1)],
    // Group: required 2 covers {1,2}; on {0,1} both options reach one uncovered list, so 0 goes first.
    ['reach counts only uncovered lists', 3, [[0, 1], [1, 2]], [2], [], 2, cover([0, 2], 1), cover([0, 2], 1)],
    // Group: on {1,2}, 1 reaches both lists (2 reaches one) and covers everything; padded with 0.
    ['a padded cover', 3, [[1, 2], [0, 1]], [], [], 2, cover([0, 1], 2), cover([0, 1], 1)],
    // {0,1} and {0,2} contain {0} and are dropped; {1}, {0} and {2,3} (3 excluded) need 3 > 2 sites (1 node).
    ['lists that contain another are dropped', 4, [[1], [0, 2], [0, 1], [0], [2, 3]], [], [3], 2, none(1), none(1)],
    // {2} drops {0,2}; {0,1} and {2} need 2 > 1 sites (1 node).
    ['a superset listed first is dropped', 3, [[0, 2], [0, 1], [2]], [], [], 1, none(1), none(1)],
    // {1} and {2} drop {0,1,2} (a list that contains both); they need 2 > 1 sites (1 node).
    ['a list containing two others is dropped', 3, [[0, 1, 2], [1], [2]], [], [], 1, none(1), none(1)],
    // Group: the root (1) branches on {2,3} (two candidates, first): 2 and 3 both reach two lists, 2 first (2); then
    // on {3,4}, where 4 reaches both uncovered lists: {2,4}, padded with 0. Index finds the smallest cover, {0,1,3}.
    ['no list contains another', 5, [[2, 3], [0, 1, 4], [0, 1, 2], [3, 4]], [], [], 3, cover([0, 1, 3], 4), cover([0, 2, 4], 2)],
  ];
  it.each(cases)('%s', (_, m, lists, required, excluded, count, index, group) => {
    // 'index' branching returns the lexicographically smallest cover.
    expect(allCovers(m, lists, required, excluded, count)[0] ?? []).toEqual(index.set);
    expect(coverAllSearch(setsOf(m, lists), required, excluded, count, 'index', 1_000_000)).toEqual(index);
    expect(coverAllSearch(setsOf(m, lists), required, excluded, count, 'group', 1_000_000)).toEqual(group);
  });
});

describe('smallestCover — what it searches', () => {
  it('takes each candidate of the given cover without a search when it is already the smallest', () => {
    expect(smallestCover(setsOf(2, [[0], [1]]), [], 2, [0, 1], 100)).toEqual({ set: [0, 1], nodes: 0 });
  });

  it('tests the candidates before the given cover one search each: {2,4} from {3,4} after 3 nodes', () => {
    // Lists {0,4}, {1,4}, {2,3}, two sites: 0 and 1 each leave two disjoint lists for one site (a node each); with 2,
    // the search opens 4 (a node). 3 is not in that cover, so it is tested too: 2 and 3 leave {0,4} uncovered with no
    // site to open, which fails before a node is counted. 4 is taken from the cover.
    const lists = [[0, 4], [1, 4], [2, 3]];
    expect(allCovers(5, lists, [], [], 2)[0]).toEqual([2, 4]);
    expect(smallestCover(setsOf(5, lists), [], 2, [3, 4], 100)).toEqual({ set: [2, 4], nodes: 3 });
  });

  it('returns the sites in ascending order, required ones included', () => {
    // Required 2 covers {1,2}; 0 then covers {0,1}, found at the root of its search.
    expect(smallestCover(setsOf(3, [[0, 1], [1, 2]]), [2], 2, [1, 2], 100)).toEqual({ set: [0, 2], nodes: 0 });
  });

  it('keeps the candidates it has proved in no cover out of later searches', () => {
    const lists = [[2, 6], [1, 6], [0, 2, 5], [4], [3, 5, 6], [1, 3, 5]];
    expect(allCovers(7, lists, [], [], 3)[0]).toEqual([4, 5, 6]);
    expect(smallestCover(setsOf(7, lists), [], 3, [4, 5, 6], 100)).toEqual({ set: [4, 5, 6], nodes: 5 });
    const more = [[3, 4], [1, 5], [2, 3], [2, 5], [1, 3], [0, 3, 5], [1, 2]];
    expect(allCovers(6, more, [], [], 3)[0]).toEqual([1, 2, 3]);
    expect(smallestCover(setsOf(6, more), [], 3, [1, 2, 3], 100)).toEqual({ set: [1, 2, 3], nodes: 3 });
  });

  it('gives up (null) when a search exceeds the node limit', () => {
    const lists = [[1, 3], [0, 2], [2, 3], [4], [1, 2], [3, 4]];
    expect(smallestCover(setsOf(5, lists), [], 3, [1, 2, 4], 100)).toEqual({ set: [1, 2, 4], nodes: 2 });
    // Deciding that 0 is in no cover takes a search of 2 nodes.
    expect(smallestCover(setsOf(5, lists), [], 3, [1, 2, 4], 1)).toBeNull();
  });
});
