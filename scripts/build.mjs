// Builds dist/ file by file: one ES module, one CommonJS module and their declarations per source file.
//
//   src/disparity/gini.ts → dist/disparity/gini.js    (ESM, emitted by tsc; first line names its types for Deno)
//                           dist/disparity/gini.d.ts  (declarations, emitted by tsc)
//                           dist/disparity/gini.cjs   (CommonJS, esbuild's per-file transform of gini.js)
//                           dist/disparity/gini.d.cts (the same declarations, with require-side specifiers)
//
// Why file by file and not bundled chunks: a bundler can drop an unused *file* of a `"sideEffects": false`
// package, but not an unused top-level call inside a used one. Chunks built by code splitting join unrelated
// source files, so one chunk can hold `gini` beside a module-level `z.object(…)`, and then `import { gini }`
// carries all of zod (measured: 449 KiB). With one output file per source file, a user's bundle holds exactly
// the files its imports reach, as when bundling the source. docs/design-notes.md has the measurements.
//
// No source maps: each output file is its source file with the types removed (same names, same lines in the
// same order, the doc comments kept), so a stack trace already reads as the source.
import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build, transform } from 'esbuild';

const out = 'dist';
rmSync(out, { recursive: true, force: true });

// tsc, not a bundler, writes the ES modules: it keeps each file, each class name and each export as written.
// `--noCheck` because `npm run typecheck` checks; isolatedDeclarations makes declaration emit check-free.
execFileSync(
  process.execPath,
  [
    'node_modules/typescript/bin/tsc',
    ...['-p', 'tsconfig.build.json', '--noEmit', 'false', '--noCheck', '--outDir', out, '--rootDir', 'src'],
    ...['--declaration', '--rewriteRelativeImportExtensions', '--removeComments', 'false'],
  ],
  { stdio: 'inherit' },
);

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}

/**
 * Rewrites relative module specifiers (`'./gini.ts'`, `"../x.js"`, `import("./y.ts")`) to the given extension,
 * outside comments (doc examples keep the source's own specifiers).
 */
function withExtension(code, from, to) {
  const pattern = new RegExp(`((?:from|import)\\s*\\(?\\s*)(['"])(\\.{1,2}/[^'"]+)\\${from}\\2`, 'g');
  const comment = /^\s*(\*|\/\*|\/\/)/;
  return code
    .split('\n')
    .map((line) => (comment.test(line) ? line : line.replace(pattern, (_, head, quote, path) => `${head}${quote}${path}${to}${quote}`)))
    .join('\n');
}

const files = [...walk(out)];
let modules = 0;
for (const file of files) {
  if (file.endsWith('.d.ts')) {
    // tsc keeps the source's `.ts` specifiers in declarations; consumers' TypeScript resolves `.js` ones.
    const declarations = withExtension(readFileSync(file, 'utf8'), '.ts', '.js');
    writeFileSync(file, declarations);
    writeFileSync(file.replace(/\.d\.ts$/, '.d.cts'), withExtension(declarations, '.js', '.cjs'));
  } else if (file.endsWith('.js')) {
    const esm = readFileSync(file, 'utf8');
    const types = `./${relative(join(file, '..'), file).replace(/\.js$/, '.d.ts')}`;
    // Deno reads this to type-check a direct import of the file (npm's `types` conditions do it for Node users).
    writeFileSync(file, `/* @ts-self-types="${types}" */\n${esm}`);
    const cjs = await transform(withExtension(esm, '.js', '.cjs'), { format: 'cjs', platform: 'node', target: 'es2022', loader: 'js' });
    writeFileSync(file.replace(/\.js$/, '.cjs'), cjs.code);
    modules += 1;
  }
}
console.log(`build: ${modules} modules → ${out}/ (ESM .js, CommonJS .cjs, declarations .d.ts/.d.cts)`);

// The command line (`bin`: equity-lens → dist/cli.js): cli/ bundled into one ES module with a shebang. Its imports
// of the package (`equity-lens`, `equity-lens/tables` …) and of dependencies stay imports, resolved when it runs —
// the package by its own name, through package.json `exports` — so the library's code is not duplicated and the
// library's files stay free of the CLI and of its CSV parser.
// Its worker threads (`report --workers N`) run dist/cli-worker.js, bundled the same way.
await build({
  entryPoints: [
    { in: 'cli/main.ts', out: 'cli' },
    { in: 'cli/worker.ts', out: 'cli-worker' },
  ],
  outdir: out,
  bundle: true,
  packages: 'external',
  // tsconfig.json maps the package's name to src/ for tsx and tsc; the built command line must import the package.
  external: ['equity-lens', 'equity-lens/*'],
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: { js: '#!/usr/bin/env node' },
  logLevel: 'warning',
});
chmodSync(join(out, 'cli.js'), 0o755);
console.log(`build: command line → ${out}/cli.js`);
