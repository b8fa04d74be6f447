/**
 * Group assignment for an indicator's disaggregations and intersections, without building a string per record.
 *
 * @internal
 * @module
 */
import type { Disaggregation } from '../../goals/DisaggregationSchema.ts';
import { pathSegments, readField } from '../../internal/fieldPath.ts';

/** Assigns records of one dimension to group ids; −1 leaves a record out. */
export interface DimensionAssigner {
  readonly id: string;
  /** How many groups have an id (ids run from 0; more appear as new values are assigned). */
  groupCount(): number;
  /** The group id of a record, or −1; the record is counted in `seen`. */
  assign(record: unknown): number;
  /**
   * For a disaggregation: the group of a field value without counting a record (−1 or a group id), and whether the
   * value counts as having the field; `count` then counts one record. `assign` is `count` of `group` of the field.
   * Columnar batches assign once per dictionary entry this way.
   */
  group?(value: unknown): number;
  hasField?(value: unknown): boolean;
  count?(withField: boolean): void;
  /** How many records were assigned, and how many of them had the field at all (0 for an intersection). */
  seen(): { readonly records: number; readonly withField: number };
  /** A group's label in each part (its own label for a disaggregation). */
  parts(id: number): string[];
  /** Whether a record fell in the unmatched group (never for an intersection). */
  unmatchedUsed(): boolean;
}

/** The assigner of a disaggregation, which an intersection reads without counting the record again. */
export interface DisaggregationAssigner extends DimensionAssigner {
  /** Group names by id (grows as new values appear for dimensions without bins). */
  readonly labels: readonly string[];
  /** The group id of a record (as `assign`), without counting it. */
  classify(record: unknown): number;
}

/** The value of a field as a group name (`true` → `"true"`, `3` → `"3"`). */
function valueLabel(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** A dimension from a disaggregation of the goal. */
export function disaggregationAssigner(dimension: Disaggregation): DisaggregationAssigner {
  const segments = pathSegments(dimension.field);
  const labels: string[] = [];
  const ids = new Map<string, number>();
  const add = (label: string): number => {
    let id = ids.get(label);
    if (id === undefined) {
      id = labels.length;
      ids.set(label, id);
      labels.push(label);
    }
    return id;
  };
  const unmatched = dimension.unmatched === 'group';
  const bins = dimension.bins;
  let unmatchedId = -1;
  const unmatchedGroup = (): number => {
    if (!unmatched) return -1;
    unmatchedId = add(dimension.unmatchedLabel);
    return unmatchedId;
  };
  let records = 0;
  let withField = 0;
  const count = (has: boolean): void => {
    records++;
    if (has) withField++;
  };
  let group: (value: unknown) => number;
  let hasField: (value: unknown) => boolean;
  if (bins !== undefined) {
    const binIds = bins.map((bin) => add(bin.label));
    group = (value) => {
      for (let b = 0; b < bins.length; b++) {
        const bin = bins[b] as NonNullable<Disaggregation['bins']>[number];
        if (bin.values !== undefined) {
          if (bin.values.includes(value as string | number | boolean)) return binIds[b] as number;
        } else if (typeof value === 'number') {
          if ((bin.min === undefined || value >= bin.min) && (bin.max === undefined || value < bin.max)) return binIds[b] as number;
        }
      }
      return unmatchedGroup();
    };
    hasField = (value) => value !== undefined;
  } else {
    group = (value) => {
      const label = valueLabel(value);
      return label === undefined ? unmatchedGroup() : add(label);
    };
    hasField = (value) => valueLabel(value) !== undefined;
  }
  return {
    id: dimension.id,
    labels,
    groupCount: () => labels.length,
    assign(record: unknown): number {
      const value = readField(record, segments);
      count(hasField(value));
      return group(value);
    },
    classify: (record: unknown) => group(readField(record, segments)),
    group,
    hasField,
    count,
    seen: () => ({ records, withField }),
    parts: (id: number) => [labels[id] as string],
    unmatchedUsed: () => unmatchedId >= 0,
  };
}

/**
 * A dimension crossing several disaggregations (an intersection): group names join the parts with " × ". It counts
 * the records it assigns itself; its parts count theirs when they assign them as dimensions of their own.
 */
export function intersectionAssigner(parts: readonly DisaggregationAssigner[]): DimensionAssigner {
  const ids = new Map<number, number>();
  const components: number[][] = [];
  const RADIX = 65536;
  let records = 0;
  return {
    id: parts.map((part) => part.id).join(' × '),
    groupCount: () => components.length,
    seen: () => ({ records, withField: 0 }),
    parts: (id: number) => (components[id] as number[]).map((part, p) => (parts[p] as DisaggregationAssigner).labels[part] as string),
    unmatchedUsed: () => false,
    assign(record: unknown): number {
      records++;
      let key = 0;
      for (let p = 0; p < parts.length; p++) {
        const id = (parts[p] as DisaggregationAssigner).classify(record);
        if (id < 0) return -1;
        key = key * RADIX + id;
      }
      let id = ids.get(key);
      if (id === undefined) {
        id = components.length;
        ids.set(key, id);
        const tuple: number[] = [];
        let rest = key;
        for (let p = parts.length - 1; p >= 0; p--) {
          tuple.unshift(rest % RADIX);
          rest = Math.floor(rest / RADIX);
        }
        components.push(tuple);
      }
      return id;
    },
  };
}
