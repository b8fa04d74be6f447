import { jsonSchemaOf, type JsonSchemaOptions } from '../internal/jsonSchema.ts';
import { SiteSchema } from './SiteSchema.ts';
import { optionsObject } from '../internal/validate.ts';

/**
 * The JSON Schema (draft 2020-12) of a {@link Site} record, generated from {@link SiteSchema}, with a description
 * on every field; published as `examples/schemas/site.schema.json`.
 *
 * @param options - An optional `$id`.
 * @returns A fresh JSON Schema object.
 * @category Proximity
 * @example
 * ```ts
 * import { siteJsonSchema } from "./siteJsonSchema.ts";
 *
 * siteJsonSchema().required; // => ["id", "location"]
 * ```
 */
export function siteJsonSchema(options: JsonSchemaOptions = {}): Record<string, unknown> {
  optionsObject(options, ['id'], 'siteJsonSchema');
  return jsonSchemaOf(SiteSchema, undefined, options, {
    title: 'equity-lens site',
    description: 'A service site, such as a community centre.',
  });
}
