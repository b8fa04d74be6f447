import { describe, fail } from '../internal/errors.ts';
import { optionsObject } from '../internal/validate.ts';
import type { VegaLiteSpec } from './charts/VegaLiteSpec.ts';
import { disparityDotPlotSpec } from './charts/disparityDotPlotSpec.ts';
import { indicatorTrendSpec } from './charts/indicatorTrendSpec.ts';
import { type ChartModel, scorecardChartModels } from './internal/chartModels.ts';
import { isFractionUnit } from './internal/format.ts';
import type { IndicatorScore, Scorecard } from './Scorecard.ts';

/** Axes and tooltips print a share as a percent with one decimal (docs/conventions.md §1), other units as numbers. */
function chartFormat(indicator: IndicatorScore): { format?: string } {
  return isFractionUnit(indicator.unit) ? { format: '.1%' } : {};
}

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

function specOf(model: ChartModel): VegaLiteSpec {
  const unit = model.indicator.unit;
  if (model.kind === 'trend') {
    return indicatorTrendSpec({
      title: model.title,
      unit,
      series: model.series,
      ...(model.target === undefined ? {} : { target: model.target }),
      ...(model.band === undefined ? {} : { band: model.band }),
    }, chartFormat(model.indicator));
  }
  return disparityDotPlotSpec({ title: model.title, unit, groups: model.groups, reference: model.reference, band: model.band }, chartFormat(model.indicator));
}

/**
 * The Vega-Lite charts of a scorecard: for every indicator, its trend (overall, and the groups of its first
 * dimension with few enough groups, with the target and the parity band around the reference), and for every
 * dimension of an indicator with a parity band, a dot plot of the latest year's groups against the band. Withheld
 * values are left out of the charts and listed in their captions. A share's axes and tooltips read as percents
 * (`30.0%`), the one form the Markdown renderer prints too.
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
  optionsObject(options, ['maxTrendGroups'], fn);
  const maxGroups = options.maxTrendGroups ?? 6;
  if (!Number.isInteger(maxGroups) || maxGroups < 1) {
    fail('out_of_range', 'options.maxTrendGroups', `${fn}: options.maxTrendGroups is ${describe(maxGroups)}; use a whole number ≥ 1.`);
  }
  return scorecardChartModels(scorecard, maxGroups).map((model) => ({ id: model.id, indicator: model.indicator.id, kind: model.kind, title: model.title, spec: specOf(model) }));
}
