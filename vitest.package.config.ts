import { defineConfig } from 'vitest/config';

/** The packaging checks need a fresh build (`npm run build`) and run apart from the unit tests. */
export default defineConfig({
  test: {
    include: ['tests/package/**/*.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
