/**
 * What each chart of a scorecard shows, independent of how it is drawn: the Vega-Lite builders
 * (`scorecardChartSpecs`) and the HTML report's inline SVG both draw from these models, so the two agree on which
 * charts exist, which groups they hold and where the parity band lies.
 *
 * @internal
 * @module
 */
import type { IndicatorTrendPoint } from '../charts/indicatorTrendSpec.ts';
import type { IndicatorScore, Scorecard, ScorecardDimension } from '../Scorecard.ts';

/** A band of values: both tolerances of a parity band must hold, so it is their intersection. */
export interface ValueBand {
  readonly lower: number;
  readonly upper: number;
}

/** An indicator over the years: overall and the groups of one dimension. */
export interface TrendChartModel {
  readonly kind: 'trend';
  readonly id: string;
  readonly indicator: IndicatorScore;
  readonly title: string;
  readonly series: readonly IndicatorTrendPoint[];
  readonly target: { readonly year: number; readonly value: number } | undefined;
  readonly band: readonly (ValueBand & { readonly year: number })[] | undefined;
}

/** One dot per group in the latest year, against the reference and its parity band. */
export interface DisparityChartModel {
  readonly kind: 'disparity';
  readonly id: string;
  readonly indicator: IndicatorScore;
  readonly dimension: ScorecardDimension;
  readonly year: number;
  readonly title: string;
  readonly groups: readonly {
    readonly group: string;
    readonly value: number | null;
    readonly lower: number | null;
    readonly upper: number | null;
    readonly withinParityBand: boolean | null;
    readonly suppressed: boolean;
  }[];
  readonly reference: { readonly group: string; readonly value: number };
  readonly band: ValueBand;
}

export type ChartModel = TrendChartModel | DisparityChartModel;

/** The parity band around a reference value: both tolerances must hold, so the band is their intersection. */
export function bandAround(value: number, band: NonNullable<IndicatorScore['parityBand']>): ValueBand {
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

function trendModel(indicator: IndicatorScore, maxGroups: number): TrendChartModel {
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
      for (const cell of entry.groups) series.push({ group: cell.group, year: entry.year, value: cell.value, suppressed: cell.suppressed });
    }
  }
  const parityBand = indicator.parityBand;
  const band =
    parityBand === null || dimension === undefined
      ? []
      : dimension.years.flatMap((entry) => (entry.reference === null ? [] : [{ year: entry.year, ...bandAround(entry.reference.value, parityBand) }]));
  return {
    kind: 'trend',
    id: `${indicator.id}/trend`,
    indicator,
    title: dimension === undefined ? indicator.name : `${indicator.name}, by ${dimension.label.toLowerCase()}`,
    series,
    target: indicator.progress === null ? undefined : indicator.progress.target,
    band: band.length === 0 ? undefined : band,
  };
}

function disparityModels(indicator: IndicatorScore): DisparityChartModel[] {
  const parityBand = indicator.parityBand;
  if (parityBand === null) return [];
  const models: DisparityChartModel[] = [];
  for (const dimension of indicator.dimensions) {
    const latest = dimension.years[dimension.years.length - 1];
    if (latest === undefined || latest.reference === null || latest.groups.length < 2) continue;
    models.push({
      kind: 'disparity',
      id: `${indicator.id}/${dimension.id}`,
      indicator,
      dimension,
      year: latest.year,
      title: `${indicator.name}: ${dimension.label}, ${latest.year}`,
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
  }
  return models;
}

/**
 * The charts of a scorecard, in indicator order: per indicator its trend (overall, plus the groups of its first
 * dimension with 2…`maxTrendGroups` groups), then one dot plot per dimension of an indicator with a parity band.
 */
export function scorecardChartModels(scorecard: Scorecard, maxTrendGroups: number): ChartModel[] {
  return scorecard.indicators.flatMap((indicator) => [trendModel(indicator, maxTrendGroups), ...disparityModels(indicator)]);
}
