/**
 * Disparity — how unequal it is. Group comparisons against a reference group with parity bands and the four-fifths rule, risk and rate ratios, dissimilarity, Gini, Theil, Atkinson, concentration index and equity-indicator scores.
 *
 * Import it alone with `import { … } from "equity-lens/disparity"`, or from the package root.
 *
 * @module disparity
 */

export {};
