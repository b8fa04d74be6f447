/**
 * Disparity — how unequal it is. Group comparisons against a reference group with parity bands and the four-fifths rule, risk and rate ratios, dissimilarity, Gini, Theil, Atkinson, concentration index and equity-indicator scores.
 *
 * Import it alone with `import { … } from "equity-lens/disparity"`, or from the package root.
 *
 * @module disparity
 */

export { gini } from './gini.ts';
export type { GiniOptions } from './gini.ts';
export { theilT } from './theilT.ts';
export type { TheilOptions } from './theilT.ts';
export { theilL } from './theilL.ts';
export { generalizedEntropy } from './generalizedEntropy.ts';
export type { GeneralizedEntropyOptions } from './generalizedEntropy.ts';
export { atkinson } from './atkinson.ts';
export type { AtkinsonOptions } from './atkinson.ts';
export { palmaRatio } from './palmaRatio.ts';
export type { PalmaRatioOptions, PalmaRatioResult } from './palmaRatio.ts';
export { concentrationIndex } from './concentrationIndex.ts';
export type { ConcentrationIndexOptions } from './concentrationIndex.ts';
export { dissimilarityIndex } from './dissimilarityIndex.ts';
