import { describe, expect, it } from 'vitest';
import type { Enrollment, Household } from '../../src/internal/records.ts';
import { evaluateGoal } from '../../src/monitor/evaluateGoal.ts';
import { scorecardChartSpecs } from '../../src/monitor/scorecardChartSpecs.ts';
import { goalWith, shareByDistrict } from './fixtures.ts';
import { hasMark, renderSvg, schemaErrors } from './charts/render.ts';

const years = [2021, 2022, 2023, 2024, 2025];
const households: Household[] = Array.from({ length: 300 }, (_, i) => ({ id: `h${i}`, size: 2, attributes: { district: String((i % 3) + 1) } }));
const enrollments: Enrollment[] = years.flatMap((programYear, k) =>
  households.filter((_, i) => i < 60 + 15 * k).map((h) => ({ householdId: h.id, programId: 'youth', programYear })),
);
const goal = goalWith([shareByDistrict({ referenceGroup: 'overall', parityBand: { relative: 0.1, absolute: 0.05 }, target: { year: 2027, value: 0.5 } })]);
const card = evaluateGoal(goal, { households, enrollments }, { asOf: '2025-12-31' });
const charts = scorecardChartSpecs(card);

describe('scorecardChartSpecs', () => {
  it('builds a trend chart and a disparity chart per banded dimension', () => {
    expect(charts.map((c) => [c.id, c.kind])).toEqual([
      ['share/trend', 'trend'],
      ['share/district', 'disparity'],
    ]);
    expect(charts[0]?.title).toBe('Share enrolled, by district');
  });

  it('every spec validates against the Vega-Lite v5 schema and renders headless', async () => {
    for (const chart of charts) {
      expect(schemaErrors(chart.spec)).toEqual([]);
      const { svg, warnings } = await renderSvg(chart.spec);
      expect(warnings).toEqual([]);
      expect(svg.startsWith('<svg')).toBe(true);
    }
    const trend = await renderSvg(charts[0]?.spec as never);
    expect(hasMark(trend.svg, 'targetPoint')).toBe(true);
    expect(hasMark(trend.svg, 'band')).toBe(true);
  });

  it('draws the band as the intersection of the relative and absolute tolerances', () => {
    const disparity = JSON.stringify(charts[1]?.spec);
    const reference = card.indicators[0]?.dimensions[0]?.years[4]?.reference?.value as number;
    // Reference: overall 2025 share, 120 of 300 = 0.4; relative ±0.04 is tighter than absolute ±0.05.
    expect(reference).toBeCloseTo(0.4, 15);
    expect(disparity).toContain(`"lower":${reference - 0.1 * reference}`);
    expect(disparity).toContain(`"upper":${reference + 0.1 * reference}`);
  });

  it('rejects what is not a scorecard', () => {
    expect(() => scorecardChartSpecs({} as never)).toThrow(/pass the result of evaluateGoal/);
    expect(() => scorecardChartSpecs(card, { maxTrendGroups: 0 })).toThrow(/options.maxTrendGroups/);
  });
});

describe('scorecardChartSpecs: one printed form per number (docs/conventions.md §1)', () => {
  it('prints a share as a percent with one decimal on axes and in tooltips, as the Markdown renderer does', async () => {
    for (const chart of charts) {
      const text = JSON.stringify(chart.spec);
      expect(text).toContain('".1%"');
      const { svg } = await renderSvg(chart.spec);
      // Shares between 20 % and 50 % are drawn: the axis reads in percent, never 0.3.
      expect(svg).toMatch(/>\d\d\.0%</);
      expect(svg).not.toMatch(/>0\.[1-9]0?</);
    }
  });
});
