/**
 * The demo's HTML report: the library's own page (`renderScorecard(scorecard, { format: "html" })`, every scorecard
 * chart drawn as inline SVG) plus two maps the scorecard does not hold — eligible households and centres, and the
 * three planned centres — rendered from Vega-Lite to SVG with vega (a development dependency of the example), so
 * the file still opens offline.
 */
import * as vega from 'vega';
import * as vegaLite from 'vega-lite';
import { type RenderScorecardFigure, type VegaLiteSpec, accessMapSpec, renderScorecard } from 'equity-lens/monitor';
import type { PrnsAnalysis } from './analysis.ts';

/** Renders a Vega-Lite spec to an SVG string, headless. */
export async function renderSvg(spec: VegaLiteSpec): Promise<string> {
  const compiled = vegaLite.compile(spec as unknown as vegaLite.TopLevelSpec).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  return svg;
}

/** The two maps of the demo, as figures for the report. */
export async function mapFigures(analysis: PrnsAnalysis): Promise<RenderScorecardFigure[]> {
  const { city } = analysis;
  const latestStatus = analysis.eligibleByYear.get(analysis.latestYear) as Uint8Array;
  const eligible = city.households.filter((h, i) => latestStatus[i] === 1 && h.location !== undefined);
  const access = accessMapSpec(
    {
      title: 'Eligible households and community centres (2 km)',
      households: eligible.map((h) => ({ location: h.location as [number, number], group: `District ${h.attributes['district']}` })),
      sites: city.sites.map((s) => ({ location: s.location, name: s.name ?? s.id, radiusKm: 2 })),
    },
    { sample: 2500 },
  );
  const plan = accessMapSpec(
    {
      title: 'Existing centres and the three planned ones (1.5 km)',
      households: eligible.map((h) => ({ location: h.location as [number, number] })),
      sites: [
        ...city.sites.map((s) => ({ location: s.location, name: s.name ?? s.id })),
        ...analysis.plan.chosen.map((c, k) => ({ location: analysis.candidates[c] as [number, number], name: `New centre ${k + 1}`, radiusKm: 1.5 })),
      ],
    },
    { sample: 2500 },
  );
  return [
    { id: 'access-map', title: `Eligible households (sample) and community centres with a 2 km radius, ${analysis.latestYear}`, svg: await renderSvg(access) },
    { id: 'plan-map', title: 'Three new centres chosen for eligible unserved households (1.5 km)', svg: await renderSvg(plan) },
  ];
}

/** Builds the report's HTML. */
export async function reportHtml(analysis: PrnsAnalysis): Promise<string> {
  const { city } = analysis;
  return renderScorecard(analysis.scorecard, {
    format: 'html',
    notes: [
      `Synthetic San José: ${city.households.length.toLocaleString('en-US')} households, ${city.sites.length} community centres, ${city.enrollments.length.toLocaleString('en-US')} enrolments over program years ${analysis.years[0]}–${analysis.latestYear}. The data are synthetic, not City figures.`,
    ],
    figures: await mapFigures(analysis),
  });
}
