/**
 * The HTML form of a scorecard (`renderScorecard(scorecard, { format: 'html' })`): one self-contained page — no
 * script, no font, no request — with the summary, every indicator's charts (inline SVG) and tables, what was
 * withheld, the warnings and the provenance. It opens offline, prints on A4 or Letter, and is readable without
 * colour: statuses and verdicts are words, chart groups differ by shape as well as colour.
 *
 * @internal
 * @module
 */
import type { IndicatorScore, Scorecard, ScorecardCell, ScorecardStatus } from '../../Scorecard.ts';
import { type ChartModel, scorecardChartModels } from '../chartModels.ts';
import { formatValue } from '../format.ts';
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
  statusWords,
  trendText,
  withheldText,
  yearsText,
} from '../scorecardText.ts';
import { disparitySvg } from './disparitySvg.ts';
import { escapeXml } from './svg.ts';
import { trendSvg } from './trendSvg.ts';

/** A figure drawn by the caller (a map …), placed after the indicators. */
export interface HtmlFigure {
  readonly id: string;
  readonly title: string;
  readonly svg: string;
}

/** Resolved options of the HTML renderer. */
export interface HtmlOptions {
  readonly decimals: number;
  readonly maxGroups: number;
  readonly allYears: boolean;
  readonly maxTrendGroups: number;
  readonly title: string | undefined;
  readonly notes: readonly string[];
  readonly figures: readonly HtmlFigure[];
}

/** A symbol per status, so the badge reads without colour. */
const STATUS_SYMBOL: Readonly<Record<ScorecardStatus, string>> = {
  onTrack: '✓',
  needsAttention: '!',
  offTrack: '✗',
  insufficientData: '?',
};

function badge(status: string): string {
  const current = currentStatus(status);
  const symbol = STATUS_SYMBOL[current as ScorecardStatus] ?? '';
  return `<span class="status status-${escapeXml(current)}"><span aria-hidden="true">${symbol}</span> ${escapeXml(statusWords(status))}</span>`;
}

const WITHHELD = '<abbr title="withheld: small numbers">* withheld</abbr>';

function valueCell(cell: ScorecardCell, unit: string, decimals: number): string {
  return cell.suppressed ? `<td class="withheld">${WITHHELD}</td>` : `<td>${escapeXml(cellValueText(cell, unit, decimals, ''))}</td>`;
}

/** A slug for element ids. */
function slug(text: string): string {
  return text.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'x';
}

function figure(model: ChartModel, index: number, decimals: number): string {
  const id = `chart-${index + 1}`;
  const svg = model.kind === 'trend' ? trendSvg(model, id, decimals) : disparitySvg(model, id, decimals);
  const withheld = new Map<string, string[]>();
  const undefinedValues = new Map<string, string[]>();
  const items = model.kind === 'trend' ? model.series.map((p) => ({ group: p.group, year: String(p.year), value: p.value, suppressed: p.suppressed === true })) : model.groups.map((g) => ({ ...g, year: '' }));
  for (const item of items) {
    if (item.value !== null && !item.suppressed) continue;
    const into = item.suppressed ? withheld : undefinedValues;
    const years = into.get(item.group) ?? [];
    if (item.year !== '') years.push(item.year);
    into.set(item.group, years);
  }
  const list = (entries: Map<string, string[]>): string => [...entries].map(([group, years]) => (years.length === 0 ? group : `${group} ${years.join(', ')}`)).join('; ');
  const note = `${withheld.size === 0 ? '' : ` Withheld (small numbers), not shown: ${list(withheld)}.`}${undefinedValues.size === 0 ? '' : ` No value: ${list(undefinedValues)}.`}`;
  const axis = ' The value axis starts at zero.';
  return `<figure class="chart" id="${escapeXml(`${id}-${slug(model.id)}`)}" data-chart="${escapeXml(model.id)}">${svg}<figcaption>${escapeXml(model.title)}.${escapeXml(axis + note)}</figcaption></figure>`;
}

function overallTable(indicator: IndicatorScore, decimals: number): string {
  const rows = indicator.overall
    .map((cell) => `<tr><th scope="row">${cell.year}</th>${valueCell(cell, indicator.unit, decimals)}<td>${escapeXml(intervalText(cell, indicator.unit, decimals))}</td><td>${countText(cell.n)}</td><td class="text">${escapeXml(flagsText(cell))}</td></tr>`)
    .join('\n');
  return `<table><caption>${escapeXml(indicator.name)}: overall, by year</caption>
<thead><tr><th scope="col">Year</th><th scope="col">Overall</th><th scope="col">Interval</th><th scope="col">n</th><th scope="col">Flags</th></tr></thead>
<tbody>
${rows}
</tbody></table>`;
}

function dimensionTables(indicator: IndicatorScore, options: HtmlOptions): string {
  const out: string[] = [];
  for (const dimension of indicator.dimensions) {
    const years = options.allYears ? dimension.years : dimension.years.slice(-1);
    for (const entry of years) {
      const reference = entry.reference === null ? '' : ` — reference: ${entry.reference.group} (${entry.reference.strategy}) = ${formatValue(entry.reference.value, indicator.unit, options.decimals)}`;
      const shown = entry.groups.slice(0, options.maxGroups);
      const rows = shown.map((cell) => {
        const c = cell.comparison;
        const within = c === null || c.withinParityBand === null ? '' : c.withinParityBand ? 'yes' : '<strong>no</strong>';
        const cls = c !== null && c.withinParityBand === false ? ' class="outside"' : '';
        return `<tr${cls}><th scope="row">${escapeXml(cell.group)}</th>${valueCell(cell, indicator.unit, options.decimals)}<td>${escapeXml(intervalText(cell, indicator.unit, options.decimals))}</td><td>${countText(cell.n)}</td><td>${ratioText(cell)}</td><td class="text">${within}</td><td class="text">${escapeXml(flagsText(cell))}</td></tr>`;
      });
      if (entry.groups.length > shown.length) rows.push(`<tr><td colspan="7" class="text">… ${entry.groups.length - shown.length} more groups</td></tr>`);
      out.push(`<table><caption>${escapeXml(`${dimension.label}, ${entry.year}${reference}`)}</caption>
<thead><tr><th scope="col">Group</th><th scope="col">Value</th><th scope="col">Interval</th><th scope="col">n</th><th scope="col">Ratio to reference</th><th scope="col">Within band</th><th scope="col">Flags</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table>`);
      for (const note of entry.notes) out.push(`<p class="note">${escapeXml(note)}</p>`);
    }
  }
  return out.join('\n');
}

const STYLE = `
:root{color-scheme:light}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:1100px;margin:2rem auto;padding:0 1rem;color:#1a1a1a;background:#fff}
h1{font-size:1.7rem;margin-bottom:.25rem}h2{margin-top:2.5rem;border-bottom:2px solid #ddd;padding-bottom:.2rem}h3{margin-top:1.5rem}
a{color:#0b5cad}
.meta{color:#333}
blockquote{margin:1rem 0;padding:.5rem 1rem;border-left:4px solid #888;background:#f6f6f6}
table{border-collapse:collapse;margin:.5rem 0 1.25rem;font-variant-numeric:tabular-nums}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border:1px solid #bbb;padding:.2rem .5rem;text-align:right;vertical-align:top}
th[scope=col]{background:#f0f0f0;text-align:left}
th[scope=row],td.text{text-align:left}
tr.outside th,tr.outside td{background:#fdeee4}
td.withheld{color:#555}
.status{display:inline-block;font-size:.85em;font-weight:600;padding:.05rem .45rem;border:1px solid #777;border-radius:.3rem;background:#eee;white-space:nowrap}
.status-onTrack{background:#d7f2de;border-color:#2e7d46}.status-needsAttention{background:#fff1bf;border-color:#9a7400}
.status-offTrack{background:#fbd7d3;border-color:#b3261e}.status-insufficientData{background:#eeeeee;border-color:#777}
figure.chart{margin:1.25rem 0;max-width:100%}figure.chart svg{max-width:100%;height:auto}
figcaption{color:#444;font-size:.9em}
.note{color:#444;font-style:italic}
section.indicator{margin-top:2rem}
footer{margin-top:3rem;color:#555;font-size:.9em;border-top:1px solid #ddd;padding-top:.5rem}
@media print{
  body{max-width:none;margin:0;font-size:10.5pt}
  h2{break-after:avoid}h3{break-after:avoid}
  figure.chart,table{break-inside:avoid}
  section.indicator{break-before:auto}
  a{color:inherit;text-decoration:none}
}
`;

/** The scorecard as one self-contained HTML page. */
export function renderHtml(scorecard: Scorecard, options: HtmlOptions): string {
  const { decimals } = options;
  const g = scorecard.goal;
  const title = options.title ?? `${g.title} — equity scorecard`;
  const models = scorecardChartModels(scorecard, options.maxTrendGroups);
  const body: string[] = [];
  body.push(`<header><h1>${escapeXml(g.title)}</h1>`);
  body.push(`<p class="meta"><strong>${escapeXml(g.program)}</strong> · ${escapeXml(g.department)} · owner: ${escapeXml(g.owner)}</p>`);
  body.push(`<p class="meta">As of ${escapeXml(scorecard.asOf)} · ${escapeXml(yearsText(scorecard.years, scorecard.yearBasis))} · goal status: ${badge(scorecard.status)}</p>`);
  body.push(`<blockquote>${escapeXml(g.objective)}</blockquote>`);
  for (const note of options.notes) body.push(`<p class="note">${escapeXml(note)}</p>`);
  body.push('</header>');

  body.push('<main>');
  body.push('<h2 id="summary">Summary</h2>');
  body.push(`<table><caption>Indicators, latest year</caption>
<thead><tr><th scope="col">Indicator</th><th scope="col">Latest</th><th scope="col">Trend</th><th scope="col">Progress to target</th><th scope="col">Status</th></tr></thead>
<tbody>
${scorecard.indicators
  .map((indicator) => {
    const latest = latestOverall(indicator);
    const latestText = latest === undefined ? '—' : `${latest.suppressed ? WITHHELD : escapeXml(cellValueText(latest, indicator.unit, decimals, ''))} (${latest.year})`;
    return `<tr><th scope="row"><a href="#indicator-${escapeXml(slug(indicator.id))}">${escapeXml(indicator.name)}</a></th><td>${latestText}</td><td class="text">${escapeXml(trendText(indicator, decimals))}</td><td class="text">${escapeXml(progressText(indicator, decimals))}</td><td class="text">${badge(indicator.status)}</td></tr>`;
  })
  .join('\n')}
</tbody></table>`);

  let chartIndex = 0;
  for (const indicator of scorecard.indicators) {
    body.push(`<section class="indicator" id="indicator-${escapeXml(slug(indicator.id))}" aria-labelledby="heading-${escapeXml(slug(indicator.id))}">`);
    body.push(`<h2 id="heading-${escapeXml(slug(indicator.id))}">${escapeXml(indicator.name)} ${badge(indicator.status)}</h2>`);
    body.push(`<p class="meta">${escapeXml(`${indicator.measure} (${indicator.unit}) · ${indicator.direction === 'higherIsBetter' ? 'higher is better' : 'lower is better'} · parity band: ${bandText(indicator, decimals)} · trend: ${trendText(indicator, decimals)} · progress: ${progressText(indicator, decimals)}`)}</p>`);
    if (indicator.statusReasons.length > 0) body.push(`<ul class="reasons">${indicator.statusReasons.map((r) => `<li>${escapeXml(r)}</li>`).join('')}</ul>`);
    for (const model of models) if (model.indicator === indicator) body.push(figure(model, chartIndex++, decimals));
    body.push(overallTable(indicator, decimals));
    const dims = dimensionTables(indicator, options);
    if (dims !== '') body.push(`<h3>By group</h3>\n${dims}`);
    const withheld = withheldText(scorecard.withheld.filter((w) => w.indicator === indicator.id));
    if (withheld !== null) body.push(`<p class="note">${escapeXml(withheld)}</p>`);
    if (indicator.warnings.length > 0) body.push(`<ul class="warnings">${indicator.warnings.map((w) => `<li>${escapeXml(w)}</li>`).join('')}</ul>`);
    body.push('</section>');
  }

  if (options.figures.length > 0) {
    body.push('<h2 id="figures">More figures</h2>');
    for (const f of options.figures) body.push(`<figure class="chart" id="${escapeXml(`figure-${slug(f.id)}`)}" data-chart="${escapeXml(f.id)}">${f.svg}<figcaption>${escapeXml(f.title)}</figcaption></figure>`);
  }

  if (scorecard.warnings.length > 0) {
    body.push('<h2 id="warnings">Warnings</h2>');
    body.push(`<ul class="warnings">${scorecard.warnings.map((w) => `<li>${escapeXml(w)}</li>`).join('')}</ul>`);
  }

  const p = scorecard.provenance;
  body.push('<h2 id="provenance">Provenance</h2><ul>');
  body.push(`<li>${escapeXml(`${p.library.name} ${p.library.version}; goal ${p.goal.id} version ${p.goal.version}; as of ${p.asOf}`)}</li>`);
  body.push(`<li>${escapeXml(`records: ${p.records.households.toLocaleString('en-US')} households, ${p.records.enrollments.toLocaleString('en-US')} enrolments, ${p.records.sites} sites, ${p.records.householdYears.toLocaleString('en-US')} household-years`)}</li>`);
  if (p.eligibilityRules.length > 0) body.push(`<li>${escapeXml(`eligibility rules: ${[...new Set(p.eligibilityRules.map((r) => `${r.id} ${r.version}`))].join('; ')}`)}</li>`);
  for (const table of p.tables) body.push(`<li>${escapeXml(`table: ${table.id} (${table.kind}, vintage ${table.vintage}, ${table.status}) — ${table.source.title}`)}</li>`);
  for (const convention of p.conventions) body.push(`<li>${escapeXml(convention)}</li>`);
  body.push('</ul>');
  body.push('</main>');
  body.push(`<footer>Generated by ${escapeXml(p.library.name)} ${escapeXml(p.library.version)} from goal ${escapeXml(p.goal.id)} version ${p.goal.version}, as of ${escapeXml(p.asOf)}.</footer>`);

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${escapeXml(`${p.library.name} ${p.library.version}`)}">
<title>${escapeXml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}
