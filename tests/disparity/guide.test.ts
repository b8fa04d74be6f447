// Pins the numbers docs/disparity.md quotes in "Summary measures": the guide's code, run on its synthetic city.
import { describe, expect, it } from 'vitest';
import {
  heatConcentrationIndex,
  heatIndexOfDisparity,
  heatMeanDifferenceFromBest,
  heatPopulationAttributableFraction,
  heatRelativeIndex,
  heatSlopeIndex,
  theilDecomposition,
} from '../../src/disparity/index.ts';
import type { HeatGroup, HeatMeasureResult } from '../../src/disparity/index.ts';
import { defaultSyntheticIncomeLimit, syntheticCity } from '../../src/synthetic/index.ts';
import { shared } from '../helpers/shared.ts';

const guide = shared(() => {
  const city = syntheticCity({ households: 60000, seed: 2025 });
  const programYear = 2025;
  const hasYouth = (h: (typeof city.households)[number]) =>
    (h.members ?? []).some((m) => m.birthDate > '2007-07-01' && m.birthDate <= '2020-07-01');
  const served = new Set(city.enrollments.filter((e) => e.programYear === programYear).map((e) => e.householdId));
  const bandCounts = Array.from({ length: 5 }, () => ({ served: 0, eligible: 0 }));
  const districtCounts = new Map<string, { served: number; eligible: number }>();
  for (const h of city.households) {
    const limit = defaultSyntheticIncomeLimit(Math.min(h.size, 9), programYear);
    const income = h.annualIncome ?? 0;
    if (!hasYouth(h) || income > limit) continue;
    const district = h.attributes['district'] as string;
    const counts = [bandCounts[Math.min(4, Math.floor((5 * income) / limit))]!, districtCounts.get(district) ?? { served: 0, eligible: 0 }];
    districtCounts.set(district, counts[1]!);
    for (const c of counts) {
      c.eligible += 1;
      if (served.has(h.id)) c.served += 1;
    }
  }
  const group = (name: string, c: { served: number; eligible: number }): HeatGroup => {
    const p = c.served / c.eligible;
    return { group: name, estimate: p, population: c.eligible, standardError: Math.sqrt((p * (1 - p)) / c.eligible) };
  };
  return {
    bands: bandCounts.map((c, i) => group(`${20 * i}–${20 * (i + 1)} % of limit`, c)),
    districts: [...districtCounts].sort(([a], [b]) => Number(a) - Number(b)).map(([d, c]) => group(`District ${d}`, c)),
    incomes: city.households.map((h) => h.annualIncome ?? 0),
    districtOf: city.households.map((h) => h.attributes['district'] as string),
  };
});

const fixed = (x: number | null | undefined, digits: number): string => (x as number).toFixed(digits);
const row = (r: HeatMeasureResult, scale: number, digits: number): string[] => [r.value, r.lower, r.upper].map((x) => fixed((x as number) * scale, digits));

describe('docs/disparity.md summary measures on the synthetic city', () => {
  it('quotes the groups', () => {
    const { bands, districts } = guide();
    expect(bands.map((g) => fixed(g.estimate * 100, 1))).toEqual(['14.3', '17.6', '17.0', '16.3', '14.3']);
    expect([bands[0]?.population, bands[4]?.population]).toEqual([77, 1372]);
    expect(districts.map((g) => fixed(g.estimate * 100, 1))).toEqual(['14.1', '12.2', '18.0', '14.1', '16.0', '22.1', '17.7', '12.4', '17.8', '10.8']);
    expect(districts[5]?.population).toBe(272);
  });

  it('quotes the table', () => {
    const { bands, districts } = guide();
    expect(row(heatSlopeIndex(bands), 100, 1)).toEqual(['-4.0', '-5.6', '-2.5']);
    expect(row(heatSlopeIndex(bands, { intervalMethod: 'subgroupStandardErrors' }), 100, 1)).toEqual(['-4.0', '-7.9', '-0.1']);
    expect(row(heatSlopeIndex(bands, { model: 'logistic' }), 100, 1)).toEqual(['-4.7', '-5.9', '-3.5']);
    expect(row(heatRelativeIndex(bands, { model: 'logistic' }), 1, 2)).toEqual(['0.75', '0.69', '0.80']);
    expect(row(heatConcentrationIndex(bands), 1, 3)).toEqual(['-0.039', '-0.062', '-0.016']);
    expect(row(heatIndexOfDisparity(districts), 1, 1)).toEqual(['17.4', '14.4', '25.7']);
    expect(row(heatMeanDifferenceFromBest(districts), 100, 1)).toEqual(['6.1', '3.2', '11.8']);
    expect(row(heatPopulationAttributableFraction(districts), 1, 1)).toEqual(['38.2', '8.6', '67.8']);
    expect(row(heatIndexOfDisparity(districts, { simulations: 2000 }), 1, 1).slice(1)).toEqual(['12.7', '25.8']);
  });

  it('quotes the income decomposition', () => {
    const { incomes, districtOf } = guide();
    const t = theilDecomposition(incomes, districtOf);
    expect([fixed(t.total, 3), fixed(t.between, 3), fixed((t.betweenShare as number) * 100, 1)]).toEqual(['0.342', '0.027', '7.9']);
  });
});
