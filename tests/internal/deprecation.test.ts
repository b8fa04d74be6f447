import { describe, expect, it } from 'vitest';
import { renamedOption, renamedValue } from '../../src/internal/deprecation.ts';
import { caught } from '../helpers/caught.ts';

describe('renamedOption', () => {
  it('refuses an option given under both its names, naming both', () => {
    const error = caught(() => renamedOption({ parityBand: {}, tolerance: {} }, 'parityBand', 'tolerance', 'options', 'compareGroups', []));
    expect([error.code, error.path, error.message]).toEqual([
      'invalid_value',
      'options.tolerance',
      'compareGroups: options gives both parityBand and its deprecated name tolerance; keep parityBand only.',
    ]);
  });
});

describe('renamedValue', () => {
  it('maps an old spelling to the new one and records it; passes anything else through', () => {
    const deprecations: string[] = [];
    const renames = { 'ceil50': 'ceil-50', '5': 'five' };
    expect(renamedValue('ceil50', renames, 'options.rounding', 'f', deprecations)).toBe('ceil-50');
    expect(deprecations).toEqual([
      'deprecated: f: options.rounding "ceil50" is now "ceil-50"; the old name is accepted until 0.3.0.',
    ]);
    // A number is never an old spelling, even where a key reads like it; nor is a name on Object.prototype.
    expect(renamedValue(5, renames, 'options.rounding', 'f', deprecations)).toBe(5);
    expect(renamedValue('toString', renames, 'options.rounding', 'f', deprecations)).toBe('toString');
    expect(renamedValue('ceil-50', renames, 'options.rounding', 'f', deprecations)).toBe('ceil-50');
    expect(deprecations).toHaveLength(1);
  });
});
