/**
 * The reach functions on the synthetic city, whose generating model (src/synthetic/syntheticCity.ts) enrols some
 * ineligible households (leakage) and makes enrolment less likely with distance to the nearest community centre
 * (odds × 0.70 per km) and for non-English home languages (odds × 0.45), more likely after an enrolment the year
 * before (odds × 4.5) and less likely in the 2020 pandemic year (odds × 0.33). The analysis sees only the records;
 * the truth is used to check it.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import {
  coadyGroshHoddinott,
  eligibilityMargins,
  joinEnrollments,
  mergeReach,
  representationByGroup,
  retention,
  targetingErrors,
  targetingErrorsByYear,
  type HouseholdYear,
  type TargetingErrorsResult,
} from '../../src/reach/index.ts';
import { syntheticCity, type SyntheticCity } from '../../src/synthetic/index.ts';
import type { Household } from '../../src/internal/records.ts';
import { shared } from '../helpers/shared.ts';

type Row = HouseholdYear<Household>;

let city: SyntheticCity;
let rows: Row[];
let limit: (row: Row) => number;
let pooled: TargetingErrorsResult;

const distanceBand = (km: number): string => (km < 1.5 ? 'under 1.5 km' : km < 3 ? '1.5–3 km' : '3 km or more');

const setUp = shared(() => {
  // 20,000 households give about 11,000 eligible youth household-years: enough for every direction below to hold
  // by a wide margin (checked on several seeds while writing the test).
  city = syntheticCity({ households: 20_000, seed: 2024 });
  const { truth } = city;
  const years = truth.programYears.length;
  // Bucket by enrolment date (fiscal year from 1 July, named by its end), not by the recorded program year.
  const joined = joinEnrollments(city.households, city.enrollments, { year: (e) => e.date as string });
  // The program's target population each year: households with a member aged 5–17 on 1 July.
  rows = joined.rows.filter((r) => truth.households.youth[r.householdIndex * years + (r.year - truth.programYears[0]!)] === 1);
  limit = (r) => truth.incomeLimits.find((l) => l.programYear === r.year)?.bySize[r.household.size - 1] as number;
  pooled = targetingErrors(rows, {
    eligible: (r) => (r.household.annualIncome as number) <= limit(r),
    enrolled: (r) => r.enrolled,
    by: {
      distance: (r) => distanceBand(truth.households.distanceKm[r.householdIndex] as number),
      language: (r) => r.household.attributes['language'] as string,
      district: (r) => r.household.attributes['district'] as string,
    },
  });
  return { city, rows, limit, pooled };
});
beforeEach(() => {
  ({ city, rows, limit, pooled } = setUp());
});

describe('reach on the synthetic city', () => {
  it('buckets dated enrolments into the same fiscal years as the recorded program years', () => {
    const joined = joinEnrollments(city.households, city.enrollments, { year: (e) => e.date as string });
    expect(joined.years).toEqual([...city.truth.programYears]);
    expect(joined.unknownHouseholds).toEqual([]);
    const byProgramYear = joinEnrollments(city.households, city.enrollments);
    expect(joined.rows.filter((r) => r.enrolled).length).toBe(byProgramYear.rows.filter((r) => r.enrolled).length);
  });

  it('recovers the generating model’s yearly coverage and leakage exactly', () => {
    const byYear = targetingErrorsByYear(rows, {
      year: (r) => r.year,
      eligible: (r) => (r.household.annualIncome as number) <= limit(r),
      enrolled: (r) => r.enrolled,
    });
    expect(byYear.years.map((y) => y.year)).toEqual([...city.truth.programYears]);
    byYear.years.forEach((y, k) => {
      const truth = city.truth.years[k]!;
      expect(y.overall.records).toBe(truth.youthHouseholds);
      expect(y.overall.eligible).toBe(truth.eligible);
      expect(y.overall.eligibleEnrolled).toBe(truth.eligibleEnrolled);
      expect(y.overall.ineligibleEnrolled).toBe(truth.ineligibleEnrolled);
      expect(y.overall.coverage).toBe(truth.coverage);
      expect(y.overall.inclusionError).toBe(truth.leakage);
    });
  });

  it('finds leakage: ineligible households among the enrolled, all above the income limit', () => {
    expect(pooled.overall.ineligibleEnrolled).toBeGreaterThan(0);
    expect(pooled.overall.inclusionError as number).toBeGreaterThan(0.05);
    const margins = eligibilityMargins(rows, {
      margin: (r) => (r.household.annualIncome as number) - limit(r),
      eligible: (r) => (r.household.annualIncome as number) <= limit(r),
      enrolled: (r) => r.enrolled,
    });
    expect(margins.leakage.count).toBe(pooled.overall.ineligibleEnrolled);
    expect(margins.leakage.min as number).toBeGreaterThan(0);
    expect(margins.undercoverage.max as number).toBeLessThanOrEqual(0);
  });

  it('finds undercoverage growing with distance to the nearest centre', () => {
    const byDistance = pooled.byDimension.find((m) => m.dimension === 'distance')?.groups ?? [];
    const coverage = (label: string) => byDistance.find((g) => g.label === label)?.coverage as number;
    expect(coverage('under 1.5 km')).toBeGreaterThan(coverage('1.5–3 km'));
    expect(coverage('1.5–3 km')).toBeGreaterThan(coverage('3 km or more'));
    // The intervals of the nearest and farthest bands do not overlap.
    const near = byDistance.find((g) => g.label === 'under 1.5 km')?.coverageInterval;
    const far = byDistance.find((g) => g.label === '3 km or more')?.coverageInterval;
    expect(near?.lower as number).toBeGreaterThan(far?.upper as number);
  });

  it('finds undercoverage among non-English-speaking households, and their under-representation', () => {
    const byLanguage = pooled.byDimension.find((m) => m.dimension === 'language')?.groups ?? [];
    const english = byLanguage.find((g) => g.label === 'English');
    for (const group of byLanguage) {
      if (group.label !== 'English') expect(group.coverage as number).toBeLessThan(english?.coverage as number);
    }
    const representation = representationByGroup(pooled, { dimension: 'language', numerator: 'eligibleEnrolled' });
    expect(representation.groups.find((g) => g.label === 'English')?.representation as number).toBeGreaterThan(1);
    expect(representation.groups.find((g) => g.label === 'Spanish')?.representation as number).toBeLessThan(1);
  });

  it('finds the pandemic dip, and retention of last year’s households above the coverage of eligible ones', () => {
    const byYear = targetingErrorsByYear(rows, {
      year: (r) => r.year,
      eligible: (r) => (r.household.annualIncome as number) <= limit(r),
      enrolled: (r) => r.enrolled,
    });
    const coverage = (year: number) => byYear.years.find((y) => y.year === year)?.overall.coverage as number;
    expect(coverage(2020)).toBeLessThan(coverage(2019));
    expect(coverage(2020)).toBeLessThan(coverage(2021));
    const flows = retention(city.enrollments);
    const later = flows.years.filter((y) => y.retention !== null && y.year !== 2020);
    for (const year of later) expect(year.retention as number).toBeGreaterThan(pooled.overall.coverage as number);
  });

  it('targets the poor: CGH(40) above 1 on the youth household-years', () => {
    const cgh = coadyGroshHoddinott(rows, { welfare: (r) => r.household.annualIncome as number, benefit: (r) => r.enrolled });
    expect(cgh.indicator as number).toBeGreaterThan(1);
  });

  it('gives the same summary when computed district by district and merged', () => {
    const options = {
      eligible: (r: Row) => (r.household.annualIncome as number) <= limit(r),
      enrolled: (r: Row) => r.enrolled,
      by: { distance: (r: Row) => distanceBand(city.truth.households.distanceKm[r.householdIndex] as number) },
    };
    const districts = [...new Set(rows.map((r) => r.household.attributes['district'] as string))];
    const merged = districts
      .map((d) => targetingErrors(rows.filter((r) => r.household.attributes['district'] === d), options))
      .reduce((a, b) => mergeReach(a, b));
    expect(merged).toEqual(targetingErrors(rows, options));
  });
});
