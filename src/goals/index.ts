/**
 * Goals — the framework's **define** and **measure** steps as data. Zod schemas for programs, equity goals, indicators, parity bands and disaggregations; `defineGoal` validates a goal and reports every problem at once; `goalJsonSchema` publishes the contract as JSON Schema.
 *
 * Import it alone with `import { … } from "equity-lens/goals"`, or from the package root.
 *
 * @module goals
 */

export {};
