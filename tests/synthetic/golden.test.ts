import { beforeEach, describe, expect, it } from 'vitest';
import { syntheticCity } from '../../src/synthetic/index.ts';
import type { SyntheticCity } from '../../src/synthetic/index.ts';
import { shared } from '../helpers/shared.ts';

// Golden values for seed 1, 2,000 households. Guides and other modules' tests pin numbers computed on the
// synthetic city, so its output must not drift by accident: these change only on purpose, together with a
// "Changed results" entry in CHANGELOG.md. (Regenerated from the generator itself; they hold for V8 — Node and
// Deno — whose Math.exp/log/sin/cos are deterministic.)

/** FNV-1a 32-bit hash of a string, hex. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

describe('syntheticCity golden output (seed 1, 2,000 households)', () => {
  const buildCity = shared(() => syntheticCity({ seed: 1, households: 2000 }));
  let city: SyntheticCity;
  beforeEach(() => {
    city = buildCity();
  });
  it('keeps its first records', () => {
    expect(city.households[0]).toEqual({
      id: 'hh-000001',
      location: [-121.906732, 37.359354],
      size: 3,
      annualIncome: 129889,
      members: [{ birthDate: '1959-11-21' }, { birthDate: '1994-03-16' }, { birthDate: '1990-12-02' }],
      attributes: { district: '6', raceEthnicity: 'White', language: 'English' },
      categorical: [],
    });
    expect(city.sites[0]).toEqual({
      id: 'cc-01',
      name: 'Community centre 01 (district 1)',
      location: [-121.99943, 37.285087],
      capacity: 100,
      programs: ['prns-youth-scholarship'],
    });
    expect(city.enrollments[0]).toEqual({
      householdId: 'hh-000323',
      programId: 'prns-youth-scholarship',
      siteId: 'cc-11',
      programYear: 2016,
      date: '2016-03-28',
    });
  });
  it('keeps every record (hashes of the JSON of households, sites and enrolments)', () => {
    expect([fnv1a(JSON.stringify(city.households)), fnv1a(JSON.stringify(city.sites)), fnv1a(JSON.stringify(city.enrollments))]).toEqual([
      'f01afdd1',
      '0b1fb306',
      '2328bc98',
    ]);
  });
  it('keeps its yearly truth: [year, youth households, eligible, enrolled, eligible enrolled]', () => {
    expect(city.truth.years.map((y) => [y.programYear, y.youthHouseholds, y.eligible, y.enrolled, y.eligibleEnrolled])).toEqual([
      [2016, 758, 58, 7, 6],
      [2017, 779, 66, 6, 4],
      [2018, 773, 70, 18, 15],
      [2019, 791, 80, 16, 15],
      [2020, 814, 96, 6, 5],
      [2021, 817, 100, 15, 12],
      [2022, 832, 110, 10, 8],
      [2023, 836, 119, 24, 21],
      [2024, 840, 132, 24, 19],
      [2025, 827, 137, 21, 17],
    ]);
  });
});
