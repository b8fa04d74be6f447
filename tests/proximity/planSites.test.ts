import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planSites, pMedian, setCover } from '../../src/proximity/index.ts';
import { caught, latticePosition, sanFrancisco, subsets, turfMatrix } from './helpers.ts';

/** Covered weight of a set, by brute force. */
function coveredWeight(dense: number[][], weights: number[], radius: number, set: readonly number[]): number {
  return dense.reduce((sum, row, i) => (set.some((j) => (row[j] as number) <= radius) ? sum + (weights[i] as number) : sum), 0);
}

describe('planSites — spopt San Francisco (205 tracts × 16 stores, network metres, radius 5000 m, p = 4)', () => {
  const sf = sanFrancisco();
  const demand = sf.weight.map((weight) => ({ weight }));
  const costs = { dense: sf.dense, unit: 'metres' };
  const expected = sf.expected as { spopt_expected: { n_cli_uncov: number; perc_cov: number }; mclp_optimal_sites: string[]; mclp_optimal_covered_demand: number; total_demand: number };

  it('exact search reproduces spopt test_mclp: 21 tracts uncovered, 89.756 % of tracts, demand 875,247', () => {
    const result = planSites(demand, 16, { costs, maxCost: 5000, count: 4, method: 'exact' });
    expect(result.coveredWeight).toBe(expected.mclp_optimal_covered_demand);
    expect(result.totalWeight).toBe(expected.total_demand);
    const uncovered = result.covered.length - result.covered.reduce((a, b) => a + b, 0);
    expect(uncovered).toBe(expected.spopt_expected.n_cli_uncov);
    expect((1 - uncovered / 205) * 100).toBeCloseTo(expected.spopt_expected.perc_cov, 12);
    expect(result.chosen.map((j) => sf.stores[j]).sort()).toEqual([...expected.mclp_optimal_sites].sort());
    expect(result.optimal).toBe(true);
    expect(result.trace.reduce((sum, step) => sum + step.gain, 0)).toBe(result.coveredWeight);
  });

  it('greedy picks Store_16, Store_12, Store_2, Store_11 and covers 872,611 (99.70 % of the optimum) in more tracts', () => {
    const result = planSites(demand, 16, { costs, maxCost: 5000, count: 4 });
    expect(result.chosen.map((j) => sf.stores[j])).toEqual(['Store_16', 'Store_12', 'Store_2', 'Store_11']);
    expect(result.coveredWeight).toBe(872611);
    expect(result.covered.reduce((a, b) => a + b, 0)).toBe(185);
    expect(result.trace.map((step) => step.gain)).toEqual([448255, 223683, 116925, 83748]);
    expect(result.method).toBe('greedy');
    expect(result.optimal).toBe(false);
  });

  it('p-median reproduces spopt test_p_median: mean distance 2982.1268579890657 m with the same four stores', () => {
    const result = pMedian(demand, 16, { costs, count: 4, method: 'exact' });
    expect(result.meanCost).toBeCloseTo(2982.1268579890657, 9);
    expect(result.chosen.map((j) => sf.stores[j]).sort()).toEqual(['Store_11', 'Store_12', 'Store_15', 'Store_2']);
    expect(result.unit).toBe('metres');
    const swapped = pMedian(demand, 16, { costs, count: 4, swap: true });
    expect(swapped.meanCost).toBeGreaterThanOrEqual(result.meanCost as number);
  });

  it('set cover at 5000 m needs 8 stores (spopt LSCP), and greedy needs no fewer', () => {
    const exact = setCover(demand.map(() => ({})), 16, { costs, maxCost: 5000, method: 'exact' });
    expect(exact.chosen.length).toBe(8);
    expect(exact.uncoverable.length).toBe(0);
    expect(coveredWeight(sf.dense, sf.weight.map(() => 1), 5000, exact.chosen)).toBe(205);
    const greedy = setCover(demand.map(() => ({})), 16, { costs, maxCost: 5000 });
    expect(greedy.chosen.length).toBeGreaterThanOrEqual(8);
    expect(coveredWeight(sf.dense, sf.weight.map(() => 1), 5000, greedy.chosen)).toBe(205);
  });
});

describe('planSites — greedy, swap and exact', () => {
  it('greedy is not optimal: the middle site first, then one more household (hand-computed)', () => {
    const demand = Array.from({ length: 6 }, () => ({ weight: 1 }));
    const costs = { dense: [[1, 1, 9], [1, 1, 9], [1, 9, 1], [1, 9, 1], [9, 1, 9], [9, 9, 1]] };
    const greedy = planSites(demand, 3, { costs, maxCost: 5, count: 2 });
    expect(greedy.chosen).toEqual([0, 1]);
    expect(greedy.coveredWeight).toBe(5);
    const swapped = planSites(demand, 3, { costs, maxCost: 5, count: 2, swap: true });
    expect(swapped.swaps).toEqual([{ removed: 0, added: 2, gain: 1 }]);
    expect(swapped.coveredWeight).toBe(6);
    expect(swapped.greedyCoveredWeight).toBe(5);
  });

  it('exact beats greedy + 1-swap when greedy stops at a swap-local optimum', () => {
    // Found by search: every single swap from greedy's {0, 2} covers ≤ 10; {1, 3} covers 11.
    const dense = [[9, 1, 9, 9], [1, 1, 1, 9], [9, 9, 1, 1], [1, 9, 9, 1], [9, 1, 1, 9]];
    const demand = [1, 3, 2, 2, 3].map((weight) => ({ weight }));
    const swapped = planSites(demand, 4, { costs: { dense }, maxCost: 5, count: 2, swap: true });
    expect(swapped.coveredWeight).toBe(10);
    const exact = planSites(demand, 4, { costs: { dense }, maxCost: 5, count: 2, method: 'exact' });
    expect(exact.coveredWeight).toBe(11);
    expect([...exact.chosen].sort()).toEqual([1, 3]);
  });

  it('exact equals brute force over every combination; greedy ≥ (1 − (1 − 1/p)^p) × optimum; swap never lowers coverage', () => {
    const pos = latticePosition(-121.89, 37.33, 400);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(pos, fc.integer({ min: 0, max: 9 })), { minLength: 1, maxLength: 25 }),
        fc.array(pos, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 4 }),
        fc.double({ min: 0.3, max: 6, noNaN: true }),
        (rows, candidates, countIn, radiusKm) => {
          const count = Math.min(countIn, candidates.length);
          const demand = rows.map(([location, weight]) => ({ location, weight }));
          const weights = rows.map(([, w]) => w);
          const dense = turfMatrix(rows.map(([p]) => p), candidates);
          const best = Math.max(...subsets(candidates.length, count).map((set) => coveredWeight(dense, weights, radiusKm, set)));
          const exact = planSites(demand, candidates, { radiusKm, count, method: 'exact' });
          expect(exact.coveredWeight).toBe(best);
          expect(coveredWeight(dense, weights, radiusKm, exact.chosen)).toBe(best);
          const greedy = planSites(demand, candidates, { radiusKm, count });
          expect(greedy.coveredWeight).toBeGreaterThanOrEqual((1 - (1 - 1 / count) ** count) * best - 1e-9);
          expect(greedy.trace.reduce((sum, s) => sum + s.gain, 0)).toBe(greedy.coveredWeight);
          const swapped = planSites(demand, candidates, { radiusKm, count, swap: true });
          expect(swapped.coveredWeight).toBeGreaterThanOrEqual(greedy.coveredWeight);
          expect(new Set(exact.chosen).size).toBe(count);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('keeps required sites first and never removes them in a swap', () => {
    const demand = Array.from({ length: 6 }, () => ({ weight: 1 }));
    const costs = { dense: [[1, 1, 9], [1, 1, 9], [1, 9, 1], [1, 9, 1], [9, 1, 9], [9, 9, 1]] };
    const result = planSites(demand, 3, { costs, maxCost: 5, count: 2, required: [0], swap: true });
    expect(result.chosen[0]).toBe(0);
    expect(result.trace[0]).toEqual({ site: 0, gain: 4, required: true });
    expect(result.swaps.every((s) => s.removed !== 0)).toBe(true);
    const exact = planSites(demand, 3, { costs, maxCost: 5, count: 2, required: [0], method: 'exact' });
    expect(exact.chosen[0]).toBe(0);
    expect(exact.coveredWeight).toBe(5);
  });

  it('equity priority changes the choice toward priority areas', () => {
    const demand = [{ weight: 10 }, { weight: 6 }];
    const costs = { dense: [[1, 9], [9, 1]] };
    expect(planSites(demand, 2, { costs, maxCost: 5, count: 1 }).chosen).toEqual([0]);
    const equity = planSites(demand, 2, { costs, maxCost: 5, count: 1, priority: [1, 2] });
    expect(equity.chosen).toEqual([1]);
    expect(equity.coveredWeight).toBe(12);
  });

  it('breaks equal gains toward the lowest index', () => {
    const demand = [{ weight: 1 }, { weight: 1 }];
    const result = planSites(demand, 3, { costs: { dense: [[9, 1, 9], [9, 9, 1]] }, maxCost: 5, count: 1 });
    expect(result.chosen).toEqual([1]);
  });

  it('auto switches to exact when combinations are few', () => {
    const demand = Array.from({ length: 6 }, () => ({ weight: 1 }));
    const costs = { dense: [[1, 1, 9], [1, 1, 9], [1, 9, 1], [1, 9, 1], [9, 1, 9], [9, 9, 1]] };
    const result = planSites(demand, 3, { costs, maxCost: 5, count: 2, method: 'auto' });
    expect(result.method).toBe('exact');
    expect(result.combinations).toBe(3);
    const large = planSites(demand, 3, { costs, maxCost: 5, count: 2, method: 'auto', maxCombinations: 2 });
    expect(large.method).toBe('lagrangian');
    expect(large.coveredWeight).toBe(6);
  });
});

/** A random covering instance from a seed: demand × candidate 0/1 coverage with integer weights (ties are common). */
function randomInstance(seed: number, n: number, m: number, density: number): { dense: number[][]; weights: number[] } {
  let state = seed >>> 0;
  const random = (): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
  const dense = Array.from({ length: n }, () => Array.from({ length: m }, () => (random() < density ? 1 : 9)));
  const weights = Array.from({ length: n }, () => Math.floor(random() * 6));
  return { dense, weights };
}

describe('planSites — Lagrangian branch and bound', () => {
  it('spopt San Francisco stays exact: Store_11, 12, 15 and 2 cover 875,247, proven optimal', () => {
    const sf = sanFrancisco();
    const result = planSites(sf.weight.map((weight) => ({ weight })), 16, { costs: { dense: sf.dense, unit: 'metres' }, maxCost: 5000, count: 4, method: 'lagrangian' });
    expect(result.coveredWeight).toBe(875247);
    expect(result.chosen.map((j) => sf.stores[j]).sort()).toEqual(['Store_11', 'Store_12', 'Store_15', 'Store_2']);
    expect([result.method, result.optimal, result.bound, result.gap]).toEqual(['lagrangian', true, 875247, 0]);
  });

  it('returns the same set as exact enumeration (value and lexicographic tie-break) on random instances, with required sites', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 1, max: 5 }),
        fc.double({ min: 0.05, max: 0.6, noNaN: true }),
        fc.boolean(),
        (seed, n, m, countIn, density, withRequired) => {
          const count = Math.min(countIn, m);
          const { dense, weights } = randomInstance(seed, n, m, density);
          const demand = weights.map((weight) => ({ weight }));
          const required = withRequired && count > 1 ? [m - 1] : [];
          const exact = planSites(demand, m, { costs: { dense }, maxCost: 5, count, method: 'exact', required });
          const lagrangian = planSites(demand, m, { costs: { dense }, maxCost: 5, count, method: 'lagrangian', required });
          expect(lagrangian.coveredWeight).toBe(exact.coveredWeight);
          expect([...lagrangian.chosen].sort((a, b) => a - b)).toEqual([...exact.chosen].sort((a, b) => a - b));
          expect(lagrangian.chosen).toEqual(exact.chosen);
          expect([lagrangian.optimal, lagrangian.bound, lagrangian.gap]).toEqual([true, exact.coveredWeight, 0]);
          const best = Math.max(...subsets(m, count).filter((set) => required.every((r) => set.includes(r))).map((set) => coveredWeight(dense, weights, 5, set)));
          expect(lagrangian.coveredWeight).toBe(best);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('stopped early, the bound is never below the true optimum and the gap is (bound − covered) ÷ bound', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer({ min: 1, max: 4 }), (seed, maxNodes) => {
        const { dense, weights } = randomInstance(seed, 60, 14, 0.2);
        const demand = weights.map((weight) => ({ weight }));
        const exact = planSites(demand, 14, { costs: { dense }, maxCost: 5, count: 4, method: 'exact' });
        const early = planSites(demand, 14, { costs: { dense }, maxCost: 5, count: 4, method: 'lagrangian', maxNodes });
        expect(early.coveredWeight).toBeLessThanOrEqual(exact.coveredWeight);
        expect(early.coveredWeight).toBeGreaterThanOrEqual(early.greedyCoveredWeight);
        expect(early.bound as number).toBeGreaterThanOrEqual(exact.coveredWeight - 1e-9);
        expect(early.gap).toBeCloseTo(((early.bound as number) - early.coveredWeight) / (early.bound as number), 12);
        if (early.optimal) expect(early.coveredWeight).toBe(exact.coveredWeight);
        else expect(early.warnings.some((w) => /stopped after/.test(w))).toBe(true);
        expect(early.nodes).toBeLessThanOrEqual(2 * maxNodes);
      }),
      { numRuns: 40 },
    );
  });

  it('solves problems far beyond enumeration: 10 of 120 candidates (1.2e14 combinations), proven optimal', () => {
    const { dense, weights } = randomInstance(7, 400, 120, 0.03);
    const demand = weights.map((weight) => ({ weight }));
    const result = planSites(demand, 120, { costs: { dense }, maxCost: 5, count: 10, method: 'lagrangian' });
    expect(result.combinations).toBeGreaterThan(1e13);
    expect(result.optimal).toBe(true);
    expect(result.gap).toBe(0);
    expect(result.coveredWeight).toBeGreaterThanOrEqual(result.greedyCoveredWeight);
    expect(coveredWeight(dense, weights, 5, result.chosen)).toBe(result.coveredWeight);
  });
});

describe('planSites — bad input', () => {
  const demand = [{ location: [0, 0], weight: 1 }];
  it('rejects a count larger than the candidates', () => {
    const error = caught(() => planSites(demand, [[0, 0]], { radiusKm: 1, count: 2 }));
    expect([error.code, error.path]).toEqual(['out_of_range', 'options.count']);
    expect(error.message).toMatch(/^planSites: options.count is 2 but there are only 1 candidates/);
  });
  it('rejects empty candidates, a bad radius and negative weights', () => {
    expect(caught(() => planSites(demand, [], { radiusKm: 1, count: 1 })).code).toBe('empty');
    const radius = caught(() => planSites(demand, [[0, 0]], { radiusKm: -2, count: 1 }));
    expect([radius.code, radius.path]).toEqual(['out_of_range', 'options.radiusKm']);
    const weight = caught(() => planSites([{ location: [0, 0], weight: -1 }], [[0, 0]], { radiusKm: 1, count: 1 }));
    expect([weight.code, weight.path]).toEqual(['out_of_range', 'demand[0].weight']);
  });
  it('rejects repeated or out-of-range required sites, and mismatched priorities', () => {
    const twice = caught(() => planSites(demand, [[0, 0], [1, 1]], { radiusKm: 1, count: 2, required: [1, 1] }));
    expect([twice.code, twice.path]).toEqual(['duplicate', 'options.required[1]']);
    expect(caught(() => planSites(demand, [[0, 0]], { radiusKm: 1, count: 1, required: [3] })).path).toBe('options.required[0]');
    const priority = caught(() => planSites(demand, [[0, 0]], { radiusKm: 1, count: 1, priority: [1, 2] }));
    expect([priority.code, priority.path]).toEqual(['length_mismatch', 'options.priority']);
  });
  it('rejects too many combinations for exact, and a number of candidates without costs', () => {
    const many = Array.from({ length: 40 }, (_, j) => [j / 100, 0]);
    const error = caught(() => planSites(demand, many, { radiusKm: 1, count: 20, method: 'exact', maxCombinations: 1000 }));
    expect([error.code, error.path]).toEqual(['out_of_range', 'options.maxCombinations']);
    expect(caught(() => planSites(demand, 3, { radiusKm: 1, count: 1 })).path).toBe('candidates');
  });
  it('rejects swapped candidate positions and cost matrices of the wrong shape', () => {
    const swapped = caught(() => planSites(demand, [[37.3, -121.9]], { radiusKm: 1, count: 1 }));
    expect([swapped.path, swapped.hint]).toEqual(['candidates[0]', 'positions are [lng, lat] — swapped?']);
    const shape = caught(() => planSites([{ weight: 1 }], 2, { costs: { dense: [[1]] }, maxCost: 2, count: 1 }));
    expect([shape.code, shape.path]).toEqual(['length_mismatch', 'options.costs.dense[0]']);
  });
});

describe('pMedian and setCover — small cases', () => {
  it('pMedian exact equals brute force', () => {
    const pos = latticePosition(-121.89, 37.33, 300);
    fc.assert(
      fc.property(fc.array(fc.tuple(pos, fc.integer({ min: 1, max: 5 })), { minLength: 1, maxLength: 15 }), fc.array(pos, { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 3 }), (rows, candidates, k) => {
        const count = Math.min(k, candidates.length);
        const dense = turfMatrix(rows.map(([p]) => p), candidates);
        const cost = (set: number[]): number => dense.reduce((sum, row, i) => sum + (rows[i] as [unknown, number])[1] * Math.min(...set.map((j) => row[j] as number)), 0);
        const best = Math.min(...subsets(candidates.length, count).map(cost));
        const result = pMedian(rows.map(([location, weight]) => ({ location, weight })), candidates, { count, method: 'exact' });
        expect(Math.abs(result.totalCost - best)).toBeLessThanOrEqual(1e-9 * Math.max(1, best));
      }),
      { numRuns: 40 },
    );
  });
  it('setCover lists demand no candidate reaches', () => {
    const result = setCover([{}, {}, {}], 2, { costs: { dense: [[1, 9], [9, 1], [9, 9]] }, maxCost: 5, method: 'exact' });
    expect(result.chosen).toEqual([0, 1]);
    expect(Array.from(result.uncoverable)).toEqual([2]);
  });
});
