import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Enrollment, Household } from '../../src/internal/records.ts';
import { evaluateGoal } from '../../src/monitor/evaluateGoal.ts';
import { goalWith, shareByDistrict } from './fixtures.ts';

const goal = goalWith([
  shareByDistrict({
    disaggregations: [
      { id: 'district', field: 'attributes.district' },
      { id: 'size', field: 'size', bins: [{ label: 'small', max: 3 }, { label: 'large', min: 3 }] },
    ],
    intersections: [['district', 'size']],
  }),
  shareByDistrict({ id: 'served', name: 'Households served', rbaKind: 'howMuch', measure: { kind: 'count', filter: { field: 'enrolled', op: 'eq', value: true } }, unit: 'households' }),
]);

const household = fc.record({
  district: fc.constantFrom('1', '2', '3', '4'),
  size: fc.integer({ min: 1, max: 6 }),
  enrolled: fc.boolean(),
});

describe('evaluateGoal: publication property', () => {
  it('never publishes a count from 1 to 10 (CMS default), and every withheld group of a one-way table has a partner', () => {
    fc.assert(
      fc.property(fc.array(household, { minLength: 1, maxLength: 400 }), (rows) => {
        const households: Household[] = rows.map((r, i) => ({ id: `h${i}`, size: r.size, attributes: { district: r.district } }));
        const enrollments: Enrollment[] = rows.flatMap((r, i) => (r.enrolled ? [{ householdId: `h${i}`, programId: 'youth', programYear: 2025 }] : []));
        const card = evaluateGoal(goal, { households, enrollments }, { asOf: '2025-12-31' });
        for (const indicator of card.indicators) {
          const cells = [...indicator.overall, ...indicator.dimensions.flatMap((d) => d.years.flatMap((y) => y.groups))];
          for (const cell of cells) {
            for (const count of [cell.numerator, cell.n]) {
              if (count !== null) expect(count === 0 || count > 10).toBe(true);
            }
            if (cell.suppressed) {
              expect([cell.value, cell.n, cell.numerator, cell.lower, cell.upper]).toEqual([null, null, null, null, null]);
            }
          }
          // One-way tables are published beside the overall total: a lone withheld group could be recovered.
          for (const dimension of indicator.dimensions) {
            for (const year of dimension.years) {
              const withheld = year.groups.filter((g) => g.suppressed).length;
              const overall = indicator.overall.find((c) => c.year === year.year);
              if (overall !== undefined && !overall.suppressed) expect(withheld).not.toBe(1);
            }
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
