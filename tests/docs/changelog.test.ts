// CHANGELOG.md keeps the Keep a Changelog 1.1.0 shape (https://keepachangelog.com/en/1.1.0/): versions as `## [x]`
// headings, newest first; inside each, only the six change types, each at most once; link references at the end.
// Branches that each add a section of their own make it drift (a second "### Changed", a section after the links),
// which readers and release tools then misread.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const CHANGE_TYPES = ['Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security'];

describe('CHANGELOG.md', () => {
  let lines: string[] = [];
  beforeAll(() => {
    const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
    lines = readFileSync(join(root, 'CHANGELOG.md'), 'utf8').split('\n');
  });

  it('uses only the six change types inside a version, each at most once', () => {
    const problems: string[] = [];
    let version = '';
    let seen = new Set<string>();
    for (const [index, line] of lines.entries()) {
      if (line.startsWith('## ')) {
        version = line;
        seen = new Set();
      } else if (line.startsWith('### ')) {
        const type = line.slice(4).trim();
        if (!CHANGE_TYPES.includes(type)) problems.push(`line ${index + 1}: "${line}" is not one of ${CHANGE_TYPES.join(', ')}`);
        else if (seen.has(type)) problems.push(`line ${index + 1}: a second "${line}" under ${version}`);
        seen.add(type);
      }
    }
    expect(problems).toEqual([]);
  });

  it('ends with the link references, one per version heading, and no heading after them', () => {
    const firstLink = lines.findIndex((line) => /^\[[^\]]+\]: /.test(line));
    expect(firstLink).toBeGreaterThan(0);
    expect(lines.slice(firstLink).filter((line) => line.startsWith('#'))).toEqual([]);
    const versions = lines.filter((line) => line.startsWith('## [')).map((line) => line.slice(4, line.indexOf(']')));
    const links = lines.slice(firstLink).filter((line) => line.startsWith('[')).map((line) => line.slice(1, line.indexOf(']')));
    expect(links).toEqual(versions);
  });
});
