import { jsonSchemaOf, type JsonSchemaOptions } from '../internal/jsonSchema.ts';
import { EnrollmentSchema } from './EnrollmentSchema.ts';
import { optionsObject } from '../internal/validate.ts';

/**
 * The JSON Schema (draft 2020-12) of an {@link Enrollment} record, generated from {@link EnrollmentSchema}, with a
 * description on every field and the rule that an enrolment has a `programYear`, a `date` or both (`anyOf`);
 * published as `examples/schemas/enrollment.schema.json`.
 *
 * @param options - An optional `$id`.
 * @returns A fresh JSON Schema object.
 * @category Records
 * @example
 * ```ts
 * import { enrollmentJsonSchema } from "./enrollmentJsonSchema.ts";
 *
 * (enrollmentJsonSchema().anyOf as { required: string[] }[]).map((branch) => branch.required); // => [["programYear"], ["date"]]
 * ```
 */
export function enrollmentJsonSchema(options: JsonSchemaOptions = {}): Record<string, unknown> {
  optionsObject(options, ['id'], 'enrollmentJsonSchema');
  const schema = jsonSchemaOf(EnrollmentSchema, undefined, options, {
    title: 'equity-lens enrolment',
    description: 'One enrolment of a household in a program, counted toward a program year (or dated).',
  });
  // The schema's refinement (a programYear or a date) is not representable by zod's generator; written here. Each
  // branch names its property, so validators in strict mode (ajv's strictRequired) accept the schema.
  return {
    ...schema,
    anyOf: [
      { properties: { programYear: true }, required: ['programYear'] },
      { properties: { date: true }, required: ['date'] },
    ],
  };
}
