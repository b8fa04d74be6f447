/**
 * Proximity benchmarks (`npm run bench -- proximity`). Data: a seeded, San José-sized synthetic city built
 * here (households clustered around neighbourhood centres in a 40 × 30 km box, sites spread over it), so the
 * suite does not depend on the synthetic module.
 *
 * Baselines in the same run: scipy's cKDTree through python3 (`peers/ckdtree.py`, one thread; skipped with a
 * note when python3 or scipy is missing — `apt-get install python3-scipy`), the implementation before issue 15
 * (per-point list scan; per-household pair path for 2SFCA, still the path of travel-cost matrices) and the
 * floor of one haversine per household. Each comparison also checks that the results are identical (indices)
 * or equal within 1e-12 relative (scores).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { balancedFCA, countWithin, coverage, fcaRatio, kNearestSites, nearestSite, pCenter, planSites, raam, threeStepFCA, twoStepFCA } from '../../src/proximity/index.ts';
import { compileDecay } from '../../src/proximity/internal/decay.ts';
import { twoStepCore } from '../../src/proximity/internal/fca.ts';
import { balancedCore, threeStepCore } from '../../src/proximity/internal/fcaSteps.ts';
import { packPositions } from '../../src/proximity/internal/inputs.ts';
import { GeoNeighbourhood } from '../../src/proximity/internal/neighbourhood.ts';
import { NearestGrid, type NearestOut } from '../../src/internal/nearestGrid.ts';
import { NEAREST_SITES_PER_CELL, SphereGrid } from '../../src/internal/sphereGrid.ts';
import { sitesWithin } from '../../src/proximity/internal/sphereGridQueries.ts';
import { pysalRaam, sanFrancisco } from '../proximity/helpers.ts';
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

/** scipy's cKDTree on the same data in a python3 child process; null (with a note) when unavailable. */
function ckdtree(homes: [number, number][], centres: [number, number][], args: string[]): { cpuMinMs: number; medianMs: number; out: Buffer } | null {
  const probe = spawnSync('python3', ['-c', 'import scipy.spatial'], { encoding: 'utf8' });
  if (probe.status !== 0) {
    console.log(JSON.stringify({ note: 'scipy cKDTree comparison skipped: python3 with scipy not found (apt-get install python3-scipy)' }));
    return null;
  }
  const dir = mkdtempSync(join(tmpdir(), 'equity-lens-bench-'));
  try {
    writeFileSync(join(dir, 'households.f64'), pack(homes));
    writeFileSync(join(dir, 'sites.f64'), pack(centres));
    const script = fileURLToPath(new URL('peers/ckdtree.py', import.meta.url));
    const out = join(dir, 'out.bin');
    const run = spawnSync('python3', [script, join(dir, 'households.f64'), join(dir, 'sites.f64'), ...args, out], { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (run.status !== 0) throw new Error(`ckdtree.py failed: ${run.stderr}`);
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { cpu?: number; wall?: number; maxRssMb?: number });
    const reps = lines.filter((line) => line.cpu !== undefined);
    const walls = reps.map((line) => (line.wall as number) * 1000).sort((x, y) => x - y);
    console.log(JSON.stringify({ note: `cKDTree ${args[0]}: peak RSS ${Math.round(lines.at(-1)?.maxRssMb ?? 0)} MB` }));
    return { cpuMinMs: Math.min(...reps.map((line) => (line.cpu as number) * 1000)), medianMs: walls[walls.length >> 1] as number, out: readFileSync(out) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The nearest-site loop before issue 15: one query per point through NearestGrid.nearest. */
function perPointNearest(homes: [number, number][], centres: [number, number][]): Int32Array {
  const grid = new NearestGrid(packPositions(centres, 'sites', 'bench'), NEAREST_SITES_PER_CELL);
  const packed = packPositions(homes, 'points', 'bench');
  const index = new Int32Array(homes.length);
  const out: NearestOut = { index: -1, distanceKm: Infinity };
  const q = new Float64Array(4);
  for (let i = 0; i < homes.length; i++) {
    const lng = packed[2 * i] as number;
    const lat = packed[2 * i + 1] as number;
    grid.project(lng, lat, q, 0);
    grid.nearest(q[0] as number, q[1] as number, q[2] as number, lng, lat, q[3] as number, out);
    index[i] = out.index;
  }
  return index;
}

/** 2SFCA before issue 15: pairs enumerated per household through the site index, twice. */
function pairPath2SFCA(demand: { location: [number, number]; population: number }[], supply: { location: [number, number]; capacity: number }[], catchmentKm: number, decay: Parameters<typeof compileDecay>[0]): Float64Array {
  const compiled = compileDecay(decay, 'km', 'decay', 'bench');
  const grid = new SphereGrid(packPositions(supply.map((s) => s.location), 'supply', 'bench'));
  const pairs = new GeoNeighbourhood(packPositions(demand.map((d) => d.location), 'demand', 'bench'), grid, catchmentKm, compiled.needsDistance);
  return twoStepCore(pairs, Float64Array.from(demand, (d) => d.population), Float64Array.from(supply, (s) => s.capacity), compiled, 'bench', 'decay').score;
}

function check(name: string, a: ArrayLike<number>, b: ArrayLike<number>): void {
  let differing = 0;
  let worst = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as number, y = b[i] as number;
    if (x !== y) differing++;
    const rel = Math.abs(x - y) / Math.max(Math.abs(y), Number.MIN_VALUE);
    if (rel > worst) worst = rel;
  }
  console.log(JSON.stringify({ check: name, length: a.length, differing, maxRelativeDifference: worst, within1e12: a.length === b.length && worst <= 1e-12 }));
}

suite('proximity-nearest', (ctx) => {
  const homes = households(N, 1);
  const centres = sites(M, 2);
  const packed = pack(homes);
  const result = nearestSite(homes, centres);
  const peer = ckdtree(homes, centres, ['nearest', '5']);
  if (peer !== null) {
    check('nearestSite = cKDTree nearest (site index)', result.siteIndex, new Int32Array(peer.out.buffer, peer.out.byteOffset, peer.out.byteLength / 4));
    ctx.compare({
      name: 'nearestSite 1M households × 5,000 sites',
      run: () => nearestSite(homes, centres),
      baselineName: 'scipy cKDTree (3-D unit vectors, workers=1) + haversine of the result',
      external: peer,
      goal: 0.3,
      options: { n: `${N} × ${M}`, repeat: 7 },
    });
  }
  check('nearestSite = per-point loop before issue 15', result.siteIndex, perPointNearest(homes, centres));
  ctx.compare({
    name: 'nearestSite 1M × 5,000 (vs the per-point loop before issue 15)',
    run: () => nearestSite(homes, centres),
    baselineName: 'per-point NearestGrid.nearest loop (before issue 15)',
    baseline: () => perPointNearest(homes, centres),
    options: { n: `${N} × ${M}`, repeat: 5 },
  });
  ctx.compare({
    name: 'nearestSite 1M × 5,000 (vs the floor)',
    run: () => nearestSite(homes, centres),
    baselineName: 'one haversine per household (floor)',
    baseline: () => oneHaversineEach(packed, [-121.89, 37.33]),
    options: { n: `${N} × ${M}`, repeat: 5 },
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

suite('proximity-network', (ctx) => {
  const homes = households(N, 1);
  const centres = sites(M, 2);
  const k1 = kNearestSites(homes, centres, { k: 1 });
  check('kNearestSites k = 1 = nearestSite', k1.siteIndex, nearestSite(homes, centres).siteIndex);
  ctx.compare({
    name: 'kNearestSites k = 3, 1M × 5,000',
    run: () => kNearestSites(homes, centres, { k: 3 }),
    baselineName: 'nearestSite on the same data',
    baseline: () => nearestSite(homes, centres),
    options: { n: `${N} × ${M}`, repeat: 3 },
  });
  // A routing engine's sparse output: 100,000 origins × 20 destinations each, minutes.
  const origins = 100_000;
  const random = mulberry32(9);
  const sparse = Array.from({ length: origins * 20 }, (_, p) => ({ origin: Math.floor(p / 20), destination: Math.floor(random() * M), cost: Math.round(random() * 600) / 10 }));
  const seen = new Set<number>();
  const unique = sparse.filter((e) => (seen.has(e.origin * M + e.destination) ? false : (seen.add(e.origin * M + e.destination), true)));
  const points = Array.from({ length: origins }, (_, i) => i);
  const bruteScan = (): Int32Array => {
    const best = new Int32Array(origins).fill(-1);
    const cost = new Float64Array(origins).fill(Infinity);
    for (const e of unique) {
      if (e.cost < (cost[e.origin] as number) || (e.cost === cost[e.origin] && e.destination < (best[e.origin] as number))) {
        cost[e.origin] = e.cost;
        best[e.origin] = e.destination;
      }
    }
    return best;
  };
  const costs = { sparse: unique, unit: 'minutes' };
  check('nearestSite by sparse costs = a scan of the list', nearestSite(points, centres, { costs }).siteIndex, bruteScan());
  ctx.compare({
    name: 'nearestSite by sparse travel costs, 100k origins × 20 pairs (validation included)',
    run: () => nearestSite(points, centres, { costs }),
    baselineName: 'one unvalidated scan of the list',
    baseline: bruteScan,
    options: { n: `${unique.length} pairs`, repeat: 3 },
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
  const grid = new SphereGrid(packPositions(centres, 'sites', 'bench'));
  const perPointCount = (): Int32Array => {
    const count = new Int32Array(N);
    const scratch = new Int32Array(M);
    const km = new Float64Array(M);
    const q = new Float64Array(4);
    for (let i = 0; i < N; i++) {
      const lng = packed[2 * i] as number;
      const lat = packed[2 * i + 1] as number;
      grid.project(lng, lat, q, 0);
      count[i] = sitesWithin(grid, q[0] as number, q[1] as number, q[2] as number, lng, lat, q[3] as number, 0.8, false, false, scratch, km);
    }
    return count;
  };
  check('countWithin = per-point counts before issue 15', countWithin(homes, centres, { radiusKm: 0.8 }).count, perPointCount());
  ctx.compare({
    name: 'countWithin 1M × 5,000, radius 0.8 km',
    run: () => countWithin(homes, centres, { radiusKm: 0.8 }),
    baselineName: 'per-point SphereGrid.within counts (before issue 15)',
    baseline: perPointCount,
    options: { n: `${N} × ${M}`, repeat: 3 },
  });
});

suite('proximity-2sfca', (ctx) => {
  const homes = households(N, 5);
  const centres = sites(M, 6);
  const demand = homes.map((location, i) => ({ location, population: 1 + (i % 4) }));
  const supply = centres.map((location, j) => ({ location, capacity: 20 + (j % 50) }));
  const binary = twoStepFCA(demand, supply, { catchmentKm: 3 });
  const peer = ckdtree(homes, centres, ['2sfca', '3', '2']);
  if (peer !== null) {
    check('twoStepFCA = cKDTree 2SFCA (scores)', binary.score, new Float64Array(peer.out.buffer, peer.out.byteOffset, peer.out.byteLength / 8));
    ctx.compare({
      name: 'twoStepFCA 1M households × 5,000 sites, 3 km binary catchment',
      run: () => twoStepFCA(demand, supply, { catchmentKm: 3 }),
      baselineName: 'scipy cKDTree sparse_distance_matrix + haversine + NumPy bincount (one thread)',
      external: peer,
      goal: 0.05,
      options: { n: `${N} × ${M}`, repeat: 5 },
    });
  }
  // About 120 sites lie within 3 km of a household here: ~120 million pairs.
  check('twoStepFCA binary = pair path before issue 15', binary.score, pairPath2SFCA(demand, supply, 3, 'binary'));
  ctx.compare({
    name: 'twoStepFCA 1M × 5,000, 3 km binary (vs the pair path before issue 15)',
    run: () => twoStepFCA(demand, supply, { catchmentKm: 3 }),
    baselineName: 'per-household pair path, two passes (before issue 15)',
    baseline: () => pairPath2SFCA(demand, supply, 3, 'binary'),
    options: { n: `${N} × ${M}`, repeat: 3 },
    baselineRepeat: 1,
  });
  const steps = { steps: [{ maxKm: 1, weight: 1 }, { maxKm: 2, weight: 0.68 }, { maxKm: 3, weight: 0.22 }] };
  check('twoStepFCA E2SFCA = pair path before issue 15', twoStepFCA(demand, supply, { catchmentKm: 3, decay: steps }).score, pairPath2SFCA(demand, supply, 3, steps));
  ctx.compare({
    name: 'twoStepFCA 1M × 5,000, E2SFCA steps 1/2/3 km (vs the pair path before issue 15)',
    run: () => twoStepFCA(demand, supply, { catchmentKm: 3, decay: steps }),
    baselineName: 'per-household pair path, exact distance per pair, two passes (before issue 15)',
    baseline: () => pairPath2SFCA(demand, supply, 3, steps),
    options: { n: `${N} × ${M}`, repeat: 3 },
    baselineRepeat: 1,
  });
  const gaussian = { kernel: 'gaussian' as const, sigmaKm: 1 };
  const smaller = demand.slice(0, 100_000);
  check('twoStepFCA Gaussian = pair path before issue 15', twoStepFCA(smaller, supply, { catchmentKm: 3, decay: gaussian }).score, pairPath2SFCA(smaller, supply, 3, gaussian));
  ctx.compare({
    name: 'twoStepFCA 100k × 5,000, 3 km Gaussian (exact turf distance per pair)',
    run: () => twoStepFCA(smaller, supply, { catchmentKm: 3, decay: gaussian }),
    baselineName: 'per-household pair path, two passes (before issue 15)',
    baseline: () => pairPath2SFCA(smaller, supply, 3, gaussian),
    options: { n: `100000 × ${M}`, repeat: 3 },
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

/** One JSON line with what a case produced (quality next to its time). */
function report(suite: string, name: string, fields: Record<string, unknown>): void {
  console.log(JSON.stringify({ suite, case: name, ...fields }));
}

suite('proximity-fca-variants', (ctx) => {
  const homes = households(100_000, 11);
  const centres = sites(M, 12);
  const demand = homes.map((location, i) => ({ location, population: 1 + (i % 4) }));
  const supply = centres.map((location, j) => ({ location, capacity: 20 + (j % 50) }));
  const baseline = (): unknown => twoStepFCA(demand, supply, { catchmentKm: 3 });
  const options = { n: `100000 × ${M}`, repeat: 3 };
  // The pair path (one household at a time through the site index), which these functions used before the cell sweep.
  const binary = compileDecay('binary', 'km', 'decay', 'bench');
  const population = Float64Array.from(demand, (d) => d.population);
  const capacity = Float64Array.from(supply, (s) => s.capacity);
  const pairPath = (): GeoNeighbourhood => new GeoNeighbourhood(packPositions(homes, 'demand', 'bench'), new SphereGrid(packPositions(centres, 'supply', 'bench')), 3, false);
  ctx.compare({
    name: 'threeStepFCA 100k × 5,000, 3 km binary (cell sweep)',
    run: () => threeStepFCA(demand, supply, { catchmentKm: 3 }),
    baselineName: 'the same 3SFCA on the pair path',
    baseline: () => {
      const pairs = pairPath();
      return threeStepCore(pairs, pairs, population, capacity, binary, 'withinCatchment', 'bench', 'decay');
    },
    ratioIs: 'baseline/case',
    options,
  });
  ctx.compare({
    name: 'balancedFCA 100k × 5,000, 3 km binary (cell sweep)',
    run: () => balancedFCA(demand, supply, { catchmentKm: 3 }),
    baselineName: 'the same BFCA on the pair path',
    baseline: () => balancedCore(pairPath(), population, capacity, binary, 'bench', 'decay'),
    ratioIs: 'baseline/case',
    options,
  });
  ctx.compare({ name: 'threeStepFCA 100k × 5,000, 3 km binary (three sweeps)', run: () => threeStepFCA(demand, supply, { catchmentKm: 3 }), baselineName: 'twoStepFCA on the same data (one sweep)', baseline, options });
  ctx.compare({ name: 'balancedFCA 100k × 5,000, 3 km binary (three sweeps)', run: () => balancedFCA(demand, supply, { catchmentKm: 3 }), baselineName: 'twoStepFCA on the same data (one sweep)', baseline, options });
  const gaussian = { kernel: 'gaussian' as const, sigmaKm: 1 };
  ctx.compare({
    name: 'threeStepFCA 100k × 5,000, 3 km Gaussian',
    run: () => threeStepFCA(demand, supply, { catchmentKm: 3, decay: gaussian }),
    baselineName: 'twoStepFCA Gaussian on the same data',
    baseline: () => twoStepFCA(demand, supply, { catchmentKm: 3, decay: gaussian }),
    options,
  });
  const few = demand.slice(0, 20_000);
  ctx.compare({
    name: 'fcaRatio 20k households × 5,000 sites, 1 km (population from household-to-household pairs)',
    run: () => fcaRatio(few, supply, { catchmentKm: 1 }),
    baselineName: 'twoStepFCA on the same 20k, 1 km',
    baseline: () => twoStepFCA(few, supply, { catchmentKm: 1 }),
    options: { n: `20000 × ${M}`, repeat: 3 },
  });
});

suite('proximity-raam', (ctx) => {
  // 1,000 tracts and 200 clinics; minutes = km at 30 km/h, every pair given (PySAL uses the full matrix).
  const tracts = households(1_000, 13);
  const clinics = sites(200, 14);
  const minutes = tracts.map((t) => oneHaversineEach(pack(clinics), t)).map((row) => Array.from(row, (km) => km * 2));
  const population = tracts.map((_, i) => 500 + ((i * 7919) % 4000));
  const capacity = clinics.map((_, j) => 2 + (j % 9));
  const demand = population.map((p) => ({ population: p }));
  const supply = capacity.map((c) => ({ capacity: c }));
  let same = true;
  ctx.compare({
    name: 'raam 1,000 tracts × 200 sites, every pair, PySAL defaults (τ = 60 min)',
    run: () => raam(demand, supply, { costs: { dense: minutes, unit: 'minutes' }, tauCost: 60 }),
    baselineName: "PySAL iterate_raam transcribed on a dense matrix (150 cycles, the test suite's reference)",
    baseline: () => pysalRaam(population, capacity, minutes, 60),
    ratioIs: 'baseline/case',
    options: { n: '1000 × 200', repeat: 3 },
    baselineRepeat: 1,
  });
  const ours = raam(demand, supply, { costs: { dense: minutes }, tauCost: 60 });
  const theirs = pysalRaam(population, capacity, minutes, 60);
  theirs.forEach((c, i) => {
    if (c === null || Math.abs((ours.cost[i] as number) - c) > 1e-12 * Math.max(1, Math.abs(c))) same = false;
  });
  report('proximity-raam', 'raam result check', { identicalToTranscription: same, cycles: ours.cycles, converged: ours.converged, moved: ours.moved });
});

suite('proximity-lagrangian', (ctx) => {
  const homes = households(200_000, 7);
  const candidates = sites(300, 8);
  const demand = homes.map((location, i) => ({ location, weight: 1 + (i % 3) }));
  const sixty = candidates.slice(0, 60);
  ctx.compare({
    name: "planSites 'lagrangian', 200k households × 60 candidates, 2 km, count 5 (5.5 million combinations)",
    run: () => planSites(demand, sixty, { radiusKm: 2, count: 5, method: 'lagrangian' }),
    baselineName: "planSites 'exact' (enumeration with branch and bound) on the same problem",
    baseline: () => planSites(demand, sixty, { radiusKm: 2, count: 5, method: 'exact' }),
    ratioIs: 'baseline/case',
    options: { n: '200000 × 60', repeat: 3 },
    baselineRepeat: 1,
  });
  const exact = planSites(demand, sixty, { radiusKm: 2, count: 5, method: 'exact' });
  const lagrangian = planSites(demand, sixty, { radiusKm: 2, count: 5, method: 'lagrangian' });
  report('proximity-lagrangian', 'count 5 of 60: same plan', { same: exact.chosen.join() === lagrangian.chosen.join(), coveredWeight: lagrangian.coveredWeight, nodes: lagrangian.nodes });
  for (const count of [10, 20]) {
    ctx.compare({
      name: `planSites 'lagrangian', 200k × 300 candidates, 2 km, count ${count}`,
      run: () => planSites(demand, candidates, { radiusKm: 2, count, method: 'lagrangian' }),
      baselineName: 'greedy on the same problem',
      baseline: () => planSites(demand, candidates, { radiusKm: 2, count }),
      options: { n: '200000 × 300', repeat: 1, warmup: 0 },
    });
    const result = planSites(demand, candidates, { radiusKm: 2, count, method: 'lagrangian' });
    report('proximity-lagrangian', `count ${count} of 300: quality`, { combinations: result.combinations, greedy: result.greedyCoveredWeight, coveredWeight: result.coveredWeight, optimal: result.optimal, gap: result.gap, nodes: result.nodes });
  }
  // A hard instance: heavily overlapping coverage, where the Lagrangian bound leaves a gap.
  const dense = sites(1_000, 9);
  const fewer = demand.slice(0, 50_000);
  ctx.compare({
    name: "planSites 'lagrangian', 50k × 1,000 candidates, 3 km, count 50 (default node limit)",
    run: () => planSites(fewer, dense, { radiusKm: 3, count: 50, method: 'lagrangian' }),
    baselineName: 'greedy on the same problem',
    baseline: () => planSites(fewer, dense, { radiusKm: 3, count: 50 }),
    options: { n: '50000 × 1000', repeat: 1, warmup: 0 },
  });
  const hard = planSites(fewer, dense, { radiusKm: 3, count: 50, method: 'lagrangian' });
  report('proximity-lagrangian', 'count 50 of 1,000: quality', { greedy: hard.greedyCoveredWeight, coveredWeight: hard.coveredWeight, bound: hard.bound, optimal: hard.optimal, gap: hard.gap, nodes: hard.nodes });
});

suite('proximity-pcenter', (ctx) => {
  const sf = sanFrancisco();
  const tracts = sf.tracts.map(() => ({}));
  const costs = { dense: sf.dense, unit: 'metres' };
  ctx.compare({
    name: 'pCenter spopt San Francisco, 205 tracts × 16 stores, p = 4',
    run: () => pCenter(tracts, 16, { costs, count: 4 }),
    baselineName: 'enumeration of all 1,820 sets (typed arrays)',
    baseline: () => {
      const n = sf.dense.length;
      const table = new Float64Array(16 * n);
      sf.dense.forEach((row, i) => row.forEach((d, j) => (table[j * n + i] = d)));
      let best = Infinity;
      for (let a = 0; a < 16; a++) for (let b = a + 1; b < 16; b++) for (let c = b + 1; c < 16; c++) for (let d = c + 1; d < 16; d++) {
        let worst = 0;
        for (let i = 0; i < n && worst < best; i++) {
          const v = Math.min(table[a * n + i] as number, table[b * n + i] as number, table[c * n + i] as number, table[d * n + i] as number);
          if (v > worst) worst = v;
        }
        if (worst < best) best = worst;
      }
      return best;
    },
    ratioIs: 'baseline/case',
    options: { n: '205 × 16', repeat: 5 },
  });
  const blocks = households(2_000, 15);
  const candidates = sites(100, 16);
  const homes = blocks.map((location) => ({ location }));
  ctx.compare({
    name: 'pCenter 2,000 blocks × 100 candidates, p = 8 (1.9e11 sets)',
    run: () => pCenter(homes, candidates, { count: 8 }),
    baselineName: "pCenter 'greedy' on the same problem",
    baseline: () => pCenter(homes, candidates, { count: 8, method: 'greedy' }),
    options: { n: '2000 × 100', repeat: 1, warmup: 0 },
  });
  const exact = pCenter(homes, candidates, { count: 8 });
  const greedy = pCenter(homes, candidates, { count: 8, method: 'greedy' });
  report('proximity-pcenter', 'p = 8 of 100: quality', { greedyKm: greedy.farthestCost, exactKm: exact.farthestCost, optimal: exact.optimal, gap: exact.gap, nodes: exact.nodes });
});
