import { describe, expect, it } from 'vitest';
import { EquityLensError } from '../../src/index.ts';
import type { Enrollment, Household } from '../../src/internal/records.ts';
import { evaluateGoal } from '../../src/monitor/evaluateGoal.ts';
import { renderScorecard } from '../../src/monitor/renderScorecard.ts';
import { goalWith, shareByDistrict } from './fixtures.ts';

const households: Household[] = Array.from({ length: 150 }, (_, i) => ({ id: `h${i}`, size: 2, attributes: { district: i < 50 ? '1' : i < 145 ? '2' : '3' } }));
const enrollments: Enrollment[] = households
  .filter((_, i) => (i < 50 ? i < 20 : i < 145 ? i < 90 : i < 147))
  .map((h) => ({ householdId: h.id, programId: 'youth', programYear: 2025 }));
const goal = { ...goalWith([shareByDistrict({ referenceGroup: 'overall', parityBand: { relative: 0.1 } })]), id: 'render-goal', version: 1, title: 'Render goal' };
const card = evaluateGoal(goal, { households, enrollments }, { asOf: '2025-12-31' });

describe('renderScorecard', () => {
  const text = renderScorecard(card, { format: 'markdown' });

  it('opens with the goal and a summary row per indicator', () => {
    const lines = text.split('\n');
    expect(lines[0]).toBe('# Scorecard — Render goal');
    // 20 + 40 + 2 = 62 of 150 enrolled.
    expect(text).toContain(`| Share enrolled | ${((62 / 150) * 100).toFixed(1)} % (2025) | insufficient data | — |`);
  });

  it('prints withheld cells as * and never prints their values', () => {
    // District 3 has 5 households (2 enrolled): withheld (primary); district 1 (20 of 50) is withheld with it
    // (complementary: the smallest published numerator), so neither can be recovered from the total.
    const rows = text.split('\n').filter((l) => l.startsWith('| 1 |') || l.startsWith('| 3 |'));
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row).toMatch(/^\| [13] \| \\\* \(withheld\) \|/);
    expect(text).not.toContain('40.0 %');
    expect(text).toContain('Withheld: 2 value(s) — 1 below the publication threshold, 1 to protect them (complementary suppression).');
  });

  it('shows comparisons with the reference and the band verdict', () => {
    const row = text.split('\n').find((l) => l.startsWith('| 2 |'));
    // District 2: 40 of 95 = 42.1 %, ratio to overall 0.421 / 0.413 = 1.02, inside ±10 %.
    expect(row).toBe(`| 2 | 42.1 % | ${wilsonText(40, 95)} | 95 | 1.02 | yes |  |`);
  });

  it('ends with provenance', () => {
    expect(text).toContain('## Provenance');
    expect(text).toContain('- equity-lens 0.1.0; goal render-goal version 1; as of 2025-12-31');
  });

  it('renders Markdown when no format is given', () => {
    expect(renderScorecard(card)).toBe(text);
    expect(renderScorecard(card, {})).toBe(text);
  });

  it('rejects an unknown format and bad options', () => {
    expect(() => renderScorecard(card, { format: 'pdf' } as never)).toThrow(EquityLensError);
    expect(() => renderScorecard(card, { format: 'pdf' } as never)).toThrow(/use "markdown" or "html"/);
    expect(() => renderScorecard(card, { format: 'markdown', decimals: -1 })).toThrow(/options.decimals/);
    expect(() => renderScorecard(card, { years: 'every' } as never)).toThrow(/options.years/);
    expect(() => renderScorecard(card, { notes: ['x'] })).toThrow(/applies to the HTML page only/);
    expect(() => renderScorecard(card, { format: 'markdown', colour: true } as never)).toThrow(/colour/);
    expect(() => renderScorecard({} as never, { format: 'markdown' })).toThrow(/pass the result of evaluateGoal/);
  });
});

function wilsonText(x: number, n: number): string {
  const z = 1.959963984540054;
  const p = x / n;
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = (z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return `${((centre - half) * 100).toFixed(1)} % – ${((centre + half) * 100).toFixed(1)} %`;
}
