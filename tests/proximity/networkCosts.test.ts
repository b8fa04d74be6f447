import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accessByGroup, countWithin, coverage, distanceSummaryByGroup, kNearestSites, nearestSite, siteCoveredDemand } from '../../src/proximity/index.ts';
import { caught, latticePosition, regions, turfMatrix } from './helpers.ts';

// Every proximity function that takes coordinates also takes a travel-cost matrix (dense or sparse). The
// reference here is the matrix itself scanned by brute force; with the turf-distance matrix, the cost path must
// give what the coordinate path gives.

/** A random cost matrix with unreachable pairs (Infinity) and ties, as dense and as sparse (absent = unreachable). */
const matrixArb = fc.integer({ min: 1, max: 9 }).chain((m) =>
  fc.array(fc.array(fc.oneof(fc.integer({ min: 0, max: 30 }), fc.constant(Infinity)), { minLength: m, maxLength: m }), { minLength: 0, maxLength: 25 }).map((dense) => ({ m, dense })),
);

function sparseOf(dense: number[][]): { origin: number; destination: number; cost: number }[] {
  return dense.flatMap((row, origin) => row.map((cost, destination) => ({ origin, destination, cost }))).filter((e) => e.cost !== Infinity).reverse();
}

/** Brute force: sites of row i sorted by cost then index, unreachable left out. */
function ranked(row: number[]): number[] {
  return row.map((c, j) => [c, j] as const).filter(([c]) => c !== Infinity).sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([, j]) => j);
}

describe('network costs: every proximity function', () => {
  it('nearestSite, kNearestSites, countWithin, coverage and siteCoveredDemand equal a brute-force scan of the matrix (dense = sparse)', () => {
    fc.assert(
      fc.property(matrixArb, fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 4 }), ({ m, dense }, maxCost, k) => {
        const n = dense.length;
        const points = dense.map((_, i) => i);
        const sites = Array.from({ length: m }, (_, j) => `site ${j}`);
        const weights = points.map((i) => 1 + (i % 3));
        for (const costs of [{ dense, unit: 'minutes' }, { sparse: sparseOf(dense), unit: 'minutes' }]) {
          const nearest = nearestSite(points, sites, { costs });
          const kNearest = kNearestSites(points, sites, { k, costs });
          const counts = countWithin(points, sites, { costs, maxCost });
          const covered = coverage(points, sites, { costs, maxCost, weights });
          const byCentre = siteCoveredDemand(points, sites, { costs, maxCost, weights });
          expect([nearest.unit, kNearest.unit, counts.unit, covered.unit]).toEqual(['minutes', 'minutes', 'minutes', 'minutes']);
          const within = new Array<number>(m).fill(0);
          const only = new Array<number>(m).fill(0);
          const nearestWithin = new Array<number>(m).fill(0);
          let coveredWeight = 0;
          dense.forEach((row, i) => {
            const order = ranked(row);
            expect(nearest.siteIndex[i]).toBe(order.length > 0 ? order[0] : -1);
            expect(nearest.cost[i]).toBe(order.length > 0 ? row[order[0] as number] : Infinity);
            expect(nearest.reachable[i]).toBe(order.length > 0 ? 1 : 0);
            expect(Array.from(kNearest.siteIndex.subarray(i * k, i * k + k))).toEqual([...order.slice(0, k), ...new Array<number>(Math.max(0, k - order.length)).fill(-1)]);
            expect(kNearest.found[i]).toBe(Math.min(k, order.length));
            const inside = order.filter((j) => (row[j] as number) <= maxCost);
            expect(counts.count[i]).toBe(inside.length);
            expect(covered.covered[i]).toBe(inside.length > 0 ? 1 : 0);
            const w = weights[i] as number;
            for (const j of inside) within[j] = (within[j] as number) + w;
            if (inside.length === 1) only[inside[0] as number] = (only[inside[0] as number] as number) + w;
            if (inside.length > 0) {
              nearestWithin[inside[0] as number] = (nearestWithin[inside[0] as number] as number) + w;
              coveredWeight += w;
            }
          });
          expect(nearest.unreachableCount).toBe(dense.filter((row) => ranked(row).length === 0).length);
          expect(covered.coveredWeight).toBe(coveredWeight);
          expect(covered.threshold).toBe('cost <= maxCost');
          expect(covered.maxCost).toBe(maxCost);
          expect(Array.from(byCentre.withinRadius)).toEqual(within);
          expect(Array.from(byCentre.exclusive)).toEqual(only);
          expect(Array.from(byCentre.nearestWithin)).toEqual(nearestWithin);
          expect(n).toBe(points.length);
        }
      }),
      { numRuns: 150 },
    );
  });

  for (const region of regions) {
    it(`a turf-distance matrix gives what coordinates give, and kNearestSites equals a brute-force sort near ${region.name}`, () => {
      const pos = latticePosition(region.lng, region.lat, 2000);
      fc.assert(
        fc.property(fc.array(pos, { minLength: 1, maxLength: 30 }), fc.array(pos, { minLength: 0, maxLength: 30 }), fc.integer({ min: 1, max: 6 }), (sites, points, k) => {
          const dense = turfMatrix(points, sites);
          const costs = { dense, unit: 'km' };
          const byKm = nearestSite(points, sites);
          const byCost = nearestSite(points, sites, { costs });
          expect(Array.from(byCost.siteIndex)).toEqual(Array.from(byKm.siteIndex));
          expect(Array.from(byCost.cost)).toEqual(Array.from(byKm.distanceKm));
          const kByKm = kNearestSites(points, sites, { k });
          const kByCost = kNearestSites(points, sites, { k, costs });
          expect(Array.from(kByKm.siteIndex)).toEqual(Array.from(kByCost.siteIndex));
          expect(Array.from(kByKm.cost)).toEqual(Array.from(kByCost.cost));
          expect(Array.from(kByKm.found)).toEqual(points.map(() => Math.min(k, sites.length)));
          const radiusKm = dense[0]?.[0] ?? 1;
          if (radiusKm > 0) {
            expect(Array.from(countWithin(points, sites, { costs, maxCost: radiusKm }).count)).toEqual(Array.from(countWithin(points, sites, { radiusKm }).count));
            expect(Array.from(coverage(points, sites, { costs, maxCost: radiusKm }).covered)).toEqual(Array.from(coverage(points, sites, { radiusKm }).covered));
          }
        }),
        { numRuns: 40 },
      );
    });
  }

  it('by group: accessByGroup and distanceSummaryByGroup read the matrix row of each record; unreachable rows are counted apart', () => {
    const rows = [
      { district: 'D3', minutes: [5, 30] },
      { district: 'D3', minutes: [12, Infinity] },
      { district: 'D7', minutes: [Infinity, 25] },
      { district: 'D7', minutes: [Infinity, Infinity] },
    ];
    const costs = { dense: rows.map((r) => r.minutes), unit: 'minutes' };
    const access = accessByGroup(rows, ['centre A', 'centre B'], { by: (r) => r.district, costs, maxCost: 15 });
    expect(access.groups.get('D3')?.share).toBe(1);
    expect(access.groups.get('D7')?.share).toBe(0);
    expect(access.overall.share).toBe(0.5);
    expect([access.unit, access.maxCost, access.threshold]).toEqual(['minutes', 15, 'cost <= maxCost']);
    const summary = distanceSummaryByGroup(rows, ['centre A', 'centre B'], { by: (r) => r.district, costs, quantiles: [0.5] });
    expect(summary.unit).toBe('minutes');
    expect(summary.groups.get('D3')).toMatchObject({ count: 2, weight: 2, mean: 8.5, median: 8.5, max: 12, unreachableCount: 0 });
    expect(summary.groups.get('D7')).toMatchObject({ count: 2, weight: 1, mean: 25, max: 25, unreachableCount: 1, unreachableWeight: 1 });
    expect(summary.overall).toMatchObject({ count: 4, weight: 3, mean: 14, median: 12, unreachableCount: 1 });
    expect(summary.warnings.some((w) => /1 row\(s\) reach no site/.test(w))).toBe(true);
  });

  it('with coordinates, results name their unit km', () => {
    const sites = [[-121.9, 37.33]];
    const homes = [[-121.89, 37.33]];
    expect(nearestSite(homes, sites).unit).toBe('km');
    expect(coverage(homes, sites, { radiusKm: 1 }).unit).toBe('km');
    expect(countWithin(homes, sites, { radiusKm: 1 }).unit).toBe('km');
    expect(siteCoveredDemand(homes, sites, { radiusKm: 1 }).unit).toBe('km');
    expect(accessByGroup([{ at: homes[0] as number[] }], sites, { location: (r) => r.at, by: () => 'all', radiusKm: 1 }).unit).toBe('km');
    expect(kNearestSites(homes, sites, { k: 1 }).distanceKm?.[0]).toBe(nearestSite(homes, sites).distanceKm[0]);
  });

  it('rejects a matrix of the wrong shape, a missing or km cut-off with costs, maxCost without costs, and a bad k', () => {
    const shape = caught(() => nearestSite([1, 2], ['a'], { costs: { dense: [[1]] } }));
    expect([shape.code, shape.path]).toEqual(['length_mismatch', 'options.costs.dense']);
    const missing = caught(() => coverage([1], ['a'], { costs: { dense: [[1]] } } as never));
    expect([missing.code, missing.path]).toEqual(['missing_field', 'options.maxCost']);
    const mixed = caught(() => countWithin([1], ['a'], { costs: { dense: [[1]] }, maxCost: 2, radiusKm: 1 } as never));
    expect([mixed.code, mixed.path]).toEqual(['invalid_value', 'options.radiusKm']);
    const stray = caught(() => countWithin([[0, 0]], [[0, 0]], { radiusKm: 1, maxCost: 2 } as never));
    expect([stray.code, stray.path]).toEqual(['invalid_value', 'options.maxCost']);
    expect(stray.message).toMatch(/^countWithin: options.maxCost needs options.costs/);
    const k = caught(() => kNearestSites([[0, 0]], [[0, 0]], { k: 0 }));
    expect([k.code, k.path]).toEqual(['out_of_range', 'options.k']);
    const sparse = caught(() => siteCoveredDemand([1], ['a'], { costs: { sparse: [{ origin: 0, destination: 1, cost: 3 }] }, maxCost: 5 }));
    expect([sparse.code, sparse.path]).toEqual(['out_of_range', 'options.costs.sparse[0].destination']);
  });
});
