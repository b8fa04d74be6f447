/**
 * Shared pieces of the suppression results.
 *
 * @internal
 * @module
 */
import { describe, fail } from '../../internal/errors.ts';
import type { DisclosurePolicy, SuppressionReason } from '../defineDisclosurePolicy.ts';
import { PRIMARY, PUBLISHED } from './complementary.ts';

/**
 * One value of a table as it may be published: the value, or `null` with the reason it was withheld.
 *
 * @category Disclosure
 */
export interface DisclosedCount {
  /** The count when published; `null` when withheld. */
  readonly value: number | null;
  /** Whether the count is withheld. */
  readonly suppressed: boolean;
  /** Why it is withheld; `null` when published. Keep this for the audit trail — see the note in {@link WithheldEntry}. */
  readonly reason: SuppressionReason | null;
}

/**
 * One withheld value, for the table's footnote and audit trail.
 *
 * Publishing which cells are *primary* tells a reader those hold 1–10; print one symbol for every withheld cell
 * and keep the reasons for the audit trail.
 *
 * @category Disclosure
 */
export interface WithheldEntry {
  /** Where the value is: `"counts[2]"`, `"total"`, `"cells[1][0]"`, `"rowTotals[1]"`, `"columnTotals[0]"`, `"grandTotal"`. */
  readonly path: string;
  /** Why it is withheld. */
  readonly reason: SuppressionReason;
  /** A sentence saying why, naming the policy. */
  readonly note: string;
}

/**
 * What every count-suppression result reports besides the published values: what was withheld, why, and what a
 * reader could still recover. {@link SuppressCountsResult} and {@link SuppressTableResult} extend it.
 *
 * @category Disclosure
 */
export interface SuppressionSummary {
  /** Every withheld value with its reason, in table order (a two-way table: row by row, totals after their row's cells). */
  readonly withheld: WithheldEntry[];
  /** Number of primary suppressions. */
  readonly primary: number;
  /** Number of complementary suppressions. */
  readonly complementary: number;
  /** Paths of withheld values a reader can still recover exactly from what is published (empty unless `complementary` is off). */
  readonly derivable: string[];
  /** The policy applied, with every default filled in. */
  readonly policy: DisclosurePolicy;
  /** Warnings, e.g. values left recoverable because complementary suppression is off. */
  readonly warnings: string[];
}

/** Builds a published or withheld count from an entry state. @internal */
export function disclosed(value: number, state: number): DisclosedCount {
  if (state === PUBLISHED) return { value, suppressed: false, reason: null };
  return { value: null, suppressed: true, reason: state === PRIMARY ? 'primary' : 'complementary' };
}

/** Builds the disclosed counts of entries `from` to `to − 1`. @internal */
export function disclosedList(values: Float64Array, state: Uint8Array, from: number, to: number): DisclosedCount[] {
  // Stryker disable next-line ArrayDeclaration: equivalent — the loop fills every index, so the preset length changes nothing
  const out = new Array<DisclosedCount>(to - from);
  for (let e = from; e < to; e++) out[e - from] = disclosed(values[e] ?? 0, state[e] ?? PUBLISHED);
  return out;
}

/** Explains one withheld entry. @internal */
export function withheldNote(path: string, value: number, state: number, policy: DisclosurePolicy): WithheldEntry {
  if (state === PRIMARY) {
    const range = value === 0 ? 'it is 0 and the policy does not allow zeros' : `it is in ${policy.threshold.min}–${policy.threshold.max}`;
    return { path, reason: 'primary', note: `${path} withheld: ${range} (${policy.name}).` };
  }
  return {
    path,
    reason: 'complementary',
    note: `${path} withheld so that a withheld count cannot be recovered from published totals (${policy.name}).`,
  };
}

/**
 * Lists the withheld entries of a suppressed table in entry order, with the primary and complementary counts.
 * Shared by `suppressCounts` and `suppressTable`; `pathOf` names an entry as the caller's input does.
 *
 * @internal
 */
export function withheldEntries(
  values: Float64Array,
  state: Uint8Array,
  policy: DisclosurePolicy,
  pathOf: (entry: number) => string,
): { withheld: WithheldEntry[]; primary: number; complementary: number } {
  const withheld: WithheldEntry[] = [];
  let primary = 0;
  let complementary = 0;
  // Stryker disable next-line EqualityOperator: equivalent — state has values.length entries, so at e = values.length state[e] is undefined, read as PUBLISHED and skipped
  for (let e = 0; e < values.length; e++) {
    const s = state[e] ?? PUBLISHED;
    if (s === PUBLISHED) continue;
    if (s === PRIMARY) primary++;
    else complementary++;
    withheld.push(withheldNote(pathOf(e), values[e] ?? 0, s, policy));
  }
  return { withheld, primary, complementary };
}

/**
 * Whether a value is a count: a whole number ≥ 0. The per-cell loops check this before they build the path that
 * {@link rejectCount} names, so the normal path allocates nothing per count. @internal
 */
export function isCount(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0;
}

/** Throws the error for a value that is not a count ({@link isCount} is false): why, and how to fix it. @internal */
export function rejectCount(value: unknown, path: string, fn: string): never {
  if (typeof value !== 'number') fail('invalid_type', path, `${fn}: ${path} is ${describe(value)}; expected a count (a whole number ≥ 0).`);
  if (!Number.isFinite(value)) fail('not_finite', path, `${fn}: ${path} is ${describe(value)}; expected a count (a whole number ≥ 0).`);
  // A finite number that is not a count is fractional, or whole and negative.
  if (Number.isInteger(value)) fail('out_of_range', path, `${fn}: ${path} is ${value}; counts cannot be negative — pass the number of people or events, ≥ 0.`);
  fail('not_integer', path, `${fn}: ${path} is ${value}; suppression rules apply to whole counts — pass unweighted counts, not weighted estimates or rates.`);
}

/** Validates one count: a whole number ≥ 0. @internal */
export function count(value: unknown, path: string, fn: string): number {
  return isCount(value) ? value : rejectCount(value, path, fn);
}
