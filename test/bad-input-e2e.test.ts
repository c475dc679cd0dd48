import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cases } from './bad-input-cases.js';
import { makeFixture, runPlanAsync } from './helpers.js';

/**
 * Every row of the bad-input table, run through the built binary as officers and CI run it, for both
 * commands: the exact file:line:col, the message, the hint, the exit code, no stack trace, and for
 * `plan report` nothing written when there is an error.
 */

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

describe.concurrent.each(cases)('$name', (c) => {
  const errors = (c.severity ?? 'error') === 'error';
  const line = new RegExp(
    `^${escapeRegExp(c.at)}: ${c.severity ?? 'error'}: .*${c.message.source}`,
    `m${c.message.flags.replace('m', '')}`,
  );

  it(`plan validate exits ${errors ? 1 : 0} and reports it at ${c.at}`, async () => {
    const fixture = makeFixture(c.files);
    try {
      const r = await runPlanAsync(['validate', ...(c.quarter ? ['--quarter', c.quarter] : [])], { cwd: fixture.root });
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
      const r = await runPlanAsync(['report', '--quarter', c.quarter ?? 'Q3', '--out', 'report.docx'], { cwd: fixture.root });
      expect(r.stderr).toMatch(line);
      expect(r.exitCode).toBe(errors ? 1 : 0);
      expect(existsSync(join(fixture.root, 'report.docx'))).toBe(!errors);
      expect(r.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
    } finally {
      fixture.cleanup();
    }
  });
});
