/**
 * Examples, the notebook and the command line import the package by name (`equity-lens`, `equity-lens/proximity`)
 * as users do. In the repository those names resolve to the TypeScript source: tsconfig.json's `paths` (tsc, tsx),
 * vitest.config.ts's aliases and deno.json's `imports`. Every subpath the package exports must resolve in all three,
 * and no example may reach into `src/` by a relative path.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const readJson = (file: string): Record<string, unknown> => JSON.parse(readFileSync(join(root, file), 'utf8')) as Record<string, unknown>;

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'out' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(ts|mjs|ipynb)$/.test(name)) yield path;
  }
}

describe('the package name resolves to the source in the repository', () => {
  it("deno.json maps every export of package.json's to its source file", () => {
    const exportsOf = Object.keys(readJson('package.json')['exports'] as object).filter((key) => key !== './package.json');
    const deno = readJson('deno.json');
    const imports = deno['imports'] as Record<string, string>;
    const denoExports = deno['exports'] as Record<string, string>;
    for (const key of exportsOf) {
      const name = key === '.' ? 'equity-lens' : `equity-lens/${key.slice(2)}`;
      expect(imports[name], name).toBe(denoExports[key]);
      expect(imports[name]).toBe(key === '.' ? './src/index.ts' : `./src/${key.slice(2)}/index.ts`);
    }
  });

  it('tsconfig.json maps the name and its subpaths to src', () => {
    const paths = (readJson('tsconfig.json')['compilerOptions'] as { paths: Record<string, string[]> }).paths;
    expect(paths).toEqual({ 'equity-lens': ['./src/index.ts'], 'equity-lens/*': ['./src/*/index.ts'] });
  });

  it('examples and the command line import the package by name, never ../src', () => {
    const offenders: string[] = [];
    for (const dir of ['examples', 'cli']) {
      let entries: Generator<string>;
      try {
        statSync(join(root, dir));
        entries = files(join(root, dir));
      } catch {
        continue;
      }
      for (const file of entries) {
        const text = readFileSync(file, 'utf8');
        if (/from\s+\\?["'](\.\.\/)+src\//.test(text)) offenders.push(relative(root, file));
      }
    }
    expect(offenders).toEqual([]);
  });
});
