import { expect } from 'vitest';
import { defineTableMapping } from '../../src/tables/defineTableMapping.ts';
import { caught } from '../helpers/caught.ts';

/** One issue of a mapping: its code, path, message (without the function's name) and hint, if any. */
export type Issue = [code: string, path: string, message: string, hint?: string];

/**
 * The issues `defineTableMapping` reports for a mapping, each message checked to start with "defineTableMapping: "
 * and given without it. (Imported from src/tables, not the package root, so a mutation check loads less.)
 */
export function issuesOf(mapping: unknown): Issue[] {
  return caught(() => defineTableMapping(mapping)).issues.map((issue) => {
    expect(issue.message.startsWith('defineTableMapping: ')).toBe(true);
    const row: Issue = [issue.code, issue.path, issue.message.slice('defineTableMapping: '.length)];
    return issue.hint === undefined ? row : [row[0], row[1], row[2], issue.hint];
  });
}
