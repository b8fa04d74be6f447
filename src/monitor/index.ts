/**
 * Monitor — the framework's **monitor** step. `evaluateGoal` turns a goal and a city's records into a publishable scorecard (or, for cities too big for one process, `summarizeGoal` per partition → `mergeGoalPartials` → `scoreGoalPartial`); renderers produce Markdown and Vega-Lite charts.
 *
 * Import it alone with `import { … } from "equity-lens/monitor"`, or from the package root.
 *
 * @module monitor
 */

export { evaluateGoal } from './evaluateGoal.ts';
export type { EvaluateGoalOptions, GoalData, GoalEligibilityInput } from './evaluateGoal.ts';
export { summarizeGoal } from './summarizeGoal.ts';
export type { SummarizeGoalOptions } from './summarizeGoal.ts';
export { createGoalSummarizer } from './createGoalSummarizer.ts';
export type { CreateGoalSummarizerOptions, GoalSummarizer, GoalSummarizerData, HouseholdBatch } from './createGoalSummarizer.ts';
export type { ArrowRecordBatchLike, ArrowVectorLike, DictionaryColumn, HouseholdColumn, HouseholdColumnNames, HouseholdColumns } from './HouseholdColumns.ts';
export { summarizeGoalStream } from './summarizeGoalStream.ts';
export type { GoalStreamData } from './summarizeGoalStream.ts';
export { evaluateGoalStream } from './evaluateGoalStream.ts';
export type { EvaluateGoalStreamOptions } from './evaluateGoalStream.ts';
export { mergeGoalPartials } from './mergeGoalPartials.ts';
export { scoreGoalPartial } from './scoreGoalPartial.ts';
export type {
  GoalPartial,
  GoalPartialCell,
  GoalPartialDimension,
  GoalPartialHistogram,
  GoalPartialIndicator,
  GoalPartialNumber,
  GoalPartialPartition,
} from './GoalPartial.ts';
export { renderScorecard } from './renderScorecard.ts';
export type { RenderScorecardFigure, RenderScorecardOptions } from './renderScorecard.ts';
export { scorecardChartSpecs } from './scorecardChartSpecs.ts';
export type { ScorecardChart, ScorecardChartSpecsOptions } from './scorecardChartSpecs.ts';
export type {
  IndicatorScore,
  Scorecard,
  ScorecardCell,
  ScorecardComparison,
  ScorecardDimension,
  ScorecardDimensionYear,
  ScorecardBaseline,
  ScorecardProgress,
  ScorecardProvenance,
  ScorecardStatus,
  ScorecardTrend,
} from './Scorecard.ts';
export { VEGA_LITE_V5_SCHEMA } from './charts/VegaLiteSpec.ts';
export type { ChartOptions } from './charts/internal/common.ts';
export type { VegaLiteJson, VegaLiteSpec } from './charts/VegaLiteSpec.ts';
export { indicatorTrendSpec } from './charts/indicatorTrendSpec.ts';
export type { IndicatorTrendInput, IndicatorTrendPoint, IndicatorTrendSpecOptions } from './charts/indicatorTrendSpec.ts';
export { disparityDotPlotSpec } from './charts/disparityDotPlotSpec.ts';
export type { DisparityDot, DisparityDotPlotInput, DisparityDotPlotSpecOptions } from './charts/disparityDotPlotSpec.ts';
export { accessMapSpec } from './charts/accessMapSpec.ts';
export type { AccessMapInput, AccessMapSpecOptions } from './charts/accessMapSpec.ts';
