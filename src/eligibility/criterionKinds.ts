/**
 * The criterion kinds of an eligibility rule, as data (apart from the rule's zod schema, so reading the list does
 * not load zod).
 *
 * @module
 */
import type { EligibilityNode } from './eligibilityRuleSchema.ts';

/**
 * The criterion kinds a rule may use, and the combinators.
 *
 * @category Eligibility rules
 * @example
 * ```ts
 * import { ELIGIBILITY_CRITERION_KINDS } from "./criterionKinds.ts";
 *
 * ELIGIBILITY_CRITERION_KINDS.includes("fplPercent"); // => true
 * ```
 */
export const ELIGIBILITY_CRITERION_KINDS: readonly EligibilityNode['kind'][] = [
  'fplPercent',
  'hudIncomeCategory',
  'smiCeiling',
  'incomeLimit',
  'memberAge',
  'memberDisability',
  'attributeIn',
  'categorical',
  'householdSize',
  'attributeCompare',
  'all',
  'any',
  'not',
];
