/**
 * Disparity — how unequal it is. Group comparisons against a reference group with parity bands and the four-fifths rule, risk, rate and odds ratios, age-adjusted rates and their ratios, dissimilarity, Gini, Theil, Atkinson, concentration index and equity-indicator scores.
 *
 * Import it alone with `import { … } from "equity-lens/disparity"`, or from the package root.
 *
 * @module disparity
 */

export { gini } from './gini.ts';
export type { GiniOptions } from './gini.ts';
export { theilT } from './theilT.ts';
export type { TheilOptions } from './theilT.ts';
export { theilL } from './theilL.ts';
export { theilDecomposition } from './theilDecomposition.ts';
export type { TheilDecompositionOptions, TheilDecompositionResult, TheilDecompositionGroup } from './theilDecomposition.ts';
export { generalizedEntropy } from './generalizedEntropy.ts';
export type { GeneralizedEntropyOptions } from './generalizedEntropy.ts';
export { atkinson } from './atkinson.ts';
export type { AtkinsonOptions } from './atkinson.ts';
export { palmaRatio } from './palmaRatio.ts';
export type { PalmaRatioOptions, PalmaRatioResult } from './palmaRatio.ts';
export { concentrationIndex } from './concentrationIndex.ts';
export type { ConcentrationIndexOptions } from './concentrationIndex.ts';
export { dissimilarityIndex } from './dissimilarityIndex.ts';
export { riskRatio } from './riskRatio.ts';
export type { RiskRatioCounts, RiskRatioOptions, RiskRatioResult } from './riskRatio.ts';
export { rateRatio } from './rateRatio.ts';
export type { RateRatioCounts, RateRatioOptions, RateRatioResult } from './rateRatio.ts';
export { oddsRatio } from './oddsRatio.ts';
export type { OddsRatioOptions, OddsRatioResult } from './oddsRatio.ts';
export { riskDifference } from './riskDifference.ts';
export type { RiskDifferenceOptions, RiskDifferenceResult } from './riskDifference.ts';
export { US_2000_STANDARD_POPULATIONS } from './standardPopulations.ts';
export type { StandardPopulation, StandardPopulationGroup, UsStandardPopulationId } from './standardPopulations.ts';
export { ageAdjustedRate } from './ageAdjustedRate.ts';
export type { AgeAdjustedRate, AgeAdjustedRateOptions } from './ageAdjustedRate.ts';
export { ageAdjustedRateRatio } from './ageAdjustedRateRatio.ts';
export type { AgeAdjustedRateRatio, AgeAdjustedRateRatioOptions, AgeSpecificCounts } from './ageAdjustedRateRatio.ts';
export { compareGroups } from './compareGroups.ts';
export type {
  CompareGroupsOptions,
  CompareGroupsResult,
  CompareGroupsParityBand,
  CompareGroupsTolerance,
  ComparisonReference,
  ComparisonDirection,
  GroupComparison,
  CompareGroupsRow,
  ComparisonReferenceStrategy,
} from './compareGroups.ts';
export { representationRatio } from './representationRatio.ts';
export type { RepresentationRatioGroup, RepresentationRatioResult, RepresentationRatioRow } from './representationRatio.ts';
export type {
  HeatGroup,
  HeatMeasureResult,
  HeatReferenceOptions,
  HeatIntervalOptions,
  HeatSimulationOptions,
  HeatSimulationBounds,
  HeatInterval,
  HeatIntervalMethod,
} from './heatTypes.ts';
export { heatSlopeIndex } from './heatSlopeIndex.ts';
export type { HeatSlopeIndexResult, HeatRankModelOptions } from './heatSlopeIndex.ts';
export { heatRelativeIndex } from './heatRelativeIndex.ts';
export type { HeatRelativeIndexOptions, HeatRelativeIndexResult } from './heatRelativeIndex.ts';
export { heatConcentrationIndex } from './heatConcentrationIndex.ts';
export type { HeatConcentrationIndexOptions } from './heatConcentrationIndex.ts';
export { heatIndexOfDisparity } from './heatIndexOfDisparity.ts';
export type { HeatIndexOfDisparityOptions } from './heatIndexOfDisparity.ts';
export { heatMeanDifferenceFromMean } from './heatMeanDifferenceFromMean.ts';
export type { HeatMeanDifferenceFromMeanOptions } from './heatMeanDifferenceFromMean.ts';
export { heatMeanDifferenceFromBest } from './heatMeanDifferenceFromBest.ts';
export type { HeatMeanDifferenceFromBestOptions } from './heatMeanDifferenceFromBest.ts';
export { heatPopulationAttributableRisk } from './heatPopulationAttributableRisk.ts';
export type { HeatPopulationAttributableOptions } from './heatPopulationAttributableRisk.ts';
export { heatPopulationAttributableFraction } from './heatPopulationAttributableFraction.ts';
export { heatBetweenGroupVariance } from './heatBetweenGroupVariance.ts';
export type { HeatBetweenGroupVarianceOptions } from './heatBetweenGroupVariance.ts';
export { heatTheilIndex } from './heatTheilIndex.ts';
export type { HeatTheilIndexOptions } from './heatTheilIndex.ts';
export { heatMeanLogDeviation } from './heatMeanLogDeviation.ts';
export type { HeatMeanLogDeviationOptions } from './heatMeanLogDeviation.ts';
export { EquityIndicatorScoreTableSchema } from './EquityIndicatorScoreTableSchema.ts';
export type { EquityIndicatorScoreStep, EquityIndicatorScoreTable } from './EquityIndicatorScoreTableSchema.ts';
export { equityIndicatorScore } from './equityIndicatorScore.ts';
export type { EquityIndicatorScoreResult } from './equityIndicatorScore.ts';
export { equityIndicatorPercentageScore } from './equityIndicatorPercentageScore.ts';
export type { EquityIndicatorPercentageScoreOptions } from './equityIndicatorPercentageScore.ts';
export { equityIndicatorRatio } from './equityIndicatorRatio.ts';
export type { EquityIndicatorRatioOptions, EquityIndicatorRatioResult, EquityIndicatorGroupRate } from './equityIndicatorRatio.ts';
export { equityIndicatorRollup } from './equityIndicatorRollup.ts';
export type {
  EquityIndicatorEntry,
  EquityIndicatorFramework,
  EquityIndicatorRollupOptions,
  EquityIndicatorRollupResult,
  EquityIndicatorTheme,
  EquityIndicatorThemeScore,
  EquityIndicatorTopic,
  EquityIndicatorTopicScore,
} from './equityIndicatorRollup.ts';
export { equityIndicatorChange } from './equityIndicatorChange.ts';
export type { EquityIndicatorChangeResult, EquityIndicatorScoreChange } from './equityIndicatorChange.ts';
export { sedtGeographicDisparity } from './sedtGeographicDisparity.ts';
export type {
  SedtArea,
  SedtAreaDisparity,
  SedtGeographicDisparityOptions,
  SedtGeographicDisparityResult,
} from './sedtGeographicDisparity.ts';
export { sedtDemographicDisparity } from './sedtDemographicDisparity.ts';
export type { SedtDemographicDisparityOptions, SedtDemographicDisparityResult, SedtTract } from './sedtDemographicDisparity.ts';
