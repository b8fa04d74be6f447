/** How a cell's value is written into a problem report (rawText) and quoted in its message (quote). */
import { describe, expect, it } from 'vitest';
import { quote, rawText } from '../../src/tables/internal/failure.ts';

describe('rawText', () => {
  it('is null for an absent cell and the text itself for a string', () => {
    expect(rawText(null)).toBeNull();
    expect(rawText(undefined)).toBeNull();
    expect(rawText('')).toBe('');
    expect(rawText(' 7 ')).toBe(' 7 ');
  });

  it('writes numbers as JavaScript does, NaN and infinities included; bigints and booleans as written', () => {
    expect([rawText(12.5), rawText(Number.NaN), rawText(Number.NEGATIVE_INFINITY), rawText(1e21)]).toEqual(['12.5', 'NaN', '-Infinity', '1e+21']);
    expect([rawText(12n), rawText(true), rawText(false)]).toEqual(['12', 'true', 'false']);
  });

  it('writes a bigint in decimal even with a BigInt toJSON polyfill installed (as Prisma’s docs suggest)', () => {
    const proto = BigInt.prototype as unknown as { toJSON?: () => string };
    proto.toJSON = function (this: bigint) {
      return this.toString();
    };
    try {
      expect(rawText(5n)).toBe('5');
    } finally {
      delete proto.toJSON;
    }
  });

  it('writes dates in ISO, and an invalid one as "Invalid Date"', () => {
    expect(rawText(new Date(Date.UTC(2024, 6, 1)))).toBe('2024-07-01T00:00:00.000Z');
    expect(rawText(new Date(Number.NaN))).toBe('Invalid Date');
  });

  it('writes other values as JSON, cut after 200 characters', () => {
    expect(rawText({ a: [1, 2] })).toBe('{"a":[1,2]}');
    const tooLong = ['x'.repeat(198)]; // ["xx…x"] is 198 + 4 = 202 characters: too long
    expect(rawText(tooLong)).toBe(`${JSON.stringify(tooLong).slice(0, 200)}…`);
    const fits = ['x'.repeat(196)]; // exactly 200 characters: kept whole
    expect(rawText(fits)).toBe(JSON.stringify(fits));
    expect(JSON.stringify(fits)).toHaveLength(200);
  });

  it('falls back to String for what JSON cannot write: symbols, functions, cycles', () => {
    expect(rawText(Symbol('cell'))).toBe('Symbol(cell)');
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    expect(rawText(cyclic)).toBe('[object Object]');
  });
});

describe('quote', () => {
  it('says "blank" for an absent cell and quotes text as JSON', () => {
    expect(quote(undefined)).toBe('blank');
    expect(quote('a "b"')).toBe('"a \\"b\\""');
    expect(quote(3)).toBe('"3"');
  });

  it('cuts text longer than 60 characters', () => {
    expect(quote('y'.repeat(60))).toBe(`"${'y'.repeat(60)}"`);
    expect(quote('y'.repeat(61))).toBe(`"${'y'.repeat(60)}…"`);
  });
});
