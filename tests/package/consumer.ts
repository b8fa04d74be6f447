/**
 * Where the packaging checks find the packed package: `setup.ts` (vitest globalSetup) runs `npm pack` once and
 * unpacks the tarball into a consumer project's node_modules, exactly as `npm install equity-lens` would lay it
 * out. The consumer sits inside the repository, so the runtime dependencies resolve from the repository's own
 * node_modules further up and no registry is needed.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root: string = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const work: string = join(root, '.tmp', 'package-check');
export const consumer: string = join(work, 'consumer');
export const installed: string = join(consumer, 'node_modules', 'equity-lens');

export interface PackageJson {
  version: string;
  exports: Record<string, unknown>;
  files: string[];
  [key: string]: unknown;
}

export const pkg: PackageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as PackageJson;

/** The subpaths users import: `equity-lens`, `equity-lens/goals`, … (every key of the exports map but package.json). */
export const specifiers: string[] = Object.keys(pkg.exports)
  .filter((key) => key !== './package.json')
  .map((key) => (key === '.' ? 'equity-lens' : `equity-lens/${key.slice(2)}`));

export function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', ...env } });
}
