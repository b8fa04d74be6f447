import { jsonSchemaOf, type JsonSchemaOptions } from '../internal/jsonSchema.ts';
import { TableMappingSchema } from './TableMappingSchema.ts';
import { optionsObject } from '../internal/validate.ts';

/**
 * The JSON Schema (draft 2020-12) of a {@link TableMapping}, generated from {@link TableMappingSchema}, with a
 * description on every field: point a city's `mapping.json` at it (`"$schema"`) and an editor validates and
 * completes the file; any language with a JSON Schema validator can check it. Published as
 * `examples/schemas/table-mapping.schema.json`.
 *
 * What JSON Schema cannot express (date formats date-fns can read, a reference date for two-digit years, the
 * persons section's join, codes unique ignoring case) is checked by {@link defineTableMapping} only.
 *
 * @param options - An optional `$id`.
 * @returns A fresh JSON Schema object.
 * @category Tables
 * @example
 * ```ts
 * import { tableMappingJsonSchema } from "./tableMappingJsonSchema.ts";
 *
 * const schema = tableMappingJsonSchema();
 * schema.$schema; // => "https://json-schema.org/draft/2020-12/schema"
 * Object.keys(schema.properties as object); // => ["$schema", "version", "description", "defaults", "households", "persons", "enrollments", "sites"]
 * ```
 */
export function tableMappingJsonSchema(options: JsonSchemaOptions = {}): Record<string, unknown> {
  optionsObject(options, ['id'], 'tableMappingJsonSchema');
  return jsonSchemaOf(TableMappingSchema, 'TableMapping', options);
}
