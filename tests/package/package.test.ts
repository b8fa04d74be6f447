/**
 * Packaging checks on the built package (`npm run check:package` builds first):
 * publint and attw report no problems; the packed tarball imports from a plain Node ESM script, from CommonJS
 * `require` and from Deno, for the root and every subpath; one small named export bundles small.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const work = join(root, '.tmp', 'package-check');
const consumer = join(work, 'consumer');
const installed = join(consumer, 'node_modules', 'equity-lens');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, unknown>; version: string };
const subpaths = Object.keys(pkg.exports).filter((key) => key !== './package.json');
const specifiers = subpaths.map((key) => (key === '.' ? 'equity-lens' : `equity-lens/${key.slice(2)}`));

function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
}

beforeAll(() => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(installed, { recursive: true });
  // npm pack gives exactly what would be published; unpacking it under the consumer's node_modules needs no
  // registry access (the runtime dependencies resolve from the repository's own node_modules further up).
  const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], root)) as { filename: string }[];
  const tarball = join(work, packed[0]?.filename ?? '');
  run('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1'], root);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies: { 'equity-lens': pkg.version } }));
});

describe('published package', () => {
  it('ships only dist, package.json, README, CHANGELOG and licence files', () => {
    const files = JSON.parse(run('npm', ['pack', '--dry-run', '--json'], root)) as { files: { path: string }[] }[];
    const paths = files[0]?.files.map((file) => file.path) ?? [];
    expect(paths.length).toBeGreaterThan(20);
    for (const path of paths) expect(path).toMatch(/^(dist\/|package\.json$|README\.md$|CHANGELOG\.md$|LICENSE)/);
  });

  it('publint --strict reports no problems', () => {
    expect(run('npx', ['publint', '--strict'], root)).toMatch(/All good!/);
  });

  // node10 resolution has no subpath exports at all, so the node16 profile (node16 CJS, node16 ESM, bundler) is
  // the meaningful one for a package whose API is split into subpaths; Node ≥ 20 is required anyway.
  it('attw --pack --profile node16 reports no problems', () => {
    const report = JSON.parse(run('npx', ['attw', '--pack', '.', '--profile', 'node16', '--format', 'json'], root)) as {
      problems: Record<string, { kind: string; entrypoint: string; resolutionKind?: string }[]>;
    };
    const problems = Object.values(report.problems)
      .flat()
      .filter((problem) => problem.resolutionKind !== 'node10');
    expect(problems).toEqual([]);
  });

  it('imports every subpath from a plain Node ESM script', () => {
    const script = specifiers.map((s, i) => `import * as m${i} from '${s}';\nout.push(['${s}', Object.keys(m${i}).length]);`).join('\n');
    writeFileSync(join(consumer, 'esm.mjs'), `const out = [];\n${script}\nconsole.log(JSON.stringify(out));\n`);
    const result = JSON.parse(run('node', ['esm.mjs'], consumer)) as [string, number][];
    expect(result.map(([s]) => s)).toEqual(specifiers);
    expect(result.find(([s]) => s === 'equity-lens')?.[1]).toBeGreaterThan(5);
  });

  it('requires every subpath from CommonJS', () => {
    const script = specifiers.map((s) => `out.push(['${s}', Object.keys(require('${s}')).length]);`).join('\n');
    writeFileSync(join(consumer, 'cjs.cjs'), `const out = [];\n${script}\nconsole.log(JSON.stringify(out));\n`);
    const result = JSON.parse(run('node', ['cjs.cjs'], consumer)) as [string, number][];
    expect(result.map(([s]) => s)).toEqual(specifiers);
    const esm = JSON.parse(run('node', ['esm.mjs'], consumer)) as [string, number][];
    expect(result).toEqual(esm);
  });

  it('EquityLensError from the CJS build is an Error with code and path', () => {
    writeFileSync(
      join(consumer, 'cjs-error.cjs'),
      `const { EquityLensError, wilsonInterval } = require('equity-lens');\ntry { wilsonInterval(2, 1); } catch (e) { console.log(JSON.stringify([e instanceof EquityLensError, e instanceof Error, e.code, e.path])); }\n`,
    );
    expect(JSON.parse(run('node', ['cjs-error.cjs'], consumer))).toEqual([true, true, 'out_of_range', 'successes']);
  });

  it('imports and type-checks every subpath under Deno', () => {
    const script =
      specifiers.map((s, i) => `import * as m${i} from '${s}';`).join('\n') +
      `\nconst counts: number[] = [${specifiers.map((_, i) => `Object.keys(m${i}).length`).join(', ')}];\nconsole.log(JSON.stringify(counts));\n`;
    writeFileSync(join(consumer, 'deno.ts'), script);
    writeFileSync(join(consumer, 'deno.json'), JSON.stringify({ nodeModulesDir: 'manual', lock: false }));
    const deno = join(root, 'node_modules', '.bin', 'deno');
    const counts = JSON.parse(run(deno, ['run', '--allow-read', '--allow-env', 'deno.ts'], consumer)) as number[];
    expect(counts).toHaveLength(specifiers.length);
    expect(counts[0]).toBeGreaterThan(5);
    run(deno, ['check', 'deno.ts'], consumer);
  });

  it('tree-shakes: one small export from the root bundles to under 5 KB minified', async () => {
    const entry = join(consumer, 'size-entry.mjs');
    writeFileSync(entry, `import { normalCdf } from 'equity-lens';\nconsole.log(normalCdf(1.96));\n`);
    const result = await build({ entryPoints: [entry], bundle: true, minify: true, write: false, format: 'esm', platform: 'neutral', absWorkingDir: consumer, mainFields: ['module', 'main'] });
    const bytes = result.outputFiles[0]?.contents.byteLength ?? Number.POSITIVE_INFINITY;
    expect(bytes).toBeLessThan(5 * 1024);
    expect(bytes).toBeGreaterThan(200);
  });
});
