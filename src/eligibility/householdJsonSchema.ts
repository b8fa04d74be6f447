import { jsonSchemaOf, type JsonSchemaOptions } from '../internal/jsonSchema.ts';
import { HouseholdSchema } from './householdSchema.ts';
import { optionsObject } from '../internal/validate.ts';

/**
 * The JSON Schema (draft 2020-12) of a {@link Household} record, generated from {@link HouseholdSchema}, with a
 * description on every field; published as `examples/schemas/household.schema.json`, for systems that write
 * household records directly (the table mappers of `equity-lens/tables` write them from a city's own exports).
 * Real calendar dates in `members[].birthDate` carry `format: "date"`, which validators check when formats are on.
 *
 * @param options - An optional `$id`.
 * @returns A fresh JSON Schema object.
 * @category Records
 * @example
 * ```ts
 * import { householdJsonSchema } from "./householdJsonSchema.ts";
 *
 * householdJsonSchema().required; // => ["id", "size", "attributes"]
 * ```
 */
export function householdJsonSchema(options: JsonSchemaOptions = {}): Record<string, unknown> {
  optionsObject(options, ['id'], 'householdJsonSchema');
  return jsonSchemaOf(HouseholdSchema, undefined, options, {
    title: 'equity-lens household',
    description: "A household as a city's administrative records describe it.",
  });
}
