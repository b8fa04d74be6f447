/**
 * The summary path of `evaluateGoal`: indicators computed from the reach module's mergeable targeting summaries
 * (one per program year), for data too big for one process. Only measures that are functions of the eligible ×
 * enrolled table can be computed from them; the others are reported as needing record-level data.
 *
 * @internal
 * @module
 */
import type { Filter } from '../../goals/FilterSchema.ts';
import type { Indicator } from '../../goals/IndicatorSchema.ts';
import type { TargetingCounts, TargetingErrorsResult } from '../../reach/targetingErrors.ts';
import { addCounts, zeroCounts } from '../../internal/targetingCounts.ts';
import { type RawCell, countRawCell, proportionRawCell } from './cells.ts';

/** Reads the counts a measure needs from a summary's counts. */
export type SummaryMeasure = (counts: TargetingCounts, label: string, confidence: number) => RawCell;

function isCondition(filter: Filter | undefined, field: string, value: boolean | 'exists'): boolean {
  if (filter === undefined || 'all' in filter || 'any' in filter || 'not' in filter) return false;
  if (filter.field !== field) return false;
  return value === 'exists' ? filter.op === 'exists' && (filter.value ?? true) : filter.op === 'eq' && filter.value === value;
}

/** Whether `filter` is exactly the conjunction of the given conditions, in any order. */
function isConjunction(filter: Filter | undefined, parts: readonly [string, boolean | 'exists'][]): boolean {
  if (filter === undefined) return false;
  if (parts.length === 1) {
    const [only] = parts as [[string, boolean | 'exists']];
    if (isCondition(filter, only[0], only[1])) return true;
  }
  if (!('all' in filter) || filter.all.length !== parts.length) return false;
  return parts.every(([field, value]) => filter.all.some((f) => isCondition(f, field, value)));
}

/**
 * The summary form of an indicator's measure, or `null` when it cannot be computed from the eligible × enrolled
 * table. Recognised (on `householdYears` or `households`): the share of eligible households enrolled, the share
 * of enrolled households not eligible (over all enrolled, or over enrolled with a decided eligibility), the share
 * enrolled, and counts of eligible, enrolled, and eligible-and-enrolled households.
 */
export function summaryMeasure(indicator: Indicator): SummaryMeasure | null {
  if (indicator.recordSet === 'enrollments') return null;
  const m = indicator.measure;
  if (m.kind === 'share') {
    if (isConjunction(m.denominator, [['eligible', true]]) && isConjunction(m.numerator, [['enrolled', true]])) {
      return (c, label, confidence) => proportionRawCell(label, c.eligibleEnrolled, c.eligible, confidence);
    }
    if (isConjunction(m.denominator, [['enrolled', true]]) && isConjunction(m.numerator, [['eligible', false]])) {
      return (c, label, confidence) => proportionRawCell(label, c.ineligibleEnrolled, c.enrolled, confidence);
    }
    if (isConjunction(m.denominator, [['enrolled', true], ['eligible', 'exists']]) && isConjunction(m.numerator, [['eligible', false]])) {
      return (c, label, confidence) => proportionRawCell(label, c.ineligibleEnrolled, c.eligibleEnrolled + c.ineligibleEnrolled, confidence);
    }
    if (m.denominator === undefined && isConjunction(m.numerator, [['enrolled', true]])) {
      return (c, label, confidence) => proportionRawCell(label, c.enrolled, c.records, confidence);
    }
    return null;
  }
  if (m.kind === 'count' && m.distinct === undefined) {
    if (isConjunction(m.filter, [['eligible', true], ['enrolled', true]])) return (c, label) => countRawCell(label, c.eligibleEnrolled);
    if (isConjunction(m.filter, [['enrolled', true]])) return (c, label) => countRawCell(label, c.enrolled);
    if (isConjunction(m.filter, [['eligible', true]])) return (c, label) => countRawCell(label, c.eligible);
  }
  return null;
}


/**
 * The counts of a summary's groups added up over every grouping dimension except those named (so a summary by
 * district × income band × language gives the district table, or the district × income band table).
 * Returns group names (joined with " × ") and their counts, in first-seen order.
 */
export function countsBy(summary: TargetingErrorsResult, dimensions: readonly string[]): Map<string, TargetingCounts> {
  const positions = dimensions.map((d) => summary.dimensions.indexOf(d));
  const out = new Map<string, TargetingCounts>();
  for (const group of summary.groups) {
    const label = positions.map((p) => group.keys[p] as string).join(' × ');
    out.set(label, addCounts(out.get(label) ?? zeroCounts(), group));
  }
  return out;
}
