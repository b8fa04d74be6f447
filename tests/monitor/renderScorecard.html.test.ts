import { describe, expect, it } from 'vitest';
import type { Enrollment, Household } from '../../src/internal/records.ts';
import { evaluateGoal } from '../../src/monitor/evaluateGoal.ts';
import { renderScorecard } from '../../src/monitor/renderScorecard.ts';
import type { Scorecard } from '../../src/monitor/Scorecard.ts';
import { scorecardChartSpecs } from '../../src/monitor/scorecardChartSpecs.ts';
import { goalWith, shareByDistrict } from './fixtures.ts';

// Three districts over three years. With the default cell size, district 3 (5 households) is withheld and
// district 1 with it (complementary); with `publishAll`, nothing is withheld and, in 2025, district 1 (12 of 50)
// sits below the ±10 % band around the overall 38.7 %, district 2 (44 of 95) above it and district 3 (2 of 5) inside.
function fixture(publishAll = false): Scorecard {
  const households: Household[] = Array.from({ length: 150 }, (_, i) => ({ id: `h${i}`, size: 2, attributes: { district: i < 50 ? '1' : i < 145 ? '2' : '3' } }));
  const enrollments: Enrollment[] = [2023, 2024, 2025].flatMap((programYear, k) =>
    households
      .filter((_, i) => (i < 50 ? i < (publishAll ? 10 : 20) + k : i < 145 ? i < 90 + 2 * k : i < 147))
      .map((h) => ({ householdId: h.id, programId: 'youth', programYear })),
  );
  const goal = {
    ...goalWith([shareByDistrict({ referenceGroup: 'overall', parityBand: { relative: 0.1 }, target: { year: 2027, value: 0.6 } })], publishAll ? { suppression: { minimumCellSize: 1 } } : {}),
    id: 'html-goal',
    version: 1,
    title: 'Render <goal> & "friends"',
  };
  return evaluateGoal(goal, { households, enrollments }, { asOf: '2025-12-31' });
}

/** The SVG of the figure whose data-chart is `id`. */
function figureSvg(html: string, id: string): string {
  const start = html.indexOf(`data-chart="${id}"`);
  expect(start).toBeGreaterThan(0);
  return html.slice(html.indexOf('<svg', start), html.indexOf('</svg>', start) + 6);
}

/** The tick labels of a chart's value axis. */
function ticks(svg: string, axis: 'x' | 'y'): string[] {
  const group = svg.slice(svg.indexOf(`class="axis axis-${axis}"`), svg.indexOf('</g>', svg.indexOf(`class="axis axis-${axis}"`)));
  return [...group.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1] as string);
}

describe('renderScorecard as HTML', () => {
  it('is one self-contained page: no script, no stylesheet link, no request', () => {
    const html = renderScorecard(fixture(), { format: 'html' });
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|url\(/i);
    // The only address in the page is the SVG namespace.
    expect([...new Set(html.match(/https?:\/\/[^\s"')]+/g))]).toEqual(['http://www.w3.org/2000/svg']);
  });

  it('is structured for assistive technology: one h1, an h2 per indicator, captioned tables with header cells', () => {
    const html = renderScorecard(fixture(), { format: 'html' });
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html).toContain('<h2 id="heading-share">Share enrolled');
    const tables = html.match(/<table>/g) ?? [];
    expect(tables.length).toBe(3); // summary, overall by year, district
    expect(html.match(/<caption>/g)).toHaveLength(tables.length);
    expect(html).toContain('<th scope="col">Within band</th>');
    expect(html).toContain('<th scope="row">2023</th>');
    // Every chart is an image with a title and a description.
    const svgs = html.match(/<svg [^>]*>/g) ?? [];
    expect(svgs.length).toBe(2);
    for (const svg of svgs) expect(svg).toMatch(/role="img" aria-labelledby="chart-\d+-title chart-\d+-desc"/);
  });

  it('escapes every text from the goal and the caller', () => {
    const html = renderScorecard(fixture(), { format: 'html', notes: ['Rows with <b>bad</b> ids & more'] });
    expect(html).toContain('<h1>Render &lt;goal&gt; &amp; &quot;friends&quot;</h1>');
    expect(html).toContain('Rows with &lt;b&gt;bad&lt;/b&gt; ids &amp; more');
    expect(html).not.toContain('<b>bad</b>');
  });

  it('draws one figure per chart of scorecardChartSpecs', () => {
    const card = fixture();
    const html = renderScorecard(card, { format: 'html' });
    const drawn = [...html.matchAll(/<figure class="chart" id="[^"]+" data-chart="([^"]+)">/g)].map((m) => m[1]);
    expect(drawn).toEqual(scorecardChartSpecs(card).map((c) => c.id));
  });

  it('never shows a withheld value, in tables or in charts', () => {
    const card = fixture();
    const html = renderScorecard(card, { format: 'html' });
    const withheld = card.indicators[0]?.dimensions[0]?.years[2]?.groups.filter((g) => g.suppressed) ?? [];
    expect(withheld.map((g) => g.group).sort()).toEqual(['1', '3']);
    // District 1 in 2025: 22 of 50; district 3: 2 of 5. Neither number appears anywhere.
    expect(html).not.toContain('44.0 %');
    expect(html).not.toContain('40.0 %');
    expect(html).toContain('<th scope="row">3</th><td class="withheld">');
    expect(figureSvg(html, 'share/trend')).not.toContain('data-group="3"><g class="point"');
    expect(html).toContain('Withheld (small numbers), not shown: 1 2023, 2024, 2025; 3 2023, 2024, 2025.');
  });

  it('tells verdicts by shape and words, not colour alone', () => {
    const card = fixture(true);
    const latest = card.indicators[0]?.dimensions[0]?.years[2];
    expect(latest?.groups.map((g) => [g.group, g.suppressed, g.comparison?.withinParityBand])).toEqual([
      ['1', false, false],
      ['2', false, false],
      ['3', false, true],
    ]);
    const html = renderScorecard(card, { format: 'html' });
    const svg = figureSvg(html, 'share/district');
    for (const cell of latest?.groups ?? []) {
      if (cell.suppressed) {
        expect(svg).toContain(`data-group="${cell.group}"><text`);
        continue;
      }
      const row = svg.slice(svg.indexOf(`data-group="${cell.group}"`));
      const point = row.slice(row.indexOf('<g class="point">'), row.indexOf('</g>'));
      const verdict = cell.comparison?.withinParityBand === false ? 'outside the parity band' : 'within the parity band';
      expect(point).toContain(verdict);
      // Outside: a triangle (a path); within: a circle.
      expect(point.startsWith(cell.comparison?.withinParityBand === false ? '<g class="point"><path' : '<g class="point"><circle')).toBe(true);
    }
    expect(html).toMatch(/<span class="status status-\w+"><span aria-hidden="true">.<\/span> [a-z ]+<\/span>/);
  });

  it('starts every value axis at zero, so noise is not drawn as change', () => {
    // The demo's distance indicator moved between 1.3766 and 1.3784 km over ten years: drawn from its own range,
    // the line would swing across the whole chart.
    const card = structuredClone(fixture()) as unknown as { indicators: { unit: string; measure: string; overall: { value: number | null; lower: number | null; upper: number | null }[]; dimensions: unknown[]; parityBand: unknown; progress: unknown }[] };
    const indicator = card.indicators[0] as (typeof card.indicators)[number];
    indicator.unit = 'km';
    indicator.measure = 'distance';
    indicator.dimensions = [];
    indicator.parityBand = null;
    indicator.progress = null;
    [1.3766, 1.3784, 1.3771].forEach((value, i) => Object.assign(indicator.overall[i] as object, { value, lower: null, upper: null, suppressed: false }));
    const html = renderScorecard(card as unknown as Scorecard, { format: 'html' });
    const svg = figureSvg(html, 'share/trend');
    const labels = ticks(svg, 'y');
    expect(labels).toEqual(['0.0 km', '0.2 km', '0.4 km', '0.6 km', '0.8 km', '1.0 km', '1.2 km', '1.4 km', 'Kilometres']);
    expect(svg).toContain('value axis from 0.0 km');
    // The three points lie within 1 px of one another.
    const ys = [...svg.matchAll(/<g class="point"><circle cx="[^"]+" cy="([^"]+)"/g)].map((m) => Number(m[1]));
    expect(ys).toHaveLength(3);
    expect(Math.max(...ys) - Math.min(...ys)).toBeLessThan(1);
  });

  it('adds the caller’s figures and checks them', () => {
    const card = fixture();
    const html = renderScorecard(card, { format: 'html', figures: [{ id: 'map', title: 'A map', svg: '<svg viewBox="0 0 10 10"><rect width="5" height="5"/></svg>' }] });
    expect(html).toContain('<h2 id="figures">More figures</h2>');
    expect(html).toContain('<figure class="chart" id="figure-map" data-chart="map"><svg viewBox="0 0 10 10"><rect width="5" height="5"/></svg><figcaption>A map</figcaption></figure>');
    expect(() => renderScorecard(card, { format: 'html', figures: [{ id: 'x', title: 'x', svg: '<script>alert(1)</script>' }] })).toThrow(/does not start with <svg/);
    expect(() => renderScorecard(card, { format: 'html', figures: [{ id: 'x' }] as never })).toThrow(/options.figures\[0\]/);
    expect(() => renderScorecard(card, { format: 'html', maxTrendGroups: 0 })).toThrow(/options.maxTrendGroups/);
  });

  it('prints numbers in the declared forms', () => {
    const html = renderScorecard(fixture(), { format: 'html' });
    // Overall 2025: 20+2+90+4+2 = 118 … read it from the scorecard rather than recount.
    expect(html).toMatch(/<td>\d+\.\d %<\/td>/);
    expect(html).toContain('parity band: ±10 % of the reference');
    expect(html).toContain('Target 60.0 % by 2027');
    expect(html).not.toMatch(/>0\.\d+</);
  });
});
