/**
 * Turns mergeable counts into rates. Shared by `targetingErrors`, `targetingErrorsByYear` and `mergeReach`, so a
 * merged summary is computed by exactly the same arithmetic as a whole one.
 *
 * @internal
 * @module
 */
import { representable } from '../../internal/magnitude.ts';
import { addCounts, zeroCounts } from '../../internal/targetingCounts.ts';
import { wilsonInterval } from '../../uncertainty/wilsonInterval.ts';
import type {
  InclusionErrorDenominator,
  TargetingCounts,
  TargetingDimensionMargin,
  TargetingErrorsResult,
  TargetingGroup,
  TargetingSummary,
} from '../targetingErrors.ts';
import {
  type Dimension,
  type Outcomes,
  tallyDimensions,
  ELIGIBLE,
  ELIGIBLE_ENROLLED,
  ELIGIBLE_WEIGHT_SQUARES,
  ENROLLED,
  FIELDS,
  INDETERMINATE,
  INDETERMINATE_ENROLLED,
  INELIGIBLE,
  INELIGIBLE_ENROLLED,
  POPULATION,
  RECORDS,
} from './tabulate.ts';

export { addCounts, zeroCounts };

/** The conventions a summary was computed under; two summaries merge only when these agree. */
export interface SummaryMeta {
  readonly dimensions: readonly string[];
  readonly weighted: boolean;
  readonly confidence: number;
  readonly inclusionErrorDenominator: InclusionErrorDenominator;
}

/** The names of the count fields, in a fixed order. */
export const COUNT_FIELDS: readonly (keyof TargetingCounts)[] = [
  'records',
  'population',
  'eligible',
  'ineligible',
  'indeterminate',
  'enrolled',
  'eligibleEnrolled',
  'ineligibleEnrolled',
  'indeterminateEnrolled',
  'eligibleWeightSquares',
];

/** Reads the counts of one cell of a flat count array. */
export function countsAt(counts: Float64Array, cell: number): TargetingCounts {
  const base = cell * FIELDS;
  return {
    records: counts[base + RECORDS] as number,
    population: counts[base + POPULATION] as number,
    eligible: counts[base + ELIGIBLE] as number,
    ineligible: counts[base + INELIGIBLE] as number,
    indeterminate: counts[base + INDETERMINATE] as number,
    enrolled: counts[base + ENROLLED] as number,
    eligibleEnrolled: counts[base + ELIGIBLE_ENROLLED] as number,
    ineligibleEnrolled: counts[base + INELIGIBLE_ENROLLED] as number,
    indeterminateEnrolled: counts[base + INDETERMINATE_ENROLLED] as number,
    eligibleWeightSquares: counts[base + ELIGIBLE_WEIGHT_SQUARES] as number,
  };
}

/** Copies only the count fields out of a summary (which also holds derived rates). */
export function pickCounts(summary: TargetingCounts): TargetingCounts {
  return addCounts(zeroCounts(), summary);
}

/**
 * Derives the rates of one summary from its counts.
 *
 * coverage = eligibleEnrolled / eligible; exclusionError = 1 − coverage; inclusionError = ineligibleEnrolled /
 * (eligibleEnrolled + ineligibleEnrolled) or ineligibleEnrolled / ineligible. The Wilson interval uses the
 * record counts when unweighted and Kish's effective sample size (Σw)²/Σw² of the eligible rows when weighted.
 */
export function summarize(counts: TargetingCounts, meta: SummaryMeta): TargetingSummary {
  const reasons: string[] = [];
  const eligibleNotEnrolled = counts.eligible - counts.eligibleEnrolled;
  let coverage: number | null = null;
  let exclusionError: number | null = null;
  // The interval's successes and trials; none (an interval of nulls) while coverage is undefined.
  let successes = 0;
  let trials = 0;
  if (counts.eligible > 0) {
    coverage = counts.eligibleEnrolled / counts.eligible;
    // Same value as 1 − coverage, without the rounding of the subtraction (1 − 2/3 prints as 0.33333333333333337).
    exclusionError = eligibleNotEnrolled / counts.eligible;
    if (meta.weighted) {
      trials = counts.eligibleWeightSquares > 0 ? (counts.eligible * counts.eligible) / counts.eligibleWeightSquares : 0;
      successes = Math.min(trials, coverage * trials);
    } else {
      trials = counts.eligible;
      successes = counts.eligibleEnrolled;
    }
  } else {
    reasons.push(
      counts.records === 0
        ? 'coverage and exclusion error are undefined: no records'
        : 'coverage and exclusion error are undefined: no eligible households (eligible count is 0)',
    );
  }
  const interval = wilsonInterval(successes, trials, { confidence: meta.confidence });
  const inclusionErrorBase =
    meta.inclusionErrorDenominator === 'enrolled' ? counts.eligibleEnrolled + counts.ineligibleEnrolled : counts.ineligible;
  let inclusionError: number | null = null;
  if (inclusionErrorBase > 0) {
    inclusionError = counts.ineligibleEnrolled / inclusionErrorBase;
  } else {
    reasons.push(
      meta.inclusionErrorDenominator === 'enrolled'
        ? 'inclusion error is undefined: no enrolled households with determined eligibility'
        : 'inclusion error is undefined: no ineligible households',
    );
  }
  // An explicit literal (not a spread) so every summary shares one object shape.
  return {
    records: counts.records,
    population: counts.population,
    eligible: counts.eligible,
    ineligible: counts.ineligible,
    indeterminate: counts.indeterminate,
    enrolled: counts.enrolled,
    eligibleEnrolled: counts.eligibleEnrolled,
    ineligibleEnrolled: counts.ineligibleEnrolled,
    indeterminateEnrolled: counts.indeterminateEnrolled,
    eligibleWeightSquares: counts.eligibleWeightSquares,
    eligibleNotEnrolled,
    coverage,
    coverageInterval: {
      // Null without trials, that is, exactly when coverage is null.
      lower: interval.lower,
      upper: interval.upper,
      confidence: interval.confidence,
      method: 'wilson',
      sampleSize: coverage === null ? null : trials,
    },
    exclusionError,
    inclusionError,
    inclusionErrorBase,
    reasons,
  };
}

/** Orders key tuples dimension by dimension, by UTF-16 code units (locale-independent, so results reproduce). */
export function compareKeys(a: readonly string[], b: readonly string[]): number {
  // Stryker disable next-line MethodExpression: equivalent — past the shorter tuple one key is undefined, neither < nor > a string, so the lengths decide alike
  const n = Math.min(a.length, b.length);
  // Stryker disable next-line EqualityOperator: equivalent — at d = n one key is undefined, neither < nor > anything, so the lengths decide alike
  for (let d = 0; d < n; d++) {
    const x = a[d] as string;
    const y = b[d] as string;
    if (x < y) return -1;
    if (x > y) return 1;
  }
  return a.length - b.length;
}

/** A cell before summarising: its keys and counts. */
export interface RawCell {
  readonly keys: readonly string[];
  readonly counts: TargetingCounts;
}

function group(keys: readonly string[], counts: TargetingCounts, meta: SummaryMeta): TargetingGroup {
  const s = summarize(counts, meta);
  // An explicit literal so every group shares one object shape (spreads of this many fields are slow in V8).
  return {
    keys: [...keys],
    label: keys.join(' × '),
    records: s.records,
    population: s.population,
    eligible: s.eligible,
    ineligible: s.ineligible,
    indeterminate: s.indeterminate,
    enrolled: s.enrolled,
    eligibleEnrolled: s.eligibleEnrolled,
    ineligibleEnrolled: s.ineligibleEnrolled,
    indeterminateEnrolled: s.indeterminateEnrolled,
    eligibleWeightSquares: s.eligibleWeightSquares,
    eligibleNotEnrolled: s.eligibleNotEnrolled,
    coverage: s.coverage,
    coverageInterval: s.coverageInterval,
    exclusionError: s.exclusionError,
    inclusionError: s.inclusionError,
    inclusionErrorBase: s.inclusionErrorBase,
    reasons: s.reasons,
  };
}

/**
 * How {@link buildResult} names the overall sums when they exceed the largest double: the caller's input each sum
 * comes from, and how to fix it.
 */
export interface SumLabels {
  /** The input the population (the sum of the weights) comes from: the error's path. */
  readonly population: string;
  /** The same sum, in words. */
  readonly populationSum: string;
  /** The input the eligible weights' squares come from. */
  readonly squares: string;
  /** The same sum, in words. */
  readonly squaresSum: string;
  /** How to bring the sums into range. */
  readonly fix: string;
}

/** The labels of a tally of records weighted by `options.weight` (record counts cannot overflow unweighted). */
export const WEIGHT_SUMS: SumLabels = {
  population: 'options.weight',
  populationSum: 'the sum of options.weight',
  squares: 'options.weight',
  squaresSum: 'the sum of the squares of options.weight (for the effective sample size)',
  fix: 'divide every weight by a common factor (shares do not change)',
};

/**
 * Builds a full result from the overall counts and the non-empty cells: groups sorted by key, and one margin per
 * dimension when there are two or more. Fails with `out_of_range` when an overall sum is not finite (`labels` say
 * whose input it is); every cell is a part of the overall counts, so finite overall sums mean finite cell sums.
 */
export function buildResult(
  meta: SummaryMeta,
  overall: TargetingCounts,
  cells: readonly RawCell[],
  fn: string,
  labels: SumLabels = WEIGHT_SUMS,
): TargetingErrorsResult {
  representable(overall.population, labels.population, fn, labels.populationSum, labels.fix);
  representable(overall.eligibleWeightSquares, labels.squares, fn, labels.squaresSum, labels.fix);
  const sorted = [...cells].sort((a, b) => compareKeys(a.keys, b.keys));
  const groups = sorted.map((cell) => group(cell.keys, cell.counts, meta));
  const byDimension: TargetingDimensionMargin[] = [];
  if (meta.dimensions.length > 1) {
    meta.dimensions.forEach((dimension, d) => {
      const totals = new Map<string, TargetingCounts>();
      for (const cell of sorted) {
        const key = cell.keys[d] as string;
        const sum = totals.get(key);
        totals.set(key, sum === undefined ? pickCounts(cell.counts) : addCounts(sum, cell.counts));
      }
      // The default sort compares UTF-16 code units, as compareKeys does.
      const keys = [...totals.keys()].sort();
      byDimension.push({
        dimension,
        groups: keys.map((key) => group([key], totals.get(key) as TargetingCounts, meta)),
      });
    });
  }
  return {
    dimensions: [...meta.dimensions],
    weighted: meta.weighted,
    confidence: meta.confidence,
    inclusionErrorDenominator: meta.inclusionErrorDenominator,
    overall: summarize(overall, meta),
    groups,
    byDimension,
  };
}

/** A non-empty cell of a tally: a representative row (to read its keys) and its counts. */
export interface TalliedCell {
  readonly row: number;
  readonly counts: TargetingCounts;
}

/** Tallies the outcomes over the dimensions; returns the overall counts and the non-empty cells. */
export function collectCells(
  outcomes: Outcomes,
  dimensions: readonly Dimension[],
  n: number,
): { overall: TargetingCounts; cells: TalliedCell[] } {
  const combined = tallyDimensions(outcomes, dimensions, n);
  const { counts, firstRow } = combined;
  const { overall, cells } = denseCells(counts, combined.cellCount);
  return { overall, cells: cells.map((cell) => ({ row: firstRow[cell.row] as number, counts: cell.counts })) };
}

/**
 * The non-empty cells of a flat count array (`row` holds the cell slot here) and the overall counts, summed in slot
 * order.
 */
export function denseCells(counts: Float64Array, cellCount: number): { overall: TargetingCounts; cells: TalliedCell[] } {
  const totals = new Float64Array(FIELDS);
  const cells: TalliedCell[] = [];
  for (let c = 0; c < cellCount; c++) {
    const base = c * FIELDS;
    if ((counts[base + RECORDS] as number) === 0) continue;
    // Stryker disable next-line EqualityOperator: equivalent — at f = FIELDS the write to totals is out of range, which a typed array ignores
    for (let f = 0; f < FIELDS; f++) totals[f] = (totals[f] as number) + (counts[base + f] as number);
    cells.push({ row: c, counts: countsAt(counts, c) });
  }
  return { overall: countsAt(totals, 0), cells };
}
