/**
 * From raw cells to an indicator's published score: suppression per dimension and year, the overall series,
 * trend, progress and status. Shared by the record path and the summary path of `evaluateGoal`.
 *
 * @internal
 * @module
 */
import type { DisclosurePolicy } from '../../disclosure/defineDisclosurePolicy.ts';
import type { Indicator } from '../../goals/IndicatorSchema.ts';
import type { ReferenceGroup } from '../../goals/ReferenceGroupSchema.ts';
import type { IndicatorScore, Scorecard, ScorecardCell, ScorecardDimension, ScorecardDimensionYear } from '../Scorecard.ts';
import { assessProgress, assessTrend, indicatorStatus } from './assess.ts';
import { type DimensionSuppression, type RawCell, publishCell, publishDimensionYear, suppressDimension } from './cells.ts';

/** One dimension of an indicator, as raw cells per reported year. */
export interface DimensionSource {
  readonly id: string;
  readonly label: string;
  readonly ordered: boolean;
  readonly reference: ReferenceGroup;
  /** Group names in display order. */
  readonly labels: readonly string[];
  /** Raw cells of the groups (in `labels` order) for the `k`-th reported year. */
  cells(k: number): RawCell[];
}

/** Whether a raw cell's tested counts fall under primary suppression. */
export function isSmall(raw: RawCell, policy: DisclosurePolicy): boolean {
  const small = (count: number): boolean => (count === 0 ? !policy.allowZero : count >= policy.threshold.min && count <= policy.threshold.max);
  return (policy.appliesTo !== 'denominator' && small(raw.eventsForDisclosure)) || (policy.appliesTo !== 'numerator' && small(raw.recordsForDisclosure));
}

/** Scores one indicator; withheld entries are appended to `withheld`. */
export function scoreIndicator(
  indicator: Indicator,
  policy: DisclosurePolicy,
  years: readonly number[],
  overallFor: (k: number) => RawCell,
  sources: readonly DimensionSource[],
  withheld: Scorecard['withheld'][number][],
  warnings: string[],
): IndicatorScore {
  const overallRaw = years.map((_, k) => overallFor(k));
  // The overall value is withheld when it is small itself, or when a dimension's table needs its total withheld
  // to protect a group. That must be known before any group is compared with it, so suppression runs first.
  const overallWithheld = overallRaw.map((raw) => isSmall(raw, policy));
  // Raw cells and their suppression are computed once per dimension and year, before any comparison.
  const cellsOf = sources.map((source) => years.map((_, k) => source.cells(k)));
  const suppressionOf = cellsOf.map((perYear) => perYear.map((cells) => suppressDimension(cells, policy)));
  const totalWithheld = new Set<number>();
  for (const perYear of suppressionOf) perYear.forEach((suppression, k) => suppression.totalWithheld && totalWithheld.add(k));
  const dimensions: ScorecardDimension[] = sources.map((source, d) => {
    if (source.labels.length === 1) warnings.push(`${indicator.id}: dimension "${source.label}" has a single group ("${source.labels[0]}"); there is nothing to compare.`);
    const entries: ScorecardDimensionYear[] = years.map((year, k) => {
      const overall = overallWithheld[k] === true || totalWithheld.has(k) ? null : (overallRaw[k] as RawCell);
      const cells = (cellsOf[d] as RawCell[][])[k] as RawCell[];
      const suppression = (suppressionOf[d] as DimensionSuppression[])[k] as DimensionSuppression;
      const published = publishDimensionYear(indicator, year, cells, overall, source.reference, policy, suppression);
      for (const entry of published.withheld) withheld.push({ indicator: indicator.id, dimension: source.id, year, group: entry.group, reason: entry.reason });
      return published.entry;
    });
    return { id: source.id, label: source.label, ordered: source.ordered, groups: [...source.labels], years: entries };
  });
  // Only an intersection's id holds " × " (dimension ids are identifiers).
  if (withheld.some((w) => w.indicator === indicator.id && w.dimension.includes(' × '))) {
    warnings.push(
      `${indicator.id}: intersection cells were withheld; each table is protected against its own total, but a reader who combines an intersection with its one-way margins may narrow or recover a withheld value — publish intersections without their margins, or review them with suppressTable.`,
    );
  }
  const overall = years.map((year, k) => {
    const raw = overallRaw[k] as RawCell;
    const reason = overallWithheld[k] === true ? 'primary' : totalWithheld.has(k) ? 'complementary' : null;
    if (reason !== null) withheld.push({ indicator: indicator.id, dimension: 'overall', year, group: 'Overall', reason });
    const cell: ScorecardCell = publishCell(raw, reason, policy);
    return { ...cell, year };
  });
  const series = overall.filter((cell) => cell.value !== null).map((cell) => ({ year: cell.year, value: cell.value as number }));
  const trend = assessTrend(indicator, series);
  const progress = assessProgress(indicator, overall, warnings);
  const latestYear = years[years.length - 1];
  // `years` is never empty (options.years is checked), so every dimension has a latest year.
  const latestOf = (dimension: ScorecardDimension): ScorecardDimensionYear => dimension.years[dimension.years.length - 1] as ScorecardDimensionYear;
  const latestOutside = dimensions.flatMap((dimension) => latestOf(dimension).outsideBand.map((group) => `${group} (${dimension.label})`));
  // A group counts as assessed when it was compared with a reference other than itself (read only when the
  // indicator has a parity band, which is never empty, so every comparison then says whether it is within).
  const anyCompared = dimensions.some((dimension) => latestOf(dimension).groups.some((cell) => cell.comparison !== null && cell.comparison.reference !== cell.group));
  const parity = {
    outside: latestOutside,
    anyCompared,
    unassessed: dimensions.length === 0 ? 'no dimension of the indicator could be evaluated (see the warnings)' : 'no published group could be compared with a reference (withheld, undefined or a single group)',
  };
  const { status, reasons } = indicatorStatus(indicator, trend, progress, parity, latestYear);
  return {
    id: indicator.id,
    name: indicator.name,
    unit: indicator.unit,
    direction: indicator.direction,
    rbaKind: indicator.rbaKind,
    measure: indicator.measure.kind,
    recordSet: indicator.recordSet,
    overall,
    dimensions,
    parityBand: indicator.parityBand ?? null,
    trend,
    progress,
    status,
    statusReasons: reasons,
    warnings,
  };
}
