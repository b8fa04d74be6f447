/**
 * How the monitor prints numbers (docs/conventions.md §1): each number in one declared form — a fraction as a
 * percent (`30.0 %`), a change of a fraction in percentage points (`+0.6 points`), a distance in km — so a
 * reader never meets `0.3` beside `30 %`. Used by the Markdown renderer and by the scorecard's status reasons.
 *
 * @internal
 * @module
 */

import { isFractionUnit } from '../../internal/units.ts';

export { isFractionUnit };

/**
 * A number as printed, without the sign of a zero: `toFixed` and `toLocaleString` write -0.0004 and -0 as
 * "-0.00" and "-0", which a reader takes for a negative value.
 */
export function unsignedZero(text: string): string {
  return /^-0(?:\.0*)?$/.test(text) ? text.slice(1) : text;
}

/** A value in its unit: `30.0 %` for a fraction, `2.35 km`, `12,480`, `—` for `null`. */
export function formatValue(value: number | null, unit: string, decimals = 1): string {
  if (value === null) return '—';
  if (isFractionUnit(unit)) return `${unsignedZero((value * 100).toFixed(decimals))} %`;
  if (Number.isInteger(value) && Math.abs(value) >= 1000) return value.toLocaleString('en-US');
  if (Number.isInteger(value)) return `${unsignedZero(String(value))}${unit === 'km' ? ' km' : ''}`;
  return `${unsignedZero(value.toFixed(decimals + 1))}${unit === 'km' ? ' km' : ''}`;
}

function signed(text: string, value: number): string {
  // A change that rounds to zero prints without a sign.
  if (value === 0) return unsignedZero(text);
  return value > 0 ? `+${text}` : value < 0 && !text.startsWith('-') ? `-${text}` : text;
}

/**
 * A change (difference or slope) in the indicator's unit: percentage points for a fraction (`+0.6 points`),
 * otherwise the signed number with the unit (`-0.12 km`, `+35`).
 */
export function formatChange(value: number, unit: string, decimals = 1): string {
  if (isFractionUnit(unit)) {
    const points = (value * 100).toFixed(decimals);
    return `${signed(points, Number(points))} points`;
  }
  const text = Number.isInteger(value) ? String(value) : value.toFixed(decimals + 1);
  return `${signed(text, Number(text))}${unit === 'km' ? ' km' : ''}`;
}

/** A percent-named value (APC, percent change): `+4.2 %`. */
export function formatPercent(value: number, decimals = 1): string {
  const text = value.toFixed(decimals);
  return `${signed(text, Number(text))} %`;
}

/** An identifier in words: `littleOrNoDetectableChange` and `moderate_progress` read as "little or no detectable change", "moderate progress". */
export function words(identifier: string): string {
  return identifier
    .replace(/_/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase();
}

/** The published name of a progress method. */
export function progressMethodName(method: string): string {
  return method === 'openSdg' ? 'Open SDG' : method === 'healthyPeople' ? 'Healthy People 2030' : words(method);
}
