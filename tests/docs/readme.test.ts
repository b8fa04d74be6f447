// The README's code example runs as written (with the package's subpath imports pointed at the sources).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

describe('README', () => {
  it('the short example runs and prints coverage and inclusion error', async () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const block = /## A short example\s+```ts\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBeDefined();
    const source = (block as string).replace(/from 'equity-lens\/(\w+)'/g, (_, module: string) => `from '${pathToFileURL(join(root, 'src', module, 'index.ts')).href}'`);
    const dir = join(root, '.tmp', 'readme-example');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'example.ts');
    writeFileSync(file, source);
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      await import(pathToFileURL(file).href);
      expect(log).toHaveBeenCalledTimes(1);
      const [coverage, inclusionError] = log.mock.calls[0] as [number, number];
      expect(coverage).toBeGreaterThan(0);
      expect(coverage).toBeLessThan(1);
      expect(inclusionError).toBeGreaterThan(0);
      expect(inclusionError).toBeLessThan(1);
    } finally {
      log.mockRestore();
    }
  });
});
