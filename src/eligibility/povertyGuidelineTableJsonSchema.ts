import { jsonSchemaOf, type JsonSchemaOptions } from '../internal/jsonSchema.ts';
import { PovertyGuidelineTableSchema } from './PovertyGuidelineTableSchema.ts';
import { optionsObject } from '../internal/validate.ts';

/**
 * The JSON Schema (draft 2020-12) of one year of HHS poverty guidelines ({@link PovertyGuidelineTable}), generated
 * from {@link PovertyGuidelineTableSchema}; published as `examples/schemas/poverty-guideline-table.schema.json`.
 * Real calendar dates and `effectiveFrom ≤ effectiveTo` are checked by the zod schema only.
 *
 * @param options - An optional `$id`.
 * @returns A fresh JSON Schema object.
 * @category Parameter tables
 * @example
 * ```ts
 * import { povertyGuidelineTableJsonSchema } from "./povertyGuidelineTableJsonSchema.ts";
 *
 * (povertyGuidelineTableJsonSchema().required as string[]).includes("regions"); // => true
 * ```
 */
export function povertyGuidelineTableJsonSchema(options: JsonSchemaOptions = {}): Record<string, unknown> {
  optionsObject(options, ['id'], 'povertyGuidelineTableJsonSchema');
  return jsonSchemaOf(PovertyGuidelineTableSchema, undefined, options, {
    title: 'equity-lens HHS poverty guideline table',
    description: 'One year of HHS poverty guidelines (first person + each additional person, per region), with provenance and effective dates.',
  });
}
