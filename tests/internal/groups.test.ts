import { describe, expect, it } from 'vitest';
import { GroupIndex } from '../../src/internal/groups.ts';
import { caught } from '../helpers/caught.ts';

describe('GroupIndex', () => {
  it('numbers keys densely in order of first appearance, a group called __proto__ included', () => {
    const index = new GroupIndex();
    expect(['b', '__proto__', 'b', 'a'].map((key, i) => index.idOf(key, `rows[${i}].group`, 'f'))).toEqual([0, 1, 0, 2]);
    expect(index.keys).toEqual(['b', '__proto__', 'a']);
    expect([index.size, index.get('a'), index.get('c')]).toEqual([3, 2, undefined]);
  });

  it('says a field "is" a non-string key and a function "returned" it, each with the fix', () => {
    const index = new GroupIndex();
    const field = caught(() => index.idOf(7, 'rows[0].group', 'compareGroups'));
    expect([field.code, field.path, field.message]).toEqual([
      'invalid_type',
      'rows[0].group',
      'compareGroups: rows[0].group is 7; a group key must be a string (convert it with String(value) first).',
    ]);
    const computed = caught(() => index.idOf(null, 'rows[2]', 'accessByGroup', 'options.by'));
    expect([computed.code, computed.path, computed.message]).toEqual([
      'invalid_type',
      'rows[2]',
      'accessByGroup: options.by returned null for rows[2]; a group key must be a string (use String(value)).',
    ]);
    expect(index.size).toBe(0);
  });
});
