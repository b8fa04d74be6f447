import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capacityWithin, countWithin, coverage, siteCoveredDemand } from '../../src/proximity/index.ts';
import { caught, latticePosition, regions, turfKm, turfMatrix } from './helpers.ts';

/** Radii that include exact pair distances, so points lie exactly on the radius. */
function radii(points: number[][], sites: number[][], extra: number): number[] {
  const exact = points.flatMap((p) => sites.slice(0, 3).map((s) => turfKm(p, s))).filter((d) => d > 0);
  return [...exact.slice(0, 4), extra];
}

describe('coverage', () => {
  it('hand-computed: shares by count and by weight, and the uncovered list', () => {
    const result = coverage([[-121.89, 37.33], [-121.8, 37.33], [-121.9, 37.34]], [[-121.9, 37.33]], { radiusKm: 1.5, weights: [1, 3, 2] });
    expect(Array.from(result.covered)).toEqual([1, 0, 1]);
    expect(result.share).toBe(2 / 3);
    expect(result.weightedShare).toBe(0.5);
    expect(Array.from(result.uncovered)).toEqual([1]);
    expect(result.coveredWeight).toBe(3);
    expect(result.threshold).toBe('distance <= radius');
  });

  it('counts a point exactly on the radius as covered (distance <= radius)', () => {
    const site = [-121.9, 37.33];
    const home = [-121.88, 37.345];
    const r = turfKm(home, site);
    expect(coverage([home], [site], { radiusKm: r }).covered[0]).toBe(1);
    expect(coverage([home], [site], { radiusKm: r * (1 - 1e-15) }).covered[0]).toBe(0);
    expect(countWithin([home], [site], { radiusKm: r }).count[0]).toBe(1);
  });

  for (const region of regions) {
    it(`equals brute force near ${region.name}, radius exactly on pair distances included`, () => {
      const pos = latticePosition(region.lng, region.lat, 300);
      fc.assert(
        fc.property(
          fc.array(pos, { minLength: 1, maxLength: 25 }),
          fc.array(pos, { minLength: 1, maxLength: 25 }),
          fc.double({ min: 0.01, max: 200, noNaN: true }),
          (sites, points, extra) => {
            const matrix = turfMatrix(points, sites);
            for (const radiusKm of radii(points, sites, extra)) {
              const covered = coverage(points, sites, { radiusKm }).covered;
              const counts = countWithin(points, sites, { radiusKm }).count;
              const capacities = capacityWithin(points.map((location) => ({ location })), sites.map((location, j) => ({ location, capacity: j + 1 })), { radiusKm }).capacity;
              matrix.forEach((row, i) => {
                const inside = row.map((d, j) => (d <= radiusKm ? j : -1)).filter((j) => j >= 0);
                expect(covered[i]).toBe(inside.length > 0 ? 1 : 0);
                expect(counts[i]).toBe(inside.length);
                expect(capacities[i]).toBe(inside.reduce((sum, j) => sum + j + 1, 0));
              });
            }
          },
        ),
        { numRuns: 40 },
      );
    });
  }

  it('never decreases as the radius grows (weighted share)', () => {
    const pos = latticePosition(-121.89, 37.33, 200);
    fc.assert(
      fc.property(
        fc.array(pos, { minLength: 1, maxLength: 20 }),
        fc.array(fc.tuple(pos, fc.integer({ min: 0, max: 9 })), { minLength: 1, maxLength: 40 }),
        fc.double({ min: 0.001, max: 50, noNaN: true }),
        fc.double({ min: 0, max: 50, noNaN: true }),
        (sites, rows, r1, grow) => {
          const points = rows.map(([p]) => p);
          const weights = rows.map(([, w]) => w);
          const small = coverage(points, sites, { radiusKm: r1, weights });
          const large = coverage(points, sites, { radiusKm: r1 + grow, weights });
          for (let i = 0; i < points.length; i++) expect(large.covered[i]).toBeGreaterThanOrEqual(small.covered[i] as number);
          expect(large.coveredWeight).toBeGreaterThanOrEqual(small.coveredWeight);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('reports null shares, with a warning, when there is nothing to share', () => {
    const none = coverage([], [[0, 0]], { radiusKm: 1 });
    expect(none.share).toBeNull();
    expect(none.weightedShare).toBeNull();
    expect(none.warnings[0]).toMatch(/no points/);
    const zero = coverage([[0, 0]], [[0, 0]], { radiusKm: 1, weights: [0] });
    expect(zero.share).toBe(1);
    expect(zero.weightedShare).toBeNull();
    expect(zero.warnings[0]).toMatch(/sum to 0/);
  });

  it('rejects a zero, negative or NaN radius', () => {
    for (const radiusKm of [0, -1]) {
      const error = caught(() => coverage([[0, 0]], [[0, 0]], { radiusKm }));
      expect(error.code).toBe('out_of_range');
      expect(error.path).toBe('options.radiusKm');
      expect(error.message).toMatch(/^coverage: options.radiusKm is -?\d+; expected a number > 0/);
    }
    expect(caught(() => coverage([[0, 0]], [[0, 0]], { radiusKm: Number.NaN })).code).toBe('not_finite');
    expect(caught(() => countWithin([[0, 0]], [[0, 0]], { radiusKm: 0 })).message).toMatch(/^countWithin: options.radiusKm/);
  });

  it('rejects mismatched or negative weights', () => {
    const mismatch = caught(() => coverage([[0, 0], [1, 1]], [[0, 0]], { radiusKm: 1, weights: [1] }));
    expect(mismatch.code).toBe('length_mismatch');
    expect(mismatch.path).toBe('options.weights');
    expect(mismatch.message).toMatch(/^coverage: options.weights has 1 weights for 2 values/);
    const negative = caught(() => coverage([[0, 0]], [[0, 0]], { radiusKm: 1, weights: [-1] }));
    expect(negative.code).toBe('out_of_range');
    expect(negative.path).toBe('options.weights[0]');
  });

  it('rejects empty site lists and swapped positions', () => {
    expect(caught(() => coverage([[0, 0]], [], { radiusKm: 1 })).code).toBe('empty');
    const swapped = caught(() => coverage([[0, 0]], [[37.3, -121.9]], { radiusKm: 1 }));
    expect(swapped.path).toBe('sites[0]');
    expect(swapped.hint).toMatch(/swapped/);
  });
});

describe('capacityWithin', () => {
  it('sums capacity within the radius (PySAL weighted_catchment with the default weight)', () => {
    const centres = [{ location: [-121.9, 37.33], capacity: 40 }, { location: [-121.89, 37.33], capacity: 25 }];
    const result = capacityWithin([{ location: [-121.895, 37.33] }, { location: [-121.7, 37.3] }], centres, { radiusKm: 1 });
    expect(Array.from(result.capacity)).toEqual([65, 0]);
    expect(Array.from(result.reachable)).toEqual([1, 0]);
  });
  it('accepts a cost matrix', () => {
    const result = capacityWithin([{}, {}], [{ capacity: 5 }, { capacity: 7 }], { costs: { dense: [[3, 12], [11, 9]], unit: 'minutes' }, maxCost: 10 });
    expect(Array.from(result.capacity)).toEqual([5, 7]);
    expect(result.unit).toBe('minutes');
  });
  it('rejects negative capacity and a missing radius', () => {
    const negative = caught(() => capacityWithin([{ location: [0, 0] }], [{ location: [0, 0], capacity: -3 }], { radiusKm: 1 }));
    expect(negative.code).toBe('out_of_range');
    expect(negative.path).toBe('supply[0].capacity');
    expect(negative.message).toMatch(/^capacityWithin: supply\[0\].capacity is -3/);
    const missing = caught(() => capacityWithin([{ location: [0, 0] }], [{ location: [0, 0], capacity: 3 }], {}));
    expect(missing.code).toBe('missing_field');
    expect(missing.path).toBe('options.radiusKm');
  });
});

describe('siteCoveredDemand', () => {
  it('hand-computed: overlapping, nearest-assigned and exclusive demand', () => {
    const result = siteCoveredDemand([[-121.905, 37.33], [-121.89, 37.33], [-121.875, 37.33]], [[-121.9, 37.33], [-121.88, 37.33]], { radiusKm: 1, weights: [1, 2, 4] });
    expect(Array.from(result.withinRadius)).toEqual([3, 6]);
    expect(Array.from(result.nearestWithin)).toEqual([3, 4]); // the middle home is equidistant: the lower index wins
    expect(Array.from(result.exclusive)).toEqual([1, 4]);
  });
  it('nearest-assigned demand sums to the covered weight', () => {
    const pos = latticePosition(-121.89, 37.33, 300);
    fc.assert(
      fc.property(fc.array(pos, { minLength: 1, maxLength: 15 }), fc.array(pos, { maxLength: 40 }), fc.double({ min: 0.05, max: 30, noNaN: true }), (sites, points, radiusKm) => {
        const bySite = siteCoveredDemand(points, sites, { radiusKm });
        const total = Array.from(bySite.nearestWithin).reduce((a, b) => a + b, 0);
        expect(total).toBe(coverage(points, sites, { radiusKm }).coveredCount);
      }),
      { numRuns: 50 },
    );
  });
});
