/**
 * docs/tables.md stays true: its problem-code table lists every code, its field reference every field of the
 * record schemas, its summary of the messy fixtures the golden counts, its mapping example the published example file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TABLE_PROBLEM_CODES, enrollmentJsonSchema, householdJsonSchema, siteJsonSchema } from '../../src/index.ts';

const root = new URL('../../', import.meta.url);
const guide = readFileSync(new URL('docs/tables.md', root), 'utf8');

function section(heading: string): string {
  const start = guide.indexOf(heading);
  const next = guide.indexOf('\n**', start + heading.length);
  return guide.slice(start, next === -1 ? undefined : next);
}

describe('docs/tables.md', () => {
  it('lists every problem code', () => {
    const listed = [...guide.matchAll(/^\| `([a-z_]+)` \| /gm)].map((m) => m[1]);
    for (const code of Object.keys(TABLE_PROBLEM_CODES)) expect(listed, code).toContain(code);
  });

  it.each([
    ['**Household**', householdJsonSchema()],
    ['**Enrollment**', enrollmentJsonSchema()],
    ['**Site**', siteJsonSchema()],
  ])('the field reference of %s lists every field of its JSON Schema', (heading, schema) => {
    const rows = [...section(heading).matchAll(/^\| `(\w+)(?:\[\])?` \|/gm)].map((m) => m[1]);
    expect(rows.sort()).toEqual(Object.keys(schema['properties'] as object).sort());
  });

  it("quotes the messy fixtures' golden counts", () => {
    const golden = JSON.parse(readFileSync(new URL('tests/fixtures/tables/messy/expected.json', root), 'utf8')).summary as Record<string, Record<string, number>>;
    for (const [table, s] of Object.entries(golden)) {
      expect(guide, table).toContain(`| ${table} | ${s['rows']} | ${s['records']} | ${s['rejectedRows']} | ${s['warnings']} |`);
    }
  });

  it('shows the example mapping as published', () => {
    const example = JSON.parse(readFileSync(new URL('examples/tables/synthetic-city.mapping.json', root), 'utf8'));
    const block = /```json\n(\{\n  "\$schema": "\.\.\/schemas\/table-mapping[\s\S]*?)\n```/.exec(guide)?.[1] ?? '{}';
    const shown = JSON.parse(block);
    delete example.description;
    expect(shown).toEqual(example);
  });
});
