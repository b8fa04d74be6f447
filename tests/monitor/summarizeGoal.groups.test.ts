// How the summary path assigns records to groups (src/monitor/internal/dimensions.ts): the group names of field
// values, the unmatched group, bins and their edges, intersections, and the records each dimension counts.
import { describe, expect, it } from 'vitest';
import type { Household } from '../../src/internal/records.ts';
import { createGoalSummarizer } from '../../src/monitor/createGoalSummarizer.ts';
import type { GoalPartial } from '../../src/monitor/GoalPartial.ts';
import { summarizeGoal } from '../../src/monitor/summarizeGoal.ts';
import { toColumns } from './columnFixtures.ts';
import { goalWith, shareByDistrict } from './fixtures.ts';

/** The dimensions of the first indicator of a 2025 summary of `households` (no enrolment). */
function dimensionsOf(disaggregations: object[], households: object[], intersections: string[][] = []): GoalPartial['indicators'][number]['dimensions'] {
  const goal = goalWith([shareByDistrict({ disaggregations, intersections })]);
  return summarizeGoal(goal, { households: households as never, enrollments: [] }, { asOf: '2025-12-31', years: [2025] }).indicators[0]?.dimensions ?? [];
}

describe('summarizeGoal: groups of a disaggregation', () => {
  it('names groups by the text of string, number and boolean values; other values are unmatched', () => {
    const [dimension] = dimensionsOf(
      [{ id: 'zone', field: 'attributes.zone' }],
      [
        { id: 'a', size: 1, attributes: { zone: 'north' } },
        { id: 'b', size: 1, attributes: { zone: 3 } },
        { id: 'c', size: 1, attributes: { zone: true } },
        { id: 'd', size: 1, attributes: { zone: null } },
        { id: 'e', size: 1, attributes: { zone: { name: 'x' } } },
        { id: 'f', size: 1, attributes: {} },
        { id: 'g', size: 1, attributes: { zone: 'north' } },
      ],
    );
    // Keys in code-unit order: "3" < "Unknown or other" < "north" < "true".
    expect(dimension?.groups).toEqual([['3'], ['Unknown or other'], ['north'], ['true']]);
    expect(dimension?.cells.map((cells) => cells[0]?.records)).toEqual([1, 3, 2, 1]);
    expect(dimension?.unmatched).toBe(true);
    // Seven records; four of them have the field as a group name.
    expect(dimension?.seen).toEqual({ records: 7, withField: 4 });
  });

  it('marks the unmatched group as used when it is the first group met', () => {
    const [dimension] = dimensionsOf(
      [{ id: 'zone', field: 'attributes.zone' }],
      [
        { id: 'a', size: 1, attributes: {} },
        { id: 'b', size: 1, attributes: { zone: 'north' } },
      ],
    );
    expect(dimension?.groups).toEqual([['Unknown or other'], ['north']]);
    expect(dimension?.unmatched).toBe(true);
  });

  it('leaves unmatched records out with unmatched: "exclude", and says no unmatched group was used', () => {
    const [dimension] = dimensionsOf(
      [{ id: 'zone', field: 'attributes.zone', unmatched: 'exclude' }],
      [
        { id: 'a', size: 1, attributes: {} },
        { id: 'b', size: 1, attributes: { zone: 'north' } },
      ],
    );
    expect(dimension?.groups).toEqual([['north']]);
    expect(dimension?.unmatched).toBe(false);
    expect(dimension?.seen).toEqual({ records: 2, withField: 1 });
  });

  it('does not mark a real group named like the unmatched group as unmatched', () => {
    const [dimension] = dimensionsOf([{ id: 'zone', field: 'attributes.zone' }], [{ id: 'a', size: 1, attributes: { zone: 'Unknown or other' } }]);
    expect(dimension?.groups).toEqual([['Unknown or other']]);
    expect(dimension?.unmatched).toBe(false);
  });

  it('puts a value in the bin that holds it: min included, max excluded, either may be absent, numbers only for ranges', () => {
    const [dimension] = dimensionsOf(
      [
        {
          id: 'size',
          field: 'attributes.people',
          bins: [
            { label: '2–3', min: 2, max: 4 },
            { label: 'text', values: ['3'] },
            { label: 'under 2', max: 2 },
            { label: '4–6', min: 4, max: 7 },
            { label: '7+', min: 7 },
          ],
        },
      ],
      [1, 2, 3, 4, 7, 12, '3', true, undefined].map((people, i) => ({ id: `h${i}`, size: 1, attributes: people === undefined ? {} : { people } })),
    );
    // 1 → under 2; 2, 3 → 2–3; 4 → 4–6; 7, 12 → 7+; "3" → text (not 2–3); true and a missing value → unmatched.
    expect(dimension?.groups).toEqual([['2–3'], ['4–6'], ['7+'], ['Unknown or other'], ['text'], ['under 2']]);
    expect(dimension?.cells.map((cells) => cells[0]?.records)).toEqual([2, 1, 2, 2, 1, 1]);
    // A bin reads any value that is present as having the field.
    expect(dimension?.seen).toEqual({ records: 9, withField: 8 });
  });
});

describe('summarizeGoal: intersections', () => {
  const disaggregations = [
    { id: 'district', field: 'attributes.district' },
    { id: 'tenure', field: 'attributes.tenure', unmatched: 'exclude' },
  ];
  const list: Household[] = [
    { id: 'a', size: 1, attributes: { district: '2', tenure: 'own' } },
    { id: 'b', size: 1, attributes: { district: '1', tenure: 'rent' } },
    { id: 'c', size: 1, attributes: { district: '1' } },
    { id: 'd', size: 1, attributes: { tenure: 'own' } },
    { id: 'e', size: 1, attributes: { district: '2', tenure: 'own' } },
  ];
  const expectCrossed = (dimensions: GoalPartial['indicators'][number]['dimensions']) => {
    expect(dimensions.map((d) => d.id)).toEqual(['district', 'tenure', 'district × tenure']);
    expect(dimensions[2]?.groups).toEqual([
      ['1', 'rent'],
      ['2', 'own'],
      ['Unknown or other', 'own'],
    ]);
    expect(dimensions[2]?.cells.map((cells) => cells[0]?.records)).toEqual([1, 2, 1]);
    expect(dimensions[2]?.unmatched).toBe(false);
    // Five households: an intersection does not count them again in its parts (it once doubled them).
    expect(dimensions.map((d) => d.seen)).toEqual([
      { records: 5, withField: 4 },
      { records: 5, withField: 4 },
      { records: 5, withField: 0 },
    ]);
  };

  it('crosses the groups of its parts, leaves out a record any part leaves out, and counts each record once', () => {
    expectCrossed(dimensionsOf(disaggregations, list, [['district', 'tenure']]));
  });

  it('does the same on dictionary-encoded columns', () => {
    const goal = goalWith([shareByDistrict({ disaggregations, intersections: [['district', 'tenure']] })]);
    const summarizer = createGoalSummarizer(goal, { enrollments: [] }, { asOf: '2025-12-31', years: [2025] });
    summarizer.add(toColumns(list, true));
    expectCrossed(summarizer.finish().indicators[0]?.dimensions ?? []);
  });
});
