// How the scorecard's texts write changes: a sign on every non-zero change, none on a change that rounds to zero.
import { describe, expect, it } from 'vitest';
import { formatChange, formatPercent } from '../../../src/monitor/internal/format.ts';

describe('formatChange and formatPercent', () => {
  it('sign non-zero changes and write a change that rounds to zero without a sign', () => {
    expect(formatChange(-0.12, 'km')).toBe('-0.12 km');
    expect(formatChange(35, 'households')).toBe('+35');
    expect(formatChange(0.006, 'fraction')).toBe('+0.6 points');
    // A distance trend of -0.4 m a year (the synthetic city's) printed as "-0.00 km" before.
    expect(formatChange(-0.0004, 'km')).toBe('0.00 km');
    expect(formatChange(-0.0004, 'fraction')).toBe('0.0 points');
    expect(formatPercent(-0.04)).toBe('0.0 %');
    expect(formatPercent(4.2)).toBe('+4.2 %');
  });
});
