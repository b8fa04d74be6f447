/**
 * docs/conventions.md's unit tables are executable: every output row's example is evaluated and must read as the
 * row says in the row's unit (10 % is 0.1 in a fraction row and 10 in a percent row), and every input row's
 * accepted call must run while its rejected call (the same input in the other unit) must throw. A table that
 * documents the wrong unit, or a function that changes its unit, fails here. The expected values are the
 * table's own text; the formulas behind them are pinned by each function's tests.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as library from '../../src/index.ts';
import { EquityLensError } from '../../src/index.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const page = readFileSync(join(root, 'docs/conventions.md'), 'utf8');

function between(name: string): string {
  const match = new RegExp(`<!-- ${name}:start -->\\n([\\s\\S]*?)\\n<!-- ${name}:end -->`).exec(page);
  if (match === null) throw new Error(`docs/conventions.md has no ${name} block`);
  return match[1] as string;
}

/** Table rows as arrays of cells, header and separator dropped; `\|` inside a cell is a literal bar. */
function rows(name: string): string[][] {
  return between(name)
    .split('\n')
    .slice(2)
    .filter((line) => line.startsWith('|'))
    .map((line) =>
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim().replace(/\\\|/g, '|')),
    );
}

function code(cell: string): string | null {
  const match = /^`(.*)`$/.exec(cell);
  return match === null ? null : (match[1] as string);
}

const fixtures = /```ts\n([\s\S]*?)\n```/.exec(between('unit-fixtures'))?.[1] ?? '';
const names = Object.keys(library).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name));

function evaluate(expression: string): unknown {
  // Fixtures are re-created per call: no example can alter another's data.
  const run = new Function(...names, `${fixtures}\nreturn (${expression});`) as (...args: unknown[]) => unknown;
  return run(...names.map((name) => (library as Record<string, unknown>)[name]));
}

/** What `reads` means in `unit`: "10 %" and "+10 points" are 0.1 for a fraction and 10 for a percent. */
export function expectedReading(reads: string, unit: string): number {
  const scaled = /^([+-−]?\d+(?:\.\d+)?)\s*(%|points?)$/.exec(reads.replace(/,/g, ''));
  if (scaled !== null) {
    const quantity = Number((scaled[1] as string).replace('−', '-'));
    if (unit.startsWith('fraction')) return quantity / 100;
    if (unit.startsWith('percent')) return quantity;
    throw new Error(`"${reads}" is a percent or points reading, but the unit "${unit}" is neither a fraction nor a percent`);
  }
  const plain = Number(reads.replace(/,/g, ''));
  if (!Number.isFinite(plain)) throw new Error(`cannot read "${reads}"`);
  return plain;
}

describe('docs/conventions.md unit tables', () => {
  it('has output and input rows, and every export named in them exists', () => {
    const all = [...rows('unit-outputs'), ...rows('unit-inputs'), ...rows('unit-none')];
    expect(rows('unit-outputs').length).toBeGreaterThan(10);
    expect(rows('unit-inputs').length).toBeGreaterThan(2);
    for (const row of all) {
      const name = /^`([A-Za-z]+)`/.exec(row[0] ?? '')?.[1];
      expect(name !== undefined && name in library, `unknown export in row ${row.join(' | ')}`).toBe(true);
    }
  });

  it('covers every exported function: each appears in the outputs, inputs or no-unit table', () => {
    const named = new Set(
      [...rows('unit-outputs'), ...rows('unit-inputs'), ...rows('unit-none')].map((row) => /^`([A-Za-z]+)`/.exec(row[0] ?? '')?.[1]),
    );
    const functions = Object.entries(library)
      .filter(([name, value]) => typeof value === 'function' && !/Schema$/.test(name) && name !== 'EquityLensError')
      .map(([name]) => name);
    const missing = functions.filter((name) => !named.has(name));
    expect(missing, 'add a row for each to a unit table in docs/conventions.md (or to its no-unit table)').toEqual([]);
  });

    it('reads a percent or points reading by the unit', () => {
    expect(expectedReading('10 %', 'fraction per year')).toBe(0.1);
    expect(expectedReading('10 %', 'percent')).toBe(10);
    expect(expectedReading('-8 points', 'fraction (points)')).toBe(-0.08);
    expect(expectedReading('32150', 'dollars a year')).toBe(32150);
    expect(() => expectedReading('10 %', 'km')).toThrow(/neither a fraction nor a percent/);
  });

  describe('outputs', () => {
    for (const [exported, value, unit, example, reads] of rows('unit-outputs')) {
      it(`${exported} ${value} is in ${unit}`, () => {
        const expression = code(example ?? '');
        expect(expression, `example of ${exported} ${value} is not code`).not.toBeNull();
        const actual = evaluate(expression as string);
        expect(typeof actual, `${expression} does not return a number`).toBe('number');
        const expected = expectedReading(reads ?? '', unit ?? '');
        const scale = Math.max(1e-300, Math.abs(expected));
        expect(Math.abs((actual as number) - expected) / scale, `${expression} = ${String(actual)}, documented as ${reads} in ${unit}`).toBeLessThan(1e-9);
      });
    }
  });

  describe('inputs', () => {
    for (const [exported, input, unit, accepted, rejected] of rows('unit-inputs')) {
      it(`${exported} ${input} is read as ${unit}`, () => {
        const ok = code(accepted ?? '');
        expect(ok).not.toBeNull();
        expect(() => evaluate(ok as string)).not.toThrow();
        const wrong = code(rejected ?? '');
        if (wrong === null) return;
        let thrown: unknown = null;
        try {
          evaluate(wrong);
        } catch (error) {
          thrown = error;
        }
        const isLibraryError = thrown instanceof EquityLensError || (thrown as { name?: string } | null)?.name === 'ZodError';
        expect(isLibraryError, `${wrong} should be rejected`).toBe(true);
      });
    }
  });
});
