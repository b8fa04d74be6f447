/**
 * The words and numbers of a scorecard as its renderers print them (Markdown and HTML alike): statuses, cells,
 * intervals, flags, trends, parity bands and progress, each number in the one form docs/conventions.md declares.
 *
 * @internal
 * @module
 */
import type { IndicatorScore, ScorecardCell, ScorecardStatus } from '../Scorecard.ts';
import { formatChange, formatPercent, formatValue, isFractionUnit, progressMethodName, words } from './format.ts';

/** A scorecard saved by 0.1 spelt its statuses in kebab-case; they still render until 0.3. */
const OLD_STATUS: Readonly<Record<string, ScorecardStatus>> = {
  'on-track': 'onTrack',
  'needs-attention': 'needsAttention',
  'off-track': 'offTrack',
  'insufficient-data': 'insufficientData',
};

/** A status as written today (`onTrack`), whatever version saved it. */
export function currentStatus(status: string): ScorecardStatus | string {
  return OLD_STATUS[status] ?? status;
}

/** A status in words: `needs attention`. */
export function statusWords(status: string): string {
  return words(currentStatus(status));
}

/** A withheld value, a value in its unit, or `—`. */
export function cellValueText(cell: ScorecardCell, unit: string, decimals: number, withheld: string): string {
  if (cell.suppressed) return withheld;
  return formatValue(cell.value, unit, decimals);
}

/** The interval of a cell, `30.1 % – 35.2 %`, or empty. */
export function intervalText(cell: ScorecardCell, unit: string, decimals: number): string {
  if (cell.suppressed || cell.lower === null || cell.upper === null) return '';
  return `${formatValue(cell.lower, unit, decimals)} – ${formatValue(cell.upper, unit, decimals)}`;
}

/** The reliability flags of a cell and why an unwithheld value is missing, in words. */
export function flagsText(cell: ScorecardCell): string {
  const out: string[] = [];
  const flagged = cell.reliabilityFlags as readonly string[];
  if (flagged.includes('fewEvents') || flagged.includes('few-events')) out.push('few events');
  if (flagged.includes('highRse') || flagged.includes('high-rse')) out.push('RSE > 30 %');
  if (!cell.suppressed && cell.value === null && cell.reason !== null) out.push(cell.reason);
  return out.join('; ');
}

/** A count with thousands separators, or empty. */
export function countText(n: number | null): string {
  return n === null ? '' : n.toLocaleString('en-US');
}

/** The ratio to the reference, two decimals, or empty. */
export function ratioText(cell: ScorecardCell): string {
  const c = cell.comparison;
  return c === null || c.ratio === null ? '' : c.ratio.toFixed(2);
}

/** The trend in words with its rate in one declared form: `improving, +0.6 points a year (theilSen)`. */
export function trendText(indicator: IndicatorScore, decimals: number): string {
  const trend = indicator.trend;
  const assessment = words(trend.assessment as string);
  if (assessment === 'insufficient data' || assessment === 'insufficient-data') return 'insufficient data';
  const apc = (trend as { apc?: number | null }).apc ?? null;
  const rate =
    trend.slope !== null ? `, ${formatChange(trend.slope, indicator.unit, decimals)} a year` : apc !== null ? `, ${formatPercent(apc, decimals)} a year` : '';
  return `${assessment}${rate} (${trend.method})`;
}

/** The parity band in one declared form: `±10 % of the reference`, `±5.0 points`, `±0.50 km`. */
export function bandText(indicator: IndicatorScore, decimals: number): string {
  const band = indicator.parityBand;
  if (band === null) return 'none';
  const parts: string[] = [];
  if (band.relative !== undefined) parts.push(`±${Number((band.relative * 100).toFixed(decimals))} % of the reference`);
  if (band.absolute !== undefined) {
    parts.push(isFractionUnit(indicator.unit) ? `±${(band.absolute * 100).toFixed(decimals)} points` : `±${formatValue(band.absolute, indicator.unit, decimals)}${indicator.unit === 'km' ? '' : ` ${indicator.unit}`}`);
  }
  return parts.join(' and ');
}

/** Progress to the target: `improving (Healthy People 2030) → 30.0 % by 2026`, or `—`. */
export function progressText(indicator: IndicatorScore, decimals: number): string {
  const progress = indicator.progress;
  if (progress === null) return '—';
  return `${words(progress.status)} (${progressMethodName(progress.method)}) → ${formatValue(progress.target.value, indicator.unit, decimals)} by ${progress.target.year}`;
}

/** The latest overall cell of an indicator. */
export function latestOverall(indicator: IndicatorScore): (ScorecardCell & { year: number }) | undefined {
  return indicator.overall[indicator.overall.length - 1];
}

/** The years line: `years 2016–2025 (fiscal years from month 7, named by the year they end)`. */
export function yearsText(years: readonly number[], yearBasis: { startMonth: number; label: string }): string {
  const span = years.length === 0 ? 'no years' : `years ${years[0]}–${years[years.length - 1]}`;
  return `${span}${yearBasis.startMonth === 1 ? '' : ` (fiscal years from month ${yearBasis.startMonth}, named by the year they ${yearBasis.label})`}`;
}

/** The withheld summary of an indicator, or `null` when nothing was withheld. */
export function withheldText(withheld: readonly { readonly reason: string }[]): string | null {
  if (withheld.length === 0) return null;
  const primary = withheld.filter((w) => w.reason === 'primary').length;
  return `Withheld: ${withheld.length} value(s) — ${primary} below the publication threshold, ${withheld.length - primary} to protect them (complementary suppression).`;
}
