import { describe, fail } from '../internal/errors.ts';
import { GroupIndex } from '../internal/groups.ts';
import { nonNegativeNumber } from '../internal/validate.ts';

/** Service and need of one group for {@link representationRatio}. */
export interface RepresentationRatioRow {
  /** The group's name (any string). */
  readonly group: string;
  /** Service received by the group (scholarships, seats, dollars), ≥ 0. */
  readonly served: number;
  /** The group's need (eligible households, children, low-income residents), ≥ 0. */
  readonly need: number;
}

/** One group's representation. */
export interface RepresentationRatioGroup {
  /** The group's name. */
  readonly group: string;
  /** Service given. */
  readonly served: number;
  /** Need given. */
  readonly need: number;
  /** served ÷ Σserved; `null` when nothing was served anywhere. */
  readonly serviceShare: number | null;
  /** need ÷ Σneed. */
  readonly needShare: number;
  /** serviceShare ÷ needShare (= rate ÷ overall rate); `null` when the group has no need or nothing was served. 1 is proportional. */
  readonly ratio: number | null;
  /** served ÷ need; `null` when the group has no need. */
  readonly rate: number | null;
  /** Why `ratio` is `null`, when it is. */
  readonly reason?: string;
}

/** The result of {@link representationRatio}. */
export interface RepresentationRatioResult {
  /** One entry per input row, in input order. */
  readonly groups: RepresentationRatioGroup[];
  /** Σserved. */
  readonly totalServed: number;
  /** Σneed. */
  readonly totalNeed: number;
  /** Σserved ÷ Σneed. */
  readonly overallRate: number;
  /** ½ Σ |serviceShare − needShare|: the share of service that would have to move to match need; `null` when nothing was served. */
  readonly dissimilarity: number | null;
  /** Conditions a reader should know about. */
  readonly warnings: string[];
}

/**
 * The representation ratio (location quotient, proportionality index) of each group: its share of the
 * service divided by its share of the need,
 *
 * RRᵍ = (servedᵍ/Σserved) / (needᵍ/Σneed) = rateᵍ / overall rate,
 *
 * as in San Francisco RPD's equity-zone reporting ("20 % of population, 35 % of parks" → 1.75) and the
 * California Community Colleges' proportionality index. 1 is service in proportion to need; below 1 is
 * under-served. The companion scalar `dissimilarity` is the index of dissimilarity between the service and
 * need distributions. The reach module's `representationByGroup` computes the same from records.
 *
 * @param rows - One `{ group, served, need }` per group; group names unique; Σneed > 0.
 * @returns Shares, ratios and rates per group, the totals and the dissimilarity.
 * @throws {EquityLensError} when `rows` is empty or not an array, a group name is not a string or repeats, a
 *   count is negative or not finite, or every need is 0.
 * @category Comparisons
 * @example
 * ```ts
 * import { representationRatio } from "./representationRatio.ts";
 *
 * // SF RPD: equity zones hold 20 % of the population and 35 % of the parks.
 * const result = representationRatio([
 *   { group: "equity zones", served: 35, need: 20 },
 *   { group: "rest of city", served: 65, need: 80 },
 * ]);
 * result.groups[0]?.ratio; // => 1.75
 * result.dissimilarity; // => 0.15
 * ```
 */
export function representationRatio(rows: readonly RepresentationRatioRow[]): RepresentationRatioResult {
  const fn = 'representationRatio';
  if (!Array.isArray(rows)) fail('invalid_type', 'rows', `${fn}: rows is ${describe(rows)}; expected an array of { group, served, need }.`);
  if (rows.length === 0) fail('empty', 'rows', `${fn}: rows is empty; pass one { group, served, need } per group.`);
  const index = new GroupIndex();
  const served = new Float64Array(rows.length);
  const need = new Float64Array(rows.length);
  let totalServed = 0;
  let totalNeed = 0;
  for (let i = 0; i < rows.length; i++) {
    const row: unknown = rows[i];
    if (row === null || typeof row !== 'object') fail('invalid_type', `rows[${i}]`, `${fn}: rows[${i}] is ${describe(row)}; expected { group, served, need }.`);
    const record = row as { group?: unknown; served?: unknown; need?: unknown };
    const before = index.size;
    const id = index.idOf(record.group, `rows[${i}].group`, fn);
    if (index.size === before) {
      fail('duplicate', `rows[${i}].group`, `${fn}: rows[${i}].group is ${describe(record.group)}, already given at rows[${id}]; give each group once.`);
    }
    served[i] = nonNegativeNumber(record.served, `rows[${i}].served`, fn);
    need[i] = nonNegativeNumber(record.need, `rows[${i}].need`, fn);
    totalServed += served[i] as number;
    totalNeed += need[i] as number;
  }
  if (!(totalNeed > 0)) fail('invalid_value', 'rows', `${fn}: every group's need is 0; the shares of need are undefined — pass at least one positive need.`);
  const warnings: string[] = [];
  if (totalServed === 0) warnings.push('nothing was served in any group: service shares and ratios are undefined');
  const groups = index.keys.map((group, i): RepresentationRatioGroup => {
    const s = served[i] as number;
    const n = need[i] as number;
    const serviceShare = totalServed === 0 ? null : s / totalServed;
    const needShare = n / totalNeed;
    const rate = n === 0 ? null : s / n;
    const base = { group, served: s, need: n, serviceShare, needShare, rate };
    if (n === 0) {
      warnings.push(`group ${JSON.stringify(group)} has no need: its ratio is undefined`);
      return { ...base, ratio: null, reason: 'need is 0: the share of need is 0 and the ratio undefined' };
    }
    if (serviceShare === null) return { ...base, ratio: null, reason: 'nothing was served in any group' };
    return { ...base, ratio: (s * totalNeed) / (n * totalServed) };
  });
  // Every service share is a number when something was served.
  const dissimilarity = totalServed === 0 ? null : groups.reduce((sum, g) => sum + Math.abs((g.serviceShare as number) - g.needShare), 0) / 2;
  return {
    groups,
    totalServed,
    totalNeed,
    overallRate: totalServed / totalNeed,
    dissimilarity,
    warnings,
  };
}
