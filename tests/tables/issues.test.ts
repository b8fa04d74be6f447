/** The collector of a mapping's problems (MappingIssues) and the path joiner: exact codes, paths, messages, hints. */
import { describe, expect, it } from 'vitest';
import { MappingIssues, join } from '../../src/tables/internal/issues.ts';
import { caught } from './helpers.ts';

describe('MappingIssues', () => {
  it('object: refuses a non-object and names every unknown key with the allowed ones and the nearest', () => {
    const issues = new MappingIssues('fnX');
    expect(issues.object(null, 'households', ['id'], 'the households section')).toBeUndefined();
    expect(issues.object([1], '', ['id'], 'a mapping')).toBeUndefined();
    expect(issues.object({ id: 'a', sise: 's', zzzzzz: 1 }, 'households', ['id', 'size'], 'the households section')).toEqual({ id: 'a', sise: 's', zzzzzz: 1 });
    expect(issues.list).toStrictEqual([
      { code: 'invalid_type', path: 'households', message: 'fnX: households is null; expected the households section.' },
      { code: 'invalid_type', path: '', message: 'fnX: the mapping is an array of length 1; expected a mapping.' },
      { code: 'unknown_key', path: 'households.sise', message: 'fnX: households.sise is not a field of the households section; allowed: id, size.', hint: 'did you mean "size"?' },
      // Nothing near enough: no hint at all.
      { code: 'unknown_key', path: 'households.zzzzzz', message: 'fnX: households.zzzzzz is not a field of the households section; allowed: id, size.' },
    ]);
  });

  it('text: a missing value, a non-string and a blank string', () => {
    const issues = new MappingIssues('fnX');
    expect(issues.text('id', 'households.id', 'a column name')).toBe('id');
    expect(issues.text(undefined, 'households.id', 'a column name')).toBeUndefined();
    expect(issues.text(7, 'households.size', 'a column name')).toBeUndefined();
    expect(issues.text('  ', 'households.size', 'a column name')).toBeUndefined();
    expect(issues.list).toStrictEqual([
      { code: 'missing_field', path: 'households.id', message: 'fnX: households.id is undefined; expected a column name.' },
      { code: 'invalid_type', path: 'households.size', message: 'fnX: households.size is 7; expected a column name.' },
      { code: 'invalid_type', path: 'households.size', message: 'fnX: households.size is "  "; expected a column name.' },
    ]);
  });

  it('oneOf: the value, or the options listed with the nearest as a hint', () => {
    const issues = new MappingIssues('fnX');
    expect(issues.oneOf('monthly', 'f', ['weekly', 'monthly'])).toBe('monthly');
    expect(issues.oneOf('montly', 'f', ['weekly', 'monthly'])).toBeUndefined();
    expect(issues.oneOf(12, 'f', ['weekly', 'monthly'])).toBeUndefined();
    expect(issues.list).toStrictEqual([
      { code: 'invalid_value', path: 'f', message: 'fnX: f is "montly"; use one of "weekly", "monthly".', hint: 'did you mean "monthly"?' },
      { code: 'invalid_value', path: 'f', message: 'fnX: f is 12; use one of "weekly", "monthly".' },
    ]);
  });

  it('strings: a list of strings, or an issue', () => {
    const issues = new MappingIssues('fnX');
    expect(issues.strings(['a', 'b'], 'm', 'missing values')).toEqual(['a', 'b']);
    expect(issues.strings('a', 'm', 'missing values')).toBeUndefined();
    expect(issues.strings(['a', 1], 'm', 'missing values')).toBeUndefined();
    expect(issues.list).toStrictEqual([
      { code: 'invalid_type', path: 'm', message: 'fnX: m is "a"; expected missing values (a list of strings).' },
      { code: 'invalid_type', path: 'm', message: 'fnX: m is an array of length 2; expected missing values (a list of strings).' },
    ]);
  });

  it('throwIfAny: nothing when clean; every issue at once otherwise', () => {
    const issues = new MappingIssues('fnX');
    issues.throwIfAny();
    issues.text(undefined, 'a', 'x');
    issues.text(undefined, 'b', 'y');
    const error = caught(() => issues.throwIfAny());
    expect(error.code).toBe('invalid_schema');
    expect(error.message).toBe('fnX: 2 problems found:\n  - a: fnX: a is undefined; expected x.\n  - b: fnX: b is undefined; expected y.');
    expect(error.issues?.map((i) => i.path)).toEqual(['a', 'b']);
  });
});

describe('join', () => {
  it('joins identifiers with a dot, indexes with brackets and quotes other keys', () => {
    expect([join('households', 'size'), join('', 'households'), join('incomes', 0), join('', 2)]).toEqual(['households.size', 'households', 'incomes[0]', '[2]']);
    expect([join('codes', 'a b'), join('codes', '1a'), join('codes', 'a-b'), join('', '$x_1')]).toEqual(['codes["a b"]', 'codes["1a"]', 'codes["a-b"]', '$x_1']);
  });
});
