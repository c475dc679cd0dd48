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

/**
 * The test files that replace a module for some of their runs (vi.mock, or vi.doMock with
 * vi.resetModules): each of these loads its modules afresh, in a worker of its own (vitest's default).
 * Every other file runs in one worker with the modules the files before it loaded (isolate: false): a
 * fresh worker and module graph cost about 0.8 s of CPU per file, and the CLI that runPlanInProcess
 * loads is loaded once rather than once per file. That is safe because src/ keeps no state between runs
 * (build/check-layers.mjs refuses a top-level `let`) and the tests restore what they change (process.env,
 * the working folder, spies). test/layers.test.ts checks that every file that mocks a module is listed.
 */
export const OWN_MODULES = [
  'test/all-or-nothing.test.ts',
  'test/concurrency.test.ts',
  'test/output-failures.test.ts',
  'test/write-interrupt.test.ts',
];

/**
 * The acceptance tests: each installs or packages plan for real, as a user or IT would (a fresh copy's
 * `npm ci` on an old Node, the release files, the timed benchmark of about 50 process starts). Minutes
 * where the rest takes one or two, and about the installed product rather than the code a developer
 * just changed: `npx vitest run` alone leaves them out, so it is the suite to rerun while working.
 * `npm run test:acceptance` runs them; `npm test` runs every file (PLAN_TESTS=all), and so does .ci/run
 * (its two parts below hold these files too), each time, with coverage.
 */
export const ACCEPTANCE = ['test/bench.test.ts', 'test/install.test.ts', 'test/package.test.ts'];

/**
 * Which files `vitest run` takes (PLAN_TESTS): unset, all but the acceptance tests; "all", every file;
 * "acceptance", those only; "programs" or "without-programs", one side of NEED_PROGRAMS (.ci/run).
 */
function split(which: string | undefined): { include?: string[]; exclude: string[] } {
  if (which === undefined || which === '') return { exclude: ACCEPTANCE };
  if (which === 'all') return { exclude: [] };
  if (which === 'acceptance') return { include: ACCEPTANCE, exclude: [] };
  if (which === 'programs') return { include: NEED_PROGRAMS, exclude: [] };
  if (which === 'without-programs') return { exclude: NEED_PROGRAMS };
  throw new Error(`PLAN_TESTS must be "all", "acceptance", "programs" or "without-programs", not "${which}"`);
}
const { include, exclude } = split(process.env.PLAN_TESTS);
/**
 * Files given to `vitest run --exclude`: vitest applies them to the root config only, not to the
 * projects below, so they are passed on here (build/coverage.mjs runs the benchmark apart this way).
 */
const cliExcludes = process.argv.flatMap((arg, i, all) =>
  arg.startsWith('--exclude=') ? [arg.slice('--exclude='.length)] : arg === '--exclude' && all[i + 1] ? [all[i + 1]!] : [],
);
// Stryker's sandboxes (npm run mutation) hold a copy of test/.
const excluded = [...configDefaults.exclude, '.stryker-tmp*/**', ...exclude, ...cliExcludes];
const own = OWN_MODULES.filter((file) => (include ? include.includes(file) : !exclude.includes(file)));

/**
 * Timeouts that hold on a loaded two-core machine: end-to-end tests start the built binary, and the
 * LibreOffice and language-server tests start real programs, several at once. A test that needs more
 * says so itself. Speed is measured by `npm run bench`, never asserted by a timeout.
 */
export default defineConfig({
  test: {
    projects: [
      { extends: true, test: { name: 'shared', isolate: false, ...(include ? { include } : {}), exclude: [...excluded, ...own] } },
      ...(own.length > 0 ? [{ extends: true, test: { name: 'own modules', include: own, exclude: excluded } }] : []),
    ],
    // Rebuilds dist/ first when it is older than the source (the tests run the built bundle), and
    // validates every report the tests produce with the Open XML SDK once they have all run.
    globalSetup: ['test/build-global.ts', 'test/ooxml-global.ts'],
    setupFiles: ['test/child-coverage.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
