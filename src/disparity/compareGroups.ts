import { describe, fail } from '../internal/errors.ts';
import { GroupIndex } from '../internal/groups.ts';
import { renamedOption } from '../internal/deprecation.ts';
import { compareToReference, parityBandOption } from '../internal/parity.ts';
import { knownKeys, nearestName, nonNegativeNumber, openUnitInterval } from '../internal/validate.ts';
import { wilsonInterval } from '../uncertainty/wilsonInterval.ts';
import { compareScaledRates, exactComparable } from './internal/rational.ts';

/** One group's counts for {@link compareGroups}. */
export interface CompareGroupsRow {
  /** The group's name (any string, `__proto__` included). */
  readonly group: string;
  /** Members with the outcome (eligible households served), 0 ≤ numerator ≤ denominator. */
  readonly numerator: number;
  /** Members of the group (eligible households). */
  readonly denominator: number;
}

/**
 * A parity band for {@link compareGroups}, the goals module's `parityBand`. `relative` is a fraction of the
 * reference rate (San José's "±10 %" is `0.1`), at most 1: a group is within it when |rate − reference| ≤
 * relative × |reference|. `absolute` is in proportion points (`0.05` is ±5 points). With both, a group must
 * meet both. Boundaries are inclusive.
 */
export interface CompareGroupsParityBand {
  /** Relative band as a fraction of the reference rate (0.1 = ±10 %), in [0, 1]. */
  readonly relative?: number;
  /** Absolute band in proportion points (0.05 = ±5 points), ≥ 0. */
  readonly absolute?: number;
}

/** @deprecated Renamed {@link CompareGroupsParityBand} in 0.2; this name goes in 0.3. */
export type CompareGroupsTolerance = CompareGroupsParityBand;

/** How {@link compareGroups} chooses the reference rate. */
export type ComparisonReferenceStrategy = 'best' | 'worst' | 'largest' | 'overall' | { readonly group: string };

/** Whether a higher rate is the favourable outcome. */
export type ComparisonDirection = 'higherIsBetter' | 'lowerIsBetter';

/** Options of {@link compareGroups}. */
export interface CompareGroupsOptions {
  /**
   * The reference each group is compared with. `'overall'` (default): the pooled rate Σnumerator/Σdenominator.
   * `'best'` / `'worst'`: the group with the most / least favourable rate under `direction` (ties: first in
   * input order). `'largest'`: the group with the largest denominator (Aequitas' majority group; ties: first).
   * `{ group }`: a named group.
   */
  referenceGroup?: ComparisonReferenceStrategy;
  /** @deprecated The 0.1 name of `referenceGroup`; accepted until 0.3 with a warning. */
  reference?: ComparisonReferenceStrategy;
  /** Whether a higher rate is favourable. Default `'higherIsBetter'` (coverage, penetration). */
  direction?: ComparisonDirection;
  /**
   * The parity band for `withinParityBand`: `relative` is a fraction of the reference rate (at most 1; 10 is
   * rejected with "write 10 % as 0.1"), `absolute` is in proportion points; with both, a group must
   * meet both. Default `{ relative: 0.1 }`, San José's "equal program penetration rate (±10 %)". Pass `{}` for
   * no band (`withinParityBand` is then `null`).
   */
  parityBand?: CompareGroupsParityBand;
  /** @deprecated The 0.1 name of `parityBand`; accepted until 0.3 with a warning. */
  tolerance?: CompareGroupsParityBand;
  /** Two-sided confidence level of the Wilson intervals, in (0, 1). Default 0.95. */
  confidence?: number;
  /**
   * Aequitas' fairness threshold τ in (0, 1]: a group is within the ratio band when τ ≤ rate/reference ≤ 1/τ,
   * bounds inclusive (Aequitas `fairness.py`). Default 0.8.
   */
  tau?: number;
}

/** One group compared with the reference. */
export interface GroupComparison {
  /** The group's name. */
  readonly group: string;
  /** The numerator given. */
  readonly numerator: number;
  /** The denominator given. */
  readonly denominator: number;
  /** numerator ÷ denominator; `null` when the denominator is 0. */
  readonly rate: number | null;
  /** Lower bound of the Wilson interval of the rate. */
  readonly lower: number | null;
  /** Upper bound of the Wilson interval of the rate. */
  readonly upper: number | null;
  /** rate ÷ reference rate; `null` when either is undefined or the reference rate is 0 (every row, the reference row's 0/0 included). */
  readonly ratioToReference: number | null;
  /** rate − reference rate, in proportion points; `null` when either is undefined. */
  readonly differenceFromReference: number | null;
  /** Whether the rate is inside the parity band around the reference; `null` when undefined or no band is set. */
  readonly withinParityBand: boolean | null;
  /** @deprecated The 0.1 name of `withinParityBand` (same value); removed in 0.3. */
  readonly withinTolerance: boolean | null;
  /**
   * The EEOC four-fifths flag (29 CFR 1607.4(D)): `true` when the group's rate is less than four-fifths of the
   * most favourable group's rate (strict: exactly 4/5 is not flagged). For `lowerIsBetter` the rule is applied
   * to the reciprocal (best rate ÷ this rate < 4/5). Compared exactly for integer counts. `null` when the
   * group's rate is undefined or, for `higherIsBetter`, the highest rate is 0.
   */
  readonly fourFifthsFlag: boolean | null;
  /** Whether τ ≤ rate/reference ≤ 1/τ (Aequitas band, inclusive); `null` when the ratio is undefined. */
  readonly withinRatioBand: boolean | null;
  /** Whether this group is the reference group. */
  readonly isReference: boolean;
  /** Why values are `null`, when they are. */
  readonly reason?: string;
}

/** The reference used by {@link compareGroups}. */
export interface ComparisonReference {
  /** The strategy: `'best'`, `'worst'`, `'largest'`, `'overall'` or `'named'`. */
  readonly strategy: 'best' | 'worst' | 'largest' | 'overall' | 'named';
  /** The reference group's name; `null` for `'overall'` or when no group has a defined rate. */
  readonly group: string | null;
  /** Numerator behind the reference rate. */
  readonly numerator: number;
  /** Denominator behind the reference rate. */
  readonly denominator: number;
  /** The reference rate; `null` when undefined. */
  readonly rate: number | null;
}

/** The result of {@link compareGroups}. */
export interface CompareGroupsResult {
  /** One entry per input row, in input order. */
  readonly groups: GroupComparison[];
  /** The reference every group was compared with. */
  readonly reference: ComparisonReference;
  /** The most favourable group, the comparator of the four-fifths rule; `null` when no rate is defined. */
  readonly fourFifthsComparator: string | null;
  /** The direction used. */
  readonly direction: ComparisonDirection;
  /** The parity band used. */
  readonly parityBand: CompareGroupsParityBand;
  /** @deprecated The 0.1 name of `parityBand` (same value); removed in 0.3. */
  readonly tolerance: CompareGroupsParityBand;
  /** The Aequitas threshold τ used. */
  readonly tau: number;
  /** The confidence level of the intervals. */
  readonly confidence: number;
  /** Interval method and whether the four-fifths and band comparisons were exact (integer counts). */
  readonly method: { readonly interval: 'wilson'; readonly ratioComparisons: 'exactRational' | 'relativeTolerance' };
  /** Conditions a reader should know about (groups without members, undefined reference, deprecated names used). */
  readonly warnings: string[];
}

interface Row {
  group: string;
  numerator: number;
  denominator: number;
}

/**
 * Compares each group's rate with a reference: rate and Wilson interval, ratio and difference to the
 * reference, a parity band (San José's ±10 %, via the shared parity helper), the EEOC four-fifths flag and the
 * Aequitas τ band — the "is every group served in proportion?" table of an equity goal.
 *
 * Formulas: rateᵍ = numeratorᵍ/denominatorᵍ; ratio = rateᵍ/rate_ref; difference = rateᵍ − rate_ref;
 * within tolerance ⇔ |difference| ≤ relative·|rate_ref| (and ≤ absolute); four-fifths flag ⇔
 * rateᵍ/rate_best < 4/5 (29 CFR 1607.4(D)); ratio band ⇔ τ ≤ ratio ≤ 1/τ (Aequitas). With integer counts the
 * four-fifths and τ comparisons cross-multiply exactly (16/50 against 4/10 is exactly 4/5 and not flagged,
 * although (16/50)/(4/10) is 0.7999999999999999 in floating point; `ratioToReference` is computed as
 * (a·d)/(b·c), one rounding, so it reads 0.8). Unlike Aequitas, a zero reference gives
 * `null`, never a substituted 10.
 *
 * @param rows - One `{ group, numerator, denominator }` per group; group names unique.
 * @param options - `referenceGroup` (default `'overall'`), `direction` (default `'higherIsBetter'`), `parityBand`
 *   (default `{ relative: 0.1 }`), `confidence` (default 0.95), `tau` (default 0.8).
 * @returns Per-group comparisons in input order, the reference and the conventions used.
 * @throws {EquityLensError} when `rows` is empty or not an array, a group name is not a string or repeats, a
 *   count is negative or not finite, a numerator exceeds its denominator, the named reference group is
 *   absent, or an option is invalid.
 * @category Comparisons
 * @example
 * ```ts
 * import { compareGroups } from "./compareGroups.ts";
 *
 * const table = compareGroups(
 *   [
 *     { group: "A", numerator: 16, denominator: 50 },
 *     { group: "B", numerator: 4, denominator: 10 },
 *   ],
 *   { referenceGroup: "best" },
 * );
 * table.reference.group; // => "B"
 * table.groups[0]?.ratioToReference; // => 0.8
 * table.groups[0]?.fourFifthsFlag; // => false (exactly four-fifths is not adverse impact)
 * table.groups[0]?.withinParityBand; // => false (outside ±10 % of 0.4)
 * ```
 */
export function compareGroups(rows: readonly CompareGroupsRow[], options: CompareGroupsOptions = {}): CompareGroupsResult {
  const fn = 'compareGroups';
  knownKeys(options, ['referenceGroup', 'reference', 'direction', 'parityBand', 'tolerance', 'confidence', 'tau'], 'options', fn);
  const deprecations: string[] = [];
  const referenceOption = renamedOption(options, 'referenceGroup', 'reference', 'options', fn, deprecations);
  const parityBand = parityBandOption(renamedOption(options, 'parityBand', 'tolerance', 'options', fn, deprecations), 'options.parityBand', fn, { relative: 0.1 });
  const direction = options.direction ?? 'higherIsBetter';
  if (direction !== 'higherIsBetter' && direction !== 'lowerIsBetter') {
    fail('invalid_value', 'options.direction', `${fn}: options.direction is ${describe(direction)}; use 'higherIsBetter' or 'lowerIsBetter'.`);
  }
  const confidence = options.confidence === undefined ? 0.95 : openUnitInterval(options.confidence, 'options.confidence', fn);
  const tau = options.tau === undefined ? 0.8 : nonNegativeNumber(options.tau, 'options.tau', fn);
  if (!(tau > 0 && tau <= 1)) fail('out_of_range', 'options.tau', `${fn}: options.tau is ${tau}; Aequitas' threshold lies in (0, 1], e.g. 0.8.`);
  const checked = checkRows(rows, fn);
  const higherIsBetter = direction === 'higherIsBetter';
  const warnings: string[] = [...deprecations];
  for (const row of checked) {
    if (row.denominator === 0) warnings.push(`group ${JSON.stringify(row.group)} has denominator 0: its rate is undefined`);
  }

  // More favourable first: −1 when row a is better than row b.
  const better = (a: Row, b: Row): number => {
    const order = compareScaledRates(a.numerator, a.denominator, 1, b.numerator, b.denominator);
    return higherIsBetter ? -order : order;
  };
  let best: Row | null = null;
  let worst: Row | null = null;
  for (const row of checked) {
    if (row.denominator === 0) continue;
    if (best === null || better(row, best) < 0) best = row;
    if (worst === null || better(row, worst) > 0) worst = row;
  }

  const reference = chooseReference(checked, referenceOption, best, worst, fn);
  if (reference.rate === null) warnings.push('the reference rate is undefined (denominator 0): ratios and differences are null');
  else if (reference.rate === 0) warnings.push('the reference rate is 0: ratios to it are undefined');

  let exact = true;
  const groups = checked.map((row): GroupComparison => {
    const isReference = reference.group === row.group;
    if (row.denominator === 0) {
      return {
        group: row.group,
        numerator: row.numerator,
        denominator: row.denominator,
        rate: null,
        lower: null,
        upper: null,
        ratioToReference: null,
        differenceFromReference: null,
        withinParityBand: null,
        withinTolerance: null,
        fourFifthsFlag: null,
        withinRatioBand: null,
        isReference,
        reason: 'denominator is 0: the rate is undefined',
      };
    }
    const rate = row.numerator / row.denominator;
    const interval = wilsonInterval(row.numerator, row.denominator, { confidence });
    let ratioToReference: number | null = null;
    let differenceFromReference: number | null = null;
    let withinParityBand: boolean | null = null;
    let withinRatioBand: boolean | null = null;
    let reason: string | undefined;
    if (reference.rate === null) {
      reason = 'the reference rate is undefined';
    } else {
      const parity = compareToReference(rate, reference.rate, parityBand);
      differenceFromReference = isReference ? 0 : parity.difference;
      withinParityBand = parity.withinParityBand;
      if (reference.rate > 0) {
        const integers = exactComparable(row.numerator, row.denominator, reference.numerator, reference.denominator);
        if (!integers) exact = false;
        // Integer counts: one rounding, (a·d)/(b·c), instead of three (and exactly 1 for the reference row, as
        // a·b = b·a); other counts could overflow or underflow the products.
        ratioToReference = integers ? (row.numerator * reference.denominator) / (row.denominator * reference.numerator) : rate / reference.rate;
        const lowOk = compareScaledRates(reference.numerator, reference.denominator, tau, row.numerator, row.denominator) <= 0;
        const highOk = compareScaledRates(row.numerator, row.denominator, tau, reference.numerator, reference.denominator) <= 0;
        withinRatioBand = lowOk && highOk;
      } else {
        // x/0 and, for the reference row itself, 0/0: undefined for every row, the reference included.
        reason = 'the reference rate is 0: the ratio is undefined';
      }
    }
    let fourFifthsFlag: boolean | null = null;
    // Stryker disable next-line ConditionalExpression: equivalent — this row has a positive denominator, so the loop above made it or another row best
    if (best !== null) {
      if (!exactComparable(row.numerator, row.denominator, best.numerator, best.denominator)) exact = false;
      if (higherIsBetter) {
        // flag ⇔ rate/best < 4/5 ⇔ best·4/5 > rate
        fourFifthsFlag = best.numerator === 0 ? null : compareScaledRates(best.numerator, best.denominator, 0.8, row.numerator, row.denominator) > 0;
      } else {
        // flag ⇔ best/rate < 4/5 ⇔ rate·4/5 > best
        fourFifthsFlag = compareScaledRates(row.numerator, row.denominator, 0.8, best.numerator, best.denominator) > 0;
      }
    }
    const base = {
      group: row.group,
      numerator: row.numerator,
      denominator: row.denominator,
      rate,
      lower: interval.lower,
      upper: interval.upper,
      ratioToReference,
      differenceFromReference,
      withinParityBand,
      withinTolerance: withinParityBand,
      fourFifthsFlag,
      withinRatioBand,
      isReference,
    };
    return reason === undefined ? base : { ...base, reason };
  });
  if (best !== null && higherIsBetter && best.numerator === 0) warnings.push('every rate is 0: the four-fifths rule does not apply');

  return {
    groups,
    reference,
    fourFifthsComparator: best === null ? null : best.group,
    direction,
    parityBand,
    tolerance: parityBand,
    tau,
    confidence,
    method: { interval: 'wilson', ratioComparisons: exact ? 'exactRational' : 'relativeTolerance' },
    warnings,
  };
}

function checkRows(rows: unknown, fn: string): Row[] {
  if (!Array.isArray(rows)) fail('invalid_type', 'rows', `${fn}: rows is ${describe(rows)}; expected an array of { group, numerator, denominator }.`);
  if (rows.length === 0) fail('empty', 'rows', `${fn}: rows is empty; pass one { group, numerator, denominator } per group.`);
  const index = new GroupIndex();
  const out: Row[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row: unknown = rows[i];
    if (row === null || typeof row !== 'object') {
      fail('invalid_type', `rows[${i}]`, `${fn}: rows[${i}] is ${describe(row)}; expected { group, numerator, denominator }.`);
    }
    const record = row as { group?: unknown; numerator?: unknown; denominator?: unknown };
    const before = index.size;
    const id = index.idOf(record.group, `rows[${i}].group`, fn);
    if (index.size === before) {
      fail('duplicate', `rows[${i}].group`, `${fn}: rows[${i}].group is ${describe(record.group)}, already given at rows[${id}]; give each group once (sum its counts first).`);
    }
    const numerator = nonNegativeNumber(record.numerator, `rows[${i}].numerator`, fn);
    const denominator = nonNegativeNumber(record.denominator, `rows[${i}].denominator`, fn);
    if (numerator > denominator) {
      fail(
        'out_of_range',
        `rows[${i}].numerator`,
        `${fn}: rows[${i}].numerator is ${numerator} but its denominator is ${denominator}; compareGroups compares proportions (use rateRatio for rates that can exceed 1).`,
      );
    }
    out.push({ group: record.group as string, numerator, denominator });
  }
  return out;
}

function chooseReference(rows: Row[], strategy: unknown, best: Row | null, worst: Row | null, fn: string): ComparisonReference {
  const fromRow = (name: ComparisonReference['strategy'], row: Row | null): ComparisonReference =>
    row === null
      ? { strategy: name, group: null, numerator: 0, denominator: 0, rate: null }
      : { strategy: name, group: row.group, numerator: row.numerator, denominator: row.denominator, rate: row.denominator === 0 ? null : row.numerator / row.denominator };
  if (strategy === undefined || strategy === 'overall') {
    let numerator = 0;
    let denominator = 0;
    for (const row of rows) {
      numerator += row.numerator;
      denominator += row.denominator;
    }
    return { strategy: 'overall', group: null, numerator, denominator, rate: denominator === 0 ? null : numerator / denominator };
  }
  if (strategy === 'best') return fromRow('best', best);
  if (strategy === 'worst') return fromRow('worst', worst);
  if (strategy === 'largest') {
    let largest: Row | null = null;
    for (const row of rows) if (largest === null || row.denominator > largest.denominator) largest = row;
    return fromRow('largest', largest);
  }
  if (strategy !== null && typeof strategy === 'object' && !Array.isArray(strategy)) {
    knownKeys(strategy, ['group'], 'options.referenceGroup', fn);
    const name: unknown = (strategy as { group?: unknown }).group;
    if (typeof name !== 'string') {
      fail('invalid_type', 'options.referenceGroup.group', `${fn}: options.referenceGroup.group is ${describe(name)}; expected the name of one of the groups.`);
    }
    const row = rows.find((r) => r.group === name);
    if (row === undefined) {
      const nearest = nearestName(name, rows.map((r) => r.group));
      fail(
        'not_found',
        'options.referenceGroup.group',
        `${fn}: options.referenceGroup.group is ${JSON.stringify(name)}, which is not among the groups; name one of the groups given in rows.`,
        nearest === undefined ? undefined : `did you mean "${nearest}"?`,
      );
    }
    return fromRow('named', row);
  }
  return fail(
    'invalid_value',
    'options.referenceGroup',
    `${fn}: options.referenceGroup is ${describe(strategy)}; use 'overall', 'best', 'worst', 'largest' or { group: "name" }.`,
  );
}
