// Every guide in docs/ is titled and listed in typedoc's reading order, "The method" first, so the API site's
// navigation reads as a book and a new guide cannot slip in untitled or unlisted.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function listedGuides(): string[] {
  const config = readFileSync(join(root, 'typedoc.config.mjs'), 'utf8');
  const list = /export const guides = \[([^\]]*)\]/.exec(config)?.[1] ?? '';
  return [...list.matchAll(/'([^']+)'/g)].map((match) => match[1] as string);
}

describe('guides in docs/', () => {
  it('are all listed in typedoc.config.mjs, "The method" (docs/index.md) first', () => {
    const guides = listedGuides();
    const files = readdirSync(join(root, 'docs'))
      .filter((name) => name.endsWith('.md'))
      .map((name) => name.slice(0, -3));
    expect([...guides].sort()).toEqual([...files].sort());
    expect(guides[0]).toBe('index');
  });

  it('each have a title in their front matter', () => {
    for (const name of listedGuides()) {
      const text = readFileSync(join(root, 'docs', `${name}.md`), 'utf8');
      expect(text, name).toMatch(/^---\ntitle: \S.*\n(?:[\w-]+: .*\n)*---\n/);
    }
    expect(readFileSync(join(root, 'docs', 'index.md'), 'utf8')).toMatch(/^---\ntitle: The method\n/);
  });
});

describe('API reference pages of the subpaths', () => {
  it('each module doc says which subpath to import it from', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
    const modules = Object.keys(pkg.exports)
      .filter((key) => key !== '.' && key !== './package.json')
      .map((key) => key.slice(2));
    expect(modules.length).toBeGreaterThan(5);
    for (const name of modules) {
      const source = readFileSync(join(root, 'src', name, 'index.ts'), 'utf8');
      const moduleDoc = /^\/\*\*([\s\S]*?)\*\//.exec(source)?.[1] ?? '';
      expect(moduleDoc, name).toContain(`@module ${name}`);
      expect(moduleDoc, name).toContain(`from "equity-lens/${name}"`);
    }
  });
});
