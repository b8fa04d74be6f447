/**
 * Proximity benchmarks (`npm run bench -- proximity`). Data: a seeded, San José-sized synthetic city built
 * here (households clustered around neighbourhood centres in a 40 × 30 km box, sites spread over it), so the
 * suite does not depend on the synthetic module.
 */
import { coverage, nearestSite, planSites, twoStepFCA } from '../../src/proximity/index.ts';
import { suite } from './harness.ts';

const RADIUS_KM = 6371008.8 / 1000;

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Households around 120 neighbourhood centres (Gaussian spread ≈ 1.5 km) in a box around San José. */
function households(n: number, seed: number): [number, number][] {
  const random = mulberry32(seed);
  const normal = (): number => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const centres = Array.from({ length: 120 }, () => [-122.05 + random() * 0.45, 37.2 + random() * 0.27]);
  const out: [number, number][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const c = centres[Math.floor(random() * centres.length)] as number[];
    out[i] = [(c[0] as number) + normal() * 0.017, (c[1] as number) + normal() * 0.0135];
  }
  return out;
}

function sites(m: number, seed: number): [number, number][] {
  const random = mulberry32(seed);
  return Array.from({ length: m }, () => [-122.05 + random() * 0.45, 37.2 + random() * 0.27] as [number, number]);
}

/** One haversine per household (to a fixed point), packed arrays, no index: the floor for any nearest search. */
function oneHaversineEach(packed: Float64Array, to: [number, number]): Float64Array {
  const n = packed.length >> 1;
  const out = new Float64Array(n);
  const lat2 = (to[1] * Math.PI) / 180;
  const cos2 = Math.cos(lat2);
  for (let i = 0; i < n; i++) {
    const lng = packed[2 * i] as number;
    const lat = packed[2 * i + 1] as number;
    const dLat = ((to[1] - lat) * Math.PI) / 180;
    const dLon = ((to[0] - lng) * Math.PI) / 180;
    const a = Math.sin(dLat / 2) ** 2 + Math.sin(dLon / 2) ** 2 * Math.cos((lat * Math.PI) / 180) * cos2;
    out[i] = 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a)) * RADIUS_KM;
  }
  return out;
}

/** The library's own brute force: every household against every site with the same haversine. */
function bruteNearest(points: [number, number][], siteList: [number, number][]): Int32Array {
  const m = siteList.length;
  const lng2 = Float64Array.from(siteList, (s) => s[0]);
  const lat2 = Float64Array.from(siteList, (s) => s[1]);
  const cos2 = Float64Array.from(siteList, (s) => Math.cos((s[1] * Math.PI) / 180));
  const out = new Int32Array(points.length);
  points.forEach(([lng, lat], i) => {
    const cos1 = Math.cos((lat * Math.PI) / 180);
    let best = -1;
    let bestA = Infinity;
    for (let j = 0; j < m; j++) {
      const dLat = (((lat2[j] as number) - lat) * Math.PI) / 180;
      const dLon = (((lng2[j] as number) - lng) * Math.PI) / 180;
      const a = Math.sin(dLat / 2) ** 2 + Math.sin(dLon / 2) ** 2 * cos1 * (cos2[j] as number);
      if (a < bestA) {
        bestA = a;
        best = j;
      }
    }
    out[i] = best;
  });
  return out;
}

function pack(points: [number, number][]): Float64Array {
  const packed = new Float64Array(points.length * 2);
  points.forEach(([lng, lat], i) => {
    packed[2 * i] = lng;
    packed[2 * i + 1] = lat;
  });
  return packed;
}

const N = 1_000_000;
const M = 5_000;

suite('proximity-nearest', (ctx) => {
  const homes = households(N, 1);
  const centres = sites(M, 2);
  const packed = pack(homes);
  ctx.compare({
    name: 'nearestSite 1M households × 5,000 sites',
    run: () => nearestSite(homes, centres),
    baselineName: 'one haversine per household (floor)',
    baseline: () => oneHaversineEach(packed, [-121.89, 37.33]),
    goal: 4,
    options: { n: `${N} × ${M}`, repeat: 3 },
  });
  const subset = homes.slice(0, 2_000);
  ctx.compare({
    name: 'nearestSite 1M × 5,000 (speed-up over brute force)',
    run: () => nearestSite(homes, centres),
    baselineName: 'brute force on 2,000 households × 5,000 sites, scaled × 500',
    baseline: () => bruteNearest(subset, centres),
    baselineScale: N / subset.length,
    ratioIs: 'baseline/case',
    options: { n: `${N} × ${M}`, repeat: 3 },
    baselineRepeat: 3,
  });
});

suite('proximity-coverage', (ctx) => {
  const homes = households(N, 3);
  const centres = sites(M, 4);
  const packed = pack(homes);
  ctx.compare({
    name: 'coverage 1M households × 5,000 sites, radius 0.8 km',
    run: () => coverage(homes, centres, { radiusKm: 0.8 }),
    baselineName: 'one haversine per household (floor)',
    baseline: () => oneHaversineEach(packed, [-121.89, 37.33]),
    goal: 4,
    options: { n: `${N} × ${M}`, repeat: 3 },
  });
});

suite('proximity-2sfca', (ctx) => {
  const homes = households(N, 5);
  const centres = sites(M, 6);
  const demand = homes.map((location, i) => ({ location, population: 1 + (i % 4) }));
  const supply = centres.map((location, j) => ({ location, capacity: 20 + (j % 50) }));
  const subset = homes.slice(0, 1_000);
  const packedSites = pack(centres);
  ctx.compare({
    name: 'twoStepFCA 1M households × 5,000 sites, 3 km binary catchment',
    run: () => twoStepFCA(demand, supply, { catchmentKm: 3 }),
    baselineName: 'brute-force pair scan (2 passes × 5,000 haversines) on 1,000 households, scaled × 1000',
    baseline: () => {
      let inside = 0;
      for (let pass = 0; pass < 2; pass++) {
        for (const home of subset) {
          const d = oneHaversineEach(packedSites, home);
          for (let j = 0; j < d.length; j++) if ((d[j] as number) <= 3) inside++;
        }
      }
      return inside;
    },
    baselineScale: N / subset.length,
    ratioIs: 'baseline/case',
    // About 120 sites lie within 3 km of a household here: ~240 million pairs over the two passes.
    options: { n: `${N} × ${M}`, repeat: 1, warmup: 0 },
    baselineRepeat: 1,
  });
  const gaussian = { kernel: 'gaussian' as const, sigmaKm: 1 };
  const smaller = demand.slice(0, 100_000);
  ctx.compare({
    name: 'twoStepFCA 100k × 5,000, 3 km Gaussian (exact turf distance per pair)',
    run: () => twoStepFCA(smaller, supply, { catchmentKm: 3, decay: gaussian }),
    baselineName: 'binary 2SFCA on the same 100k (same pairs, distances only near the edge)',
    baseline: () => twoStepFCA(smaller, supply, { catchmentKm: 3 }),
    options: { n: `100000 × ${M}`, repeat: 1, warmup: 0 },
    baselineRepeat: 1,
  });
});

suite('proximity-plan', (ctx) => {
  const homes = households(200_000, 7);
  const candidates = sites(300, 8);
  const demand = homes.map((location, i) => ({ location, weight: 1 + (i % 3) }));
  ctx.compare({
    name: 'planSites greedy, 200k households × 300 candidates, 2 km, count 10',
    run: () => planSites(demand, candidates, { radiusKm: 2, count: 10 }),
    baselineName: 'one haversine per household-candidate pair (building the coverage sets naively)',
    baseline: () => {
      const packed = pack(homes);
      let covered = 0;
      for (const c of candidates) {
        const d = oneHaversineEach(packed, c);
        for (let i = 0; i < d.length; i++) if ((d[i] as number) <= 2) covered++;
      }
      return covered;
    },
    ratioIs: 'baseline/case',
    options: { n: '200000 × 300', repeat: 3 },
    baselineRepeat: 1,
  });
  ctx.compare({
    name: 'planSites greedy + 1-swap, same data',
    run: () => planSites(demand, candidates, { radiusKm: 2, count: 10, swap: true }),
    baselineName: 'greedy alone',
    baseline: () => planSites(demand, candidates, { radiusKm: 2, count: 10 }),
    options: { n: '200000 × 300', repeat: 2 },
    baselineRepeat: 2,
  });
});
