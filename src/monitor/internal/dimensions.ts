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
  readonly label: string;
  readonly ordered: boolean;
  /** Group names by id (grows as new values appear for dimensions without bins). */
  readonly labels: string[];
  /** The group id of a record, or −1. */
  assign(record: unknown): number;
  /**
   * For a disaggregation: the group of a field value without counting a record (−1 or a group id), and whether the
   * value counts as having the field; `count` then counts one record. `assign` is `count` of `group` of the field.
   * Columnar batches assign once per dictionary entry this way.
   */
  group?(value: unknown): number;
  hasField?(value: unknown): boolean;
  count?(withField: boolean): void;
  /** Display order of the group ids. */
  order(): number[];
  /** How many records were assigned, and how many of them had the field at all. */
  seen(): { readonly records: number; readonly withField: number };
  /** A group's label in each part (its own label for a disaggregation). */
  parts(id: number): string[];
  /** Whether a record fell in the unmatched group. */
  unmatchedUsed(): boolean;
}

/** The value of a field as a group name (`true` → `"true"`, `3` → `"3"`). */
function valueLabel(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** A dimension from a disaggregation of the goal. */
export function disaggregationAssigner(dimension: Disaggregation): DimensionAssigner {
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
    if (unmatchedId < 0) unmatchedId = add(dimension.unmatchedLabel);
    return unmatchedId;
  };
  let records = 0;
  let withField = 0;
  const count = (has: boolean): void => {
    records++;
    if (has) withField++;
  };
  const base = {
    id: dimension.id,
    label: dimension.label ?? dimension.id,
    ordered: dimension.ordered,
    labels,
    seen: () => ({ records, withField }),
    parts: (id: number) => [labels[id] as string],
    unmatchedUsed: () => unmatchedId >= 0,
  };
  let group: (value: unknown) => number;
  let hasField: (value: unknown) => boolean;
  let order: () => number[];
  if (bins !== undefined) {
    const binIds = bins.map((bin) => add(bin.label));
    group = (value) => {
      if (value === undefined) return unmatchedGroup();
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
    order = () => labels.map((_, i) => i);
  } else {
    group = (value) => {
      const label = valueLabel(value);
      return label === undefined ? unmatchedGroup() : add(label);
    };
    hasField = (value) => valueLabel(value) !== undefined;
    order = () => {
      const ids = labels.map((_, i) => i).filter((i) => i !== unmatchedId);
      const numeric = ids.every((i) => labels[i] !== '' && Number.isFinite(Number(labels[i])));
      ids.sort((a, b) =>
        numeric ? Number(labels[a]) - Number(labels[b]) : (labels[a] as string).localeCompare(labels[b] as string, 'en'),
      );
      if (unmatchedId >= 0) ids.push(unmatchedId);
      return ids;
    };
  }
  return {
    ...base,
    assign(record: unknown): number {
      const value = readField(record, segments);
      count(hasField(value));
      return group(value);
    },
    group,
    hasField,
    count,
    order,
  };
}

/** A dimension crossing several others (an intersection): group names join the parts with " × ". */
export function intersectionAssigner(parts: readonly DimensionAssigner[]): DimensionAssigner {
  const labels: string[] = [];
  const ids = new Map<number, number>();
  const components: number[][] = [];
  const RADIX = 65536;
  return {
    id: parts.map((part) => part.id).join(' × '),
    label: parts.map((part) => part.label).join(' × '),
    ordered: parts.every((part) => part.ordered),
    labels,
    seen: () => ({ records: parts.reduce((n, part) => Math.max(n, part.seen().records), 0), withField: parts.reduce((n, part) => Math.min(n, part.seen().withField), Number.POSITIVE_INFINITY) }),
    parts: (id: number) => (components[id] as number[]).map((part, p) => (parts[p] as DimensionAssigner).labels[part] as string),
    unmatchedUsed: () => false,
    assign(record: unknown): number {
      let key = 0;
      for (let p = 0; p < parts.length; p++) {
        const id = (parts[p] as DimensionAssigner).assign(record);
        if (id < 0) return -1;
        key = key * RADIX + id;
      }
      let id = ids.get(key);
      if (id === undefined) {
        id = labels.length;
        ids.set(key, id);
        const tuple: number[] = [];
        let rest = key;
        for (let p = parts.length - 1; p >= 0; p--) {
          tuple.unshift(rest % RADIX);
          rest = Math.floor(rest / RADIX);
        }
        components.push(tuple);
        labels.push(tuple.map((part, p) => (parts[p] as DimensionAssigner).labels[part]).join(' × '));
      }
      return id;
    },
    order(): number[] {
      const rank = parts.map((part) => {
        const positions = new Map<number, number>();
        part.order().forEach((id, position) => positions.set(id, position));
        return positions;
      });
      return labels
        .map((_, i) => i)
        .sort((a, b) => {
          const ta = components[a] as number[];
          const tb = components[b] as number[];
          for (let p = 0; p < parts.length; p++) {
            const d = ((rank[p] as Map<number, number>).get(ta[p] as number) ?? 0) - ((rank[p] as Map<number, number>).get(tb[p] as number) ?? 0);
            if (d !== 0) return d;
          }
          return 0;
        });
    },
  };
}
