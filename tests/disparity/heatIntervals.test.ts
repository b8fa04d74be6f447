// Standard errors and intervals of the WHO HEAT summary measures.
//
// Peers: WHO's healthequal (CRAN 1.x, cran/healthequal @ 1730c85, tests/testthat/*.R), which implements what
// HEAT 4+ reports (WHOequity/HEAT-Measures R/calc-*.R), and HEAT 2.0 (WHOequity/HEAT-2.0 @ 62fa932,
// utils/inequal_functions/*.R) for the `'subgroupStandardErrors'` variants. healthequal's tests build their data with R:
//   ordered:     set.seed(123); pop <- round(rnorm(5, 100, 40))      → 78 91 162 103 105
//                est <- c(20, 30, 40, 50, 60); se <- c(5, 7, 10, 12, 14)              (percent)
//   non-ordered: set.seed(123); pop <- round(rnorm(25, 1000, 300)); est <- rbinom(25, 1000, .065);
//                se <- rbinom(25, 100, .045)                                           (percent; printed below)
// Estimates here are fractions (÷ 100), so absolute measures and their SEs are ÷ 100 too.
// "printed" values are healthequal's expected values (their tolerance: 1e-6 relative, 1e-3 for the RCI, 1e-4
// for the non-ordered estimates); "R" values were computed with R 4.2.2 (glm, sandwich::vcovHC(type = "HC1")
// and the analytic delta method; base-R loops replicating healthequal's simulations) by the script
// tests/disparity/fixtures/heatReference.R, printed with 17 digits.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { heatBetweenGroupVariance } from '../../src/disparity/heatBetweenGroupVariance.ts';
import { heatConcentrationIndex } from '../../src/disparity/heatConcentrationIndex.ts';
import { heatIndexOfDisparity } from '../../src/disparity/heatIndexOfDisparity.ts';
import { heatMeanDifferenceFromBest } from '../../src/disparity/heatMeanDifferenceFromBest.ts';
import { heatMeanDifferenceFromMean } from '../../src/disparity/heatMeanDifferenceFromMean.ts';
import { heatMeanLogDeviation } from '../../src/disparity/heatMeanLogDeviation.ts';
import { heatPopulationAttributableFraction } from '../../src/disparity/heatPopulationAttributableFraction.ts';
import { heatPopulationAttributableRisk } from '../../src/disparity/heatPopulationAttributableRisk.ts';
import { heatRelativeIndex } from '../../src/disparity/heatRelativeIndex.ts';
import { heatSlopeIndex } from '../../src/disparity/heatSlopeIndex.ts';
import { heatTheilIndex } from '../../src/disparity/heatTheilIndex.ts';
import { theilL } from '../../src/disparity/theilL.ts';
import { theilT } from '../../src/disparity/theilT.ts';
import type { HeatGroup } from '../../src/disparity/heatTypes.ts';
import { normalQuantile } from '../../src/uncertainty/normalQuantile.ts';
import { caught } from './caught.ts';

/** |actual − expected| ≤ tolerance·|expected| (relative), with `null` failing. */
function near(actual: number | null | undefined, expected: number, tolerance: number): void {
  expect(actual).not.toBeNull();
  expect(actual).toBeDefined();
  const error = Math.abs((actual as number) - expected) / Math.max(Math.abs(expected), Number.MIN_VALUE);
  expect(error, `${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance);
}

let ordered: HeatGroup[];
let regions: HeatGroup[];

beforeAll(() => {
  const population = [78, 91, 162, 103, 105];
  const estimate = [20, 30, 40, 50, 60];
  const se = [5, 7, 10, 12, 14];
  ordered = population.map((n, j) => ({ group: `Q${j + 1}`, estimate: (estimate[j] as number) / 100, population: n, standardError: (se[j] as number) / 100 }));
  const regionPopulation = [832, 931, 1468, 1021, 1039, 1515, 1138, 620, 794, 866, 1367, 1108, 1120, 1033, 833, 1536, 1149, 410, 1210, 858, 680, 935, 692, 781, 812];
  const regionEstimate = [61, 74, 58, 59, 72, 75, 74, 68, 75, 67, 73, 63, 66, 62, 60, 66, 71, 73, 71, 61, 74, 84, 55, 69, 60];
  const regionSe = [5, 3, 3, 3, 4, 9, 2, 2, 2, 5, 5, 7, 5, 6, 4, 5, 6, 6, 9, 4, 3, 4, 1, 3, 7];
  regions = regionPopulation.map((n, j) => ({
    group: `R${j + 1}`,
    estimate: (regionEstimate[j] as number) / 100,
    population: n,
    standardError: (regionSe[j] as number) / 100,
  }));
});

describe('SII and RII', () => {
  it("logistic SII with HC1 errors matches healthequal's sii() (test-sii.R) and R", () => {
    const sii = heatSlopeIndex(ordered, { model: 'logistic' });
    // R: glm(cbind(y, n − y) ~ rank, weights = n, binomial) + vcovHC(HC1) + delta method.
    near(sii.value, 0.4444501910152092, 1e-12);
    near(sii.standardError, 0.021908213927211406, 1e-10);
    near(sii.lower, 0.40151088075227605, 1e-10);
    near(sii.upper, 0.48738950127814242, 1e-10);
    // healthequal prints 44.44502, se 2.190822 (its delta method differentiates numerically), 40.15109, 48.73895.
    near((sii.value as number) * 100, 44.44502, 1e-6);
    near((sii.standardError as number) * 100, 2.190822, 1e-6);
    near((sii.lower as number) * 100, 40.15109, 1e-6);
    near((sii.upper as number) * 100, 48.73895, 1e-6);
    expect([sii.model, sii.interval.method, sii.interval.confidence]).toEqual(['logistic', 'sandwich', 0.95]);
    // The fitted value at rank 0 is expit(β₀), β₀ = −1.3503627424760241 in R.
    near(sii.intercept, 1 / (1 + Math.exp(1.3503627424760241)), 1e-12);
  });

  it("logistic RII with a log-scale interval matches healthequal's rii() (test-rii.R) and R", () => {
    const rii = heatRelativeIndex(ordered, { model: 'logistic' });
    near(rii.value, 3.1595057156262749, 1e-12);
    near(rii.standardErrorLog, 0.076440006910111852, 1e-10);
    near(rii.lower, 2.7199022325233142, 1e-10);
    near(rii.upper, 3.6701599960871145, 1e-10);
    near(rii.standardError, 3.1595057156262749 * 0.076440006910111852, 1e-10);
    // healthequal prints 3.159506, se 0.07644001, 2.719902, 3.67016.
    near(rii.value, 3.159506, 1e-6);
    near(rii.standardErrorLog, 0.07644001, 1e-6);
    near(rii.lower, 2.719902, 1e-6);
    near(rii.upper, 3.67016, 1e-6);
    const flipped = heatRelativeIndex(ordered, { model: 'logistic', form: 'bottom/top' });
    near(flipped.value, 1 / 3.1595057156262749, 1e-12);
    near(flipped.lower, 1 / 3.6701599960871145, 1e-10);
    near(flipped.upper, 1 / 2.7199022325233142, 1e-10);
    expect(flipped.standardErrorLog).toBe(rii.standardErrorLog);
  });

  it("linear SII/RII with HC1 errors match healthequal's linear = TRUE (R glm gaussian + vcovHC)", () => {
    const sii = heatSlopeIndex(ordered);
    near(sii.value, 0.4625381094243096, 1e-12);
    near(sii.standardError, 0.018637747368964124, 1e-10);
    const rii = heatRelativeIndex(ordered);
    near(rii.value, 3.5558002721554023, 1e-12);
    near(rii.standardErrorLog, 0.079005272103890148, 1e-10);
  });

  it("'subgroupStandardErrors' reproduces HEAT 2.0's closed forms (sii.R, rii.R with scale 1)", () => {
    const sii = heatSlopeIndex(ordered, { intervalMethod: 'subgroupStandardErrors' });
    near(sii.standardError, 0.16198756490266696, 1e-12);
    expect(sii.interval.method).toBe('subgroupStandardErrors');
    // HEAT 2.0 reports RII = β₀/(β₀ + β₁) with a ratio-scale SE.
    const rii = heatRelativeIndex(ordered, { form: 'bottom/top', intervalMethod: 'subgroupStandardErrors' });
    near(rii.value, 0.28123064386679814, 1e-12);
    near(rii.standardError, 0.14163945545747339, 1e-12);
    near(rii.standardErrorLog, 0.50364161426362697, 1e-12);
  });

  it("'subgroupStandardErrors' with the logistic model reproduces HEAT 2.0 (effective sample sizes, model covariance)", () => {
    // R: ess = round(p(1 − p)/se²) = 64 43 24 17 12, events 13 13 10 9 7, glm(binomial) and vcov().
    const sii = heatSlopeIndex(ordered, { model: 'logistic', intervalMethod: 'subgroupStandardErrors' });
    near(sii.value, 0.47853292837323181, 1e-10);
    near(sii.standardError, 0.12739969250050761, 1e-9);
    const rii = heatRelativeIndex(ordered, { model: 'logistic', intervalMethod: 'subgroupStandardErrors' });
    near(rii.value, 3.4703775764989362, 1e-10);
    near(rii.standardErrorLog, 0.32413788852850778, 1e-9);
    near(rii.standardError, 1.1248808600430451, 1e-9);
  });

  it('needs standard errors for the subgroupStandardErrors interval and positive ones for effective sample sizes', () => {
    const bare = ordered.map(({ group, estimate, population }) => ({ group, estimate, population }));
    const sii = heatSlopeIndex(bare, { intervalMethod: 'subgroupStandardErrors' });
    expect(sii.value).not.toBeNull();
    expect([sii.standardError, sii.lower, sii.upper, sii.interval.method]).toEqual([null, null, null, null]);
    expect(sii.interval.reason).toMatch(/groups\[0\] has no standardError/);
    const logistic = heatSlopeIndex(bare, { model: 'logistic', intervalMethod: 'subgroupStandardErrors' });
    expect(logistic.value).toBeNull();
    expect(logistic.reason).toMatch(/effective sample sizes/);
    const zero = heatRelativeIndex(
      ordered.map((g, j) => (j === 2 ? { ...g, standardError: 0 } : g)),
      { model: 'logistic', intervalMethod: 'subgroupStandardErrors' },
    );
    expect(zero.value).toBeNull();
    expect(zero.reason).toMatch(/groups\[2\].standardError is 0/);
    // The sandwich needs no standard errors.
    expect(heatSlopeIndex(bare, { model: 'logistic' }).standardError).not.toBeNull();
  });

  it('reports no HC1 interval with two subgroups, and no logistic fit when the estimates separate', () => {
    const two = heatSlopeIndex(ordered.slice(0, 2));
    expect(two.value).not.toBeNull();
    expect(two.interval.reason).toMatch(/at least 3/);
    const separated = heatSlopeIndex(
      [0, 0, 1, 1].map((estimate, j) => ({ group: `g${j}`, estimate, population: 50 })),
      { model: 'logistic' },
    );
    expect(separated.value).toBeNull();
    expect(separated.reason).toMatch(/does not converge/);
    expect(heatRelativeIndex([0, 0, 0].map((estimate, j) => ({ group: `g${j}`, estimate, population: 10 })), { model: 'logistic' }).reason).toMatch(
      /does not converge/,
    );
  });

  it('the logistic fit solves its score equations and gives SII 0 with SE 0 for equal proportions', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 20, max: 400 })), { minLength: 3, maxLength: 7 }),
        (cells) => {
          const groups = cells.map(([events, n], j) => ({ group: `g${j}`, estimate: Math.min(events, n - 1) / n, population: n }));
          const sii = heatSlopeIndex(groups, { model: 'logistic' });
          const rii = heatRelativeIndex(groups, { model: 'logistic' });
          if (sii.value === null) return;
          // expit(β₀ + β₁) − expit(β₀) and their ratio come from the same fit.
          const bottom = sii.intercept as number;
          near(rii.value, ((sii.value as number) + bottom) / bottom, 1e-9);
          expect(sii.lower as number).toBeLessThanOrEqual(sii.value as number);
        },
      ),
      { numRuns: 60 },
    );
    const flat = heatSlopeIndex([0.3, 0.3, 0.3, 0.3].map((estimate, j) => ({ group: `g${j}`, estimate, population: 100 })), { model: 'logistic' });
    expect(Math.abs(flat.value as number)).toBeLessThan(1e-12);
    expect(flat.standardError as number).toBeLessThan(1e-12);
  });

  it('rejects a logistic model on estimates outside [0, 1] and unknown model or interval methods', () => {
    const percent = caught(() => heatSlopeIndex([{ group: 'a', estimate: 42, population: 10 }, { group: 'b', estimate: 50, population: 10 }], { model: 'logistic' }));
    expect([percent.code, percent.path]).toEqual(['out_of_range', 'groups[0].estimate']);
    expect(percent.message).toMatch(/0.42, not 42/);
    const model = caught(() => heatRelativeIndex(ordered, { model: 'probit' as 'linear' }));
    expect([model.code, model.path]).toEqual(['invalid_value', 'options.model']);
    const method = caught(() => heatSlopeIndex(ordered, { intervalMethod: 'bootstrap' as 'sandwich' }));
    expect([method.code, method.path]).toEqual(['invalid_value', 'options.intervalMethod']);
    const confidence = caught(() => heatSlopeIndex(ordered, { confidence: 95 }));
    expect([confidence.code, confidence.path, confidence.hint]).toEqual(['out_of_range', 'options.confidence', 'write 95 % as 0.95']);
  });
});

describe('ACI and RCI', () => {
  it("the convenient-regression SE matches healthequal's aci() and rci() (test-aci.R, test-rci.R) and R", () => {
    const aci = heatConcentrationIndex(ordered, { scale: 'absolute' });
    near(aci.value, 0.073284203207341267, 1e-12);
    near(aci.standardError, 0.0029368544120247808, 1e-12);
    // healthequal prints 7.3284202 and .29368517 (within its 1e-6 tolerance).
    near((aci.value as number) * 100, 7.3284202, 1e-6);
    near((aci.standardError as number) * 100, 0.29368517, 1e-6);
    const rci = heatConcentrationIndex(ordered);
    near(rci.value, 0.17776861174058026, 1e-12);
    near(rci.standardError, 0.0071240527816442507, 1e-12);
    // healthequal prints .17776859, .0071240491, 0.16380545, 0.19173172 (its tolerance 1e-3); its printed
    // bounds are value ∓ 1.96·SE, while its code (and this library) use qnorm(0.975) = 1.959964.
    near(rci.standardError, 0.0071240491, 1e-6);
    near((rci.value as number) - 1.96 * (rci.standardError as number), 0.16380545, 1e-6);
    near((rci.value as number) + 1.96 * (rci.standardError as number), 0.19173172, 1e-6);
    expect(rci.interval.method).toBe('regression');
  });

  it("'subgroupStandardErrors' reproduces HEAT 2.0's aci.R and rci.R", () => {
    near(heatConcentrationIndex(ordered, { scale: 'absolute', intervalMethod: 'subgroupStandardErrors' }).standardError, 0.025665192513898236, 1e-12);
    near(heatConcentrationIndex(ordered, { intervalMethod: 'subgroupStandardErrors' }).standardError, 0.054683015324503627, 1e-12);
  });

  it('has no regression SE with two subgroups and no subgroup SE without standard errors', () => {
    expect(heatConcentrationIndex(ordered.slice(0, 2)).interval.reason).toMatch(/at least 3/);
    const bare = ordered.map(({ group, estimate, population }) => ({ group, estimate, population }));
    expect(heatConcentrationIndex(bare, { intervalMethod: 'subgroupStandardErrors' }).interval.reason).toMatch(/no standardError/);
    const method = caught(() => heatConcentrationIndex(ordered, { intervalMethod: 'sandwich' as 'regression' }));
    expect([method.code, method.path]).toEqual(['invalid_value', 'options.intervalMethod']);
  });

  it('a confidence level sets z: the 90 % interval is the 95 % one scaled by z₀.₉₅/z₀.₉₇₅', () => {
    const wide = heatConcentrationIndex(ordered);
    const narrow = heatConcentrationIndex(ordered, { confidence: 0.9 });
    expect(narrow.interval.confidence).toBe(0.9);
    near((narrow.upper as number) - (narrow.value as number), (((wide.upper as number) - (wide.value as number)) * normalQuantile(0.95)) / normalQuantile(0.975), 1e-12);
  });
});

describe('BGV', () => {
  it("Ahn et al.'s variance matches healthequal's bgv() (test-bgv.R) and R", () => {
    const bgv = heatBetweenGroupVariance(regions);
    near(bgv.value, 0.0046198325539736977, 1e-12);
    near(bgv.standardError, 0.0017134649191765494, 1e-12);
    // healthequal prints 46.198326 and 17.134647 (percent²).
    near((bgv.value as number) * 1e4, 46.198326, 1e-6);
    near((bgv.standardError as number) * 1e4, 17.134647, 1e-6);
    expect(bgv.interval.method).toBe('subgroupStandardErrors');
  });

  it('gives no interval when a subgroup has no standard error', () => {
    const partial = regions.map((g, j) => (j === 3 ? { group: g.group, estimate: g.estimate, population: g.population } : g));
    const bgv = heatBetweenGroupVariance(partial);
    expect(bgv.standardError).toBeNull();
    expect(bgv.interval.reason).toMatch(/groups\[3\] has no standardError/);
  });
});

describe('PAR and PAF', () => {
  it("Walter's SE matches healthequal's parisk() and paf() on ordered data (reference: the most advantaged)", () => {
    const par = heatPopulationAttributableRisk(ordered, { referenceGroup: { group: 'Q5' } });
    near(par.value, 0.18775510204081634, 1e-12);
    near(par.standardError, 0.044066349564131446, 1e-12);
    // healthequal prints 18.775509, 4.4066348, 10.138505, 27.412513 (its tolerance 1e-2; bounds with z = 1.96).
    near((par.value as number) * 100, 18.775509, 1e-6);
    near((par.standardError as number) * 100, 4.4066348, 1e-6);
    near(((par.value as number) - 1.96 * (par.standardError as number)) * 100, 10.138505, 1e-6);
    near(((par.value as number) + 1.96 * (par.standardError as number)) * 100, 27.412513, 1e-6);
    const paf = heatPopulationAttributableFraction(ordered, { referenceGroup: { group: 'Q5' } });
    near(paf.value, 45.544554455445549, 1e-12);
    // healthequal prints se .10689361 on the fraction scale; the interval here is in percentage points.
    near(paf.standardError, 100 * 0.10689362022982381, 1e-12);
    near((paf.standardError as number) / 100, 0.10689361, 1e-6);
    const z = normalQuantile(0.975);
    near(paf.lower, 45.544554455445549 - z * 10.689362022982381, 1e-12);
    expect(paf.interval.method).toBe('walter');
  });

  it('matches healthequal on the 25 regions (test-par-nonordered.R, test-paf-nonordered.R)', () => {
    const par = heatPopulationAttributableRisk(regions);
    expect(par.reference?.group).toBe('R22');
    near((par.value as number) * 100, 16.293152, 1e-6);
    near((par.standardError as number) * 100, 1.1994447, 1e-6);
    // Printed bounds 13.94224 and 18.644063 are value ∓ 1.96·SE.
    near(((par.value as number) - 1.96 * (par.standardError as number)) * 100, 13.94224, 1e-6);
    near(((par.value as number) + 1.96 * (par.standardError as number)) * 100, 18.644063, 1e-6);
    const paf = heatPopulationAttributableFraction(regions);
    near(paf.value, 24.06426, 1e-6);
    near((paf.standardError as number) / 100, 0.01771526, 1e-6);
  });

  it('has no interval for estimates that are not proportions', () => {
    const rates = [{ group: 'a', estimate: 1.5, population: 10 }, { group: 'b', estimate: 0.5, population: 10 }];
    const par = heatPopulationAttributableRisk(rates);
    expect(par.value).toBe(0.5);
    expect(par.interval.reason).toMatch(/not a proportion/);
    expect(heatPopulationAttributableFraction(rates).standardError).toBeNull();
  });
});

describe('simulation intervals (IDis, MDB, MDM)', () => {
  it("match healthequal's estimates and, with seed 123456 and 100 simulations, R's percentiles", () => {
    // Estimates: healthequal test-idisu.R 8.7018175, test-idisw.R 8.6178417, test-mdbu.R 16.360001,
    // test-mdbw.R 16.293156, test-mdmu.R 5.891726, test-mdmw.R 5.8348689 (percent; tolerance 1e-4).
    // Intervals: R, set.seed(123456), each region drawn from rnorm(est, se) until in [0, 100] %, region by
    // region within a data set, the measure recomputed (μ and the best region included), quantile type 7.
    const cases = [
      [heatIndexOfDisparity(regions), 1, 8.7018175, 8.0561285612873146, 12.733089695741494],
      [heatIndexOfDisparity(regions, { weighted: true }), 1, 8.6178417, 7.8176118998423023, 12.90699151999457],
      [heatMeanDifferenceFromBest(regions, { weighted: false }), 100, 16.360001, 11.942219841391086, 25.852768174772848],
      [heatMeanDifferenceFromBest(regions), 100, 16.293156, 11.775451673380427, 25.654871648179522],
      [heatMeanDifferenceFromMean(regions, { weighted: false }), 100, 5.891726, 5.4738811794489397, 8.6673215410845934],
      [heatMeanDifferenceFromMean(regions), 100, 5.8348689, 5.3270575138953404, 8.9357831004108768],
    ] as const;
    for (const [result, scale, printed, lower, upper] of cases) {
      near((result.value as number) * scale, printed, 1e-6);
      near((result.lower as number) * scale, lower, 1e-12);
      near((result.upper as number) * scale, upper, 1e-12);
      expect(result.standardError).toBeNull();
      expect(result.interval).toEqual({ method: 'simulation', confidence: 0.95, simulations: 100, seed: 123456, bounds: 'proportion' });
    }
  });

  it('uses seed, simulations, confidence and bounds as R does', () => {
    // R: set.seed(2024), 1000 data sets, draws redrawn while ≤ 0, quantiles 0.05 and 0.95.
    const positive = heatIndexOfDisparity(regions, { seed: 2024, simulations: 1000, bounds: 'positive', confidence: 0.9 });
    near(positive.lower, 8.4776885767276422, 1e-12);
    near(positive.upper, 12.202471130390114, 1e-12);
    // R: set.seed(-5), 7 data sets, plain normal draws.
    const none = heatIndexOfDisparity(regions, { seed: -5, simulations: 7, bounds: 'none' });
    near(none.lower, 9.24366974881824, 1e-12);
    near(none.upper, 11.208797614641188, 1e-12);
    expect(none.interval).toMatchObject({ seed: -5, simulations: 7, bounds: 'none' });
  });

  it('takes a named reference at its simulated value and lower-is-better bests afresh (R, seed 123456)', () => {
    // healthequal's tests name region 14 as the reference (ref[sample(25, 1)] <- 1).
    const named = heatMeanDifferenceFromBest(regions, { referenceGroup: { group: 'R14' } });
    near(named.value, 0.07222846290609343, 1e-12);
    near(named.lower, 0.056197122327629023, 1e-12);
    near(named.upper, 0.19126530341508241, 1e-12);
    const lowest = heatMeanDifferenceFromBest(regions, { direction: 'lowerIsBetter' });
    near(lowest.value, 0.12706844997575562, 1e-12);
    near(lowest.lower, 0.11461590992569362, 1e-12);
    near(lowest.upper, 0.21798227368048484, 1e-12);
  });

  it('collapses to the estimate when every standard error is 0, and is reproducible for a seed', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 900 })), { minLength: 2, maxLength: 6 }), (cells) => {
        const groups = cells.map(([percent, n], j) => ({ group: `g${j}`, estimate: percent / 100, population: n, standardError: 0 }));
        const mdm = heatMeanDifferenceFromMean(groups);
        near(mdm.lower, mdm.value as number, 1e-12);
        near(mdm.upper, mdm.value as number, 1e-12);
      }),
      { numRuns: 30 },
    );
    expect(heatIndexOfDisparity(regions, { seed: 9 })).toEqual(heatIndexOfDisparity(regions, { seed: 9 }));
    expect(heatIndexOfDisparity(regions, { seed: 9 }).lower).not.toBe(heatIndexOfDisparity(regions, { seed: 10 }).lower);
  });

  it('needs every standard error, estimates inside the bounds, and valid simulation options', () => {
    const bare = regions.map(({ group, estimate, population }) => ({ group, estimate, population }));
    const noErrors = heatMeanDifferenceFromMean(bare);
    expect([noErrors.lower, noErrors.upper, noErrors.interval.method]).toEqual([null, null, null]);
    expect(noErrors.interval.reason).toMatch(/no standardError/);
    const minutes = [{ group: 'a', estimate: 12, population: 10, standardError: 1 }, { group: 'b', estimate: 20, population: 10, standardError: 2 }];
    const outside = caught(() => heatMeanDifferenceFromMean(minutes));
    expect([outside.code, outside.path]).toEqual(['out_of_range', 'groups[0].estimate']);
    expect(outside.message).toMatch(/bounds 'proportion' \(the default\); pass bounds: 'positive'/);
    expect(heatMeanDifferenceFromMean(minutes, { bounds: 'positive' }).interval.method).toBe('simulation');
    const negative = caught(() => heatMeanDifferenceFromMean([{ group: 'a', estimate: -1, population: 1, standardError: 1 }], { bounds: 'positive' }));
    expect(negative.message).toMatch(/pass bounds: 'none'/);
    for (const [options, path] of [
      [{ simulations: 0 }, 'options.simulations'],
      [{ simulations: 2.5 }, 'options.simulations'],
      [{ seed: 2 ** 31 }, 'options.seed'],
      [{ bounds: 'unit' }, 'options.bounds'],
    ] as const) {
      expect(caught(() => heatIndexOfDisparity(regions, options as never)).path).toBe(path);
    }
    const badError = caught(() => heatIndexOfDisparity([{ group: 'a', estimate: 0.5, population: 1, standardError: -0.1 }]));
    expect([badError.code, badError.path]).toEqual(['out_of_range', 'groups[0].standardError']);
  });

  it('gives up with a reason when draws keep falling outside the bounds', () => {
    const hopeless = heatMeanDifferenceFromMean(
      [
        { group: 'a', estimate: 0.5, population: 1, standardError: 1e9 },
        { group: 'b', estimate: 0.5, population: 1, standardError: 0.1 },
      ],
      { simulations: 1 },
    );
    expect(hopeless.lower).toBeNull();
    expect(hopeless.interval.reason).toMatch(/draws in a row fell outside/);
  });
});

describe('TI and MLD', () => {
  it("the delta-method SE matches healthequal's ti() and mld() (test-ti.R, test-mld.R) and R", () => {
    // R: r = est/μ; TI = Σ p r ln r, Var = Σ (1 + ln r − Σ p r(1 + ln r))² p² se²/μ²; MLD = −Σ p ln r,
    // Var = Σ p² se² (1 − 1/r)²/μ². healthequal prints 1000·TI = 5.0359201 and 1000·MLD = 5.0524006, which its own
    // formula gives as 5.0359803 and 5.0523552 in R (within its tolerances, 1e-4 and 1e-3); SEs .0014201, .0014242.
    const ti = heatTheilIndex(regions);
    near((ti.value as number) * 1000, 5.0359803033459176, 1e-12);
    near(ti.standardError, 0.0014200994357672369, 1e-12);
    near((ti.value as number) * 1000, 5.0359201, 1e-4);
    near(ti.standardError, 0.0014201, 1e-4);
    const mld = heatMeanLogDeviation(regions);
    near((mld.value as number) * 1000, 5.0523552071955686, 1e-12);
    near(mld.standardError, 0.0014242030272072575, 1e-12);
    near((mld.value as number) * 1000, 5.0524006, 1e-3);
    near(mld.standardError, 0.0014242, 1e-3);
    expect([ti.measure, mld.measure, ti.scale, ti.interval.method]).toEqual(['TI', 'MLD', 'relative', 'subgroupStandardErrors']);
  });

  it('equal theilT and theilL of the estimates with population weights', () => {
    const values = regions.map((g) => g.estimate);
    const weights = regions.map((g) => g.population);
    near(heatTheilIndex(regions).value, theilT(values, { weights }), 1e-12);
    near(heatMeanLogDeviation(regions).value, theilL(values, { weights }), 1e-12);
  });

  it('handle zeros: TI counts a zero estimate as 0, MLD is infinite (null); negative estimates are rejected', () => {
    const withZero = [
      { group: 'a', estimate: 0, population: 10, standardError: 0.01 },
      { group: 'b', estimate: 0.4, population: 10, standardError: 0.05 },
    ];
    near(heatTheilIndex(withZero).value, Math.LN2, 1e-12);
    expect(heatTheilIndex(withZero).standardError).not.toBeNull();
    const mld = heatMeanLogDeviation(withZero);
    expect([mld.value, mld.standardError]).toEqual([null, null]);
    expect(mld.reason).toMatch(/groups\[0\].estimate is 0/);
    const zero = heatTheilIndex([{ group: 'a', estimate: 0, population: 1 }]);
    expect(zero.reason).toMatch(/mean is 0/);
    const negative = caught(() => heatMeanLogDeviation([{ group: 'a', estimate: -0.1, population: 1 }]));
    expect([negative.code, negative.path]).toEqual(['out_of_range', 'groups[0].estimate']);
    const bare = heatTheilIndex(regions.map(({ group, estimate, population }) => ({ group, estimate, population })));
    expect(bare.interval.reason).toMatch(/no standardError/);
    expect(caught(() => heatTheilIndex(regions, { confidence: 2 })).path).toBe('options.confidence');
  });
});
