import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Timeouts that hold on a loaded two-core machine: end-to-end tests start the built binary, and the
 * LibreOffice and language-server tests start real programs, several at once. A test that needs more
 * says so itself. Speed is measured by `npm run bench`, never asserted by a timeout.
 */
export default defineConfig({
  test: {
    // Stryker's sandboxes (npm run mutation) hold a copy of test/.
    exclude: [...configDefaults.exclude, '.stryker-tmp*/**'],
    // Rebuilds dist/ first when it is older than the source (the tests run the built bundle), and
    // validates every report the tests produce with the Open XML SDK once they have all run.
    globalSetup: ['test/build-global.ts', 'test/ooxml-global.ts'],
    setupFiles: ['test/child-coverage.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
