/**
 * Pieces shared by the chart builders.
 *
 * @internal
 * @module
 */
import { describe, fail } from '../../../internal/errors.ts';
import { knownKeys } from '../../../internal/validate.ts';
import type { VegaLiteJson } from '../VegaLiteSpec.ts';
import { pixels } from './checks.ts';

/** Options shared by every chart builder. */
export interface ChartOptions {
  /** Width of the plotting area in pixels. */
  readonly width?: number | undefined;
  /** Height of the plotting area in pixels. */
  readonly height?: number | undefined;
  /** A d3-format string for values on axes and in tooltips, e.g. `".0%"` for shares, `",.1f"` for kilometres. */
  readonly format?: string | undefined;
}

/** Resolved chart options. @internal */
export interface ResolvedChartOptions {
  readonly width: number;
  readonly height: number;
  readonly format: string | undefined;
}

/** Validates the common options. @internal */
export function chartOptions(options: unknown, extra: readonly string[], fn: string, width: number, height: number): ResolvedChartOptions {
  if (options === null || typeof options !== 'object') fail('invalid_type', 'options', `${fn}: options is ${describe(options)}; expected an object.`);
  knownKeys(options, ['width', 'height', 'format', ...extra], 'options', fn);
  const o = options as ChartOptions;
  if (o.format !== undefined && typeof o.format !== 'string') {
    fail('invalid_type', 'options.format', `${fn}: options.format is ${describe(o.format)}; expected a d3-format string such as ".0%".`);
  }
  return {
    width: pixels(o.width, width, 'options.width', fn),
    height: pixels(o.height, height, 'options.height', fn),
    format: o.format,
  };
}

/** A quantitative field definition with an optional d3 format. @internal */
export function quantitative(field: string, title: string | null, format: string | undefined, extra: Record<string, VegaLiteJson> = {}): Record<string, VegaLiteJson> {
  const out: Record<string, VegaLiteJson> = { field, type: 'quantitative', title, ...extra };
  if (format !== undefined) out['axis'] = { format };
  return out;
}

/** A tooltip entry. @internal */
export function tooltip(field: string, type: 'quantitative' | 'nominal' | 'ordinal', title: string, format?: string): Record<string, VegaLiteJson> {
  const out: Record<string, VegaLiteJson> = { field, type, title };
  if (format !== undefined) out['format'] = format;
  return out;
}

/** A title block with an optional subtitle. @internal */
export function titleBlock(text: string, subtitle: string[]): VegaLiteJson {
  return subtitle.length === 0 ? { text, anchor: 'start' } : { text, subtitle, anchor: 'start' };
}
