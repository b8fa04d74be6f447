// How the scorecard's texts write changes: a sign on every non-zero change, none on a change that rounds to zero.
import { describe, expect, it } from 'vitest';
import { formatChange, formatPercent, formatValue, unsignedZero } from '../../../src/monitor/internal/format.ts';
import { tickLabel } from '../../../src/monitor/internal/html/svg.ts';

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

describe('formatValue and the chart tick labels', () => {
  it('write a value that rounds to zero without a minus sign, in every unit', () => {
    expect(formatValue(-0.00001, 'fraction')).toBe('0.0 %');
    expect(formatValue(-0.0004, 'km')).toBe('0.00 km');
    expect(formatValue(-0, 'households')).toBe('0');
    // Negative values that do not round to zero keep their sign.
    expect(formatValue(-0.012, 'fraction')).toBe('-1.2 %');
    expect(formatValue(-2.5, 'km')).toBe('-2.50 km');
    expect(formatValue(0.3, 'fraction')).toBe('30.0 %');
  });

  it('label a tick at a floating-point zero as 0 (0.3 − 0.1 − 0.2 is −2.8e-17)', () => {
    const nearZero = 0.3 - 0.1 - 0.2;
    expect(nearZero).toBeLessThan(0);
    expect(tickLabel(nearZero, 'fraction', 0.1)).toBe('0 %');
    expect(tickLabel(nearZero, 'households', 0.1)).toBe('0.0');
    expect(tickLabel(-0.2, 'fraction', 0.1)).toBe('-20 %');
  });

  it('unsignedZero drops the sign of a printed zero only', () => {
    expect(unsignedZero('-0')).toBe('0');
    expect(unsignedZero('-0.000')).toBe('0.000');
    expect(unsignedZero('-0.001')).toBe('-0.001');
    expect(unsignedZero('-10')).toBe('-10');
  });
});
