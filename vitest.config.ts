import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = fileURLToPath(new URL('./src/', import.meta.url));

export default defineConfig({
  // Examples and the command line import the package by name, as users do; in the repository the name resolves
  // to the TypeScript source (as tsconfig.json's `paths` do for tsc and tsx, and deno.json's `imports` for Deno).
  resolve: {
    alias: [
      { find: /^equity-lens$/, replacement: `${src}index.ts` },
      { find: /^equity-lens\/([a-z]+)$/, replacement: `${src}$1/index.ts` },
    ],
  },
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/package/**', 'node_modules/**'],
    testTimeout: 60_000,
    // Costly shared setup runs in the first beforeEach that asks for it (tests/helpers/shared.ts): same budget as a test.
    hookTimeout: 60_000,
  },
});
