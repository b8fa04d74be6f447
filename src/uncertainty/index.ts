/**
 * Uncertainty — how sure we are. Intervals for proportions (Wilson, Clopper–Pearson, Jeffreys, Agresti–Coull) and Poisson counts and rates (exact, mid-p), normal and Student-t distribution functions, tests of proportions (z, Fisher's exact and mid-p), multiple-comparison adjustment and ACS margin-of-error algebra.
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
export { clopperPearsonInterval } from './clopperPearsonInterval.ts';
export type { ClopperPearsonIntervalOptions, ProportionInterval } from './clopperPearsonInterval.ts';
export { jeffreysInterval } from './jeffreysInterval.ts';
export type { JeffreysIntervalOptions } from './jeffreysInterval.ts';
export { agrestiCoullInterval } from './agrestiCoullInterval.ts';
export type { AgrestiCoullIntervalOptions } from './agrestiCoullInterval.ts';
export { poissonInterval } from './poissonInterval.ts';
export type { PoissonInterval, PoissonIntervalOptions } from './poissonInterval.ts';
export { fisherExactTest } from './fisherExactTest.ts';
export type { FisherExactTestOptions, FisherExactTestResult } from './fisherExactTest.ts';
export { holmAdjust } from './holmAdjust.ts';
export type { PValueAdjustment, PValueAdjustmentMethod, PValueAdjustOptions } from './holmAdjust.ts';
export { benjaminiHochbergAdjust } from './benjaminiHochbergAdjust.ts';
export { bonferroniAdjust } from './bonferroniAdjust.ts';
export { sidakAdjust } from './sidakAdjust.ts';
export { hochbergAdjust } from './hochbergAdjust.ts';
export { hommelAdjust } from './hommelAdjust.ts';
export { benjaminiYekutieliAdjust } from './benjaminiYekutieliAdjust.ts';
export { adjustPValues } from './adjustPValues.ts';
export type { AdjustPValuesOptions } from './adjustPValues.ts';
export { acsSum } from './acsSum.ts';
export type { AcsDerivedEstimate, AcsEstimate, AcsSumOptions } from './acsSum.ts';
export { acsProportion } from './acsProportion.ts';
export { acsRatio } from './acsRatio.ts';
export { acsProduct } from './acsProduct.ts';
export { acsSignificance } from './acsSignificance.ts';
export type { AcsSignificanceOptions, AcsSignificanceResult } from './acsSignificance.ts';
