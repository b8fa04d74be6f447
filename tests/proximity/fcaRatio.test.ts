import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fcaRatio } from '../../src/proximity/index.ts';
import { caught, latticePosition, turfMatrix } from './helpers.ts';

const close = (actual: number, expected: number, relative = 1e-12): void => {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.max(1, Math.abs(expected)));
};

/** PySAL access tests/util.py create_nxn_grid(5) with Euclidean costs; five cells are demand (as supply_grid.sample(5)). */
function pysalGrid(): { demand: { population: number }[]; supply: { capacity: number }[]; costs: number[][]; demandCosts: number[][] } {
  const cells: [number, number][] = [];
  for (let x = 0; x < 5; x++) for (let y = 0; y < 5; y++) cells.push([x, y]);
  const at = (a: number, b: number): number => Math.hypot(cells[a]![0] - cells[b]![0], cells[a]![1] - cells[b]![1]);
  const demandIds = [0, 4, 12, 18, 23];
  return {
    demand: demandIds.map(() => ({ population: 1 })),
    supply: cells.map(() => ({ capacity: 1 })),
    costs: demandIds.map((i) => cells.map((_, j) => at(i, j))),
    demandCosts: demandIds.map((i) => demandIds.map((k) => at(i, k))),
  };
}

describe('fcaRatio — published values', () => {
  it('PySAL access tests/test_floating_catchment_area.py: the full catchment gives ΣS/ΣP = 5; a 0.9 catchment gives 1; normalised mean 1', () => {
    const grid = pysalGrid();
    const full = fcaRatio(grid.demand, grid.supply, { costs: { dense: grid.costs }, demandCosts: { dense: grid.demandCosts } });
    expect(full.ratio).toEqual([5, 5, 5, 5, 5]);
    const small = fcaRatio(grid.demand, grid.supply, { costs: { dense: grid.costs }, demandCosts: { dense: grid.demandCosts }, maxCost: 0.9 });
    expect(small.ratio).toEqual([1, 1, 1, 1, 1]);
    const normalised = fcaRatio(grid.demand, grid.supply, { costs: { dense: grid.costs }, demandCosts: { dense: grid.demandCosts }, normalize: true });
    expect(normalised.ratio).toEqual([1, 1, 1, 1, 1]);
    expect(normalised.normalizedBy).toBe(5);
  });

  it('a worked example: supply and population in each location’s own catchment', () => {
    const result = fcaRatio([{ population: 100 }, { population: 300 }, { population: 50 }], [{ capacity: 20 }, { capacity: 10 }], {
      costs: { dense: [[5, 40], [10, 25], [50, 5]], unit: 'minutes' },
      demandCosts: { dense: [[0, 10, 45], [10, 0, 30], [45, 30, 0]], unit: 'minutes' },
      maxCost: 30,
    });
    expect(Array.from(result.supplyInReach)).toEqual([20, 30, 10]);
    expect(Array.from(result.populationInReach)).toEqual([400, 450, 350]);
    expect(result.ratio).toEqual([20 / 400, 30 / 450, 10 / 350]);
    expect(result.conventions.unit).toBe('minutes');
  });
});

describe('fcaRatio — properties', () => {
  it('coordinates equal the dense turf matrices, and the ratio is the brute-force quotient', () => {
    const pos = latticePosition(-121.89, 37.33, 300);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(pos, fc.integer({ min: 0, max: 30 })), { minLength: 1, maxLength: 20 }),
        fc.array(fc.tuple(pos, fc.integer({ min: 0, max: 10 })), { minLength: 1, maxLength: 8 }),
        fc.double({ min: 0.3, max: 5, noNaN: true }),
        (d, s, catchmentKm) => {
          const demand = d.map(([location, population]) => ({ location, population }));
          const supply = s.map(([location, capacity]) => ({ location, capacity }));
          const costs = turfMatrix(d.map(([p]) => p), s.map(([p]) => p));
          const demandCosts = turfMatrix(d.map(([p]) => p), d.map(([p]) => p));
          const geo = fcaRatio(demand, supply, { catchmentKm });
          const matrix = fcaRatio(demand, supply, { costs: { dense: costs }, demandCosts: { dense: demandCosts }, maxCost: catchmentKm });
          d.forEach((_, i) => {
            const supplyIn = s.reduce((a, [, c], j) => ((costs[i]![j] as number) <= catchmentKm ? a + c : a), 0);
            const peopleIn = d.reduce((a, [, p], k) => ((demandCosts[i]![k] as number) <= catchmentKm ? a + p : a), 0);
            const expected = peopleIn > 0 ? supplyIn / peopleIn : null;
            for (const r of [geo.ratio[i], matrix.ratio[i]]) {
              if (expected === null) expect(r).toBeNull();
              else close(r as number, expected, 1e-13);
            }
          });
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('fcaRatio — bad input and undefined results', () => {
  it('a catchment with no population gives null and a warning, never NaN or Infinity', () => {
    const result = fcaRatio([{ location: [-121.9, 37.33], population: 0 }], [{ location: [-121.9, 37.331], capacity: 5 }], { catchmentKm: 1 });
    expect(result.ratio).toEqual([null]);
    expect(result.warnings[0]).toMatch(/^fcaRatio: 1 demand location\(s\) have no population within their catchment/);
  });
  it('asks for demandCosts with costs, and refuses it without', () => {
    const missing = caught(() => fcaRatio([{ population: 1 }], [{ capacity: 1 }], { costs: { dense: [[1]] } }));
    expect([missing.code, missing.path]).toEqual(['missing_field', 'options.demandCosts']);
    const extra = caught(() => fcaRatio([{ location: [0, 0], population: 1 }], [{ location: [0, 0], capacity: 1 }], { catchmentKm: 1, demandCosts: { dense: [[0]] } }));
    expect([extra.code, extra.path]).toEqual(['invalid_value', 'options.demandCosts']);
    const shape = caught(() => fcaRatio([{ population: 1 }, { population: 1 }], [{ capacity: 1 }], { costs: { dense: [[1], [1]] }, demandCosts: { dense: [[0, 1]] } }));
    expect([shape.code, shape.path]).toEqual(['length_mismatch', 'options.demandCosts.dense']);
  });
});
