import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nearestSite } from '../../src/proximity/index.ts';
import { bruteNearest, caught, latticePosition, regions, seeded, turfKm } from './helpers.ts';

describe('nearestSite', () => {
  it('finds the hand-computed nearest site', () => {
    const sites = [[-121.9, 37.33], [-121.8, 37.3]];
    const result = nearestSite([[-121.89, 37.34], [-121.81, 37.29], [-121.8, 37.3]], sites);
    expect(Array.from(result.siteIndex)).toEqual([0, 1, 1]);
    expect(result.distanceKm[0]).toBe(turfKm([-121.89, 37.34], [-121.9, 37.33]));
    expect(result.distanceKm[2]).toBe(0);
  });

  it('gives ties to the lowest site index (symmetric sites, duplicates)', () => {
    // Equal longitude offsets on the lattice give bit-identical distances.
    const sites = [[0.5, 10], [-0.5, 10], [0.5, 10]];
    const result = nearestSite([[0, 10]], sites);
    expect(turfKm([0, 10], [0.5, 10])).toBe(turfKm([0, 10], [-0.5, 10]));
    expect(result.siteIndex[0]).toBe(0);
    const reversed = nearestSite([[0, 10]], [[-0.5, 10], [0.5, 10]]);
    expect(reversed.siteIndex[0]).toBe(0);
  });

  for (const region of regions) {
    it(`equals a brute-force turf scan near ${region.name} (ties, duplicates, sites far outside)`, () => {
      const near = latticePosition(region.lng, region.lat, 64);
      const far = latticePosition(region.lng, region.lat, 4000);
      fc.assert(
        fc.property(
          fc.array(fc.oneof(near, far), { minLength: 1, maxLength: 40 }),
          fc.array(fc.oneof(near, far), { minLength: 0, maxLength: 40 }),
          fc.boolean(),
          (sitesIn, points, duplicate) => {
            const sites = duplicate ? [...sitesIn, ...sitesIn.slice(0, 3)] : sitesIn;
            const result = nearestSite(points, sites);
            const brute = bruteNearest(points, sites);
            expect(Array.from(result.siteIndex)).toEqual(brute.index);
            expect(Array.from(result.distanceKm)).toEqual(brute.km);
          },
        ),
        { numRuns: 60 },
      );
    });
  }

  it('equals brute force on a seeded city with households on top of sites and across the globe', () => {
    const random = seeded(42);
    const sites = Array.from({ length: 300 }, () => [-122 + random() * 0.4, 37.1 + random() * 0.4]);
    sites.push([139.69, 35.68], [-0.13, 51.5]); // sites outside the city (Tokyo, London)
    const points = Array.from({ length: 2000 }, (_, i) => (i % 50 === 0 ? [...(sites[i % sites.length] as number[])] : [-122.2 + random() * 0.8, 36.9 + random() * 0.8]));
    points.push([179.99, -16], [-179.99, 65], [10, -89.99], [139.7, 35.7]);
    const result = nearestSite(points, sites);
    const brute = bruteNearest(points, sites);
    expect(Array.from(result.siteIndex)).toEqual(brute.index);
    expect(Array.from(result.distanceKm)).toEqual(brute.km);
  });

  it('returns empty arrays for no points', () => {
    const result = nearestSite([], [[0, 0]]);
    expect(result.siteIndex.length).toBe(0);
    expect(result.distanceKm.length).toBe(0);
  });

  it('rejects an empty site list', () => {
    const error = caught(() => nearestSite([[0, 0]], []));
    expect(error.code).toBe('empty');
    expect(error.path).toBe('sites');
    expect(error.message).toMatch(/^nearestSite: sites is empty/);
  });

  it('rejects swapped [lat, lng] with a hint, and NaN or infinite coordinates', () => {
    const swapped = caught(() => nearestSite([[-121.9, 37.3], [37.33, -121.89]], [[-121.9, 37.3]]));
    expect(swapped.code).toBe('invalid_position');
    expect(swapped.path).toBe('points[1]');
    expect(swapped.hint).toBe('positions are [lng, lat] — swapped?');
    expect(swapped.message).toMatch(/^nearestSite: points\[1\] has latitude -121.89/);
    const nan = caught(() => nearestSite([[0, 0]], [[0, 0], [Number.NaN, 1]]));
    expect(nan.code).toBe('invalid_position');
    expect(nan.path).toBe('sites[1]');
    expect(nan.message).toMatch(/^nearestSite: sites\[1\] is \[NaN, 1\]; expected finite numbers/);
    expect(caught(() => nearestSite([[Number.POSITIVE_INFINITY, 0]], [[0, 0]])).path).toBe('points[0]');
  });
});
