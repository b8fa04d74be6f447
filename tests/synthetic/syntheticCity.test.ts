import distance from '@turf/distance';
import { beforeEach, describe, expect, it } from 'vitest';
import { dateString } from '../../src/internal/validate.ts';
import { defaultSyntheticIncomeLimit, syntheticCity } from '../../src/synthetic/index.ts';
import type { SyntheticCity } from '../../src/synthetic/index.ts';
import { caught } from '../helpers/caught.ts';
import { shared } from '../helpers/shared.ts';

/** Whole-year age on a date, by comparing date parts (the convention of eligibility's ageOn). */
function ageOn(birthDate: string, asOf: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [ay, am, ad] = asOf.split('-').map(Number) as [number, number, number];
  return ay - by - (am < bm || (am === bm && ad < bd) ? 1 : 0);
}

/** Number of positions where two byte arrays differ (vitest's deep equality is slow on 200,000 elements). */
function mismatches(a: Uint8Array, b: Uint8Array): number {
  if (a.length !== b.length) return Math.max(a.length, b.length);
  let count = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) count++;
  return count;
}

const buildSmall = shared(() => syntheticCity({ seed: 11, households: 2000 }));
const buildMid = shared(() => syntheticCity({ seed: 3, households: 20000 }));
const YEARS = 10;

describe('syntheticCity determinism', () => {
  let small: SyntheticCity;
  beforeEach(() => {
    small = buildSmall();
  });
  it('builds the same city from the same seed, field for field', () => {
    const again = syntheticCity({ seed: 11, households: 2000 });
    expect(again).toEqual(small);
  });
  it('builds a different city from a different seed', () => {
    const other = syntheticCity({ seed: 12, households: 2000 });
    expect(other.households.map((h) => h.annualIncome)).not.toEqual(small.households.map((h) => h.annualIncome));
    expect(other.households.map((h) => h.location)).not.toEqual(small.households.map((h) => h.location));
    expect(other.enrollments.length === small.enrollments.length && other.enrollments[0]?.householdId === small.enrollments[0]?.householdId).toBe(false);
  });
  it('changing the enrolment model leaves households and sites unchanged (separate streams)', () => {
    const other = syntheticCity({ seed: 11, households: 2000, propensity: { pandemic: -3 } });
    expect(other.households).toEqual(small.households);
    expect(other.sites).toEqual(small.sites);
    expect(other.enrollments).not.toEqual(small.enrollments);
  });
  it('never mutates its options', () => {
    const options = { seed: 5, households: 300, propensity: { retention: 2 } };
    const copy = structuredClone(options);
    syntheticCity(options);
    expect(options).toEqual(copy);
  });
});

describe('syntheticCity record shapes', () => {
  let households: SyntheticCity['households'];
  let sites: SyntheticCity['sites'];
  let enrollments: SyntheticCity['enrollments'];
  let truth: SyntheticCity['truth'];
  let box: SyntheticCity['truth']['boundingBox'];
  beforeEach(() => {
    ({ households, sites, enrollments, truth } = buildSmall());
    box = truth.boundingBox;
  });
  it('returns the requested counts and unique ids', () => {
    expect(households).toHaveLength(2000);
    expect(sites).toHaveLength(50);
    expect(new Set(households.map((h) => h.id)).size).toBe(2000);
    expect(new Set(sites.map((s) => s.id)).size).toBe(50);
  });
  it('gives every household a size ≥ 1, one member per person with a real birth date, an income and attributes', () => {
    const districts = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'];
    const problems: string[] = [];
    for (const h of households) {
      if (!(Number.isInteger(h.size) && h.size >= 1)) problems.push(`${h.id}: size ${h.size}`);
      if (h.members?.length !== h.size) problems.push(`${h.id}: ${h.members?.length} members for size ${h.size}`);
      for (const member of h.members ?? []) {
        try {
          dateString(member.birthDate, 'birthDate', 'test');
        } catch {
          problems.push(`${h.id}: birth date ${member.birthDate}`);
        }
        if (member.birthDate > truth.referenceDate) problems.push(`${h.id}: born after the reference date`);
      }
      if (!(Number.isFinite(h.annualIncome) && (h.annualIncome as number) >= 0)) problems.push(`${h.id}: income ${h.annualIncome}`);
      if (!districts.includes(h.attributes['district'] as string)) problems.push(`${h.id}: district`);
      if (!truth.raceEthnicityGroups.includes(h.attributes['raceEthnicity'] as string)) problems.push(`${h.id}: race/ethnicity`);
      if (!truth.languages.includes(h.attributes['language'] as string)) problems.push(`${h.id}: language`);
      for (const program of h.categorical ?? []) if (program !== 'CalFresh' && program !== 'Medi-Cal') problems.push(`${h.id}: ${program}`);
    }
    expect(problems).toEqual([]);
  });
  it('places every household and site inside the bounding box', () => {
    const outside = [...households.map((h) => h.location), ...sites.map((s) => s.location)].filter((p) => {
      if (p === undefined) return true;
      const [lng, lat] = p;
      return !(lng >= box.west && lng <= box.east && lat >= box.south && lat <= box.north);
    });
    expect(outside).toEqual([]);
  });
  it('makes ages consistent with household composition: an adult in every household, parents older than children', () => {
    let withChildren = 0;
    const problems: string[] = [];
    for (const h of households) {
      const ages = (h.members ?? []).map((m) => ageOn(m.birthDate, truth.referenceDate));
      if (Math.max(...ages) < 18) problems.push(`${h.id}: no adult (${ages.join(', ')})`);
      const children = ages.filter((a) => a < 18);
      if (children.length > 0) {
        withChildren++;
        if (Math.max(...ages) - Math.max(...children) < 16) problems.push(`${h.id}: parent too young (${ages.join(', ')})`);
      }
    }
    expect(problems).toEqual([]);
    // About a third of households have children under 18.
    expect(withChildren / households.length).toBeGreaterThan(0.25);
    expect(withChildren / households.length).toBeLessThan(0.5);
  });
  it("reports each district's number of centres (fixed weights 4, 4, 8, 5, 7, 5, 6, 4, 4, 3 for 50 centres)", () => {
    expect(truth.districts.map((d) => d.sites)).toEqual([4, 4, 8, 5, 7, 5, 6, 4, 4, 3]);
    const named = truth.districts.map((d) => sites.filter((s) => s.name?.endsWith(`(district ${d.id})`)).length);
    expect(named).toEqual(truth.districts.map((d) => d.sites));
    expect(truth.districts.reduce((sum, d) => sum + d.householdShare, 0)).toBeCloseTo(1, 12);
  });
  it('gives sites a capacity and the program', () => {
    for (const s of sites) {
      expect(Number.isInteger(s.capacity) && (s.capacity as number) > 0).toBe(true);
      expect(s.programs).toEqual(['prns-youth-scholarship']);
    }
  });
  it('makes enrolments reference existing households and sites, in program years 2016–2025, dated inside the fiscal year', () => {
    const householdIds = new Set(households.map((h) => h.id));
    const siteIds = new Set(sites.map((s) => s.id));
    expect(enrollments.length).toBeGreaterThan(0);
    const seen = new Set<string>();
    const problems: string[] = [];
    for (const e of enrollments) {
      const key = `${e.householdId}/${e.programYear}`;
      if (!householdIds.has(e.householdId)) problems.push(`${key}: unknown household`);
      if (!siteIds.has(e.siteId as string)) problems.push(`${key}: unknown site ${e.siteId}`);
      if (e.programId !== 'prns-youth-scholarship') problems.push(`${key}: program ${e.programId}`);
      const year = e.programYear as number;
      if (!(Number.isInteger(year) && year >= 2016 && year <= 2025)) problems.push(`${key}: program year`);
      // San José's fiscal year starts 1 July: program year 2020 runs 2019-07-01 … 2020-06-30.
      const date = e.date as string;
      if (!(date >= `${year - 1}-07-01` && date <= `${year}-06-30`)) problems.push(`${key}: date ${date} outside the fiscal year`);
      try {
        dateString(date, 'date', 'test');
      } catch {
        problems.push(`${key}: date ${date}`);
      }
      if (seen.has(key)) problems.push(`${key}: enrolled twice`);
      seen.add(key);
    }
    expect(problems).toEqual([]);
  });
});

describe('syntheticCity truth agrees with the records', () => {
  let households: SyntheticCity['households'];
  let sites: SyntheticCity['sites'];
  let enrollments: SyntheticCity['enrollments'];
  let truth: SyntheticCity['truth'];
  let index: Map<string, number>;
  beforeEach(() => {
    ({ households, sites, enrollments, truth } = buildMid());
    index = new Map(households.map((h, i) => [h.id, i]));
  });
  it('per-household distance is the turf distance to the nearest site', () => {
    for (let h = 0; h < households.length; h += 97) {
      const location = households[h]?.location as readonly [number, number];
      let best = Number.POSITIVE_INFINITY;
      for (const site of sites) best = Math.min(best, distance([...location], [...site.location], { units: 'kilometers' }));
      expect(truth.households.distanceKm[h]).toBeCloseTo(best, 9);
      const nearest = sites[truth.households.nearestSiteIndex[h] as number];
      expect(distance([...location], [...(nearest?.location ?? [0, 0])])).toBeCloseTo(best, 9);
    }
  });
  it('income eligibility is annualIncome ≤ the year limit for the household size (200 % of HHS 2025, deflated 3 %/yr)', () => {
    const expected = new Uint8Array(households.length * YEARS);
    households.forEach((household, h) => {
      for (let y = 0; y < YEARS; y++) {
        const limit = defaultSyntheticIncomeLimit(household.size, 2016 + y);
        expected[h * YEARS + y] = (household.annualIncome as number) <= limit ? 1 : 0;
      }
    });
    expect(mismatches(truth.households.incomeEligible, expected)).toBe(0);
  });
  it('youth flags follow members aged 5–17 on 1 July starting the program year', () => {
    const expected = new Uint8Array(households.length * YEARS);
    households.forEach((household, h) => {
      for (let y = 0; y < YEARS; y++) {
        const asOf = `${2016 + y - 1}-07-01`;
        const youth = (household.members ?? []).some((m) => {
          const age = ageOn(m.birthDate, asOf);
          return age >= 5 && age <= 17;
        });
        expected[h * YEARS + y] = youth ? 1 : 0;
      }
    });
    expect(mismatches(truth.households.youth, expected)).toBe(0);
  });
  it('enrolled flags match the enrolment records, and only youth households enrol', () => {
    const fromRecords = new Uint8Array(households.length * YEARS);
    for (const e of enrollments) fromRecords[(index.get(e.householdId) as number) * YEARS + (e.programYear as number) - 2016] = 1;
    expect(mismatches(fromRecords, truth.households.enrolled)).toBe(0);
    let enrolledWithoutYouth = 0;
    for (let cell = 0; cell < fromRecords.length; cell++) {
      if (fromRecords[cell] === 1 && truth.households.youth[cell] === 0) enrolledWithoutYouth++;
    }
    expect(enrolledWithoutYouth).toBe(0);
  });
  it('the yearly summaries count the per-household truth', () => {
    for (let y = 0; y < YEARS; y++) {
      let eligible = 0;
      let eligibleEnrolled = 0;
      let enrolled = 0;
      for (let h = 0; h < households.length; h++) {
        const cell = h * YEARS + y;
        if (truth.households.youth[cell] === 0) continue;
        eligible += truth.households.incomeEligible[cell] as number;
        enrolled += truth.households.enrolled[cell] as number;
        eligibleEnrolled += (truth.households.incomeEligible[cell] as number) & (truth.households.enrolled[cell] as number);
      }
      const year = truth.years[y];
      expect(year).toMatchObject({ programYear: 2016 + y, eligible, enrolled, eligibleEnrolled, ineligibleEnrolled: enrolled - eligibleEnrolled });
      expect(year?.coverage).toBeCloseTo(eligibleEnrolled / eligible, 12);
    }
  });
});

/** Enrolment rate among eligible youth household-years, for those `where` holds. */
function eligibleRate(city: SyntheticCity, where: (h: number, y: number) => boolean): { rate: number; n: number } {
  const { youth, incomeEligible, enrolled } = city.truth.households;
  let n = 0;
  let k = 0;
  for (let h = 0; h < city.households.length; h++) {
    for (let y = 0; y < YEARS; y++) {
      const cell = h * YEARS + y;
      if (youth[cell] === 0 || incomeEligible[cell] === 0 || !where(h, y)) continue;
      n++;
      k += enrolled[cell] as number;
    }
  }
  return { rate: k / n, n };
}

describe('syntheticCity generating effects (20,000 households)', () => {
  let mid: SyntheticCity;
  let distanceKm: Float64Array;
  beforeEach(() => {
    mid = buildMid();
    distanceKm = mid.truth.households.distanceKm;
  });
  const language = (h: number): string | undefined => mid.households[h]?.attributes['language'];
  it('eligible households enrol less the farther they live from a centre', () => {
    const near = eligibleRate(mid, (h) => (distanceKm[h] as number) < 1);
    const middle = eligibleRate(mid, (h) => (distanceKm[h] as number) >= 1 && (distanceKm[h] as number) < 2.5);
    const far = eligibleRate(mid, (h) => (distanceKm[h] as number) >= 2.5);
    expect(Math.min(near.n, middle.n, far.n)).toBeGreaterThan(300);
    expect(near.rate).toBeGreaterThan(middle.rate);
    expect(middle.rate).toBeGreaterThan(far.rate);
  });
  it('eligible households with a non-English home language enrol less', () => {
    const english = eligibleRate(mid, (h) => language(h) === 'English');
    const other = eligibleRate(mid, (h) => language(h) !== 'English');
    expect(english.rate).toBeGreaterThan(other.rate * 1.3);
  });
  it('enrolment dips in 2020', () => {
    const counts = mid.truth.years.map((y) => y.enrolled);
    const at = (year: number): number => counts[year - 2016] as number;
    expect(at(2020)).toBeLessThan(0.7 * at(2019));
    expect(at(2020)).toBeLessThan(0.7 * at(2021));
  });
  it('some enrolled households are not income-eligible (leakage), but most are', () => {
    for (const year of mid.truth.years) {
      expect(year.ineligibleEnrolled).toBeGreaterThan(0);
      expect(year.leakage as number).toBeLessThan(0.5);
    }
  });
  it('households enrolled last year are likelier to enrol this year (retention)', () => {
    const { enrolled } = mid.truth.households;
    const retained = eligibleRate(mid, (h, y) => y > 0 && enrolled[h * YEARS + y - 1] === 1);
    const fresh = eligibleRate(mid, (h, y) => y > 0 && enrolled[h * YEARS + y - 1] === 0);
    expect(retained.rate).toBeGreaterThan(2 * fresh.rate);
  });
  it('categorical enrolments are likelier at low income', () => {
    const low = mid.households.filter((h) => (h.annualIncome as number) < 40000);
    const high = mid.households.filter((h) => (h.annualIncome as number) > 150000);
    const share = (rows: typeof low, program: string): number => rows.filter((h) => h.categorical?.includes(program)).length / rows.length;
    expect(share(low, 'CalFresh')).toBeGreaterThan(5 * share(high, 'CalFresh'));
    expect(share(low, 'Medi-Cal')).toBeGreaterThan(5 * share(high, 'Medi-Cal'));
  });
  it('district incomes and locations differ (districts cluster)', () => {
    const byDistrict = new Map<string, number[]>();
    for (const h of mid.households) {
      const list = byDistrict.get(h.attributes['district'] as string) ?? [];
      list.push(h.annualIncome as number);
      byDistrict.set(h.attributes['district'] as string, list);
    }
    const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] as number;
    expect(median(byDistrict.get('1') ?? [])).toBeGreaterThan(1.4 * median(byDistrict.get('5') ?? []));
  });
});

describe('syntheticCity options and bad input', () => {
  it('scales and renames', () => {
    const city = syntheticCity({ households: 50, sites: 3, programId: 'summer-camp', seed: 0 });
    expect(city.households).toHaveLength(50);
    expect(city.sites).toHaveLength(3);
    expect(city.enrollments.every((e) => e.programId === 'summer-camp')).toBe(true);
    expect(city.truth.programId).toBe('summer-camp');
  });
  it('uses a custom income limit for true eligibility and reports it', () => {
    const city = syntheticCity({ households: 500, eligibilityIncomeLimit: (size) => 20000 * size });
    expect(city.truth.incomeLimits[0]?.bySize).toEqual([20000, 40000, 60000, 80000, 100000, 120000, 140000, 160000, 180000]);
    const h = city.households.findIndex((x) => (x.annualIncome as number) <= 20000 * x.size);
    expect(h).toBeGreaterThanOrEqual(0);
    expect(city.truth.households.incomeEligible[h * YEARS]).toBe(1);
  });
  it('rejects households that are not positive whole numbers', () => {
    let error = caught(() => syntheticCity({ households: 0 }));
    expect(error.code).toBe('out_of_range');
    expect(error.path).toBe('options.households');
    expect(error.message).toMatch(/^syntheticCity: options\.households is 0; expected a whole number ≥ 1\./);
    error = caught(() => syntheticCity({ households: 2.5 }));
    expect(error.code).toBe('not_integer');
    expect(error.path).toBe('options.households');
    expect(error.message).toMatch(/^syntheticCity: options\.households is 2\.5; expected a whole number/);
    error = caught(() => syntheticCity({ households: -4 }));
    expect(error.code).toBe('out_of_range');
    error = caught(() => syntheticCity({ households: Number.NaN }));
    expect(error.code).toBe('not_finite');
  });
  it('rejects bad seeds and site counts', () => {
    const seed = caught(() => syntheticCity({ seed: -1 }));
    expect([seed.code, seed.path]).toEqual(['out_of_range', 'options.seed']);
    expect(seed.message).toMatch(/^syntheticCity: options\.seed is -1/);
    const big = caught(() => syntheticCity({ seed: 2 ** 32 }));
    expect([big.code, big.path]).toEqual(['out_of_range', 'options.seed']);
    const sites = caught(() => syntheticCity({ sites: 0 }));
    expect([sites.code, sites.path]).toEqual(['out_of_range', 'options.sites']);
    const type = caught(() => syntheticCity({ sites: '50' as unknown as number }));
    expect([type.code, type.path]).toEqual(['invalid_type', 'options.sites']);
  });
  it('rejects unknown option keys with a suggestion', () => {
    const error = caught(() => syntheticCity({ houshold: 10 } as unknown as { households: number }));
    expect(error.code).toBe('unknown_key');
    expect(error.path).toBe('options.houshold');
    expect(error.message).toMatch(/^syntheticCity: options has unknown option "houshold"/);
    expect(error.hint).toBe('did you mean "households"?');
    const nested = caught(() => syntheticCity({ propensity: { distance: -1 } as unknown as { distancePerKm: number } }));
    expect([nested.code, nested.path]).toEqual(['unknown_key', 'options.propensity.distance']);
  });
  it('rejects options that are not an object', () => {
    const error = caught(() => syntheticCity(5 as unknown as object));
    expect([error.code, error.path]).toEqual(['invalid_type', 'options']);
    expect(error.message).toMatch(/^syntheticCity: options is 5; pass an options object/);
  });
  it('rejects non-finite coefficients and a bad propensity object', () => {
    const error = caught(() => syntheticCity({ propensity: { retention: Number.POSITIVE_INFINITY } }));
    expect([error.code, error.path]).toEqual(['not_finite', 'options.propensity.retention']);
    expect(error.message).toMatch(/^syntheticCity: options\.propensity\.retention is Infinity/);
    const notObject = caught(() => syntheticCity({ propensity: [] as unknown as object }));
    expect([notObject.code, notObject.path]).toEqual(['invalid_type', 'options.propensity']);
  });
  it('rejects an empty program id and an income limit that is not a positive finite number', () => {
    const empty = caught(() => syntheticCity({ programId: ' ' }));
    expect([empty.code, empty.path]).toEqual(['invalid_value', 'options.programId']);
    const limit = caught(() => syntheticCity({ households: 10, eligibilityIncomeLimit: (size, year) => (year === 2018 ? Number.NaN : size) }));
    expect([limit.code, limit.path]).toEqual(['invalid_value', 'options.eligibilityIncomeLimit']);
    expect(limit.message).toBe(
      'syntheticCity: options.eligibilityIncomeLimit(1, 2018) returned NaN; it must return a finite income limit > 0 in dollars per year.',
    );
    const notFunction = caught(() => syntheticCity({ eligibilityIncomeLimit: 30000 as unknown as () => number }));
    expect([notFunction.code, notFunction.path]).toEqual(['invalid_type', 'options.eligibilityIncomeLimit']);
  });
});

describe('syntheticCity at its smallest', () => {
  it('builds one household and one centre; rates without a denominator are null, not NaN', () => {
    const city = syntheticCity({ households: 1, sites: 1, seed: 4 });
    expect(city.households).toHaveLength(1);
    expect(city.sites).toHaveLength(1);
    expect(city.truth.households.nearestSiteIndex[0]).toBe(0);
    for (const year of city.truth.years) {
      expect(year.coverage === null ? year.eligible === 0 : year.eligible > 0).toBe(true);
      expect(year.leakage === null ? year.enrolled === 0 : year.enrolled > 0).toBe(true);
      expect(Number.isNaN(year.coverage) || Number.isNaN(year.leakage)).toBe(false);
    }
    // Some year of a one-household city has no enrolment, so its leakage is null.
    expect(city.truth.years.some((year) => year.leakage === null)).toBe(true);
  });
});
