/**
 * Trends — whether it is getting better. Year-over-year change, CAGR, OLS, Theil–Sen, Mann–Kendall (original, autocorrelation-corrected, exact, seasonal, regional), annual percent change, joinpoint regression and AAPC, progress toward a target, gap closing and fiscal years.
 *
 * Import it alone with `import { … } from "equity-lens/trends"`, or from the package root.
 *
 * @module trends
 */

export { yearOverYear } from './yearOverYear.ts';
export type { YearOverYearOptions, YearOverYearRow } from './yearOverYear.ts';
export { cagr } from './cagr.ts';
export type { CagrOptions } from './cagr.ts';
export { linearTrend } from './linearTrend.ts';
export type { LinearTrendOptions, LinearTrendResult } from './linearTrend.ts';
export { theilSen } from './theilSen.ts';
export type { TheilSenOptions, TheilSenResult } from './theilSen.ts';
export { mannKendall } from './mannKendall.ts';
export type {
  MannKendallOptions,
  MannKendallPValueMethod,
  MannKendallResult,
  MannKendallTrend,
  MannKendallVariant,
} from './mannKendall.ts';
export { seasonalMannKendall } from './seasonalMannKendall.ts';
export type {
  SeasonalMannKendallOptions,
  SeasonalMannKendallResult,
  SeasonalObservation,
  SeasonScore,
} from './seasonalMannKendall.ts';
export { regionalMannKendall } from './regionalMannKendall.ts';
export type { RegionalMannKendallOptions, RegionalMannKendallResult, SiteScore } from './regionalMannKendall.ts';
export { annualPercentChange } from './annualPercentChange.ts';
export type { AnnualPercentChangeOptions, AnnualPercentChangeResult } from './annualPercentChange.ts';
export { joinpoint } from './joinpoint.ts';
export type {
  JoinpointCandidate,
  JoinpointOptions,
  JoinpointPermutationTest,
  JoinpointResult,
  JoinpointSegment,
  JoinpointSelection,
} from './joinpoint.ts';
export { aapc } from './aapc.ts';
export type { AapcOptions, AapcResult } from './aapc.ts';
export { forecastToYear } from './forecastToYear.ts';
export type { ForecastMethod, ForecastToYearOptions, ForecastToYearResult } from './forecastToYear.ts';
export { holtForecast } from './holtForecast.ts';
export type { HoltForecastOptions, HoltForecastResult, HoltInitialTrend } from './holtForecast.ts';
export { progressToTarget } from './progressToTarget.ts';
export type {
  ExpectedPathProgress,
  HealthyPeopleProgress,
  HealthyPeopleStatus,
  OpenSdgProgress,
  OpenSdgStatus,
  PathStatus,
  ProgressMethod,
  ProgressStatus,
  ProgressTarget,
  ProgressToTargetOptions,
  ProgressToTargetResult,
  ProgressWithoutTargetOptions,
  ProgressWithoutTargetResult,
  ProjectionProgress,
  TrendDirection,
} from './progressToTarget.ts';
export { gapTrend } from './gapTrend.ts';
export type { AbsoluteGapTrend, GapTrendOptions, GapTrendResult, RelativeGapTrend } from './gapTrend.ts';
export { rbaBaseline } from './rbaBaseline.ts';
export type { BaselineMethod, RbaBaselineOptions, RbaBaselineResult } from './rbaBaseline.ts';
export { turnedTheCurve } from './turnedTheCurve.ts';
export type { CurveComparison, TurnedTheCurveOptions, TurnedTheCurveResult } from './turnedTheCurve.ts';
export { fiscalYear } from './fiscalYear.ts';
export type { FiscalYearOptions } from './fiscalYear.ts';
export { seriesByYear } from './seriesByYear.ts';
export type { SeriesByYearOptions } from './seriesByYear.ts';
export type { FiscalYearLabel } from '../internal/calendar.ts';
