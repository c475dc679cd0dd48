/**
 * Under `npm run coverage` (build/coverage.mjs), the `plan` processes that the tests start write V8
 * coverage for the bundle. Set here, inside each test worker after it started, so that only those
 * child processes write it, not the workers themselves (vitest measures those in-process).
 */
if (process.env.PLAN_CHILD_COVERAGE) process.env.NODE_V8_COVERAGE = process.env.PLAN_CHILD_COVERAGE;
