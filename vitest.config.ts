import { configDefaults, defineConfig } from 'vitest/config';

/**
 * The test files that need a Debian program (LibreOffice and poppler, Chromium, pre-commit, wine; see
 * .ci/run). .ci/run runs lint and every other file first (PLAN_TESTS=without-programs), then installs
 * the programs, then runs these (PLAN_TESTS=programs): so a failed apt-get cannot hide the rest.
 * test/install.test.ts checks that every file which starts one of these programs is listed.
 */
export const NEED_PROGRAMS = [
  'test/html.test.ts',
  'test/init-project.test.ts',
  'test/office.test.ts',
  'test/package.test.ts',
  'test/parity.test.ts',
  'test/pdf.test.ts',
  'test/preview.test.ts',
];

/** Which files `vitest run` takes: all of them, unless PLAN_TESTS picks one side of NEED_PROGRAMS. */
function split(which: string | undefined): { include?: string[]; exclude: string[] } {
  if (which === undefined || which === '') return { exclude: [] };
  if (which === 'programs') return { include: NEED_PROGRAMS, exclude: [] };
  if (which === 'without-programs') return { exclude: NEED_PROGRAMS };
  throw new Error(`PLAN_TESTS must be "programs" or "without-programs", not "${which}"`);
}
const { include, exclude } = split(process.env.PLAN_TESTS);

/**
 * Timeouts that hold on a loaded two-core machine: end-to-end tests start the built binary, and the
 * LibreOffice and language-server tests start real programs, several at once. A test that needs more
 * says so itself. Speed is measured by `npm run bench`, never asserted by a timeout.
 */
export default defineConfig({
  test: {
    ...(include ? { include } : {}),
    // Stryker's sandboxes (npm run mutation) hold a copy of test/.
    exclude: [...configDefaults.exclude, '.stryker-tmp*/**', ...exclude],
    // Rebuilds dist/ first when it is older than the source (the tests run the built bundle), and
    // validates every report the tests produce with the Open XML SDK once they have all run.
    globalSetup: ['test/build-global.ts', 'test/ooxml-global.ts'],
    setupFiles: ['test/child-coverage.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
