/**
 * Monitor — the framework's **monitor** step. `evaluateGoal` turns a goal and a city's records into a publishable scorecard; renderers produce Markdown and Vega-Lite charts.
 *
 * Import it alone with `import { … } from "equity-lens/monitor"`, or from the package root.
 *
 * @module monitor
 */

export {};
