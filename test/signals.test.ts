import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeFixture, runPlan, tempFolders } from './helpers.js';

/**
 * Nothing stops Ctrl-C (issue 21, items 4–5): no path plan reads or writes can make it wait, and a
 * signal ends plan within a second in every phase, also in the middle of long computation.
 */

const temp = tempFolders('plan-signals-');
afterAll(temp.removeAll);


describe('paths that could make plan wait', () => {
  it('a named pipe called package.json: plan --version answers at once', () => {
    const dir = temp.make();
    execFileSync('mkfifo', [join(dir, 'package.json')]);
    const r = runPlan(['--version'], { cwd: dir });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('$GITHUB_STEP_SUMMARY a named pipe: a warning, the check still runs and ends', () => {
    const fixture = makeFixture();
    const pipe = join(fixture.root, 'summary');
    execFileSync('mkfifo', [pipe]);
    const r = runPlan(['validate', '--format', 'github'], { cwd: fixture.root, env: { GITHUB_STEP_SUMMARY: pipe } });
    fixture.cleanup();
    expect(r.stderr).toContain('plan: warning: cannot write the job summary (it is a named pipe');
    expect(r.exitCode).toBe(0);
  });

  it('a converter that leaves report.pdf as a link to a named pipe: refused at once, nothing written', () => {
    const fixture = makeFixture();
    const fake = join(fixture.root, 'fake-soffice');
    // Takes the folder after --outdir, as LibreOffice does, and leaves a pipe there behind a link.
    writeFileSync(fake, '#!/bin/sh\nwhile [ "$1" != "--outdir" ]; do shift; done\nmkfifo "$2/pipe" && ln -s pipe "$2/report.pdf"\n');
    chmodSync(fake, 0o755);
    const r = runPlan(['report', '--quarter', 'Q3', '--format', 'pdf'], { cwd: fixture.root, env: { PLAN_SOFFICE: fake } });
    const wrote = existsSync(join(fixture.root, 'out'));
    fixture.cleanup();
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('cannot write the PDF');
    expect(wrote).toBe(false);
  });
});
