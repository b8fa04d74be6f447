/**
 * The TypeScript matrix: a small consumer project, compiled against the unpacked tarball under each setup users
 * have — TypeScript 5.4 (the documented minimum), 5.9 and 6.0; `node10` resolution (what `"module": "commonjs"`
 * implies), `node16` from ES modules and from CommonJS files, and `bundler`. TypeScript 6.0 is the project's own;
 * the older compilers are installed, pinned exactly, into `.tmp/typescript-matrix` on the first run (from the npm
 * registry or npm's cache). They are not dev dependencies because each one would claim `node_modules/.bin/tsc`.
 *
 * Each project also holds one deliberately wrong line under `@ts-expect-error`: if the package's types were
 * missing (`any`), that line would compile and the unused directive would fail the build. So a pass proves the
 * types were found and read, not merely that nothing complained.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { consumer, root, run, specifiers } from './consumer.ts';

const pinned = { '5.4': '5.4.5', '5.9': '5.9.3' } as const;
const matrix = join(root, '.tmp', 'typescript-matrix');
const compilers = {
  '5.4': join(matrix, 'node_modules', 'typescript-5.4', 'bin', 'tsc'),
  '5.9': join(matrix, 'node_modules', 'typescript-5.9', 'bin', 'tsc'),
  '6.0': join(root, 'node_modules', 'typescript', 'bin', 'tsc'),
} as const;

beforeAll(() => {
  const installedVersion = (alias: string): string | undefined => {
    const manifest = join(matrix, 'node_modules', alias, 'package.json');
    return existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version : undefined;
  };
  if (Object.entries(pinned).every(([minor, version]) => installedVersion(`typescript-${minor}`) === version)) return;
  rmSync(matrix, { recursive: true, force: true });
  mkdirSync(matrix, { recursive: true });
  writeFileSync(join(matrix, 'package.json'), JSON.stringify({ name: 'typescript-matrix', private: true }));
  const specs = Object.entries(pinned).map(([minor, version]) => `typescript-${minor}@npm:typescript@${version}`);
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--save-exact', ...specs], matrix);
});

interface Setup {
  typescript: keyof typeof compilers;
  module: 'commonjs' | 'node16' | 'esnext';
  moduleResolution?: 'bundler';
  /** The consumer package's own type, which decides whether `.ts` files are ES modules under node16. */
  type: 'module' | 'commonjs';
}

const setups: (Setup & { label: string })[] = [
  { label: 'TypeScript 5.4, module commonjs (node10 resolution)', typescript: '5.4', module: 'commonjs', type: 'commonjs' },
  { label: 'TypeScript 5.4, module node16, ESM and .cts files', typescript: '5.4', module: 'node16', type: 'module' },
  { label: 'TypeScript 5.4, moduleResolution bundler', typescript: '5.4', module: 'esnext', moduleResolution: 'bundler', type: 'module' },
  { label: 'TypeScript 5.9, module commonjs (node10 resolution)', typescript: '5.9', module: 'commonjs', type: 'commonjs' },
  { label: 'TypeScript 6.0, module node16, ESM and .cts files', typescript: '6.0', module: 'node16', type: 'module' },
  { label: 'TypeScript 6.0, module node16, CommonJS package', typescript: '6.0', module: 'node16', type: 'commonjs' },
  { label: 'TypeScript 6.0, moduleResolution bundler', typescript: '6.0', module: 'esnext', moduleResolution: 'bundler', type: 'module' },
];

/** Uses a function or two of every subpath, with the result types spelled out. */
const program = `
import { EquityLensError, isEquityLensError } from 'equity-lens';
import { defineGoal } from 'equity-lens/goals';
import { povertyGuideline } from 'equity-lens/eligibility';
import { targetingErrors } from 'equity-lens/reach';
import { nearestSite } from 'equity-lens/proximity';
import { gini } from 'equity-lens/disparity';
import { theilSen } from 'equity-lens/trends';
import { evaluateGoal } from 'equity-lens/monitor';
import * as disclosure from 'equity-lens/disclosure';
import { wilsonInterval } from 'equity-lens/uncertainty';
import { syntheticCity } from 'equity-lens/synthetic';

const inequality: number = gini([1, 2, 3], { correction: 'n-1' });
const interval: number | null = wilsonInterval(81, 263).lower;
const nearest: Int32Array = nearestSite([[-121.9, 37.3]], [[-121.8, 37.4]]).siteIndex;
const slope: number = theilSen([{ year: 2020, value: 1 }, { year: 2021, value: 2 }, { year: 2022, value: 4 }]).slope;
const guideline: number = povertyGuideline(4, { year: 2025 });
const reach = targetingErrors([{ income: 1 }], { eligible: (r) => r.income < 2, enrolled: () => true });
const coverage: number | null = reach.overall.coverage;
const define: typeof defineGoal = defineGoal;
const evaluate: typeof evaluateGoal = evaluateGoal;
const modules: object[] = [disclosure, syntheticCity];

try {
  gini([]);
} catch (error) {
  if (isEquityLensError(error)) {
    const code: string = error.code;
    const first: EquityLensError = error;
    console.log(code, first.path);
  }
}

// @ts-expect-error gini returns a number; with the types missing this line would compile and fail the check.
const wrong: string = gini([1, 2, 3]);

console.log(inequality, interval, nearest, slope, guideline, coverage, define, evaluate, modules, wrong);
`;

/** Every subpath imported as a namespace: each declaration file must load under this setup. */
const everySubpath = specifiers.map((s, i) => `import * as m${i} from '${s}';`).join('\n') + `\nexport const all: object[] = [${specifiers.map((_, i) => `m${i}`).join(', ')}];\n`;

describe('a consumer project compiles against the packed types', () => {
  it.each(setups)('$label', (setup) => {
    const name = `ts-${setup.typescript}-${setup.module}-${setup.moduleResolution ?? 'default'}-${setup.type}`;
    const dir = join(consumer, name);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, private: true, type: setup.type }));
    const compilerOptions: Record<string, unknown> = {
      target: 'ES2022',
      lib: ['ES2022', 'DOM'],
      module: setup.module,
      strict: true,
      noEmit: true,
      // As most projects do (tsc --init sets it). Broken declarations still show: an import they cannot resolve
      // turns its types into \`any\`, which the @ts-expect-error line below catches.
      skipLibCheck: true,
      types: [],
    };
    if (setup.moduleResolution !== undefined) compilerOptions['moduleResolution'] = setup.moduleResolution;
    const files = ['program.ts', 'every-subpath.ts'];
    writeFileSync(join(dir, 'program.ts'), program);
    writeFileSync(join(dir, 'every-subpath.ts'), everySubpath);
    if (setup.module === 'node16' && setup.type === 'module') {
      // Under node16 a `.cts` file is CommonJS even in an ESM package: the `require` conditions' types.
      writeFileSync(join(dir, 'required.cts'), `import { gini } from 'equity-lens/disparity';\nexport const g: number = gini([1, 2]);\n`);
      files.push('required.cts');
    }
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files }));
    const output = (() => {
      try {
        return run('node', [compilers[setup.typescript], '-p', 'tsconfig.json', '--listFiles'], dir);
      } catch (error) {
        const failed = error as { stdout?: string; stderr?: string };
        throw new Error(`${name} failed to compile:\n${failed.stdout ?? ''}${failed.stderr ?? ''}`);
      }
    })();
    // The declarations came from the tarball (CommonJS-flavoured where the setup requires), not from src/.
    const declarations = output.split('\n').filter((line) => line.includes('node_modules/equity-lens/'));
    expect(declarations.length).toBeGreaterThan(10);
    expect(declarations.every((line) => line.includes('/dist/'))).toBe(true);
    const requireSide = setup.module === 'commonjs' || setup.type === 'commonjs';
    expect(declarations.some((line) => line.endsWith(requireSide ? '.d.cts' : '.d.ts'))).toBe(true);
  });
});
