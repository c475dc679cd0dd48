import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Fixture, makeFixture, runPlan, runPlanAsync } from './helpers.js';

/** Two writers at once (issue 21, items 1–3): one command at a time changes a plans folder. */

let fixture: Fixture | undefined;
afterEach(() => fixture?.cleanup());

const ROUNDS = 10;

describe('two commands that change the plans folder at once', () => {
  it(`two plan new-quarter Q4 started together add each Q4 block once (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      fixture?.cleanup();
      fixture = makeFixture();
      const runs = await Promise.all([0, 1].map(() => runPlanAsync(['new-quarter', 'Q4'], { cwd: fixture!.root })));
      for (const run of runs) {
        // Either it ran (alone), or it waited and then said who holds the folder, changing nothing.
        if (run.exitCode !== 0) {
          expect(run.exitCode, run.stderr).toBe(3);
          expect(run.stderr).toMatch(/being changed by "plan new-quarter Q4" \(process \d+/);
          expect(run.stderr).toContain('nothing was changed');
        }
      }
      expect(runs.some((r) => r.exitCode === 0)).toBe(true);
      const text = readFileSync(join(fixture.plans, '1.1-alpha.yaml'), 'utf8');
      expect(text.match(/^ {6}Q4:/gm)?.length, `round ${round}:\n${text}`).toBe(2);
      expect(runPlan(['validate'], { cwd: fixture.root }).exitCode).toBe(0);
    }
  });

  it('says which command holds the folder, and changes nothing', () => {
    fixture = makeFixture();
    const before = readFileSync(join(fixture.plans, '1.1-alpha.yaml'));
    // A lock held by a live process (this test's own) on this machine.
    const lock = join(fixture.root, '.plans.plan-lock');
    writeFileSync(lock, JSON.stringify({ pid: process.pid, host: hostname(), command: 'plan import', started: Date.now() }));
    const run = runPlan(['new-quarter', 'Q4'], { cwd: fixture.root });
    expect(run.exitCode).toBe(3);
    expect(run.stderr).toContain(`being changed by "plan import" (process ${process.pid}`);
    expect(run.stderr).toContain('.plans.plan-lock');
    expect(readFileSync(join(fixture.plans, '1.1-alpha.yaml'))).toEqual(before);
    const fix = runPlan(['validate', '--fix'], { cwd: fixture.root });
    expect(fix.exitCode).toBe(3);
    expect(fix.stderr).toContain('being changed by "plan import"');
  });

  it('takes over a lock left by a run that was killed outright', () => {
    fixture = makeFixture();
    // A process id that is not running: a child that has already ended.
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    const lock = join(fixture.root, '.plans.plan-lock');
    writeFileSync(lock, JSON.stringify({ pid: Number(gone), host: hostname(), command: 'plan new-quarter Q4', started: Date.now() }));
    const run = runPlan(['new-quarter', 'Q4'], { cwd: fixture.root });
    expect(run.exitCode, run.stderr).toBe(0);
    expect(readFileSync(join(fixture.plans, '1.1-alpha.yaml'), 'utf8').match(/^ {6}Q4:/gm)?.length).toBe(2);
    expect(() => readFileSync(lock)).toThrow();
  });
});
