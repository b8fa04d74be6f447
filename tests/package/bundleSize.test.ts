/**
 * Bundle-size guard over the real imports users make: every runtime export of every subpath (and of the root) is
 * bundled alone, `import { name } from 'equity-lens/<subpath>'`, with esbuild (minified, ESM) from the unpacked
 * tarball, the way a user's bundler sees the package. New exports are covered without editing this file.
 *
 * The rules (`bundleRules.ts`), after zod's own bundle-size test (packages/treeshake/bundle-size.test.ts):
 * 1. The README's promises: the named imports stay under their limits (`LIMITS_KIB`).
 * 2. The build shape costs nothing: each import bundles no larger than the same import bundled from `src/`
 *    (plus a small allowance for the few bytes a build may add). Code splitting that joins a function to a
 *    module-level `z.object(…)` breaks this at once.
 * 3. zod stays where it belongs: no export carries zod unless it is a schema or validates a JSON document a city
 *    writes with one (`VALIDATES_DOCUMENTS`, an exact list), and no import carries one of zod's non-English locales.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFINE_GOAL_LIMIT_KIB, LIMITS_KIB, measure, type Measured, overLimit, staleAllowances, VALIDATES_DOCUMENTS, zodOffenders } from './bundleRules.ts';
import { consumer, root, run, specifiers, work } from './consumer.ts';

const measured: (Measured & { sourceBytes: number })[] = [];

/** One esbuild run with one entry per import: each output is tree-shaken alone (no splitting). */
async function bundleEach(imports: { file: string; code: string }[], dir: string, resolveDir: string): Promise<Metafile> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of imports) writeFileSync(join(dir, entry.file), entry.code);
  const result = await build({
    entryPoints: imports.map((entry) => join(dir, entry.file)),
    absWorkingDir: resolveDir,
    outdir: join(dir, 'out'),
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return result.metafile;
}

function outputFor(metafile: Metafile, file: string): Metafile['outputs'][string] {
  const output = Object.entries(metafile.outputs).find(([path]) => path.endsWith(`/out/${file.replace(/\.mjs$/, '.js')}`));
  if (output === undefined) throw new Error(`no output for ${file}`);
  return output[1];
}

beforeAll(async () => {
  const listed = JSON.parse(
    run('node', ['--input-type=module', '-e', `const out = {}; for (const s of ${JSON.stringify(specifiers)}) out[s] = Object.keys(await import(s)); console.log(JSON.stringify(out));`], consumer),
  ) as Record<string, string[]>;
  const imports = Object.entries(listed).flatMap(([specifier, names]) =>
    names.map((name, i) => ({ specifier, name, file: `${specifier.replace(/\W/g, '_')}__${i}.mjs` })),
  );
  const fromPackage = await bundleEach(
    imports.map(({ specifier, name, file }) => ({ file, code: `import { ${name} } from '${specifier}';\nconsole.log(${name});\n` })),
    join(consumer, 'sizes'),
    consumer,
  );
  const sourceOf = (specifier: string): string => join(root, 'src', specifier === 'equity-lens' ? 'index.ts' : `${specifier.slice('equity-lens/'.length)}/index.ts`);
  const fromSource = await bundleEach(
    imports.map(({ specifier, name, file }) => ({ file, code: `import { ${name} } from ${JSON.stringify(sourceOf(specifier))};\nconsole.log(${name});\n` })),
    join(work, 'source-sizes'),
    root,
  );
  for (const { specifier, name, file } of imports) {
    const output = outputFor(fromPackage, file);
    measured.push({ ...measure(specifier, name, output.bytes, output.inputs), sourceBytes: outputFor(fromSource, file).bytes });
  }
  const report = measured
    .filter((m) => m.name in LIMITS_KIB || m.name === 'defineGoal')
    .map((m) => `${m.specifier} ${m.name}: ${(m.bytes / 1024).toFixed(1)} KiB`);
  writeFileSync(join(work, 'bundle-sizes.txt'), `${report.join('\n')}\n`);
});

describe('bundle sizes of single imports from the packed tarball', () => {
  it('covers every runtime export of every subpath', () => {
    for (const specifier of specifiers) expect(measured.filter((m) => m.specifier === specifier).length, specifier).toBeGreaterThan(0);
    expect(measured.length).toBeGreaterThan(150);
  });

  it.each(Object.entries(LIMITS_KIB))('%s stays under %d KiB minified, from its subpath and from the root', (name, kib) => {
    expect(measured.filter((m) => m.name === name).length).toBe(2);
    expect(overLimit(measured, name, kib)).toEqual([]);
  });

  it(`defineGoal bundles with zod (but none of its other locales) under ${DEFINE_GOAL_LIMIT_KIB} KiB`, () => {
    const row = measured.find((m) => m.specifier === 'equity-lens/goals' && m.name === 'defineGoal');
    expect(row?.zodBytes).toBeGreaterThan(0);
    expect(overLimit(measured, 'defineGoal', DEFINE_GOAL_LIMIT_KIB)).toEqual([]);
  });

  it('no import bundles larger from the package than from the source', () => {
    // 1 KiB covers the few bytes a build may add; a joined chunk adds tens of KiB.
    const bloated = measured.filter((m) => m.bytes > m.sourceBytes + 1024).map((m) => `${m.specifier} ${m.name}: ${m.bytes} B packed vs ${m.sourceBytes} B from src`);
    expect(bloated).toEqual([]);
  });

  it('no export carries zod unless it is a schema or validates a JSON document with one', () => {
    expect(zodOffenders(measured)).toEqual([]);
  });

  it('every export allowed to carry zod does (the allow-list stays exact)', () => {
    expect(staleAllowances(measured)).toEqual([]);
  });

  it('docs/design-notes.md lists every export allowed to carry zod', () => {
    const notes = readFileSync(join(root, 'docs/design-notes.md'), 'utf8');
    expect(Object.keys(VALIDATES_DOCUMENTS).filter((name) => !notes.includes(`\`${name}\``))).toEqual([]);
  });

  it("no import carries zod's non-English locales", () => {
    expect(measured.filter((m) => m.foreignLocales.length > 0).map((m) => `${m.specifier} ${m.name}: ${m.foreignLocales.join(', ')}`)).toEqual([]);
  });
});
