/**
 * Uncertainty — how sure we are. Wilson intervals, normal and Student-t distribution functions, tests of proportions, multiple-comparison adjustment and ACS margin-of-error algebra.
 *
 * Import it alone with `import { … } from "equity-lens/uncertainty"`, or from the package root.
 *
 * @module uncertainty
 */

export {};
