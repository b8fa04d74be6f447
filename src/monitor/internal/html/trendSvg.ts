/**
 * The trend chart of an indicator as inline SVG: overall and group lines over the years, intervals, the parity band
 * around the reference and the target. The value axis always holds zero.
 *
 * @internal
 * @module
 */
import type { TrendChartModel } from '../chartModels.ts';
import { formatValue } from '../format.ts';
import { GROUP_COLOURS, GROUP_SHAPES, type MarkerShape, axisTitle, escapeXml, marker, px, svgOpen, textWidth, tickLabel, zeroBasedScale } from './svg.ts';

const WIDTH = 680;
const HEIGHT = 330;
const MARGIN = { top: 28, right: 190, bottom: 44, left: 70 };

interface Style {
  readonly colour: string;
  readonly shape: MarkerShape;
  readonly strokeWidth: number;
}

function styleOf(group: string, index: number): Style {
  if (group === 'Overall') return { colour: '#000000', shape: 'circle', strokeWidth: 2.5 };
  return { colour: GROUP_COLOURS[index % GROUP_COLOURS.length] as string, shape: GROUP_SHAPES[index % GROUP_SHAPES.length] as MarkerShape, strokeWidth: 1.5 };
}

/** Whole-year ticks, at most about ten. */
function yearTicks(first: number, last: number): number[] {
  const span = last - first;
  const step = span <= 10 ? 1 : span <= 20 ? 2 : Math.ceil(span / 10);
  const ticks: number[] = [];
  for (let y = first; y <= last; y += step) ticks.push(y);
  return ticks;
}

/** The chart as an `<svg>` element; `id` makes its element ids unique in the page. */
export function trendSvg(model: TrendChartModel, id: string, decimals: number): string {
  const unit = model.indicator.unit;
  const groups: string[] = [];
  for (const point of model.series) if (!groups.includes(point.group)) groups.push(point.group);
  const shown = model.series.filter((p) => p.value !== null && p.value !== undefined && p.suppressed !== true);
  const years = model.series.map((p) => p.year);
  if (model.target !== undefined) years.push(model.target.year);
  let firstYear = Math.min(...years);
  let lastYear = Math.max(...years);
  if (!Number.isFinite(firstYear)) {
    firstYear = 0;
    lastYear = 1;
  }
  if (firstYear === lastYear) {
    firstYear -= 1;
    lastYear += 1;
  }

  const values: number[] = [];
  for (const p of shown) {
    values.push(p.value as number);
    if (p.lower !== null && p.lower !== undefined && p.upper !== null && p.upper !== undefined) values.push(p.lower, p.upper);
  }
  if (model.target !== undefined) values.push(model.target.value);
  // The band may reach below zero where no value can be: it is drawn from the data's floor.
  const floor = Math.min(0, ...values);
  for (const b of model.band ?? []) values.push(Math.max(b.lower, floor), b.upper);
  const y = zeroBasedScale(values, 5, unit === 'proportion' || unit === 'share' || unit === 'fraction' ? 0.01 : 1);

  const left = MARGIN.left;
  const right = WIDTH - MARGIN.right;
  const top = MARGIN.top;
  const bottom = HEIGHT - MARGIN.bottom;
  const xAt = (year: number): number => left + ((year - firstYear) / (lastYear - firstYear)) * (right - left);
  const yAt = (value: number): number => y.at(Math.min(Math.max(value, y.min), y.max), bottom, top);

  const parts: string[] = [];
  const description = groups
    .map((group) => {
      const points = shown.filter((p) => p.group === group);
      const a = points[0];
      const b = points[points.length - 1];
      if (a === undefined || b === undefined) return `${group}: no value shown`;
      return a === b
        ? `${group}: ${formatValue(a.value as number, unit, decimals)} in ${a.year}`
        : `${group}: from ${formatValue(a.value as number, unit, decimals)} in ${a.year} to ${formatValue(b.value as number, unit, decimals)} in ${b.year}`;
    })
    .concat(model.target === undefined ? [] : [`target ${formatValue(model.target.value, unit, decimals)} by ${model.target.year}`])
    .join('; ');
  parts.push(svgOpen(id, WIDTH, HEIGHT, model.title, `Line chart, value axis from ${tickLabel(y.min, unit, y.step)}. ${description}.`));

  // Grid and value axis.
  parts.push('<g class="axis axis-y">');
  for (const tick of y.ticks) {
    const ty = yAt(tick);
    parts.push(`<line x1="${px(left)}" x2="${px(right)}" y1="${px(ty)}" y2="${px(ty)}" stroke="${tick === 0 ? '#444444' : '#dddddd'}" stroke-width="1"/>`);
    parts.push(`<text x="${px(left - 6)}" y="${px(ty + 4)}" text-anchor="end" fill="#333333">${escapeXml(tickLabel(tick, unit, y.step))}</text>`);
  }
  parts.push(`<text x="${px(left)}" y="${px(top - 12)}" text-anchor="start" fill="#333333" font-weight="600">${escapeXml(axisTitle(unit))}</text>`);
  parts.push('</g>');
  // Year axis.
  parts.push('<g class="axis axis-x">');
  parts.push(`<line x1="${px(left)}" x2="${px(right)}" y1="${px(bottom)}" y2="${px(bottom)}" stroke="#444444"/>`);
  for (const year of yearTicks(firstYear, lastYear)) {
    const tx = xAt(year);
    parts.push(`<line x1="${px(tx)}" x2="${px(tx)}" y1="${px(bottom)}" y2="${px(bottom + 5)}" stroke="#444444"/>`);
    parts.push(`<text x="${px(tx)}" y="${px(bottom + 18)}" text-anchor="middle" fill="#333333">${year}</text>`);
  }
  parts.push(`<text x="${px((left + right) / 2)}" y="${px(bottom + 36)}" text-anchor="middle" fill="#333333" font-weight="600">Year</text>`);
  parts.push('</g>');

  // Parity band around the reference, year by year.
  const band = (model.band ?? [])
    .filter((b) => Number.isFinite(b.lower) || Number.isFinite(b.upper))
    .map((b) => ({ year: b.year, lower: Math.max(b.lower, floor), upper: b.upper }))
    .sort((a, b) => a.year - b.year);
  const bandTitle = '<title>Parity band around the reference group</title>';
  if (band.length === 1) {
    const only = band[0] as { year: number; lower: number; upper: number };
    parts.push(`<rect class="band" x="${px(xAt(only.year) - 6)}" y="${px(yAt(only.upper))}" width="12" height="${px(yAt(only.lower) - yAt(only.upper))}" fill="#9e9e9e" fill-opacity="0.25">${bandTitle}</rect>`);
  } else if (band.length > 1) {
    const upper = band.map((b) => `${px(xAt(b.year))},${px(yAt(b.upper))}`);
    const lower = band.map((b) => `${px(xAt(b.year))},${px(yAt(b.lower))}`).reverse();
    parts.push(`<polygon class="band" points="${[...upper, ...lower].join(' ')}" fill="#9e9e9e" fill-opacity="0.25">${bandTitle}</polygon>`);
  }

  // Intervals, lines and points per group.
  const others = groups.filter((g) => g !== 'Overall');
  const styleFor = (group: string): Style => styleOf(group, group === 'Overall' ? 0 : others.indexOf(group));
  groups.forEach((group) => {
    const style = styleFor(group);
    const points = model.series.filter((p) => p.group === group).sort((a, b) => a.year - b.year);
    parts.push(`<g class="series" data-group="${escapeXml(group)}">`);
    for (const p of points) {
      if (p.value === null || p.suppressed === true || p.lower === null || p.lower === undefined || p.upper === null || p.upper === undefined) continue;
      parts.push(`<line class="interval" x1="${px(xAt(p.year))}" x2="${px(xAt(p.year))}" y1="${px(yAt(p.lower))}" y2="${px(yAt(p.upper))}" stroke="${style.colour}" stroke-opacity="0.6" stroke-width="1.5"/>`);
    }
    // A withheld or undefined year breaks the line, so no change is drawn across a gap the reader cannot see.
    let run: string[] = [];
    const flush = (): void => {
      if (run.length > 1) parts.push(`<polyline class="line" points="${run.join(' ')}" fill="none" stroke="${style.colour}" stroke-width="${style.strokeWidth}"/>`);
      run = [];
    };
    for (const p of points) {
      if (p.value === null || p.suppressed === true) {
        flush();
        continue;
      }
      run.push(`${px(xAt(p.year))},${px(yAt(p.value))}`);
    }
    flush();
    for (const p of points) {
      if (p.value === null || p.suppressed === true) continue;
      const interval = p.lower === null || p.lower === undefined || p.upper === null || p.upper === undefined ? '' : ` (${formatValue(p.lower, unit, decimals)} – ${formatValue(p.upper, unit, decimals)})`;
      parts.push(`<g class="point">${marker(style.shape, xAt(p.year), yAt(p.value), 4, `fill="${style.colour}" stroke="${style.colour}"`)}<title>${escapeXml(`${group}, ${p.year}: ${formatValue(p.value, unit, decimals)}${interval}`)}</title></g>`);
    }
    parts.push('</g>');
  });

  // Target: a dashed rule at its value and a diamond at its year, labelled.
  if (model.target !== undefined) {
    const ty = yAt(model.target.value);
    const label = `Target ${formatValue(model.target.value, unit, decimals)} by ${model.target.year}`;
    parts.push(`<g class="target"><line x1="${px(left)}" x2="${px(right)}" y1="${px(ty)}" y2="${px(ty)}" stroke="#333333" stroke-dasharray="6 4"/>`);
    parts.push(`${marker('diamond', xAt(model.target.year), ty, 6, 'fill="#333333" stroke="#333333"')}<title>${escapeXml(label)}</title></g>`);
  }

  // Legend: shape, colour and name of every series, then the band and the target.
  let ly = top + 4;
  const lx = right + 16;
  parts.push('<g class="legend">');
  groups.forEach((group) => {
    const style = styleFor(group);
    parts.push(`<line x1="${px(lx)}" x2="${px(lx + 22)}" y1="${px(ly)}" y2="${px(ly)}" stroke="${style.colour}" stroke-width="${style.strokeWidth}"/>`);
    parts.push(marker(style.shape, lx + 11, ly, 4, `fill="${style.colour}" stroke="${style.colour}"`));
    parts.push(`<text x="${px(lx + 30)}" y="${px(ly + 4)}" fill="#222222">${escapeXml(truncate(group, WIDTH - lx - 34))}</text>`);
    ly += 18;
  });
  if (band.length > 0) {
    parts.push(`<rect x="${px(lx)}" y="${px(ly - 6)}" width="22" height="12" fill="#9e9e9e" fill-opacity="0.25"/><text x="${px(lx + 30)}" y="${px(ly + 4)}" fill="#222222">Parity band</text>`);
    ly += 18;
  }
  if (model.target !== undefined) {
    parts.push(`<line x1="${px(lx)}" x2="${px(lx + 22)}" y1="${px(ly)}" y2="${px(ly)}" stroke="#333333" stroke-dasharray="6 4"/>${marker('diamond', lx + 11, ly, 5, 'fill="#333333"')}<text x="${px(lx + 30)}" y="${px(ly + 4)}" fill="#222222">Target</text>`);
  }
  parts.push('</g></svg>');
  return parts.join('');
}

/** Cuts a label to fit a width, with an ellipsis. */
export function truncate(text: string, width: number): string {
  if (textWidth(text) <= width) return text;
  const keep = Math.max(1, Math.floor(width / (12 * 0.56)) - 1);
  return `${text.slice(0, keep)}…`;
}
