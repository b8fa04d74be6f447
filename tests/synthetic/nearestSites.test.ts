import distance from '@turf/distance';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nearestSites, turfDistanceKm } from '../../src/synthetic/internal/generate.ts';

// San José's bounding box, as the generator uses it; points are drawn a little beyond it too.
const lngArb = fc.double({ min: -122.1, max: -121.55, noNaN: true });
const latArb = fc.double({ min: 37.08, max: 37.5, noNaN: true });
const pointArb = fc.tuple(lngArb, latArb);

/** Nearest and second-nearest by scanning every site with @turf/distance; ties to the lower index. */
function bruteForce(point: [number, number], sites: [number, number][]): { nearest: number; second: number; km: number } {
  let nearest = -1;
  let nearestKm = Number.POSITIVE_INFINITY;
  let second = -1;
  let secondKm = Number.POSITIVE_INFINITY;
  sites.forEach((site, j) => {
    const km = distance(point, site, { units: 'kilometers' });
    if (km < nearestKm) {
      second = nearest;
      secondKm = nearestKm;
      nearest = j;
      nearestKm = km;
    } else if (km < secondKm) {
      second = j;
      secondKm = km;
    }
  });
  return { nearest, second: second < 0 ? nearest : second, km: nearestKm };
}

describe('nearestSites (the grid index behind truth.households.nearestSiteIndex)', () => {
  it('agrees with a brute-force @turf/distance scan, ties included', () => {
    fc.assert(
      fc.property(
        fc.array(pointArb, { minLength: 1, maxLength: 60 }),
        fc.array(pointArb, { minLength: 1, maxLength: 40 }),
        fc.boolean(),
        (sites, points, duplicate) => {
          // A duplicated site makes exact ties, which must resolve to the lower index.
          const siteList = duplicate ? [...sites, sites[0] as [number, number]] : sites;
          const lng = Float64Array.from(points, (p) => p[0]);
          const lat = Float64Array.from(points, (p) => p[1]);
          const nearest = new Int32Array(points.length);
          const second = new Int32Array(points.length);
          const km = new Float64Array(points.length);
          nearestSites(
            lng,
            lat,
            Float64Array.from(siteList, (s) => s[0]),
            Float64Array.from(siteList, (s) => s[1]),
            nearest,
            second,
            km,
          );
          points.forEach((point, i) => {
            const expected = bruteForce(point, siteList);
            expect(nearest[i]).toBe(expected.nearest);
            expect(second[i]).toBe(expected.second);
            expect(km[i]).toBe(expected.km);
          });
        },
      ),
      { numRuns: 150 },
    );
  });
  it('computes distances exactly as @turf/distance', () => {
    fc.assert(
      fc.property(pointArb, pointArb, (a, b) => {
        expect(turfDistanceKm(a[0], a[1], b[0], b[1])).toBe(distance(a, b, { units: 'kilometers' }));
      }),
      { numRuns: 200 },
    );
  });
});
