import { describe, fail } from '../internal/errors.ts';
import type { VegaLiteSpec } from './charts/VegaLiteSpec.ts';
import { disparityDotPlotSpec } from './charts/disparityDotPlotSpec.ts';
import { indicatorTrendSpec } from './charts/indicatorTrendSpec.ts';
import type { IndicatorTrendPoint } from './charts/indicatorTrendSpec.ts';
import type { IndicatorScore, Scorecard, ScorecardDimension } from './Scorecard.ts';

/**
 * One chart of a scorecard.
 *
 * @category Monitor
 */
export interface ScorecardChart {
  /** A stable id, e.g. `"penetration-parity/trend"` or `"penetration-parity/householdSize"`. */
  readonly id: string;
  /** The indicator charted. */
  readonly indicator: string;
  /** `trend`: the indicator over the years; `disparity`: groups against the parity band in the latest year. */
  readonly kind: 'trend' | 'disparity';
  /** Chart title. */
  readonly title: string;
  /** The Vega-Lite v5 specification (plain JSON). */
  readonly spec: VegaLiteSpec;
}

/**
 * Options of {@link scorecardChartSpecs}.
 *
 * @category Monitor
 */
export interface ScorecardChartSpecsOptions {
  /** Most groups drawn as separate lines in a trend chart (default 6); a dimension with more is left out of it. */
  maxTrendGroups?: number;
}

/** The parity band around a reference value: both tolerances must hold, so the band is their intersection. */
function bandAround(value: number, band: NonNullable<IndicatorScore['parityBand']>): { lower: number; upper: number } {
  let lower = Number.NEGATIVE_INFINITY;
  let upper = Number.POSITIVE_INFINITY;
  if (band.relative !== undefined) {
    lower = Math.max(lower, value - band.relative * Math.abs(value));
    upper = Math.min(upper, value + band.relative * Math.abs(value));
  }
  if (band.absolute !== undefined) {
    lower = Math.max(lower, value - band.absolute);
    upper = Math.min(upper, value + band.absolute);
  }
  return { lower, upper };
}

function trendChart(indicator: IndicatorScore, maxGroups: number): ScorecardChart {
  const series: IndicatorTrendPoint[] = indicator.overall.map((cell) => ({
    group: 'Overall',
    year: cell.year,
    value: cell.value,
    lower: cell.lower,
    upper: cell.upper,
    suppressed: cell.suppressed,
  }));
  const dimension: ScorecardDimension | undefined = indicator.dimensions.find((d) => d.groups.length > 1 && d.groups.length <= maxGroups);
  if (dimension !== undefined) {
    for (const entry of dimension.years) {
      for (const cell of entry.groups) {
        series.push({ group: cell.group, year: entry.year, value: cell.value, suppressed: cell.suppressed });
      }
    }
  }
  const band =
    indicator.parityBand === null || dimension === undefined
      ? undefined
      : dimension.years.flatMap((entry) => (entry.reference === null ? [] : [{ year: entry.year, ...bandAround(entry.reference.value, indicator.parityBand as NonNullable<IndicatorScore['parityBand']>) }]));
  const title = dimension === undefined ? indicator.name : `${indicator.name}, by ${dimension.label.toLowerCase()}`;
  const spec = indicatorTrendSpec({
    title,
    unit: indicator.unit,
    series,
    ...(indicator.progress === null ? {} : { target: indicator.progress.target }),
    ...(band === undefined || band.length === 0 ? {} : { band }),
  });
  return { id: `${indicator.id}/trend`, indicator: indicator.id, kind: 'trend', title, spec };
}

function disparityCharts(indicator: IndicatorScore): ScorecardChart[] {
  const parityBand = indicator.parityBand;
  if (parityBand === null) return [];
  const charts: ScorecardChart[] = [];
  for (const dimension of indicator.dimensions) {
    const latest = dimension.years[dimension.years.length - 1];
    if (latest === undefined || latest.reference === null || latest.groups.length < 2) continue;
    const title = `${indicator.name}: ${dimension.label}, ${latest.year}`;
    const spec = disparityDotPlotSpec({
      title,
      unit: indicator.unit,
      groups: latest.groups.map((cell) => ({
        group: cell.group,
        value: cell.value,
        lower: cell.lower,
        upper: cell.upper,
        withinParityBand: cell.comparison?.withinParityBand ?? null,
        suppressed: cell.suppressed,
      })),
      reference: { group: latest.reference.group, value: latest.reference.value },
      band: bandAround(latest.reference.value, parityBand),
    });
    charts.push({ id: `${indicator.id}/${dimension.id}`, indicator: indicator.id, kind: 'disparity', title, spec });
  }
  return charts;
}

/**
 * The Vega-Lite charts of a scorecard: for every indicator, its trend (overall, and the groups of its first
 * dimension with few enough groups, with the target and the parity band around the reference), and for every
 * dimension of an indicator with a parity band, a dot plot of the latest year's groups against the band. Withheld
 * values are left out of the charts and listed in their captions.
 *
 * @param scorecard - A scorecard from `evaluateGoal`.
 * @param options - `maxTrendGroups` (default 6).
 * @returns The charts, in indicator order.
 * @throws {EquityLensError} when `scorecard` is not a scorecard or `maxTrendGroups` is not a whole number ≥ 1.
 * @category Monitor
 * @example
 * ```ts
 * import { evaluateGoal } from "./evaluateGoal.ts";
 * import { scorecardChartSpecs } from "./scorecardChartSpecs.ts";
 *
 * const goal = {
 *   id: "demo", version: 1, title: "Demo", department: "PRNS", owner: "Analyst", objective: "Equal enrolment",
 *   program: { id: "youth", name: "Youth programs", department: "PRNS" },
 *   populationOfFocus: { description: "All households" }, reviewCadence: "annual", suppression: { minimumCellSize: 1 },
 *   indicators: [{ id: "share", name: "Share enrolled", rbaKind: "howWell", recordSet: "householdYears",
 *     measure: { kind: "share", numerator: { field: "enrolled", op: "eq", value: true } },
 *     unit: "proportion", direction: "higherIsBetter", parityBand: { relative: 0.1 }, referenceGroup: "overall",
 *     disaggregations: [{ id: "district", field: "attributes.district" }],
 *     dataSource: { name: "Registrations", steward: "PRNS" } }],
 * };
 * const households = ["a", "b", "c", "d"].map((id, i) => ({ id, size: 1, attributes: { district: i < 2 ? "1" : "2" } }));
 * const enrollments = ["a", "c", "d"].map((householdId) => ({ householdId, programId: "youth", programYear: 2025 }));
 * const charts = scorecardChartSpecs(evaluateGoal(goal, { households, enrollments }, { asOf: "2025-12-31" }));
 * charts.map((c) => c.id); // => ["share/trend", "share/district"]
 * charts[0]?.spec.$schema; // => "https://vega.github.io/schema/vega-lite/v5.json"
 * ```
 */
export function scorecardChartSpecs(scorecard: Scorecard, options: ScorecardChartSpecsOptions = {}): ScorecardChart[] {
  const fn = 'scorecardChartSpecs';
  const candidate: unknown = scorecard;
  if (candidate === null || typeof candidate !== 'object' || !Array.isArray((candidate as { indicators?: unknown }).indicators)) {
    fail('invalid_type', 'scorecard', `${fn}: scorecard is ${describe(scorecard)}; pass the result of evaluateGoal.`);
  }
  const maxGroups = options.maxTrendGroups ?? 6;
  if (!Number.isInteger(maxGroups) || maxGroups < 1) {
    fail('out_of_range', 'options.maxTrendGroups', `${fn}: options.maxTrendGroups is ${describe(maxGroups)}; use a whole number ≥ 1.`);
  }
  return scorecard.indicators.flatMap((indicator) => [trendChart(indicator, maxGroups), ...disparityCharts(indicator)]);
}
