// Direct standardisation's standards and input checks (src/disparity/internal/directStandardization.ts), seen
// through ageAdjustedRate; reference rates are in ageAdjustedRate.test.ts.
import { describe, expect, it } from 'vitest';
import { ageAdjustedRate } from '../../src/disparity/ageAdjustedRate.ts';
import { caught } from './caught.ts';

describe('ageAdjustedRate standards', () => {
  it('scales the rate and its standard error by per: 4 events in 100 people is 40 per 1,000, SE √4/100 = 0.02 → 20', () => {
    const result = ageAdjustedRate([4], [100], [1], { per: 1000 });
    expect(result.rate).toBeCloseTo(40, 12);
    expect(result.standardError).toBeCloseTo(20, 12);
    expect(result.crudeRate).toBeCloseTo(40, 12);
  });

  it("names a custom standard's groups in a length mismatch: by label, as group 1…, and shortened only beyond four", () => {
    const plain = caught(() => ageAdjustedRate([1, 2, 3], [10, 20, 30], [1, 1]));
    expect(plain.message).toBe(
      "ageAdjustedRate: counts has 3 entries but the standard has 2 age groups (group 1, group 2); aggregate the counts and populations to the standard's groups, or pass a standard with 3 groups.",
    );
    const four = { id: 'four', groups: ['a', 'b', 'c', 'd'].map((label) => ({ label, population: 1 })) };
    const labelled = caught(() => ageAdjustedRate([1, 2, 3], [10, 20, 30], four as never));
    expect(labelled.message).toBe(
      "ageAdjustedRate: counts has 3 entries but the standard 'four' has 4 age groups (a, b, c, d); aggregate the counts and populations to the standard's groups, or pass a standard with 3 groups.",
    );
    const unlabelled = { groups: [{ population: 1 }, { population: 3 }] };
    const anonymous = caught(() => ageAdjustedRate([1], [10], unlabelled as never));
    expect(anonymous.message).toMatch(/^ageAdjustedRate: counts has 1 entries but the standard has 2 age groups \(group 1, group 2\);/);
    // weights 1/4 and 3/4: 0.25·(1/10) + 0.75·(3/30) = 0.1
    const result = ageAdjustedRate([1, 3], [10, 30], unlabelled as never);
    expect([result.standard, result.rate]).toEqual(['custom', 0.1]);
    expect(ageAdjustedRate([1, 3], [10, 30], [1, 3]).standard).toBe('custom');
  });

  it('rejects an unknown id, a standard of the wrong type, and empty or zero standards, with the exact message', () => {
    const unknown = caught(() => ageAdjustedRate([1], [10], 'us2010' as never));
    expect(unknown.message).toBe(
      "ageAdjustedRate: standard is \"us2010\"; use 'us2000-11', 'us2000-19', 'us2000-18', a StandardPopulation or an array of group populations.",
    );
    const expected = "; expected an id such as 'us2000-11', a StandardPopulation or an array of group populations.";
    const none = caught(() => ageAdjustedRate([1], [10], null as never));
    expect([none.code, none.path, none.message]).toEqual(['invalid_type', 'standard', `ageAdjustedRate: standard is null${expected}`]);
    const callable = caught(() => ageAdjustedRate([1], [10], Object.assign(() => 0, { groups: [{ population: 1 }] }) as never));
    expect([callable.code, callable.message]).toEqual(['invalid_type', `ageAdjustedRate: standard is a function${expected}`]);
    const emptyGroups = caught(() => ageAdjustedRate([1], [10], { id: 'x', groups: [] } as never));
    expect([emptyGroups.code, emptyGroups.path, emptyGroups.message]).toEqual([
      'empty',
      'standard.groups',
      'ageAdjustedRate: standard.groups is empty; a standard needs at least one age group.',
    ]);
    const emptyArray = caught(() => ageAdjustedRate([1], [10], []));
    expect([emptyArray.code, emptyArray.path]).toEqual(['empty', 'standard']);
    const zero = caught(() => ageAdjustedRate([1, 1], [10, 10], [0, 0]));
    expect(zero.message).toBe('ageAdjustedRate: standard sums to 0; at least one age group needs a positive standard population.');
  });

  it('names the entry of a bad standard population, group or population count', () => {
    const entry = caught(() => ageAdjustedRate([1, 1], [10, 10], [1, -1]));
    expect([entry.code, entry.path]).toEqual(['out_of_range', 'standard[1]']);
    const group = caught(() => ageAdjustedRate([1], [10], { id: 'x', groups: [null] } as never));
    expect([group.code, group.path]).toEqual(['invalid_type', 'standard.groups[0].population']);
    const people = caught(() => ageAdjustedRate([1, 1], [10, -10], [1, 1]));
    expect([people.code, people.path]).toEqual(['out_of_range', 'populations[1]']);
    const text = caught(() => ageAdjustedRate('x' as never, [10], [1]));
    expect(text.message).toBe('ageAdjustedRate: counts is "x"; expected an array with one number per age group.');
  });

  it('rejects a bad method or per with the exact message', () => {
    const method = caught(() => ageAdjustedRate([1], [10], [1], { method: 'fay-feuer' as never }));
    expect(method.message).toBe(`ageAdjustedRate: options.method is "fay-feuer"; use 'fayFeuer' or 'tiwari'.`);
    const text = caught(() => ageAdjustedRate([1], [10], [1], { per: '1000' } as never));
    expect([text.code, text.path]).toEqual(['invalid_type', 'options.per']);
    const zero = caught(() => ageAdjustedRate([1], [10], [1], { per: 0 }));
    expect(zero.message).toBe('ageAdjustedRate: options.per is 0; expected a positive multiplier such as 100000 for a rate per 100,000.');
  });
});
