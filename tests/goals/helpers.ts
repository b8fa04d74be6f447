import { readFileSync } from 'node:fs';
import { EquityLensError, type EquityLensIssue } from '../../src/index.ts';

export const EXAMPLE_FILES = ['prns-youth-scholarship.json', 'housing-homelessness-grants.json'] as const;

/** Reads an example goal as plain JSON (a fresh copy each call). */
export function exampleGoal(name: (typeof EXAMPLE_FILES)[number] = 'prns-youth-scholarship.json'): Record<string, any> {
  return JSON.parse(readFileSync(new URL(`../../examples/goals/${name}`, import.meta.url), 'utf8')) as Record<string, any>;
}

export { caught } from '../helpers/caught.ts';

/** The issue at `path`, failing when there is none. */
export function issueAt(error: EquityLensError, path: string): EquityLensIssue {
  const issue = error.issues.find((i) => i.path === path);
  if (issue === undefined) throw new Error(`no issue at ${path}; issues at: ${error.issues.map((i) => i.path).join(', ')}`);
  return issue;
}
