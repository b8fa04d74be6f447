import { describe, expect, it } from 'vitest';
import { nearestSite } from '../../src/proximity/index.ts';
import { syntheticCity } from '../../src/synthetic/index.ts';

// The truth should be what the library's own analysis recovers: proximity.nearestSite on the city's records
// must find the same nearest centre and distance the generator used in its enrolment model.
describe('syntheticCity truth and proximity.nearestSite agree', () => {
  it('finds the same nearest centre and distance for every household', () => {
    const city = syntheticCity({ seed: 8, households: 5000 });
    const result = nearestSite(
      city.households.map((h) => h.location as readonly [number, number]),
      city.sites.map((s) => s.location),
    );
    let differentSite = 0;
    let largestGapKm = 0;
    for (let h = 0; h < city.households.length; h++) {
      if (result.siteIndex[h] !== city.truth.households.nearestSiteIndex[h]) differentSite++;
      largestGapKm = Math.max(largestGapKm, Math.abs((result.distanceKm[h] as number) - (city.truth.households.distanceKm[h] as number)));
    }
    expect(differentSite).toBe(0);
    expect(largestGapKm).toBeLessThan(1e-9);
  });
});
