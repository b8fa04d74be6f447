import { describe, expect, it } from 'vitest';
import { EquityLensError, describe as describeValue } from '../../src/internal/errors.ts';

describe('describe (the value in a validation message)', () => {
  it('shows numbers, booleans, null and undefined as written (issue 12: true was "boolean")', () => {
    expect([true, false, null, undefined, 0.5, -3, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY].map(describeValue)).toEqual([
      'true',
      'false',
      'null',
      'undefined',
      '0.5',
      '-3',
      'NaN',
      'Infinity',
      '-Infinity',
    ]);
  });

  it('quotes strings, cut after 40 characters', () => {
    expect(describeValue('best')).toBe('"best"');
    expect(describeValue('a'.repeat(40))).toBe(`"${'a'.repeat(40)}"`);
    expect(describeValue('a'.repeat(41))).toBe(`"${'a'.repeat(40)}…"`);
  });

  it('names other values by their kind, without dumping them', () => {
    expect(describeValue(10n)).toBe('10n');
    expect(describeValue([1, 2, 3])).toBe('an array of length 3');
    expect(describeValue({ relative: 0.1 })).toBe('an object');
    expect(describeValue(() => 1)).toBe('a function');
    expect(describeValue(Symbol('x'))).toBe('a symbol');
  });
});

describe('EquityLensError', () => {
  it('keeps a cause only when one is given', () => {
    const plain = new EquityLensError('invalid_value', 'x', 'f: x is wrong.');
    expect(Object.hasOwn(plain, 'cause')).toBe(false);
    const cause = new RangeError('inner');
    const wrapped = new EquityLensError('invalid_value', 'x', 'f: x is wrong.', { cause });
    expect(wrapped.cause).toBe(cause);
  });

  it('records itself as its one issue, with the hint only when there is one', () => {
    const plain = new EquityLensError('out_of_range', 'options.radiusKm', 'coverage: options.radiusKm is -1.');
    expect(plain.issues).toStrictEqual([
      { code: 'out_of_range', path: 'options.radiusKm', message: 'coverage: options.radiusKm is -1.' },
    ]);
    expect(plain.message).toBe('coverage: options.radiusKm is -1.');
    const hinted = new EquityLensError('invalid_position', 'sites[3]', 'coverage: sites[3] is outside the globe.', {
      hint: 'positions are [lng, lat] — swapped?',
    });
    expect(hinted.issues).toStrictEqual([
      {
        code: 'invalid_position',
        path: 'sites[3]',
        message: 'coverage: sites[3] is outside the globe.',
        hint: 'positions are [lng, lat] — swapped?',
      },
    ]);
    expect(hinted.message).toBe('coverage: sites[3] is outside the globe. (positions are [lng, lat] — swapped?)');
    // An empty list of issues is no list: the error's own issue stands in.
    const emptyList = new EquityLensError('empty', 'records', 'f: records is empty.', { issues: [] });
    expect(emptyList.issues).toStrictEqual([{ code: 'empty', path: 'records', message: 'f: records is empty.' }]);
  });

  it('fromIssues: no issue, one issue, several issues', () => {
    const none = EquityLensError.fromIssues('defineGoal', []);
    expect([none.code, none.path, none.message]).toEqual(['invalid_value', '', 'defineGoal: invalid input.']);

    const one = EquityLensError.fromIssues('defineGoal', [
      { code: 'unknown_key', path: 'indicatr', message: 'defineGoal: indicatr is not a field.', hint: 'indicator?' },
    ]);
    expect([one.code, one.path, one.message, one.hint]).toEqual([
      'unknown_key',
      'indicatr',
      'defineGoal: indicatr is not a field. (indicator?)',
      'indicator?',
    ]);
    expect(one.issues).toHaveLength(1);

    const issues = [
      { code: 'invalid_type', path: '', message: 'expected an object' },
      { code: 'out_of_range', path: 'target', message: 'target is 2', hint: 'at most 1' },
    ] as const;
    const several = EquityLensError.fromIssues('defineGoal', issues);
    expect([several.code, several.path]).toEqual(['invalid_schema', '']);
    expect(several.message).toBe(
      'defineGoal: 2 problems found:\n  - (root): expected an object\n  - target: target is 2 (at most 1)',
    );
    expect(several.issues).toStrictEqual(issues);
  });
});
