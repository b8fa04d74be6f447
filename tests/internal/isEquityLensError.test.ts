import { describe, expect, it } from 'vitest';
import { EquityLensError, isEquityLensError, wilsonInterval } from '../../src/index.ts';
import { equityLensErrorBrand } from '../../src/internal/errors.ts';

describe('isEquityLensError', () => {
  it('recognises errors thrown by the library', () => {
    let caught: unknown;
    try {
      wilsonInterval(2, 1);
    } catch (error) {
      caught = error;
    }
    expect(isEquityLensError(caught)).toBe(true);
    expect(caught).toBeInstanceOf(EquityLensError);
  });

  it('recognises an error from another copy of the library by its registered brand, not by its class', () => {
    // What the CommonJS build's error looks like to the ESM build: another class, the same registered symbol.
    class OtherCopy extends Error {}
    const foreign = new OtherCopy('from the other build');
    Object.defineProperty(foreign, Symbol.for('equity-lens.error'), { value: true });
    expect(foreign).not.toBeInstanceOf(EquityLensError);
    expect(isEquityLensError(foreign)).toBe(true);
    expect(equityLensErrorBrand).toBe(Symbol.for('equity-lens.error'));
  });

  it('rejects everything else', () => {
    for (const value of [new Error('x'), new TypeError('x'), { code: 'empty', path: '' }, 'EquityLensError', null, undefined, 0]) {
      expect(isEquityLensError(value)).toBe(false);
    }
  });

  it('keeps the brand out of enumerable keys, JSON and the error name', () => {
    const error = new EquityLensError('empty', 'values', 'gini: values is empty.');
    expect(Object.keys(error)).not.toContain(String(equityLensErrorBrand));
    expect(Object.getOwnPropertySymbols(error).filter((s) => Object.getOwnPropertyDescriptor(error, s)?.enumerable)).toEqual([]);
    expect(error.name).toBe('EquityLensError');
    expect(error.constructor.name).toBe('EquityLensError');
  });
});
