/**
 * Disclosure — whether it is safe to publish. Primary and complementary small-cell suppression, reliability flags and presentation rounding policies.
 *
 * Import it alone with `import { … } from "equity-lens/disclosure"`, or from the package root.
 *
 * @module disclosure
 */

export { CMS_SUPPRESSION, defineDisclosurePolicy } from './defineDisclosurePolicy.ts';
export { DisclosurePolicySchema } from './DisclosurePolicySchema.ts';
export type { DisclosurePolicy, DisclosurePolicyInput, SuppressionReason } from './defineDisclosurePolicy.ts';
export { suppressCounts } from './suppressCounts.ts';
export type { DisclosedCount, SuppressCountsOptions, SuppressCountsResult, SuppressionSummary, WithheldEntry } from './suppressCounts.ts';
export { suppressTable } from './suppressTable.ts';
export type { SuppressTableOptions, SuppressTableResult } from './suppressTable.ts';
export { relativeStandardError } from './relativeStandardError.ts';
export { reliabilityFlags } from './reliabilityFlags.ts';
export type { ReliabilityFlag, ReliabilityFlagsOptions, ReliabilityInput, ReliabilityResult } from './reliabilityFlags.ts';
export { ROUNDING_POLICY_NAMES, roundForPresentation } from './roundForPresentation.ts';
export type { RoundingPolicy, RoundingPolicyName, RoundingRule } from './roundForPresentation.ts';
export { presentValue } from './presentValue.ts';
export type { PresentValueOptions } from './presentValue.ts';
export { suppressRates } from './suppressRates.ts';
export type { DisclosedRate, DisclosureRateCounts, SuppressRatesOptions, SuppressRatesResult } from './suppressRates.ts';
