import { describe, expect, it } from 'vitest';
import { describe as describeValue } from '../../src/internal/errors.ts';

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
