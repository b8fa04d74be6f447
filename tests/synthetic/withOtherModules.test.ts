import { beforeEach, describe, expect, it } from 'vitest';
import { HouseholdSchema } from '../../src/eligibility/index.ts';
import { SiteSchema, nearestSite } from '../../src/proximity/index.ts';
import { EnrollmentSchema, targetingErrors } from '../../src/reach/index.ts';
import { defaultSyntheticIncomeLimit, syntheticCity } from '../../src/synthetic/index.ts';
import type { SyntheticCity } from '../../src/synthetic/index.ts';
import { shared } from '../helpers/shared.ts';

// The city feeds the other modules: its records pass their schemas, and the library's own analyses recover the
// truth: proximity.nearestSite finds the generator's nearest centres and distances, reach.targetingErrors its
// yearly coverage and leakage.
const buildCity = shared(() => syntheticCity({ seed: 21, households: 3000 }));
let city: SyntheticCity;
beforeEach(() => {
  city = buildCity();
});

describe('syntheticCity records pass the modules\' schemas', () => {
  it('households pass HouseholdSchema, sites SiteSchema, enrolments EnrollmentSchema', () => {
    const failures = [
      ...city.households.filter((h) => !HouseholdSchema.safeParse(h).success).map((h) => h.id),
      ...city.sites.filter((s) => !SiteSchema.safeParse(s).success).map((s) => s.id),
      ...city.enrollments.filter((e) => !EnrollmentSchema.safeParse(e).success).map((e) => `${e.householdId}/${e.programYear}`),
    ];
    expect(failures).toEqual([]);
  });
});

describe('reach.targetingErrors recovers truth.years from the records', () => {
  it('matches eligible, enrolled, coverage and leakage for every program year', () => {
    const youthIndex = city.truth.households.youth;
    const years = city.truth.programYears.length;
    for (const truthYear of city.truth.years) {
      const y = truthYear.programYear - 2016;
      const enrolledIds = new Set(city.enrollments.filter((e) => e.programYear === truthYear.programYear).map((e) => e.householdId));
      const youthHouseholds = city.households.filter((_, h) => youthIndex[h * years + y] === 1);
      const result = targetingErrors(youthHouseholds, {
        eligible: (h) => (h.annualIncome as number) <= defaultSyntheticIncomeLimit(h.size, truthYear.programYear),
        enrolled: (h) => enrolledIds.has(h.id),
      });
      expect(result.overall.eligible).toBe(truthYear.eligible);
      expect(result.overall.enrolled).toBe(truthYear.enrolled);
      expect(result.overall.eligibleEnrolled).toBe(truthYear.eligibleEnrolled);
      expect(result.overall.coverage).toBeCloseTo(truthYear.coverage as number, 12);
      expect(result.overall.inclusionError).toBeCloseTo(truthYear.leakage as number, 12);
    }
  });
});

describe('proximity.nearestSite recovers the truth\'s nearest centres', () => {
  it('finds the same nearest centre and distance for every household', () => {
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
