/**
 * The JSON Schema address every spec built by equity-lens declares: Vega-Lite version 5.
 *
 * @category Charts
 * @example
 * ```ts
 * import { VEGA_LITE_V5_SCHEMA } from "./VegaLiteSpec.ts";
 *
 * VEGA_LITE_V5_SCHEMA; // => "https://vega.github.io/schema/vega-lite/v5.json"
 * ```
 */
export const VEGA_LITE_V5_SCHEMA: 'https://vega.github.io/schema/vega-lite/v5.json' = 'https://vega.github.io/schema/vega-lite/v5.json';

/**
 * A value that survives `JSON.stringify` / `JSON.parse` unchanged.
 *
 * @category Charts
 */
export type VegaLiteJson = string | number | boolean | null | VegaLiteJson[] | { [key: string]: VegaLiteJson };

/**
 * A Vega-Lite v5 specification as plain JSON: hand it to `vega-embed`, to `vega-lite`'s `compile()`, to a Jupyter
 * front end as `application/vnd.vegalite.v5+json`, or save it as a `.vl.json` file. equity-lens builds specs
 * without depending on Vega at run time; every builder's output validates against the Vega-Lite v5 JSON Schema
 * (checked in the tests against vega-lite 5.23).
 *
 * @category Charts
 */
export interface VegaLiteSpec {
  /** Always {@link VEGA_LITE_V5_SCHEMA}. */
  readonly $schema: typeof VEGA_LITE_V5_SCHEMA;
  /** The rest of the specification (title, data, layers, encodings …). */
  readonly [key: string]: VegaLiteJson;
}
