/**
 * equity-lens turns a city's administrative records into equity answers, following the City of San José's
 * "data analysis for social justice" framework: **define** equity objectives per program, **measure** them with
 * agreed indicators for every group, and **monitor** them year after year.
 *
 * Every calculation is a pure, typed function with no I/O. The root re-exports every module; each module is
 * also importable alone (`equity-lens/reach`, `equity-lens/proximity`, …) for a smaller bundle.
 *
 * @module equity-lens
 */

export { EquityLensError } from './internal/errors.ts';
export { isEquityLensError } from './internal/isEquityLensError.ts';
export type { EquityLensErrorCode, EquityLensErrorOptions, EquityLensIssue } from './internal/errors.ts';
export * from './goals/index.ts';
export * from './eligibility/index.ts';
export * from './reach/index.ts';
export * from './proximity/index.ts';
export * from './disparity/index.ts';
export * from './trends/index.ts';
export * from './monitor/index.ts';
export * from './disclosure/index.ts';
export * from './uncertainty/index.ts';
export * from './synthetic/index.ts';
export * from './tables/index.ts';
