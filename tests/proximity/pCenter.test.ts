import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pCenter } from '../../src/proximity/index.ts';
import { caught, latticePosition, sanFrancisco, subsets, turfMatrix } from './helpers.ts';

/** Brute force: the farthest cost of a set over the demand some candidate reaches. */
function farthest(dense: number[][], set: readonly number[]): number {
  let worst = 0;
  for (const row of dense) {
    if (!row.some((c) => Number.isFinite(c))) continue;
    worst = Math.max(worst, Math.min(...set.map((j) => row[j] as number)));
  }
  return worst;
}

describe('pCenter — spopt San Francisco (205 tracts × 16 stores, network metres, p = 4)', () => {
  it('matches exhaustive search over all 1,820 sets: Store_11, 13, 15 and 7, farthest tract 7403.063810849859 m', () => {
    // spopt's test_p_center checks the solver status only; the optimum here is the exhaustive-search value recorded in
    // /work/shared/reference/spatial.md §4, recomputed below.
    const sf = sanFrancisco();
    const result = pCenter(sf.tracts.map(() => ({})), 16, { costs: { dense: sf.dense, unit: 'metres' }, count: 4 });
    expect(result.farthestCost).toBe(7403.063810849859);
    expect(result.chosen.map((j) => sf.stores[j]).sort()).toEqual(['Store_11', 'Store_13', 'Store_15', 'Store_7']);
    expect([result.optimal, result.lowerBound, result.gap]).toEqual([true, 7403.063810849859, 0]);
    const best = Math.min(...subsets(16, 4).map((set) => farthest(sf.dense, set)));
    expect(result.farthestCost).toBe(best);
    // The trace explains the choice: each site with the farthest cost once it is open.
    expect(result.trace.at(-1)?.farthestCost).toBe(7403.063810849859);
    const costs = result.trace.map((step) => step.farthestCost as number);
    expect(costs.every((c, t) => t === 0 || c <= (costs[t - 1] as number))).toBe(true);
    expect(sf.dense[result.farthestDemand]![result.assignment[result.farthestDemand] as number]).toBe(7403.063810849859);
    expect(result.unit).toBe('metres');
  });
});

describe('pCenter — exact against enumeration', () => {
  it('equals brute force over every set, and returns the lexicographically smallest optimal set', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 6, maxLength: 6 }), { minLength: 1, maxLength: 15 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 4 }),
        fc.boolean(),
        (rows, m, countIn, withRequired) => {
          const count = Math.min(countIn, m);
          // Integer costs (ties are common); 12 stands for "unreachable".
          const dense = rows.map((row) => row.slice(0, m).map((c) => (c === 12 ? Infinity : c)));
          const required = withRequired && count > 1 ? [0] : [];
          const result = pCenter(dense.map(() => ({})), m, { costs: { dense }, count, required });
          const feasible = subsets(m, count).filter((set) => required.every((r) => set.includes(r)));
          const values = feasible.map((set) => farthest(dense, set));
          const best = Math.min(...values);
          if (best === Infinity) {
            expect(result.farthestCost).toBeNull();
            return;
          }
          expect(result.farthestCost).toBe(best);
          expect(result.optimal).toBe(true);
          expect([...result.chosen].sort((a, b) => a - b)).toEqual(feasible[values.indexOf(best)]);
          expect(result.chosen.slice(0, required.length)).toEqual(required);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('with coordinates, distances are turf km and greedy is never better than exact', () => {
    const pos = latticePosition(-121.89, 37.33, 400);
    fc.assert(
      fc.property(fc.array(pos, { minLength: 1, maxLength: 20 }), fc.array(pos, { minLength: 1, maxLength: 7 }), fc.integer({ min: 1, max: 3 }), (homes, candidates, countIn) => {
        const count = Math.min(countIn, candidates.length);
        const exact = pCenter(homes.map((location) => ({ location })), candidates, { count });
        const greedy = pCenter(homes.map((location) => ({ location })), candidates, { count, method: 'greedy' });
        const dense = turfMatrix(homes, candidates);
        expect(exact.farthestCost).toBe(Math.min(...subsets(candidates.length, count).map((set) => farthest(dense, set))));
        expect(greedy.farthestCost as number).toBeGreaterThanOrEqual(exact.farthestCost as number);
        expect([greedy.lowerBound, greedy.gap, greedy.optimal]).toEqual([null, null, false]);
      }),
      { numRuns: 40 },
    );
  });
});

describe('pCenter — stops early with a proven bound', () => {
  it('with maxNodes 1 the lower bound never exceeds the optimum, and the gap says how far it may be', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (seed) => {
        let state = seed >>> 0;
        const random = (): number => {
          state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
          return state / 4294967296;
        };
        const dense = Array.from({ length: 40 }, () => Array.from({ length: 10 }, () => Math.round(random() * 1000)));
        const exact = pCenter(dense.map(() => ({})), 10, { costs: { dense }, count: 3 });
        const early = pCenter(dense.map(() => ({})), 10, { costs: { dense }, count: 3, maxNodes: 1 });
        expect(early.lowerBound as number).toBeLessThanOrEqual(exact.farthestCost as number);
        expect(early.farthestCost as number).toBeGreaterThanOrEqual(exact.farthestCost as number);
        expect(early.gap).toBeCloseTo(((early.farthestCost as number) - (early.lowerBound as number)) / (early.farthestCost as number), 12);
        if (!early.optimal) expect(early.warnings.some((w) => /stopped after 1 nodes/.test(w))).toBe(true);
      }),
      { numRuns: 30 },
    );
  });
});

describe('pCenter — bad input and undefined results', () => {
  it('demand no candidate reaches is left out and listed; no set reaching every location gives null', () => {
    const result = pCenter([{}, {}, {}], 2, { costs: { dense: [[1, 5], [Infinity, Infinity], [4, 2]] }, count: 1 });
    expect(Array.from(result.uncoverable)).toEqual([1]);
    expect(result.farthestCost).toBe(4);
    expect(result.chosen).toEqual([0]);
    const none = pCenter([{}, {}], 2, { costs: { dense: [[1, Infinity], [Infinity, 1]] }, count: 1 });
    expect(none.farthestCost).toBeNull();
    expect(none.warnings.some((w) => /no choice of 1 sites reaches every/.test(w))).toBe(true);
  });
  it('rejects a count above the candidates, an unknown method and a misspelt option', () => {
    expect(caught(() => pCenter([{}], 2, { costs: { dense: [[1, 2]] }, count: 3 })).path).toBe('options.count');
    expect(caught(() => pCenter([{}], 2, { costs: { dense: [[1, 2]] }, count: 1, method: 'lagrangian' as never })).path).toBe('options.method');
    expect(caught(() => pCenter([{}], 2, { costs: { dense: [[1, 2]] }, count: 1, maxnodes: 3 } as never)).hint).toBe('did you mean "maxNodes"?');
  });
});
