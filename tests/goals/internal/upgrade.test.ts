/**
 * The 0.1 names a goal may still use, rewritten before validation (src/goals/internal/upgrade.ts; the renames are
 * listed in docs/conventions.md §2 and CHANGELOG.md): what is rewritten, what is left for the schema to report,
 * and that the input is never modified.
 */
import { describe, expect, it } from 'vitest';
import { upgradeGoal } from '../../../src/goals/internal/upgrade.ts';
import { safeDefineGoal } from '../../../src/index.ts';
import { exampleGoal } from '../helpers.ts';

const until = 'the old name is accepted until 0.3.0.';

describe('upgradeGoal', () => {
  it('returns a goal without 0.1 names as it is, the same object, with no warnings', () => {
    const goal = { suppression: { minimumCellSize: 11, minEvents: 5 }, indicators: [{ progress: 'healthyPeople', suppression: { minEvents: 3 } }, 'junk', null, [], 7] };
    const result = upgradeGoal(goal, 'fn');
    expect(result.input).toBe(goal);
    expect(result.warnings).toEqual([]);
    for (const other of ['goal.json', null, [{ progress: 'hp2030' }]]) expect(upgradeGoal(other, 'fn')).toEqual({ input: other, warnings: [] });
    // Without indicators, or with indicators that are not a list (the schema's to report).
    for (const other of [{ title: 't' }, { indicators: 'x' }, { indicators: { progress: 'hp2030' } }]) expect(upgradeGoal(other, 'fn').input).toBe(other);
  });

  it('rewrites unstableAtOrBelow u as minEvents u + 1 on the goal and on indicators, keeping the other fields', () => {
    const goal = {
      title: 't',
      suppression: { minimumCellSize: 11, unstableAtOrBelow: 0 },
      indicators: [{ id: 'a' }, { id: 'b', suppression: { unstableAtOrBelow: 10, appliesTo: 'numerator' } }],
    };
    const before = JSON.stringify(goal);
    const result = upgradeGoal(goal, 'fn');
    expect(result.input).toEqual({
      title: 't',
      suppression: { minimumCellSize: 11, minEvents: 1 },
      indicators: [{ id: 'a' }, { id: 'b', suppression: { appliesTo: 'numerator', minEvents: 11 } }],
    });
    expect(result.warnings).toEqual([
      `deprecated: fn: suppression.unstableAtOrBelow 0 is now suppression.minEvents 1 (fewer than minEvents events is unreliable); ${until}`,
      `deprecated: fn: indicators[1].suppression.unstableAtOrBelow 10 is now indicators[1].suppression.minEvents 11 (fewer than minEvents events is unreliable); ${until}`,
    ]);
    expect(JSON.stringify(goal)).toBe(before);
    // The indicator left alone is the same object.
    expect((result.input as { indicators: unknown[] }).indicators[0]).toBe(goal.indicators[0]);
  });

  it('rewrites progress "hp2030" and nothing else of the indicator', () => {
    const indicator = { id: 'a', progress: 'hp2030', trend: 'theilSen' };
    const result = upgradeGoal({ indicators: [{ id: 'z' }, indicator] }, 'fn');
    expect(result.input).toEqual({ indicators: [{ id: 'z' }, { id: 'a', progress: 'healthyPeople', trend: 'theilSen' }] });
    expect(result.warnings).toEqual([`deprecated: fn: indicators[1].progress "hp2030" is now "healthyPeople"; ${until}`]);
    expect(indicator.progress).toBe('hp2030');
  });

  it.each([
    ['with minEvents too (the schema reports the old name as unknown)', { unstableAtOrBelow: 5, minEvents: 6 }],
    ['a fraction', { unstableAtOrBelow: 2.5 }],
    ['negative', { unstableAtOrBelow: -1 }],
    ['a string', { unstableAtOrBelow: '5' }],
  ])('leaves unstableAtOrBelow %s for the schema to report', (_name, suppression) => {
    const goal = { suppression, indicators: [{ suppression }] };
    const result = upgradeGoal(goal, 'fn');
    expect(result.input).toBe(goal);
    expect(result.warnings).toEqual([]);
  });

  it('leaves a suppression that is not an object, or has no old name, alone', () => {
    for (const suppression of [null, 11, ['unstableAtOrBelow'], {}]) {
      const goal = { suppression, indicators: [{ suppression }] };
      expect(upgradeGoal(goal, 'fn').input).toBe(goal);
    }
  });
});

describe('safeDefineGoal with an indicator’s 0.1 suppression name', () => {
  it('validates the rewritten policy and says so', () => {
    const input = exampleGoal();
    input['indicators'][2]['suppression'] = { minimumCellSize: 5, unstableAtOrBelow: 9 };
    const result = safeDefineGoal(input);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.goal.indicators[2]?.suppression).toMatchObject({ minimumCellSize: 5, minEvents: 10 });
    expect(result.warnings).toEqual([
      `deprecated: safeDefineGoal: indicators[2].suppression.unstableAtOrBelow 9 is now indicators[2].suppression.minEvents 10 (fewer than minEvents events is unreliable); ${until}`,
    ]);
  });

  it('reports an old name it cannot rewrite as an unknown field', () => {
    const input = exampleGoal();
    input['indicators'][2]['suppression'] = { unstableAtOrBelow: 2.5 };
    const result = safeDefineGoal(input);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map((i) => [i.code, i.path])).toEqual([['unknown_key', 'indicators[2].suppression.unstableAtOrBelow']]);
  });
});
