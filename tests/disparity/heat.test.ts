// WHO HEAT 2.0 summary measures (WHOequity/HEAT-2.0 utils/inequal_functions/*.R; stats.md §2.4).
import fc from 'fast-check';
import { weightedLinearRegression } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { concentrationIndex } from '../../src/disparity/concentrationIndex.ts';
import { heatBetweenGroupVariance } from '../../src/disparity/heatBetweenGroupVariance.ts';
import { heatConcentrationIndex } from '../../src/disparity/heatConcentrationIndex.ts';
import { heatIndexOfDisparity } from '../../src/disparity/heatIndexOfDisparity.ts';
import { heatMeanDifferenceFromBest } from '../../src/disparity/heatMeanDifferenceFromBest.ts';
import { heatMeanDifferenceFromMean } from '../../src/disparity/heatMeanDifferenceFromMean.ts';
import { heatPopulationAttributableFraction } from '../../src/disparity/heatPopulationAttributableFraction.ts';
import { heatPopulationAttributableRisk } from '../../src/disparity/heatPopulationAttributableRisk.ts';
import { heatRelativeIndex } from '../../src/disparity/heatRelativeIndex.ts';
import { heatSlopeIndex } from '../../src/disparity/heatSlopeIndex.ts';
import { theilL } from '../../src/disparity/theilL.ts';
import { theilT } from '../../src/disparity/theilT.ts';
import type { HeatGroup } from '../../src/disparity/heatTypes.ts';
import { caught } from './caught.ts';

const QUINTILES: HeatGroup[] = [
  { group: 'Q1 (poorest)', estimate: 0.42, population: 1200 },
  { group: 'Q2', estimate: 0.51, population: 900 },
  { group: 'Q3', estimate: 0.55, population: 1100 },
  { group: 'Q4', estimate: 0.63, population: 800 },
  { group: 'Q5 (richest)', estimate: 0.71, population: 1000 },
];

function shares(groups: HeatGroup[]): { p: number[]; mu: number; x: number[] } {
  const total = groups.reduce((s, g) => s + g.population, 0);
  const p = groups.map((g) => g.population / total);
  const mu = groups.reduce((s, g, j) => s + (p[j] as number) * g.estimate, 0);
  let cumulative = 0;
  const x = p.map((pj) => {
    const mid = cumulative + pj / 2;
    cumulative += pj;
    return mid;
  });
  return { p, mu, x };
}

const groupsArbitrary = fc
  .array(fc.tuple(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 5000 })), { minLength: 2, maxLength: 8 })
  .map((pairs) => pairs.map(([e, n], i) => ({ group: `g${i}`, estimate: e / 1000, population: n })));

describe('ordered measures', () => {
  it('SII and RII equal the weighted least-squares line of y on the mid-point ranks (simple-statistics weightedLinearRegression)', () => {
    fc.assert(
      fc.property(groupsArbitrary, (groups) => {
        const { p, x } = shares(groups);
        const line = weightedLinearRegression(
          groups.map((g, j) => [x[j] as number, g.estimate]),
          p,
        );
        const sii = heatSlopeIndex(groups);
        expect(Math.abs((sii.value as number) - line.m)).toBeLessThan(1e-9);
        expect(Math.abs((sii.intercept as number) - line.b)).toBeLessThan(1e-9);
        const rii = heatRelativeIndex(groups).value;
        if (line.b > 0 && line.b + line.m > 0) expect(Math.abs((rii as number) - (line.b + line.m) / line.b)).toBeLessThan(1e-9);
      }),
      { numRuns: 100 },
    );
  });

  it('RII forms are reciprocal, and null when a fitted end is ≤ 0', () => {
    const top = heatRelativeIndex(QUINTILES).value as number;
    const bottom = heatRelativeIndex(QUINTILES, { form: 'bottom/top' }).value as number;
    expect(top * bottom).toBeCloseTo(1, 14);
    const negative = heatRelativeIndex([
      { group: 'a', estimate: 0, population: 1 },
      { group: 'b', estimate: 10, population: 1 },
    ]);
    expect(negative.value).toBeNull();
    expect(negative.reason).toMatch(/≤ 0/);
  });

  it('ACI and RCI follow Σ pⱼ(2Xⱼ − 1)yⱼ, and the RCI equals the microdata concentration index with group weights', () => {
    const { p, mu, x } = shares(QUINTILES);
    const aci = QUINTILES.reduce((s, g, j) => s + (p[j] as number) * (2 * (x[j] as number) - 1) * g.estimate, 0);
    expect(Math.abs((heatConcentrationIndex(QUINTILES, { scale: 'absolute' }).value as number) - aci)).toBeLessThan(1e-15);
    const rci = heatConcentrationIndex(QUINTILES).value as number;
    expect(Math.abs(rci - aci / mu)).toBeLessThan(1e-14);
    const micro = concentrationIndex(
      QUINTILES.map((g) => g.estimate),
      [1, 2, 3, 4, 5],
      { weights: QUINTILES.map((g) => g.population) },
    );
    expect(Math.abs(rci - micro)).toBeLessThan(1e-12);
  });

  it('SII is null with a single subgroup', () => {
    expect(heatSlopeIndex([{ group: 'only', estimate: 0.4, population: 10 }]).value).toBeNull();
  });
});

describe('unordered measures', () => {
  it('IDis uses the unweighted mean of gaps around the population-weighted μ; IDisW weights them', () => {
    const { p, mu } = shares(QUINTILES);
    const idis = (100 * QUINTILES.reduce((s, g) => s + Math.abs(g.estimate - mu), 0)) / QUINTILES.length / mu;
    const idisw = (100 * QUINTILES.reduce((s, g, j) => s + (p[j] as number) * Math.abs(g.estimate - mu), 0)) / mu;
    expect(Math.abs((heatIndexOfDisparity(QUINTILES).value as number) - idis)).toBeLessThan(1e-12);
    expect(Math.abs((heatIndexOfDisparity(QUINTILES, { weighted: true }).value as number) - idisw)).toBeLessThan(1e-12);
    expect(heatIndexOfDisparity(QUINTILES, { weighted: true }).measure).toBe('IDisW');
  });

  it('MDM, MDB and BGV follow their HEAT definitions', () => {
    const { p, mu } = shares(QUINTILES);
    const mdm = QUINTILES.reduce((s, g, j) => s + (p[j] as number) * Math.abs(g.estimate - mu), 0);
    expect(Math.abs((heatMeanDifferenceFromMean(QUINTILES).value as number) - mdm)).toBeLessThan(1e-15);
    const mdmu = QUINTILES.reduce((s, g) => s + Math.abs(g.estimate - mu), 0) / 5;
    expect(Math.abs((heatMeanDifferenceFromMean(QUINTILES, { weighted: false }).value as number) - mdmu)).toBeLessThan(1e-15);
    const mdb = QUINTILES.reduce((s, g, j) => s + (p[j] as number) * Math.abs(0.71 - g.estimate), 0);
    const best = heatMeanDifferenceFromBest(QUINTILES);
    expect(Math.abs((best.value as number) - mdb)).toBeLessThan(1e-15);
    expect(best.reference).toEqual({ group: 'Q5 (richest)', estimate: 0.71 });
    expect(heatMeanDifferenceFromBest(QUINTILES, { direction: 'lowerIsBetter' }).reference?.group).toBe('Q1 (poorest)');
    const bgv = QUINTILES.reduce((s, g, j) => s + (p[j] as number) * (g.estimate - mu) ** 2, 0);
    expect(Math.abs((heatBetweenGroupVariance(QUINTILES).value as number) - bgv)).toBeLessThan(1e-15);
  });

  it("HEAT's TI and MLD are theilT and theilL of the subgroup estimates with population weights", () => {
    const { p, mu } = shares(QUINTILES);
    const ti = QUINTILES.reduce((s, g, j) => s + (p[j] as number) * (g.estimate / mu) * Math.log(g.estimate / mu), 0);
    const mld = QUINTILES.reduce((s, g, j) => s - (p[j] as number) * Math.log(g.estimate / mu), 0);
    const weights = QUINTILES.map((g) => g.population);
    expect(Math.abs(theilT(QUINTILES.map((g) => g.estimate), { weights }) - ti)).toBeLessThan(1e-14);
    expect(Math.abs(theilL(QUINTILES.map((g) => g.estimate), { weights }) - mld)).toBeLessThan(1e-14);
  });

  it('PAR is ref − μ clamped to the favourable direction; PAF = 100·PAR/μ', () => {
    const { mu } = shares(QUINTILES);
    const par = heatPopulationAttributableRisk(QUINTILES);
    expect(Math.abs((par.value as number) - (0.71 - mu))).toBeLessThan(1e-15);
    expect(Math.abs((heatPopulationAttributableFraction(QUINTILES).value as number) - (100 * (0.71 - mu)) / mu)).toBeLessThan(1e-12);
    // Adverse outcome: the best is the lowest estimate, PAR ≤ 0.
    const adverse = heatPopulationAttributableRisk(QUINTILES, { direction: 'lowerIsBetter' });
    expect(Math.abs((adverse.value as number) - (0.42 - mu))).toBeLessThan(1e-15);
    // A named reference worse than the mean is clamped to 0.
    expect(heatPopulationAttributableRisk(QUINTILES, { referenceGroup: { group: 'Q2' } }).value).toBe(0);
  });

  it('relative measures are null with a reason when μ = 0', () => {
    const zero = [
      { group: 'a', estimate: 0, population: 5 },
      { group: 'b', estimate: 0, population: 5 },
    ];
    expect(heatIndexOfDisparity(zero).reason).toMatch(/mean is 0/);
    expect(heatPopulationAttributableFraction(zero).value).toBeNull();
    expect(heatConcentrationIndex(zero).value).toBeNull();
  });

  it('tags each measure absolute or relative', () => {
    expect(
      [
        heatSlopeIndex(QUINTILES),
        heatRelativeIndex(QUINTILES),
        heatConcentrationIndex(QUINTILES, { scale: 'absolute' }),
        heatConcentrationIndex(QUINTILES),
        heatIndexOfDisparity(QUINTILES),
        heatMeanDifferenceFromMean(QUINTILES),
        heatMeanDifferenceFromBest(QUINTILES),
        heatPopulationAttributableRisk(QUINTILES),
        heatPopulationAttributableFraction(QUINTILES),
        heatBetweenGroupVariance(QUINTILES),
      ].map((r) => `${r.measure}:${r.scale}`),
    ).toEqual(['SII:absolute', 'RII:relative', 'ACI:absolute', 'RCI:relative', 'IDis:relative', 'MDM:absolute', 'MDB:absolute', 'PAR:absolute', 'PAF:relative', 'BGV:absolute']);
  });
});

describe('HEAT bad input', () => {
  it('keeps __proto__ as a subgroup and rejects an absent reference, duplicates, empty input and zero populations', () => {
    const groups = [
      { group: '__proto__', estimate: 0.2, population: 10 },
      { group: 'toString', estimate: 0.4, population: 10 },
    ];
    expect(heatMeanDifferenceFromBest(groups, { referenceGroup: { group: '__proto__' } }).reference?.group).toBe('__proto__');
    const absent = caught(() => heatPopulationAttributableRisk(groups, { referenceGroup: { group: 'toStrin' } }));
    expect([absent.code, absent.path, absent.hint]).toEqual(['not_found', 'options.referenceGroup.group', 'did you mean "toString"?']);
    expect(absent.message).toMatch(/^heatPopulationAttributableRisk: options.referenceGroup.group is "toStrin"/);
    const duplicate = caught(() => heatBetweenGroupVariance([...groups, { group: 'toString', estimate: 1, population: 1 }]));
    expect([duplicate.code, duplicate.path]).toEqual(['duplicate', 'groups[2].group']);
    const empty = caught(() => heatSlopeIndex([]));
    expect([empty.code, empty.path]).toEqual(['empty', 'groups']);
    const zero = caught(() => heatIndexOfDisparity([{ group: 'a', estimate: 1, population: 0 }]));
    expect([zero.code, zero.path]).toEqual(['invalid_value', 'groups']);
    const negative = caught(() => heatIndexOfDisparity([{ group: 'a', estimate: 1, population: -3 }]));
    expect([negative.code, negative.path]).toEqual(['out_of_range', 'groups[0].population']);
    const nan = caught(() => heatIndexOfDisparity([{ group: 'a', estimate: Number.NaN, population: 3 }]));
    expect([nan.code, nan.path]).toEqual(['not_finite', 'groups[0].estimate']);
    const weighted = caught(() => heatIndexOfDisparity(groups, { weighted: 'yes' as never }));
    expect([weighted.code, weighted.path]).toEqual(['invalid_type', 'options.weighted']);
    const form = caught(() => heatRelativeIndex(groups, { form: 'ratio' as 'top/bottom' }));
    expect([form.code, form.path]).toEqual(['invalid_value', 'options.form']);
    const direction = caught(() => heatMeanDifferenceFromBest(groups, { direction: 'down' as 'lowerIsBetter' }));
    expect([direction.code, direction.path]).toEqual(['invalid_value', 'options.direction']);
  });
});

describe('HEAT reference group: the goal JSON\'s referenceGroup (docs/conventions.md §2)', () => {
  it('accepts the 0.1 name reference until 0.3, with a warning in the result', () => {
    const groups = [
      { group: 'Q1', estimate: 0.3, population: 100 },
      { group: 'Q2', estimate: 0.5, population: 100 },
    ];
    const current = heatPopulationAttributableRisk(groups, { referenceGroup: { group: 'Q1' } });
    const old = heatPopulationAttributableRisk(groups, { reference: { group: 'Q1' } });
    expect(current.warnings).toBeUndefined();
    expect(old.warnings).toEqual(['deprecated: heatPopulationAttributableRisk: options.reference is now options.referenceGroup; the old name is accepted until 0.3.0.']);
    const { warnings: _, ...rest } = old;
    expect(rest).toEqual(current);
    expect(heatMeanDifferenceFromBest(groups, { reference: 'best' }).warnings).toHaveLength(1);
    expect(heatPopulationAttributableFraction(groups, { reference: 'best' }).warnings).toHaveLength(1);
  });
});
