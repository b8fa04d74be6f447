import { describe, fail } from '../internal/errors.ts';
import { renamedOption } from '../internal/deprecation.ts';
import { compareToReference, parityBandOption } from '../internal/parity.ts';
import { knownKeys, positiveNumber } from '../internal/validate.ts';
import { type CostCutoff, costCutoff, countByCost, noMaxCostWithoutCosts } from './internal/costQueries.ts';
import { type GroupedRows, readGroupedRows } from './internal/groupedRows.ts';
import { SphereGrid } from '../internal/sphereGrid.ts';
import { flagWithin } from './internal/sphereGridQueries.ts';
import type { Position, TravelCosts } from './types.ts';
import { packPositions } from './internal/inputs.ts';

/**
 * A parity band, the goals module's `parityBand`: `relative` is a fraction of the reference share (0.1 = San
 * José's ±10 %; at most 1), `absolute` is in share points (0.05 = ±5 points); with both, a group must meet both.
 *
 * @category Proximity
 */
export interface AccessParityBand {
  /** Relative band as a fraction of the reference share, in [0, 1]. */
  readonly relative?: number;
  /** Absolute band in share points, ≥ 0. */
  readonly absolute?: number;
}

/**
 * @deprecated Renamed {@link AccessParityBand} in 0.2; this name goes in 0.3.
 * @category Proximity
 */
export type AccessTolerance = AccessParityBand;

/**
 * Which group the others are compared with.
 *
 * @category Proximity
 */
export type AccessReference = 'overall' | 'best' | 'worst' | 'largest' | { readonly group: string };

/** Options of {@link accessByGroup}. */
export interface AccessByGroupOptions<T> {
  /** The row's location `[lng, lat]`. */
  readonly location: (row: T) => Position;
  /** The row's group (district, race/ethnicity, language …). Required (optional in the type only while its 0.1 name `group` is accepted). */
  readonly by?: (row: T) => string;
  /** @deprecated The 0.1 name of `by`; accepted until 0.3 with a warning. */
  readonly group?: (row: T) => string;
  /** The row's weight (eligible households …), ≥ 0. Default 1. */
  readonly weight?: (row: T) => number;
  /** Radius in km; a row is covered when a site is at distance ≤ `radiusKm`. */
  readonly radiusKm: number;
  /**
   * The reference share: `'overall'` (default, everyone together), `'best'` (highest share), `'worst'`, `'largest'`
   * (most weight) or `{ group }`. Ties go to the group that appears first.
   */
  readonly referenceGroup?: AccessReference;
  /** @deprecated The 0.1 name of `referenceGroup`; accepted until 0.3 with a warning. */
  readonly reference?: AccessReference;
  /** The parity band. Default `{ relative: 0.1 }`, San José's ±10 %. A relative band above 1 is rejected (10 with "write 10 % as 0.1"). */
  readonly parityBand?: AccessParityBand;
  /** @deprecated The 0.1 name of `parityBand`; accepted until 0.3 with a warning. */
  readonly tolerance?: AccessParityBand;
}

/** Coverage of one group and its comparison with the reference. */
export interface GroupAccess {
  /** Number of rows. */
  readonly count: number;
  /** Total weight. */
  readonly weight: number;
  /** Number of covered rows. */
  readonly coveredCount: number;
  /** Weight of the covered rows. */
  readonly coveredWeight: number;
  /** coveredWeight ÷ weight; `null` when the weight is 0. */
  readonly share: number | null;
  /** share ÷ reference share; `null` when either is undefined or the reference is 0. */
  readonly ratioToReference: number | null;
  /** share − reference share; `null` when either is undefined. */
  readonly differenceFromReference: number | null;
  /** Whether the share is within the parity band of the reference; `null` when undefined. */
  readonly withinParityBand: boolean | null;
  /** @deprecated The 0.1 name of `withinParityBand` (same value); removed in 0.3. */
  readonly withinTolerance: boolean | null;
}

/** Result of {@link accessByGroup}. */
export interface AccessByGroupResult {
  /** Everyone together (compared with the reference too). */
  readonly overall: GroupAccess;
  /** Per group, in order of first appearance. */
  readonly groups: Map<string, GroupAccess>;
  /** The reference used: its label (`'overall'` or the group key) and share. */
  readonly reference: { readonly label: string; readonly share: number | null };
  /** The parity band used. */
  readonly parityBand: AccessParityBand;
  /** @deprecated The 0.1 name of `parityBand` (same value); removed in 0.3. */
  readonly tolerance: AccessParityBand;
  /** The radius used, km. */
  readonly radiusKm: number;
  /** The unit of the cut-off: `'km'`. */
  readonly unit: 'km';
  /** Always `'distance <= radius'`. */
  readonly threshold: 'distance <= radius';
  /** Why values are null, when some are, and deprecated names used. */
  readonly warnings: string[];
}

/**
 * Options of {@link accessByGroup} with a travel-cost matrix: row i of the matrix is `rows[i]`; `location` is
 * not read.
 */
export interface AccessByGroupCostOptions<T> extends Omit<AccessByGroupOptions<T>, 'location' | 'radiusKm'> {
  /** Not read with a matrix (the row's index is its matrix row). */
  readonly location?: (row: T) => Position;
  /** Travel costs from each row (origins) to each site (destinations); absent sparse pairs and dense `Infinity` are not reachable. */
  readonly costs: TravelCosts;
  /** Cut-off in the matrix's unit; a row is covered when some site costs ≤ `maxCost` (e.g. a 15-minute walk). */
  readonly maxCost: number;
}

/** Result of {@link accessByGroup} with a travel-cost matrix. */
export interface AccessByGroupCostResult extends Omit<AccessByGroupResult, 'radiusKm' | 'unit' | 'threshold'> {
  /** The cut-off used, in `unit`. */
  readonly maxCost: number;
  /** The matrix's unit label (`costs.unit`, e.g. `'minutes'`; `'cost'` when none was given). */
  readonly unit: string;
  /** Always `'cost <= maxCost'`. */
  readonly threshold: 'cost <= maxCost';
}

/**
 * The share of each group within a radius of a site, and its ratio to a reference — the San José equity
 * test ("equal program penetration, ±10 %", MOTI Data Equity Framework) applied to access. A group is within
 * tolerance when |share − reference| ≤ 10 % of the reference (by default); the band is the one shared with the
 * disparity and monitor modules.
 *
 * Coverage uses {@link coverage}'s exact distances and its inclusive threshold. Shares are weighted: pass
 * `weight` (eligible households) so the share means "of eligible households" rather than "of records".
 *
 * @param rows - Records, read through the accessors.
 * @param sites - Site positions `[lng, lat]`; at least one.
 * @param options - Accessors (`location`, `by`, `weight`), `radiusKm`, `referenceGroup`, `parityBand`.
 * @returns Overall and per-group shares with their comparison to the reference.
 * @throws {EquityLensError} `missing_field` for a missing accessor, `invalid_position`, `out_of_range` (radius
 * ≤ 0, negative weight or tolerance), `not_found` for a reference group that does not occur, `empty` for no
 * sites.
 * @category Proximity
 * @example
 * ```ts
 * import { accessByGroup } from "./accessByGroup.ts";
 *
 * const centres = [[-121.90, 37.33]];
 * const homes = [
 *   { at: [-121.90, 37.335], district: "D3" },
 *   { at: [-121.90, 37.34], district: "D3" },
 *   { at: [-121.90, 37.335], district: "D7" },
 *   { at: [-121.90, 37.40], district: "D7" },
 * ];
 * const access = accessByGroup(homes, centres, { location: (h) => h.at, by: (h) => h.district, radiusKm: 2 });
 * access.groups.get("D3")!.share; // => 1
 * access.groups.get("D7")!.ratioToReference; // => 0.6666666666666666
 * access.groups.get("D7")!.withinParityBand; // => false
 * ```
 */
export function accessByGroup<T>(rows: readonly T[], sites: readonly unknown[], options: AccessByGroupCostOptions<T>): AccessByGroupCostResult;
/** {@link accessByGroup} by great-circle distance: a row has access when a site lies within `options.radiusKm`. */
export function accessByGroup<T>(rows: readonly T[], sites: readonly Position[], options: AccessByGroupOptions<T>): AccessByGroupResult;
export function accessByGroup<T>(rows: readonly T[], sites: readonly unknown[], options: AccessByGroupOptions<T> | AccessByGroupCostOptions<T>): AccessByGroupResult | AccessByGroupCostResult {
  const fn = 'accessByGroup';
  if (options === null || typeof options !== 'object') {
    fail('missing_field', 'options.radiusKm', `${fn}: options is ${describe(options)}; pass { location, by, radiusKm } (or { by, costs, maxCost }).`);
  }
  knownKeys(options, ['location', 'by', 'group', 'weight', 'radiusKm', 'referenceGroup', 'reference', 'parityBand', 'tolerance', 'costs', 'maxCost'], 'options', fn);
  const deprecations: string[] = [];
  const by = renamedOption(options, 'by', 'group', 'options', fn, deprecations) as (row: T) => string;
  const referenceOption = renamedOption(options, 'referenceGroup', 'reference', 'options', fn, deprecations) as AccessReference | undefined;
  const parityBand = parityBandOption(renamedOption(options, 'parityBand', 'tolerance', 'options', fn, deprecations), 'options.parityBand', fn, { relative: 0.1 });
  const record = options as unknown as Readonly<Record<string, unknown>>;
  const useCosts = 'costs' in options && options.costs !== undefined;
  let covered: Uint8Array;
  let cutoff: CostCutoff | { radiusKm: number };
  let grouped: GroupedRows;
  const weightAccessor = options.weight === undefined ? {} : { weight: options.weight };
  if (useCosts) {
    if (!Array.isArray(rows)) fail('invalid_type', 'rows', `${fn}: rows is ${describe(rows)}; expected an array of records.`);
    cutoff = costCutoff(rows, sites, record, 'radiusKm', fn);
    grouped = readGroupedRows(rows, { by, ...weightAccessor }, fn);
    const count = countByCost(cutoff.pairs);
    covered = new Uint8Array(count.length);
    for (let i = 0; i < count.length; i++) covered[i] = (count[i] as number) > 0 ? 1 : 0;
  } else {
    noMaxCostWithoutCosts(record, 'radiusKm', fn);
    const packedSites = packPositions(sites, 'sites', fn);
    if (packedSites.length === 0) fail('empty', 'sites', `${fn}: sites is empty; pass at least one site position [lng, lat].`);
    const radiusKm = positiveNumber((options as AccessByGroupOptions<T>).radiusKm, 'options.radiusKm', fn);
    cutoff = { radiusKm };
    grouped = readGroupedRows(rows, { location: (options as AccessByGroupOptions<T>).location, by, ...weightAccessor }, fn);
    covered = flagWithin(new SphereGrid(packedSites), grouped.packed, radiusKm);
  }
  const g = grouped.groups.size;
  const count = new Float64Array(g + 1);
  const weight = new Float64Array(g + 1);
  const coveredCount = new Float64Array(g + 1);
  const coveredWeight = new Float64Array(g + 1);
  for (let i = 0; i < covered.length; i++) {
    const k = grouped.groupOf[i] as number;
    const w = grouped.weights[i] as number;
    count[k] = (count[k] as number) + 1;
    weight[k] = (weight[k] as number) + w;
    if (covered[i] === 1) {
      coveredCount[k] = (coveredCount[k] as number) + 1;
      coveredWeight[k] = (coveredWeight[k] as number) + w;
    }
  }
  // The overall slot sums the groups, so it equals the groups added up exactly as they are reported.
  for (let k = 0; k < g; k++) {
    count[g] = (count[g] as number) + (count[k] as number);
    weight[g] = (weight[g] as number) + (weight[k] as number);
    coveredCount[g] = (coveredCount[g] as number) + (coveredCount[k] as number);
    coveredWeight[g] = (coveredWeight[g] as number) + (coveredWeight[k] as number);
  }
  const share = (slot: number): number | null => ((weight[slot] as number) > 0 ? (coveredWeight[slot] as number) / (weight[slot] as number) : null);
  const warnings: string[] = [...deprecations];
  const reference = referenceOption ?? 'overall';
  let referenceSlot = g;
  let label = 'overall';
  if (typeof reference === 'object' && reference !== null) {
    const id = typeof reference.group === 'string' ? grouped.groups.get(reference.group) : undefined;
    if (id === undefined) {
      fail('not_found', 'options.referenceGroup.group', `${fn}: options.referenceGroup.group is ${describe(reference.group)}, which does not occur in the rows; use one of: ${grouped.groups.keys.slice(0, 10).join(', ')}.`);
    }
    referenceSlot = id;
    label = reference.group;
  } else if (reference === 'best' || reference === 'worst' || reference === 'largest') {
    let bestValue = -Infinity;
    for (let k = 0; k < g; k++) {
      const value = reference === 'largest' ? (weight[k] as number) : share(k);
      if (value === null) continue;
      const signed = reference === 'worst' ? -value : value;
      if (signed > bestValue) {
        bestValue = signed;
        referenceSlot = k;
      }
    }
    label = referenceSlot === g ? 'overall' : (grouped.groups.keys[referenceSlot] as string);
  } else if (reference !== 'overall') {
    fail('invalid_value', 'options.referenceGroup', `${fn}: options.referenceGroup is ${describe(reference)}; expected 'overall', 'best', 'worst', 'largest' or { group }.`);
  }
  const referenceShare = share(referenceSlot);
  if (referenceShare === null) warnings.push(`${fn}: the reference (${label}) has no weight, so ratios are undefined (null).`);
  const describeSlot = (slot: number): GroupAccess => {
    const s = share(slot);
    const comparison = s === null || referenceShare === null ? null : compareToReference(s, referenceShare, parityBand);
    return {
      count: count[slot] as number,
      weight: weight[slot] as number,
      coveredCount: coveredCount[slot] as number,
      coveredWeight: coveredWeight[slot] as number,
      share: s,
      ratioToReference: comparison === null ? null : comparison.ratio,
      differenceFromReference: comparison === null ? null : comparison.difference,
      withinParityBand: comparison === null ? null : comparison.withinParityBand,
      withinTolerance: comparison === null ? null : comparison.withinParityBand,
    };
  };
  const groups = new Map<string, GroupAccess>();
  grouped.groups.keys.forEach((key, k) => {
    if ((weight[k] as number) === 0) warnings.push(`${fn}: group ${JSON.stringify(key)} has no weight, so its share is undefined (null).`);
    groups.set(key, describeSlot(k));
  });
  const common = { overall: describeSlot(g), groups, reference: { label, share: referenceShare }, parityBand, tolerance: parityBand };
  return 'pairs' in cutoff
    ? { ...common, maxCost: cutoff.maxCost, unit: cutoff.unit, threshold: 'cost <= maxCost', warnings }
    : { ...common, radiusKm: cutoff.radiusKm, unit: 'km', threshold: 'distance <= radius', warnings };
}
