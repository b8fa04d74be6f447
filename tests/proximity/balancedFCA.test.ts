import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { balancedFCA } from '../../src/proximity/index.ts';
import { caught, clusteredCity, latticePosition, sweepDecays, turfMatrix } from './helpers.ts';

const close = (actual: number, expected: number, relative = 1e-12): void => {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.max(1, Math.abs(expected)));
};

describe('balancedFCA — published values', () => {
  it('R catchment tests/testthat/test-catchment_ratio.R: balanced 2SFCA with E2SFCA steps, printed by R 4.2.2', () => {
    // The test's expectation (sweep by colSums and rowSums) evaluated in R: 0.10026861789554053 0.20869206626600159 0.15581928880709886.
    const steps = { steps: [{ maxCost: 20, weight: 1 }, { maxCost: 40, weight: 0.68 }, { maxCost: 60, weight: 0.22 }] };
    const result = balancedFCA([{ population: 5 }, { population: 10 }, { population: 50 }], [{ capacity: 5 }, { capacity: 10 }], { costs: { dense: [[5, 55], [35, 15], [40, 25]] }, decay: steps });
    [0.10026861789554053, 0.20869206626600159, 0.15581928880709886].forEach((e, i) => close(result.score[i] as number, e, 1e-14));
    close(result.demandAllocated, 65, 1e-15);
  });

  it("ipea accessibility's fca_bfca (R/floating_catchment_area.R) on the Soukhov travel times with exp(−0.1 t), run in R 4.2.2 with data.table", () => {
    // ipea's own data set for its BFCA test (travel_matrix.rds) is binary; this is its code on the Soukhov example of
    // tests/testthat/test-spatial_availability.R. Printed: 1.33666256833812480 0.88801937116502450 0.99705323597624562.
    const dense = [[15, 30, 100], [30, 15, 100], [100, 100, 15]];
    const result = balancedFCA([{ population: 50000 }, { population: 150000 }, { population: 10000 }], [{ capacity: 100000 }, { capacity: 100000 }, { capacity: 10000 }], {
      costs: { dense, unit: 'minutes' },
      decay: { kernel: 'exponential', ratePerCost: 0.1 },
    });
    [1.3366625683381248, 0.8880193711650245, 0.9970532359762456].forEach((e, i) => close(result.score[i] as number, e, 1e-14));
    // With decay_binary(50) every location keeps its own jobs: ipea prints 1, 1, 1.
    const binary = balancedFCA([{ population: 50000 }, { population: 150000 }, { population: 10000 }], [{ capacity: 100000 }, { capacity: 100000 }, { capacity: 10000 }], { costs: { dense }, maxCost: 50 });
    expect(Array.from(binary.score)).toEqual([1, 1, 1]);
  });
});

describe('balancedFCA — properties', () => {
  const pos = latticePosition(-121.89, 37.33, 300);
  const demandArb = fc.array(fc.tuple(pos, fc.integer({ min: 0, max: 40 })), { minLength: 1, maxLength: 25 });
  const supplyArb = fc.array(fc.tuple(pos, fc.integer({ min: 0, max: 20 })), { minLength: 1, maxLength: 10 });

  it('no demand inflation: every person reaching a site is allocated once; Σ scores = Σ site ratios; brute force and coordinates agree', () => {
    fc.assert(
      fc.property(demandArb, supplyArb, fc.double({ min: 0.3, max: 6, noNaN: true }), (d, s, catchmentKm) => {
        const demand = d.map(([location, population]) => ({ location, population }));
        const supply = s.map(([location, capacity]) => ({ location, capacity }));
        const dense = turfMatrix(d.map(([p]) => p), s.map(([p]) => p));
        const weight = (c: number): number => (c <= catchmentKm ? Math.max(1 - c / catchmentKm, 0) : 0);
        const decay = { kernel: 'linear' as const, scaleKm: catchmentKm };
        const result = balancedFCA(demand, supply, { catchmentKm, decay });
        // Independent brute force of ipea fca_bfca on the dense turf matrix.
        const w = dense.map((row) => row.map(weight));
        const rowSum = w.map((row) => row.reduce((a, b) => a + b, 0));
        const columnSum = s.map((_, j) => w.reduce((a, row) => a + (row[j] as number), 0));
        const served = s.map((_, j) => d.reduce((a, [, p], i) => ((rowSum[i] as number) > 0 ? a + (p * (w[i]![j] as number)) / (rowSum[i] as number) : a), 0));
        const ratio = s.map(([, c], j) => ((served[j] as number) > 0 ? c / (served[j] as number) : 0));
        const expected = d.map((_, i) => s.reduce((a, __, j) => ((w[i]![j] as number) > 0 ? a + ((ratio[j] as number) * (w[i]![j] as number)) / (columnSum[j] as number) : a), 0));
        expected.forEach((e, i) => close(result.score[i] as number, e, 1e-10));
        const reachingPopulation = d.reduce((a, [, p], i) => ((rowSum[i] as number) > 0 ? a + p : a), 0);
        close(result.demandAllocated, reachingPopulation, 1e-12);
        const scoreSum = result.score.reduce((a, b) => a + b, 0);
        const ratioSum = result.siteRatio.reduce((a, b, j) => ((columnSum[j] as number) > 0 ? a + b : a), 0);
        close(scoreSum, ratioSum, 1e-10);
        const matrix = balancedFCA(demand, supply, { costs: { dense }, maxCost: catchmentKm, decay: { kernel: 'linear', scaleCost: catchmentKm } });
        result.score.forEach((a, i) => close(a, matrix.score[i] as number, 1e-12));
      }),
      { numRuns: 60 },
    );
  });
});

describe('balancedFCA — the cell sweep equals the pair path', () => {
  it('2,000 clustered households × 30 sites, binary and step catchments: coordinates = the turf matrix within 1e-12', () => {
    const { demand, supply, dense } = clusteredCity(3);
    for (const [decayKm, decayCost] of sweepDecays) {
      const geo = balancedFCA(demand, supply, { catchmentKm: 1.5, decay: decayKm });
      const matrix = balancedFCA(demand, supply, { costs: { dense }, maxCost: 1.5, decay: decayCost });
      geo.score.forEach((a, i) => close(a, matrix.score[i] as number, 1e-12));
      geo.siteDemand.forEach((d, j) => close(d, matrix.siteDemand[j] as number, 1e-12));
      expect(Array.from(geo.reachable)).toEqual(Array.from(matrix.reachable));
      close(geo.demandAllocated, matrix.demandAllocated, 1e-12);
    }
  });
});

describe('balancedFCA — bad input and undefined results', () => {
  it('unreachable demand scores 0 (or NaN in PySAL mode) and is counted', () => {
    const demand = [{ population: 3 }, { population: 4 }];
    const result = balancedFCA(demand, [{ capacity: 2 }], { costs: { dense: [[1], [Infinity]] } });
    expect(Array.from(result.score)).toEqual([2 / 3, 0]);
    expect(result.unreachableCount).toBe(1);
    const nan = balancedFCA(demand, [{ capacity: 2 }], { costs: { dense: [[1], [Infinity]] }, unreachable: 'nan' });
    expect(Number.isNaN(nan.score[1])).toBe(true);
  });
  it('rejects a misspelt option and negative capacity with the path and fix', () => {
    expect(caught(() => balancedFCA([{ population: 1 }], [{ capacity: 1 }], { costs: { dense: [[1]] }, maxcost: 3 } as never)).hint).toBe('did you mean "maxCost"?');
    const negative = caught(() => balancedFCA([{ population: 1 }], [{ capacity: -1 }], { costs: { dense: [[1]] } }));
    expect([negative.code, negative.path]).toEqual(['out_of_range', 'supply[0].capacity']);
  });
});
