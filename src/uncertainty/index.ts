/**
 * Uncertainty — how sure we are. Wilson intervals, normal and Student-t distribution functions, tests of proportions, multiple-comparison adjustment and ACS margin-of-error algebra.
 *
 * Import it alone with `import { … } from "equity-lens/uncertainty"`, or from the package root.
 *
 * @module uncertainty
 */

export { normalCdf } from './normalCdf.ts';
export { normalQuantile } from './normalQuantile.ts';
export { studentTCdf } from './studentTCdf.ts';
export { studentTQuantile } from './studentTQuantile.ts';
export { wilsonInterval } from './wilsonInterval.ts';
export type { WilsonInterval, WilsonIntervalOptions } from './wilsonInterval.ts';
export { twoProportionZTest } from './twoProportionZTest.ts';
export type { ProportionSample, TwoProportionZTestOptions, TwoProportionZTestResult } from './twoProportionZTest.ts';
export { holmAdjust } from './holmAdjust.ts';
export type { PValueAdjustment, PValueAdjustOptions } from './holmAdjust.ts';
export { benjaminiHochbergAdjust } from './benjaminiHochbergAdjust.ts';
export { acsSum } from './acsSum.ts';
export type { AcsDerivedEstimate, AcsEstimate, AcsSumOptions } from './acsSum.ts';
export { acsProportion } from './acsProportion.ts';
export { acsRatio } from './acsRatio.ts';
export { acsProduct } from './acsProduct.ts';
export { acsSignificance } from './acsSignificance.ts';
export type { AcsSignificanceOptions, AcsSignificanceResult } from './acsSignificance.ts';
