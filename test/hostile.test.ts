import { describe, expect, it } from 'vitest';
import { loadPlan } from '../src/plan/load-plan.js';
import { makeFixture, PARSER_WORDS, runPlan } from './helpers.js';
import { HOSTILE_FILES } from './hostile-files.js';

/**
 * Hostile files are refused with a clear message instead of costing seconds or gigabytes. Timing is
 * not asserted here (machines are noisy): `npm run fuzz` and `npm run bench` measure it.
 */
describe('hostile files of up to 1 MB', () => {
  it.each(HOSTILE_FILES)('$name: refused with a clear message, or read without error', async ({ content, message }) => {
    expect(Buffer.byteLength(content)).toBeLessThanOrEqual(1024 * 1024);
    const fixture = makeFixture({ '9.9-hostile.yaml': content });
    try {
      const result = await loadPlan({ plansDir: 'plans', cwd: fixture.root, quarter: 'Q3' });
      // In plain words too (vocabulary.test.ts checks every other source of messages).
      for (const d of result.diagnostics) expect(`${d.message} | ${d.hint ?? ''}`).not.toMatch(PARSER_WORDS);
      const mine = result.diagnostics.filter((d) => d.file === 'plans/9.9-hostile.yaml');
      if (message)
        expect(
          mine.some((d) => d.severity === 'error' && message.test(d.message)),
          mine.map((d) => d.message).join('\n'),
        ).toBe(true);
      else expect(mine.filter((d) => d.severity === 'error')).toEqual([]);
      expect(mine.length).toBeLessThanOrEqual(101);
      if (process.env.FUZZ_RUNS) {
        const started = performance.now();
        const r = runPlan(['validate'], { cwd: fixture.root });
        const seconds = (performance.now() - started) / 1000;
        process.stdout.write(
          `hostile: ${seconds.toFixed(2)} s, exit ${r.exitCode}: ${content.length.toLocaleString('en-GB')} characters, ${mine[0]?.message ?? ''}\n`,
        );
        expect(r.exitCode).toBe(message ? 1 : 0);
      }
    } finally {
      fixture.cleanup();
    }
  });
});
