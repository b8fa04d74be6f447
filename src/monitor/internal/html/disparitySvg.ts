/**
 * The disparity chart of one dimension as inline SVG: one row per group, its value and interval against the
 * reference group's value and the parity band. A group's verdict is told by shape and by colour (and in the
 * legend and each point's tooltip), never by colour alone. The value axis always holds zero.
 *
 * @internal
 * @module
 */
import type { DisparityChartModel } from '../chartModels.ts';
import { formatValue } from '../format.ts';
import { type MarkerShape, axisTitle, escapeXml, marker, px, svgOpen, textWidth, tickLabel, zeroBasedScale } from './svg.ts';
import { truncate } from './trendSvg.ts';

const WIDTH = 680;
const ROW = 26;
const TOP = 58;
const BOTTOM = 46;
const RIGHT = 24;

const VERDICT: Readonly<Record<'within' | 'outside' | 'unknown', { label: string; colour: string; shape: MarkerShape; fill: boolean }>> = {
  within: { label: 'Within the parity band', colour: '#1b7e5a', shape: 'circle', fill: true },
  outside: { label: 'Outside the parity band', colour: '#c04f00', shape: 'triangleUp', fill: true },
  unknown: { label: 'Not assessed', colour: '#666666', shape: 'circle', fill: false },
};

function verdictOf(within: boolean | null): keyof typeof VERDICT {
  return within === true ? 'within' : within === false ? 'outside' : 'unknown';
}

/** The chart as an `<svg>` element; `id` makes its element ids unique in the page. */
export function disparitySvg(model: DisparityChartModel, id: string, decimals: number): string {
  const unit = model.indicator.unit;
  const labelWidth = Math.min(240, Math.max(80, 12 + Math.max(...model.groups.map((g) => textWidth(g.group)))));
  const left = labelWidth;
  const right = WIDTH - RIGHT;
  const height = TOP + ROW * model.groups.length + BOTTOM;
  const bottom = height - BOTTOM;

  const values: number[] = [model.reference.value];
  for (const g of model.groups) {
    if (g.value === null || g.suppressed) continue;
    values.push(g.value);
    if (g.lower !== null && g.upper !== null) values.push(g.lower, g.upper);
  }
  // The band may reach below zero (±1 km around 0.8 km) where no value can be: it is drawn from the data's floor.
  const floor = Math.min(0, ...values);
  values.push(Math.max(model.band.lower, floor), model.band.upper);
  const x = zeroBasedScale(values, 6, unit === 'proportion' || unit === 'share' || unit === 'fraction' ? 0.01 : 1);
  const xAt = (value: number): number => x.at(Math.min(Math.max(value, x.min), x.max), left, right);
  const rowY = (i: number): number => TOP + ROW * i + ROW / 2;

  const outside = model.groups.filter((g) => g.withinParityBand === false && !g.suppressed && g.value !== null).map((g) => g.group);
  const description =
    `Dot plot, value axis from ${tickLabel(x.min, unit, x.step)}. Reference ${model.reference.group} = ${formatValue(model.reference.value, unit, decimals)}; ` +
    (outside.length === 0 ? 'no group outside the parity band.' : `outside the parity band: ${outside.join(', ')}.`);
  const parts: string[] = [svgOpen(id, WIDTH, height, model.title, description)];

  // Legend on top: the verdicts by shape and colour, then the band and the reference.
  parts.push('<g class="legend">');
  let lx = 8;
  for (const key of ['within', 'outside', 'unknown'] as const) {
    const v = VERDICT[key];
    parts.push(marker(v.shape, lx + 5, 14, 5, v.fill ? `fill="${v.colour}" stroke="${v.colour}"` : `fill="#ffffff" stroke="${v.colour}" stroke-width="1.5"`));
    parts.push(`<text x="${px(lx + 15)}" y="18" fill="#222222">${v.label}</text>`);
    lx += 24 + textWidth(v.label);
  }
  parts.push(`${marker('diamond', 13, 36, 5, 'fill="#ffffff" stroke="#222222" stroke-width="1.5"')}<text x="23" y="40" fill="#222222">Reference group</text>`);
  parts.push(`<rect x="${px(140)}" y="30" width="22" height="12" fill="#9e9e9e" fill-opacity="0.3"/><text x="170" y="40" fill="#222222">Parity band</text>`);
  parts.push(`<line x1="262" x2="262" y1="29" y2="43" stroke="#222222" stroke-width="2"/><text x="270" y="40" fill="#222222">Reference value</text>`);
  parts.push('</g>');

  // Grid and value axis.
  parts.push('<g class="axis axis-x">');
  for (const tick of x.ticks) {
    const tx = xAt(tick);
    parts.push(`<line x1="${px(tx)}" x2="${px(tx)}" y1="${px(TOP)}" y2="${px(bottom)}" stroke="${tick === 0 ? '#444444' : '#e0e0e0'}"/>`);
    parts.push(`<text x="${px(tx)}" y="${px(bottom + 16)}" text-anchor="middle" fill="#333333">${escapeXml(tickLabel(tick, unit, x.step))}</text>`);
  }
  parts.push(`<line x1="${px(left)}" x2="${px(right)}" y1="${px(bottom)}" y2="${px(bottom)}" stroke="#444444"/>`);
  parts.push(`<text x="${px((left + right) / 2)}" y="${px(bottom + 34)}" text-anchor="middle" fill="#333333" font-weight="600">${escapeXml(axisTitle(unit))}</text>`);
  parts.push('</g>');

  // The band and the reference value, across every row.
  const bandLower = Number.isFinite(model.band.lower) ? Math.max(model.band.lower, floor) : x.min;
  const bandUpper = Number.isFinite(model.band.upper) ? model.band.upper : x.max;
  parts.push(`<rect class="band" x="${px(xAt(bandLower))}" y="${px(TOP)}" width="${px(xAt(bandUpper) - xAt(bandLower))}" height="${px(bottom - TOP)}" fill="#9e9e9e" fill-opacity="0.3"><title>${escapeXml(`Parity band: ${formatValue(model.band.lower, unit, decimals)} – ${formatValue(model.band.upper, unit, decimals)}`)}</title></rect>`);
  parts.push(`<line class="reference" x1="${px(xAt(model.reference.value))}" x2="${px(xAt(model.reference.value))}" y1="${px(TOP)}" y2="${px(bottom)}" stroke="#222222" stroke-width="2"><title>${escapeXml(`Reference ${model.reference.group}: ${formatValue(model.reference.value, unit, decimals)}`)}</title></line>`);

  // One row per group.
  model.groups.forEach((g, i) => {
    const cy = rowY(i);
    parts.push(`<g class="row" data-group="${escapeXml(g.group)}">`);
    parts.push(`<text x="${px(left - 8)}" y="${px(cy + 4)}" text-anchor="end" fill="#222222">${escapeXml(truncate(g.group, left - 12))}</text>`);
    if (g.value === null || g.suppressed) {
      parts.push(`<text x="${px(left + 6)}" y="${px(cy + 4)}" fill="#666666" font-style="italic">${g.suppressed ? 'withheld (small numbers)' : 'no value'}</text></g>`);
      return;
    }
    const v = VERDICT[verdictOf(g.withinParityBand)];
    if (g.lower !== null && g.upper !== null) {
      parts.push(`<line class="interval" x1="${px(xAt(g.lower))}" x2="${px(xAt(g.upper))}" y1="${px(cy)}" y2="${px(cy)}" stroke="#555555" stroke-width="1.5"/>`);
    }
    const isReference = g.group === model.reference.group;
    const shape: MarkerShape = isReference ? 'diamond' : v.shape;
    const style = v.fill ? `fill="${v.colour}" stroke="${isReference ? '#222222' : v.colour}" stroke-width="1.5"` : `fill="#ffffff" stroke="${v.colour}" stroke-width="1.5"`;
    const interval = g.lower !== null && g.upper !== null ? ` (${formatValue(g.lower, unit, decimals)} – ${formatValue(g.upper, unit, decimals)})` : '';
    const title = `${g.group}: ${formatValue(g.value, unit, decimals)}${interval}; ${v.label.toLowerCase()}${isReference ? '; reference group' : ''}`;
    parts.push(`<g class="point">${marker(shape, xAt(g.value), cy, 5.5, style)}<title>${escapeXml(title)}</title></g></g>`);
  });
  parts.push('</svg>');
  return parts.join('');
}
