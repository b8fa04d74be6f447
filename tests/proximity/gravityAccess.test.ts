import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decayWeight, gravityAccess, twoStepFCA } from '../../src/proximity/index.ts';
import { caught, latticePosition, turfMatrix } from './helpers.ts';

describe('gravityAccess', () => {
  it('PySAL access test_weighted_catchment.py: gravity(scale = 60, alpha = 1) on the 5 × 5 grid', () => {
    // PySAL's weight is (d / 60)^1 = d^1 / 60, i.e. ours with β = −1, divided by 60.
    const cells: [number, number][] = [];
    for (let x = 0; x < 5; x++) for (let y = 0; y < 5; y++) cells.push([x, y]);
    const dense = cells.map(([ax, ay]) => cells.map(([bx, by]) => Math.sqrt((ax - bx) ** 2 + (ay - by) ** 2)));
    const result = gravityAccess(cells.map(() => ({ population: 1 })), cells.map(() => ({ capacity: 1 })), { beta: -1, costs: { dense } });
    const expected: [number, number][] = [
      [1, 1.3223402101871626],
      [5, 1.3223402101871626],
      [13, 0.7809851094745911],
      [19, 0.9255401193826418],
      [24, 1.1337330267796508],
    ];
    for (const [id, value] of expected) expect((result.score[id - 1] as number) / 60).toBeCloseTo(value, 13);
  });

  it('with competition equals twoStepFCA with the power decay (PySAL hospital example, s0)', () => {
    const demand = [{ population: 100 }, { population: 50 }, { population: 10 }];
    const supply = [{ capacity: 15 }, { capacity: 20 }, { capacity: 100 }];
    const costs = { dense: [[1, 80, 40], [80, 1, 40], [40, 40, 1]] };
    const result = gravityAccess(demand, supply, { beta: 1, costs, maxCost: 61, competition: true });
    expect(Array.from(result.score)).toEqual([0.3314441169802766, 0.5798281320669381, 7.286418169862544]);
    let reached = 0;
    demand.forEach((d, i) => (reached += d.population * (result.score[i] as number)));
    expect(reached).toBeCloseTo(135, 10);
  });

  it('Hansen potential is Σ capacity × max(d, min)^−β (hand-computed, coordinates)', () => {
    const home = [-121.9, 37.33];
    const sites = [[-121.9, 37.33], [-121.88, 37.33]];
    const [[d0, d1]] = turfMatrix([home], sites) as [[number, number]];
    const result = gravityAccess([{ location: home, population: 1 }], sites.map((location, j) => ({ location, capacity: 10 * (j + 1) })), { beta: 2, minDistanceKm: 0.5 });
    expect(d0).toBe(0);
    expect(result.score[0]).toBeCloseTo(10 * 0.5 ** -2 + 20 * Math.max(d1, 0.5) ** -2, 12);
    expect(result.competition).toBe(false);
  });

  it('matches the dense turf matrix and respects the catchment', () => {
    const pos = latticePosition(-121.89, 37.33, 300);
    fc.assert(
      fc.property(fc.array(pos, { minLength: 1, maxLength: 15 }), fc.array(pos, { minLength: 1, maxLength: 10 }), fc.double({ min: 0.5, max: 10, noNaN: true }), fc.boolean(), (d, s, catchmentKm, competition) => {
        const demand = d.map((location, i) => ({ location, population: 1 + (i % 3) }));
        const supply = s.map((location, j) => ({ location, capacity: 2 + j }));
        const dense = turfMatrix(d, s);
        const geo = gravityAccess(demand, supply, { beta: 1.5, minDistanceKm: 0.1, catchmentKm, competition });
        const matrix = gravityAccess(demand, supply, { beta: 1.5, minCost: 0.1, costs: { dense }, maxCost: catchmentKm, competition });
        geo.score.forEach((a, i) => expect(Math.abs(a - (matrix.score[i] as number))).toBeLessThanOrEqual(1e-12 * Math.max(1, a)));
        dense.forEach((row, i) => {
          const hand = row.reduce((sum, km, j) => (km <= catchmentKm ? sum + (supply[j] as { capacity: number }).capacity * decayWeight({ kernel: 'power', beta: 1.5, minKm: 0.1 }, km) : sum), 0);
          if (!competition) expect(Math.abs((geo.score[i] as number) - hand)).toBeLessThanOrEqual(1e-12 * Math.max(1, hand));
        });
        if (competition) {
          const twoStep = twoStepFCA(demand, supply, { catchmentKm, decay: { kernel: 'power', beta: 1.5, minKm: 0.1 } });
          expect(Array.from(geo.score)).toEqual(Array.from(twoStep.score));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('throws, rather than returning Infinity, when a pair is 0 km apart and there is no minimum', () => {
    const error = caught(() => gravityAccess([{ location: [0, 0], population: 1 }], [{ location: [0, 0], capacity: 1 }], { beta: 1 }));
    expect(error.code).toBe('invalid_value');
    expect(error.path).toBe('options.minDistanceKm');
    expect(error.message).toMatch(/^gravityAccess: demand 0 and site 0 are 0 apart/);
  });

  it('rejects a non-finite beta, a negative minimum and empty supply', () => {
    const beta = caught(() => gravityAccess([{ location: [0, 0], population: 1 }], [{ location: [1, 1], capacity: 1 }], { beta: Number.NaN }));
    expect([beta.code, beta.path]).toEqual(['not_finite', 'options.beta']);
    const min = caught(() => gravityAccess([{ location: [0, 0], population: 1 }], [{ location: [1, 1], capacity: 1 }], { beta: 1, minDistanceKm: -1 }));
    expect([min.code, min.path]).toEqual(['out_of_range', 'options.minDistanceKm']);
    expect(caught(() => gravityAccess([{ location: [0, 0], population: 1 }], [], { beta: 1 })).code).toBe('empty');
  });
});

describe('decayWeight', () => {
  it('PySAL weights.step_fn docstring: {20: 1, 40: 0.68, 60: 0.22} at 0 … 70 (upper bounds inclusive)', () => {
    const steps = { steps: [{ maxKm: 40, weight: 0.68 }, { maxKm: 20, weight: 1 }, { maxKm: 60, weight: 0.22 }] };
    const expected: Record<number, number> = { 0: 1, 10: 1, 20: 1, 30: 0.68, 40: 0.68, 50: 0.22, 60: 0.22, 70: 0 };
    for (const [x, w] of Object.entries(expected)) expect(decayWeight(steps, Number(x))).toBe(w);
  });
  it('PySAL weights.gaussian(20) docstring and test_weights.py values', () => {
    expect(decayWeight({ kernel: 'gaussian', sigmaKm: 20 }, 0)).toBe(1);
    expect(decayWeight({ kernel: 'gaussian', sigmaKm: 20 }, 20)).toBe(0.6065306597126334);
    expect(decayWeight({ kernel: 'gaussian', sigmaKm: 20 }, 40)).toBe(0.1353352832366127);
    expect(decayWeight({ kernel: 'gaussian', sigmaKm: 20 }, 60)).toBeCloseTo(0.011108996538242306, 16);
    expect(decayWeight({ kernel: 'gaussian', sigmaKm: 2 }, 1)).toBeCloseTo(0.8824969025845955, 15); // aceso gaussian_decay(1, 2)
    expect(decayWeight({ kernel: 'gaussian', sigmaKm: 50 }, 1)).toBeCloseTo(0.99980001, 7); // printed to 8 decimals in test_weights.py
  });
  it('PySAL weights.gravity(20, −2, min_dist = 1) docstring, up to the scale factor 20^2', () => {
    const power = { kernel: 'power' as const, beta: 2, minKm: 1 };
    const expected: [number, number][] = [[0, 400], [1, 400], [2, 100], [20, 1], [40, 0.25], [60, 0.11]];
    for (const [x, w] of expected) expect(400 * decayWeight(power, x)).toBeCloseTo(w, 2);
  });
  it('exponential and binary', () => {
    expect(decayWeight({ kernel: 'exponential', ratePerKm: 0.1 }, 15)).toBe(Math.exp(-1.5));
    expect(decayWeight('binary', 123)).toBe(1);
  });
  it('rejects malformed decays', () => {
    expect(caught(() => decayWeight({ steps: [] }, 1)).code).toBe('empty');
    const negative = caught(() => decayWeight({ steps: [{ maxKm: 1, weight: -1 }] }, 1));
    expect([negative.code, negative.path]).toEqual(['out_of_range', 'decay.steps[0].weight']);
    const duplicate = caught(() => decayWeight({ steps: [{ maxKm: 1, weight: 1 }, { maxKm: 1, weight: 0.5 }] }, 1));
    expect(duplicate.code).toBe('duplicate');
    const sigma = caught(() => decayWeight({ kernel: 'gaussian', sigmaKm: 0 }, 1));
    expect([sigma.code, sigma.path]).toEqual(['out_of_range', 'decay.sigmaKm']);
    expect(caught(() => decayWeight({ kernel: 'cosine' } as never, 1)).path).toBe('decay.kernel');
    expect(caught(() => decayWeight('binary', -1)).code).toBe('out_of_range');
    expect(caught(() => decayWeight({ kernel: 'power', beta: 1 }, 0)).message).toMatch(/^decayWeight: the power decay is infinite at distance 0/);
  });
});

describe('gravityAccess: supplyReached', () => {
  // Site 0 is reached by the populated home, site 1 only by a home of population 0, site 2 by nobody. Without
  // competition (potential) every site anyone reaches counts; with competition only sites with demand, because
  // Σᵢ Pᵢ Aᵢ = Σ Sⱼ over sites with Σᵢ Pᵢ wᵢⱼ > 0 (Luo & Wang 2003; PySAL access.fca).
  const demand = [{ population: 3 }, { population: 0 }];
  const supply = [{ capacity: 10 }, { capacity: 20 }, { capacity: 40 }];
  const dense = [
    [1, 50, 90],
    [2, 5, 90],
  ];

  it('counts, with a cost matrix, the capacity of sites reached by anyone (potential) or by demand (competition)', () => {
    const potential = gravityAccess(demand, supply, { beta: 1, costs: { dense }, maxCost: 10 });
    expect(potential.supplyReached).toBe(30);
    expect(Array.from(potential.score)).toEqual([10, 10 / 2 + 20 / 5]);
    const competing = gravityAccess(demand, supply, { beta: 1, costs: { dense }, maxCost: 10, competition: true });
    expect(competing.supplyReached).toBe(10);
    // R₀ = 10 / (3 · 1) and the populated home's score Σ Rⱼ wᵢⱼ gives back the 10 places.
    expect(Array.from(competing.siteRatio)).toEqual([10 / 3, 0, 0]);
    expect(3 * (competing.score[0] as number)).toBeCloseTo(competing.supplyReached, 12);
  });

  it('counts the same from coordinates (the site-by-site sweep)', () => {
    // On the equator 0.05° of longitude is 5.56 km (turf/haversine); the catchment is 10 km.
    const homes = [
      { location: [0, 0], population: 3 },
      { location: [0.5, 0], population: 0 },
    ];
    const sites = [
      { location: [0, 0.001], capacity: 10 },
      { location: [0.55, 0], capacity: 20 },
      { location: [2, 0], capacity: 40 },
    ];
    const options = { beta: 1, minDistanceKm: 0.1, catchmentKm: 10 };
    expect(gravityAccess(homes, sites, options).supplyReached).toBe(30);
    expect(gravityAccess(homes, sites, { ...options, competition: true }).supplyReached).toBe(10);
    expect(gravityAccess(homes, sites, { ...options, catchmentKm: 1 }).supplyReached).toBe(10);
    expect(gravityAccess(homes, sites, { ...options, catchmentKm: 1, competition: true }).supplyReached).toBe(10);
  });
});
