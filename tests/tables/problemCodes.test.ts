import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TABLE_PROBLEM_CODES, TABLE_PROBLEM_COLUMNS, mapHouseholds, problemsToRows, toFeatureCollection, type TableProblemCode } from '../../src/index.ts';

describe('problem codes', () => {
  it('the messy fixtures and two typed-source cases show every code there is', () => {
    const golden = JSON.parse(readFileSync(new URL('../fixtures/tables/messy/expected.json', import.meta.url), 'utf8')) as { problems: { code: TableProblemCode }[] };
    const codes = new Set<string>(golden.problems.map((p) => p.code));
    // A typed source (Arrow, DuckDB) can hand over an object where text is expected.
    for (const p of mapHouseholds([{ id: { nested: 1 }, size: '1' }], { households: { id: 'id', size: 'size' } }).problems) codes.add(p.code);
    // Wide member columns with a value but no birth date.
    const wide = mapHouseholds([{ id: 'a', size: '1', m1_dob: '', m1_dis: 'Y' }], { households: { id: 'id', size: 'size', members: { wide: { birthDate: 'm{n}_dob', disability: 'm{n}_dis' } } } });
    for (const p of wide.problems) codes.add(p.code);
    expect([...codes].sort()).toEqual(Object.keys(TABLE_PROBLEM_CODES).sort());
  });
});

describe('problemsToRows', () => {
  it('writes each problem as a row of text in the columns of a problems file', () => {
    const { problems } = mapHouseholds([{ id: 'h', size: '2.5' }, { id: '', size: '' }], { households: { id: 'id', size: 'size' } });
    const rows = problemsToRows(problems);
    expect(Object.keys(rows[0] ?? {})).toEqual([...TABLE_PROBLEM_COLUMNS]);
    expect(rows).toEqual([
      { table: 'households', row: '2', column: 'size', value: '2.5', field: 'size', code: 'not_integer', severity: 'error', id: 'h', message: problems[0]?.message },
      { table: 'households', row: '3', column: 'id', value: '', field: 'id', code: 'missing_value', severity: 'error', id: '', message: problems[1]?.message },
      { table: 'households', row: '3', column: 'size', value: '', field: 'size', code: 'missing_value', severity: 'error', id: '', message: problems[2]?.message },
    ]);
  });
});

describe('toFeatureCollection', () => {
  it('makes one Point feature per located record, attributes as properties, the id as feature id', () => {
    const collection = toFeatureCollection([
      { id: 'h1', location: [-121.88, 37.33], size: 3, attributes: { district: '3', size: 'large' }, members: [{ birthDate: '2000-01-01' }] },
      { id: 'h2', size: 1, attributes: {} },
      { id: 's1', name: 'Mayfair', location: [-121.85, 37.35], capacity: 120 },
    ]);
    expect(collection).toEqual({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', id: 'h1', geometry: { type: 'Point', coordinates: [-121.88, 37.33] }, properties: { id: 'h1', size: 3, members: [{ birthDate: '2000-01-01' }], district: '3', attributes: { size: 'large' } } },
        { type: 'Feature', id: 's1', geometry: { type: 'Point', coordinates: [-121.85, 37.35] }, properties: { id: 's1', name: 'Mayfair', capacity: 120 } },
      ],
    });
    expect(toFeatureCollection([{ id: 'h', location: [1, 2], attributes: { a: 'b' } }], { spreadAttributes: false }).features[0]?.properties).toEqual({ id: 'h', attributes: { a: 'b' } });
  });
});
