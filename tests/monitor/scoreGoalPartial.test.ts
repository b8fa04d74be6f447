import { describe, expect, it } from 'vitest';
import { evaluateGoal } from '../../src/monitor/evaluateGoal.ts';
import type { GoalPartial } from '../../src/monitor/GoalPartial.ts';
import { mergeGoalPartials } from '../../src/monitor/mergeGoalPartials.ts';
import { scoreGoalPartial } from '../../src/monitor/scoreGoalPartial.ts';
import { summarizeGoal } from '../../src/monitor/summarizeGoal.ts';
import { goalWith, shareByDistrict } from './fixtures.ts';

describe('scoreGoalPartial', () => {
  const goal = goalWith([shareByDistrict({ referenceGroup: 'best' })], { suppression: { minimumCellSize: 1 } });
  const households = ['a', 'b', 'c', 'd', 'e'].map((id, i) => ({ id, size: 2, attributes: { district: i < 2 ? '1' : '2' } }));
  const enrollments = ['a', 'c', 'd'].map((householdId) => ({ householdId, programId: 'youth', programYear: 2025 }));
  const options = { asOf: '2025-12-31', years: [2025] };

  it('publishes what evaluateGoal publishes, with the partitions in the provenance', () => {
    const east = summarizeGoal(goal, { households: households.slice(0, 2), enrollments: enrollments.slice(0, 1) }, { ...options, partition: 'east' });
    const west = summarizeGoal(goal, { households: households.slice(2), enrollments: enrollments.slice(1) }, { ...options, partition: 'west' });
    const card = scoreGoalPartial(JSON.parse(JSON.stringify(mergeGoalPartials(east, west))) as GoalPartial);
    const whole = evaluateGoal(goal, { households, enrollments }, options);
    // Hand count: district 1 — a of a, b (0.5); district 2 — c, d of c, d, e (2/3); overall 3/5.
    expect(card.indicators[0]?.overall[0]?.value).toBe(0.6);
    expect(card.indicators[0]?.dimensions[0]?.years[0]?.groups.map((g) => g.value)).toEqual([0.5, 2 / 3]);
    expect(card.provenance.partitions).toEqual([
      { id: 'east', households: 2, enrollments: 1 },
      { id: 'west', households: 3, enrollments: 2 },
    ]);
    const { partitions: _partitions, ...provenance } = card.provenance;
    expect({ ...card, provenance }).toEqual(whole);
  });

  it('refuses a state with no household, and a hand-edited goal', () => {
    const empty = summarizeGoal(goal, { households: [], enrollments: [] }, options);
    expect(() => scoreGoalPartial(empty)).toThrow(/scoreGoalPartial: data\.households is empty/);
    const partial = summarizeGoal(goal, { households, enrollments }, options);
    expect(() => scoreGoalPartial({ ...partial, goal: { ...partial.goal, indicators: [] } })).toThrow(/indicators/);
    expect(() => scoreGoalPartial({ ...partial, version: 7 } as unknown as GoalPartial)).toThrow(/partial\.version is 7/);
  });
});
