/**
 * Reach — who is served, compared with who should be. Coverage (penetration), exclusion error (undercoverage) and inclusion error (leakage) overall, by group and by year, with mergeable summaries.
 *
 * Import it alone with `import { … } from "equity-lens/reach"`, or from the package root.
 *
 * @module reach
 */

export { targetingErrors } from './targetingErrors.ts';
export type {
  CoverageInterval,
  GroupBy,
  InclusionErrorDenominator,
  TargetingCounts,
  TargetingDimensionMargin,
  TargetingErrorsOptions,
  TargetingErrorsResult,
  TargetingGroup,
  TargetingSummary,
} from './targetingErrors.ts';
export { mergeReach } from './mergeReach.ts';
export { EnrollmentSchema } from './EnrollmentSchema.ts';
export { enrollmentJsonSchema } from './enrollmentJsonSchema.ts';
export type { JsonSchemaOptions } from '../internal/jsonSchema.ts';
export type { Enrollment } from './EnrollmentSchema.ts';
export { targetingErrorsColumnar } from './targetingErrorsColumnar.ts';
export type { CodedColumn, TargetingColumns, TargetingErrorsColumnarOptions } from './targetingErrorsColumnar.ts';
export { targetingErrorsByYear } from './targetingErrorsByYear.ts';
export type { TargetingErrorsByYearOptions, TargetingErrorsByYearResult, TargetingErrorsYear, YearBasis, YearBasisOption } from './targetingErrorsByYear.ts';
export { retention } from './retention.ts';
export type { RetentionOptions, RetentionResult, RetentionYear } from './retention.ts';
export { joinEnrollments } from './joinEnrollments.ts';
export type { HouseholdYear, JoinEnrollmentsOptions, JoinEnrollmentsResult, UnmatchedEnrollment } from './joinEnrollments.ts';
export { representationByGroup } from './representationByGroup.ts';
export type { GroupRepresentation, RepresentationByGroupOptions, RepresentationByGroupResult } from './representationByGroup.ts';
export { beneficiaryIncidence } from './beneficiaryIncidence.ts';
export type { BeneficiaryIncidenceOptions, BeneficiaryIncidenceResult, IncidenceQuantile } from './beneficiaryIncidence.ts';
export { coadyGroshHoddinott } from './coadyGroshHoddinott.ts';
export type { CoadyGroshHoddinottOptions, CoadyGroshHoddinottResult } from './coadyGroshHoddinott.ts';
export { eligibilityMargins } from './eligibilityMargins.ts';
export type { EligibilityMarginsOptions, EligibilityMarginsResult, MarginDistribution } from './eligibilityMargins.ts';
