import { fail } from '../../internal/errors.ts';
import { integer } from '../../internal/validate.ts';
import type { VegaLiteJson, VegaLiteSpec } from './VegaLiteSpec.ts';
import { VEGA_LITE_V5_SCHEMA } from './VegaLiteSpec.ts';
import { groupName, interval, object, optionalNumber, optionalString } from './internal/checks.ts';
import type { ChartOptions } from './internal/common.ts';
import { chartOptions, quantitative, titleBlock, tooltip } from './internal/common.ts';
import { finiteNumber } from '../../internal/validate.ts';

/**
 * One value of an indicator for one group in one year.
 *
 * @category Charts
 */
export interface IndicatorTrendPoint {
  /** The group (e.g. a council district); `"All"` for the overall value. */
  readonly group: string;
  /** The (program or fiscal) year, a whole number. */
  readonly year: number;
  /** The value; `null` when withheld or undefined (it is then listed in the subtitle, never dropped silently). */
  readonly value: number | null;
  /** Lower end of the interval, if any (same units as `value`). */
  readonly lower?: number | null | undefined;
  /** Upper end of the interval, if any. */
  readonly upper?: number | null | undefined;
  /** `true` when the value was withheld by disclosure control; the chart then shows no point for it. */
  readonly suppressed?: boolean | undefined;
}

/**
 * What {@link indicatorTrendSpec} draws.
 *
 * @category Charts
 */
export interface IndicatorTrendInput {
  /** Chart title, e.g. the indicator's name. */
  readonly title: string;
  /** Axis title for the value, with its unit, e.g. `"Share of eligible households served"`. */
  readonly unit?: string | undefined;
  /** The values by group and year (one per group and year). */
  readonly series: readonly IndicatorTrendPoint[];
  /** The goal's target: drawn as a dashed rule at its value and a diamond at its year. */
  readonly target?: { readonly year: number; readonly value: number } | undefined;
  /**
   * The parity band around the reference: per year (`{ year, lower, upper }[]`, drawn as an area) or one band for
   * every year (`{ lower, upper }`, drawn as a rectangle across the chart).
   */
  readonly band?: readonly { readonly year: number; readonly lower: number; readonly upper: number }[] | { readonly lower: number; readonly upper: number } | undefined;
}

/**
 * Options of {@link indicatorTrendSpec}: chart size (default 560 × 300 px) and the d3-format of values.
 *
 * @category Charts
 */
export type IndicatorTrendSpecOptions = ChartOptions;

/**
 * A Vega-Lite v5 line chart of an indicator by group over the years, with intervals, the goal's target and the
 * parity band. Layers, bottom to top: the band (grey area or rectangle), intervals (vertical rules), one line per
 * group, a point per value, the target (dashed rule and diamond). Values that are `null` or withheld are listed
 * in the subtitle so the reader knows what is missing and why.
 *
 * Mark names (for tests and for styling): `band`, `intervals`, `lines`, `points`, `targetRule`, `targetPoint`
 * (Vega names them `<name>_marks`).
 *
 * @param input - See {@link IndicatorTrendInput}.
 * @param options - See {@link IndicatorTrendSpecOptions}.
 * @returns A plain-JSON Vega-Lite v5 spec.
 * @throws {EquityLensError} `invalid_type` for a missing title or group; `not_integer` for a fractional year;
 *   `not_finite` for NaN values; `duplicate` for two values of one group in one year; `missing_field` /
 *   `out_of_range` for an interval with one end or with lower > upper; `unknown_key` for an unknown option.
 * @category Charts
 * @example
 * ```ts
 * import { indicatorTrendSpec } from "./indicatorTrendSpec.ts";
 *
 * const spec = indicatorTrendSpec({
 *   title: "Eligible households served",
 *   unit: "Share of eligible households",
 *   series: [
 *     { group: "District 3", year: 2023, value: 0.41 },
 *     { group: "District 3", year: 2024, value: 0.44 },
 *     { group: "District 7", year: 2023, value: 0.33 },
 *     { group: "District 7", year: 2024, value: null, suppressed: true },
 *   ],
 *   target: { year: 2026, value: 0.5 },
 *   band: { lower: 0.36, upper: 0.44 },
 * }, { format: ".0%" });
 * spec.$schema; // => "https://vega.github.io/schema/vega-lite/v5.json"
 * (spec.layer as unknown[]).length; // => 5
 * ```
 */
export function indicatorTrendSpec(input: IndicatorTrendInput, options: IndicatorTrendSpecOptions = {}): VegaLiteSpec {
  const fn = 'indicatorTrendSpec';
  const opts = chartOptions(options, [], fn, 560, 300);
  const data = object(input, 'input', fn, '{ title, unit?, series, target?, band? }');
  if (typeof data['title'] !== 'string') fail('invalid_type', 'input.title', `${fn}: input.title is missing; give the chart a title (the indicator's name).`);
  const title = data['title'];
  const unit = optionalString(data['unit'], 'input.unit', fn) ?? 'Value';
  const series = data['series'];
  if (!Array.isArray(series)) fail('invalid_type', 'input.series', `${fn}: input.series must be an array of { group, year, value }.`);

  const points: VegaLiteJson[] = [];
  const intervals: VegaLiteJson[] = [];
  const missing: string[] = [];
  const groups: string[] = [];
  const seen = new Map<string, Set<number>>();
  for (let i = 0; i < series.length; i++) {
    const path = `input.series[${i}]`;
    const point = object(series[i], path, fn, '{ group, year, value }');
    const group = groupName(point['group'], `${path}.group`, fn);
    const year = integer(point['year'], `${path}.year`, fn);
    let years = seen.get(group);
    if (years === undefined) {
      years = new Set<number>();
      seen.set(group, years);
      groups.push(group);
    }
    if (years.has(year)) fail('duplicate', `${path}.year`, `${fn}: ${path} repeats ${group} in ${year}; give one value per group and year.`);
    years.add(year);
    const value = optionalNumber(point['value'], `${path}.value`, fn);
    const suppressed = point['suppressed'] === true;
    const range = interval(point['lower'], point['upper'], path, fn);
    if (value === null || suppressed) {
      missing.push(`${group} ${year}${suppressed ? ' (withheld: small numbers)' : ' (undefined)'}`);
      continue;
    }
    points.push({ group, year, value });
    if (range !== null) intervals.push({ group, year, lower: range.lower, upper: range.upper });
  }

  const layers: VegaLiteJson[] = [];
  const band = data['band'];
  if (band !== undefined) {
    if (Array.isArray(band)) {
      const values: VegaLiteJson[] = band.map((b: unknown, i: number) => {
        const path = `input.band[${i}]`;
        const row = object(b, path, fn, '{ year, lower, upper }');
        const year = integer(row['year'], `${path}.year`, fn);
        const range = interval(finiteNumber(row['lower'], `${path}.lower`, fn), finiteNumber(row['upper'], `${path}.upper`, fn), path, fn);
        return { year, lower: range?.lower ?? 0, upper: range?.upper ?? 0 };
      });
      layers.push({
        name: 'band',
        data: { values },
        mark: { type: 'area', color: '#9e9e9e', opacity: 0.2 },
        encoding: {
          x: { field: 'year', type: 'quantitative' },
          y: { field: 'lower', type: 'quantitative' },
          y2: { field: 'upper' },
        },
      });
    } else {
      const row = object(band, 'input.band', fn, '{ lower, upper } or an array of { year, lower, upper }');
      const range = interval(finiteNumber(row['lower'], 'input.band.lower', fn), finiteNumber(row['upper'], 'input.band.upper', fn), 'input.band', fn);
      layers.push({
        name: 'band',
        data: { values: [{ lower: range?.lower ?? 0, upper: range?.upper ?? 0 }] },
        mark: { type: 'rect', color: '#9e9e9e', opacity: 0.2 },
        encoding: { y: { field: 'lower', type: 'quantitative' }, y2: { field: 'upper' } },
      });
    }
  }
  const color: VegaLiteJson = { field: 'group', type: 'nominal', title: 'Group', scale: { domain: groups } };
  const x: VegaLiteJson = { field: 'year', type: 'quantitative', title: 'Year', axis: { format: 'd', tickMinStep: 1 }, scale: { zero: false } };
  // An empty layer would make Vega warn about an infinite extent, so intervals are drawn only when some exist.
  if (intervals.length > 0) {
    layers.push({
      name: 'intervals',
      data: { values: intervals },
      mark: { type: 'rule', opacity: 0.6 },
      encoding: { x, y: quantitative('lower', unit, opts.format), y2: { field: 'upper' }, color },
    });
  }
  layers.push({
    name: 'lines',
    data: { values: points },
    mark: { type: 'line' },
    encoding: { x, y: quantitative('value', unit, opts.format, { scale: { zero: true } }), color },
  });
  layers.push({
    name: 'points',
    data: { values: points },
    mark: { type: 'point', filled: true, size: 50 },
    encoding: {
      x,
      y: quantitative('value', unit, opts.format),
      color,
      tooltip: [tooltip('group', 'nominal', 'Group'), tooltip('year', 'ordinal', 'Year'), tooltip('value', 'quantitative', unit, opts.format)],
    },
  });
  const target = data['target'];
  if (target !== undefined) {
    const t = object(target, 'input.target', fn, '{ year, value }');
    const year = integer(t['year'], 'input.target.year', fn);
    const value = finiteNumber(t['value'], 'input.target.value', fn);
    layers.push({
      name: 'targetRule',
      data: { values: [{ value }] },
      mark: { type: 'rule', strokeDash: [6, 4], color: '#333333' },
      encoding: { y: { field: 'value', type: 'quantitative' } },
    });
    layers.push({
      name: 'targetPoint',
      data: { values: [{ year, value, label: 'Target' }] },
      mark: { type: 'point', shape: 'diamond', filled: true, size: 120, color: '#333333' },
      encoding: {
        x,
        y: { field: 'value', type: 'quantitative' },
        tooltip: [tooltip('label', 'nominal', 'Target'), tooltip('year', 'ordinal', 'Year'), tooltip('value', 'quantitative', unit, opts.format)],
      },
    });
  }
  const subtitle = missing.length === 0 ? [] : [`Not shown: ${missing.join(', ')}.`];
  return {
    $schema: VEGA_LITE_V5_SCHEMA,
    description: `${title}: ${unit} by group and year${target === undefined ? '' : ', with the target'}${band === undefined ? '' : ' and the parity band'}.`,
    title: titleBlock(title, subtitle),
    width: opts.width,
    height: opts.height,
    layer: layers,
  };
}
