/**
 * Schema and semantic checks together (src/goals/internal/validateGoal.ts): both run on every goal, their issues
 * are listed schema first, and a path the schema already reports is not reported again.
 */
import { describe, expect, it } from 'vitest';
import { validateGoal } from '../../../src/goals/internal/validateGoal.ts';
import { exampleGoal } from '../helpers.ts';

describe('validateGoal', () => {
  it('lists the schema’s issues, then the semantic ones at other paths', () => {
    const input = exampleGoal();
    input['indicators'][0]['id'] = '-x';
    input['indicators'][1]['id'] = '-x';
    input['indicators'][2]['parityBand'] = { absolute: 10 };
    const result = validateGoal(input, 'fn');
    expect(result.success).toBe(false);
    if (result.success) return;
    // The repeated id is also a duplicate, but its path already has the schema's issue: one issue per path.
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_value', 'indicators[0].id'],
      ['invalid_value', 'indicators[1].id'],
      ['out_of_range', 'indicators[2].parityBand.absolute'],
    ]);
  });

  it('fails on semantic issues alone, and succeeds with warnings when there are none', () => {
    const input = exampleGoal();
    input['indicators'][1]['id'] = 'eligible-served';
    const failed = validateGoal(input, 'fn');
    expect(failed.success).toBe(false);
    if (!failed.success) expect(failed.issues.map((i) => i.path)).toEqual(['indicators[1].id']);
    const fine = exampleGoal();
    fine['indicators'][0]['progress'] = 'hp2030';
    const result = validateGoal(fine, 'fn');
    expect(result.success).toBe(true);
    if (result.success) expect(result.warnings).toEqual(['deprecated: fn: indicators[0].progress "hp2030" is now "healthyPeople"; the old name is accepted until 0.3.0.']);
  });
});
