/**
 * Eligibility — who should be served. Dated parameter tables (HHS poverty guidelines, HUD income limits, California SMI ceilings), income annualisation, age on a date and declarative eligibility rules with a three-valued outcome and per-criterion explanations.
 *
 * Import it alone with `import { … } from "equity-lens/eligibility"`, or from the package root.
 *
 * @module eligibility
 */

export type { Household, HouseholdMember, IncomeSource, PayFrequency } from '../internal/records.ts';
export { HouseholdSchema } from './householdSchema.ts';
export { householdJsonSchema } from './householdJsonSchema.ts';
export type { JsonSchemaOptions } from '../internal/jsonSchema.ts';
export { EligibilityTableSourceSchema } from './EligibilityTableSourceSchema.ts';
export type { EligibilityRounding, EligibilityTableSource, EligibilityTableStatus } from './tableSource.ts';
export { HHS_POVERTY_GUIDELINES } from './povertyGuidelineTables.ts';
export { PovertyGuidelineTableSchema } from './PovertyGuidelineTableSchema.ts';
export type { PovertyGuidelineAmounts, PovertyGuidelineTable, PovertyRegion } from './povertyGuidelineTables.ts';
export { povertyGuidelineTableJsonSchema } from './povertyGuidelineTableJsonSchema.ts';
export { HUD_INCOME_LIMITS_SANTA_CLARA } from './hudIncomeLimitsTables.ts';
export { HudLimitsTableSchema } from './HudLimitsTableSchema.ts';
export type { HudIncomeLimits, HudLimitsTable } from './hudIncomeLimitsTables.ts';
export { hudLimitsTableJsonSchema } from './hudLimitsTableJsonSchema.ts';
export { CA_SMI_CEILINGS, SMI_SIZE_ROWS } from './smiCeilingTables.ts';
export { SmiCeilingTableSchema } from './SmiCeilingTableSchema.ts';
export type { SmiCeilingTable } from './smiCeilingTables.ts';
export { smiCeilingTableJsonSchema } from './smiCeilingTableJsonSchema.ts';
export { povertyGuideline } from './povertyGuideline.ts';
export type { PovertyGuidelineOptions } from './povertyGuideline.ts';
export { fplPercent } from './fplPercent.ts';
export { annualizeIncome } from './annualizeIncome.ts';
export { ageOn } from './ageOn.ts';
export type { AgeOnOptions } from './ageOn.ts';
export { hudIncomeLimits } from './hudIncomeLimits.ts';
export type { HudBundledArea } from './hudIncomeLimits.ts';
export { hudLimitsForSize } from './hudLimitsForSize.ts';
export type { HudSizeLimits } from './hudLimitsForSize.ts';
export { hudIncomeCategory } from './hudIncomeCategory.ts';
export type { HudIncomeCategory } from './hudIncomeCategory.ts';
export { caSmiCeiling } from './caSmiCeiling.ts';
export type { CaSmiCeilingOptions, SmiCeiling } from './caSmiCeiling.ts';
export { ELIGIBILITY_CRITERION_KINDS } from './criterionKinds.ts';
export { EligibilityRuleSchema, EligibilityRuleSetSchema, eligibilityRuleJsonSchema } from './eligibilityRuleSchema.ts';
export { eligibilityRuleSetJsonSchema } from './eligibilityRuleSetJsonSchema.ts';
export type {
  EligibilityAll,
  EligibilityAny,
  EligibilityAttributeCompareCriterion,
  EligibilityAttributeInCriterion,
  EligibilityBoundary,
  EligibilityCategoricalCriterion,
  EligibilityCriterion,
  EligibilityCriterionBase,
  EligibilityFplCriterion,
  EligibilityHouseholdSizeCriterion,
  EligibilityHudCriterion,
  EligibilityIncomeLimitCriterion,
  EligibilityMemberAgeCriterion,
  EligibilityMemberDisabilityCriterion,
  EligibilityNode,
  EligibilityNot,
  EligibilityRule,
  EligibilityRuleSet,
  EligibilitySmiCriterion,
} from './eligibilityRuleSchema.ts';
export type {
  EligibilityComparator,
  EligibilityCriterionResult,
  EligibilityResult,
  EligibilityStatus,
  EligibilityTableRef,
} from './eligibilityResult.ts';
export { evaluateEligibility } from './evaluateEligibility.ts';
export type { EvaluateEligibilityOptions } from './evaluateEligibility.ts';
export { ELIGIBILITY_STATUS_CODES, screenHouseholds } from './screenHouseholds.ts';
export type { EligibilityScreening, ScreenHouseholdsOptions } from './screenHouseholds.ts';
export { selectEligibilityRule } from './selectEligibilityRule.ts';
export { ELIGIBILITY_PRNS_SCHOLARSHIP_RULES } from './prnsScholarshipRules.ts';
