/**
 * From accumulated sums to published cells: values and intervals, small-cell suppression, reliability flags and
 * the comparison with the reference group.
 *
 * @internal
 * @module
 */
import type { DisclosurePolicy } from '../../disclosure/defineDisclosurePolicy.ts';
import { COMPLEMENTARY, PRIMARY, PUBLISHED } from '../../disclosure/internal/complementary.ts';
import { oneWaySuppression } from '../../disclosure/internal/oneWay.ts';
import { assessReliability } from '../../disclosure/internal/reliability.ts';
import { compareGroups } from '../../disparity/compareGroups.ts';
import type { Indicator } from '../../goals/IndicatorSchema.ts';
import type { ReferenceGroup } from '../../goals/ReferenceGroupSchema.ts';
import { compareToReference } from '../../internal/parity.ts';
import { studentTQuantile } from '../../uncertainty/studentTQuantile.ts';
import { wilsonInterval } from '../../uncertainty/wilsonInterval.ts';
import type { ScorecardCell, ScorecardComparison, ScorecardDimensionYear } from '../Scorecard.ts';
import type { GoalPartialCell } from '../GoalPartial.ts';
import { exactValue } from './exactSum.ts';
import { histogramMedian } from './histogram.ts';

/** A cell before publication rules. */
export interface RawCell {
  readonly group: string;
  readonly value: number | null;
  readonly n: number;
  readonly numerator: number | null;
  readonly lower: number | null;
  readonly upper: number | null;
  readonly standardError: number | null;
  readonly reason: string | null;
  /** The counts tested for small cells: events (numerator) and records (denominator). */
  readonly eventsForDisclosure: number;
  readonly recordsForDisclosure: number;
  /** Whether the value is a proportion built from whole counts (shares, share within a radius). */
  readonly proportion: boolean;
}

/**
 * A proportion cell (`successes` of `trials`, times `scale`) with its Wilson interval; `null` with a reason when
 * there are no trials. `events` and `records` are the counts tested for small cells (default: successes, trials).
 */
export function proportionRawCell(
  label: string,
  successes: number,
  trials: number,
  confidence: number,
  scale = 1,
  events: number = successes,
  records: number = trials,
): RawCell {
  const base = { group: label, eventsForDisclosure: events, recordsForDisclosure: records };
  if (trials === 0) {
    return { ...base, value: null, n: 0, numerator: successes, lower: null, upper: null, standardError: null, reason: 'no records in the denominator', proportion: scale === 1 };
  }
  const p = successes / trials;
  const interval = successes <= trials ? wilsonInterval(successes, trials, { confidence }) : null;
  return {
    ...base,
    value: p * scale,
    n: trials,
    numerator: successes,
    lower: interval === null || interval.lower === null ? null : interval.lower * scale,
    upper: interval === null || interval.upper === null ? null : interval.upper * scale,
    standardError: successes <= trials ? Math.sqrt((p * (1 - p)) / trials) * scale : null,
    reason: null,
    proportion: scale === 1 && successes <= trials,
  };
}

/** A count cell: the count is its own numerator and n. */
export function countRawCell(label: string, value: number): RawCell {
  return { group: label, eventsForDisclosure: value, recordsForDisclosure: value, value, n: value, numerator: value, lower: null, upper: null, standardError: null, reason: null, proportion: false };
}

/** The raw cell of one group and year, from its partial state (`null`: nothing was counted). */
export function rawCell(indicator: Indicator, cell: GoalPartialCell | null, label: string): RawCell {
  const measure = indicator.measure;
  const confidence = indicator.confidence;
  const num = cell === null ? 0 : exactValue(cell.num);
  const den = cell === null ? 0 : exactValue(cell.den);
  const events = cell?.events ?? 0;
  const records = cell?.records ?? 0;
  const sum = cell?.sum === undefined ? 0 : exactValue(cell.sum);
  const sumSquares = cell?.sumSquares === undefined ? 0 : exactValue(cell.sumSquares);
  const base = { group: label, eventsForDisclosure: events, recordsForDisclosure: records };
  const proportionCell = (successes: number, trials: number, scale: number): RawCell =>
    proportionRawCell(label, successes, trials, confidence, scale, events, records);
  // An average has no numerator: small-cell rules test the number of records it rests on, whatever appliesTo says.
  const averageBase = { group: label, eventsForDisclosure: records, recordsForDisclosure: records };
  const averageCell = (kind: 'mean' | 'median'): RawCell => {
    if (records === 0) {
      return { ...averageBase, value: null, n: 0, numerator: null, lower: null, upper: null, standardError: null, reason: 'no records with a value', proportion: false };
    }
    const mean = sum / records;
    const variance = records > 1 ? Math.max(0, (sumSquares - records * mean * mean) / (records - 1)) : null;
    const se = variance === null ? null : Math.sqrt(variance / records);
    if (kind === 'median') {
      const histogram = cell?.histogram;
      return { ...averageBase, value: histogram === undefined ? null : histogramMedian(histogram), n: records, numerator: null, lower: null, upper: null, standardError: null, reason: null, proportion: false };
    }
    const t = se === null ? null : studentTQuantile(1 - (1 - confidence) / 2, records - 1);
    return {
      ...averageBase,
      value: mean,
      n: records,
      numerator: null,
      lower: se === null || t === null ? null : mean - t * se,
      upper: se === null || t === null ? null : mean + t * se,
      standardError: se,
      reason: null,
      proportion: false,
    };
  };
  switch (measure.kind) {
    case 'count': {
      return countRawCell(label, measure.distinct !== undefined ? (cell?.distinct?.length ?? 0) : num);
    }
    case 'share':
      return proportionCell(num, den, 1);
    case 'rate':
      return proportionCell(num, den, measure.per ?? 1);
    case 'mean':
    case 'median':
      return averageCell(measure.kind);
    case 'ratio':
      if (den === 0) {
        return { ...base, value: null, n: records, numerator: events, lower: null, upper: null, standardError: null, reason: 'the denominator is 0', proportion: false };
      }
      return { ...base, value: num / den, n: records, numerator: events, lower: null, upper: null, standardError: null, reason: null, proportion: false };
    case 'distance':
      if (measure.statistic === 'shareWithin') return proportionCell(num, den, 1);
      return averageCell(measure.statistic);
  }
}

/** A reference strategy in the form compareGroups takes. */
function strategyOf(reference: ReferenceGroup): 'best' | 'worst' | 'largest' | 'overall' | { group: string } {
  return typeof reference === 'string' ? reference : { group: reference.group };
}

/** Which groups of one dimension and year are withheld, and whether their total must be withheld too. */
export interface DimensionSuppression {
  readonly suppressed: readonly ('primary' | 'complementary' | null)[];
  readonly totalWithheld: boolean;
}

/**
 * Primary and complementary suppression of one dimension's groups in one year, on the numerator and denominator
 * counts as the policy says, each as a one-way table against its total. A group is withheld when either of its
 * counts is; `primary` wins over `complementary`.
 */
export function suppressDimension(cells: readonly RawCell[], policy: DisclosurePolicy): DimensionSuppression {
  const suppressed = new Array<'primary' | 'complementary' | null>(cells.length).fill(null);
  let totalWithheld = false;
  const mark = (counts: number[]): void => {
    const k = counts.length;
    const values = new Float64Array(k + 1);
    let total = 0;
    for (let i = 0; i < k; i++) {
      const c = Math.round(counts[i] as number);
      values[i] = c;
      total += c;
    }
    values[k] = total;
    const { state } = oneWaySuppression(values, true, policy);
    for (let i = 0; i < k; i++) {
      if (state[i] === PRIMARY) suppressed[i] = 'primary';
      else if (state[i] === COMPLEMENTARY && suppressed[i] === null) suppressed[i] = 'complementary';
    }
    if (state[k] !== PUBLISHED) totalWithheld = true;
  };
  if (cells.length > 0) {
    if (policy.appliesTo !== 'denominator') mark(cells.map((c) => c.eventsForDisclosure));
    if (policy.appliesTo !== 'numerator') mark(cells.map((c) => c.recordsForDisclosure));
  }
  return { suppressed, totalWithheld };
}

/** Output of {@link publishDimensionYear}. */
export interface PublishedDimensionYear {
  readonly entry: ScorecardDimensionYear;
  readonly withheld: { readonly group: string; readonly reason: 'primary' | 'complementary' }[];
}

/**
 * Applies the publication rules to one dimension's groups in one year: primary and complementary suppression
 * of the numerator and denominator counts (as the policy says) against the overall total, reliability flags, and
 * the comparison with the reference group among the published groups. `overall` is `null` when the overall value
 * is withheld: then no group is compared with it.
 */
export function publishDimensionYear(
  indicator: Indicator,
  year: number,
  cells: readonly RawCell[],
  overall: RawCell | null,
  reference: ReferenceGroup,
  policy: DisclosurePolicy,
  suppression: DimensionSuppression = suppressDimension(cells, policy),
): PublishedDimensionYear {
  const { suppressed } = suppression;
  const k = cells.length;
  const notes: string[] = [];
  const published = cells.map((cell, i): ScorecardCell => publishCell(cell, suppressed[i] ?? null, policy));
  const band = indicator.parityBand ?? {};
  const hasBand = indicator.parityBand !== undefined;
  const direction = indicator.direction;
  const strategy = strategyOf(reference);
  const usable = published.map((cell, i) => ({ cell, raw: cells[i] as RawCell })).filter(({ cell }) => !cell.suppressed && cell.value !== null);
  let referenceEntry: ScorecardDimensionYear['reference'] = null;
  const comparisons = new Map<string, ScorecardComparison>();

  if (k < 2) notes.push('a single group: there is nothing to compare it with');
  else if (usable.length === 0) notes.push('every group is withheld or undefined: no comparison');
  else {
    const allProportions = cells.every((c) => c.proportion || c.value === null);
    const named = typeof strategy === 'object' ? strategy.group : null;
    const namedCell = named === null ? null : usable.find(({ cell }) => cell.group === named);
    if (named !== null && namedCell === undefined) {
      notes.push(`the reference group "${named}" has no published value in ${year}: no comparison`);
    } else if (strategy === 'overall' && (overall === null || overall.value === null)) {
      notes.push(`the overall value is ${overall === null ? 'withheld' : 'undefined'} in ${year}: no comparison with it`);
    } else if (allProportions) {
      // Shares compare exactly on counts (four-fifths rule without floating-point traps); withheld groups are
      // left out so no published ratio reveals them, except that "overall" uses every record, as published.
      const rows = (strategy === 'overall' ? cells.map((raw) => ({ raw })) : usable).map(({ raw }) => ({
        group: raw.group,
        numerator: raw.numerator ?? 0,
        denominator: raw.n,
      }));
      const result = compareGroups(rows, {
        referenceGroup: strategy,
        direction,
        confidence: indicator.confidence,
        ...(hasBand ? { parityBand: band } : {}),
      });
      const referenceValue = strategy === 'overall' ? (overall?.value ?? null) : result.reference.rate;
      const referenceName = strategy === 'overall' ? 'Overall' : (result.reference.group ?? 'Overall');
      if (referenceValue !== null && referenceValue !== undefined) {
        referenceEntry = { group: referenceName, value: referenceValue, strategy: typeof strategy === 'object' ? 'named' : strategy };
        for (const g of result.groups) {
          const cell = usable.find(({ cell: c }) => c.group === g.group);
          if (cell === undefined || cell.cell.value === null) continue;
          const parity = compareToReference(cell.cell.value, referenceValue, band);
          comparisons.set(g.group, {
            reference: referenceName,
            referenceValue,
            ratio: parity.ratio,
            difference: parity.difference,
            withinParityBand: hasBand ? parity.withinParityBand : null,
            withinTolerance: hasBand ? parity.withinParityBand : null,
            fourFifthsFlag: strategy === 'overall' ? null : g.fourFifthsFlag,
          });
        }
      }
    } else {
      const chosen = chooseByValue(usable.map(({ cell }) => cell), strategy, direction, overall);
      if (chosen !== null && usable.every(({ cell }) => cell.value === 0)) {
        // Nothing to compare: "reference: 1 (largest) = 0" would read as a comparison of equal groups.
        notes.push(`every published group is 0 in ${year}: no reference and no comparison`);
      } else if (chosen !== null) {
        referenceEntry = { group: chosen.group, value: chosen.value, strategy: typeof strategy === 'object' ? 'named' : strategy };
        for (const { cell } of usable) {
          const parity = compareToReference(cell.value as number, chosen.value, band);
          comparisons.set(cell.group, {
            reference: chosen.group,
            referenceValue: chosen.value,
            ratio: parity.ratio,
            difference: parity.difference,
            withinParityBand: hasBand ? parity.withinParityBand : null,
            withinTolerance: hasBand ? parity.withinParityBand : null,
            fourFifthsFlag: null,
          });
        }
      }
    }
  }
  const groups = published.map((cell) => ({ ...cell, comparison: comparisons.get(cell.group) ?? null }));
  const outsideBand = groups.filter((cell) => cell.comparison?.withinParityBand === false).map((cell) => cell.group);
  const withheld = groups.filter((cell) => cell.suppressed).map((cell) => ({ group: cell.group, reason: cell.suppressionReason as 'primary' | 'complementary' }));
  return { entry: { year, groups, reference: referenceEntry, outsideBand, notes }, withheld };
}

function chooseByValue(
  cells: readonly ScorecardCell[],
  strategy: 'best' | 'worst' | 'largest' | 'overall' | { group: string },
  direction: Indicator['direction'],
  overall: RawCell | null,
): { group: string; value: number } | null {
  if (strategy === 'overall') return overall === null || overall.value === null ? null : { group: 'Overall', value: overall.value };
  if (typeof strategy === 'object') {
    const cell = cells.find((c) => c.group === strategy.group);
    return cell === undefined || cell.value === null ? null : { group: cell.group, value: cell.value };
  }
  let chosen: ScorecardCell | null = null;
  for (const cell of cells) {
    if (cell.value === null) continue;
    if (chosen === null) chosen = cell;
    else if (strategy === 'largest' ? (cell.n ?? 0) > (chosen.n ?? 0) : isBetter(cell.value, chosen.value as number, direction) === (strategy === 'best')) {
      chosen = cell;
    }
  }
  return chosen === null || chosen.value === null ? null : { group: chosen.group, value: chosen.value };
}

function isBetter(a: number, b: number, direction: Indicator['direction']): boolean {
  return direction === 'higherIsBetter' ? a > b : a < b;
}

/** Publishes a raw cell: withholds it when suppressed and attaches reliability flags. */
export function publishCell(raw: RawCell, suppression: 'primary' | 'complementary' | null, policy: DisclosurePolicy): ScorecardCell {
  if (suppression !== null) {
    return {
      group: raw.group,
      value: null,
      n: null,
      numerator: null,
      lower: null,
      upper: null,
      suppressed: true,
      suppressionReason: suppression,
      reliable: null,
      reliabilityFlags: [],
      comparison: null,
      reason: suppression === 'primary' ? 'withheld: a count below the publication threshold' : 'withheld: it would reveal a withheld count',
    };
  }
  let reliable: boolean | null = null;
  let flags: ScorecardCell['reliabilityFlags'] = [];
  if (raw.value !== null && raw.n > 0) {
    const input =
      raw.numerator !== null
        ? raw.standardError !== null
          ? { events: raw.eventsForDisclosure, estimate: raw.value, standardError: raw.standardError }
          : { events: raw.eventsForDisclosure }
        : raw.standardError !== null
          ? { events: raw.n, estimate: raw.value, standardError: raw.standardError }
          : { events: raw.n };
    const result = assessReliability(input, policy);
    reliable = result.reliable;
    flags = result.flags;
  }
  return {
    group: raw.group,
    value: raw.value,
    n: raw.n,
    numerator: raw.numerator,
    lower: raw.lower,
    upper: raw.upper,
    suppressed: false,
    suppressionReason: null,
    reliable,
    reliabilityFlags: flags,
    comparison: null,
    reason: raw.reason,
  };
}
