import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { haversineKm, toRadians } from '../../src/internal/haversine.ts';
import { NearestGrid, nearestAll, type NearestOut } from '../../src/internal/nearestGrid.ts';
import { latticePosition, regions, seeded } from '../proximity/helpers.ts';

// Every answer of the grid must be the one of a brute-force strict `<` scan over turf's haversine (haversineKm is
// bit-identical to @turf/distance, tests/internal/haversine.test.ts): the same site index (ties → lowest index)
// and the same distance, bit for bit.

type Position = readonly [number, number];

function brute(sites: readonly Position[], lng: number, lat: number): { index: number; km: number } {
  const cosLat = Math.cos(toRadians(lat));
  let index = -1;
  let km = Infinity;
  sites.forEach(([sLng, sLat], s) => {
    const d = haversineKm(lng, lat, cosLat, sLng, sLat, Math.cos(toRadians(sLat)));
    if (d < km) {
      km = d;
      index = s;
    }
  });
  return { index, km };
}

const pack = (positions: readonly Position[]): Float64Array => Float64Array.from(positions.flat());

/** One query through `NearestGrid.nearest` (the general path), as the callers project it. */
function nearestOne(grid: NearestGrid, lng: number, lat: number): { index: number; km: number } {
  const q = new Float64Array(4);
  grid.project(lng, lat, q, 0);
  const out: NearestOut = { index: -2, distanceKm: -2 };
  grid.nearest(q[0] as number, q[1] as number, q[2] as number, lng, lat, q[3] as number, out);
  return { index: out.index, km: out.distanceKm };
}

/** Checks both paths (one query at a time, on a fresh grid, and the batch) against the brute-force scan. */
function expectBrute(sites: readonly Position[], points: readonly Position[], sitesPerCell: number): void {
  const expected = points.map(([lng, lat]) => brute(sites, lng, lat));
  const single = new NearestGrid(pack(sites), sitesPerCell);
  expect(points.map(([lng, lat]) => nearestOne(single, lng, lat))).toEqual(expected);
  const { siteIndex, distanceKm } = nearestAll(new NearestGrid(pack(sites), sitesPerCell), pack(points));
  expect(Array.from(siteIndex)).toEqual(expected.map((e) => e.index));
  expect(Array.from(distanceKm)).toEqual(expected.map((e) => e.km));
}

const anywhere = fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -90, max: 90, noNaN: true }));
const perCell = fc.constantFrom(0.25, 1.5, 2, 8);

describe('NearestGrid', () => {
  it('finds the brute-force nearest site in a city, across the antimeridian and near the pole (lattice ties included)', () => {
    for (const region of regions) {
      fc.assert(
        fc.property(
          fc.array(latticePosition(region.lng, region.lat, 64), { minLength: 1, maxLength: 40 }),
          fc.array(fc.oneof(latticePosition(region.lng, region.lat, 96), latticePosition(region.lng, region.lat, 8)), { minLength: 1, maxLength: 40 }),
          fc.array(anywhere, { maxLength: 4 }),
          perCell,
          (sites, near, far, sitesPerCell) => expectBrute(sites, [...near, ...far], sitesPerCell),
        ),
        { seed: 52, numRuns: 20 },
      );
    }
  });

  it('finds the brute-force nearest site for sites and points anywhere on the globe', () => {
    fc.assert(
      fc.property(fc.array(anywhere, { minLength: 1, maxLength: 30 }), fc.array(anywhere, { minLength: 1, maxLength: 30 }), perCell, (sites, points, sitesPerCell) =>
        expectBrute(sites, points, sitesPerCell),
      ),
      { seed: 52, numRuns: 40 },
    );
  });

  it('answers points near the poles for sites around the equator (a flat grid) and points at the antipodes of a city', () => {
    const equator: Position[] = Array.from({ length: 24 }, (_, s) => [-180 + 15 * s + 0.5, (s % 3) * 0.001]);
    const polar: Position[] = [];
    for (let lng = -175; lng < 180; lng += 12.5) polar.push([lng, 80], [lng, -80], [lng + 3, 89.5], [lng + 3, -89.5], [lng, 40]);
    expectBrute(equator, polar, 1.5);
    expectBrute(equator, polar, 0.25);
    const random = seeded(7);
    const sanJose: Position[] = Array.from({ length: 40 }, () => [-121.9 + (random() - 0.5) * 0.2, 37.33 + (random() - 0.5) * 0.2]);
    const antipodes: Position[] = sanJose.slice(0, 20).map(([lng, lat], t) => [lng + 180 + (t % 4) * 0.01, -lat + (t % 3) * 0.01]);
    expectBrute(sanJose, antipodes, 1.5);
  });

  it('breaks ties by the lowest site index: duplicated sites and sites mirrored about the point', () => {
    const sites: Position[] = [[10.5, 45], [10.5, 45], [10.25, 45], [10.75, 45], [10.5, 45.25], [10.5, 44.75], [10.25, 45]];
    expectBrute(sites, [[10.5, 45], [10.375, 45], [10.625, 45], [10.5, 45.125], [10.25, 45], [10.5, 44.875]], 1.5);
    expect(nearestOne(new NearestGrid(pack(sites), 1.5), 10.25, 45)).toEqual({ index: 2, km: 0 });
    expect(nearestOne(new NearestGrid(pack(sites), 1.5), 10.5, 45)).toEqual({ index: 0, km: 0 });
    // Equidistant in longitude along the equator: the same haversine, so the lower index wins.
    const mirrored: Position[] = [[1, 0], [-1, 0], [0, 2]];
    expect(nearestOne(new NearestGrid(pack(mirrored), 1.5), 0, 0)).toEqual({ index: 0, km: haversineKm(0, 0, 1, 1, 0, 1) });
    const mirroredBack: Position[] = [[-1, 0], [1, 0]];
    expect(nearestAll(new NearestGrid(pack(mirroredBack), 1.5), pack([[0, 0]])).siteIndex[0]).toBe(0);
  });

  it('measures 0 km to a site at −180° from a point at 180° (the same place)', () => {
    const sites: Position[] = [[-180, 10], [170, 10]];
    const { siteIndex, distanceKm } = nearestAll(new NearestGrid(pack(sites), 1.5), pack([[180, 10], [-180, 10]]));
    expect(Array.from(siteIndex)).toEqual([0, 0]);
    expect(Array.from(distanceKm)).toEqual([0, 0]);
    const reversed = nearestAll(new NearestGrid(pack([[180, 10], [170, 10]]), 1.5), pack([[-180, 10]]));
    expect([reversed.siteIndex[0], reversed.distanceKm[0]]).toEqual([0, 0]);
    expect(nearestOne(new NearestGrid(pack(sites), 1.5), 180, 10)).toEqual({ index: 0, km: 0 });
  });

  it('answers with one site, with antipodal points, and with no site at all', () => {
    expectBrute([[-121.89, 37.33]], [[-121.89, 37.33], [58.11, -37.33], [0, 0], [-121.5, 37]], 1.5);
    // (0°, 7.77°) and (180°, −7.77°): turf would give NaN; the clamp gives half the circumference.
    expect(nearestOne(new NearestGrid(pack([[0, 7.77]]), 1.5), 180, -7.77).index).toBe(0);
    const antipodal = nearestAll(new NearestGrid(pack([[0, 7.77], [0, 7.77]]), 1.5), pack([[180, -7.77]]));
    expect(antipodal.siteIndex[0]).toBe(0);
    expect(antipodal.distanceKm[0]).toBe(brute([[0, 7.77]], 180, -7.77).km);
    expectBrute([[0, 7.77], [1, 7.77], [-1, 7.77]], [[180, -7.77], [179.5, -7.77]], 1.5);
    expect(nearestOne(new NearestGrid(new Float64Array(0), 1.5), 3, 4)).toEqual({ index: -1, km: Infinity });
    const none = nearestAll(new NearestGrid(new Float64Array(0), 1.5), pack([[3, 4], [-170, 80]]));
    expect(Array.from(none.siteIndex)).toEqual([-1, -1]);
    expect(Array.from(none.distanceKm)).toEqual([Infinity, Infinity]);
  });

  it('answers more points than one block (1,024) in input order', () => {
    const random = seeded(52);
    const sites: Position[] = Array.from({ length: 60 }, () => [-121.9 + (random() - 0.5) * 0.2, 37.33 + (random() - 0.5) * 0.2]);
    const points: Position[] = Array.from({ length: 2500 }, () => [-121.9 + (random() - 0.5) * 0.3, 37.33 + (random() - 0.5) * 0.3]);
    const expected = points.map(([lng, lat]) => brute(sites, lng, lat));
    const { siteIndex, distanceKm } = nearestAll(new NearestGrid(pack(sites), 1.5), pack(points));
    expect(siteIndex.length).toBe(2500);
    expect(Array.from(siteIndex)).toEqual(expected.map((e) => e.index));
    expect(Array.from(distanceKm)).toEqual(expected.map((e) => e.km));
  });

  it('grows its candidate pool when the lists outgrow it, keeping every answer', () => {
    // Many sites per list (sites on a small lattice, queried everywhere around) fill more than 4 entries per site.
    const sites: Position[] = [];
    for (let i = 0; i < 6; i++) for (let j = 0; j < 6; j++) sites.push([i * 0.01, j * 0.01]);
    const points: Position[] = [];
    for (let i = -8; i < 30; i++) for (let j = -8; j < 30; j++) points.push([i * 0.0025, j * 0.0025]);
    expectBrute(sites, points, 0.25);
    expectBrute(sites, points, 8);
  });
});
