import { jsonSchemaOf, type JsonSchemaOptions } from '../internal/jsonSchema.ts';
import { HudLimitsTableSchema } from './HudLimitsTableSchema.ts';
import { optionsObject } from '../internal/validate.ts';

/**
 * The JSON Schema (draft 2020-12) of one HUD income-limits table ({@link HudLimitsTable}: one area, one fiscal
 * year), generated from {@link HudLimitsTableSchema}; published as `examples/schemas/hud-limits-table.schema.json`.
 * Limits that never fall with size, extremely low ≤ very low ≤ low, and real dates are checked by the zod schema only.
 *
 * @param options - An optional `$id`.
 * @returns A fresh JSON Schema object.
 * @category Parameter tables
 * @example
 * ```ts
 * import { hudLimitsTableJsonSchema } from "./hudLimitsTableJsonSchema.ts";
 *
 * (hudLimitsTableJsonSchema().required as string[]).includes("veryLow"); // => true
 * ```
 */
export function hudLimitsTableJsonSchema(options: JsonSchemaOptions = {}): Record<string, unknown> {
  optionsObject(options, ['id'], 'hudLimitsTableJsonSchema');
  return jsonSchemaOf(HudLimitsTableSchema, undefined, options, {
    title: 'equity-lens HUD income limits table',
    description: "One area's HUD income limits for one fiscal year: median family income and the extremely low, very low and low limits for 1–8 persons.",
  });
}
