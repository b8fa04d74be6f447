/**
 * Synthetic — a seeded, San José-like synthetic city to try everything on: households, members, incomes, locations, community centres and ten program years of enrolments.
 *
 * Import it alone with `import { … } from "equity-lens/synthetic"`, or from the package root.
 *
 * @module synthetic
 */

export {};
