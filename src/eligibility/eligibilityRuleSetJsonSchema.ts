import { jsonSchemaOf, type JsonSchemaOptions } from '../internal/jsonSchema.ts';
import { EligibilityRuleSetSchema } from './eligibilityRuleSchema.ts';
import { optionsObject } from '../internal/validate.ts';

/**
 * The JSON Schema (draft 2020-12) of an eligibility **rule set** — what a `rules.json` file holds: `id`, `label`
 * and `versions`, each version a rule with its effective dates — generated from {@link EligibilityRuleSetSchema}.
 * Validate rule files with it from any language; published as `examples/schemas/eligibility-rule-set.schema.json`.
 * (A single version is described by {@link eligibilityRuleJsonSchema}.)
 *
 * What JSON Schema cannot express — versions that share the set's id, distinct version names, effective dates that
 * never overlap, unique criterion ids, ordered ranges, real calendar dates — is checked by
 * {@link EligibilityRuleSetSchema} only.
 *
 * @param options - An optional `$id`.
 * @returns A fresh JSON Schema object.
 * @category Eligibility rules
 * @example
 * ```ts
 * import { eligibilityRuleSetJsonSchema } from "./eligibilityRuleSetJsonSchema.ts";
 *
 * const schema = eligibilityRuleSetJsonSchema();
 * schema.required; // => ["id", "label", "versions"]
 * ```
 */
export function eligibilityRuleSetJsonSchema(options: JsonSchemaOptions = {}): Record<string, unknown> {
  optionsObject(options, ['id'], 'eligibilityRuleSetJsonSchema');
  return jsonSchemaOf(EligibilityRuleSetSchema, undefined, options, {
    title: 'equity-lens eligibility rule set',
    description: 'A versioned eligibility rule: one rule per version, with non-overlapping effective dates.',
  });
}
