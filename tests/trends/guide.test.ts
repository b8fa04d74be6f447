// Pins the numbers quoted in docs/trends.md: the guide's code, run on the same synthetic city.
import { beforeEach, describe, expect, it } from 'vitest';
import { syntheticCity } from '../../src/synthetic/index.ts';
import {
  aapc,
  annualPercentChange,
  gapTrend,
  joinpoint,
  linearTrend,
  mannKendall,
  progressToTarget,
  rbaBaseline,
  regionalMannKendall,
  seriesByYear,
  theilSen,
  turnedTheCurve,
  yearOverYear,
} from '../../src/trends/index.ts';
import { shared } from '../helpers/shared.ts';

const guideData = shared(() => {
  const city = syntheticCity({ households: 30_000, seed: 1 });
  const { truth } = city;
  const bands = ['under half the limit', 'half to the limit', 'above the limit'] as const;
  const years = truth.programYears;
  const youth = bands.map(() => new Array<number>(years.length).fill(0));
  const served = bands.map(() => new Array<number>(years.length).fill(0));
  city.households.forEach((household, h) => {
    years.forEach((_, k) => {
      const at = h * years.length + k;
      if (truth.households.youth[at] !== 1) return;
      const limit = truth.incomeLimits[k]?.bySize[Math.min(household.size, 9) - 1] as number;
      const ratio = (household.annualIncome as number) / limit;
      const band = ratio <= 0.5 ? 0 : ratio <= 1 ? 1 : 2;
      (youth[band] as number[])[k]! += 1;
      if (truth.households.enrolled[at] === 1) (served[band] as number[])[k]! += 1;
    });
  });
  const penetration = bands.map((_, b) =>
    years.map((year, k) => ({ year, value: (served[b] as number[])[k]! / (youth[b] as number[])[k]! })),
  );
  const [lowest, middle, above] = penetration as [typeof penetration[0], typeof penetration[0], typeof penetration[0]];
  return { city, youth, lowest, middle, above };
});
let city: ReturnType<typeof guideData>['city'];
let youth: ReturnType<typeof guideData>['youth'];
let lowest: ReturnType<typeof guideData>['lowest'];
let middle: ReturnType<typeof guideData>['middle'];
let above: ReturnType<typeof guideData>['above'];
beforeEach(() => {
  ({ city, youth, lowest, middle, above } = guideData());
});
const round = (x: number | null | undefined, digits: number): number => Number((x as number).toFixed(digits));

describe('docs/trends.md worked example', () => {
  it('enrolments per program year (seriesByYear) and the 2020 drop (yearOverYear)', () => {
    const enrolments = seriesByYear(city.enrollments, { year: (e) => e.programYear, date: (e) => e.date });
    expect(enrolments.map((p) => p.value)).toEqual([150, 195, 235, 230, 119, 291, 345, 380, 422, 434]);
    const drop = yearOverYear(enrolments).find((r) => r.year === 2020);
    expect(round(drop?.percentChange, 1)).toBe(-48.3);
  });
  it('penetration by income band', () => {
    expect(lowest.map((p) => round(p.value, 3))).toEqual([0.104, 0.163, 0.153, 0.123, 0.075, 0.128, 0.149, 0.155, 0.169, 0.151]);
    expect(middle.map((p) => round(p.value, 3))).toEqual([0.11, 0.13, 0.144, 0.137, 0.062, 0.146, 0.163, 0.165, 0.17, 0.174]);
    expect(above.map((p) => round(p.value, 4))).toEqual([0.0042, 0.004, 0.005, 0.0038, 0.0014, 0.0041, 0.0041, 0.0047, 0.0053, 0.0048]);
    expect(youth[0]?.[0]).toBe(173);
    expect(youth[0]?.[9]).toBe(569);
  });
  it('trend of each band', () => {
    expect(round(linearTrend(lowest).slope * 100, 2)).toBe(0.37);
    expect(round(theilSen(lowest).slope * 100, 2)).toBe(0.48);
    expect(round(mannKendall(lowest).pValue, 3)).toBe(0.283);
    expect(mannKendall(lowest).s).toBeGreaterThan(0);
    expect(mannKendall(lowest).trend).toBe('no trend');
    expect(round(annualPercentChange(lowest).apc, 1)).toBe(2.9);
    expect(round(linearTrend(middle).slope * 100, 2)).toBe(0.68);
    expect(round(mannKendall(middle).pValue, 4)).toBe(0.0024);
    expect(mannKendall(middle).trend).toBe('increasing');
    expect(round(annualPercentChange(middle).apc, 1)).toBe(5);
  });
  it('joinpoint: the 2020 dip is not a change of trend; a forced joinpoint and the AAPC', () => {
    const fit = joinpoint(lowest);
    expect(fit.joinpointCount).toBe(0);
    expect(round(fit.tests[0]?.pValue, 2)).toBe(0.47);
    expect(round(fit.segments[0]?.apc, 1)).toBe(2.9);
    expect([round(fit.segments[0]?.lower, 1), round(fit.segments[0]?.upper, 1)]).toEqual([-3.4, 9.6]);
    expect(round(joinpoint(middle).tests[0]?.pValue, 2)).toBe(0.62);
    expect(joinpoint(middle).joinpointCount).toBe(0);
    expect(round(joinpoint(above).tests[0]?.pValue, 2)).toBe(0.24);
    expect(joinpoint(above).joinpointCount).toBe(0);
    const forced = joinpoint(lowest, { minJoinpoints: 1 });
    expect(forced.joinpoints).toEqual([2020]);
    expect(forced.segments.map((s) => [round(s.apc, 1), round(s.lower, 1), round(s.upper, 1)])).toEqual([
      [-5.8, -22.1, 13.9],
      [9.9, -3.9, 25.7],
    ]);
    expect(round(aapc(forced, { from: 2016, to: 2025 }).aapc, 1)).toBe(2.6);
    expect(joinpoint(above, { selection: 'bic' }).joinpoints).toEqual([2020]);
  });
  it('the gap between the lowest band and the middle band', () => {
    const gap = gapTrend(lowest, middle);
    expect(round(gap.absolute.first * 100, 1)).toBe(-0.6);
    expect(round(gap.absolute.last * 100, 1)).toBe(-2.2);
    expect(round(gap.absolute.slope * 100, 2)).toBe(-0.31);
    expect(round(gap.absolute.pValue, 3)).toBe(0.097);
    expect(gap.absolute.closing).toBe(false);
    expect(round(gap.relative?.first, 2)).toBe(0.94);
    expect(round(gap.relative?.last, 2)).toBe(0.87);
    expect(round(gap.relative?.ratioApc, 1)).toBe(-1.9);
    expect(round(gap.relative?.pValue, 2)).toBe(0.64);
    expect(gap.relative?.closing).toBe(false);
    expect(gap.agree).toBe(true);
  });
  it('exact p-values for ten years', () => {
    expect(round(mannKendall(lowest, { pValueMethod: 'exact' }).pValue, 3)).toBe(0.291);
    expect(round(mannKendall(middle, { pValueMethod: 'exact' }).pValue, 5)).toBe(0.00095);
    expect(round(mannKendall(middle).pValue / mannKendall(middle, { pValueMethod: 'exact' }).pValue, 1)).toBe(2.5);
  });
  it('serial-correlation corrections on ten years', () => {
    const ywAll = mannKendall(lowest, { variant: 'yueWang' });
    expect([round(ywAll.varianceCorrection, 2), round(ywAll.pValue, 3), ywAll.trend]).toEqual([0.24, 0.027, 'increasing']);
    const ywLag1 = mannKendall(lowest, { variant: 'yueWang', maxLag: 1 });
    expect([round(ywLag1.varianceCorrection, 2), round(ywLag1.pValue, 3), ywLag1.trend]).toEqual([1.41, 0.366, 'no trend']);
    const hr = mannKendall(middle, { variant: 'hamedRao' });
    expect([round(hr.varianceCorrection, 2), Number(hr.pValue.toPrecision(1))]).toEqual([0.37, 6e-7]);
    const hrAbsolute = mannKendall(middle, { variant: 'hamedRao', autocorrelationSum: 'absolute' });
    expect([round(hrAbsolute.varianceCorrection, 2), round(hrAbsolute.pValue, 3)]).toEqual([1.63, 0.017]);
    const pw = mannKendall(middle, { variant: 'preWhitening' });
    expect([round(pw.lag1Autocorrelation, 2), pw.nTested, round(pw.pValue, 3), pw.trend]).toEqual([0.24, 9, 0.076, 'no trend']);
    const tfpw = mannKendall(middle, { variant: 'trendFreePreWhitening', pValueMethod: 'exact' });
    expect([round(tfpw.lag1Autocorrelation, 2), round(tfpw.pValue, 4)]).toEqual([-0.01, 0.0024]);
  });
  it('a regional test over the ten council districts', () => {
    const youthByDistrict = new Map<string, number[]>();
    const servedByDistrict = new Map<string, number[]>();
    const { truth } = city;
    const years = truth.programYears;
    city.households.forEach((household, h) => {
      const district = household.attributes.district as string;
      if (!youthByDistrict.has(district)) {
        youthByDistrict.set(district, new Array<number>(years.length).fill(0));
        servedByDistrict.set(district, new Array<number>(years.length).fill(0));
      }
      years.forEach((_, k) => {
        const at = h * years.length + k;
        if (truth.households.youth[at] !== 1) return;
        (youthByDistrict.get(district) as number[])[k]! += 1;
        if (truth.households.enrolled[at] === 1) (servedByDistrict.get(district) as number[])[k]! += 1;
      });
    });
    const byDistrict: Record<string, { year: number; value: number }[]> = {};
    for (const [district, youthCounts] of youthByDistrict) {
      byDistrict[district] = years.map((year, k) => ({ year, value: (servedByDistrict.get(district) as number[])[k]! / youthCounts[k]! }));
    }
    const independent = regionalMannKendall(byDistrict);
    expect(independent.sites).toHaveLength(10);
    const scores = independent.sites.map((site) => site.s);
    expect([Math.min(...scores), Math.max(...scores)]).toEqual([21, 35]);
    expect([independent.s, independent.varS, round(independent.z, 1), independent.trend]).toEqual([274, 1250, 7.7, 'increasing']);
    expect(Number(independent.pValue.toPrecision(1))).toBe(1e-14);
    const correlated = regionalMannKendall(byDistrict, { dependence: 'correlated' });
    expect([round(correlated.varS, 0), round(correlated.z, 1), round(correlated.pValue, 3), correlated.trend]).toEqual([9959, 2.7, 0.006, 'increasing']);
    expect(round(correlated.varS / independent.varS, 0)).toBe(8);
    expect(correlated.droppedYears).toEqual([]);
  });
  it('progress of the lowest band toward 25 % by 2030', () => {
    const progress = progressToTarget(lowest, { year: 2030, value: 0.25 });
    expect(progress.direction).toBe('higherIsBetter');
    expect(round(progress.openSdg.observedGrowth, 4)).toBe(0.0424);
    expect(round(progress.openSdg.requiredGrowthFromBaseline, 4)).toBe(0.0646);
    expect(round(progress.openSdg.ratio, 2)).toBe(0.66);
    expect(progress.openSdg.status).toBe('moderate_progress');
    expect(round(progress.healthyPeople.percentOfTargetedChangeAchieved, 1)).toBe(32.3);
    expect(progress.healthyPeople.status).toBe('improving');
    expect(round(progress.expectedPath.expectedValue, 3)).toBe(0.198);
    expect(progress.expectedPath.status).toBe('offTrack');
    expect(round(progress.linearProjection.projectedValue, 3)).toBe(0.172);
    expect(progress.linearProjection.status).toBe('offTrack');
    expect(round(progress.requiredAnnualChange, 4)).toBe(0.0198);
  });
  it('progress without a target (Open SDG methodology 1)', () => {
    const open = progressToTarget(lowest, null, { direction: 'higherIsBetter', limit: 1 });
    expect([open.status, open.openSdg.score, round((open.openSdg.observedGrowth as number) * 100, 2)]).toEqual(['substantial_progress', 5, 4.24]);
    expect(round(open.openSdg.limitCoefficient, 5)).toBe(0.99996);
    const leakage = progressToTarget(above, null, { direction: 'lowerIsBetter' });
    expect([leakage.status, round((leakage.openSdg.observedGrowth as number) * 100, 2), round(leakage.openSdg.score, 2)]).toEqual(['deterioration', 1.47, -4.34]);
    expect(progressToTarget(lowest, { year: 2030, value: 0.25 }).openSdg.status).toBe('moderate_progress');
  });
  it('RBA baseline before the pandemic and turning the curve', () => {
    const baseline = rbaBaseline(lowest.filter((p) => p.year <= 2019), { horizon: 6, method: 'theilSen' });
    expect(baseline.forecast.map((p) => round(p.value, 3))).toEqual([0.134, 0.133, 0.131, 0.13, 0.128, 0.126]);
    const curve = turnedTheCurve(lowest, baseline);
    expect(curve.years.map((y) => y.better)).toEqual([false, false, true, true, true, true]);
    expect(curve.turned).toBe(true);
  });
});
