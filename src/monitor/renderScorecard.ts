import { describe, fail } from '../internal/errors.ts';
import { knownKeys } from '../internal/validate.ts';
import type { IndicatorScore, Scorecard, ScorecardCell, ScorecardStatus } from './Scorecard.ts';
import { formatChange, formatPercent, formatValue, isFractionUnit, progressMethodName, words } from './internal/format.ts';

/**
 * Options of {@link renderScorecard}.
 *
 * @category Monitor
 */
export interface RenderScorecardOptions {
  /** Output format; only `'markdown'` for now (GitHub-flavoured tables, readable in a terminal and a pull request). */
  format: 'markdown';
  /** Decimal places of proportions shown as percentages (default 1) and of other values (default 2). */
  decimals?: number;
  /** Most groups listed per dimension (default 12); the rest are summarised in one line. */
  maxGroups?: number;
  /** Whether to list every year of each dimension, or only the latest (default `'latest'`). */
  years?: 'latest' | 'all';
}

const STATUS_LABEL: Readonly<Record<ScorecardStatus, string>> = {
  onTrack: '🟢 on track',
  needsAttention: '🟡 needs attention',
  offTrack: '🔴 off track',
  insufficientData: '⚪ insufficient data',
};

/** A scorecard saved by 0.1 spelt its statuses in kebab-case; they still render until 0.3. */
const OLD_STATUS: Readonly<Record<string, ScorecardStatus>> = {
  'on-track': 'onTrack',
  'needs-attention': 'needsAttention',
  'off-track': 'offTrack',
  'insufficient-data': 'insufficientData',
};

function statusLabel(status: string): string {
  return STATUS_LABEL[(OLD_STATUS[status] ?? status) as ScorecardStatus] ?? status;
}

/** Escapes a table cell. */
function cellText(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function formatCell(cell: ScorecardCell, unit: string, decimals: number): string {
  if (cell.suppressed) return '\\* (withheld)';
  return formatValue(cell.value, unit, decimals);
}

function formatInterval(cell: ScorecardCell, unit: string, decimals: number): string {
  if (cell.suppressed || cell.lower === null || cell.upper === null) return '';
  return `${formatValue(cell.lower, unit, decimals)} – ${formatValue(cell.upper, unit, decimals)}`;
}

function flags(cell: ScorecardCell): string {
  const out: string[] = [];
  const flagged = cell.reliabilityFlags as readonly string[];
  if (flagged.includes('fewEvents') || flagged.includes('few-events')) out.push('few events');
  if (flagged.includes('highRse') || flagged.includes('high-rse')) out.push('RSE > 30 %');
  if (!cell.suppressed && cell.value === null && cell.reason !== null) out.push(cell.reason);
  return out.join('; ');
}

/** The trend in words with its rate in one declared form: `improving, +0.6 points a year (theilSen)`. */
function trendText(indicator: IndicatorScore, decimals: number): string {
  const trend = indicator.trend;
  const assessment = words(trend.assessment as string);
  if (assessment === 'insufficient data' || assessment === 'insufficient-data') return 'insufficient data';
  const apc = (trend as { apc?: number | null }).apc ?? null;
  const rate =
    trend.slope !== null ? `, ${formatChange(trend.slope, indicator.unit, decimals)} a year` : apc !== null ? `, ${formatPercent(apc, decimals)} a year` : '';
  return `${assessment}${rate} (${trend.method})`;
}

/** The parity band in one declared form: `±10 % of the reference`, `±5.0 points`, `±0.50 km`. */
function bandText(indicator: IndicatorScore, decimals: number): string {
  const band = indicator.parityBand;
  if (band === null) return 'none';
  const parts: string[] = [];
  if (band.relative !== undefined) parts.push(`±${Number((band.relative * 100).toFixed(decimals))} % of the reference`);
  if (band.absolute !== undefined) {
    parts.push(isFractionUnit(indicator.unit) ? `±${(band.absolute * 100).toFixed(decimals)} points` : `±${formatValue(band.absolute, indicator.unit, decimals)}${indicator.unit === 'km' ? '' : ` ${indicator.unit}`}`);
  }
  return parts.join(' and ');
}

function latestOverall(indicator: IndicatorScore): (ScorecardCell & { year: number }) | undefined {
  return indicator.overall[indicator.overall.length - 1];
}

/**
 * Renders a scorecard as Markdown: a summary table of every indicator (latest value, trend, progress, status),
 * then per indicator the overall series by year, each dimension's groups (value, interval, n, comparison with the
 * reference group, parity-band verdict, reliability flags), the reasons for its status, what was withheld, and
 * the provenance. Withheld values print as `*` with no reason per cell — printing the reason next to the cell
 * would tell a reader which cells hold the smallest counts; the reasons are summarised per indicator.
 *
 * Rounding happens here, at presentation, never in the scorecard itself.
 *
 * @param scorecard - A scorecard from `evaluateGoal`.
 * @param options - `format: 'markdown'` (required), `decimals`, `maxGroups`, `years`.
 * @returns The Markdown text.
 * @throws {EquityLensError} when the format is unknown or an option is invalid.
 * @category Monitor
 * @example
 * ```ts
 * import { evaluateGoal } from "./evaluateGoal.ts";
 * import { renderScorecard } from "./renderScorecard.ts";
 *
 * const goal = {
 *   id: "demo", version: 1, title: "Demo goal", department: "PRNS", owner: "Analyst", objective: "Equal enrolment",
 *   program: { id: "youth", name: "Youth programs", department: "PRNS" },
 *   populationOfFocus: { description: "All households" }, reviewCadence: "annual", suppression: { minimumCellSize: 1 },
 *   indicators: [{ id: "share", name: "Share enrolled", rbaKind: "howWell", recordSet: "householdYears",
 *     measure: { kind: "share", numerator: { field: "enrolled", op: "eq", value: true } },
 *     unit: "proportion", direction: "higherIsBetter", dataSource: { name: "Registrations", steward: "PRNS" } }],
 * };
 * const households = [{ id: "a", size: 1, attributes: {} }, { id: "b", size: 1, attributes: {} }];
 * const card = evaluateGoal(goal, { households, enrollments: [{ householdId: "a", programId: "youth", programYear: 2025 }] }, { asOf: "2025-12-31" });
 * const text = renderScorecard(card, { format: "markdown" });
 * text.split("\n")[0]; // => "# Scorecard — Demo goal"
 * text.includes("| Share enrolled | 50.0 % (2025)"); // => true
 * ```
 */
export function renderScorecard(scorecard: Scorecard, options: RenderScorecardOptions): string {
  const fn = 'renderScorecard';
  if (options === null || typeof options !== 'object') fail('invalid_type', 'options', `${fn}: options is ${describe(options)}; pass { format: "markdown" }.`);
  knownKeys(options, ['format', 'decimals', 'maxGroups', 'years'], 'options', fn);
  if (options.format !== 'markdown') {
    fail('invalid_value', 'options.format', `${fn}: options.format is ${describe(options.format)}; the only format is "markdown".`);
  }
  const decimals = options.decimals ?? 1;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 6) fail('out_of_range', 'options.decimals', `${fn}: options.decimals is ${describe(decimals)}; use a whole number from 0 to 6.`);
  const maxGroups = options.maxGroups ?? 12;
  if (!Number.isInteger(maxGroups) || maxGroups < 1) fail('out_of_range', 'options.maxGroups', `${fn}: options.maxGroups is ${describe(maxGroups)}; use a whole number ≥ 1.`);
  const allYears = (options.years ?? 'latest') === 'all';
  const candidate: unknown = scorecard;
  if (candidate === null || typeof candidate !== 'object' || !Array.isArray((candidate as { indicators?: unknown }).indicators)) {
    fail('invalid_type', 'scorecard', `${fn}: scorecard is ${describe(scorecard)}; pass the result of evaluateGoal.`);
  }

  const lines: string[] = [];
  const g = scorecard.goal;
  lines.push(`# Scorecard — ${g.title}`, '');
  lines.push(`**${g.program}** · ${g.department} · owner: ${g.owner}`, '');
  lines.push(`As of ${scorecard.asOf} · years ${scorecard.years[0]}–${scorecard.years[scorecard.years.length - 1]}${scorecard.yearBasis.startMonth === 1 ? '' : ` (fiscal years from month ${scorecard.yearBasis.startMonth}, named by the year they ${scorecard.yearBasis.label})`} · goal status: **${statusLabel(scorecard.status)}**`, '');
  lines.push(`> ${g.objective}`, '');
  lines.push('| Indicator | Latest | Trend | Progress to target | Status |', '|---|---|---|---|---|');
  for (const indicator of scorecard.indicators) {
    const latest = latestOverall(indicator);
    const latestText = latest === undefined ? '—' : `${formatCell(latest, indicator.unit, decimals)} (${latest.year})`;
    const trend = trendText(indicator, decimals);
    const progress =
      indicator.progress === null
        ? '—'
        : `${words(indicator.progress.status)} (${progressMethodName(indicator.progress.method)}) → ${formatValue(indicator.progress.target.value, indicator.unit, decimals)} by ${indicator.progress.target.year}`;
    lines.push(`| ${cellText(indicator.name)} | ${latestText} | ${trend} | ${progress} | ${statusLabel(indicator.status)} |`);
  }
  lines.push('');

  for (const indicator of scorecard.indicators) {
    lines.push(`## ${indicator.name}`, '');
    const band = bandText(indicator, decimals);
    lines.push(`Status: **${statusLabel(indicator.status)}** · ${indicator.measure} (${indicator.unit}) · ${indicator.direction === 'higherIsBetter' ? 'higher is better' : 'lower is better'} · parity band: ${band}`, '');
    for (const reason of indicator.statusReasons) lines.push(`- ${reason}`);
    lines.push('', '| Year | Overall | Interval | n | Flags |', '|---|---|---|---|---|');
    for (const cell of indicator.overall) {
      lines.push(`| ${cell.year} | ${formatCell(cell, indicator.unit, decimals)} | ${formatInterval(cell, indicator.unit, decimals)} | ${cell.n === null ? '' : cell.n.toLocaleString('en-US')} | ${flags(cell)} |`);
    }
    lines.push('');
    for (const dimension of indicator.dimensions) {
      const years = allYears ? dimension.years : dimension.years.slice(-1);
      for (const entry of years) {
        lines.push(`**${dimension.label}, ${entry.year}**${entry.reference === null ? '' : ` — reference: ${entry.reference.group} (${entry.reference.strategy}) = ${formatValue(entry.reference.value, indicator.unit, decimals)}`}`, '');
        lines.push('| Group | Value | Interval | n | Ratio to reference | Within band | Flags |', '|---|---|---|---|---|---|---|');
        const shown = entry.groups.slice(0, maxGroups);
        for (const cell of shown) {
          const c = cell.comparison;
          const within = c === null || c.withinParityBand === null ? '' : c.withinParityBand ? 'yes' : '**no**';
          const ratio = c === null || c.ratio === null ? '' : c.ratio.toFixed(2);
          lines.push(`| ${cellText(cell.group)} | ${formatCell(cell, indicator.unit, decimals)} | ${formatInterval(cell, indicator.unit, decimals)} | ${cell.n === null ? '' : cell.n.toLocaleString('en-US')} | ${ratio} | ${within} | ${flags(cell)} |`);
        }
        if (entry.groups.length > shown.length) lines.push(`| … ${entry.groups.length - shown.length} more groups | | | | | | |`);
        for (const note of entry.notes) lines.push('', `_${note}_`);
        lines.push('');
      }
    }
    const withheld = scorecard.withheld.filter((w) => w.indicator === indicator.id);
    if (withheld.length > 0) {
      const primary = withheld.filter((w) => w.reason === 'primary').length;
      lines.push(`Withheld: ${withheld.length} value(s) — ${primary} below the publication threshold, ${withheld.length - primary} to protect them (complementary suppression).`, '');
    }
  }

  const p = scorecard.provenance;
  lines.push('## Provenance', '');
  lines.push(`- ${p.library.name} ${p.library.version}; goal ${p.goal.id} version ${p.goal.version}; as of ${p.asOf}`);
  lines.push(`- records: ${p.records.households.toLocaleString('en-US')} households, ${p.records.enrollments.toLocaleString('en-US')} enrolments, ${p.records.sites} sites, ${p.records.householdYears.toLocaleString('en-US')} household-years`);
  if (p.eligibilityRules.length > 0) {
    const versions = [...new Set(p.eligibilityRules.map((r) => `${r.id} ${r.version}`))];
    lines.push(`- eligibility rules: ${versions.join('; ')}`);
  }
  for (const table of p.tables) lines.push(`- table: ${table.id} (${table.kind}, vintage ${table.vintage}, ${table.status}) — ${table.source.title}`);
  for (const convention of p.conventions) lines.push(`- ${convention}`);
  if (scorecard.warnings.length > 0) {
    lines.push('', '### Warnings', '');
    for (const warning of scorecard.warnings) lines.push(`- ${warning}`);
  }
  lines.push('');
  return lines.join('\n');
}
