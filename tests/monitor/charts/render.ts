// Test helpers for the chart builders: validate against the Vega-Lite v5 JSON Schema, compile with vega-lite,
// render headless with vega and count the items of each named mark in the SVG.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import * as vega from 'vega';
import * as vl from 'vega-lite';
import type { VegaLiteSpec } from '../../../src/index.ts';

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('vega-lite/build/vega-lite-schema.json'), 'utf8')) as object;
const ajv = new Ajv({ strict: false, allowUnionTypes: true });
addFormats(ajv);
ajv.addFormat('color-hex', /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/);
const validate = ajv.compile(schema);

/** Schema errors of a spec (empty when valid). */
export function schemaErrors(spec: VegaLiteSpec): string[] {
  return validate(spec) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

/** Compiles, parses and renders a spec to SVG; collects Vega warnings. */
export async function renderSvg(spec: VegaLiteSpec): Promise<{ svg: string; warnings: string[] }> {
  const warnings: string[] = [];
  const logger = {
    level: () => logger,
    error: (...args: unknown[]) => { warnings.push(`error: ${args.join(' ')}`); return logger; },
    warn: (...args: unknown[]) => { warnings.push(`warn: ${args.join(' ')}`); return logger; },
    info: () => logger,
    debug: () => logger,
  };
  const compiled = vl.compile(spec as unknown as vl.TopLevelSpec, { logger: logger as never });
  const view = new vega.View(vega.parse(compiled.spec), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  return { svg, warnings };
}

/**
 * Number of items drawn by the mark named `name` (Vega's group class `<name>_marks`): the elements inside each
 * such group (a line mark draws one path per series, each in its own group).
 */
export function markItems(svg: string, name: string): number {
  const opener = new RegExp(`<g class="mark-[a-z]+ role-mark ${name}_marks"[^>]*>`, 'g');
  let items = 0;
  for (let match = opener.exec(svg); match !== null; match = opener.exec(svg)) {
    const start = match.index + match[0].length;
    const end = svg.indexOf('</g>', start);
    const body = svg.slice(start, end);
    items += (body.match(/<(path|line|rect|circle|text)\b/g) ?? []).length;
  }
  return items;
}

/** Whether a named mark group exists in the SVG. */
export function hasMark(svg: string, name: string): boolean {
  return svg.includes(`role-mark ${name}_marks"`);
}

/** The x and y extent (max − min) of the coordinates in the `d` attributes of a named mark's paths. */
export function pathExtent(svg: string, name: string): { width: number; height: number } {
  const opener = new RegExp(`<g class="mark-[a-z]+ role-mark ${name}_marks"[^>]*>`);
  const match = opener.exec(svg);
  if (match === null) return { width: 0, height: 0 };
  const start = match.index + match[0].length;
  const body = svg.slice(start, svg.indexOf('</g>', start));
  const xs: number[] = [];
  const ys: number[] = [];
  for (const d of body.match(/ d="[^"]*"/g) ?? []) {
    for (const pair of d.matchAll(/(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g)) {
      xs.push(Number(pair[1]));
      ys.push(Number(pair[2]));
    }
  }
  return { width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
}
