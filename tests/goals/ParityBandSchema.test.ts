import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { defineGoal, ParityBandSchema, ReferenceGroupSchema } from '../../src/index.ts';
import { caught, exampleGoal } from './helpers.ts';
import { compareToReference } from '../../src/internal/parity.ts';

// San José's example metric: "equal program penetration rate (+/- 10%) for groups defined by household size
// and wealth" (Cities Coalition for Digital Rights write-up of Christine Keung's talk, 4 Feb 2021). The band must
// say both readings; these checks pin what each means through the shared compareToReference.
describe('ParityBandSchema: San José ±10 % both ways', () => {
  let relative: ReturnType<typeof ParityBandSchema.parse>;
  let absolute: ReturnType<typeof ParityBandSchema.parse>;
  let both: ReturnType<typeof ParityBandSchema.parse>;
  beforeEach(() => {
    relative = ParityBandSchema.parse({ relative: 0.1 });
    absolute = ParityBandSchema.parse({ absolute: 0.1 });
    both = ParityBandSchema.parse({ relative: 0.1, absolute: 0.1 });
  });

  it('relative 0.1 is ±10 % of the reference rate (0.45 and 0.55 around 0.5, boundaries inside)', () => {
    expect(compareToReference(0.45, 0.5, relative).withinParityBand).toBe(true);
    expect(compareToReference(0.55, 0.5, relative).withinParityBand).toBe(true);
    expect(compareToReference(0.44, 0.5, relative).withinParityBand).toBe(false);
  });

  it('absolute 0.1 is ±10 proportion points (0.4 to 0.6 around 0.5)', () => {
    expect(compareToReference(0.42, 0.5, absolute).withinParityBand).toBe(true);
    expect(compareToReference(0.4, 0.5, absolute).withinParityBand).toBe(true);
    expect(compareToReference(0.39, 0.5, absolute).withinParityBand).toBe(false);
  });

  it('both: a group must meet both (0.42 vs 0.5 passes absolute, fails relative)', () => {
    expect(compareToReference(0.42, 0.5, both).withinParityBand).toBe(false);
    expect(compareToReference(0.46, 0.5, both).withinParityBand).toBe(true);
  });

  it('parses into exactly the tolerance compareToReference takes (no undefined keys)', () => {
    expect(Object.keys(relative)).toEqual(['relative']);
    expect(Object.keys(absolute)).toEqual(['absolute']);
  });

  it('with both tolerances, within the band means within each one alone', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0.01, max: 1, noNaN: true }), (rate, reference) => {
        const b = compareToReference(rate, reference, both).withinParityBand;
        const r = compareToReference(rate, reference, relative).withinParityBand;
        const a = compareToReference(rate, reference, absolute).withinParityBand;
        expect(b).toBe(r === true && a === true);
      }),
      { numRuns: 200 },
    );
  });

  it('rejects bands a city could not mean', () => {
    expect(ParityBandSchema.safeParse({}).success).toBe(false);
    expect(ParityBandSchema.safeParse({ relative: 10 }).success).toBe(false);
    expect(ParityBandSchema.safeParse({ relative: 1 }).success).toBe(true);
    expect(ParityBandSchema.safeParse({ absolute: 0 }).success).toBe(false);
    expect(ParityBandSchema.safeParse({ relative: Number.NaN }).success).toBe(false);
    expect(ParityBandSchema.safeParse({ relative: undefined }).success).toBe(false);
  });
});

describe('ReferenceGroupSchema', () => {
  it('takes the four strategies and a named group', () => {
    for (const strategy of ['best', 'worst', 'largest', 'overall']) expect(ReferenceGroupSchema.parse(strategy)).toBe(strategy);
    expect(ReferenceGroupSchema.parse({ group: '__proto__' })).toEqual({ group: '__proto__' });
    expect(ReferenceGroupSchema.safeParse('median').success).toBe(false);
    expect(ReferenceGroupSchema.safeParse({ group: 'a', extra: 1 }).success).toBe(false);
  });
});

describe('ParityBandSchema: messages through defineGoal', () => {
  it.each<[string, Record<string, unknown>, string, string]>([
    ['relative 0', { relative: 0 }, 'relative', 'is 0; a parity band must be greater than 0 (use 0.1 for ±10 % of the reference rate).'],
    ['relative -1', { relative: -1 }, 'relative', 'is -1; a parity band must be greater than 0 (use 0.1 for ±10 % of the reference rate).'],
    [
      'relative 150',
      { relative: 150 },
      'relative',
      'is 150; a relative parity band is a fraction of the reference rate (0.1 = ±10 %) and must be at most 1.',
    ],
    ['relative "x"', { relative: 'x' }, 'relative', 'is "x"; expected a finite number.'],
    ['relative Infinity', { relative: Number.POSITIVE_INFINITY }, 'relative', 'is Infinity; expected a finite number.'],
    ['absolute 0', { absolute: 0 }, 'absolute', 'is 0; a parity band must be greater than 0 (use 0.1 for ±10 proportion points on a share).'],
    ['absolute NaN', { absolute: Number.NaN }, 'absolute', 'is NaN; expected a finite number.'],
    ['absolute "x"', { absolute: 'x' }, 'absolute', 'is "x"; expected a finite number.'],
  ])('%s', (_name, band, key, message) => {
    const input = exampleGoal();
    input['indicators'][2]['parityBand'] = band;
    const error = caught(() => defineGoal(input));
    expect(error.issues).toHaveLength(1);
    expect([error.path, error.message]).toEqual([`indicators[2].parityBand.${key}`, `defineGoal: indicators[2].parityBand.${key} ${message}`]);
  });
});
