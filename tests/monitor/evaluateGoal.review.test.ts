// Regressions from the review of the monitor module: each case once published or hid what it should not.
import { describe, expect, it } from 'vitest';
import type { Enrollment, Household } from '../../src/internal/records.ts';
import { evaluateGoal } from '../../src/monitor/evaluateGoal.ts';
import { renderScorecard } from '../../src/monitor/renderScorecard.ts';
import { scorecardChartSpecs } from '../../src/monitor/scorecardChartSpecs.ts';
import { caught } from '../helpers/caught.ts';
import { goalWith, shareByDistrict } from './fixtures.ts';

function households(n: number, district: (i: number) => string, extra: (i: number) => Partial<Household> = () => ({})): Household[] {
  return Array.from({ length: n }, (_, i) => ({ id: `h${i}`, size: 2, attributes: { district: district(i) }, ...extra(i) }));
}
const enrol = (ids: readonly string[], programYear = 2025): Enrollment[] => ids.map((householdId) => ({ householdId, programId: 'youth', programYear }));

describe('evaluateGoal review regressions', () => {
  it('does not reveal a withheld overall value through the "overall" reference', () => {
    // 100 households, 5 enrolled (all in district 1): the overall count 5 is withheld, so nothing may compare with it.
    const data = { households: households(100, (i) => (i < 50 ? '1' : '2')), enrollments: enrol(['h0', 'h1', 'h2', 'h3', 'h4']) };
    const card = evaluateGoal(goalWith([shareByDistrict({ referenceGroup: 'overall', parityBand: { relative: 0.1 } })]), data, { asOf: '2025-12-31' });
    const indicator = card.indicators[0];
    expect(indicator?.overall[0]?.suppressed).toBe(true);
    const year = indicator?.dimensions[0]?.years[0];
    expect(year?.reference).toBeNull();
    expect(year?.groups.every((g) => g.comparison === null)).toBe(true);
    expect(year?.notes).toContain('the overall value is withheld in 2025: no comparison with it');
    expect(renderScorecard(card, { format: 'markdown' })).not.toContain('5.0 %');
    expect(JSON.stringify(scorecardChartSpecs(card))).not.toContain('0.05');
  });

  it('tests an average against the records it rests on, whatever appliesTo says', () => {
    // District 9 has one household: its mean income is that household's income and must be withheld.
    const data = { households: households(30, (i) => (i === 0 ? '9' : '1'), (i) => ({ annualIncome: i === 0 ? 123_456 : 40_000 + i })) };
    const mean = { ...shareByDistrict({ measure: { kind: 'mean', field: 'annualIncome' }, unit: 'dollars' }) };
    for (const suppression of [{ appliesTo: 'numerator' }, { appliesTo: 'denominator' }, {}]) {
      const card = evaluateGoal(goalWith([mean], { suppression }), data, { asOf: '2025-12-31' });
      const groups = card.indicators[0]?.dimensions[0]?.years[0]?.groups ?? [];
      expect(groups.find((g) => g.group === '9')?.suppressed).toBe(true);
      expect(JSON.stringify(card)).not.toContain('123456');
    }
    const zeros = evaluateGoal(goalWith([mean], { suppression: { suppressZero: true } }), data, { asOf: '2025-12-31' });
    expect(zeros.indicators[0]?.overall[0]?.value).toBeCloseTo((123_456 + 29 * 40_000 + 435) / 30, 6);
  });

  it('reports a year without enrolments inside the range instead of skipping it', () => {
    const data = { households: households(40, () => '1'), enrollments: [...enrol(['h0'], 2022), ...enrol(['h1'], 2023), ...enrol(['h2'], 2025)] };
    const card = evaluateGoal(goalWith([shareByDistrict()], { suppression: { minimumCellSize: 1 } }), data, { asOf: '2025-12-31' });
    expect(card.years).toEqual([2022, 2023, 2024, 2025]);
    expect(card.indicators[0]?.overall.find((c) => c.year === 2024)?.value).toBe(0);
  });

  it('treats a null location as missing and names the household for a bad one', () => {
    const sites = [{ id: 's', location: [-121.9, 37.3] as [number, number] }];
    const distance = shareByDistrict({ id: 'd', measure: { kind: 'distance', statistic: 'median' }, unit: 'km', direction: 'lowerIsBetter' });
    const withNull = households(20, () => '1', (i) => (i === 3 ? ({ location: null } as unknown as Partial<Household>) : { location: [-121.9, 37.3 + i / 1000] }));
    const card = evaluateGoal(goalWith([distance], { suppression: { minimumCellSize: 1 } }), { households: withNull, sites }, { asOf: '2025-12-31' });
    expect(card.indicators[0]?.overall[0]?.n).toBe(19);
    const swapped = households(5, () => '1', (i) => ({ location: i === 2 ? [37.3, -121.9] : [-121.9, 37.3] }));
    const error = caught(() => evaluateGoal(goalWith([distance]), { households: swapped, sites }, { asOf: '2025-12-31' }));
    expect(error.path).toBe('data.households[2].location');
    expect(error.message).toMatch(/^evaluateGoal: data\.households\[2\]\.location has latitude -121\.9/);
  });

  it('names the site for a bad site position (measured with the index itself, not through nearestSite)', () => {
    const distance = shareByDistrict({ id: 'd', measure: { kind: 'distance', statistic: 'median' }, unit: 'km', direction: 'lowerIsBetter' });
    const located = households(5, () => '1', () => ({ location: [-121.9, 37.3] }));
    const sites = [{ id: 'a', location: [-121.9, 37.3] }, { id: 'b', location: [37.3, -121.9] }] as unknown as { id: string; location: [number, number] }[];
    const error = caught(() => evaluateGoal(goalWith([distance]), { households: located, sites }, { asOf: '2025-12-31' }));
    expect([error.code, error.path]).toEqual(['invalid_position', 'data.sites[1].location']);
    expect(error.message).toMatch(/^evaluateGoal: data\.sites\[1\]\.location has latitude -121\.9/);
  });
});
