import { defineConfig } from 'vitest/config';

/**
 * The tests Stryker runs against each mutant (`npm run mutation`): only those that call src/ in this
 * process. Tests that start the built binary cannot see a mutant (they run dist/, not the mutated
 * source), so they would only cost time. No global setup: a mutant run must not rebuild dist/.
 */
export default defineConfig({
  test: {
    include: [
      'test/savings.test.ts',
      'test/status-check.test.ts',
      'test/validate-cases.test.ts',
      'test/mistakes.test.ts',
      'test/compute-boundaries.test.ts',
      'test/movement-diff.test.ts',
      'test/quarters.test.ts',
      'test/rules-boundaries.test.ts',
      'test/rules-endings.test.ts',
      'test/status-check-boundaries.test.ts',
      'test/savings-profile.test.ts',
      'test/schedule-cases.test.ts',
      'test/schedule-model.test.ts',
    ],
    testTimeout: 60_000,
  },
});
