/**
 * Goals — the framework's **define** and **measure** steps as data. Zod schemas for programs, equity goals, indicators, parity bands and disaggregations; `defineGoal` validates a goal and reports every problem at once; `goalJsonSchema` publishes the contract as JSON Schema.
 *
 * Import it alone with `import { … } from "equity-lens/goals"`, or from the package root.
 *
 * @module goals
 */

export { ProgramSchema } from './ProgramSchema.ts';
export type { Program } from './ProgramSchema.ts';
export { EquityGoalSchema, GoalPopulationSchema, GoalYearBasisSchema } from './EquityGoalSchema.ts';
export type { EquityGoal, EquityGoalInput, GoalPopulation, GoalYearBasis } from './EquityGoalSchema.ts';
export { IndicatorSchema, IndicatorMeasureSchema, IndicatorYearValueSchema, IndicatorDataSourceSchema } from './IndicatorSchema.ts';
export type {
  Indicator,
  IndicatorMeasure,
  IndicatorCountMeasure,
  IndicatorShareMeasure,
  IndicatorRateMeasure,
  IndicatorAverageMeasure,
  IndicatorRatioMeasure,
  IndicatorDistanceMeasure,
  IndicatorYearValue,
  IndicatorDataSource,
} from './IndicatorSchema.ts';
export { FilterSchema, GoalFilterConditionSchema } from './FilterSchema.ts';
export type {
  Filter,
  GoalFilterCondition,
  GoalFilterScalar,
  GoalFilterOperator,
  GoalFilterEqualityOperator,
  GoalFilterSetOperator,
  GoalFilterOrderOperator,
} from './FilterSchema.ts';
export { ParityBandSchema } from './ParityBandSchema.ts';
export type { ParityBand } from './ParityBandSchema.ts';
export { DisaggregationSchema, GoalBinSchema } from './DisaggregationSchema.ts';
export type { Disaggregation, GoalBin } from './DisaggregationSchema.ts';
export { ReferenceGroupSchema } from './ReferenceGroupSchema.ts';
export type { ReferenceGroup } from './ReferenceGroupSchema.ts';
export { SuppressionPolicySchema } from './SuppressionPolicySchema.ts';
export type { SuppressionPolicy } from './SuppressionPolicySchema.ts';
export { evaluateFilter } from './evaluateFilter.ts';
export { compileFilter } from './compileFilter.ts';
export type { GoalFilterPredicate } from './compileFilter.ts';
export { defineGoal } from './defineGoal.ts';
export { safeDefineGoal } from './safeDefineGoal.ts';
export type { SafeDefineGoalResult } from './safeDefineGoal.ts';
export { goalJsonSchema } from './goalJsonSchema.ts';
export type { GoalJsonSchemaOptions } from './goalJsonSchema.ts';
