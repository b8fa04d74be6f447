/**
 * The summarizer behind `createGoalSummarizer`, `summarizeGoal` and the streaming functions: the checks they share
 * and the accumulator behind the {@link GoalSummarizer} interface.
 *
 * @internal
 * @module
 */
import { describe, fail } from '../../internal/errors.ts';
import { knownKeys } from '../../internal/validate.ts';
import type { GoalSummarizer, GoalSummarizerData, HouseholdBatch } from '../createGoalSummarizer.ts';
import type { GoalPartial } from '../GoalPartial.ts';
import type { SummarizeGoalOptions } from '../summarizeGoal.ts';
import type { HouseholdColumnNames } from '../HouseholdColumns.ts';
import { PartialAccumulator } from './accumulate.ts';
import { addColumnBatch, columnReader } from './columns.ts';
import { checkGoal } from './setup.ts';

/** Checks `years` (required) and `partition`; `checkGoal` checks the rest. */
export function checkSummaryOptions(options: SummarizeGoalOptions, fn: string): void {
  if (options === null || typeof options !== 'object') fail('invalid_type', 'options', `${fn}: options is ${describe(options)}; pass { asOf: "YYYY-MM-DD", years: [...] }.`);
  if (options.years === undefined) {
    fail('missing_field', 'options.years', `${fn}: options.years is missing; list the program years to evaluate, the same in every partition, e.g. { years: [2021, 2022, 2023] }.`);
  }
  if (options.partition !== undefined && typeof options.partition !== 'string') {
    fail('invalid_type', 'options.partition', `${fn}: options.partition is ${describe(options.partition)}; name the partition with a string such as "3/8", or leave it out.`);
  }
}

/**
 * A summarizer over the accumulator: checks the goal, the options (`years` may be left out only when the caller
 * infers them) and the data keys (`allowed`; `households` is taken out by the caller), then reads the batches.
 * `onFinish` sees the accumulator before it is finished (the streaming evaluation reads the years enrolments of
 * households read fall in).
 */
export function summarizerOf(
  goal: unknown,
  data: GoalSummarizerData,
  options: SummarizeGoalOptions | { readonly asOf: string; readonly years?: readonly number[]; readonly partition?: string; readonly columns?: HouseholdColumnNames },
  fn: string,
  allowed: readonly string[],
  onFinish?: (accumulator: PartialAccumulator) => void,
): GoalSummarizer {
  // summarizeGoal (which takes the households with the data) reads no columnar batch.
  const checked = checkGoal(goal, options, fn, allowed.includes('households') ? ['partition'] : ['partition', 'columns']);
  const names = columnNames((options as { columns?: unknown }).columns, fn);
  if (data === null || typeof data !== 'object') fail('invalid_type', 'data', `${fn}: data is ${describe(data)}; pass { enrollments, sites, eligibility }.`);
  const record = data as Record<string, unknown>;
  if (record['reach'] !== undefined) {
    fail('invalid_value', 'data.reach', `${fn}: data.reach summaries cannot be summarised again; pass this partition's households and enrolments.`);
  }
  if (!allowed.includes('households') && record['households'] !== undefined) {
    fail('invalid_value', 'data.households', `${fn}: data.households is given to the summarizer's add(batch), batch by batch, not with the other data; leave it out of data.`);
  }
  knownKeys(data, allowed, 'data', fn);
  const accumulator = new PartialAccumulator(checked, data, options, fn);
  const partition = options.partition ?? null;
  let finished = false;
  let batches = 0;
  const ended = (what: string): never =>
    fail('invalid_value', what, `${fn}: ${what}() was called after finish(); create a new summarizer for another summary.`);
  return {
    add(batch: HouseholdBatch): void {
      if (finished) ended('add');
      const k = batches++;
      if (Array.isArray(batch)) accumulator.add(batch);
      else addColumnBatch(accumulator, columnReader(batch, names, accumulator.householdCount, `data.households (batch ${k})`, fn));
    },
    get households(): number {
      return accumulator.householdCount;
    },
    finish(): GoalPartial {
      if (finished) ended('finish');
      finished = true;
      onFinish?.(accumulator);
      return accumulator.finish(partition);
    },
  };
}

const NAME_KEYS = ['id', 'size', 'annualIncome', 'lng', 'lat', 'attributes'];

/** Checks `options.columns` (which Arrow column holds which field). */
function columnNames(value: unknown, fn: string): HouseholdColumnNames {
  if (value === undefined) return {};
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    fail('invalid_type', 'options.columns', `${fn}: options.columns is ${describe(value)}; give { id: "household_id", size: "size", attributes: { district: "district" } } (column names by field).`);
  }
  knownKeys(value, NAME_KEYS, 'options.columns', fn);
  const names = value as Record<string, unknown>;
  for (const key of NAME_KEYS.slice(0, 5)) {
    if (names[key] !== undefined && typeof names[key] !== 'string') {
      fail('invalid_type', `options.columns.${key}`, `${fn}: options.columns.${key} is ${describe(names[key])}; give the column's name as a string.`);
    }
  }
  const attributes = names['attributes'];
  if (attributes !== undefined) {
    if (attributes === null || typeof attributes !== 'object' || Array.isArray(attributes) || Object.values(attributes).some((name) => typeof name !== 'string')) {
      fail('invalid_type', 'options.columns.attributes', `${fn}: options.columns.attributes is ${describe(attributes)}; give { attributeName: "column name", … }.`);
    }
  }
  return names as HouseholdColumnNames;
}
