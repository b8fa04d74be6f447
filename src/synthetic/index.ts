/**
 * Synthetic — a seeded, San José-like synthetic city to try everything on: households, members, incomes, locations, community centres and ten program years of enrolments.
 *
 * Import it alone with `import { … } from "equity-lens/synthetic"`, or from the package root.
 *
 * @module synthetic
 */

export { createRandom } from './createRandom.ts';
export { defaultSyntheticIncomeLimit, syntheticCity } from './syntheticCity.ts';
export { syntheticCityBatches } from './syntheticCityBatches.ts';
export type { SyntheticCityBatch, SyntheticCityBatchesOptions, SyntheticCityStream } from './syntheticCityBatches.ts';
export type {
  SyntheticCity,
  SyntheticCityOptions,
  SyntheticDistrict,
  SyntheticHouseholdTruth,
  SyntheticPropensity,
  SyntheticTruth,
  SyntheticYearTruth,
} from './syntheticCity.ts';
