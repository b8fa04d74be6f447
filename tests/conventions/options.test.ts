/**
 * One options policy for every export (issue 12): an options object may hold only the keys its function
 * documents. An unknown key — usually a typo, such as `weight` for `weights` — throws `unknown_key` with the
 * nearest valid name as a hint, instead of being ignored while the function returns a result computed without it.
 *
 * Each row is a valid call of one export, built from its documented example, that takes extra option keys. The
 * first test keeps the table complete: an exported function whose signature has an `options` parameter needs a row.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  aapc,
  accessByGroup,
  accessMapSpec,
  acsSignificance,
  acsSum,
  adjustPValues,
  ageAdjustedRate,
  ageAdjustedRateRatio,
  ageOn,
  agrestiCoullInterval,
  annualPercentChange,
  atkinson,
  balancedFCA,
  beneficiaryIncidence,
  benjaminiHochbergAdjust,
  benjaminiYekutieliAdjust,
  bonferroniAdjust,
  caSmiCeiling,
  cagr,
  capacityWithin,
  clopperPearsonInterval,
  coadyGroshHoddinott,
  compareGroups,
  concentrationIndex,
  countWithin,
  coverage,
  createGoalSummarizer,
  createTableMapper,
  decayWeight,
  disparityDotPlotSpec,
  distanceSummaryByGroup,
  eligibilityMargins,
  eligibilityRuleSetJsonSchema,
  enrollmentJsonSchema,
  equityIndicatorPercentageScore,
  equityIndicatorRatio,
  equityIndicatorRollup,
  evaluateEligibility,
  evaluateGoal,
  evaluateGoalStream,
  fcaRatio,
  fiscalYear,
  fisherExactTest,
  forecastToYear,
  fplPercent,
  gapTrend,
  generalizedEntropy,
  gini,
  goalJsonSchema,
  gravityAccess,
  heatBetweenGroupVariance,
  heatConcentrationIndex,
  heatIndexOfDisparity,
  heatMeanDifferenceFromBest,
  heatMeanDifferenceFromMean,
  heatMeanLogDeviation,
  heatTheilIndex,
  heatPopulationAttributableFraction,
  heatPopulationAttributableRisk,
  heatRelativeIndex,
  heatSlopeIndex,
  hochbergAdjust,
  holmAdjust,
  holtForecast,
  hommelAdjust,
  householdJsonSchema,
  hudIncomeCategory,
  hudLimitsTableJsonSchema,
  indicatorTrendSpec,
  jeffreysInterval,
  joinEnrollments,
  joinpoint,
  kNearestSites,
  linearTrend,
  mannKendall,
  mapEnrollments,
  mapHouseholds,
  mapSites,
  mapTables,
  nearestSite,
  oddsRatio,
  pCenter,
  pMedian,
  palmaRatio,
  planSites,
  poissonInterval,
  povertyGuideline,
  povertyGuidelineTableJsonSchema,
  presentValue,
  progressToTarget,
  providerToPopulationRatio,
  raam,
  rateRatio,
  rbaBaseline,
  regionalMannKendall,
  reliabilityFlags,
  renderScorecard,
  representationByGroup,
  retention,
  riskDifference,
  riskRatio,
  scorecardChartSpecs,
  screenHouseholds,
  seasonalMannKendall,
  sedtDemographicDisparity,
  sedtGeographicDisparity,
  seriesByYear,
  setCover,
  sidakAdjust,
  siteCoveredDemand,
  siteJsonSchema,
  smiCeilingTableJsonSchema,
  suppressCounts,
  suppressRates,
  suppressTable,
  syntheticCity,
  syntheticCityBatches,
  tableMappingJsonSchema,
  targetingErrors,
  targetingErrorsByYear,
  targetingErrorsColumnar,
  summarizeGoal,
  summarizeGoalStream,
  theilDecomposition,
  theilL,
  theilSen,
  theilT,
  threeStepFCA,
  toFeatureCollection,
  turnedTheCurve,
  twoProportionZTest,
  twoStepFCA,
  wilsonInterval,
  yearOverYear,
} from '../../src/index.ts';
import * as library from '../../src/index.ts';
import type { EligibilityRule } from '../../src/index.ts';
import { caught } from '../helpers/caught.ts';

type Extra = Record<string, unknown>;

/** The goal of the monitor's summarising examples: one share of households enrolled. */
function demoGoal(): object {
  return {
    id: "demo", version: 1, title: "Demo", department: "PRNS", owner: "Analyst",
    objective: "Households enrol at equal rates",
    program: { id: "youth", name: "Youth programs", department: "PRNS" },
    populationOfFocus: { description: "All households" },
    reviewCadence: "annual",
    indicators: [{
      id: "enrolled-share", name: "Share enrolled", rbaKind: "howWell", recordSet: "householdYears",
      measure: { kind: "share", numerator: { field: "enrolled", op: "eq", value: true } },
      unit: "proportion", direction: "higherIsBetter",
      dataSource: { name: "Registrations", steward: "PRNS" },
    }],
  };
}

/** A valid call of each export with an options parameter; `extra` is spread into its options. */
const CALLS: Record<string, (extra: Extra) => unknown> = {
  presentValue: (extra) => {
    return presentValue({ value: null, suppressed: true, reason: "primary" }, extra);
  },
  reliabilityFlags: (extra) => {
    return reliabilityFlags({ events: 19 }, extra);
  },
  suppressCounts: (extra) => {
    return suppressCounts([0, 5, 10, 11], extra);
  },
  suppressRates: (extra) => {
    return suppressRates([
      { numerator: 120, denominator: 300 },
      { numerator: 8, denominator: 100 },
      { numerator: 52, denominator: 200 },
    ], extra);
  },
  suppressTable: (extra) => {
    return suppressTable([
      [20, 4, 30],
      [25, 40, 35],
    ], extra);
  },
  ageAdjustedRate: (extra) => {
    const counts = [107, 141, 60, 40, 39, 25];
    const births = [230061, 329449, 114920, 39487, 14208, 3052];
    const standard = [63986.6, 186263.6, 157302.2, 97647.0, 47572.6, 12262.6];
    return ageAdjustedRate(counts, births, standard, { ...{ per: 100000 }, ...extra });
  },
  ageAdjustedRateRatio: (extra) => {
    return ageAdjustedRateRatio({ counts: [40], populations: [2000] }, { counts: [25], populations: [2500] }, [1], extra);
  },
  atkinson: (extra) => {
    return atkinson([10, 20, 30, 40, 50], 0.5, extra);
  },
  compareGroups: (extra) => {
    return compareGroups([
        { group: "A", numerator: 16, denominator: 50 },
        { group: "B", numerator: 4, denominator: 10 },
      ], { ...{ referenceGroup: "best" }, ...extra });
  },
  concentrationIndex: (extra) => {
    return concentrationIndex([1, 2, 3, 4], [10, 20, 30, 40], extra);
  },
  equityIndicatorPercentageScore: (extra) => {
    return equityIndicatorPercentageScore(40, extra);
  },
  equityIndicatorRatio: (extra) => {
    return equityIndicatorRatio([{ group: "Latino", rate: 61.6 }, { group: "Asian", rate: 25.1 }, { group: "White", rate: 11.9 }], { ...{ direction: "lowerIsBetter" }, ...extra });
  },
  equityIndicatorRollup: (extra) => {
    return equityIndicatorRollup({
      themes: [{
        id: "economy",
        topics: [{ id: "business-development", indicators: [{ id: "a", score: 36 }, { id: "b", score: 31 }, { id: "c", score: 34 }] }],
      }],
    }, extra);
  },
  generalizedEntropy: (extra) => {
    return generalizedEntropy([1, 2, 3, 4], 2, extra);
  },
  gini: (extra) => {
    return gini([1, 2, 3, 4], extra);
  },
  heatBetweenGroupVariance: (extra) => {
    const districts = [
      { group: "D1", estimate: 0.3, population: 100, standardError: 0.02 },
      { group: "D2", estimate: 0.5, population: 300, standardError: 0.01 },
    ];
    return heatBetweenGroupVariance(districts, extra);
  },
  heatConcentrationIndex: (extra) => {
    const quintiles = [40, 50, 55, 65, 70].map((estimate, i) => ({ group: `Q${i + 1}`, estimate, population: 100 }));
    return heatConcentrationIndex(quintiles, { ...{ scale: "absolute" }, ...extra });
  },
  heatIndexOfDisparity: (extra) => {
    const districts = [
      { group: "D1", estimate: 0.3, population: 200, standardError: 0.03 },
      { group: "D2", estimate: 0.5, population: 200, standardError: 0.04 },
    ];
    return heatIndexOfDisparity(districts, extra);
  },
  heatMeanDifferenceFromBest: (extra) => {
    const districts = [
      { group: "D1", estimate: 0.3, population: 100 },
      { group: "D2", estimate: 0.5, population: 300 },
    ];
    return heatMeanDifferenceFromBest(districts, extra);
  },
  heatMeanDifferenceFromMean: (extra) => {
    const districts = [
      { group: "D1", estimate: 0.3, population: 100 },
      { group: "D2", estimate: 0.5, population: 300 },
    ];
    return heatMeanDifferenceFromMean(districts, extra);
  },
  heatMeanLogDeviation: (extra) => {
    const districts = [
      { group: "D1", estimate: 0.3, population: 100, standardError: 0.02 },
      { group: "D2", estimate: 0.5, population: 300, standardError: 0.01 },
    ];
    return heatMeanLogDeviation(districts, extra);
  },
  heatTheilIndex: (extra) => {
    const districts = [
      { group: "D1", estimate: 0.3, population: 100, standardError: 0.02 },
      { group: "D2", estimate: 0.5, population: 300, standardError: 0.01 },
    ];
    return heatTheilIndex(districts, extra);
  },
  heatPopulationAttributableFraction: (extra) => {
    const districts = [
      { group: "D1", estimate: 0.3, population: 100 },
      { group: "D2", estimate: 0.5, population: 300 },
    ];
    return heatPopulationAttributableFraction(districts, extra);
  },
  heatPopulationAttributableRisk: (extra) => {
    const districts = [
      { group: "D1", estimate: 0.3, population: 100 },
      { group: "D2", estimate: 0.5, population: 300 },
    ];
    return heatPopulationAttributableRisk(districts, extra);
  },
  heatRelativeIndex: (extra) => {
    const quintiles = [40, 50, 55, 65, 70].map((estimate, i) => ({ group: `Q${i + 1}`, estimate, population: 100 }));
    return heatRelativeIndex(quintiles, extra);
  },
  heatSlopeIndex: (extra) => {
    const quintiles = [40, 50, 55, 65, 70].map((estimate, i) => ({ group: `Q${i + 1}`, estimate, population: 100 }));
    return heatSlopeIndex(quintiles, extra);
  },
  oddsRatio: (extra) => {
    return oddsRatio({ events: 10, total: 30 }, { events: 5, total: 45 }, extra);
  },
  palmaRatio: (extra) => {
    return palmaRatio([10, 20, 30, 40, 50], extra);
  },
  rateRatio: (extra) => {
    return rateRatio({ events: 40, personTime: 2000 }, { events: 25, personTime: 2500 }, extra);
  },
  riskDifference: (extra) => {
    return riskDifference({ events: 56, total: 70 }, { events: 48, total: 80 }, extra);
  },
  riskRatio: (extra) => {
    return riskRatio({ events: 178, total: 1589 }, { events: 79, total: 1565 }, extra);
  },
  sedtDemographicDisparity: (extra) => {
    return sedtDemographicDisparity([
      { tract: "A", resource: 30, share: 0.75, shareMoe: 0.02, population: 20, populationMoe: 5.5, count: 15, countMoe: 3.5 },
      { tract: "B", resource: 70, share: 0.2, shareMoe: 0.05, population: 25, populationMoe: 5, count: 5, countMoe: 1.5 },
    ], extra);
  },
  sedtGeographicDisparity: (extra) => {
    return sedtGeographicDisparity([
      { area: "A", resource: 10, baseline: 20, baselineMoe: 10 },
      { area: "B", resource: 10, baseline: 25, baselineMoe: 5 },
    ], extra);
  },
  theilDecomposition: (extra) => {
    const incomes = [10, 20, 30, 40, 50, 60];
    const districts = ["north", "north", "north", "south", "south", "south"];
    return theilDecomposition(incomes, districts, extra);
  },
  theilL: (extra) => {
    return theilL([2, 2, 2], extra);
  },
  theilT: (extra) => {
    return theilT([1, 1, 1, 1], extra);
  },
  ageOn: (extra) => {
    return ageOn("2015-07-01", "2025-07-01", extra);
  },
  caSmiCeiling: (extra) => {
    return caSmiCeiling(4, { ...{ asOf: "2025-07-01" }, ...extra });
  },
  evaluateEligibility: (extra) => {
    const rule: EligibilityRule = {
      id: "youth-fee-waiver", label: "Youth fee waiver", version: "2025",
      criteria: { kind: "all", criteria: [
        { kind: "attributeIn", id: "resident", label: "Lives in San José", attribute: "city", values: ["San José"] },
        { kind: "fplPercent", id: "income", label: "Income at or below 185 % FPL", maxPercent: 185 },
      ] },
    };
    const household = { id: "h1", size: 4, annualIncome: 60000, attributes: { city: "San José" } };
    return evaluateEligibility(household, rule, { ...{ asOf: "2025-07-01" }, ...extra });
  },
  fplPercent: (extra) => {
    return fplPercent(32150, 4, { ...{ year: 2025 }, ...extra });
  },
  povertyGuideline: (extra) => {
    return povertyGuideline(4, { ...{ year: 2025 }, ...extra });
  },
  screenHouseholds: (extra) => {
    const rule: EligibilityRule = {
      id: "low-income", label: "HUD low income", version: "FY2025",
      criteria: { kind: "hudIncomeCategory", id: "hud", label: "At or below the HUD low-income limit", atMost: "low" },
    };
    const households = [
      { id: "a", size: 4, annualIncome: 159550, attributes: {} },
      { id: "b", size: 4, annualIncome: 159551, attributes: {} },
      { id: "c", size: 4, attributes: {} },
    ];
    return screenHouseholds(households, rule, { ...{ asOf: "2025-04-01" }, ...extra });
  },
  goalJsonSchema: (extra) => {
    return goalJsonSchema(extra);
  },
  accessMapSpec: (extra) => {
    return accessMapSpec({
      households: [
        { location: [-121.89, 37.33], group: "eligible" },
        { location: [-121.86, 37.35], group: "enrolled" },
        { location: [-121.84, 37.31], group: "eligible" },
      ],
      sites: [{ location: [-121.88, 37.34], name: "Roosevelt Community Center", radiusKm: 1.6 }],
    }, { ...{ sample: 2 }, ...extra });
  },
  disparityDotPlotSpec: (extra) => {
    return disparityDotPlotSpec({
      title: "Penetration rate by district, 2024",
      groups: [
        { group: "District 3", value: 0.44, withinParityBand: true },
        { group: "District 7", value: 0.31, lower: 0.27, upper: 0.35, withinParityBand: false },
      ],
      reference: { group: "District 3", value: 0.44 },
      band: { lower: 0.396, upper: 0.484 },
    }, { ...{ format: ".0%" }, ...extra });
  },
  indicatorTrendSpec: (extra) => {
    return indicatorTrendSpec({
      title: "Eligible households served",
      unit: "Share of eligible households",
      series: [
        { group: "District 3", year: 2023, value: 0.41 },
        { group: "District 3", year: 2024, value: 0.44 },
        { group: "District 7", year: 2023, value: 0.33 },
        { group: "District 7", year: 2024, value: null, suppressed: true },
      ],
      target: { year: 2026, value: 0.5 },
      band: { lower: 0.36, upper: 0.44 },
    }, { ...{ format: ".0%" }, ...extra });
  },
  evaluateGoal: (extra) => {
    const goal = {
      id: "demo", version: 1, title: "Demo", department: "PRNS", owner: "Analyst",
      objective: "Households enrol at equal rates",
      program: { id: "youth", name: "Youth programs", department: "PRNS" },
      populationOfFocus: { description: "All households" },
      reviewCadence: "annual",
      suppression: { minimumCellSize: 1 },
      indicators: [{
        id: "enrolled-share", name: "Share enrolled", rbaKind: "howWell", recordSet: "householdYears",
        measure: { kind: "share", numerator: { field: "enrolled", op: "eq", value: true } },
        unit: "proportion", direction: "higherIsBetter",
        disaggregations: [{ id: "district", field: "attributes.district" }],
        dataSource: { name: "Registrations", steward: "PRNS" },
      }],
    };
    const households = ["a", "b", "c", "d"].map((id, i) => ({ id, size: 2, attributes: { district: i < 2 ? "1" : "2" } }));
    const enrollments = [{ householdId: "a", programId: "youth", programYear: 2025 }, { householdId: "c", programId: "youth", programYear: 2025 }, { householdId: "d", programId: "youth", programYear: 2025 }];
    return evaluateGoal(goal, { households, enrollments }, { ...{ asOf: "2025-12-31" }, ...extra });
  },
  renderScorecard: (extra) => {
    const goal = {
      id: "demo", version: 1, title: "Demo goal", department: "PRNS", owner: "Analyst", objective: "Equal enrolment",
      program: { id: "youth", name: "Youth programs", department: "PRNS" },
      populationOfFocus: { description: "All households" }, reviewCadence: "annual", suppression: { minimumCellSize: 1 },
      indicators: [{ id: "share", name: "Share enrolled", rbaKind: "howWell", recordSet: "householdYears",
        measure: { kind: "share", numerator: { field: "enrolled", op: "eq", value: true } },
        unit: "proportion", direction: "higherIsBetter", dataSource: { name: "Registrations", steward: "PRNS" } }],
    };
    const households = [{ id: "a", size: 1, attributes: {} }, { id: "b", size: 1, attributes: {} }];
    const card = evaluateGoal(goal, { households, enrollments: [{ householdId: "a", programId: "youth", programYear: 2025 }] }, { asOf: "2025-12-31" });
    return renderScorecard(card, { ...{ format: "markdown" }, ...extra });
  },
  scorecardChartSpecs: (extra) => {
    const goal = {
      id: "demo", version: 1, title: "Demo", department: "PRNS", owner: "Analyst", objective: "Equal enrolment",
      program: { id: "youth", name: "Youth programs", department: "PRNS" },
      populationOfFocus: { description: "All households" }, reviewCadence: "annual", suppression: { minimumCellSize: 1 },
      indicators: [{ id: "share", name: "Share enrolled", rbaKind: "howWell", recordSet: "householdYears",
        measure: { kind: "share", numerator: { field: "enrolled", op: "eq", value: true } },
        unit: "proportion", direction: "higherIsBetter", parityBand: { relative: 0.1 }, referenceGroup: "overall",
        disaggregations: [{ id: "district", field: "attributes.district" }],
        dataSource: { name: "Registrations", steward: "PRNS" } }],
    };
    const households = ["a", "b", "c", "d"].map((id, i) => ({ id, size: 1, attributes: { district: i < 2 ? "1" : "2" } }));
    const enrollments = ["a", "c", "d"].map((householdId) => ({ householdId, programId: "youth", programYear: 2025 }));
    return scorecardChartSpecs(evaluateGoal(goal, { households, enrollments }, { asOf: "2025-12-31" }), extra);
  },
  accessByGroup: (extra) => {
    const centres = [[-121.90, 37.33]];
    const homes = [
      { at: [-121.90, 37.335], district: "D3" },
      { at: [-121.90, 37.34], district: "D3" },
      { at: [-121.90, 37.335], district: "D7" },
      { at: [-121.90, 37.40], district: "D7" },
    ];
    return accessByGroup(homes, centres, { ...{ location: (h) => h.at, by: (h) => h.district, radiusKm: 2 }, ...extra });
  },
  balancedFCA: (extra) => {
    const demand = [{ population: 10 }, { population: 10 }];
    const supply = [{ capacity: 6 }, { capacity: 4 }];
    return balancedFCA(demand, supply, { ...{ costs: { dense: [[1, 9], [1, 1]], unit: "minutes" }, maxCost: 5 }, ...extra });
  },
  capacityWithin: (extra) => {
    const centres = [{ location: [-121.90, 37.33], capacity: 40 }, { location: [-121.89, 37.33], capacity: 25 }];
    const homes = [{ location: [-121.895, 37.33] }, { location: [-121.70, 37.30] }];
    return capacityWithin(homes, centres, { ...{ radiusKm: 1 }, ...extra });
  },
  countWithin: (extra) => {
    const centres = [[-121.90, 37.33], [-121.89, 37.33], [-121.70, 37.30]];
    return countWithin([[-121.895, 37.33]], centres, { ...{ radiusKm: 1 }, ...extra });
  },
  coverage: (extra) => {
    const centres = [[-121.90, 37.33]];
    const homes = [[-121.89, 37.33], [-121.80, 37.33], [-121.90, 37.34]];
    return coverage(homes, centres, { ...{ radiusKm: 1.5, weights: [1, 3, 2] }, ...extra });
  },
  decayWeight: (extra) => {
    const steps = { steps: [{ maxKm: 20, weight: 1 }, { maxKm: 40, weight: 0.68 }, { maxKm: 60, weight: 0.22 }] };
    return decayWeight(steps, 20, extra);
  },
  distanceSummaryByGroup: (extra) => {
    const centres = [[-121.90, 37.33]];
    const homes = [
      { at: [-121.90, 37.34], district: "D3" },
      { at: [-121.90, 37.36], district: "D3" },
      { at: [-121.90, 37.42], district: "D7" },
    ];
    return distanceSummaryByGroup(homes, centres, { ...{ location: (h) => h.at, by: (h) => h.district }, ...extra });
  },
  fcaRatio: (extra) => {
    const demand = [{ population: 100 }, { population: 300 }, { population: 50 }];
    const supply = [{ capacity: 20 }, { capacity: 10 }];
    const costs = { dense: [[5, 40], [10, 25], [50, 5]], unit: "minutes" };
    const demandCosts = { dense: [[0, 10, 45], [10, 0, 30], [45, 30, 0]], unit: "minutes" };
    return fcaRatio(demand, supply, { ...{ costs, demandCosts, maxCost: 30 }, ...extra });
  },
  gravityAccess: (extra) => {
    const demand = [{ population: 100 }, { population: 50 }, { population: 10 }];
    const supply = [{ capacity: 15 }, { capacity: 20 }, { capacity: 100 }];
    const costs = { dense: [[1, 80, 40], [80, 1, 40], [40, 40, 1]], unit: "minutes" };
    return gravityAccess(demand, supply, { ...{ beta: 1, costs, maxCost: 61, competition: true }, ...extra });
  },
  kNearestSites: (extra) => {
    const centres = [[-121.90, 37.33], [-121.80, 37.30], [-121.87, 37.36]];
    return kNearestSites([[-121.89, 37.34]], centres, { ...{ k: 2 }, ...extra });
  },
  nearestSite: (extra) => {
    const centres = [[-121.90, 37.33], [-121.80, 37.30]];
    const homes = [[-121.89, 37.34], [-121.81, 37.29]];
    return nearestSite(homes, centres, extra);
  },
  pCenter: (extra) => {
    const demand = Array.from({ length: 4 }, () => ({}));
    const costs = { dense: [[0, 10, 25, 40], [10, 0, 15, 30], [25, 15, 0, 15], [40, 30, 15, 0]], unit: "minutes" };
    return pCenter(demand, 4, { ...{ costs, count: 2 }, ...extra });
  },
  pMedian: (extra) => {
    const demand = [{ weight: 10 }, { weight: 1 }, { weight: 1 }];
    const costs = { dense: [[0, 5, 9], [5, 0, 4], [9, 4, 0]], unit: "minutes" };
    return pMedian(demand, 3, { ...{ costs, count: 1, method: "exact" }, ...extra });
  },
  planSites: (extra) => {
    const demand = Array.from({ length: 6 }, () => ({ weight: 1 }));
    const costs = { dense: [[1, 1, 9], [1, 1, 9], [1, 9, 1], [1, 9, 1], [9, 1, 9], [9, 9, 1]], unit: "minutes" };
    return planSites(demand, 3, { ...{ costs, maxCost: 5, count: 2 }, ...extra });
  },
  providerToPopulationRatio: (extra) => {
    return providerToPopulationRatio([120, 80, 100], 60000, extra);
  },
  raam: (extra) => {
    const demand = [{ population: 100 }, { population: 100 }];
    const supply = [{ capacity: 10 }, { capacity: 30 }];
    const costs = { dense: [[0, 30], [30, 0]], unit: "minutes" };
    return raam(demand, supply, { ...{ costs, tauCost: 60 }, ...extra });
  },
  setCover: (extra) => {
    const demand = Array.from({ length: 4 }, () => ({}));
    const costs = { dense: [[1, 9, 9], [1, 1, 9], [9, 1, 1], [9, 9, 1]] };
    return setCover(demand, 3, { ...{ costs, maxCost: 5, method: "exact" }, ...extra });
  },
  siteCoveredDemand: (extra) => {
    const centres = [[-121.90, 37.33], [-121.88, 37.33]];
    const homes = [[-121.905, 37.33], [-121.89, 37.33], [-121.875, 37.33]];
    return siteCoveredDemand(homes, centres, { ...{ radiusKm: 1 }, ...extra });
  },
  threeStepFCA: (extra) => {
    const demand = [{ population: 1 }, { population: 1 }, { population: 1 }];
    const supply = [{ capacity: 1 }, { capacity: 1 }];
    return threeStepFCA(demand, supply, { ...{ costs: { dense: [[5, 5], [10, 0], [15, 15]] }, maxCost: 6, selection: "huff" }, ...extra });
  },
  twoStepFCA: (extra) => {
    const demand = [{ population: 1 }, { population: 1 }, { population: 1 }];
    const supply = [{ capacity: 1 }, { capacity: 1 }];
    return twoStepFCA(demand, supply, { ...{ costs: { dense: [[5, 5], [10, 0], [15, 15]] }, maxCost: 6 }, ...extra });
  },
  beneficiaryIncidence: (extra) => {
    const incomes = [6, 8, 11, 15, 21, 25, 30, 40, 50, 100];
    const people = incomes.map((income, i) => ({ income, enrolled: i === 1 || i === 2 }));
    return beneficiaryIncidence(people, { ...{ welfare: (p) => p.income, enrolled: (p) => p.enrolled }, ...extra });
  },
  coadyGroshHoddinott: (extra) => {
    const incomes = [6, 8, 11, 15, 21, 25, 30, 40, 50, 100];
    return coadyGroshHoddinott(incomes, { ...{ welfare: (x) => x, benefit: (x) => (x <= 8 ? 15 : 0) }, ...extra });
  },
  eligibilityMargins: (extra) => {
    const limit = 50_000;
    const households = [
      { income: 49_000, enrolled: false },
      { income: 20_000, enrolled: false },
      { income: 51_000, enrolled: true },
      { income: 52_500, enrolled: true },
      { income: 30_000, enrolled: true },
    ];
    return eligibilityMargins(households, { ...{
      margin: (h) => h.income - limit,
      eligible: (h) => h.income <= limit,
      enrolled: (h) => h.enrolled,
      nearThreshold: 2_000,
    }, ...extra });
  },
  joinEnrollments: (extra) => {
    const households = [
      { id: "A", size: 3, attributes: { district: "5" } },
      { id: "B", size: 4, attributes: { district: "7" } },
    ];
    const enrollments = [
      { householdId: "A", programId: "camp", programYear: 2024 },
      { householdId: "Z", programId: "camp", programYear: 2024 },
    ];
    return joinEnrollments(households, enrollments, extra);
  },
  representationByGroup: (extra) => {
    const rows = [
      { language: "en", eligible: true, enrolled: true },
      { language: "en", eligible: true, enrolled: true },
      { language: "es", eligible: true, enrolled: true },
      { language: "es", eligible: true, enrolled: false },
      { language: "es", eligible: true, enrolled: false },
      { language: "es", eligible: true, enrolled: false },
    ];
    const reach = targetingErrors(rows, { eligible: (r) => r.eligible, enrolled: (r) => r.enrolled, by: (r) => r.language });
    return representationByGroup(reach, extra);
  },
  retention: (extra) => {
    const enrollments = [
      { householdId: "A", programId: "camp", programYear: 2023 },
      { householdId: "B", programId: "camp", programYear: 2023 },
      { householdId: "A", programId: "camp", programYear: 2024 },
      { householdId: "C", programId: "camp", programYear: 2024 },
    ];
    return retention(enrollments, extra);
  },
  targetingErrors: (extra) => {
    const households = [
      { income: 30_000, enrolled: true, district: "3" },
      { income: 35_000, enrolled: false, district: "3" },
      { income: 38_000, enrolled: true, district: "7" },
      { income: 90_000, enrolled: true, district: "7" },
      { income: 95_000, enrolled: false, district: "7" },
    ];
    return targetingErrors(households, { ...{
      eligible: (h) => h.income <= 40_000,
      enrolled: (h) => h.enrolled,
      by: (h) => h.district,
    }, ...extra });
  },
  targetingErrorsByYear: (extra) => {
    const rows = [
      { date: "2024-06-30", eligible: true, enrolled: true },
      { date: "2024-07-01", eligible: true, enrolled: false },
      { date: "2025-03-15", eligible: true, enrolled: true },
    ];
    return targetingErrorsByYear(rows, { ...{
      year: (r) => r.date,
      eligible: (r) => r.eligible,
      enrolled: (r) => r.enrolled,
    }, ...extra });
  },
  targetingErrorsColumnar: (extra) => {
    return targetingErrorsColumnar({ eligible: Uint8Array.of(1, 0), enrolled: Uint8Array.of(1, 1) }, { ...{ confidence: 0.9 }, ...extra });
  },
  createGoalSummarizer: (extra) => {
    const goal = demoGoal();
    return createGoalSummarizer(goal, { enrollments: [] }, { ...{ asOf: "2025-12-31", years: [2025] }, ...extra });
  },
  summarizeGoal: (extra) => {
    const goal = demoGoal();
    const households = [{ id: "a", size: 2, attributes: {} }];
    return summarizeGoal(goal, { households, enrollments: [] }, { ...{ asOf: "2025-12-31", years: [2025] }, ...extra });
  },
  syntheticCity: (extra) => {
    return syntheticCity({ ...{ seed: 42, households: 2000 }, ...extra });
  },
  syntheticCityBatches: (extra) => {
    return syntheticCityBatches({ ...{ seed: 42, households: 2000, batchSize: 500 }, ...extra });
  },
  aapc: (extra) => {
    const series = Array.from({ length: 12 }, (_, i) => {
      const year = 2012 + i;
      const log = year <= 2018 ? 0.05 * (year - 2012) : 0.3 - 0.03 * (year - 2018);
      return { year, value: 100 * Math.exp(log) * (1 + 0.002 * Math.sin(7 * i)) };
    });
    const fit = joinpoint(series, { maxJoinpoints: 1, selection: "bic" });
    return aapc(fit, { ...{ from: 2014, to: 2023 }, ...extra });
  },
  annualPercentChange: (extra) => {
    const series = [0, 1, 2, 3].map((i) => ({ year: 2020 + i, value: 50 * 1.1 ** i }));
    return annualPercentChange(series, extra);
  },
  cagr: (extra) => {
    return cagr([{ year: 2015, value: 100 }, { year: 2017, value: 121 }], extra);
  },
  fiscalYear: (extra) => {
    return fiscalYear("2024-06-30", extra);
  },
  forecastToYear: (extra) => {
    const series = [{ year: 2020, value: 10 }, { year: 2021, value: 12 }, { year: 2022, value: 14 }];
    return forecastToYear(series, 2025, extra);
  },
  gapTrend: (extra) => {
    const group = [{ year: 2020, value: 20 }, { year: 2021, value: 15 }, { year: 2022, value: 10 }];
    const reference = [{ year: 2020, value: 10 }, { year: 2021, value: 7 }, { year: 2022, value: 4 }];
    return gapTrend(group, reference, extra);
  },
  holtForecast: (extra) => {
    const series = [{ year: 2020, value: 10 }, { year: 2021, value: 12 }, { year: 2022, value: 15 }];
    return holtForecast(series, { ...{ alpha: 0.5, beta: 0.5, horizon: 2 }, ...extra });
  },
  joinpoint: (extra) => {
    const series = Array.from({ length: 12 }, (_, i) => {
      const year = 2012 + i;
      const log = year <= 2018 ? 0.05 * (year - 2012) : 0.3 - 0.03 * (year - 2018);
      return { year, value: 100 * Math.exp(log) * (1 + 0.002 * Math.sin(7 * i)) };
    });
    return joinpoint(series, { ...{ maxJoinpoints: 1, selection: "bic" }, ...extra });
  },
  linearTrend: (extra) => {
    return linearTrend([
      { year: 2020, value: 10 }, { year: 2021, value: 12 }, { year: 2022, value: 13 }, { year: 2023, value: 15 },
    ], { ...{ interceptAt: 2020 }, ...extra });
  },
  mannKendall: (extra) => {
    return mannKendall([3, 5, 4, 6, 8, 7, 9, 11].map((value, i) => ({ year: 2016 + i, value })), extra);
  },
  progressToTarget: (extra) => {
    const series = [{ year: 2020, value: 0.4 }, { year: 2022, value: 0.43 }, { year: 2024, value: 0.46 }];
    return progressToTarget(series, { year: 2030, value: 0.6 }, extra);
  },
  rbaBaseline: (extra) => {
    const history = [{ year: 2021, value: 30 }, { year: 2022, value: 28 }, { year: 2023, value: 26 }];
    return rbaBaseline(history, { ...{ horizon: 2 }, ...extra });
  },
  regionalMannKendall: (extra) => {
    const years = [2019, 2020, 2021, 2022, 2023];
    const served = (counts: number[]) => years.map((year, i) => ({ year, value: counts[i] as number }));
    return regionalMannKendall({
      "District 3": served([110, 120, 140, 130, 160]),
      "District 7": served([90, 80, 110, 120, 120]),
    }, extra);
  },
  seasonalMannKendall: (extra) => {
    const observations = [2021, 2022, 2023, 2024].flatMap((year) => [
      { year, season: 1, value: 2 * (year - 2020) },
      { year, season: 2, value: 2 * (year - 2020) + 5 },
    ]);
    return seasonalMannKendall(observations, { ...{ period: 2 }, ...extra });
  },
  seriesByYear: (extra) => {
    const enrolments = [{ date: "2023-08-14" }, { date: "2024-03-02" }, { date: "2024-07-01" }, { date: "2026-09-01" }];
    return seriesByYear(enrolments, { ...{ date: (e) => e.date }, ...extra });
  },
  theilSen: (extra) => {
    const series = [2010, 2012, 2013, 2016, 2020].map((year) => ({ year, value: year - 2000 }));
    return theilSen(series, extra);
  },
  turnedTheCurve: (extra) => {
    const baseline = rbaBaseline([{ year: 2021, value: 10 }, { year: 2022, value: 12 }, { year: 2023, value: 14 }], { horizon: 1 });
    return turnedTheCurve([{ year: 2024, value: 15 }], baseline, { ...{ direction: "lowerIsBetter" }, ...extra });
  },
  yearOverYear: (extra) => {
    return yearOverYear([{ year: 2021, value: 50 }, { year: 2020, value: 40 }, { year: 2023, value: 72 }], extra);
  },
  acsSignificance: (extra) => {
    return acsSignificance({ estimate: 0.18, moe: 0.02 }, { estimate: 0.12, moe: 0.03 }, extra);
  },
  acsSum: (extra) => {
    return acsSum([{ estimate: 20, moe: 10 }, { estimate: 25, moe: 5 }], extra);
  },
  adjustPValues: (extra) => {
    return adjustPValues([0.01, 0.04, 0.03, 0.005], { ...{ method: "hochberg" }, ...extra });
  },
  agrestiCoullInterval: (extra) => {
    return agrestiCoullInterval(81, 263, extra);
  },
  benjaminiHochbergAdjust: (extra) => {
    return benjaminiHochbergAdjust([0.01, 0.04, 0.03], extra);
  },
  benjaminiYekutieliAdjust: (extra) => {
    return benjaminiYekutieliAdjust([0.01, 0.04, 0.03, 0.005], extra);
  },
  bonferroniAdjust: (extra) => {
    return bonferroniAdjust([0.01, 0.04, 0.03, 0.005], extra);
  },
  clopperPearsonInterval: (extra) => {
    return clopperPearsonInterval(81, 263, extra);
  },
  fisherExactTest: (extra) => {
    return fisherExactTest({ successes: 3, trials: 4 }, { successes: 1, trials: 4 }, extra);
  },
  hochbergAdjust: (extra) => {
    return hochbergAdjust([0.01, 0.04, 0.03, 0.005], extra);
  },
  holmAdjust: (extra) => {
    return holmAdjust([0.01, 0.04, 0.03], extra);
  },
  hommelAdjust: (extra) => {
    return hommelAdjust([0.01, 0.02, 0.04, 0.3], extra);
  },
  jeffreysInterval: (extra) => {
    return jeffreysInterval(81, 263, extra);
  },
  poissonInterval: (extra) => {
    return poissonInterval(4, extra);
  },
  sidakAdjust: (extra) => {
    return sidakAdjust([0.01, 0.04, 0.03, 0.005], extra);
  },
  twoProportionZTest: (extra) => {
    return twoProportionZTest({ successes: 5, trials: 83 }, { successes: 12, trials: 99 }, extra);
  },
  wilsonInterval: (extra) => {
    return wilsonInterval(81, 263, extra);
  },

  // The table mappers and the JSON Schemas of what a non-TypeScript system writes (issue 13).
  createTableMapper: (extra) => {
    return createTableMapper({ households: { id: "id", size: "size" } }, extra);
  },
  mapTables: (extra) => {
    return mapTables({ households: [{ id: "a", size: "2" }] }, { households: { id: "id", size: "size" } }, extra);
  },
  mapHouseholds: (extra) => {
    return mapHouseholds([{ id: "a", size: "2" }], { households: { id: "id", size: "size" } }, extra);
  },
  mapEnrollments: (extra) => {
    return mapEnrollments([{ h: "a", y: "2024" }], { enrollments: { householdId: "h", programId: { value: "p" }, programYear: "y" } }, extra);
  },
  mapSites: (extra) => {
    return mapSites([{ id: "s", lat: "37.3", lng: "-121.9" }], { sites: { id: "id", location: { lat: "lat", lng: "lng" } } }, extra);
  },
  toFeatureCollection: (extra) => {
    return toFeatureCollection([{ id: "s", location: [-121.9, 37.3] }], extra);
  },
  tableMappingJsonSchema: (extra) => {
    return tableMappingJsonSchema(extra);
  },
  eligibilityRuleSetJsonSchema: (extra) => {
    return eligibilityRuleSetJsonSchema(extra);
  },
  householdJsonSchema: (extra) => {
    return householdJsonSchema(extra);
  },
  enrollmentJsonSchema: (extra) => {
    return enrollmentJsonSchema(extra);
  },
  siteJsonSchema: (extra) => {
    return siteJsonSchema(extra);
  },
  povertyGuidelineTableJsonSchema: (extra) => {
    return povertyGuidelineTableJsonSchema(extra);
  },
  hudLimitsTableJsonSchema: (extra) => {
    return hudLimitsTableJsonSchema(extra);
  },
  smiCeilingTableJsonSchema: (extra) => {
    return smiCeilingTableJsonSchema(extra);
  },
};

/** The same for exports that return a promise: the unknown key rejects it. */
const ASYNC_CALLS: Record<string, (extra: Extra) => Promise<unknown>> = {
  summarizeGoalStream: (extra) => {
    const goal = demoGoal();
    return summarizeGoalStream(goal, { households: [[{ id: "a", size: 2, attributes: {} }]], enrollments: [] }, { ...{ asOf: "2025-12-31", years: [2025] }, ...extra });
  },
  evaluateGoalStream: (extra) => {
    const goal = demoGoal();
    return evaluateGoalStream(goal, { households: [[{ id: "a", size: 2, attributes: {} }]], enrollments: [] }, { ...{ asOf: "2025-12-31" }, ...extra });
  },
};

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Exported functions of src/<module>/*.ts whose signature has a parameter named `options`. */
function functionsWithOptions(): string[] {
  const names = new Set<string>();
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'internal') visit(path);
      } else if (entry.name.endsWith('.ts') && entry.name !== 'index.ts') {
        const text = readFileSync(path, 'utf8');
        for (const match of text.matchAll(/export function (\w+)(?:<[^(]*>)?\(([^)]*(?:\([^)]*\)[^)]*)*)\)/g)) {
          if (/(^|[,(\s])options\??\s*[:=,)]/.test(match[2] ?? '')) names.add(match[1] as string);
        }
      }
    }
  };
  for (const entry of readdirSync(join(root, 'src'), { withFileTypes: true })) {
    if (entry.isDirectory() && entry.name !== 'internal') visit(join(root, 'src', entry.name));
  }
  return [...names].sort();
}

describe('options: unknown keys are rejected by every export (issue 12)', () => {
  it('has a call for every exported function that takes options', () => {
    const found = functionsWithOptions();
    expect(found.length).toBeGreaterThan(100);
    const missing = found.filter((name) => typeof (library as Record<string, unknown>)[name] === 'function' && !(name in CALLS) && !(name in ASYNC_CALLS));
    expect(missing, 'add a row to CALLS for each').toEqual([]);
  });

  it.each(Object.keys(CALLS))('%s accepts its documented options', (name) => {
    expect(() => (CALLS[name] as (extra: Extra) => unknown)({})).not.toThrow();
  });

  it.each(Object.keys(CALLS))('%s rejects an unknown option with unknown_key', (name) => {
    const error = caught(() => (CALLS[name] as (extra: Extra) => unknown)({ notAnOption: 1 }));
    expect(error.code).toBe('unknown_key');
    expect(error.path).toMatch(/(^|\.)notAnOption$/);
    expect(error.message).toMatch(new RegExp(`^${name}: .*"notAnOption"`));
  });

  it.each(Object.keys(ASYNC_CALLS))('%s (a promise) accepts its documented options and rejects an unknown one with unknown_key', async (name) => {
    const call = ASYNC_CALLS[name] as (extra: Extra) => Promise<unknown>;
    await expect(call({})).resolves.toBeDefined();
    await expect(call({ notAnOption: 1 })).rejects.toMatchObject({ code: 'unknown_key', path: 'options.notAnOption', message: expect.stringMatching(new RegExp(`^${name}: .*"notAnOption"`)) });
  });

  it('names the option meant when the key is a near miss (the issue: coverage with weight for weights)', () => {
    const error = caught(() => coverage([[0, 0]], [[0, 0]], { radiusKm: 1, weight: [1] } as never));
    expect([error.code, error.path, error.hint]).toEqual(['unknown_key', 'options.weight', 'did you mean "weights"?']);
  });
});
