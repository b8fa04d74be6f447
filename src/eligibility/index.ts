/**
 * Eligibility — who should be served. Dated parameter tables (HHS poverty guidelines, HUD income limits, California SMI ceilings), income annualisation, age on a date and declarative eligibility rules with a three-valued outcome and per-criterion explanations.
 *
 * Import it alone with `import { … } from "equity-lens/eligibility"`, or from the package root.
 *
 * @module eligibility
 */

export {};
