import { describe, expect, it } from 'vitest';
import { isFractionUnit } from '../../src/internal/units.ts';

describe('isFractionUnit', () => {
  it('knows the three names of a fraction and nothing else', () => {
    expect(['proportion', 'fraction', 'share', 'percent', 'count', ''].map(isFractionUnit)).toEqual([true, true, true, false, false, false]);
  });
});
