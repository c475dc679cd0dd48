import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Case, cases } from './bad-input-cases.js';
import { makeFixture, type RunResult, runPlanAsync, runPlanInProcess } from './helpers.js';

/**
 * Every row of the bad-input table, run through plan's CLI for both commands: the exact file:line:col,
 * the message, the hint, the exit code, no stack trace, and for `plan report` nothing written when
 * there is an error. Every row runs in this process (runPlanInProcess); every tenth row, the first
 * included, runs through the built binary as officers and CI run it too, so that the bundle, its exit
 * codes and its streams are checked on rows of every kind without a process start for each of 200 runs.
 */

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

type Run = (args: string[], options: { cwd: string }) => Promise<RunResult>;

function expectations(c: Case, run: Run) {
  const errors = (c.severity ?? 'error') === 'error';
  const line = new RegExp(
    `^${escapeRegExp(c.at)}: ${c.severity ?? 'error'}: .*${c.message.source}`,
    `m${c.message.flags.replace('m', '')}`,
  );

  it(`plan validate exits ${errors ? 1 : 0} and reports it at ${c.at}`, async () => {
    const fixture = makeFixture(c.files);
    try {
      const r = await run(['validate', ...(c.quarter ? ['--quarter', c.quarter] : [])], { cwd: fixture.root });
      expect(r.stderr).toMatch(line);
      if (c.hint) expect(r.stderr).toMatch(new RegExp(`^${escapeRegExp(c.at)}: .*\\n  hint: .*${c.hint.source}`, 'm'));
      expect(r.exitCode).toBe(errors ? 1 : 0);
      expect(r.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
      expect(r.stdout).toBe('');
    } finally {
      fixture.cleanup();
    }
  });

  it(`plan report exits ${errors ? 1 : 0}, reports it at ${c.at}${errors ? ' and writes nothing' : ''}`, async () => {
    const fixture = makeFixture(c.files);
    try {
      const r = await run(['report', '--quarter', c.quarter ?? 'Q3', '--out', 'report.docx'], { cwd: fixture.root });
      expect(r.stderr).toMatch(line);
      expect(r.exitCode).toBe(errors ? 1 : 0);
      expect(existsSync(join(fixture.root, 'report.docx'))).toBe(!errors);
      expect(r.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
    } finally {
      fixture.cleanup();
    }
  });
}

// In this process: one run at a time (a run changes the working folder and captures the streams).
describe.each(cases)('$name', (c) => expectations(c, runPlanInProcess));

describe.concurrent.each(cases.filter((_, i) => i % 10 === 0))('the built binary: $name', (c) => expectations(c, runPlanAsync));
