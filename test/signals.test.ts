import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, canRun, makeFixture, runPlan, tempFolders } from './helpers.js';

/**
 * Nothing stops Ctrl-C (issue 21, items 4–5): no path plan reads or writes can make it wait, and a
 * signal ends plan within a second in every phase, also in the middle of long computation.
 */

const temp = tempFolders('plan-signals-');
afterAll(temp.removeAll);

const ONE_SECOND = 1000;

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

/** CPU time (user + system) a process has used so far, in ms, from /proc. */
function cpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8')
      .replace(/^.*\) /, '')
      .split(' ');
    // utime and stime are fields 14 and 15 of the line, in clock ticks (100 a second on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

/** A plan of 10,000 actions with long narratives: seconds of work for plan report. */
function bigPlan(): string {
  const dir = temp.make();
  const plans = join(dir, 'plans');
  mkdirSync(plans);
  writeFileSync(
    join(plans, 'plan.yaml'),
    'title: Big\nappendix: Appendix 1\nfinancialYear:\n  label: 2013/14\n  starts: 2013-04-01\ncouncils:\n  CDC: Cherwell\n',
  );
  const words = 'the council will review the contract register and agree savings with each supplier before the quarter ends'.split(' ');
  for (let s = 1; s <= 20; s++) {
    let text = `section: "${s}"\ntitle: Section ${s}\nactions:\n`;
    for (let a = 0; a < 500; a++) {
      const narrative = Array.from({ length: 120 }, (_, k) => words[(k * 7 + a + s) % words.length]).join(' ');
      text += `  - id: a-${s}-${a}\n    action: Do thing ${a}\n    updates:\n      Q3:\n        status: Onward going\n        narrative: ${narrative}.\n`;
    }
    writeFileSync(join(plans, `${s}-section.yaml`), text);
  }
  return dir;
}

/**
 * Start plan, wait until it has used `busyMs` of CPU (past start-up, deep in its work), send the
 * signal, and measure how long it takes to end.
 */
function endAfterSignal(args: string[], cwd: string, signal: NodeJS.Signals, busyMs: number): Promise<{ ms: number; ended: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: 'ignore', env: { ...process.env, NO_COLOR: '1' } });
    let sentAt = 0;
    const poll = setInterval(() => {
      if (sentAt === 0 && cpuMs(child.pid!) >= busyMs) {
        sentAt = performance.now();
        child.kill(signal);
      }
    }, 5);
    child.on('error', fail);
    child.on('exit', (code, sig) => {
      clearInterval(poll);
      if (sentAt === 0) fail(new Error(`plan ended (${code ?? sig}) before it had used ${busyMs} ms of CPU`));
      else done({ ms: performance.now() - sentAt, ended: String(sig ?? code) });
    });
  });
}

const PROC = canRun('/proc/self/stat', () => existsSync('/proc/self/stat'), "plan's CPU time is read from Linux /proc");
describe.runIf(PROC)('a signal in the middle of long work', () => {
  const dir = bigPlan();
  it.each([
    ['SIGTERM', 600],
    ['SIGINT', 900],
  ] as const)('%s after %i ms of CPU in plan report of 10,000 actions ends plan within a second', async (signal, busy) => {
    const { ms } = await endAfterSignal(['report', '--quarter', 'Q3', '--format', 'docx,html,json'], dir, signal, busy);
    console.log(`${signal} after ${busy} ms of CPU: plan ended ${Math.round(ms)} ms later`);
    expect(ms).toBeLessThan(ONE_SECOND);
    // Ended before writing: no report, and no temporary file.
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});

describe('the signal handler is set only while something must be undone', () => {
  it('a write holds it; before and after, the operating system ends plan at once', async () => {
    const { Interrupts } = await import('../src/shared/interrupt.js');
    const { writeFileAtomic } = await import('../src/shared/write-file.js');
    const states: boolean[] = [];
    const run = new Interrupts();
    run.watch((armed) => states.push(armed));
    const dir = temp.make();
    await run.run(() => Promise.all([writeFileAtomic(join(dir, 'a.txt'), 'a'), writeFileAtomic(join(dir, 'b.txt'), 'b')]));
    expect(states).toEqual([true, false]);
  });

  it("each run has its own: a write in one run of plan arms no other run's handler", async () => {
    // Module-level state in interrupt.ts would tell every watcher of the process (issue 25, item 3).
    const { Interrupts } = await import('../src/shared/interrupt.js');
    const { writeFileAtomic } = await import('../src/shared/write-file.js');
    const [one, other] = [new Interrupts(), new Interrupts()];
    const states: boolean[] = [];
    other.watch((armed) => states.push(armed));
    await one.run(() => writeFileAtomic(join(temp.make(), 'a.txt'), 'a'));
    expect(states).toEqual([]);
    expect(await other.undoAll()).toBe(0);
  });
});
