/**
 * Pieces of the HTML report's inline SVG charts: escaping, linear scales with "nice" ticks, tick labels in the
 * declared number forms, and marker shapes (so a group or a verdict is told by shape as well as colour).
 *
 * @internal
 * @module
 */
import { isFractionUnit, unsignedZero } from '../format.ts';

/** Escapes text for HTML and SVG (content and attribute values). */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** A number for an SVG attribute: two decimals at most, no `-0`. */
export function px(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(rounded === 0 ? 0 : rounded);
}

/** Approximate width of a text in pixels at 12 px system-ui (for laying out labels without a browser). */
export function textWidth(text: string, fontSize = 12): number {
  return text.length * fontSize * 0.56;
}

/** A linear scale with round ticks whose domain always holds zero: no axis that magnifies noise into change. */
export interface LinearScale {
  readonly min: number;
  readonly max: number;
  readonly ticks: readonly number[];
  readonly step: number;
  /** Position of a value between `from` (at `min`) and `to` (at `max`). */
  at(value: number, from: number, to: number): number;
}

/** The step of about `count` round ticks over a span: 1, 2 or 5 times a power of ten (as d3's `tickStep`). */
function tickStep(span: number, count: number): number {
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const error = raw / power;
  const factor = error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1;
  return factor * power;
}

/**
 * A scale over the finite values given, extended to hold zero and to round ticks. `minSpan` keeps a flat series at
 * zero from collapsing the scale.
 */
export function zeroBasedScale(values: readonly number[], count: number, minSpan: number): LinearScale {
  let lo = 0;
  let hi = 0;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (hi - lo < minSpan) hi = lo + minSpan;
  const step = tickStep(hi - lo, count);
  const min = Math.floor(lo / step + 1e-9) * step;
  const max = Math.ceil(hi / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let k = Math.round(min / step); k <= Math.round(max / step); k++) ticks.push(k * step);
  return {
    min,
    max,
    ticks,
    step,
    at: (value, from, to) => from + ((value - min) / (max - min)) * (to - from),
  };
}

/** Decimals a tick step needs to print every tick distinctly. */
function decimalsFor(step: number): number {
  return Math.max(0, Math.min(6, -Math.floor(Math.log10(step) + 1e-9)));
}

/** A tick label in the unit's declared form: `30 %` for a fraction, `1.5 km`, `12,000`. */
export function tickLabel(value: number, unit: string, step: number): string {
  if (isFractionUnit(unit)) return `${unsignedZero((value * 100).toFixed(decimalsFor(step * 100)))} %`;
  const text = unsignedZero(value.toLocaleString('en-US', { minimumFractionDigits: decimalsFor(step), maximumFractionDigits: decimalsFor(step) }));
  return unit === 'km' ? `${text} km` : text;
}

/** The value axis' title: what the numbers are in. */
export function axisTitle(unit: string): string {
  if (isFractionUnit(unit)) return 'Percent';
  if (unit === 'km') return 'Kilometres';
  return unit.charAt(0).toUpperCase() + unit.slice(1);
}

/** Marker shapes, in the order groups receive them. */
export type MarkerShape = 'circle' | 'square' | 'triangleUp' | 'diamond' | 'triangleDown' | 'cross' | 'ex';

/** An SVG element drawing a marker of radius about `r` at (`x`, `y`). */
export function marker(shape: MarkerShape, x: number, y: number, r: number, style: string): string {
  const p = (dx: number, dy: number): string => `${px(x + dx)},${px(y + dy)}`;
  switch (shape) {
    case 'circle':
      return `<circle cx="${px(x)}" cy="${px(y)}" r="${px(r)}" ${style}/>`;
    case 'square':
      return `<rect x="${px(x - r * 0.9)}" y="${px(y - r * 0.9)}" width="${px(r * 1.8)}" height="${px(r * 1.8)}" ${style}/>`;
    case 'triangleUp':
      return `<path d="M${p(0, -r * 1.2)}L${p(r * 1.1, r * 0.8)}L${p(-r * 1.1, r * 0.8)}Z" ${style}/>`;
    case 'triangleDown':
      return `<path d="M${p(0, r * 1.2)}L${p(r * 1.1, -r * 0.8)}L${p(-r * 1.1, -r * 0.8)}Z" ${style}/>`;
    case 'diamond':
      return `<path d="M${p(0, -r * 1.3)}L${p(r * 1.1, 0)}L${p(0, r * 1.3)}L${p(-r * 1.1, 0)}Z" ${style}/>`;
    case 'cross': {
      const a = r * 0.4;
      return `<path d="M${p(-a, -r)}L${p(a, -r)}L${p(a, -a)}L${p(r, -a)}L${p(r, a)}L${p(a, a)}L${p(a, r)}L${p(-a, r)}L${p(-a, a)}L${p(-r, a)}L${p(-r, -a)}L${p(-a, -a)}Z" ${style}/>`;
    }
    case 'ex':
      return `<path d="M${p(-r, -r)}L${p(r, r)}M${p(r, -r)}L${p(-r, r)}" ${style} stroke-width="2.5" fill="none"/>`;
  }
}

/**
 * Colours after Okabe & Ito (2008), distinguishable with the common colour-vision deficiencies; black is kept for
 * the overall series.
 */
export const GROUP_COLOURS: readonly string[] = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00', '#56B4E9'];

/** Shapes of the groups, paired with their colours: the overall series is a black circle. */
export const GROUP_SHAPES: readonly MarkerShape[] = ['square', 'triangleUp', 'diamond', 'triangleDown', 'cross', 'ex'];

/** Opening tag of an accessible, scalable chart. */
export function svgOpen(id: string, width: number, height: number, title: string, description: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${px(width)} ${px(height)}" width="${px(width)}" height="${px(height)}" role="img" aria-labelledby="${id}-title ${id}-desc" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" font-size="12">` +
    `<title id="${id}-title">${escapeXml(title)}</title><desc id="${id}-desc">${escapeXml(description)}</desc>`
  );
}
