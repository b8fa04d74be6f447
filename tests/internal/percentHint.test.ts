import { describe, expect, it } from 'vitest';
import { dashPercentHint, percentHint } from '../../src/internal/percentHint.ts';

describe('percentHint (a fraction written above 1)', () => {
  it('reads 10 to 100 as a percent', () => {
    expect(percentHint(10, 'why')).toBe('write 10 % as 0.1');
    expect(percentHint(40, 'why')).toBe('write 40 % as 0.4');
    expect(percentHint(100, 'why')).toBe('write 100 % as 1');
    expect(percentHint(12.5, 'why', 'points')).toBe('write 12.5 points as 0.125');
  });

  it('gives both readings below 10, where 1.5 may be 1.5 % or 150 % (issue 12), without binary noise', () => {
    expect(percentHint(1.5, 'a share is at most 1')).toBe('if 1.5 means 1.5 %, write 0.015; 150 % is not allowed here: a share is at most 1');
    expect(percentHint(1.1, 'why')).toBe('if 1.1 means 1.1 %, write 0.011; 110 % is not allowed here: why');
    expect(percentHint(9.99, 'why', 'points')).toBe('if 9.99 means 9.99 points, write 0.0999; 999 points is not allowed here: why');
  });

  it('has nothing to say at or below 1 and above 100', () => {
    for (const x of [1, 0.5, 0, -5, 100.5, 1e6]) expect(percentHint(x, 'why')).toBeUndefined();
    expect(dashPercentHint(1, 'why')).toBe('');
    expect(dashPercentHint(30, 'why')).toBe(' — write 30 % as 0.3');
  });
});
