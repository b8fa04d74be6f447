import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../src/internal/freeze.ts';

describe('deepFreeze', () => {
  it('freezes objects and arrays all the way down, and leaves functions, null and primitives alone', () => {
    const format = (x: number): string => x.toFixed(1);
    const table = { rows: [{ year: 2025, limits: [1, 2] }], note: null, format, label: 'x' };
    expect(deepFreeze(table)).toBe(table);
    expect([Object.isFrozen(table), Object.isFrozen(table.rows), Object.isFrozen(table.rows[0]), Object.isFrozen(table.rows[0]?.limits)]).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(Object.isFrozen(format)).toBe(false);
    expect([deepFreeze(null), deepFreeze(5), deepFreeze('a')]).toEqual([null, 5, 'a']);
  });
});
