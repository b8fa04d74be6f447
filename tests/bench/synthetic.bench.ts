/**
 * Benchmarks of the synthetic city generator (`npm run bench -- synthetic`).
 *
 * 1. The default city (330,000 households, 50 centres, ten program years) against the floor of materialising
 *    the same records: copying every household, member, site and enrolment into fresh object literals.
 * 2. The same city against drawing the same number of uniform random numbers (counted exactly) in a plain loop.
 * 3. The nearest-centre stage against a naive loop calling `@turf/distance` for every household × centre pair
 *    (run on a twentieth of the households and scaled by 20).
 */
import distance from '@turf/distance';
import { suite } from './harness.ts';
import { syntheticCity } from '../../src/synthetic/index.ts';
import type { SyntheticCity } from '../../src/synthetic/index.ts';
import { nearestSites } from '../../src/synthetic/internal/generate.ts';
import { Sfc32 } from '../../src/internal/random.ts';

/** Counts the generator's 32-bit draws while building one default city. */
function countDraws(): number {
  const prototype = Sfc32.prototype as unknown as { nextUint32: () => number };
  const original = prototype.nextUint32;
  let draws = 0;
  prototype.nextUint32 = function (this: Sfc32): number {
    draws++;
    return original.call(this);
  };
  try {
    syntheticCity();
  } finally {
    prototype.nextUint32 = original;
  }
  return draws;
}

/** Copies every record into fresh object literals: the allocation floor of producing the city. */
function copyRecords(city: SyntheticCity): number {
  const households = city.households.map((h) => ({
    id: h.id,
    location: [h.location?.[0] ?? 0, h.location?.[1] ?? 0],
    size: h.size,
    annualIncome: h.annualIncome,
    members: (h.members ?? []).map((m) => ({ birthDate: m.birthDate })),
    attributes: { district: h.attributes['district'], raceEthnicity: h.attributes['raceEthnicity'], language: h.attributes['language'] },
    categorical: [...(h.categorical ?? [])],
  }));
  const sites = city.sites.map((s) => ({ ...s, location: [s.location[0], s.location[1]], programs: [...(s.programs ?? [])] }));
  const enrollments = city.enrollments.map((e) => ({ ...e }));
  return households.length + sites.length + enrollments.length;
}

suite('synthetic', (ctx) => {
  const reference = syntheticCity();
  const households = reference.households.length;

  ctx.compare({
    name: 'syntheticCity() default city',
    run: () => syntheticCity(),
    baselineName: 'copy the same records into fresh object literals',
    baseline: () => copyRecords(reference),
    options: { repeat: 3, warmup: 1, n: households },
  });

  const draws = countDraws();
  ctx.compare({
    name: `syntheticCity() default city (${draws} draws)`,
    run: () => syntheticCity(),
    baselineName: `${draws} draws of the same sfc32 generator in a plain loop`,
    baseline: () => {
      const rng = new Sfc32(1);
      let sum = 0;
      for (let i = 0; i < draws; i++) sum += rng.next();
      return sum;
    },
    // The city is already warm from the first comparison.
    options: { repeat: 3, warmup: 0, n: households },
  });

  const lng = new Float64Array(households);
  const lat = new Float64Array(households);
  reference.households.forEach((h, i) => {
    lng[i] = h.location?.[0] ?? 0;
    lat[i] = h.location?.[1] ?? 0;
  });
  const siteLng = Float64Array.from(reference.sites, (s) => s.location[0]);
  const siteLat = Float64Array.from(reference.sites, (s) => s.location[1]);
  const nearest = new Int32Array(households);
  const second = new Int32Array(households);
  const distanceKm = new Float64Array(households);
  const twentieth = Math.floor(households / 20);
  ctx.compare({
    name: `nearest of ${reference.sites.length} centres for every household`,
    run: () => nearestSites(lng, lat, siteLng, siteLat, nearest, second, distanceKm),
    baselineName: '@turf/distance for every household × centre pair (a twentieth of the households, × 20)',
    baseline: () => {
      let total = 0;
      for (let i = 0; i < twentieth; i++) {
        let best = Number.POSITIVE_INFINITY;
        const from = [lng[i] as number, lat[i] as number];
        for (const site of reference.sites) best = Math.min(best, distance(from, [site.location[0], site.location[1]]));
        total += best;
      }
      return total;
    },
    baselineScale: 20,
    baselineRepeat: 3,
    ratioIs: 'baseline/case',
    options: { repeat: 5, warmup: 1, n: `${households} × ${reference.sites.length}` },
  });
});
