import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { threeStepFCA, twoStepFCA } from '../../src/proximity/index.ts';
import { caught, clusteredCity, latticePosition, sweepDecays, turfMatrix } from './helpers.ts';

const close = (actual: number, expected: number, relative = 1e-12): void => {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.max(1, Math.abs(expected)));
};

/** Independent brute-force 3SFCA on a dense matrix: the three formulas, written out, with a given normaliser. */
function bruteThreeStep(population: number[], capacity: number[], cost: number[][], weight: (c: number) => number, cutoff: number, normaliseOver: 'within' | 'all'): number[] {
  const n = population.length;
  const m = capacity.length;
  const within = (i: number, j: number): boolean => (cost[i]![j] as number) <= cutoff;
  const g = cost.map((row, i) => {
    const total = row.reduce((sum, c, j) => (normaliseOver === 'all' || within(i, j) ? sum + weight(c) : sum), 0);
    return row.map((c) => (total > 0 ? weight(c) / total : 0));
  });
  const ratio = capacity.map((s, j) => {
    let d = 0;
    for (let i = 0; i < n; i++) if (within(i, j)) d += (population[i] as number) * weight(cost[i]![j] as number) * (g[i]![j] as number);
    return d > 0 ? s / d : 0;
  });
  return population.map((_, i) => {
    let a = 0;
    for (let j = 0; j < m; j++) if (within(i, j)) a += (ratio[j] as number) * weight(cost[i]![j] as number) * (g[i]![j] as number);
    return a;
  });
}

describe('threeStepFCA — published values', () => {
  it('aceso tests/test_gravity.py: Huff 3SFCA, uniform radius 6 → [4/3, 2/3, 0]; demand potentials [0.5, 1.5]', () => {
    const result = threeStepFCA([{ population: 1 }, { population: 1 }, { population: 1 }], [{ capacity: 1 }, { capacity: 1 }], {
      costs: { dense: [[5, 5], [10, 0], [15, 15]] },
      maxCost: 6,
      selection: 'huff',
    });
    // aceso compares 6 decimals (np.testing.assert_array_almost_equal); its 1/0 → 1e8 substitution gives 1.3333333335555.
    [4 / 3, 2 / 3, 0].forEach((e, i) => expect(result.score[i]).toBeCloseTo(e, 6));
    [0.5, 1.5].forEach((e, j) => expect(result.siteDemand[j]).toBeCloseTo(e, 6));
    expect(Array.from(result.reachable)).toEqual([1, 1, 0]);
    expect(result.conventions.selection).toBe('huff');
  });

  it('PySAL access tests/test_hospital_example.py: 3SFCA with gravity(1, −1), max_cost 61, G over every pair, four scenarios', () => {
    // Expected values: the test's own reference simple_2sfca(three_stage=True), which PySAL's three_stage_fca must equal.
    const demand = [{ population: 100 }, { population: 50 }, { population: 10 }];
    const supply = [{ capacity: 15 }, { capacity: 20 }, { capacity: 100 }];
    const scenarios: { dense: number[][]; expected: number[]; digits: number }[] = [
      { dense: [[1, 80, 40], [80, 1, 40], [40, 40, 1]], expected: [0.15625658829061984, 0.4062164524508606, 9.906351854839498], digits: 14 },
      { dense: [[1, 80, 20], [80, 1, 20], [40, 40, 1]], expected: [0.173814, 0.423772, 9.643002], digits: 6 },
      { dense: [[1, 80, 40], [80, 1, 40], [20, 20, 1]], expected: [0.156526, 0.406373, 9.902877], digits: 6 },
      { dense: [[1, 40, 20], [40, 1, 20], [20, 20, 1]], expected: [0.174802, 0.424036, 9.631801], digits: 6 },
    ];
    for (const s of scenarios) {
      const result = threeStepFCA(demand, supply, { costs: { dense: s.dense, unit: 'minutes' }, maxCost: 61, decay: { kernel: 'power', beta: 1 }, selection: 'allPairs' });
      s.expected.forEach((e, i) => expect(result.score[i]).toBeCloseTo(e, s.digits));
      close(demand.reduce((sum, d, i) => sum + d.population * (result.score[i] as number), 0), result.supplyReached, 1e-13);
    }
  });

  it('PySAL access tests/test_floating_catchment_area.py grid: 3SFCA step_fn({10: 25}) is 5 with the full catchment, 1 with 0.9', () => {
    const cells: [number, number][] = [];
    for (let x = 0; x < 5; x++) for (let y = 0; y < 5; y++) cells.push([x, y]);
    const demandIds = [0, 4, 12, 18, 23];
    const dense = demandIds.map((i) => cells.map(([x, y]) => Math.hypot(x - cells[i]![0], y - cells[i]![1])));
    const demand = demandIds.map(() => ({ population: 1 }));
    const supply = cells.map(() => ({ capacity: 1 }));
    const decay = { steps: [{ maxCost: 10, weight: 25 }] };
    const full = threeStepFCA(demand, supply, { costs: { dense }, decay, selection: 'allPairs' });
    for (const a of full.score) close(a, 5);
    const small = threeStepFCA(demand, supply, { costs: { dense }, decay, maxCost: 0.9, selection: 'allPairs' });
    for (const a of small.score) close(a, 1);
  });

  it('R catchment tests/testthat/test-catchment_ratio.R: 3SFCA (normalize_weight) with E2SFCA steps, printed by R 4.2.2', () => {
    // The test's expectation `weight * weight / rowSums(weight)` evaluated in R: 0.18897011882395778 0.31481416332689660 0.21814015545222490.
    const steps = { steps: [{ maxCost: 20, weight: 1 }, { maxCost: 40, weight: 0.68 }, { maxCost: 60, weight: 0.22 }] };
    const result = threeStepFCA([{ population: 5 }, { population: 10 }, { population: 50 }], [{ capacity: 5 }, { capacity: 10 }], { costs: { dense: [[5, 55], [35, 15], [40, 25]] }, decay: steps });
    [0.18897011882395778, 0.3148141633268966, 0.2181401554522249].forEach((e, i) => close(result.score[i] as number, e, 1e-14));
    expect(result.conventions.selection).toBe('withinCatchment');
  });
});

describe('threeStepFCA — properties', () => {
  const pos = latticePosition(-121.89, 37.33, 300);
  const demandArb = fc.array(fc.tuple(pos, fc.integer({ min: 0, max: 40 })), { minLength: 1, maxLength: 25 });
  const supplyArb = fc.array(fc.tuple(pos, fc.integer({ min: 0, max: 20 })), { minLength: 1, maxLength: 10 });

  it('equals an independent brute force on the turf matrix, for every selection; Σ P·A = supply reached; coordinates = dense = sparse', () => {
    fc.assert(
      fc.property(demandArb, supplyArb, fc.double({ min: 0.3, max: 6, noNaN: true }), fc.constantFrom('withinCatchment' as const, 'allPairs' as const), (d, s, catchmentKm, selection) => {
        const demand = d.map(([location, population]) => ({ location, population }));
        const supply = s.map(([location, capacity]) => ({ location, capacity }));
        const dense = turfMatrix(d.map(([p]) => p), s.map(([p]) => p));
        const sigma = catchmentKm / 2;
        const decay = { kernel: 'gaussian' as const, sigmaKm: sigma };
        const geo = threeStepFCA(demand, supply, { catchmentKm, decay, selection });
        const expected = bruteThreeStep(d.map(([, p]) => p), s.map(([, c]) => c), dense, (c) => Math.exp((-c * c) / (2 * sigma * sigma)), catchmentKm, selection === 'allPairs' ? 'all' : 'within');
        expected.forEach((e, i) => close(geo.score[i] as number, e, 1e-10));
        const matrix = threeStepFCA(demand, supply, { costs: { dense }, maxCost: catchmentKm, decay: { kernel: 'gaussian', sigmaCost: sigma }, selection });
        const sparse = threeStepFCA(demand, supply, {
          costs: { sparse: dense.flatMap((row, i) => row.map((cost, j) => ({ origin: i, destination: j, cost }))) },
          maxCost: catchmentKm,
          decay: { kernel: 'gaussian', sigmaCost: sigma },
          selection,
        });
        geo.score.forEach((a, i) => {
          close(a, matrix.score[i] as number, 1e-12);
          close(sparse.score[i] as number, matrix.score[i] as number, 1e-12);
        });
        let reached = 0;
        d.forEach(([, p], i) => (reached += p * (geo.score[i] as number)));
        close(reached, geo.supplyReached, 1e-9);
      }),
      { numRuns: 60 },
    );
  });

  it('with one site in reach per demand location, 3SFCA within the catchment is 2SFCA', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 12 }), fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 4 }), (population, capacity) => {
        // Demand i reaches only site i mod m.
        const dense = population.map((_, i) => capacity.map((_, j) => (j === i % capacity.length ? 1 : 99)));
        const options = { costs: { dense }, maxCost: 5 };
        const three = threeStepFCA(population.map((p) => ({ population: p })), capacity.map((c) => ({ capacity: c })), options);
        const two = twoStepFCA(population.map((p) => ({ population: p })), capacity.map((c) => ({ capacity: c })), options);
        three.score.forEach((a, i) => close(a, two.score[i] as number, 1e-14));
      }),
      { numRuns: 50 },
    );
  });
});

describe('threeStepFCA — the cell sweep equals the pair path', () => {
  it('2,000 clustered households × 30 sites, binary and step catchments: coordinates = the turf matrix within 1e-12', () => {
    const { demand, supply, dense } = clusteredCity(4);
    for (const [decayKm, decayCost] of sweepDecays) {
      const geo = threeStepFCA(demand, supply, { catchmentKm: 1.5, decay: decayKm });
      const matrix = threeStepFCA(demand, supply, { costs: { dense }, maxCost: 1.5, decay: decayCost });
      geo.score.forEach((a, i) => close(a, matrix.score[i] as number, 1e-12));
      geo.siteDemand.forEach((d, j) => close(d, matrix.siteDemand[j] as number, 1e-12));
      expect(Array.from(geo.reachable)).toEqual(Array.from(matrix.reachable));
    }
  });
});

describe('threeStepFCA — bad input', () => {
  it('names an unknown selection, a misspelt option and a missing catchment', () => {
    const demand = [{ location: [0, 0], population: 1 }];
    const supply = [{ location: [0, 0.001], capacity: 1 }];
    const selection = caught(() => threeStepFCA(demand, supply, { catchmentKm: 1, selection: 'pysal' as never }));
    expect([selection.code, selection.path]).toEqual(['invalid_value', 'options.selection']);
    expect(selection.message).toMatch(/^threeStepFCA: options.selection is "pysal"; expected 'withinCatchment'/);
    expect(caught(() => threeStepFCA(demand, supply, { catchmentKm: 1, selections: 'huff' } as never)).code).toBe('unknown_key');
    expect(caught(() => threeStepFCA(demand, supply, {})).path).toBe('options.catchmentKm');
  });

  it('a power decay at distance 0 over every pair asks for a minimum', () => {
    const error = caught(() => threeStepFCA([{ population: 1 }], [{ capacity: 1 }, { capacity: 1 }], { costs: { dense: [[0, 90]] }, maxCost: 10, decay: { kernel: 'power', beta: 1 }, selection: 'allPairs' }));
    expect([error.code, error.path]).toEqual(['invalid_value', 'options.decay.minCost']);
  });
});
