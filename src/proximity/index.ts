/**
 * Proximity — how far people are from service. Great-circle distances, nearest site, coverage within a radius, provider-to-population ratios, 2SFCA / E2SFCA / gravity accessibility and maximal-covering site planning.
 *
 * Import it alone with `import { … } from "equity-lens/proximity"`, or from the package root.
 *
 * @module proximity
 */

export type { Position, TravelCostEntry, TravelCosts, DemandLocation, SupplyLocation } from './types.ts';
export { SiteSchema, type Site } from './SiteSchema.ts';
export { siteJsonSchema } from './siteJsonSchema.ts';
export type { JsonSchemaOptions } from '../internal/jsonSchema.ts';
export { distanceKm } from './distanceKm.ts';
export { decayWeight, type Decay, type DecayStep, type DecayWeightOptions, type StepDecay, type GaussianDecay, type PowerDecay, type ExponentialDecay, type LinearDecay, type RaisedCosineDecay, type EpanechnikovDecay, type LogisticDecay } from './decayWeight.ts';
export { nearestSite, type NearestSiteOptions, type NearestSiteResult, type NearestSiteCostResult } from './nearestSite.ts';
export { kNearestSites, type KNearestSitesOptions, type KNearestSitesResult } from './kNearestSites.ts';
export { coverage, type CoverageOptions, type CoverageResult, type CoverageCostOptions, type CoverageCostResult } from './coverage.ts';
export { twoStepFCA, type TwoStepFCAOptions, type TwoStepFCAResult, type AccessConventions } from './twoStepFCA.ts';
export { threeStepFCA, type ThreeStepFCAOptions, type ThreeStepFCAResult, type ThreeStepFCAConventions, type ThreeStepSelection } from './threeStepFCA.ts';
export { balancedFCA, type BalancedFCAOptions, type BalancedFCAResult } from './balancedFCA.ts';
export { fcaRatio, type FcaRatioOptions, type FcaRatioResult } from './fcaRatio.ts';
export { raam, type RaamOptions, type RaamResult } from './raam.ts';
export { gravityAccess, type GravityAccessOptions, type GravityAccessResult } from './gravityAccess.ts';
export { countWithin, type CountWithinOptions, type CountWithinResult, type CountWithinCostOptions, type CountWithinCostResult } from './countWithin.ts';
export { capacityWithin, type CapacityWithinOptions, type CapacityWithinResult } from './capacityWithin.ts';
export { providerToPopulationRatio, type ProviderToPopulationRatioOptions, type ProviderToPopulationRatioResult } from './providerToPopulationRatio.ts';
export { siteCoveredDemand, type SiteCoveredDemandOptions, type SiteCoveredDemandResult, type SiteCoveredDemandCostOptions, type SiteCoveredDemandCostResult } from './siteCoveredDemand.ts';
export { distanceSummaryByGroup, type DistanceSummaryByGroupOptions, type DistanceSummaryByGroupResult, type DistanceSummary, type DistanceQuantile, type DistancePercentile, type DistanceSummaryByGroupCostOptions, type DistanceSummaryByGroupCostResult, type CostSummary, type CostQuantile } from './distanceSummaryByGroup.ts';
export { accessByGroup, type AccessByGroupOptions, type AccessByGroupResult, type AccessParityBand, type AccessReference, type AccessTolerance, type GroupAccess, type AccessByGroupCostOptions, type AccessByGroupCostResult } from './accessByGroup.ts';
export { planSites, type PlanDemand, type PlanSitesOptions, type PlanSitesResult, type PlanStep, type PlanSwap } from './planSites.ts';
export { setCover, type SetCoverOptions, type SetCoverResult } from './setCover.ts';
export { pMedian, type PMedianOptions, type PMedianResult } from './pMedian.ts';
export { pCenter, type PCenterOptions, type PCenterResult, type PCenterStep } from './pCenter.ts';
