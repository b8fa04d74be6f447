import { defineConfig } from 'tsup';

/** One entry per public module, so `sideEffects: false` plus code splitting lets bundlers drop what is unused. */
export const modules: readonly string[] = [
  'goals',
  'eligibility',
  'reach',
  'proximity',
  'disparity',
  'trends',
  'monitor',
  'disclosure',
  'uncertainty',
  'synthetic',
];

export default defineConfig({
  entry: ['src/index.ts', ...modules.map((name) => `src/${name}/index.ts`)],
  splitting: true,
  tsconfig: 'tsconfig.build.json',
  format: ['esm', 'cjs'],
  // tsup 8.5.1 injects `baseUrl` into its declaration build, which TypeScript 6 flags as deprecated (egoist/tsup#1388).
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  sourcemap: true,
  clean: true,
  target: 'es2022',
});
