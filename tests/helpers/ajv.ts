import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';

/** Compiles a JSON Schema (2020-12) with ajv in strict mode, all errors reported and formats checked. */
export function strictValidator(schema: Record<string, unknown>): ValidateFunction {
  // ajv 8 ships CommonJS default exports; under ESM the class may sit on `.default`.
  const AjvClass = ((Ajv2020 as unknown as { default?: typeof Ajv2020 }).default ?? Ajv2020) as typeof Ajv2020;
  const formats = ((addFormats as unknown as { default?: typeof addFormats }).default ?? addFormats) as typeof addFormats;
  const ajv = new AjvClass({ allErrors: true, strict: true, strictTypes: false });
  formats(ajv);
  return ajv.compile(schema);
}
