import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { twoStepFCA } from '../../src/proximity/index.ts';
import { caught, latticePosition, turfKm, turfMatrix } from './helpers.ts';

/** PySAL access tests/util.py create_nxn_grid(5): ids x-major (id = 5x + y + 1), Euclidean costs. */
function pysalGrid(): { cells: [number, number][]; cost: (a: number, b: number) => number } {
  const cells: [number, number][] = [];
  for (let x = 0; x < 5; x++) for (let y = 0; y < 5; y++) cells.push([x, y]);
  const cost = (a: number, b: number): number => {
    const [ax, ay] = cells[a] as [number, number];
    const [bx, by] = cells[b] as [number, number];
    return Math.sqrt((ax - bx) ** 2 + (ay - by) ** 2);
  };
  return { cells, cost };
}

const close = (actual: number, expected: number, relative = 1e-12): void => {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.max(1, Math.abs(expected)));
};

describe('twoStepFCA — published values', () => {
  it('PySAL access grid: full catchment gives ΣS/ΣP = 5; a 0.9 catchment gives 1 (test_floating_catchment_area.py)', () => {
    const { cells, cost } = pysalGrid();
    const demandIds = [0, 4, 12, 18, 23]; // five demand cells, as supply_grid.sample(5)
    const dense = demandIds.map((i) => cells.map((_, j) => cost(i, j)));
    const demand = demandIds.map(() => ({ population: 1 }));
    const supply = cells.map(() => ({ capacity: 1 }));
    const full = twoStepFCA(demand, supply, { costs: { dense } });
    for (const a of full.score) close(a, 5);
    const stepped = twoStepFCA(demand, supply, { costs: { dense }, decay: { steps: [{ maxCost: 10, weight: 25 }] } });
    for (const a of stepped.score) close(a, 5);
    const small = twoStepFCA(demand, supply, { costs: { dense }, maxCost: 0.9 });
    expect(Array.from(small.score)).toEqual([1, 1, 1, 1, 1]);
    const normalised = twoStepFCA(demand, supply, { costs: { dense }, normalize: true });
    for (const a of normalised.score) close(a, 1);
    close(normalised.normalizedBy as number, 5);
  });

  it('PySAL access hospital example: 2SFCA with gravity(1, −1), max_cost 61, four scenarios and their directions', () => {
    const demand = [{ population: 100 }, { population: 50 }, { population: 10 }];
    const supply = [{ capacity: 15 }, { capacity: 20 }, { capacity: 100 }];
    const scenarios: Record<string, { dense: number[][]; expected: number[]; digits: number }> = {
      s0: { dense: [[1, 80, 40], [80, 1, 40], [40, 40, 1]], expected: [0.3314441169802766, 0.5798281320669381, 7.286418169862544], digits: 14 },
      s1: { dense: [[1, 80, 20], [80, 1, 20], [40, 40, 1]], expected: [0.43534, 0.683724, 5.727977], digits: 5 },
      s2: { dense: [[1, 80, 40], [80, 1, 40], [20, 20, 1]], expected: [0.331072, 0.577858, 7.299992], digits: 5 },
      s3: { dense: [[1, 40, 20], [40, 1, 20], [20, 20, 1]], expected: [0.442568, 0.666758, 5.740525], digits: 5 },
    };
    const scores: Record<string, Float64Array> = {};
    for (const [name, s] of Object.entries(scenarios)) {
      const result = twoStepFCA(demand, supply, { costs: { dense: s.dense, unit: 'minutes' }, maxCost: 61, decay: { kernel: 'power', beta: 1 } });
      s.expected.forEach((e, i) => expect(result.score[i]).toBeCloseTo(e, s.digits));
      scores[name] = result.score;
      expect(result.conventions.unit).toBe('minutes');
    }
    const [s0, s1, s2, s3] = [scores['s0'], scores['s1'], scores['s2'], scores['s3']] as Float64Array[];
    // Faster inbound trips raise tracts 1 and 2 and lower tract 3; faster outbound the reverse.
    expect(s1![0]! > s0![0]! && s1![1]! > s0![1]! && s1![2]! < s0![2]!).toBe(true);
    expect(s2![0]! < s0![0]! && s2![1]! < s0![1]! && s2![2]! > s0![2]!).toBe(true);
    expect(s3![0]! > s0![0]! && s3![1]! > s0![1]! && s3![2]! < s0![2]!).toBe(true);
  });

  it('aceso tests/test_gravity.py: radius 6 gives [1.5, 0.5, 0]', () => {
    const result = twoStepFCA([{ population: 1 }, { population: 1 }, { population: 1 }], [{ capacity: 1 }, { capacity: 1 }], { costs: { dense: [[5, 5], [10, 0], [15, 15]] }, maxCost: 6 });
    expect(Array.from(result.score)).toEqual([1.5, 0.5, 0]);
    expect(Array.from(result.reachable)).toEqual([1, 1, 0]);
    expect(result.unreachableCount).toBe(1);
  });

  it('an Infinity in a dense matrix is unreachable also without maxCost (no cut-off)', () => {
    const result = twoStepFCA([{ population: 1 }, { population: 1 }], [{ capacity: 1 }, { capacity: 1 }], { costs: { dense: [[1, Infinity], [Infinity, Infinity]] } });
    expect(Array.from(result.score)).toEqual([1, 0]);
    expect(Array.from(result.reachable)).toEqual([1, 0]);
    expect(result.supplyReached).toBe(1);
  });

  describe('R catchment tests/testthat/test-catchment_ratio.R', () => {
    const demand = [{ population: 5 }, { population: 10 }, { population: 50 }];
    const supply = [{ capacity: 5 }, { capacity: 10 }];
    const costs = { dense: [[5, 55], [35, 15], [40, 25]] };
    it('2SFCA within 30 gives [1, 1/6, 1/6]; normalised [4.3333, 0.7222, 0.7222]', () => {
      const result = twoStepFCA(demand, supply, { costs, maxCost: 30 });
      close(result.score[0] as number, 1);
      close(result.score[1] as number, 1 / 6);
      close(result.score[2] as number, 1 / 6);
      const normalised = twoStepFCA(demand, supply, { costs, maxCost: 30, normalize: true });
      expect(normalised.score[0]).toBeCloseTo(4.3333, 4);
      expect(normalised.score[1]).toBeCloseTo(0.7222, 4);
    });
    it('Gaussian s = 2 gives [1, 1, 1.93e-22]', () => {
      const result = twoStepFCA(demand, supply, { costs, decay: { kernel: 'gaussian', sigmaCost: 2 } });
      close(result.score[0] as number, 1);
      close(result.score[1] as number, 1);
      expect((result.score[2] as number) / 1.93e-22).toBeCloseTo(1, 2);
    });
    it('E2SFCA steps (20: 1, 40: 0.68, 60: 0.22)', () => {
      const decay = { steps: [{ maxCost: 20, weight: 1 }, { maxCost: 40, weight: 0.68 }, { maxCost: 60, weight: 0.22 }] };
      const result = twoStepFCA(demand, supply, { costs, decay });
      [0.15795079348173394, 0.2959652978824349, 0.22501186107533963].forEach((e, i) => close(result.score[i] as number, e));
    });
  });
});

describe('twoStepFCA — properties', () => {
  const pos = latticePosition(-121.89, 37.33, 400);
  const demandArb = fc.array(fc.tuple(pos, fc.integer({ min: 0, max: 50 })), { minLength: 1, maxLength: 30 });
  const supplyArb = fc.array(fc.tuple(pos, fc.integer({ min: 0, max: 20 })), { minLength: 1, maxLength: 12 });

  it('Σ population × score = total supply reached, for binary, step and Gaussian weights', () => {
    fc.assert(
      fc.property(demandArb, supplyArb, fc.double({ min: 0.2, max: 8, noNaN: true }), fc.integer({ min: 0, max: 2 }), (d, s, catchmentKm, kind) => {
        const decay = kind === 0 ? 'binary' as const : kind === 1 ? { steps: [{ maxKm: catchmentKm / 2, weight: 1 }, { maxKm: catchmentKm, weight: 0.5 }] } : { kernel: 'gaussian' as const, sigmaKm: catchmentKm / 3 };
        const result = twoStepFCA(d.map(([location, population]) => ({ location, population })), s.map(([location, capacity]) => ({ location, capacity })), { catchmentKm, decay });
        let reached = 0;
        d.forEach(([, p], i) => (reached += p * (result.score[i] as number)));
        close(reached, result.supplyReached, 1e-9);
        let expected = 0;
        s.forEach(([, c], j) => ((result.siteDemand[j] as number) > 0 ? (expected += c) : 0));
        expect(result.supplyReached).toBe(expected);
      }),
      { numRuns: 80 },
    );
  });

  it('coordinates give the same scores as the dense turf-distance matrix, and sparse equals dense', () => {
    fc.assert(
      fc.property(demandArb, supplyArb, fc.double({ min: 0.2, max: 8, noNaN: true }), (d, s, catchmentKm) => {
        const demand = d.map(([location, population]) => ({ location, population }));
        const supply = s.map(([location, capacity]) => ({ location, capacity }));
        const dense = turfMatrix(d.map(([p]) => p), s.map(([p]) => p));
        const decay = { steps: [{ maxKm: catchmentKm / 2, weight: 1 }, { maxKm: catchmentKm, weight: 0.4 }] };
        const geo = twoStepFCA(demand, supply, { catchmentKm, decay });
        const stepCost = { steps: [{ maxCost: catchmentKm / 2, weight: 1 }, { maxCost: catchmentKm, weight: 0.4 }] };
        const matrix = twoStepFCA(demand, supply, { costs: { dense }, maxCost: catchmentKm, decay: stepCost });
        const sparse = twoStepFCA(demand, supply, {
          costs: { sparse: dense.flatMap((row, i) => row.map((cost, j) => ({ origin: i, destination: j, cost }))).reverse() },
          maxCost: catchmentKm,
          decay: stepCost,
        });
        expect(Array.from(geo.reachable)).toEqual(Array.from(matrix.reachable));
        geo.score.forEach((a, i) => {
          close(a, matrix.score[i] as number, 1e-12);
          close(sparse.score[i] as number, matrix.score[i] as number, 1e-12);
        });
      }),
      { numRuns: 60 },
    );
  });

  it('counts a step boundary as inside (upper bound inclusive) with coordinates', () => {
    const site = [-121.9, 37.33];
    const home = [-121.88, 37.34];
    const d = turfKm(home, site);
    const at = twoStepFCA([{ location: home, population: 2 }], [{ location: site, capacity: 10 }], { catchmentKm: 2 * d, decay: { steps: [{ maxKm: d, weight: 1 }, { maxKm: 2 * d, weight: 0.5 }] } });
    expect(at.siteDemand[0]).toBe(2); // weight 1, not 0.5
    const edge = twoStepFCA([{ location: home, population: 2 }], [{ location: site, capacity: 10 }], { catchmentKm: d });
    expect(edge.reachable[0]).toBe(1);
  });

  it("PySAL mode writes NaN where no site is in reach; the default writes 0 with reachable 0", () => {
    const demand = [{ location: [-121.9, 37.33], population: 10 }, { location: [-121.5, 37.0], population: 5 }];
    const supply = [{ location: [-121.9, 37.331], capacity: 4 }];
    const pysal = twoStepFCA(demand, supply, { catchmentKm: 1, unreachable: 'nan' });
    expect(pysal.score[0]).toBeCloseTo(0.4, 15);
    expect(Number.isNaN(pysal.score[1])).toBe(true);
    const standard = twoStepFCA(demand, supply, { catchmentKm: 1 });
    expect(Array.from(standard.score)).toEqual([0.4, 0]);
    expect(Array.from(standard.reachable)).toEqual([1, 0]);
    expect(standard.warnings[0]).toMatch(/1 demand location\(s\) have no site/);
    // Normalising keeps the unreachable population in the denominator (PySAL helpers.normalized_access).
    const normalised = twoStepFCA(demand, supply, { catchmentKm: 1, normalize: true });
    close(normalised.normalizedBy as number, (0.4 * 10) / 15);
  });

  it('does not normalise when the weighted mean is 0, and says so', () => {
    const result = twoStepFCA([{ location: [0, 0], population: 1 }], [{ location: [10, 10], capacity: 1 }], { catchmentKm: 1, normalize: true });
    expect(result.normalizedBy).toBeNull();
    expect(result.warnings.some((w) => /not normalised/.test(w))).toBe(true);
  });
});

describe('twoStepFCA — bad input', () => {
  const demand = [{ location: [0, 0], population: 1 }];
  const supply = [{ location: [0, 0], capacity: 1 }];
  it('rejects negative population and capacity', () => {
    const p = caught(() => twoStepFCA([{ location: [0, 0], population: -1 }], supply, { catchmentKm: 1 }));
    expect([p.code, p.path]).toEqual(['out_of_range', 'demand[0].population']);
    expect(p.message).toMatch(/^twoStepFCA: demand\[0\].population is -1; expected a number ≥ 0/);
    const c = caught(() => twoStepFCA(demand, [{ location: [0, 0], capacity: -2 }], { catchmentKm: 1 }));
    expect([c.code, c.path]).toEqual(['out_of_range', 'supply[0].capacity']);
  });
  it('rejects a zero or negative catchment, and a missing one', () => {
    const zero = caught(() => twoStepFCA(demand, supply, { catchmentKm: 0 }));
    expect([zero.code, zero.path]).toEqual(['out_of_range', 'options.catchmentKm']);
    expect(zero.message).toMatch(/^twoStepFCA: options.catchmentKm is 0/);
    const missing = caught(() => twoStepFCA(demand, supply, {}));
    expect([missing.code, missing.path]).toEqual(['missing_field', 'options.catchmentKm']);
  });
  it('rejects empty supply, swapped and NaN positions', () => {
    expect(caught(() => twoStepFCA(demand, [], { catchmentKm: 1 })).code).toBe('empty');
    const swapped = caught(() => twoStepFCA([{ location: [37.3, -121.9], population: 1 }], supply, { catchmentKm: 1 }));
    expect([swapped.code, swapped.path, swapped.hint]).toEqual(['invalid_position', 'demand[0].location', 'positions are [lng, lat] — swapped?']);
    expect(caught(() => twoStepFCA(demand, [{ location: [0, Number.NaN], capacity: 1 }], { catchmentKm: 1 })).path).toBe('supply[0].location');
  });
  it('rejects cost matrices of the wrong shape or with negative costs', () => {
    const rows = caught(() => twoStepFCA([{ population: 1 }, { population: 1 }], [{ capacity: 1 }], { costs: { dense: [[1]] } }));
    expect([rows.code, rows.path]).toEqual(['length_mismatch', 'options.costs.dense']);
    expect(rows.message).toMatch(/^twoStepFCA: options.costs.dense has 1 rows but there are 2 demand locations/);
    const cols = caught(() => twoStepFCA([{ population: 1 }], [{ capacity: 1 }], { costs: { dense: [[1, 2]] } }));
    expect([cols.code, cols.path]).toEqual(['length_mismatch', 'options.costs.dense[0]']);
    const negative = caught(() => twoStepFCA([{ population: 1 }], [{ capacity: 1 }], { costs: { dense: [[-1]] } }));
    expect([negative.code, negative.path]).toEqual(['out_of_range', 'options.costs.dense[0][0]']);
    const nan = caught(() => twoStepFCA([{ population: 1 }], [{ capacity: 1 }], { costs: { dense: [[Number.NaN]] } }));
    expect(nan.path).toBe('options.costs.dense[0][0]');
    const sparseIndex = caught(() => twoStepFCA([{ population: 1 }], [{ capacity: 1 }], { costs: { sparse: [{ origin: 0, destination: 3, cost: 1 }] } }));
    expect([sparseIndex.code, sparseIndex.path]).toEqual(['out_of_range', 'options.costs.sparse[0].destination']);
    const sparseNegative = caught(() => twoStepFCA([{ population: 1 }], [{ capacity: 1 }], { costs: { sparse: [{ origin: 0, destination: 0, cost: -4 }] } }));
    expect(sparseNegative.path).toBe('options.costs.sparse[0].cost');
    const duplicate = caught(() => twoStepFCA([{ population: 1 }], [{ capacity: 1 }], { costs: { sparse: [{ origin: 0, destination: 0, cost: 1 }, { origin: 0, destination: 0, cost: 2 }] } }));
    expect([duplicate.code, duplicate.path]).toEqual(['duplicate', 'options.costs.sparse[1]']);
  });
  it('rejects km options mixed with a cost matrix, and misspelt options', () => {
    const mixed = caught(() => twoStepFCA([{ population: 1 }], [{ capacity: 1 }], { costs: { dense: [[1]] }, catchmentKm: 3 }));
    expect([mixed.code, mixed.path]).toEqual(['invalid_value', 'options.catchmentKm']);
    const decay = caught(() => twoStepFCA([{ population: 1 }], [{ capacity: 1 }], { costs: { dense: [[1]] }, decay: { steps: [{ maxKm: 3, weight: 1 }] } }));
    expect(decay.path).toBe('options.decay.steps[0].maxKm');
    const typo = caught(() => twoStepFCA(demand, supply, { catchmentKm: 1, normalise: true } as never));
    expect([typo.code, typo.hint]).toEqual(['unknown_key', 'did you mean "normalize"?']);
  });
});
