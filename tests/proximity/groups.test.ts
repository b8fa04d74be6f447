import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareToReference } from '../../src/internal/parity.ts';
import type { Site as SiteRecord } from '../../src/internal/records.ts';
import type { Position as InternalPosition } from '../../src/internal/validate.ts';
import { accessByGroup, coverage, distanceSummaryByGroup, nearestSite, providerToPopulationRatio, SiteSchema, type Position, type Site } from '../../src/proximity/index.ts';
import { caught, latticePosition, turfKm } from './helpers.ts';

const centre = [-121.9, 37.33];
// Distances due north of the centre are exact turf values we can recompute.
const north = (km: number): [number, number] => [-121.9, 37.33 + km / 111.19492664455873];

describe('distanceSummaryByGroup', () => {
  const rows = [
    { at: north(1), district: 'D3', households: 1 },
    { at: north(2), district: 'D3', households: 1 },
    { at: north(3), district: 'D3', households: 2 },
    { at: north(4), district: 'D3', households: 0 },
    { at: north(10), district: 'D7', households: 5 },
  ];
  const d = rows.map((r) => turfKm(r.at, centre));

  it('hand-computed weighted mean, median (type 2), percentiles and max per group', () => {
    const summary = distanceSummaryByGroup(rows, [centre], { location: (r) => r.at, by: (r) => r.district, weight: (r) => r.households, quantiles: [0, 0.25, 0.5, 1] });
    const d3 = summary.groups.get('D3');
    expect(d3?.count).toBe(4);
    expect(d3?.weight).toBe(4);
    expect(d3?.meanKm).toBeCloseTo((d[0]! + d[1]! + 2 * d[2]!) / 4, 12);
    // Cumulative weights 1, 2, 4 of 4: the median lands exactly on the jump after the 2nd → average of 2nd and 3rd.
    expect(d3?.medianKm).toBe((d[1]! + d[2]!) / 2);
    expect(d3?.percentiles.map((p) => p.km)).toEqual([d[0], (d[0]! + d[1]!) / 2, (d[1]! + d[2]!) / 2, d[2]]);
    expect(d3?.maxKm).toBe(d[2]); // the zero-weight row does not count
    expect(summary.groups.get('D7')?.medianKm).toBe(d[4]);
    expect(summary.overall.count).toBe(5);
    expect(summary.overall.weight).toBe(9);
    expect(summary.percentileMethod).toMatch(/type 2/);
  });

  it('equals the ordinary median for unweighted data, and the mean of nearestSite distances', () => {
    const pos = latticePosition(-121.89, 37.33, 300);
    fc.assert(
      fc.property(fc.array(pos, { minLength: 1, maxLength: 30 }), fc.array(pos, { minLength: 1, maxLength: 5 }), (points, sites) => {
        const summary = distanceSummaryByGroup(points, sites, { location: (p) => p, by: () => 'all' });
        const km = Array.from(nearestSite(points, sites).distanceKm).sort((a, b) => a - b);
        const mid = km.length >> 1;
        const median = km.length % 2 === 1 ? km[mid] : ((km[mid - 1] as number) + (km[mid] as number)) / 2;
        expect(summary.overall.medianKm).toBe(median);
        expect(summary.overall.meanKm).toBeCloseTo(km.reduce((a, b) => a + b, 0) / km.length, 9);
        expect(summary.overall.maxKm).toBe(km[km.length - 1]);
      }),
      { numRuns: 50 },
    );
  });

  it('gives null statistics for a group with no weight; "__proto__" is an ordinary group', () => {
    const summary = distanceSummaryByGroup([{ at: north(1), g: '__proto__', w: 0 }], [centre], { location: (r) => r.at, by: (r) => r.g, weight: (r) => r.w });
    const group = summary.groups.get('__proto__');
    expect(group?.count).toBe(1);
    expect(group?.meanKm).toBeNull();
    expect(group?.medianKm).toBeNull();
  });

  it('rejects missing accessors, bad percentiles, non-string groups and empty sites', () => {
    const accessor = caught(() => distanceSummaryByGroup(rows, [centre], { by: (r: { district: string }) => r.district } as never));
    expect([accessor.code, accessor.path]).toEqual(['missing_field', 'options.location']);
    const p = caught(() => distanceSummaryByGroup(rows, [centre], { location: (r) => r.at, by: (r) => r.district, quantiles: [90] }));
    expect([p.code, p.path]).toEqual(['out_of_range', 'options.quantiles[0]']);
    expect(p.message).toMatch(/write the 90th percentile as 0.9/);
    const group = caught(() => distanceSummaryByGroup(rows, [centre], { location: (r) => r.at, by: () => 3 as never }));
    expect([group.code, group.path, group.message]).toEqual([
      'invalid_type',
      'rows[0]',
      'distanceSummaryByGroup: options.by returned 3 for rows[0]; a group key must be a string (use String(value)).',
    ]);
    expect(caught(() => distanceSummaryByGroup(rows, [], { location: (r) => r.at, by: (r) => r.district })).code).toBe('empty');
  });
});

describe('accessByGroup', () => {
  it('hand-computed shares and ratios to the overall share', () => {
    const homes = [
      { at: north(0.5), district: 'D3' },
      { at: north(1), district: 'D3' },
      { at: north(0.5), district: 'D7' },
      { at: north(8), district: 'D7' },
    ];
    const access = accessByGroup(homes, [centre], { location: (h) => h.at, by: (h) => h.district, radiusKm: 2 });
    expect(access.overall.share).toBe(0.75);
    expect(access.groups.get('D3')?.share).toBe(1);
    expect(access.groups.get('D7')?.ratioToReference).toBe(0.5 / 0.75);
    expect(access.groups.get('D7')?.withinParityBand).toBe(false);
    expect(access.reference).toEqual({ label: 'overall', share: 0.75 });
    expect(access.tolerance).toEqual({ relative: 0.1 });
  });

  it('the ±10 % parity test: 0.9 of the reference is inside, just below is outside (compareToReference)', () => {
    // Reference group A: 10 of 10 covered. Group B: 9 of 10 → ratio 0.9, on the band's edge. Group C: 8 of 10.
    const rows = [
      ...Array.from({ length: 10 }, () => ({ at: north(0.5), g: 'A' })),
      ...Array.from({ length: 10 }, (_, i) => ({ at: north(i < 9 ? 0.5 : 9), g: 'B' })),
      ...Array.from({ length: 10 }, (_, i) => ({ at: north(i < 8 ? 0.5 : 9), g: 'C' })),
    ];
    const access = accessByGroup(rows, [centre], { location: (r) => r.at, by: (r) => r.g, radiusKm: 1, referenceGroup: { group: 'A' } });
    expect(access.groups.get('B')?.withinParityBand).toBe(true);
    expect(access.groups.get('B')?.withinParityBand).toBe(compareToReference(0.9, 1, { relative: 0.1 }).withinParityBand);
    expect(access.groups.get('C')?.withinParityBand).toBe(false);
    expect(access.groups.get('C')?.differenceFromReference).toBeCloseTo(-0.2, 15);
    const best = accessByGroup(rows, [centre], { location: (r) => r.at, by: (r) => r.g, radiusKm: 1, referenceGroup: 'best' });
    expect(best.reference.label).toBe('A');
    const worst = accessByGroup(rows, [centre], { location: (r) => r.at, by: (r) => r.g, radiusKm: 1, referenceGroup: 'worst', parityBand: { absolute: 0.1 } });
    expect(worst.reference.label).toBe('C');
    expect(worst.groups.get('B')?.withinParityBand).toBe(true);
    expect(worst.groups.get('A')?.withinParityBand).toBe(false);
  });

  it('weighted shares agree with coverage() and group weights add up to the overall', () => {
    const pos = latticePosition(-121.89, 37.33, 300);
    fc.assert(
      fc.property(fc.array(fc.tuple(pos, fc.constantFrom('a', 'b', 'c'), fc.integer({ min: 0, max: 5 })), { minLength: 1, maxLength: 30 }), fc.array(pos, { minLength: 1, maxLength: 5 }), fc.double({ min: 0.1, max: 5, noNaN: true }), (rows, sites, radiusKm) => {
        const access = accessByGroup(rows, sites, { location: (r) => r[0], by: (r) => r[1], weight: (r) => r[2], radiusKm });
        const whole = coverage(rows.map((r) => r[0]), sites, { radiusKm, weights: rows.map((r) => r[2]) });
        expect(access.overall.coveredWeight).toBe(whole.coveredWeight);
        expect(access.overall.share).toBe(whole.weightedShare);
        let sum = 0;
        for (const g of access.groups.values()) sum += g.weight;
        expect(sum).toBe(access.overall.weight);
      }),
      { numRuns: 50 },
    );
  });

  it('rejects an unknown reference group, a negative tolerance and a zero radius', () => {
    const rows = [{ at: north(1), g: 'A' }];
    const unknown = caught(() => accessByGroup(rows, [centre], { location: (r) => r.at, by: (r) => r.g, radiusKm: 1, referenceGroup: { group: 'Z' } }));
    expect([unknown.code, unknown.path]).toEqual(['not_found', 'options.referenceGroup.group']);
    expect(unknown.message).toMatch(/^accessByGroup: options.referenceGroup.group is "Z", which does not occur/);
    const tolerance = caught(() => accessByGroup(rows, [centre], { location: (r) => r.at, by: (r) => r.g, radiusKm: 1, parityBand: { relative: -0.1 } }));
    expect([tolerance.code, tolerance.path]).toEqual(['out_of_range', 'options.parityBand.relative']);
    expect(caught(() => accessByGroup(rows, [centre], { location: (r) => r.at, by: (r) => r.g, radiusKm: 0 })).path).toBe('options.radiusKm');
  });
});

describe('providerToPopulationRatio', () => {
  it('providers per 1000 by default, any base on request, null for no population', () => {
    expect(providerToPopulationRatio([120, 80, 100], 60000).ratio).toBe(5);
    expect(providerToPopulationRatio(3.5 * 100, 100000).ratio).toBe(3.5); // Greenprint: 3.5 acres per 1000 residents
    expect(providerToPopulationRatio(3, [1500, 1500], { per: 1 }).ratio).toBe(0.001);
    const none = providerToPopulationRatio(3, 0);
    expect(none.ratio).toBeNull();
    expect(none.warnings[0]).toMatch(/population is 0/);
  });
  it('rejects negative amounts and a base ≤ 0', () => {
    const negative = caught(() => providerToPopulationRatio([1, -1], 10));
    expect([negative.code, negative.path]).toEqual(['out_of_range', 'capacity[1]']);
    expect(caught(() => providerToPopulationRatio(1, 10, { per: 0 })).path).toBe('options.per');
  });
});

describe('SiteSchema', () => {
  it('Site and Position are the shared record shapes (assignable both ways)', () => {
    const record: SiteRecord = { id: 'a', location: [-121.9, 37.3], capacity: 3 };
    const site: Site = record;
    const back: SiteRecord = site;
    const position: Position = [-121.9, 37.3] as InternalPosition;
    const internal: InternalPosition = position;
    expect(back).toBe(record);
    expect(internal).toEqual([-121.9, 37.3]);
  });
  it('accepts a Site and rejects swapped or missing locations', () => {
    const site = { id: 'mayfair', name: 'Mayfair Community Center', location: [-121.8472, 37.3516], capacity: 120, programs: ['youth-scholarship'] };
    expect(SiteSchema.parse(site)).toEqual(site);
    const swapped = SiteSchema.safeParse({ id: 'x', location: [37.35, -121.85] });
    expect(swapped.success).toBe(false);
    expect(JSON.stringify(swapped.error?.issues)).toMatch(/swapped/);
    expect(SiteSchema.safeParse({ id: 'x' }).success).toBe(false);
    expect(SiteSchema.safeParse({ id: 'x', location: [0, 0], capacity: -1 }).success).toBe(false);
  });
});

describe('accessByGroup and distanceSummaryByGroup: the 0.2 vocabulary (docs/conventions.md §2)', () => {
  const rows = [
    { at: north(0.5), g: 'A' },
    { at: north(0.5), g: 'B' },
    { at: north(5), g: 'B' },
  ];

  it('accessByGroup accepts the 0.1 names group, reference and tolerance until 0.3, with deprecation warnings', () => {
    const current = accessByGroup(rows, [centre], { location: (r) => r.at, by: (r) => r.g, radiusKm: 1, referenceGroup: 'best', parityBand: { relative: 0.2 } });
    const old = accessByGroup(rows, [centre], { location: (r) => r.at, group: (r) => r.g, radiusKm: 1, reference: 'best', tolerance: { relative: 0.2 } });
    expect(current.warnings).toEqual([]);
    expect(old.warnings).toEqual([
      'deprecated: accessByGroup: options.group is now options.by; the old name is accepted until 0.3.0.',
      'deprecated: accessByGroup: options.reference is now options.referenceGroup; the old name is accepted until 0.3.0.',
      'deprecated: accessByGroup: options.tolerance is now options.parityBand; the old name is accepted until 0.3.0.',
    ]);
    expect([...old.groups]).toEqual([...current.groups]);
    // B: 1 of 2 within 1 km = 0.5 against A's 1: outside ±20 %.
    expect(current.groups.get('B')?.withinParityBand).toBe(false);
    expect(current.groups.get('B')?.withinTolerance).toBe(false);
    expect(current.parityBand).toEqual({ relative: 0.2 });
  });

  it('accessByGroup rejects a relative band of 10 with the same message as compareGroups and defineGoal', () => {
    const error = caught(() => accessByGroup(rows, [centre], { location: (r) => r.at, by: (r) => r.g, radiusKm: 1, parityBand: { relative: 10 } }));
    expect([error.code, error.path]).toEqual(['out_of_range', 'options.parityBand.relative']);
    expect(error.message).toMatch(/relative is 10; a relative parity band is a fraction of the reference rate \(0\.1 = ±10 %\) and must be at most 1 — write 10 % as 0\.1\.$/);
  });

  it('distanceSummaryByGroup names probabilities quantiles (a percentile would be 0–100) and accepts percentiles until 0.3', () => {
    const current = distanceSummaryByGroup(rows, [centre], { location: (r) => r.at, by: (r) => r.g, quantiles: [0.5] });
    const old = distanceSummaryByGroup(rows, [centre], { location: (r) => r.at, group: (r) => r.g, percentiles: [0.5] });
    expect(current.warnings).toEqual([]);
    expect(old.warnings).toEqual([
      'deprecated: distanceSummaryByGroup: options.group is now options.by; the old name is accepted until 0.3.0.',
      'deprecated: distanceSummaryByGroup: options.percentiles is now options.quantiles; the old name is accepted until 0.3.0.',
    ]);
    expect(current.overall.quantiles).toEqual(old.overall.percentiles);
    expect(current.overall.quantiles[0]?.km).toBeCloseTo(0.5, 5);
    expect(current.quantileMethod).toBe(current.percentileMethod);
  });
});

describe('providerToPopulationRatio totals', () => {
  it('sums capacities with compensated summation (simple-statistics sum), not a drifting running sum', () => {
    // 0.1 acres ten times is 1 exactly; a plain running sum gives 0.9999999999999999.
    const acres = Array.from({ length: 10 }, () => 0.1);
    expect(acres.reduce((a, b) => a + b, 0)).not.toBe(1);
    expect(providerToPopulationRatio(acres, 1000).totalCapacity).toBe(1);
    expect(providerToPopulationRatio(acres, 1000).ratio).toBe(1);
  });
});
