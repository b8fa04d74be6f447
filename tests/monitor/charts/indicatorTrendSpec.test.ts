import { describe, expect, it } from 'vitest';
import { indicatorTrendSpec } from '../../../src/index.ts';
import { caught } from '../../disclosure/helpers.ts';
import { markItems, renderSvg, schemaErrors } from './render.ts';

const series = [
  { group: 'District 3', year: 2021, value: 0.38, lower: 0.35, upper: 0.41 },
  { group: 'District 3', year: 2022, value: 0.41, lower: 0.38, upper: 0.44 },
  { group: 'District 3', year: 2023, value: 0.44 },
  { group: 'District 7', year: 2021, value: 0.3 },
  { group: 'District 7', year: 2022, value: 0.31 },
  { group: 'District 7', year: 2023, value: null, suppressed: true },
  { group: 'All', year: 2021, value: 0.35 },
  { group: 'All', year: 2022, value: 0.37 },
  { group: 'All', year: 2023, value: 0.4 },
];

describe('indicatorTrendSpec', () => {
  it('validates against the Vega-Lite v5 schema and renders lines, points, intervals, band and target', async () => {
    const spec = indicatorTrendSpec(
      { title: 'Eligible households served', unit: 'Share of eligible households', series, target: { year: 2026, value: 0.5 }, band: { lower: 0.36, upper: 0.44 } },
      { format: '.0%' },
    );
    expect(spec.$schema).toBe('https://vega.github.io/schema/vega-lite/v5.json');
    expect(schemaErrors(spec)).toEqual([]);
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
    const { svg, warnings } = await renderSvg(spec);
    expect(warnings).toEqual([]);
    expect(markItems(svg, 'points')).toBe(8); // 9 values, 1 withheld
    expect(markItems(svg, 'lines')).toBe(3); // one path per group
    expect(markItems(svg, 'intervals')).toBe(2);
    expect(markItems(svg, 'band')).toBe(1);
    expect(markItems(svg, 'targetRule')).toBe(1);
    expect(markItems(svg, 'targetPoint')).toBe(1);
    // the withheld value is named, not dropped silently
    expect(svg).toContain('Not shown: District 7 2023 (withheld: small numbers).');
  });

  it('draws a band per year as an area', async () => {
    const band = [2021, 2022, 2023].map((year) => ({ year, lower: 0.3 + 0.01 * (year - 2021), upper: 0.4 + 0.01 * (year - 2021) }));
    const spec = indicatorTrendSpec({ title: 'T', series, band });
    expect(schemaErrors(spec)).toEqual([]);
    const { svg, warnings } = await renderSvg(spec);
    expect(warnings).toEqual([]);
    expect(svg).toMatch(/class="mark-area role-mark band_marks"/);
    expect(markItems(svg, 'band')).toBe(1);
  });

  it('renders without target or band', async () => {
    const spec = indicatorTrendSpec({ title: 'T', series: series.slice(0, 3) });
    expect(schemaErrors(spec)).toEqual([]);
    expect((spec['layer'] as unknown[]).length).toBe(3);
    const { svg } = await renderSvg(spec);
    expect(markItems(svg, 'points')).toBe(3);
  });

  it('leaves out the interval layer when no point has an interval, so Vega has no empty extent to warn about', async () => {
    const spec = indicatorTrendSpec({
      title: 'No intervals',
      series: [
        { group: 'A', year: 2024, value: 0.2 },
        { group: 'A', year: 2025, value: 0.3 },
      ],
    });
    expect(JSON.stringify(spec)).not.toContain('"intervals"');
    const { warnings } = await renderSvg(spec);
    expect(warnings).toEqual([]);
  });

  it('rejects bad input', () => {
    const dup = caught(() => indicatorTrendSpec({ title: 'T', series: [series[0]!, series[0]!] }));
    expect([dup.code, dup.path]).toEqual(['duplicate', 'input.series[1].year']);
    expect(dup.message).toMatch(/^indicatorTrendSpec: input.series\[1\] repeats District 3 in 2021/);
    const year = caught(() => indicatorTrendSpec({ title: 'T', series: [{ group: 'A', year: 2021.5, value: 1 }] }));
    expect([year.code, year.path]).toEqual(['not_integer', 'input.series[0].year']);
    const reversed = caught(() => indicatorTrendSpec({ title: 'T', series: [{ group: 'A', year: 2021, value: 1, lower: 2, upper: 1 }] }));
    expect([reversed.code, reversed.path]).toEqual(['out_of_range', 'input.series[0].lower']);
    const half = caught(() => indicatorTrendSpec({ title: 'T', series: [{ group: 'A', year: 2021, value: 1, lower: 0.5 }] }));
    expect([half.code, half.path]).toEqual(['missing_field', 'input.series[0].upper']);
    const nan = caught(() => indicatorTrendSpec({ title: 'T', series: [{ group: 'A', year: 2021, value: Number.NaN }] }));
    expect(nan.code).toBe('not_finite');
    const title = caught(() => indicatorTrendSpec({ series } as never));
    expect([title.code, title.path]).toEqual(['invalid_type', 'input.title']);
    const option = caught(() => indicatorTrendSpec({ title: 'T', series }, { widht: 3 } as never));
    expect([option.code, option.hint]).toEqual(['unknown_key', 'did you mean "width"?']);
  });
});
