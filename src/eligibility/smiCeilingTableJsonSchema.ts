import { jsonSchemaOf, type JsonSchemaOptions } from '../internal/jsonSchema.ts';
import { SmiCeilingTableSchema } from './SmiCeilingTableSchema.ts';
import { optionsObject } from '../internal/validate.ts';

/**
 * The JSON Schema (draft 2020-12) of one state-median-income ceiling table ({@link SmiCeilingTable}), generated
 * from {@link SmiCeilingTableSchema}; published as `examples/schemas/smi-ceiling-table.schema.json`. Real dates and
 * the checks across fields are made by the zod schema only.
 *
 * @param options - An optional `$id`.
 * @returns A fresh JSON Schema object.
 * @category Parameter tables
 * @example
 * ```ts
 * import { smiCeilingTableJsonSchema } from "./smiCeilingTableJsonSchema.ts";
 *
 * smiCeilingTableJsonSchema().type; // => "object"
 * ```
 */
export function smiCeilingTableJsonSchema(options: JsonSchemaOptions = {}): Record<string, unknown> {
  optionsObject(options, ['id'], 'smiCeilingTableJsonSchema');
  return jsonSchemaOf(SmiCeilingTableSchema, undefined, options, {
    title: 'equity-lens state median income ceiling table',
    description: 'One fiscal year of state-median-income ceilings by household size, with provenance and effective dates.',
  });
}
