// One version everywhere a release reads it: npm (package.json), JSR (deno.json), the provenance records
// (src/internal/version.ts) and the CHANGELOG section it ships with. The release workflow also checks the tag.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LIBRARY_VERSION } from '../../src/internal/version.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const read = (file: string): string => readFileSync(join(root, file), 'utf8');

describe('versions agree', () => {
  it('package.json, deno.json and the provenance version are the same', () => {
    const npm = (JSON.parse(read('package.json')) as { version: string }).version;
    const jsr = (JSON.parse(read('deno.json')) as { version: string }).version;
    expect(npm).toMatch(/^\d+\.\d+\.\d+(-[\w.]+)?$/);
    expect(jsr).toBe(npm);
    expect(LIBRARY_VERSION).toBe(npm);
  });

  it('CHANGELOG.md has a dated section for that version below a fresh Unreleased section', () => {
    const npm = (JSON.parse(read('package.json')) as { version: string }).version;
    const headings = read('CHANGELOG.md')
      .split('\n')
      .filter((line) => line.startsWith('## '));
    expect(headings[0]).toBe('## [Unreleased]');
    expect(headings).toContainEqual(expect.stringMatching(new RegExp(`^## \\[${npm.replace(/\./g, '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`)));
  });
});
