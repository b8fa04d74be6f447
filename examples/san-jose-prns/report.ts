/**
 * The self-contained HTML report of the demo: the scorecard as tables and every chart rendered to inline SVG
 * with vega and vega-lite (development dependencies of the example), so the file opens offline.
 */
import * as vega from 'vega';
import * as vegaLite from 'vega-lite';
import { type IndicatorScore, type ScorecardCell, type VegaLiteSpec, accessMapSpec, scorecardChartSpecs } from '../../src/index.ts';
import type { PrnsAnalysis } from './analysis.ts';

/** Renders a Vega-Lite spec to an SVG string, headless. */
export async function renderSvg(spec: VegaLiteSpec): Promise<string> {
  const compiled = vegaLite.compile(spec as unknown as vegaLite.TopLevelSpec).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  return svg;
}

/** A status such as `needsAttention` in words: "needs attention". */
function statusWords(status: string): string {
  return status.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function format(value: number | null, unit: string): string {
  if (value === null) return '—';
  if (unit === 'proportion') return `${(value * 100).toFixed(1)} %`;
  if (Number.isInteger(value)) return value.toLocaleString('en-US');
  return value.toFixed(2);
}

function cellHtml(cell: ScorecardCell, unit: string): string {
  if (cell.suppressed) return '<td class="withheld" title="withheld: small numbers">*</td>';
  return `<td>${format(cell.value, unit)}</td>`;
}

function indicatorHtml(indicator: IndicatorScore): string {
  const rows = indicator.overall
    .map((cell) => `<tr><th>${cell.year}</th>${cellHtml(cell, indicator.unit)}<td>${cell.lower === null || cell.upper === null ? '' : `${format(cell.lower, indicator.unit)} – ${format(cell.upper, indicator.unit)}`}</td><td>${cell.n?.toLocaleString('en-US') ?? ''}</td></tr>`)
    .join('');
  const dimensions = indicator.dimensions
    .map((dimension) => {
      const latest = dimension.years[dimension.years.length - 1];
      if (latest === undefined) return '';
      const body = latest.groups
        .map((cell) => {
          const within = cell.comparison?.withinParityBand;
          const cls = within === false ? ' class="outside"' : '';
          return `<tr${cls}><th>${escape(cell.group)}</th>${cellHtml(cell, indicator.unit)}<td>${cell.n?.toLocaleString('en-US') ?? ''}</td><td>${cell.comparison?.ratio?.toFixed(2) ?? ''}</td><td>${within === undefined || within === null ? '' : within ? 'yes' : 'no'}</td></tr>`;
        })
        .join('');
      const reference = latest.reference === null ? '' : ` — reference ${escape(latest.reference.group)} = ${format(latest.reference.value, indicator.unit)}`;
      return `<h4>${escape(dimension.label)}, ${latest.year}${reference}</h4><table><thead><tr><th>Group</th><th>Value</th><th>n</th><th>Ratio</th><th>Within band</th></tr></thead><tbody>${body}</tbody></table>`;
    })
    .join('');
  return `<section class="indicator"><h3>${escape(indicator.name)} <span class="status ${indicator.status}">${statusWords(indicator.status)}</span></h3>
<ul>${indicator.statusReasons.map((r) => `<li>${escape(r)}</li>`).join('')}</ul>
<table><thead><tr><th>Year</th><th>Overall</th><th>Interval</th><th>n</th></tr></thead><tbody>${rows}</tbody></table>${dimensions}</section>`;
}

/** Builds the report's HTML. */
export async function reportHtml(analysis: PrnsAnalysis): Promise<string> {
  const { scorecard, city } = analysis;
  const charts = scorecardChartSpecs(scorecard).map((chart) => ({ id: chart.id, title: chart.title, spec: chart.spec }));
  const latestStatus = analysis.eligibleByYear.get(analysis.latestYear) as Uint8Array;
  const eligible = city.households.filter((h, i) => latestStatus[i] === 1 && h.location !== undefined);
  charts.push({
    id: 'access-map',
    title: `Eligible households (sample) and community centres with a 2 km radius, ${analysis.latestYear}`,
    spec: accessMapSpec(
      {
        title: 'Eligible households and community centres (2 km)',
        households: eligible.map((h) => ({ location: h.location as [number, number], group: `District ${h.attributes['district']}` })),
        sites: city.sites.map((s) => ({ location: s.location, name: s.name ?? s.id, radiusKm: 2 })),
      },
      { sample: 2500 },
    ),
  });
  charts.push({
    id: 'plan-map',
    title: 'Three new centres chosen for eligible unserved households (1.5 km)',
    spec: accessMapSpec(
      {
        title: 'Existing centres and the three planned ones (1.5 km)',
        households: eligible.map((h) => ({ location: h.location as [number, number] })),
        sites: [
          ...city.sites.map((s) => ({ location: s.location, name: s.name ?? s.id })),
          ...analysis.plan.chosen.map((c, k) => ({ location: analysis.candidates[c] as [number, number], name: `New centre ${k + 1}`, radiusKm: 1.5 })),
        ],
      },
      { sample: 2500 },
    ),
  });
  const figures: string[] = [];
  for (const chart of charts) {
    const svg = await renderSvg(chart.spec);
    figures.push(`<figure class="chart" id="${escape(chart.id.replace(/[^a-zA-Z0-9-]/g, '-'))}">${svg}<figcaption>${escape(chart.title)}</figcaption></figure>`);
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(scorecard.goal.title)} — equity-lens report</title>
<style>
body{font-family:system-ui,sans-serif;max-width:1100px;margin:2rem auto;padding:0 1rem;color:#222}
table{border-collapse:collapse;margin:.5rem 0 1rem}th,td{border:1px solid #ccc;padding:.2rem .5rem;text-align:right}th{text-align:left}
tr.outside td{background:#fde7d9}.withheld{color:#888}.status{font-size:.8em;padding:.1rem .4rem;border-radius:.3rem;background:#eee}
.status.onTrack{background:#d4f4dd}.status.needsAttention{background:#fff3c4}.status.offTrack{background:#fbd3d0}
figure.chart{margin:1.5rem 0}figcaption{color:#555;font-size:.9em}
</style></head><body>
<h1>${escape(scorecard.goal.title)}</h1>
<p><strong>${escape(scorecard.goal.program)}</strong> · ${escape(scorecard.goal.department)} · as of ${scorecard.asOf} · goal status: <span class="status ${scorecard.status}">${statusWords(scorecard.status)}</span></p>
<blockquote>${escape(scorecard.goal.objective)}</blockquote>
<p>Synthetic San José: ${city.households.length.toLocaleString('en-US')} households, ${city.sites.length} community centres, ${city.enrollments.length.toLocaleString('en-US')} enrolments over program years ${analysis.years[0]}–${analysis.latestYear}. Generated by equity-lens ${scorecard.provenance.library.version}; the data are synthetic, not City figures.</p>
<h2>Charts</h2>
${figures.join('\n')}
<h2>Scorecard</h2>
${scorecard.indicators.map(indicatorHtml).join('\n')}
<h2>Provenance</h2>
<ul>${scorecard.provenance.conventions.map((c) => `<li>${escape(c)}</li>`).join('')}
${scorecard.provenance.tables.map((t) => `<li>${escape(`${t.id} (${t.kind}, vintage ${t.vintage}) — ${t.source.title}`)}</li>`).join('')}</ul>
</body></html>
`;
}
