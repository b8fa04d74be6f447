import { defineConfig } from 'vitest/config';

/**
 * The packaging checks need a fresh build (`npm run build`) and run apart from the unit tests. `setup.ts` packs
 * the package once; every check then works on the unpacked tarball, as a user's project would.
 */
export default defineConfig({
  test: {
    include: ['tests/package/**/*.test.ts'],
    globalSetup: ['tests/package/setup.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
