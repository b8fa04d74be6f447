import { fail } from '../internal/errors.ts';
import { dateString } from '../internal/validate.ts';
import { EligibilityRuleSetSchema, type EligibilityRule, type EligibilityRuleSet } from './eligibilityRuleSchema.ts';
import { errorFromZod } from './internal/zodIssues.ts';

const validSets = new WeakSet<object>();

/**
 * The version of a rule set in force on a date: the version whose `effectiveFrom ≤ asOf ≤ effectiveTo` (both
 * inclusive; a missing bound is open). Rule sets change on dates — California's universal school meals (2022-23)
 * made free-lunch letters useless as income proof, so a scholarship rule dropped that categorical path — and a
 * date no version covers is an error, never the nearest version.
 *
 * @param ruleSet - The versions ({@link EligibilityRuleSetSchema}), validated on first use.
 * @param asOf - The date, `YYYY-MM-DD`.
 * @returns The rule in force, ready for {@link evaluateEligibility} or {@link screenHouseholds}.
 * @throws {EquityLensError} for an invalid rule set or date, `not_covered` when no version covers `asOf`.
 * @category Eligibility rules
 * @example
 * ```ts
 * import { selectEligibilityRule } from "./selectEligibilityRule.ts";
 * import { ELIGIBILITY_PRNS_SCHOLARSHIP_RULES } from "./prnsScholarshipRules.ts";
 *
 * selectEligibilityRule(ELIGIBILITY_PRNS_SCHOLARSHIP_RULES, "2022-06-30").version; // => "2021-22"
 * selectEligibilityRule(ELIGIBILITY_PRNS_SCHOLARSHIP_RULES, "2022-07-01").version; // => "2022-23"
 * ```
 */
export function selectEligibilityRule(ruleSet: EligibilityRuleSet, asOf: string): EligibilityRule {
  const fn = 'selectEligibilityRule';
  // A WeakSet holds objects only: has() is false for null or any other value, which then fails the schema.
  if (!validSets.has(ruleSet)) {
    const parsed = EligibilityRuleSetSchema.safeParse(ruleSet);
    if (!parsed.success) throw errorFromZod(fn, 'ruleSet', parsed.error.issues, 'the rule set', ruleSet);
    validSets.add(ruleSet);
  }
  dateString(asOf, 'asOf', fn);
  for (const rule of ruleSet.versions) {
    if ((rule.effectiveFrom === undefined || rule.effectiveFrom <= asOf) && (rule.effectiveTo === undefined || asOf <= rule.effectiveTo)) return rule;
  }
  const coverage = ruleSet.versions.map((r) => `${r.version} ${r.effectiveFrom ?? '…'} to ${r.effectiveTo ?? '…'}`).join('; ');
  return fail('not_covered', 'asOf', `${fn}: asOf is "${asOf}", which no version of ${ruleSet.id} covers (${coverage}); add a version for that date.`);
}
