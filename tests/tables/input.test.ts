/**
 * How one table's input is prepared (prepareInput): where the header comes from — the caller's columns, d3-dsv's
 * `rows.columns`, a first array row, the keys of the first 1,000 object rows — and how a FeatureCollection is read.
 */
import { describe, expect, it } from 'vitest';
import { prepareInput } from '../../src/tables/internal/input.ts';
import { caught } from './helpers.ts';

const prepare = (input: unknown, columns?: readonly string[], bound = false) => prepareInput(input, 'sites', 'fnX', columns, bound);

describe('prepareInput: a FeatureCollection', () => {
  it('takes each feature’s properties as its row and its geometry beside it; the header is every property key', () => {
    const point = { type: 'Point', coordinates: [1, 2] };
    const out = prepare({
      type: 'FeatureCollection',
      features: [{ properties: { id: 'a' }, geometry: point }, { properties: null, geometry: point }, null, 'text', { properties: { name: 'n' } }],
    });
    expect(out).toEqual({ rows: [{ id: 'a' }, {}, {}, {}, { name: 'n' }], geometries: [point, point, undefined, undefined, undefined], columns: ['id', 'name'], isFeatureCollection: true, headerRow: false });
    expect(prepare({ type: 'FeatureCollection', features: [] }, ['id']).columns).toEqual(['id']);
  });

  it('refuses features that are not an array, and values that are not a collection', () => {
    const error = caught(() => prepare({ type: 'FeatureCollection', features: 'none' }));
    expect([error.code, error.path, error.message]).toEqual(['invalid_type', 'sites', 'fnX: sites is a FeatureCollection whose features are "none"; expected an array of features.']);
    const array = Object.assign([{ id: 'a' }], { type: 'FeatureCollection' });
    expect(prepare(array).isFeatureCollection).toBe(false);
    for (const input of [null, { type: 'Feature' }, 'rows']) {
      const e = caught(() => prepare(input));
      expect([e.code, e.path]).toEqual(['invalid_type', 'sites']);
    }
    expect(caught(() => prepare(null)).message).toBe('fnX: sites is null; expected an array of rows (objects keyed by column, or arrays of cells) or a GeoJSON FeatureCollection.');
  });
});

describe('prepareInput: rows', () => {
  it('takes the caller’s columns first, then d3-dsv’s rows.columns when every entry is a string', () => {
    const rows = Object.assign([{ a: '1', b: '2' }], { columns: ['b', 'a'] });
    expect(prepare(rows, ['x'])).toEqual({ rows, geometries: undefined, columns: ['x'], isFeatureCollection: false, headerRow: false });
    expect(prepare(rows)).toEqual({ rows, geometries: undefined, columns: ['b', 'a'], isFeatureCollection: false, headerRow: false });
    const mixed = Object.assign([{ a: '1', b: '2' }], { columns: ['b', 3] });
    expect(prepare(mixed).columns).toEqual(['a', 'b']);
  });

  it('takes a first array row as the header (numbers as text) unless the table is bound to given columns', () => {
    expect(prepare([['id', 2], ['s', 'x']])).toEqual({ rows: [['s', 'x']], geometries: undefined, columns: ['id', '2'], isFeatureCollection: false, headerRow: true });
    expect(prepare([['id'], ['s']], undefined, true)).toEqual({ rows: [['id'], ['s']], geometries: undefined, columns: undefined, isFeatureCollection: false, headerRow: false });
    expect(prepare([]).columns).toBeUndefined();
  });

  it('otherwise takes the keys of the first 1,000 object rows, in order of appearance, skipping rows that are not objects', () => {
    expect(prepare(['abc', null, { a: 1 }, { b: 2, a: 3 }]).columns).toEqual(['a', 'b']);
    const many = Array.from({ length: 1001 }, (_, i) => (i === 1000 ? { late: 1 } : i === 999 ? { last: 1 } : { id: i }));
    expect(prepare(many).columns).toEqual(['id', 'last']);
  });
});
