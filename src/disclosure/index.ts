/**
 * Disclosure — whether it is safe to publish. Primary and complementary small-cell suppression, reliability flags and presentation rounding policies.
 *
 * Import it alone with `import { … } from "equity-lens/disclosure"`, or from the package root.
 *
 * @module disclosure
 */

export {};
