/**
 * Reach — who is served, compared with who should be. Coverage (penetration), exclusion error (undercoverage) and inclusion error (leakage) overall, by group and by year, with mergeable summaries.
 *
 * Import it alone with `import { … } from "equity-lens/reach"`, or from the package root.
 *
 * @module reach
 */

export {};
