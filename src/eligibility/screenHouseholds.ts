import { describe, fail } from '../internal/errors.ts';
import type { Household } from '../internal/records.ts';
import type { EligibilityStatus, EligibilityTableRef } from './eligibilityResult.ts';
import type { EligibilityRule } from './eligibilityRuleSchema.ts';
import { compiledFor, type EvaluateEligibilityOptions } from './evaluateEligibility.ts';
import { MAX_HOUSEHOLD_SIZE, dateKey, fastDateKey } from './internal/checks.ts';
import { combine, type IncomeTestData } from './internal/compile.ts';
import { annualIncomeOf, checkHousehold } from './internal/household.ts';

/**
 * Options of {@link screenHouseholds}: the same as {@link evaluateEligibility}'s.
 *
 * @category Eligibility rules
 */
export type ScreenHouseholdsOptions = EvaluateEligibilityOptions;

/**
 * The meaning of the codes in {@link EligibilityScreening}: `status[i]` and `criteria[i × k + j]` are indexes
 * into this list (0 = ineligible / fails, 1 = eligible / passes, 2 = indeterminate).
 *
 * @category Eligibility rules
 * @example
 * ```ts
 * import { ELIGIBILITY_STATUS_CODES } from "./screenHouseholds.ts";
 *
 * ELIGIBILITY_STATUS_CODES[1]; // => "eligible"
 * ```
 */
export const ELIGIBILITY_STATUS_CODES: readonly EligibilityStatus[] = ['ineligible', 'eligible', 'indeterminate'];

/**
 * The outcome of a rule for many households, as typed arrays.
 *
 * @category Eligibility rules
 */
export interface EligibilityScreening {
  /** Per household: 0 ineligible, 1 eligible, 2 indeterminate ({@link ELIGIBILITY_STATUS_CODES}). */
  readonly status: Uint8Array;
  /** Per household and criterion, row-major (`i × criterionIds.length + j`): 0 fails, 1 passes, 2 indeterminate. */
  readonly criteria: Uint8Array;
  /** Criterion ids, in rule order: the columns of `criteria`. */
  readonly criterionIds: readonly string[];
  /** Households per status. */
  readonly counts: { readonly eligible: number; readonly ineligible: number; readonly indeterminate: number };
  /** Rule id and version evaluated. */
  readonly rule: { readonly id: string; readonly version: string };
  /** The evaluation date. */
  readonly asOf: string;
  /** Every parameter table the rule used. */
  readonly tables: readonly EligibilityTableRef[];
  /** `deprecated:` warnings for 0.1 names the rule still uses (accepted until 0.3). */
  readonly warnings: readonly string[];
}

/**
 * {@link evaluateEligibility} for many households at once, on a fast path: the rule is validated and compiled
 * once (tables looked up, thresholds precomputed for every household size), then each household is checked and
 * evaluated with no per-household allocation beyond what its own fields need. Outcomes — identical to
 * `evaluateEligibility`'s statuses and per-criterion `passed` values — go into typed arrays; use
 * `evaluateEligibility` on the households whose reasons you want to read.
 *
 * Cost: O(N × criteria) after an O(criteria × 30) compile.
 *
 * @param households - Household records ({@link HouseholdSchema}).
 * @param rule - The rule ({@link EligibilityRuleSchema}).
 * @param options - `asOf` (required) and optional own `tables`.
 * @returns Status and criterion codes per household, counts, and the tables used.
 * @throws {EquityLensError} as {@link evaluateEligibility}, with the path of the first bad household
 *   (`households[12].annualIncome`).
 * @category Eligibility rules
 * @example
 * ```ts
 * import { screenHouseholds } from "./screenHouseholds.ts";
 * import type { EligibilityRule } from "./eligibilityRuleSchema.ts";
 *
 * const rule: EligibilityRule = {
 *   id: "low-income", label: "HUD low income", version: "FY2025",
 *   criteria: { kind: "hudIncomeCategory", id: "hud", label: "At or below the HUD low-income limit", atMost: "low" },
 * };
 * const households = [
 *   { id: "a", size: 4, annualIncome: 159550, attributes: {} },
 *   { id: "b", size: 4, annualIncome: 159551, attributes: {} },
 *   { id: "c", size: 4, attributes: {} },
 * ];
 * const screening = screenHouseholds(households, rule, { asOf: "2025-04-01" });
 * Array.from(screening.status); // => [1, 0, 2]
 * screening.counts; // => { eligible: 1, ineligible: 1, indeterminate: 1 }
 * ```
 */
export function screenHouseholds(households: readonly Household[], rule: EligibilityRule, options: ScreenHouseholdsOptions): EligibilityScreening {
  const fn = 'screenHouseholds';
  const compiled = compiledFor(rule, options, fn);
  if (!Array.isArray(households)) {
    fail('invalid_type', 'households', `${fn}: households is ${describe(households)}; expected an array of household records.`);
  }
  const n = households.length;
  const leaves = compiled.leaves;
  const k = leaves.length;
  const status = new Uint8Array(n);
  const criteria = new Uint8Array(n * k);
  const codes = new Uint8Array(k);
  const stack = new Uint8Array(compiled.ops.length);
  const { ops, args, needs } = compiled;
  const tests = leaves.map((leaf) => leaf.test);
  // Income comparisons are inlined from typed arrays: no call per criterion and household.
  const SIZES = MAX_HOUSEHOLD_SIZE + 1;
  const isIncome = new Uint8Array(k);
  const thresholds = new Float64Array(k * SIZES);
  const scales = new Float64Array(k);
  const exclusive = new Uint8Array(k);
  // Stryker disable next-line BlockStatement: equivalent — without the inlined data each income criterion runs its own test, which gives the same code
  leaves.forEach((leaf, j) => {
    const data = leaf.incomeTest;
    if (data === undefined) return;
    isIncome[j] = 1;
    thresholds.set(data.scaled, j * SIZES);
    scales[j] = data.scale;
    exclusive[j] = data.exclusive ? 1 : 0;
  });
  // A rule that is one all / any over criteria combines without the postfix machine. Its program is the k leaves in
  // order and one group op: no other program of k + 1 ops ends in a group op.
  const last = ops[k];
  const flat = ops.length === k + 1 && (last === -1 || last === -2) ? (last === -1 ? 1 : 2) : 0;
  let births = new Int32Array(16);
  let eligible = 0;
  let ineligible = 0;
  for (let i = 0; i < n; i++) {
    const h = households[i] as Household;
    checkHousehold(h, i, fn, needs);
    const offset = i * k;
    // Stryker disable next-line UnaryOperator: equivalent — without income criteria no test reads the income (only the inlined income tests do)
    const income = needs.income ? annualIncomeOf(h) : -1;
    const size = h.size;
    // Birth dates are parsed (and validated) once per household, not once per age criterion.
    let parsed: Int32Array | undefined;
    const members = needs.ages ? h.members : undefined;
    if (members !== undefined) {
      // Stryker disable next-line ArithmeticOperator: equivalent — a buffer of exactly members.length instead of twice the old one holds the same dates
      if (members.length > births.length) births = new Int32Array(Math.max(members.length, 2 * births.length));
      for (let m = 0; m < members.length; m++) {
        const value = (members[m] as { birthDate: string }).birthDate;
        let birth = fastDateKey(value);
        if (birth < 0) birth = dateKey(value, `households[${i}].members[${m}].birthDate`, fn);
        births[m] = birth;
      }
      parsed = births;
    }
    let flatResult = flat === 1 ? 1 : 0;
    for (let j = 0; j < k; j++) {
      let code: number;
      if (isIncome[j] === 1) {
        if (income < 0) code = 2;
        else {
          const t = thresholds[j * SIZES + size] as number;
          if (t !== t) (leaves[j]!.incomeTest as IncomeTestData).uncovered(size);
          const v = income * (scales[j] as number);
          code = (exclusive[j] === 1 ? v < t : v <= t) ? 1 : 0;
        }
      } else {
        code = (tests[j] as (h: Household, index: number, income: number, births?: Int32Array) => number)(h, i, income, parsed);
      }
      criteria[offset + j] = code;
      if (flat === 0) codes[j] = code;
      if (flat === 1) {
        if (code === 0) flatResult = 0;
        else if (code === 2 && flatResult === 1) flatResult = 2;
      } else if (flat === 2) {
        if (code === 1) flatResult = 1;
        else if (code === 2 && flatResult === 0) flatResult = 2;
      }
    }
    const s = flat === 0 ? combine(ops, args, codes, stack) : flatResult;
    status[i] = s;
    if (s === 1) eligible++;
    else if (s === 0) ineligible++;
  }
  return {
    status,
    criteria,
    criterionIds: leaves.map((leaf) => leaf.criterion.id),
    counts: { eligible, ineligible, indeterminate: n - eligible - ineligible },
    rule: { id: compiled.rule.id, version: compiled.rule.version },
    asOf: compiled.asOf,
    tables: compiled.tables,
    warnings: compiled.warnings,
  };
}
