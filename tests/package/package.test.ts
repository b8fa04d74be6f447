/**
 * Packaging checks on the packed tarball (`setup.ts` packs it; `npm run check:package` builds first): what the
 * tarball holds, Node ESM and CommonJS imports of every subpath, errors recognised across both builds, and Deno
 * importing and type-checking it. publint and attw (default profile) run in `npm run lint`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { consumer, installed, pkg, root, run, specifiers } from './consumer.ts';

function packedFiles(): { path: string; size: number }[] {
  const files = JSON.parse(run('npm', ['pack', '--dry-run', '--json'], root)) as { files: { path: string; size: number }[] }[];
  return files[0]?.files ?? [];
}

describe('published package', () => {
  it('ships dist, package.json, README, CHANGELOG and the licence, and no source maps', () => {
    const paths = packedFiles().map((file) => file.path);
    expect(paths.length).toBeGreaterThan(20);
    for (const path of paths) expect(path).toMatch(/^(dist\/|package\.json$|README\.md$|CHANGELOG\.md$|LICENSE$)/);
    expect(paths).toContain('CHANGELOG.md');
    // Each output file is its source with the types removed (scripts/build.mjs), so no map is shipped.
    expect(paths.filter((path) => path.endsWith('.map'))).toEqual([]);
  });

  it('ships a CHANGELOG with a section for the packaged version and a fresh Unreleased section', () => {
    const changelog = readFileSync(join(installed, 'CHANGELOG.md'), 'utf8');
    expect(changelog).toMatch(/^## \[Unreleased\]$/m);
    expect(changelog).toMatch(new RegExp(`^## \\[${pkg.version.replace(/\./g, '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm'));
  });

  it('names its repository, homepage and issue tracker', () => {
    expect(pkg['repository']).toMatchObject({ type: 'git', url: expect.stringMatching(/^git\+https:\/\//) });
    expect(pkg['homepage']).toMatch(/^https:\/\//);
    expect(pkg['bugs']).toMatchObject({ url: expect.stringMatching(/^https:\/\//) });
  });

  it('declares zod as a caret-range peer dependency (and a dev dependency), other runtime dependencies in caret ranges', () => {
    const peers = pkg['peerDependencies'] as Record<string, string>;
    const dependencies = pkg['dependencies'] as Record<string, string>;
    const dev = pkg['devDependencies'] as Record<string, string>;
    expect(peers['zod']).toMatch(/^\^4\.\d+\.\d+$/);
    expect(dependencies['zod']).toBeUndefined();
    expect(dev['zod']).toMatch(/^4\.\d+\.\d+$/);
    for (const [name, range] of Object.entries(dependencies)) expect(range, name).toMatch(/^\^\d+\.\d+\.\d+$/);
  });

  it('imports every subpath from a plain Node ESM script', () => {
    const script = specifiers.map((s, i) => `import * as m${i} from '${s}';\nout.push(['${s}', Object.keys(m${i}).length]);`).join('\n');
    writeFileSync(join(consumer, 'esm.mjs'), `const out = [];\n${script}\nconsole.log(JSON.stringify(out));\n`);
    const result = JSON.parse(run('node', ['esm.mjs'], consumer)) as [string, number][];
    expect(result.map(([s]) => s)).toEqual(specifiers);
    expect(result.find(([s]) => s === 'equity-lens')?.[1]).toBeGreaterThan(5);
  });

  it('requires every subpath from CommonJS, with the same exports as ESM', () => {
    const script = specifiers.map((s) => `out.push(['${s}', Object.keys(require('${s}')).length]);`).join('\n');
    writeFileSync(join(consumer, 'cjs.cjs'), `const out = [];\n${script}\nconsole.log(JSON.stringify(out));\n`);
    const result = JSON.parse(run('node', ['cjs.cjs'], consumer)) as [string, number][];
    expect(result.map(([s]) => s)).toEqual(specifiers);
    const esm = JSON.parse(run('node', ['esm.mjs'], consumer)) as [string, number][];
    expect(result).toEqual(esm);
  });

  it('errors keep their class name in both builds, and isEquityLensError recognises either build’s errors', () => {
    writeFileSync(
      join(consumer, 'errors.mjs'),
      [
        `import { createRequire } from 'node:module';`,
        `import { inspect } from 'node:util';`,
        `import * as esm from 'equity-lens';`,
        `const cjs = createRequire(import.meta.url)('equity-lens');`,
        `const thrown = (lib) => { try { lib.wilsonInterval(2, 1); } catch (e) { return e; } };`,
        `const [fromEsm, fromCjs] = [thrown(esm), thrown(cjs)];`,
        `console.log(JSON.stringify({`,
        `  names: [fromEsm.constructor.name, fromCjs.constructor.name, inspect(fromEsm).split(':')[0], inspect(fromCjs).split(':')[0]],`,
        `  codes: [fromEsm.code, fromCjs.code, fromEsm.path, fromCjs.path],`,
        `  instanceofAcross: fromCjs instanceof esm.EquityLensError,`,
        `  recognised: [esm.isEquityLensError(fromEsm), esm.isEquityLensError(fromCjs), cjs.isEquityLensError(fromEsm), cjs.isEquityLensError(fromCjs)],`,
        `  others: [esm.isEquityLensError(new Error('x')), cjs.isEquityLensError({ code: 'empty' })],`,
        `}));`,
      ].join('\n'),
    );
    const result = JSON.parse(run('node', ['errors.mjs'], consumer)) as Record<string, unknown>;
    expect(result).toEqual({
      names: ['EquityLensError', 'EquityLensError', 'EquityLensError', 'EquityLensError'],
      codes: ['out_of_range', 'out_of_range', 'successes', 'successes'],
      // Why isEquityLensError exists: the two builds hold two classes.
      instanceofAcross: false,
      recognised: [true, true, true, true],
      others: [false, false],
    });
  });

  it('imports and type-checks every subpath under Deno, by package name and by direct file path', () => {
    const deno = join(root, 'node_modules', '.bin', 'deno');
    writeFileSync(join(consumer, 'deno.json'), JSON.stringify({ nodeModulesDir: 'manual', lock: false }));
    const script =
      specifiers.map((s, i) => `import * as m${i} from '${s}';`).join('\n') +
      `\nconst counts: number[] = [${specifiers.map((_, i) => `Object.keys(m${i}).length`).join(', ')}];\nconsole.log(JSON.stringify(counts));\n`;
    writeFileSync(join(consumer, 'deno.ts'), script);
    const counts = JSON.parse(run(deno, ['run', '--allow-read', '--allow-env', 'deno.ts'], consumer)) as number[];
    expect(counts).toHaveLength(specifiers.length);
    expect(counts[0]).toBeGreaterThan(5);
    run(deno, ['check', 'deno.ts'], consumer);

    // A direct import of a dist file has no package.json `types` to follow: each file's @ts-self-types does it.
    // The wrong types must fail the check, or the check proves nothing.
    const direct = (value: string): string =>
      `import { gini } from './node_modules/equity-lens/dist/disparity/index.js';\nimport { wilsonInterval } from './node_modules/equity-lens/dist/index.js';\nconst g: ${value} = gini([1, 2, 3]);\nconst w: number | null = wilsonInterval(1, 2).lower;\nconsole.log(g, w);\n`;
    writeFileSync(join(consumer, 'deno-direct.ts'), direct('number'));
    run(deno, ['check', 'deno-direct.ts'], consumer);
    writeFileSync(join(consumer, 'deno-direct-wrong.ts'), direct('string'));
    expect(() => run(deno, ['check', 'deno-direct-wrong.ts'], consumer)).toThrow(/TS2322/);
  });
});
