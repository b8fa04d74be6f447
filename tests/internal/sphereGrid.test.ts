import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toRadians } from '../../src/internal/haversine.ts';
import { beyondRings, ringCells, rotate, SphereGrid, unitVector } from '../../src/internal/sphereGrid.ts';
import { latticePosition, regions } from '../proximity/helpers.ts';

type Position = readonly [number, number];

const pack = (positions: readonly Position[]): Float64Array => Float64Array.from(positions.flat());
const anywhere = fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -90, max: 90, noNaN: true }));
const city = fc.constantFrom(...regions).chain((region) => fc.array(latticePosition(region.lng, region.lat, 400), { minLength: 1, maxLength: 60 }));
const siteSets = fc.oneof(city, fc.array(anywhere, { minLength: 1, maxLength: 40 }), fc.array(fc.constant([12.5, -3.25] as Position), { minLength: 1, maxLength: 5 }));
const perCell = fc.constantFrom(0.5, 1.5, 2, 10);

/** Grid coordinates (i, j, k) of cell c. */
function cellOf(grid: SphereGrid, c: number): [number, number, number] {
  const k = c % grid.nz;
  const ij = (c - k) / grid.nz;
  return [Math.floor(ij / grid.ny), ij % grid.ny, k];
}

/** Cells per axis of the sites' own box at cube edge h. */
function ownCells(grid: SphereGrid, h: number): number {
  let count = 1;
  for (let axis = 0; axis < 3; axis++) {
    let lo = Infinity, hi = -Infinity;
    for (let s = 0; s < grid.size; s++) {
      lo = Math.min(lo, grid.xyz[3 * s + axis] as number);
      hi = Math.max(hi, grid.xyz[3 * s + axis] as number);
    }
    count *= Math.floor((hi - lo) / h) + 1;
  }
  return count;
}

function checkGrid(sites: readonly Position[], sitesPerCell: number): void {
  const grid = new SphereGrid(pack(sites), sitesPerCell);
  const n = sites.length;
  expect(grid.size).toBe(n);
  // The frame: orthonormal, right-handed, its third axis the sites' mean direction.
  const f = grid.frame;
  const dot = (a: number, b: number): number => (f[a] as number) * (f[b] as number) + (f[a + 1] as number) * (f[b + 1] as number) + (f[a + 2] as number) * (f[b + 2] as number);
  for (const [a, b, expected] of [[0, 0, 1], [3, 3, 1], [6, 6, 1], [0, 3, 0], [0, 6, 0], [3, 6, 0]] as const) expect(dot(a, b)).toBeCloseTo(expected, 12);
  const det = (f[0] as number) * ((f[4] as number) * (f[8] as number) - (f[5] as number) * (f[7] as number)) - (f[1] as number) * ((f[3] as number) * (f[8] as number) - (f[5] as number) * (f[6] as number)) + (f[2] as number) * ((f[3] as number) * (f[7] as number) - (f[4] as number) * (f[6] as number));
  expect(det).toBeCloseTo(1, 12);
  const mean = [0, 0, 0];
  const unit = new Float64Array(3);
  for (const [lng, lat] of sites) {
    unitVector(lng, lat, unit, 0);
    for (let a = 0; a < 3; a++) mean[a] = (mean[a] as number) + (unit[a] as number);
  }
  const length = Math.hypot(...mean);
  if (length > 1e-6) for (let a = 0; a < 3; a++) expect(f[6 + a] as number).toBeCloseTo((mean[a] as number) / length, 12);
  // Sites: rotated unit vectors and turf's cos(latitude).
  const rotated = new Float64Array(3);
  sites.forEach(([lng, lat], s) => {
    unitVector(lng, lat, unit, 0);
    rotate(f, unit[0] as number, unit[1] as number, unit[2] as number, rotated, 0);
    expect([grid.xyz[3 * s], grid.xyz[3 * s + 1], grid.xyz[3 * s + 2]]).toEqual(Array.from(rotated));
    expect(grid.cosLat[s]).toBe(Math.cos(toRadians(lat)));
  });
  // The cube edge: the smallest (to bisection precision, never below 1e-9) whose own-box grid has ≤ target cells.
  const target = Math.max(1, Math.ceil(n / sitesPerCell));
  expect(ownCells(grid, grid.cell)).toBeLessThanOrEqual(target);
  if (grid.cell > 1e-9) expect(ownCells(grid, grid.cell * (1 - 1e-6))).toBeGreaterThan(target);
  else expect(grid.cell).toBe(1e-9);
  expect(grid.cellCount).toBe(grid.nx * grid.ny * grid.nz);
  expect(grid.cellCount).toBeLessThanOrEqual(4 * Math.max(4 * target, 64));
  // Cells: a counting sort of the sites, each in the cube that holds it, in site order within a cell.
  expect(grid.cellStart.length).toBe(grid.cellCount + 1);
  expect(grid.cellStart[0]).toBe(0);
  expect(grid.cellStart[grid.cellCount]).toBe(n);
  expect(Array.from(grid.cellSites).sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, s) => s));
  for (let c = 0; c < grid.cellCount; c++) {
    const [i, j, k] = cellOf(grid, c);
    for (let p = grid.cellStart[c] as number; p < (grid.cellStart[c + 1] as number); p++) {
      const s = grid.cellSites[p] as number;
      if (p > (grid.cellStart[c] as number)) expect(s).toBeGreaterThan(grid.cellSites[p - 1] as number);
      expect(Math.floor(((grid.xyz[3 * s] as number) - grid.ox) / grid.cell)).toBe(i);
      expect(Math.floor(((grid.xyz[3 * s + 1] as number) - grid.oy) / grid.cell)).toBe(j);
      expect(Math.floor(((grid.xyz[3 * s + 2] as number) - grid.oz) / grid.cell)).toBe(k);
    }
  }
  expect(grid.ties.length).toBe(Math.max(1, n));
  expect(grid.ring.length).toBe(grid.cellCount);
}

describe('SphereGrid', () => {
  it('buckets every site in the cube that holds it, in a right-handed frame about the sites’ mean direction', () => {
    fc.assert(fc.property(siteSets, perCell, checkGrid), { seed: 52, numRuns: 50 });
    // Mean direction 0 (antipodal pairs): the frame falls back to the z axis.
    checkGrid([[0, 0], [180, 0]], 1.5);
    const balanced = new SphereGrid(pack([[0, 0], [180, 0], [90, 0], [-90, 0]]), 1.5);
    expect(Array.from(balanced.frame.subarray(6))).toEqual([0, 0, 1]);
  });

  it('has a small grid of empty cells about the origin for no input', () => {
    const grid = new SphereGrid(new Float64Array(0));
    // The smallest cube edge, padded by one cell on each side in x–y.
    expect([grid.size, grid.cell, grid.ox, grid.oy, grid.oz, grid.nx, grid.ny, grid.nz, grid.cellCount]).toEqual([0, 1e-9, -1e-9, -1e-9, 0, 3, 3, 1, 9]);
    expect(Array.from(grid.cellStart)).toEqual(new Array(10).fill(0));
    expect(grid.ties.length).toBe(1);
  });

  it('gives points up to a quarter of the city’s extent beyond its outermost sites a cell of the grid', () => {
    const sites: Position[] = [];
    for (let i = 0; i < 12; i++) for (let j = 0; j < 9; j++) sites.push([-121.95 + i * 0.01, 37.28 + j * 0.01]);
    const grid = new SphereGrid(pack(sites), 1.5);
    const q = new Float64Array(4);
    for (const [lng, lat] of [[-121.975, 37.26], [-121.815, 37.385], [-121.975, 37.385], [-121.815, 37.26], [-121.9, 37.33]]) {
      grid.project(lng as number, lat as number, q, 0);
      const i = Math.floor(((q[0] as number) - grid.ox) / grid.cell);
      const j = Math.floor(((q[1] as number) - grid.oy) / grid.cell);
      const k = Math.floor(((q[2] as number) - grid.oz) / grid.cell);
      expect([i >= 0 && i < grid.nx, j >= 0 && j < grid.ny, k >= 0 && k < grid.nz]).toEqual([true, true, true]);
    }
  });
});

describe('ringCells and beyondRings', () => {
  const centre = fc.tuple(fc.integer({ min: -3, max: 12 }), fc.integer({ min: -3, max: 12 }), fc.integer({ min: -3, max: 6 }));

  it('ring r holds each non-empty cell at Chebyshev distance r exactly once, in cell order', () => {
    fc.assert(
      fc.property(siteSets, perCell, centre, fc.integer({ min: 0, max: 8 }), (sites, sitesPerCell, [ci, cj, ck], r) => {
        const grid = new SphereGrid(pack(sites), sitesPerCell);
        const expected: number[] = [];
        for (let c = 0; c < grid.cellCount; c++) {
          const [i, j, k] = cellOf(grid, c);
          const distance = Math.max(Math.abs(i - ci), Math.abs(j - cj), Math.abs(k - ck));
          if (distance === r && (grid.cellStart[c + 1] as number) > (grid.cellStart[c] as number)) expected.push(c);
        }
        const count = ringCells(grid, ci, cj, ck, r);
        expect(Array.from(grid.ring.subarray(0, count))).toEqual(expected);
      }),
      { seed: 52, numRuns: 100 },
    );
  });

  it('bounds the chord to any site beyond rings 0…r by the nearest face of their cube with cells beyond it', () => {
    fc.assert(
      fc.property(siteSets, perCell, anywhere, fc.integer({ min: 0, max: 6 }), (sites, sitesPerCell, [lng, lat], r) => {
        const grid = new SphereGrid(pack(sites), sitesPerCell);
        const q = new Float64Array(4);
        grid.project(lng, lat, q, 0);
        const qx = q[0] as number, qy = q[1] as number, qz = q[2] as number;
        const ci = Math.floor((qx - grid.ox) / grid.cell), cj = Math.floor((qy - grid.oy) / grid.cell), ck = Math.floor((qz - grid.oz) / grid.cell);
        const bound = beyondRings(grid, qx, qy, qz, ci, cj, ck, r);
        const h = grid.cell;
        const faces: number[] = [];
        const axes = [[qx, grid.ox, ci, grid.nx], [qy, grid.oy, cj, grid.ny], [qz, grid.oz, ck, grid.nz]] as const;
        for (const [value, origin, index, count] of axes) {
          if (index - r > 0) faces.push(value - (origin + (index - r) * h));
          if (index + r < count - 1) faces.push(origin + (index + r + 1) * h - value);
        }
        expect(bound).toBe(faces.length === 0 ? Infinity : Math.min(...faces));
        // Sound: no site in a cell outside the cube is nearer than the bound.
        for (let c = 0; c < grid.cellCount; c++) {
          const [i, j, k] = cellOf(grid, c);
          if (Math.max(Math.abs(i - ci), Math.abs(j - cj), Math.abs(k - ck)) <= r) continue;
          for (let p = grid.cellStart[c] as number; p < (grid.cellStart[c + 1] as number); p++) {
            const s = grid.cellSites[p] as number;
            const chord = Math.hypot(qx - (grid.xyz[3 * s] as number), qy - (grid.xyz[3 * s + 1] as number), qz - (grid.xyz[3 * s + 2] as number));
            expect(chord).toBeGreaterThanOrEqual(bound - 1e-12);
          }
        }
      }),
      { seed: 52, numRuns: 100 },
    );
  });
});
