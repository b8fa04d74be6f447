import type { Household } from '../internal/records.ts';
import { combine, compileRule, validatedRule, type CompiledRule } from './internal/compile.ts';
import { checkHousehold } from './internal/household.ts';
import { readRuleOptions } from './internal/options.ts';
import type { EligibilityCriterionResult, EligibilityResult, EligibilityStatus } from './eligibilityResult.ts';
import type { EligibilityRule } from './eligibilityRuleSchema.ts';
import type { HudLimitsTable } from './hudIncomeLimitsTables.ts';
import type { PovertyGuidelineTable } from './povertyGuidelineTables.ts';
import type { SmiCeilingTable } from './smiCeilingTables.ts';

/**
 * Options of {@link evaluateEligibility} and {@link screenHouseholds}.
 *
 * @category Eligibility rules
 */
export interface EvaluateEligibilityOptions {
  /** The date eligibility is decided on, `YYYY-MM-DD`: selects the tables in force and the date of ages. Required. */
  asOf: string;
  /**
   * Own parameter tables; each kind given replaces the bundled tables of that kind
   * ({@link HHS_POVERTY_GUIDELINES}, {@link HUD_INCOME_LIMITS_SANTA_CLARA}, {@link CA_SMI_CEILINGS}).
   */
  tables?: {
    poverty?: readonly PovertyGuidelineTable[];
    hud?: readonly HudLimitsTable[];
    smi?: readonly SmiCeilingTable[];
  };
}

const STATUS: readonly EligibilityStatus[] = ['ineligible', 'eligible', 'indeterminate'];

/** Compiled rules per rule object and date, for the bundled tables (the common case of many calls). */
const compiledCache = new WeakMap<object, Map<string, CompiledRule>>();

/**
 * Compiles a rule once per (rule, asOf) for the bundled tables; own tables compile afresh.
 *
 * @internal
 */
export function compiledFor(rule: unknown, options: unknown, fn: string, extraKeys: readonly string[] = []): CompiledRule {
  const valid = validatedRule(rule, 'rule', fn);
  const { asOf, tables, own } = readRuleOptions(options, fn, extraKeys);
  if (own) return compileRule(valid, asOf, tables, fn);
  let byDate = compiledCache.get(valid);
  if (byDate === undefined) {
    byDate = new Map();
    compiledCache.set(valid, byDate);
  }
  let compiled = byDate.get(asOf);
  if (compiled === undefined) {
    compiled = compileRule(valid, asOf, tables, fn);
    byDate.set(asOf, compiled);
  }
  return compiled;
}

/**
 * Decides whether a household is eligible under a rule on a date, and explains why.
 *
 * Every criterion is evaluated — no short-circuit — so the result lists every reason: observed value, threshold,
 * comparator, margin, unit and the parameter table (id, vintage, effective dates, source) used. The outcome is
 * three-valued: criteria whose field is missing (no income, no members, no attribute) are indeterminate, and
 * all / any / not combine with Kleene's logic (an `any` with one passing child passes even if another is
 * indeterminate; an `all` with one failing child fails). `indeterminate` is never counted as `ineligible`.
 *
 * Conventions: income boundaries are inclusive unless a criterion says `boundary: 'exclusive'` (income equal to
 * a limit passes); income is `annualIncome`, else the unrounded sum of annualised `incomes`; the SMI test is
 * monthly; ages are whole years on `asOf` (date-fns' 29 February convention); members born after the age date
 * are not counted. Rules with effective dates can only be evaluated inside them (see {@link selectEligibilityRule}).
 *
 * Validation covers what the rule reads: `size` always, income fields when it tests income, members (and their
 * birth dates) when it tests ages or disability, `attributes` and the attributes it names, the program list.
 * Validate whole records with {@link HouseholdSchema}.
 *
 * @param household - A household record ({@link HouseholdSchema}).
 * @param rule - The rule ({@link EligibilityRuleSchema}), validated on first use.
 * @param options - `asOf` (required) and optional own `tables`.
 * @returns Status, per-criterion explanations, missing fields, the rule version and the tables used.
 * @throws {EquityLensError} for an invalid household (negative income, size 0 or > 30, a bad birth date …), an
 *   invalid rule (unknown criterion kind, listing every problem), an unknown table id or HUD area (`not_found`),
 *   or an `asOf` no table or rule version covers (`not_covered`).
 * @category Eligibility rules
 * @example
 * ```ts
 * import { evaluateEligibility } from "./evaluateEligibility.ts";
 * import type { EligibilityRule } from "./eligibilityRuleSchema.ts";
 *
 * const rule: EligibilityRule = {
 *   id: "youth-fee-waiver", label: "Youth fee waiver", version: "2025",
 *   criteria: { kind: "all", criteria: [
 *     { kind: "attributeIn", id: "resident", label: "Lives in San José", attribute: "city", values: ["San José"] },
 *     { kind: "fplPercent", id: "income", label: "Income at or below 185 % FPL", maxPercent: 185 },
 *   ] },
 * };
 * const household = { id: "h1", size: 4, annualIncome: 60000, attributes: { city: "San José" } };
 * const result = evaluateEligibility(household, rule, { asOf: "2025-07-01" });
 * result.status; // => "ineligible"
 * result.criteria[1]?.threshold; // => 59477.5
 * result.criteria[1]?.margin; // => -522.5
 * result.criteria[1]?.table?.vintage; // => "2025"
 * evaluateEligibility({ id: "h2", size: 4, attributes: { city: "San José" } }, rule, { asOf: "2025-07-01" }).missing; // => ["annualIncome"]
 * ```
 */
export function evaluateEligibility(household: Household, rule: EligibilityRule, options: EvaluateEligibilityOptions): EligibilityResult {
  const fn = 'evaluateEligibility';
  const compiled = compiledFor(rule, options, fn);
  checkHousehold(household, 'household', fn, compiled.needs);
  const leaves = compiled.leaves;
  const codes = new Uint8Array(leaves.length);
  const criteria: EligibilityCriterionResult[] = [];
  const missing: string[] = [];
  for (let k = 0; k < leaves.length; k++) {
    const leaf = leaves[k]!;
    const explained = leaf.explain(household);
    codes[k] = explained.passed === null ? 2 : explained.passed ? 1 : 0;
    criteria.push(explained);
    for (const field of explained.missing) if (!missing.includes(field)) missing.push(field);
  }
  const status = STATUS[combine(compiled.ops, compiled.args, codes, new Uint8Array(compiled.ops.length))] as EligibilityStatus;
  return {
    status,
    criteria,
    missing,
    rule: { id: compiled.rule.id, version: compiled.rule.version },
    asOf: compiled.asOf,
    tables: compiled.tables,
    convention: { boundary: 'per-criterion (default inclusive)', logic: 'kleene' },
    warnings: compiled.warnings,
  };
}
