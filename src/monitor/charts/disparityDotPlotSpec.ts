import { fail } from '../../internal/errors.ts';
import { renamedOption } from '../../internal/deprecation.ts';
import { finiteNumber } from '../../internal/validate.ts';
import type { VegaLiteJson, VegaLiteSpec } from './VegaLiteSpec.ts';
import { VEGA_LITE_V5_SCHEMA } from './VegaLiteSpec.ts';
import { groupName, interval, object, optionalNumber, optionalString } from './internal/checks.ts';
import type { ChartOptions } from './internal/common.ts';
import { chartOptions, quantitative, titleBlock, tooltip } from './internal/common.ts';

/**
 * One group's value on a {@link disparityDotPlotSpec}.
 *
 * @category Charts
 */
export interface DisparityDot {
  /** The group. */
  readonly group: string;
  /** The group's value (rate, share …); `null` when withheld or undefined (listed in the subtitle). */
  readonly value: number | null;
  /** Lower end of its interval, if any. */
  readonly lower?: number | null | undefined;
  /** Upper end of its interval, if any. */
  readonly upper?: number | null | undefined;
  /** Whether the group is within the parity band (from the comparison); `null`/omitted when not assessed. */
  readonly withinParityBand?: boolean | null | undefined;
  /** @deprecated The 0.1 name of `withinParityBand`; accepted until 0.3 (the spec's `usermeta.warnings` says so). */
  readonly withinTolerance?: boolean | null | undefined;
  /** `true` when the value was withheld by disclosure control. */
  readonly suppressed?: boolean | undefined;
}

/**
 * What {@link disparityDotPlotSpec} draws.
 *
 * @category Charts
 */
export interface DisparityDotPlotInput {
  /** Chart title. */
  readonly title?: string | undefined;
  /** Axis title for the value, with its unit. */
  readonly unit?: string | undefined;
  /** The groups, drawn top to bottom in this order. */
  readonly groups: readonly DisparityDot[];
  /** The reference group and its value (drawn as a vertical rule). */
  readonly reference: { readonly group: string; readonly value: number };
  /** The parity band around the reference, in the value's units (drawn as a grey rectangle). */
  readonly band: { readonly lower: number; readonly upper: number };
}

/**
 * Options of {@link disparityDotPlotSpec}: chart size (default 480 px wide, 28 px per group) and the d3-format of values.
 *
 * @category Charts
 */
export type DisparityDotPlotSpecOptions = ChartOptions;

const STATUS_WITHIN = 'Within the parity band';
const STATUS_OUTSIDE = 'Outside the parity band';
const STATUS_UNKNOWN = 'Not assessed';

/**
 * A Vega-Lite v5 dot plot of a value by group against the reference group and its parity band: one row per
 * group, a dot coloured by whether the group is within the parity band, its interval as a horizontal rule, the band as a
 * grey rectangle and the reference value as a dark vertical rule. A deprecated input name (`withinTolerance`) is
 * reported in the spec's `usermeta.warnings`. Withheld or undefined groups keep their row
 * (no dot) and are listed in the subtitle.
 *
 * Mark names: `band`, `reference`, `intervals`, `dots` (Vega names them `<name>_marks`).
 *
 * @param input - See {@link DisparityDotPlotInput}.
 * @param options - See {@link DisparityDotPlotSpecOptions}.
 * @returns A plain-JSON Vega-Lite v5 spec.
 * @throws {EquityLensError} `empty` for no groups; `duplicate` for a group listed twice; `invalid_type` for a
 *   missing group name; `not_finite` for NaN values; `missing_field` / `out_of_range` for a one-ended or reversed
 *   interval or band; `unknown_key` for an unknown option.
 * @category Charts
 * @example
 * ```ts
 * import { disparityDotPlotSpec } from "./disparityDotPlotSpec.ts";
 *
 * const spec = disparityDotPlotSpec({
 *   title: "Penetration rate by district, 2024",
 *   groups: [
 *     { group: "District 3", value: 0.44, withinParityBand: true },
 *     { group: "District 7", value: 0.31, lower: 0.27, upper: 0.35, withinParityBand: false },
 *   ],
 *   reference: { group: "District 3", value: 0.44 },
 *   band: { lower: 0.396, upper: 0.484 },
 * }, { format: ".0%" });
 * (spec.layer as unknown[]).length; // => 4
 * ```
 */
export function disparityDotPlotSpec(input: DisparityDotPlotInput, options: DisparityDotPlotSpecOptions = {}): VegaLiteSpec {
  const fn = 'disparityDotPlotSpec';
  const data = object(input, 'input', fn, '{ title?, unit?, groups, reference, band }');
  const groups = data['groups'];
  if (!Array.isArray(groups)) fail('invalid_type', 'input.groups', `${fn}: input.groups must be an array of { group, value }.`);
  if (groups.length === 0) fail('empty', 'input.groups', `${fn}: input.groups is empty; pass at least one group.`);
  const opts = chartOptions(options, [], fn, 480, Math.max(80, 28 * groups.length));
  const title = optionalString(data['title'], 'input.title', fn) ?? 'Disparity against the reference group';
  const unit = optionalString(data['unit'], 'input.unit', fn) ?? 'Value';
  const reference = object(data['reference'], 'input.reference', fn, '{ group, value }');
  const referenceGroup = groupName(reference['group'], 'input.reference.group', fn);
  const referenceValue = finiteNumber(reference['value'], 'input.reference.value', fn);
  const bandRow = object(data['band'], 'input.band', fn, '{ lower, upper }');
  const band = interval(finiteNumber(bandRow['lower'], 'input.band.lower', fn), finiteNumber(bandRow['upper'], 'input.band.upper', fn), 'input.band', fn);

  const deprecations: string[] = [];
  const order: string[] = [];
  const seen = new Set<string>();
  const dots: VegaLiteJson[] = [];
  const intervals: VegaLiteJson[] = [];
  const missing: string[] = [];
  for (let i = 0; i < groups.length; i++) {
    const path = `input.groups[${i}]`;
    const row = object(groups[i], path, fn, '{ group, value }');
    const group = groupName(row['group'], `${path}.group`, fn);
    if (seen.has(group)) fail('duplicate', `${path}.group`, `${fn}: ${path}.group "${group}" is listed twice; give one row per group.`);
    seen.add(group);
    order.push(group);
    const value = optionalNumber(row['value'], `${path}.value`, fn);
    const range = interval(row['lower'], row['upper'], path, fn);
    const within = renamedOption(row, 'withinParityBand', 'withinTolerance', path, fn, deprecations);
    if (within !== undefined && within !== null && typeof within !== 'boolean') {
      fail('invalid_type', `${path}.withinParityBand`, `${fn}: ${path}.withinParityBand must be true, false or null.`);
    }
    if (value === null || row['suppressed'] === true) {
      missing.push(`${group}${row['suppressed'] === true ? ' (withheld: small numbers)' : ' (undefined)'}`);
      continue;
    }
    const status = within === true ? STATUS_WITHIN : within === false ? STATUS_OUTSIDE : STATUS_UNKNOWN;
    dots.push({ group, value, status, reference: group === referenceGroup ? 'Reference group' : '' });
    if (range !== null) intervals.push({ group, lower: range.lower, upper: range.upper });
  }
  const y: VegaLiteJson = { field: 'group', type: 'nominal', title: null, scale: { domain: order }, sort: order };
  const layers: VegaLiteJson[] = [
    {
      name: 'band',
      data: { values: [{ lower: band?.lower ?? referenceValue, upper: band?.upper ?? referenceValue }] },
      mark: { type: 'rect', color: '#9e9e9e', opacity: 0.25 },
      encoding: { x: { field: 'lower', type: 'quantitative' }, x2: { field: 'upper' } },
    },
    {
      name: 'reference',
      data: { values: [{ value: referenceValue, group: referenceGroup }] },
      mark: { type: 'rule', color: '#333333', strokeWidth: 1.5 },
      encoding: {
        x: { field: 'value', type: 'quantitative' },
        tooltip: [tooltip('group', 'nominal', 'Reference group'), tooltip('value', 'quantitative', unit, opts.format)],
      },
    },
    // An empty layer would make Vega warn about an infinite extent: intervals are drawn only when some exist.
    ...(intervals.length === 0
      ? []
      : [
          {
            name: 'intervals',
            data: { values: intervals },
            mark: { type: 'rule', color: '#666666' },
            encoding: { x: quantitative('lower', unit, opts.format), x2: { field: 'upper' }, y },
          },
        ]),
    {
      name: 'dots',
      data: { values: dots },
      mark: { type: 'point', filled: true, size: 90 },
      encoding: {
        x: quantitative('value', unit, opts.format, { scale: { zero: true } }),
        y,
        color: {
          field: 'status',
          type: 'nominal',
          title: null,
          scale: { domain: [STATUS_WITHIN, STATUS_OUTSIDE, STATUS_UNKNOWN], range: ['#1b9e77', '#d95f02', '#7f7f7f'] },
        },
        shape: { field: 'reference', type: 'nominal', legend: null, scale: { domain: ['Reference group', ''], range: ['diamond', 'circle'] } },
        tooltip: [
          tooltip('group', 'nominal', 'Group'),
          tooltip('value', 'quantitative', unit, opts.format),
          tooltip('status', 'nominal', 'Parity'),
        ],
      },
    },
  ];
  const subtitle = [`Grey band: parity band around ${referenceGroup}; dark rule: ${referenceGroup}'s value.`];
  if (missing.length > 0) subtitle.push(`Not shown: ${missing.join(', ')}.`);
  return {
    $schema: VEGA_LITE_V5_SCHEMA,
    description: `${title}: ${unit} by group against ${referenceGroup} and its parity band.`,
    title: titleBlock(title, subtitle),
    width: opts.width,
    height: opts.height,
    layer: layers,
    ...(deprecations.length === 0 ? {} : { usermeta: { warnings: deprecations } }),
  };
}
