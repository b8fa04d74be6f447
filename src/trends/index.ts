/**
 * Trends — whether it is getting better. Year-over-year change, CAGR, OLS, Theil–Sen, Mann–Kendall, annual percent change, progress toward a target, gap closing and fiscal years.
 *
 * Import it alone with `import { … } from "equity-lens/trends"`, or from the package root.
 *
 * @module trends
 */

export {};
