/**
 * The Markdown form of a scorecard (`renderScorecard(scorecard)`).
 *
 * @internal
 * @module
 */
import type { Scorecard, ScorecardStatus } from '../Scorecard.ts';
import { formatValue } from './format.ts';
import {
  bandText,
  cellValueText,
  countText,
  currentStatus,
  flagsText,
  intervalText,
  latestOverall,
  progressText,
  ratioText,
  trendText,
  withheldText,
  yearsText,
} from './scorecardText.ts';

const STATUS_LABEL: Readonly<Record<ScorecardStatus, string>> = {
  onTrack: '🟢 on track',
  needsAttention: '🟡 needs attention',
  offTrack: '🔴 off track',
  insufficientData: '⚪ insufficient data',
};

function statusLabel(status: string): string {
  return STATUS_LABEL[currentStatus(status) as ScorecardStatus] ?? status;
}

/** Escapes a table cell. */
function cellText(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

const WITHHELD = '\\* (withheld)';

/** Resolved options of the Markdown renderer. */
export interface MarkdownOptions {
  readonly decimals: number;
  readonly maxGroups: number;
  readonly allYears: boolean;
}

/** The scorecard as Markdown. */
export function renderMarkdown(scorecard: Scorecard, options: MarkdownOptions): string {
  const { decimals, maxGroups, allYears } = options;
  const lines: string[] = [];
  const g = scorecard.goal;
  lines.push(`# Scorecard — ${g.title}`, '');
  lines.push(`**${g.program}** · ${g.department} · owner: ${g.owner}`, '');
  lines.push(`As of ${scorecard.asOf} · ${yearsText(scorecard.years, scorecard.yearBasis)} · goal status: **${statusLabel(scorecard.status)}**`, '');
  lines.push(`> ${g.objective}`, '');
  lines.push('| Indicator | Latest | Trend | Progress to target | Status |', '|---|---|---|---|---|');
  for (const indicator of scorecard.indicators) {
    const latest = latestOverall(indicator);
    const latestText = latest === undefined ? '—' : `${cellValueText(latest, indicator.unit, decimals, WITHHELD)} (${latest.year})`;
    lines.push(`| ${cellText(indicator.name)} | ${latestText} | ${trendText(indicator, decimals)} | ${progressText(indicator, decimals)} | ${statusLabel(indicator.status)} |`);
  }
  lines.push('');

  for (const indicator of scorecard.indicators) {
    lines.push(`## ${indicator.name}`, '');
    lines.push(`Status: **${statusLabel(indicator.status)}** · ${indicator.measure} (${indicator.unit}) · ${indicator.direction === 'higherIsBetter' ? 'higher is better' : 'lower is better'} · parity band: ${bandText(indicator, decimals)}`, '');
    for (const reason of indicator.statusReasons) lines.push(`- ${reason}`);
    lines.push('', '| Year | Overall | Interval | n | Flags |', '|---|---|---|---|---|');
    for (const cell of indicator.overall) {
      lines.push(`| ${cell.year} | ${cellValueText(cell, indicator.unit, decimals, WITHHELD)} | ${intervalText(cell, indicator.unit, decimals)} | ${countText(cell.n)} | ${flagsText(cell)} |`);
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
          lines.push(`| ${cellText(cell.group)} | ${cellValueText(cell, indicator.unit, decimals, WITHHELD)} | ${intervalText(cell, indicator.unit, decimals)} | ${countText(cell.n)} | ${ratioText(cell)} | ${within} | ${flagsText(cell)} |`);
        }
        if (entry.groups.length > shown.length) lines.push(`| … ${entry.groups.length - shown.length} more groups | | | | | | |`);
        for (const note of entry.notes) lines.push('', `_${note}_`);
        lines.push('');
      }
    }
    const withheld = withheldText(scorecard.withheld.filter((w) => w.indicator === indicator.id));
    if (withheld !== null) lines.push(withheld, '');
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
