/**
 * What one record contributes to an indicator's measure, and the accumulators that sum contributions per group
 * and year.
 *
 * @internal
 * @module
 */
import { compileRowFilter as compileFilter } from './rowFilter.ts';
import type { GoalFilterPredicate } from '../../goals/compileFilter.ts';
import type { Indicator } from '../../goals/IndicatorSchema.ts';
import { pathSegments, readField } from '../../internal/fieldPath.ts';
import { ExactSum } from './exactSum.ts';
import { DISTANCE_RESOLUTION, RELATIVE_RESOLUTION, type Resolution, ValueHistogram } from './histogram.ts';

/** The contribution of one record (reused: no allocation per record). */
export interface Contribution {
  /** Numerator (events, or the summed numerator field). */
  num: number;
  /** Denominator (records, or the summed denominator field). */
  den: number;
  /** Records counted in the numerator. */
  events: number;
  /** Records counted in the denominator (the n a value rests on). */
  records: number;
  /** The value averaged (mean, median, distance), NaN when none. */
  value: number;
  /** The value counted distinctly, for `count` with `distinct`. */
  distinct: unknown;
}

/** Reads a record and fills a contribution; false when the record contributes nothing. */
export type Contribute = (record: unknown, distanceKm: number, out: Contribution) => boolean;

/** What an indicator's cells need to keep. */
export interface MeasurePlan {
  readonly contribute: Contribute;
  /** Whether cells keep a histogram of values (medians). */
  readonly keepValues: boolean;
  /** How histogram values are rounded once a cell has many distinct values (medians). */
  readonly resolution: Resolution;
  /** Whether cells keep exact sums and sums of squares of values (means). */
  readonly keepSums: boolean;
  /** Whether the numerator and denominator are sums of field values, kept exactly (ratios with sum fields). */
  readonly exactNumDen: boolean;
  /** Whether cells keep distinct values (`count` with `distinct`). */
  readonly keepDistinct: boolean;
  /** Whether the measure needs distances. */
  readonly needsDistance: boolean;
}

const always: GoalFilterPredicate = () => true;

function numberAt(record: unknown, segments: readonly string[]): number {
  const value = readField(record, segments);
  return typeof value === 'number' && Number.isFinite(value) ? value : Number.NaN;
}

/** Builds the contribution function of an indicator's measure. */
export function measurePlan(indicator: Indicator): MeasurePlan {
  const measure = indicator.measure;
  switch (measure.kind) {
    case 'count': {
      const filter = measure.filter === undefined ? always : compileFilter(measure.filter);
      const distinct = measure.distinct === undefined ? null : pathSegments(measure.distinct);
      return {
        keepValues: false,
        resolution: RELATIVE_RESOLUTION,
        keepSums: false,
        exactNumDen: false,
        keepDistinct: distinct !== null,
        needsDistance: false,
        contribute(record, _distance, out) {
          if (!filter(record)) return false;
          out.num = 1;
          out.den = 0;
          out.events = 1;
          out.records = 1;
          out.value = Number.NaN;
          out.distinct = distinct === null ? undefined : readField(record, distinct);
          return distinct === null || out.distinct !== undefined;
        },
      };
    }
    case 'share': {
      const denominator = measure.denominator === undefined ? always : compileFilter(measure.denominator);
      const numerator = compileFilter(measure.numerator);
      return {
        keepValues: false,
        resolution: RELATIVE_RESOLUTION,
        keepSums: false,
        exactNumDen: false,
        keepDistinct: false,
        needsDistance: false,
        contribute(record, _distance, out) {
          if (!denominator(record)) return false;
          const hit = numerator(record) ? 1 : 0;
          out.num = hit;
          out.den = 1;
          out.events = hit;
          out.records = 1;
          out.value = Number.NaN;
          return true;
        },
      };
    }
    case 'rate': {
      const denominator = measure.denominator === undefined ? always : compileFilter(measure.denominator);
      const numerator = compileFilter(measure.numerator);
      return {
        keepValues: false,
        resolution: RELATIVE_RESOLUTION,
        keepSums: false,
        exactNumDen: false,
        keepDistinct: false,
        needsDistance: false,
        contribute(record, _distance, out) {
          const inDen = denominator(record) ? 1 : 0;
          const inNum = numerator(record) ? 1 : 0;
          if (inDen === 0 && inNum === 0) return false;
          out.num = inNum;
          out.den = inDen;
          out.events = inNum;
          out.records = inDen;
          out.value = Number.NaN;
          return true;
        },
      };
    }
    case 'mean':
    case 'median': {
      const filter = measure.filter === undefined ? always : compileFilter(measure.filter);
      const field = pathSegments(measure.field);
      return {
        keepValues: measure.kind === 'median',
        resolution: measure.field === 'distanceKm' ? DISTANCE_RESOLUTION : RELATIVE_RESOLUTION,
        keepSums: measure.kind === 'mean',
        exactNumDen: false,
        keepDistinct: false,
        needsDistance: false,
        contribute(record, _distance, out) {
          if (!filter(record)) return false;
          const value = numberAt(record, field);
          if (Number.isNaN(value)) return false;
          out.num = 0;
          out.den = 0;
          out.events = 0;
          out.records = 1;
          out.value = value;
          return true;
        },
      };
    }
    case 'ratio': {
      const numerator = compileFilter(measure.numerator);
      const denominator = compileFilter(measure.denominator);
      const numeratorSum = measure.numeratorSum === undefined ? null : pathSegments(measure.numeratorSum);
      const denominatorSum = measure.denominatorSum === undefined ? null : pathSegments(measure.denominatorSum);
      return {
        keepValues: false,
        resolution: RELATIVE_RESOLUTION,
        keepSums: false,
        exactNumDen: numeratorSum !== null || denominatorSum !== null,
        keepDistinct: false,
        needsDistance: false,
        contribute(record, _distance, out) {
          const inNum = numerator(record);
          const inDen = denominator(record);
          if (!inNum && !inDen) return false;
          const numValue = inNum ? (numeratorSum === null ? 1 : numberAt(record, numeratorSum)) : 0;
          const denValue = inDen ? (denominatorSum === null ? 1 : numberAt(record, denominatorSum)) : 0;
          out.num = Number.isNaN(numValue) ? 0 : numValue;
          out.den = Number.isNaN(denValue) ? 0 : denValue;
          out.events = inNum ? 1 : 0;
          out.records = inDen ? 1 : 0;
          out.value = Number.NaN;
          return true;
        },
      };
    }
    case 'distance': {
      const filter = measure.filter === undefined ? always : compileFilter(measure.filter);
      const within = measure.statistic === 'shareWithin';
      const radius = measure.radiusKm ?? Number.POSITIVE_INFINITY;
      return {
        keepValues: measure.statistic === 'median',
        resolution: DISTANCE_RESOLUTION,
        keepSums: measure.statistic === 'mean',
        exactNumDen: false,
        keepDistinct: false,
        needsDistance: true,
        contribute(record, distanceKm, out) {
          if (Number.isNaN(distanceKm) || !filter(record)) return false;
          const inside = distanceKm <= radius ? 1 : 0;
          out.num = within ? inside : 0;
          out.den = within ? 1 : 0;
          out.events = within ? inside : 0;
          out.records = 1;
          out.value = distanceKm;
          return true;
        },
      };
    }
  }
}

function bump(array: Float64Array, index: number, amount: number): void {
  array[index] = (array[index] as number) + amount;
}

/**
 * Sums of contributions for the groups of one dimension, per year. Counts are plain doubles (whole numbers, exact
 * below 2⁵³); sums of field values are exact ({@link ExactSum}) and values for medians go into mergeable
 * histograms, so the state of any split of the records adds up to the state of the whole.
 */
export class CellAccumulator {
  readonly num: Float64Array[] = [];
  readonly den: Float64Array[] = [];
  readonly events: Float64Array[] = [];
  readonly records: Float64Array[] = [];
  /** Exact numerator and denominator sums (ratios with sum fields). */
  readonly numSum: ExactSum[][] = [];
  readonly denSum: ExactSum[][] = [];
  /** Exact sums and sums of squares of values (means). */
  readonly sum: ExactSum[][] = [];
  readonly sumSquares: ExactSum[][] = [];
  readonly values: ValueHistogram[][] = [];
  readonly distinct: Set<unknown>[][] = [];

  constructor(
    readonly years: number,
    readonly plan: MeasurePlan,
  ) {}

  private grow(group: number): void {
    const years = this.years;
    const plan = this.plan;
    while (this.num.length <= group) {
      this.num.push(new Float64Array(years));
      this.den.push(new Float64Array(years));
      this.events.push(new Float64Array(years));
      this.records.push(new Float64Array(years));
      if (plan.exactNumDen) {
        this.numSum.push(Array.from({ length: years }, () => new ExactSum()));
        this.denSum.push(Array.from({ length: years }, () => new ExactSum()));
      }
      if (plan.keepSums) {
        this.sum.push(Array.from({ length: years }, () => new ExactSum()));
        this.sumSquares.push(Array.from({ length: years }, () => new ExactSum()));
      }
      if (plan.keepValues) this.values.push(Array.from({ length: years }, () => new ValueHistogram(plan.resolution)));
      if (plan.keepDistinct) this.distinct.push(Array.from({ length: years }, () => new Set<unknown>()));
    }
  }

  /** Adds a contribution to a group's cell in a year. */
  add(group: number, year: number, c: Contribution): void {
    if (group >= this.num.length) this.grow(group);
    const plan = this.plan;
    bump(this.num[group] as Float64Array, year, c.num);
    bump(this.den[group] as Float64Array, year, c.den);
    bump(this.events[group] as Float64Array, year, c.events);
    bump(this.records[group] as Float64Array, year, c.records);
    if (plan.exactNumDen) {
      ((this.numSum[group] as ExactSum[])[year] as ExactSum).add(c.num);
      ((this.denSum[group] as ExactSum[])[year] as ExactSum).add(c.den);
    }
    if (!Number.isNaN(c.value)) {
      if (plan.keepSums) {
        ((this.sum[group] as ExactSum[])[year] as ExactSum).add(c.value);
        ((this.sumSquares[group] as ExactSum[])[year] as ExactSum).add(c.value * c.value);
      }
      if (plan.keepValues) ((this.values[group] as ValueHistogram[])[year] as ValueHistogram).add(c.value);
    }
    if (plan.keepDistinct) ((this.distinct[group] as Set<unknown>[])[year] as Set<unknown>).add(c.distinct);
  }

  /** Number of groups seen. */
  get groups(): number {
    return this.num.length;
  }
}
