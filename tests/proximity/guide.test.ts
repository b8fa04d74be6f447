// The numbers quoted in docs/proximity.md, recomputed: if the synthetic city or a proximity result changes,
// this test fails and the guide must be updated with it.
import { describe, expect, it } from 'vitest';
import { accessByGroup, balancedFCA, coverage, distanceSummaryByGroup, pCenter, planSites, twoStepFCA } from '../../src/proximity/index.ts';
import { syntheticCity } from '../../src/synthetic/index.ts';

describe('docs/proximity.md', () => {
  const city = syntheticCity({ seed: 1, households: 20_000 });
  const years = city.truth.programYears.length;
  const y = 2025 - city.truth.programYears[0]!;
  const truth = city.truth.households;
  const eligible = city.households
    .map((household, i) => ({ household, enrolled: truth.enrolled[i * years + y] === 1, target: truth.youth[i * years + y] === 1 && truth.incomeEligible[i * years + y] === 1 }))
    .filter((row) => row.target);
  const centres = city.sites.map((site) => site.location);
  const location = (row: (typeof eligible)[number]) => row.household.location!;
  const district = (row: (typeof eligible)[number]) => row.household.attributes['district']!;
  const round = (x: number | null | undefined, digits = 2) => (x == null ? null : Number(x.toFixed(digits)));

  it('distance to the nearest centre', () => {
    expect(eligible.length).toBe(1495);
    expect(eligible.filter((row) => row.enrolled).length).toBe(245);
    const summary = distanceSummaryByGroup(eligible, centres, { location, by: district, quantiles: [0.5, 0.9] });
    expect([summary.overall.meanKm, summary.overall.medianKm, summary.overall.percentiles[1]?.km, summary.overall.maxKm].map((x) => round(x))).toEqual([1.61, 1.32, 3.12, 10.27]);
    const table = [...summary.groups].sort((a, b) => Number(a[0]) - Number(b[0])).map(([key, s]) => [key, s.count, round(s.meanKm), round(s.medianKm), round(s.percentiles[1]?.km)]);
    expect(table).toEqual([
      ['1', 106, 2.04, 1.85, 3.58],
      ['2', 142, 2.43, 1.94, 4.57],
      ['3', 267, 0.9, 0.85, 1.57],
      ['4', 107, 2.05, 1.59, 4.36],
      ['5', 259, 1.37, 1.15, 2.63],
      ['6', 94, 1.42, 1.37, 2.59],
      ['7', 248, 1.38, 1.26, 2.56],
      ['8', 79, 2.19, 1.78, 4.4],
      ['9', 99, 1.81, 1.54, 3.1],
      ['10', 94, 2.16, 1.75, 4.53],
    ]);
  });

  it('share within ¾ mile and the ±10 % parity test', () => {
    const access = accessByGroup(eligible, centres, { location, by: district, radiusKm: 1.207 });
    expect(round(access.overall.share, 3)).toBe(0.45);
    const table = [...access.groups].sort((a, b) => Number(a[0]) - Number(b[0])).map(([key, g]) => [key, round(g.share, 3), round(g.ratioToReference), g.withinParityBand]);
    expect(table).toEqual([
      ['1', 0.255, 0.57, false],
      ['2', 0.232, 0.52, false],
      ['3', 0.764, 1.7, false],
      ['4', 0.346, 0.77, false],
      ['5', 0.525, 1.17, false],
      ['6', 0.426, 0.95, true],
      ['7', 0.472, 1.05, true],
      ['8', 0.304, 0.67, false],
      ['9', 0.303, 0.67, false],
      ['10', 0.266, 0.59, false],
    ]);
    const byLanguage = accessByGroup(eligible, centres, { location, by: (row) => row.household.attributes['language']!, radiusKm: 1.207 });
    const tagalog = byLanguage.groups.get('Tagalog');
    expect([tagalog?.count, round(tagalog?.share, 3), round(tagalog?.ratioToReference), tagalog?.withinParityBand]).toEqual([55, 0.236, 0.53, false]);
    const failing = [...byLanguage.groups].filter(([, g]) => g.withinParityBand === false).map(([key]) => key);
    expect(failing).toEqual(['Tagalog']);
  });

  it('2SFCA with a 3 km catchment', () => {
    const result = twoStepFCA(
      eligible.map((row) => ({ location: location(row), population: 1 })),
      city.sites.map((site) => ({ location: site.location, capacity: site.capacity ?? 0 })),
      { catchmentKm: 3, normalize: true },
    );
    expect(result.unreachableCount).toBe(164);
    expect(result.supplyReached).toBe(9160);
    const byDistrict = new Map<string, number[]>();
    eligible.forEach((row, i) => byDistrict.set(district(row), [...(byDistrict.get(district(row)) ?? []), result.score[i]!]));
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(round(mean(byDistrict.get('3')!))).toBe(1.13);
    expect(round(mean(byDistrict.get('4')!))).toBe(1.29);
    expect(round(mean(byDistrict.get('2')!))).toBe(0.66);
  });

  it('planning three new centres', () => {
    const { west, south, east, north } = city.truth.boundingBox;
    const lattice: [number, number][] = [];
    for (let a = 0; a < 12; a++) {
      for (let b = 0; b < 12; b++) lattice.push([Number((west + ((a + 0.5) * (east - west)) / 12).toFixed(4)), Number((south + ((b + 0.5) * (north - south)) / 12).toFixed(4))]);
    }
    const candidates = [...centres, ...lattice];
    const unserved = eligible.filter((row) => !row.enrolled);
    const failing = new Set(['1', '2', '4', '8', '9', '10']);
    const demand = unserved.map((row) => ({ location: location(row), weight: 1 }));
    const priority = unserved.map((row) => (failing.has(district(row)) ? 2 : 1));
    const required = centres.map((_, j) => j);
    const greedy = planSites(demand, candidates, { radiusKm: 1.207, count: 53, required, priority });
    expect(unserved.length).toBe(1250);
    expect(greedy.totalWeight).toBe(1788);
    expect(greedy.trace.slice(50)).toEqual([
      { site: 115, gain: 26, required: false },
      { site: 104, gain: 19, required: false },
      { site: 130, gain: 19, required: false },
    ]);
    expect(greedy.chosen.slice(50).map((j) => candidates[j])).toEqual([[-121.8392, 37.2804], [-121.8775, 37.3096], [-121.8008, 37.3679]]);
    expect(greedy.coveredWeight).toBe(754);
    const existing = greedy.trace.slice(0, 50).reduce((sum, step) => sum + step.gain, 0);
    expect(existing).toBe(690);
    const exact = planSites(demand, candidates, { radiusKm: 1.207, count: 53, required, priority, method: 'exact' });
    expect(exact.coveredWeight).toBe(754);
    expect(exact.combinations).toBe(487344);
    // With a ×5 priority the second and third choices move into districts 4 and 10.
    const strong = planSites(demand, candidates, { radiusKm: 1.207, count: 53, required, priority: unserved.map((row) => (failing.has(district(row)) ? 5 : 1)) });
    expect(strong.chosen.slice(50)).toEqual([115, 94, 113]);
    // Coverage of eligible households by district after the three ×2 choices.
    const after = accessByGroup(eligible, greedy.chosen.map((j) => candidates[j]!), { location, by: district, radiusKm: 1.207 });
    expect(round(after.overall.share, 3)).toBe(0.492);
    expect(round(after.groups.get('7')?.share, 3)).toBe(0.601);
    expect(round(after.groups.get('2')?.share, 3)).toBe(0.261);
    expect(coverage(unserved.map(location), centres, { radiusKm: 1.207 }).coveredCount).toBeLessThan(unserved.length);
  });
  it('other floating-catchment measures: 2SFCA counts households about five times, BFCA once', () => {
    const demand = eligible.map((row) => ({ location: location(row), population: 1 }));
    const supply = city.sites.map((site) => ({ location: site.location, capacity: site.capacity ?? 0 }));
    const two = twoStepFCA(demand, supply, { catchmentKm: 3 });
    expect(Math.round(two.siteDemand.reduce((a, b) => a + b, 0))).toBe(6392);
    const balanced = balancedFCA(demand, supply, { catchmentKm: 3, normalize: true });
    expect(Math.round(balanced.demandAllocated)).toBe(1331);
    const mean = (d: string): number | null => {
      let sum = 0;
      let count = 0;
      eligible.forEach((row, i) => {
        if (district(row) === d) {
          sum += balanced.score[i] as number;
          count++;
        }
      });
      return round(sum / count);
    };
    expect([mean('4'), mean('3'), mean('2')]).toEqual([1.8, 0.91, 0.7]);
  });
  it('ten new centres: the Lagrangian search proves greedy optimal; p-center brings the farthest household from 10.27 to 6.48 km', () => {
    const { west, south, east, north } = city.truth.boundingBox;
    const lattice: number[][] = [];
    for (let a = 0; a < 12; a++) for (let b = 0; b < 12; b++) lattice.push([+(west + ((a + 0.5) * (east - west)) / 12).toFixed(4), +(south + ((b + 0.5) * (north - south)) / 12).toFixed(4)]);
    const candidates = [...centres, ...lattice];
    const unserved = eligible.filter((row) => !row.enrolled);
    const failing = new Set(['1', '2', '4', '8', '9', '10']);
    const households = unserved.map((row) => ({ location: location(row), weight: 1 }));
    const required = centres.map((_, j) => j);
    const priority = unserved.map((row) => (failing.has(district(row)) ? 2 : 1));
    const ten = planSites(households, candidates, { radiusKm: 1.207, count: 60, required, priority, method: 'lagrangian' });
    expect([ten.coveredWeight, ten.bound, ten.gap, ten.optimal]).toEqual([844, 844, 0, true]);
    expect(ten.combinations).toBeGreaterThan(7.6e14);
    expect(planSites(households, candidates, { radiusKm: 1.207, count: 60, required, priority }).coveredWeight).toBe(844);
    const homes = eligible.map((row) => ({ location: location(row) }));
    expect(round(pCenter(homes, centres, { count: 50 }).farthestCost)).toBe(10.27);
    const far = pCenter(homes, candidates, { count: 53, required });
    expect([round(far.farthestCost), far.optimal]).toEqual([6.48, true]);
    expect([...far.chosen.slice(50)].sort((a, b) => a - b)).toEqual([63, 132, 138]);
    expect(far.trace.slice(49).map((step) => round(step.farthestCost))).toEqual([10.27, 8.86, 8.42, 6.48]);
  });
});
