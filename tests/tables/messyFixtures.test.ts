/**
 * The messy fixture tables (tests/fixtures/tables/messy/*.csv: a BOM, CRLF, headers in any case, quoted cells with
 * commas and line breaks, currency, thousands separators, percents, parentheses, N/A, swapped and missing
 * coordinates, unknown codes, duplicates, orphans) against the golden file expected.json beside them. The golden
 * file was checked by hand row by row; regenerate it only on purpose: `UPDATE_GOLDEN=1 npx vitest run tests/tables`.
 * The command line's end-to-end tests read the same fixtures.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTableMapper, defineTableMapping, mapTables, problemsToRows, type TableMapping } from '../../src/index.ts';
import { readCsvArrays, readCsvObjects } from './csv.ts';

const dir = new URL('../fixtures/tables/messy/', import.meta.url);
const tableNames = ['households', 'persons', 'enrollments', 'sites'] as const;

function mapping(): TableMapping {
  return defineTableMapping(JSON.parse(readFileSync(new URL('mapping.json', dir), 'utf8')));
}

function tables(): Record<(typeof tableNames)[number], Record<string, string>[]> {
  return Object.fromEntries(tableNames.map((name) => [name, readCsvObjects(new URL(`${name}.csv`, dir))])) as Record<(typeof tableNames)[number], Record<string, string>[]>;
}

describe('the messy fixture tables', () => {
  it('map to the golden records and problems', () => {
    const result = mapTables(tables(), mapping());
    const actual = {
      households: result.households,
      enrollments: result.enrollments,
      sites: result.sites,
      summary: result.summary,
      problems: problemsToRows(result.problems),
    };
    const golden = new URL('expected.json', dir);
    if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(golden, `${JSON.stringify(actual, null, 2)}\n`);
    expect(JSON.parse(JSON.stringify(actual))).toEqual(JSON.parse(readFileSync(golden, 'utf8')));
  });

  it('account for every row: records + rejected rows = rows, and each rejected row has an error', () => {
    const input = tables();
    const result = mapTables(input, mapping());
    for (const name of tableNames) {
      const s = result.summary[name];
      expect(s.rows, name).toBe(input[name].length);
      expect(s.records + s.rejectedRows, name).toBe(s.rows);
      const errorRows = new Set(result.problems.filter((p) => p.table === name && p.severity === 'error').map((p) => p.row));
      expect(errorRows.size, name).toBe(s.rejectedRows);
    }
  });

  it('give the same result batch by batch (rows as arrays, two rows a batch) as all at once', () => {
    const whole = mapTables(tables(), mapping());
    const mapper = createTableMapper(mapping());
    const problems = [];
    const records: Record<string, unknown[]> = { households: [], enrollments: [], sites: [] };
    for (const name of ['sites', 'persons', 'households', 'enrollments'] as const) {
      const [header, ...rows] = readCsvArrays(new URL(`${name}.csv`, dir));
      for (let i = 0; i < rows.length; i += 2) {
        const batch = i === 0 ? [header as string[], ...rows.slice(0, 2)] : rows.slice(i, i + 2);
        const out = mapper[name](batch);
        problems.push(...out.problems);
        if ('records' in out) records[name]?.push(...(out.records as unknown[]));
      }
    }
    const end = mapper.finish();
    problems.push(...end.problems);
    expect(records['households']).toEqual(whole.households);
    expect(records['enrollments']).toEqual(whole.enrollments);
    expect(records['sites']).toEqual(whole.sites);
    expect(end.summary).toEqual(whole.summary);
    const key = (p: { table: string; row: number; field: string; code: string }): string => `${p.table} ${String(p.row).padStart(4, '0')} ${p.field} ${p.code}`;
    expect(problems.map(key).sort()).toEqual(whole.problems.map(key).sort());
  });
});
