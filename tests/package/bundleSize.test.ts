/**
 * Bundle-size guard over the real imports users make: every runtime export of every subpath (and of the root) is
 * bundled alone, `import { name } from 'equity-lens/<subpath>'`, with esbuild (minified, ESM) from the unpacked
 * tarball, the way a user's bundler sees the package. New exports are covered without editing this file.
 *
 * Three rules, after zod's own bundle-size test (packages/treeshake/bundle-size.test.ts):
 * 1. The README's promises: the named imports stay under their limits.
 * 2. The build shape costs nothing: each import bundles no larger than the same import bundled from `src/`
 *    (plus a small allowance for the CommonJS-free helpers a build adds). Code splitting that joins a function
 *    to a module-level `z.object(…)` breaks this at once.
 * 3. zod stays where it belongs: compute modules carry no zod at all (only their record schemas do), and no
 *    import anywhere carries one of zod's locales other than English.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { consumer, root, run, specifiers, work } from './consumer.ts';

/** Ceilings in KiB (minified, not gzipped), as promised in README.md. */
const limitsKiB: Record<string, number> = {
  gini: 6,
  wilsonInterval: 5,
  // Markdown and the HTML page with its inline-SVG charts (31.5 KiB when added; the Markdown path alone was 8 KiB).
  renderScorecard: 40,
  // 30 KiB in issue 14, when 2SFCA scanned pairs (23.4 KiB); the cell sweeps of issue 15 (sphereGrid, demandGrid,
  // neighbourhood: its speed) are 9 KiB of real code, 32.5 KiB in all on 3 December 2026.
  twoStepFCA: 40,
  nearestSite: 20,
  targetingErrors: 40,
  evaluateGoal: 300,
};

/**
 * Modules whose functions compute on plain arrays: they must not pull zod. Their `…Schema` exports (record
 * shapes such as `SiteSchema`) are zod schemas by definition, and `equityIndicatorScore` validates the
 * declarative score table a city passes in.
 */
const computeModules = ['equity-lens/uncertainty', 'equity-lens/trends', 'equity-lens/proximity', 'equity-lens/reach', 'equity-lens/disparity', 'equity-lens/synthetic'];
const validatesDocuments = new Set(['equityIndicatorScore']);

interface Measured {
  specifier: string;
  name: string;
  bytes: number;
  sourceBytes: number;
  zodBytes: number;
  foreignLocales: string[];
}

const measured: Measured[] = [];

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
    const inputs = Object.entries(output.inputs).filter(([, input]) => input.bytesInOutput > 0);
    measured.push({
      specifier,
      name,
      bytes: output.bytes,
      sourceBytes: outputFor(fromSource, file).bytes,
      zodBytes: inputs.filter(([path]) => path.includes('node_modules/zod/')).reduce((sum, [, input]) => sum + input.bytesInOutput, 0),
      foreignLocales: inputs.map(([path]) => path).filter((path) => /node_modules\/zod\/.*locales\/(?!en\.js)/.test(path)),
    });
  }
  const report = measured
    .filter((m) => m.name in limitsKiB || m.name === 'defineGoal')
    .map((m) => `${m.specifier} ${m.name}: ${(m.bytes / 1024).toFixed(1)} KiB`);
  writeFileSync(join(work, 'bundle-sizes.txt'), `${report.join('\n')}\n`);
});

describe('bundle sizes of single imports from the packed tarball', () => {
  it('covers every runtime export of every subpath', () => {
    for (const specifier of specifiers) expect(measured.filter((m) => m.specifier === specifier).length, specifier).toBeGreaterThan(0);
    expect(measured.length).toBeGreaterThan(150);
  });

  it.each(Object.entries(limitsKiB))('%s stays under %d KiB minified, from its subpath and from the root', (name, kib) => {
    const rows = measured.filter((m) => m.name === name);
    expect(rows.length).toBe(2);
    for (const row of rows) expect(row.bytes, `${row.specifier} ${name}`).toBeLessThan(kib * 1024);
  });

  it('defineGoal bundles with zod (but none of its other locales) under 150 KiB', () => {
    const row = measured.find((m) => m.specifier === 'equity-lens/goals' && m.name === 'defineGoal');
    expect(row?.zodBytes).toBeGreaterThan(0);
    expect(row?.bytes).toBeLessThan(150 * 1024);
  });

  it('no import bundles larger from the package than from the source', () => {
    // 1 KiB covers the few bytes a build may add; a joined chunk adds tens of KiB.
    const bloated = measured.filter((m) => m.bytes > m.sourceBytes + 1024).map((m) => `${m.specifier} ${m.name}: ${m.bytes} B packed vs ${m.sourceBytes} B from src`);
    expect(bloated).toEqual([]);
  });

  it('compute modules pull no zod, apart from their record schemas', () => {
    const offenders = measured
      .filter((m) => computeModules.includes(m.specifier) && !m.name.endsWith('Schema') && !validatesDocuments.has(m.name) && m.zodBytes > 0)
      .map((m) => `${m.specifier} ${m.name}: ${m.zodBytes} B of zod`);
    expect(offenders).toEqual([]);
  });

  it("no import carries zod's non-English locales", () => {
    const offenders = measured.filter((m) => m.foreignLocales.length > 0).map((m) => `${m.specifier} ${m.name}: ${m.foreignLocales.join(', ')}`);
    expect(offenders).toEqual([]);
  });
});
