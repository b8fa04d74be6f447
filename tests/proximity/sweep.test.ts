import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capacityWithin, countWithin, gravityAccess, siteCoveredDemand, twoStepFCA } from '../../src/proximity/index.ts';
import { compileDecay } from '../../src/proximity/internal/decay.ts';
import { potentialCore, twoStepCore } from '../../src/proximity/internal/fca.ts';
import { GeoNeighbourhood } from '../../src/proximity/internal/neighbourhood.ts';
import { SphereGrid } from '../../src/internal/sphereGrid.ts';
import { latticePosition, regions, turfKm, turfMatrix } from './helpers.ts';

// The site-centric sweeps (whole cells inside a catchment at once, one household at a time only where the circle
// crosses a cell) must decide every pair exactly as a brute-force loop over @turf/distance, and sum to the
// per-household pair path (the implementation before the sweeps, kept for travel-cost matrices) within 1e-12.

const close = (actual: number, expected: number, relative = 1e-12): void => {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.abs(expected));
};

/** Households in clusters (so that cells hold many, some duplicated), sites spread over the same area. */
function cityArb(lng: number, lat: number): fc.Arbitrary<{ points: number[][]; sites: number[][] }> {
  const site = latticePosition(lng, lat, 200);
  const cluster = fc.tuple(latticePosition(lng, lat, 150), fc.array(fc.tuple(fc.integer({ min: -12, max: 12 }), fc.integer({ min: -12, max: 12 })), { minLength: 5, maxLength: 60 }));
  return fc.record({
    sites: fc.array(site, { minLength: 1, maxLength: 12 }),
    clusters: fc.array(cluster, { minLength: 1, maxLength: 6 }),
  }).map(({ sites, clusters }) => ({
    sites,
    points: clusters.flatMap(([[cLng, cLat], offsets]) => offsets.map(([a, b]) => [wrap(cLng + a / 1024), Math.max(-90, Math.min(90, cLat + b / 1024))])),
  }));
}

function wrap(lng: number): number {
  return lng > 180 ? lng - 360 : lng < -180 ? lng + 360 : lng;
}

/** Cut-offs that fall exactly on some pair distances (households exactly on the circle), and one free cut-off. */
function cutoffs(points: number[][], sites: number[][], free: number): number[] {
  const exact = [0, 7, 23].map((k) => turfKm(points[k % points.length] as number[], sites[k % sites.length] as number[])).filter((d) => d > 0);
  return [...exact, free];
}

describe('site-centric sweeps equal brute force', () => {
  for (const region of regions) {
    it(`twoStepFCA (binary, steps, Gaussian), capacityWithin and gravityAccess near ${region.name}`, () => {
      fc.assert(
        fc.property(cityArb(region.lng, region.lat), fc.double({ min: 0.3, max: 40, noNaN: true }), ({ points, sites }, free) => {
          const dense = turfMatrix(points, sites);
          const demand = points.map((location, i) => ({ location, population: 1 + (i % 5) }));
          const supply = sites.map((location, j) => ({ location, capacity: 3 + j }));
          for (const catchment of cutoffs(points, sites, free)) {
            // Step bounds on pair distances too (a household exactly on a ring), one beyond the catchment.
            const bounds = [...new Set([turfKm(points[1 % points.length] as number[], sites[0] as number[]), catchment / 2, catchment, 1.5 * catchment])];
            const weights = [1, 0.5, 0.25, 0.1];
            const decays = [
              ['binary', 'binary'],
              [{ steps: bounds.map((maxKm, q) => ({ maxKm, weight: weights[q] as number })) }, { steps: bounds.map((maxCost, q) => ({ maxCost, weight: weights[q] as number })) }],
              [{ kernel: 'gaussian', sigmaKm: catchment / 2 }, { kernel: 'gaussian', sigmaCost: catchment / 2 }],
            ] as const;
            for (const [km, cost] of decays) {
              const fast = twoStepFCA(demand, supply, { catchmentKm: catchment, decay: km });
              const brute = twoStepFCA(demand, supply, { costs: { dense }, maxCost: catchment, decay: cost });
              expect(Array.from(fast.reachable)).toEqual(Array.from(brute.reachable));
              fast.score.forEach((a, i) => close(a, brute.score[i] as number));
              fast.siteDemand.forEach((d, j) => close(d, brute.siteDemand[j] as number));
              expect(fast.supplyReached).toBe(brute.supplyReached);
            }
            const capacity = capacityWithin(demand, supply, { radiusKm: catchment }).capacity;
            dense.forEach((row, i) => expect(capacity[i]).toBe(row.reduce((sum, d, j) => (d <= catchment ? sum + 3 + j : sum), 0)));
            for (const competition of [false, true]) {
              const fast = gravityAccess(demand, supply, { beta: 1.5, minDistanceKm: 0.05, catchmentKm: catchment, competition });
              const brute = gravityAccess(demand, supply, { beta: 1.5, minCost: 0.05, costs: { dense }, maxCost: catchment, competition });
              fast.score.forEach((a, i) => close(a, brute.score[i] as number));
            }
          }
        }),
        { numRuns: 25 },
      );
    });

    it(`countWithin and siteCoveredDemand near ${region.name}`, () => {
      fc.assert(
        fc.property(cityArb(region.lng, region.lat), fc.double({ min: 0.3, max: 40, noNaN: true }), ({ points, sites }, free) => {
          const dense = turfMatrix(points, sites);
          const weights = points.map((_, i) => 0.5 + (i % 3));
          for (const radiusKm of cutoffs(points, sites, free)) {
            const counts = countWithin(points, sites, { radiusKm }).count;
            const byCentre = siteCoveredDemand(points, sites, { radiusKm, weights });
            const within = new Array<number>(sites.length).fill(0);
            const only = new Array<number>(sites.length).fill(0);
            const nearest = new Array<number>(sites.length).fill(0);
            dense.forEach((row, i) => {
              const inside = row.map((d, j) => (d <= radiusKm ? j : -1)).filter((j) => j >= 0);
              expect(counts[i]).toBe(inside.length);
              const w = weights[i] as number;
              for (const j of inside) within[j] = (within[j] as number) + w;
              if (inside.length === 1) only[inside[0] as number] = (only[inside[0] as number] as number) + w;
              if (inside.length > 0) {
                let best = 0;
                row.forEach((d, j) => (d < (row[best] as number) ? (best = j) : 0));
                nearest[best] = (nearest[best] as number) + w;
              }
            });
            within.forEach((w, j) => close(byCentre.withinRadius[j] as number, w));
            only.forEach((w, j) => close(byCentre.exclusive[j] as number, w));
            nearest.forEach((w, j) => close(byCentre.nearestWithin[j] as number, w));
          }
        }),
        { numRuns: 25 },
      );
    });
  }

  it('the sweeps equal the per-household pair path (the implementation before them) on a seeded city', () => {
    let seed = 7;
    const random = (): number => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const centres = Array.from({ length: 12 }, () => [-122 + random() * 0.4, 37.1 + random() * 0.4]);
    const points = Array.from({ length: 6000 }, () => {
      const c = centres[Math.floor(random() * centres.length)] as number[];
      return [(c[0] as number) + (random() - 0.5) * 0.05, (c[1] as number) + (random() - 0.5) * 0.04];
    });
    const sites = Array.from({ length: 80 }, () => [-122 + random() * 0.4, 37.1 + random() * 0.4]);
    const population = Float64Array.from(points, (_, i) => 1 + (i % 4));
    const capacity = Float64Array.from(sites, (_, j) => 10 + j);
    const packed = Float64Array.from(points.flat());
    const grid = new SphereGrid(Float64Array.from(sites.flat()));
    const demand = points.map((location, i) => ({ location, population: population[i] as number }));
    const supply = sites.map((location, j) => ({ location, capacity: capacity[j] as number }));
    for (const decay of ['binary', { steps: [{ maxKm: 1, weight: 1 }, { maxKm: 2, weight: 0.6 }, { maxKm: 3, weight: 0.2 }] }, { kernel: 'exponential', ratePerKm: 0.7 }] as const) {
      const compiled = compileDecay(decay, 'km', 'decay', 'test');
      const old = twoStepCore(new GeoNeighbourhood(packed, grid, 3, compiled.needsDistance), population, capacity, compiled, 'test', 'decay');
      const fast = twoStepFCA(demand, supply, { catchmentKm: 3, decay });
      expect(Array.from(fast.reachable)).toEqual(Array.from(old.reachable));
      fast.score.forEach((a, i) => close(a, old.score[i] as number));
      fast.siteRatio.forEach((r, j) => close(r, old.siteRatio[j] as number));
      const oldPotential = potentialCore(new GeoNeighbourhood(packed, grid, 2, false), capacity, compileDecay('binary', 'km', 'decay', 'test'), 'test', 'decay');
      expect(Array.from(capacityWithin(demand, supply, { radiusKm: 2 }).capacity)).toEqual(Array.from(oldPotential.score));
    }
  });
});
