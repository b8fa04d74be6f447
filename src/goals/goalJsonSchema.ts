import * as z from 'zod';
import { EquityGoalSchema } from './EquityGoalSchema.ts';
import { optionsObject } from '../internal/validate.ts';

/**
 * Options of {@link goalJsonSchema}.
 *
 * @category Goals
 */
export interface GoalJsonSchemaOptions {
  /**
   * Describe the document a city writes (`'input'`, default: fields with defaults are optional and show their
   * `default`) or the goal {@link defineGoal} returns (`'output'`: every defaulted field is required).
   */
  io?: 'input' | 'output';
  /** Value of `$id` in the generated schema, e.g. the URL where a city publishes it. Absent by default. */
  id?: string;
}

/**
 * The JSON Schema (draft 2020-12) of an equity goal, generated from {@link EquityGoalSchema}, with a
 * `description` on every field, so a city's configuration editor (or any language with a JSON Schema
 * validator) can validate goal documents and show help text. Unknown fields are rejected
 * (`additionalProperties: false`); recursive filters live in `$defs.Filter`.
 *
 * What JSON Schema cannot express — unique ids, target after baseline, reference groups among the bins — is
 * checked by {@link defineGoal} only.
 *
 * @param options - Input or output view, and an optional `$id`.
 * @returns A fresh JSON Schema object (safe to modify).
 * @throws Never.
 * @category Goals
 * @example
 * ```ts
 * import { goalJsonSchema } from "./goalJsonSchema.ts";
 *
 * const schema = goalJsonSchema();
 * schema.$schema; // => "https://json-schema.org/draft/2020-12/schema"
 * schema.additionalProperties; // => false
 * ```
 */
export function goalJsonSchema(options: GoalJsonSchemaOptions = {}): Record<string, unknown> {
  optionsObject(options, ['io', 'id'], 'goalJsonSchema');
  const generated = z.toJSONSchema(EquityGoalSchema, {
    target: 'draft-2020-12',
    io: options.io ?? 'input',
    unrepresentable: 'throw',
    cycles: 'ref',
    reused: 'inline',
  }) as Record<string, unknown>;
  // zod files the root under $defs because it has an id; editors expect the goal's own fields at the top.
  const defs = { ...(generated['$defs'] as Record<string, Record<string, unknown>> | undefined) };
  const root = defs['EquityGoal'] ?? {};
  delete defs['EquityGoal'];
  const head: Record<string, unknown> = { $schema: generated['$schema'] };
  if (options.id !== undefined) head['$id'] = options.id;
  return { ...head, ...root, $defs: defs };
}
