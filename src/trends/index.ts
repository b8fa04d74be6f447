/**
 * Trends — whether it is getting better. Year-over-year change, CAGR, OLS, Theil–Sen, Mann–Kendall, annual percent change, progress toward a target, gap closing and fiscal years.
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
export type { MannKendallOptions, MannKendallResult, MannKendallTrend } from './mannKendall.ts';
export { seasonalMannKendall } from './seasonalMannKendall.ts';
export type {
  SeasonalMannKendallOptions,
  SeasonalMannKendallResult,
  SeasonalObservation,
  SeasonScore,
} from './seasonalMannKendall.ts';
