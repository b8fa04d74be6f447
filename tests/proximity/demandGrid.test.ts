import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countSweep, DemandGrid, exclusiveSweep, STRIDE, sweepFor } from '../../src/proximity/internal/demandGrid.ts';
import { compileDecay, decayValue } from '../../src/proximity/internal/decay.ts';
import { chordOfKm, EARTH_RADIUS_KM } from '../../src/internal/haversine.ts';
import { CHORD_MARGIN, SphereGrid } from '../../src/internal/sphereGrid.ts';
import { seeded, turfKm } from './helpers.ts';

/** Cells per axis of a grid with this edge over these extents (DemandGrid's own count). */
const cellsFor = (extent: readonly number[], h: number): number => extent.reduce((product, e) => product * (Math.floor(e / h) + 1), 1);

/** Households' unit vectors (sorted order) and their extents per axis. */
function extents(grid: DemandGrid): { min: number[]; max: number[] } {
  const min = [Infinity, Infinity, Infinity];
  const max = [-Infinity, -Infinity, -Infinity];
  for (let t = 0; t < grid.size; t++) {
    for (let a = 0; a < 3; a++) {
      const v = grid.data[STRIDE * t + a] as number;
      min[a] = Math.min(min[a] as number, v);
      max[a] = Math.max(max[a] as number, v);
    }
  }
  return { min, max };
}

/** Checks every documented field of a grid against its households. */
function expectConsistent(grid: DemandGrid, packed: Float64Array, sites: SphereGrid, weights?: readonly number[]): void {
  const n = packed.length >> 1;
  expect(grid.size).toBe(n);
  expect(grid.cellCount).toBe(grid.nx * grid.ny * grid.nz);
  expect(grid.cellStart.length).toBe(grid.cellCount + 1);
  expect(grid.box.length).toBe(6 * grid.cellCount);
  expect([...grid.order].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
  const { min, max } = extents(grid);
  if (n > 0) expect([grid.ox, grid.oy, grid.oz]).toEqual(min);
  const extent = min.map((lo, a) => (max[a] as number) - lo);
  if (n > 0) expect([grid.nx, grid.ny, grid.nz]).toEqual(extent.map((e) => Math.floor(e / grid.edge) + 1));
  const f = sites.frame;
  const perCell = grid.weightPerCell();
  expect(perCell.length).toBe(grid.cellCount);
  // Collected first and compared once: one expect per household is slow.
  const records: number[][] = [];
  const expectedRecords: number[][] = [];
  const cellOf: number[] = [];
  const expectedCellOf: number[] = [];
  const boxes: number[] = [];
  const sums: number[] = [];
  let unstable = 0;
  for (let c = 0; c < grid.cellCount; c++) {
    const first = grid.cellStart[c] as number;
    const end = grid.cellStart[c + 1] as number;
    const lo = [Infinity, Infinity, Infinity];
    const hi = [-Infinity, -Infinity, -Infinity];
    let sum = 0;
    for (let t = first; t < end; t++) {
      // Stable: a cell keeps input order.
      if (t > first && (grid.order[t] as number) <= (grid.order[t - 1] as number)) unstable++;
      const i = grid.order[t] as number;
      const lng = packed[2 * i] as number;
      const lat = packed[2 * i + 1] as number;
      records.push([...grid.data.subarray(STRIDE * t, STRIDE * t + 7)]);
      const phi = (lat * Math.PI) / 180;
      const lambda = (lng * Math.PI) / 180;
      const u = [Math.cos(phi) * Math.cos(lambda), Math.cos(phi) * Math.sin(lambda), Math.sin(phi)];
      const rotated = [0, 1, 2].map((r) => (f[3 * r] as number) * (u[0] as number) + (f[3 * r + 1] as number) * (u[1] as number) + (f[3 * r + 2] as number) * (u[2] as number));
      expectedRecords.push([...rotated, lng, lat, Math.cos(phi), weights === undefined ? 1 : (weights[i] as number)]);
      const cell = [grid.ox, grid.oy, grid.oz].map((o, a) => Math.floor(((rotated[a] as number) - o) / grid.edge));
      expectedCellOf.push(((cell[0] as number) * grid.ny + (cell[1] as number)) * grid.nz + (cell[2] as number));
      cellOf.push(c);
      for (let a = 0; a < 3; a++) {
        lo[a] = Math.min(lo[a] as number, rotated[a] as number);
        hi[a] = Math.max(hi[a] as number, rotated[a] as number);
      }
      sum += (weights === undefined ? 1 : (weights[i] as number));
    }
    boxes.push(...lo, ...hi);
    sums.push(sum);
  }
  expect(unstable).toBe(0);
  expect(records).toEqual(expectedRecords);
  expect(cellOf).toEqual(expectedCellOf);
  expect([...grid.box]).toEqual(boxes);
  expect([...perCell]).toEqual(sums);
}

/** Packed `[lng, lat, …]` from positions. */
const pack = (positions: readonly (readonly number[])[]): Float64Array => Float64Array.from(positions.flat());

/** Clustered households and sites around a base, from a seed; every seventh household repeats the one before. */
function city(seed: number, lng: number, lat: number, households: number, siteCount: number, spreadDeg: number): { points: number[][]; sites: number[][] } {
  const random = seeded(seed);
  const near = (base: readonly number[], s: number): number[] => {
    const x = (base[0] as number) + (random() - 0.5) * s;
    return [x > 180 ? x - 360 : x < -180 ? x + 360 : x, Math.max(-90, Math.min(90, (base[1] as number) + (random() - 0.5) * s))];
  };
  const centres = Array.from({ length: 4 }, () => near([lng, lat], spreadDeg));
  const points: number[][] = [];
  for (let i = 0; i < households; i++) points.push(i % 7 === 6 ? [...(points[i - 1] as number[])] : near(centres[i % 4] as number[], spreadDeg * 0.3));
  return { points, sites: Array.from({ length: siteCount }, () => near([lng, lat], spreadDeg)) };
}

/** What one site's catchment must hold: household (input index) → weight, by brute force over turf. */
function bruteCatchment(points: readonly number[][], site: readonly number[], cutoffKm: number, weightAt: (km: number) => number): Map<number, number> {
  const out = new Map<number, number>();
  points.forEach((p, i) => {
    const km = turfKm(p, site);
    // turf's NaN for a nearly antipodal pair is half the circumference (the library clamps).
    const d = Number.isNaN(km) ? Math.PI * EARTH_RADIUS_KM : km;
    if (d <= cutoffKm) out.set(i, weightAt(d));
  });
  return out;
}

/** One site's catchment as the sweep collects it: household (input index) → weight, whole cells expanded. */
function sweptCatchment(sweep: ReturnType<typeof sweepFor>, j: number): { map: Map<number, number>; wholeCells: number[] } {
  sweep.collect(j);
  const grid = sweep.demand;
  const map = new Map<number, number>();
  const add = (t: number, w: number): void => {
    const i = grid.order[t] as number;
    expect(map.has(i)).toBe(false);
    map.set(i, w);
  };
  const wholeCells: number[] = [];
  for (let q = 0; q < sweep.cellCount; q++) {
    const c = sweep.cells[q] as number;
    wholeCells.push(c);
    for (let t = grid.cellStart[c] as number; t < (grid.cellStart[c + 1] as number); t++) add(t, sweep.cellWeights[q] as number);
  }
  for (let q = 0; q < sweep.pairCount; q++) add(sweep.pairs[q] as number, sweep.pairWeights[q] as number);
  return { map, wholeCells };
}

/**
 * The cells that must be taken whole: occupied, with the box's farthest corner surely inside a ring (by more than
 * the margin) and its nearest point surely beyond the ring before.
 */
function cellsSurelyInOneRing(sweep: ReturnType<typeof sweepFor>, j: number, ringBoundsKm: readonly number[]): number[] {
  const grid = sweep.demand;
  const s = [...sweep.sites.xyz.subarray(3 * j, 3 * j + 3)] as number[];
  const out: number[] = [];
  for (let c = 0; c < grid.cellCount; c++) {
    if (grid.cellStart[c] === grid.cellStart[c + 1]) continue;
    const lo = [...grid.box.subarray(6 * c, 6 * c + 3)];
    const hi = [...grid.box.subarray(6 * c + 3, 6 * c + 6)];
    const far2 = s.reduce((sum, v, a) => sum + Math.max(v - (lo[a] as number), (hi[a] as number) - v) ** 2, 0);
    const near2 = s.reduce((sum, v, a) => sum + Math.max((lo[a] as number) - v, 0, v - (hi[a] as number)) ** 2, 0);
    const q = ringBoundsKm.findIndex((b) => Math.sqrt(far2) < chordOfKm(b) - CHORD_MARGIN);
    if (q < 0) continue;
    if (q === 0 || Math.sqrt(near2) > chordOfKm(ringBoundsKm[q - 1] as number) + CHORD_MARGIN) out.push(c);
  }
  return out;
}

describe('DemandGrid — households in cells with per-cell boxes', () => {
  it('a city: cells of 1/15 of the cut-off chord, every field consistent with the households (seeded)', () => {
    const { points, sites } = city(11, -121.89, 37.33, 400, 6, 0.2);
    const siteGrid = new SphereGrid(pack(sites));
    const weights = points.map((_, i) => 1 + (i % 5));
    const packed = pack(points);
    const grid = new DemandGrid(packed, siteGrid, chordOfKm(8), weights);
    expect(grid.edge).toBe(chordOfKm(8) / 15);
    expect(grid.cellCount).toBeGreaterThan(20);
    expectConsistent(grid, packed, siteGrid, weights);
    const unweighted = new DemandGrid(packed, siteGrid, chordOfKm(8));
    expectConsistent(unweighted, packed, siteGrid);
  });

  it('no cut-off (chord 2): cells of 2/15, over the whole globe', () => {
    const random = seeded(3);
    const points = Array.from({ length: 300 }, () => [(random() - 0.5) * 360, (random() - 0.5) * 180]);
    const siteGrid = new SphereGrid(pack([[10, 10], [20, -5]]));
    const grid = new DemandGrid(pack(points), siteGrid, 2);
    expect(grid.edge).toBe(2 / 15);
    expectConsistent(grid, pack(points), siteGrid);
  });

  it('too many cells for the cut-off: the smallest edge with at most max(4096, n / 2) cells', () => {
    // 30° × 30°: the region is curved enough for several cells across z too.
    for (const [n, maxCells] of [[2000, 4096], [9000, 4500]] as const) {
      const random = seeded(n);
      const points = Array.from({ length: n }, () => [-135 + random() * 30, 22 + random() * 30]);
      const siteGrid = new SphereGrid(pack([[-121, 38]]));
      const grid = new DemandGrid(pack(points), siteGrid, chordOfKm(0.1), undefined);
      const { min, max } = extents(grid);
      const extent = min.map((lo, a) => (max[a] as number) - lo);
      expect(grid.edge).toBeGreaterThan(chordOfKm(0.1) / 15);
      expect(grid.cellCount).toBeLessThanOrEqual(maxCells);
      expect(cellsFor(extent, grid.edge * (1 - 1e-9))).toBeGreaterThan(maxCells);
      expect([grid.nx, grid.ny, grid.nz]).toEqual(extent.map((e) => Math.floor(e / grid.edge) + 1));
      expect(grid.nz).toBeGreaterThan(3);
      if (n === 2000) expectConsistent(grid, pack(points), siteGrid);
    }
  });

  it('one household, and none: a single cell', () => {
    const siteGrid = new SphereGrid(pack([[0, 0]]));
    const one = new DemandGrid(pack([[0.5, 0.5]]), siteGrid, chordOfKm(1), [7]);
    expect([one.nx, one.ny, one.nz, one.cellCount, [...one.cellStart], [...one.order]]).toEqual([1, 1, 1, 1, [0, 1], [0]]);
    expect([...one.weightPerCell()]).toEqual([7]);
    const none = new DemandGrid(new Float64Array(0), siteGrid, chordOfKm(1));
    expect([none.size, none.cellCount, none.ox, none.oy, none.oz, [...none.cellStart]]).toEqual([0, 1, 0, 0, 0, [0, 0]]);
  });
});

describe('CatchmentSweep — one site at a time, whole cells where a ring holds them', () => {
  const decays = (cutoffKm: number): { decay: unknown; rings: number[]; weightAt: (km: number) => number }[] => {
    if (cutoffKm === 0) return [{ decay: 'binary', rings: [0], weightAt: () => 1 }];
    const steps = { steps: [{ maxKm: cutoffKm / 3, weight: 1 }, { maxKm: (2 * cutoffKm) / 3, weight: 0 }, { maxKm: cutoffKm * 2, weight: 0.25 }] };
    const compiledSteps = compileDecay(steps, 'km', 'decay', 'test');
    const gaussian = compileDecay({ kernel: 'gaussian', sigmaKm: cutoffKm / 2 }, 'km', 'decay', 'test');
    const linear = compileDecay({ kernel: 'linear', scaleKm: cutoffKm / 2 }, 'km', 'decay', 'test');
    return [
      { decay: 'binary', rings: [cutoffKm], weightAt: () => 1 },
      // The middle ring weighs 0 (still in the catchment); the last step bound lies beyond the cut-off, which ends the last ring.
      { decay: steps, rings: [cutoffKm / 3, (2 * cutoffKm) / 3, cutoffKm], weightAt: (km) => decayValue(compiledSteps, km) },
      { decay: { kernel: 'gaussian', sigmaKm: cutoffKm / 2 }, rings: [], weightAt: (km) => decayValue(gaussian, km) },
      // Weight 0 from half the cut-off on: such households are still in the catchment (with weight 0).
      { decay: { kernel: 'linear', scaleKm: cutoffKm / 2 }, rings: [], weightAt: (km) => decayValue(linear, km) },
    ];
  };

  /** Checks each decay's sweep against brute force; returns how many cells and single households were taken. */
  const check = (points: number[][], sites: number[][], cutoffKm: number): { whole: number; pairs: number } => {
    const siteGrid = new SphereGrid(pack(sites));
    let whole = 0;
    let pairs = 0;
    for (const { decay, rings, weightAt } of decays(cutoffKm)) {
      const sweep = sweepFor(pack(points), siteGrid, cutoffKm, compileDecay(decay, 'km', 'decay', 'test'), 'test', 'options.decay');
      expect(sweep.cutoffKm).toBe(cutoffKm);
      sites.forEach((site, j) => {
        const { map, wholeCells } = sweptCatchment(sweep, j);
        const expected = bruteCatchment(points, site, cutoffKm, weightAt);
        expect([...map.keys()].sort((a, b) => a - b)).toEqual([...expected.keys()].sort((a, b) => a - b));
        for (const [i, w] of expected) expect(map.get(i)).toBe(w);
        if (rings.length > 0) expect(wholeCells.sort((a, b) => a - b)).toEqual(cellsSurelyInOneRing(sweep, j, rings));
        else expect(sweep.cellCount).toBe(0);
        whole += sweep.cellCount;
        pairs += sweep.pairCount;
      });
    }
    return { whole, pairs };
  };

  it('equals brute force over turf in a city, with whole cells exactly where a ring surely holds them (seeded property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.double({ min: 1, max: 4, noNaN: true }), (seed, cutoffKm) => {
        const { points, sites } = city(seed, -121.89, 37.33, 150, 5, 0.04);
        const { whole, pairs } = check(points, sites, cutoffKm);
        expect(whole).toBeGreaterThan(0);
        expect(pairs).toBeGreaterThan(0);
      }),
      { seed: 5401, numRuns: 12 },
    );
  });

  it('equals brute force over the whole globe, at cut-offs up to half the circumference', () => {
    const random = seeded(29);
    const points = Array.from({ length: 150 }, () => [(random() - 0.5) * 360, (random() - 0.5) * 180]);
    const sites = [[-121.89, 37.33], [58.11, -37.33], [0, 0], [179.5, -17.5]];
    for (const cutoffKm of [2000, 7000, 15_000, Math.PI * EARTH_RADIUS_KM]) {
      const { whole, pairs } = check(points, sites, cutoffKm);
      expect(whole).toBeGreaterThan(0);
      expect(pairs).toBeGreaterThan(0);
    }
  });

  it('decides by turf at the antimeridian (a longitude difference of ±360°) and for a nearly antipodal pair', () => {
    // (180°, 10°) and (−180°, 10°) are one place: turf reduces the 360° difference to 0, so the distance is 0,
    // inside a cut-off of 0 km. Reading the difference as 360° would leave 1.6e-12 km, outside it.
    const points = [[-180, 10], [180, 10], [180, -10]];
    const sites = [[180, 10], [-180, -10]];
    check(points, sites, 0);
    const sweep = sweepFor(pack(points), new SphereGrid(pack(sites)), 0, compileDecay('binary', 'km', 'decay', 'test'), 'test', 'decay');
    expect([0, 1].map((j) => [...sweptCatchment(sweep, j).map.keys()].sort())).toEqual([[0, 1], [2]]);
    // (0°, 7.77°) and (180°, −7.77°): turf's `a` rounds above 1 (NaN); clamped, they are half the circumference apart.
    const half = Math.PI * EARTH_RADIUS_KM;
    const antipodal = sweepFor(pack([[0, 7.77]]), new SphereGrid(pack([[180, -7.77]])), half, compileDecay('binary', 'km', 'decay', 'test'), 'test', 'decay');
    expect([...sweptCatchment(antipodal, 0).map]).toEqual([[0, 1]]);
  });

  it('a power decay at distance 0 without a minimum names the pair and the option to set', () => {
    const sweep = sweepFor(pack([[1, 1], [2, 2]]), new SphereGrid(pack([[2, 2]])), 10, compileDecay({ kernel: 'power', beta: 1 }, 'km', 'decay', 'twoStepFCA'), 'twoStepFCA', 'options.minDistanceKm');
    let error: unknown;
    try {
      sweep.collect(0);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({
      code: 'invalid_value',
      path: 'options.minDistanceKm',
      message: 'twoStepFCA: demand 1 and site 0 are 0 apart, where a power decay d^−β is infinite; set options.minDistanceKm > 0 (e.g. 0.1 km).',
    });
  });
});

describe('countSweep and exclusiveSweep — sites per household, demand per site', () => {
  it('count, sortedCount, the weight within each site and the weight only it reaches equal brute force (seeded property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.double({ min: 0.5, max: 8, noNaN: true }), (seed, cutoffKm) => {
        const { points, sites } = city(seed, 178.9, -17.5, 150, 7, 0.15);
        const weights = points.map((_, i) => 0.5 + (i % 4));
        const siteGrid = new SphereGrid(pack(sites));
        const sweep = sweepFor(pack(points), siteGrid, cutoffKm, compileDecay('binary', 'km', 'decay', 'test'), 'test', 'decay', weights);
        const within = new Float64Array(sites.length);
        const { count, sortedCount } = countSweep(sweep, within);
        const inside = points.map((p) => sites.map((s) => turfKm(p, s) <= cutoffKm));
        expect([...count]).toEqual(inside.map((row) => row.filter(Boolean).length));
        expect([...sortedCount]).toEqual([...sweep.demand.order].map((i) => count[i]));
        const close = (a: number, b: number): void => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(b)));
        sites.forEach((_, j) => close(within[j] as number, weights.reduce((sum, w, i) => (inside[i]?.[j] ? sum + w : sum), 0)));
        const exclusive = exclusiveSweep(sweep, sortedCount);
        sites.forEach((_, j) => close(exclusive[j] as number, weights.reduce((sum, w, i) => (inside[i]?.[j] && count[i] === 1 ? sum + w : sum), 0)));
        // Without weightWithin, the same counts.
        const again = countSweep(sweepFor(pack(points), siteGrid, cutoffKm, compileDecay('binary', 'km', 'decay', 'test'), 'test', 'decay'));
        expect([...again.count]).toEqual([...count]);
      }),
      { seed: 5402, numRuns: 15 },
    );
  });
});
