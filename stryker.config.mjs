/**
 * Mutation testing (`npm run mutation`, see docs/mutation.md): do the in-process tests catch a wrong
 * figure? Slow, so not part of `npm test`.
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts' },
  // No type-checking of mutants: a mutant that does not compile is simply killed by the test run.
  checkers: [],
  // Stryker rewrites this tsconfig in its sandbox with `ts.parseConfigFileTextToJson`, which TypeScript 7
  // no longer has. The sandbox is a full copy of the project, so nothing needs rewriting: point it at a
  // file that does not exist and the step is skipped.
  tsconfigFile: 'tsconfig.stryker-none.json',
  mutate: [
    'src/compute/**/*.ts',
    'src/plan/rules.ts',
    'src/plan/rule-context.ts',
    'src/plan/rules-text.ts',
    'src/plan/quarters.ts',
    'src/shared/numbers.ts',
    'src/report/**/*.ts',
  ],
  coverageAnalysis: 'perTest',
  // The machine's cores are shared: one test process at a time.
  concurrency: 1,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation.json' },
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
