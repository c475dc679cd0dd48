import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BASE_FILES, type Fixture, makeFixture, runCliInProcess, runPlanAsync, runPlanInProcess } from './helpers.js';

/** Two writers at once (issue 21, items 1–3): one command at a time changes a plans folder. */

let fixture: Fixture | undefined;
afterEach(() => {
  fixture?.cleanup();
  fixture = undefined;
  vi.restoreAllMocks();
  vi.doUnmock('node:fs/promises');
  vi.resetModules();
});

/** Every file below a folder, with its bytes. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else out[relative(dir, path)] = readFileSync(path).toString('hex');
    }
  };
  walk(dir);
  return out;
}

interface Hooks {
  /** Called as plan opens each temporary file it writes (0-based). */
  onTemp?: (n: number) => void;
  /** What link() does instead (a file system without hard links). */
  linkCode?: string;
}

/** Run plan in this process with node:fs/promises watched, as all-or-nothing.test.ts does. */
async function runInProcess(args: string[], cwd: string, hooks: Hooks) {
  const fs = await import('node:fs/promises');
  let temps = 0;
  vi.doMock('node:fs/promises', async () => ({
    ...fs,
    open: (async (...a: Parameters<typeof fs.open>) => {
      if (String(a[0]).endsWith('.tmp')) hooks.onTemp?.(temps++);
      return fs.open(...a);
    }) as typeof fs.open,
    link: (async (from: string, to: string) => {
      if (hooks.linkCode) throw Object.assign(new Error(hooks.linkCode), { code: hooks.linkCode });
      return fs.link(from, to);
    }) as typeof fs.link,
  }));
  vi.resetModules();
  return runCliInProcess(args, cwd);
}

/** The base plan's alpha section with its first action deleted, as an editor would save it. */
const WITHOUT_FIRST_ACTION = BASE_FILES['1.1-alpha.yaml']!.replace(/ {2}- id: alpha-one\n(?: {4}.*\n)+?(?= {2}- id:)/, '');

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
      // The plan both left is valid (checked in this process: the two runs above are the real processes).
      expect((await runCliInProcess(['validate'], fixture.root)).exitCode).toBe(0);
    }
  });

  it('says which command holds the folder, and changes nothing', async () => {
    fixture = makeFixture();
    const before = readFileSync(join(fixture.plans, '1.1-alpha.yaml'));
    // A lock held by a live process (this test's own) on this machine.
    const lock = join(fixture.root, '.plans.plan-lock');
    writeFileSync(lock, JSON.stringify({ pid: process.pid, host: hostname(), command: 'plan import', started: Date.now() }));
    // Both wait out the lock (three seconds) at the same time rather than one after the other.
    const [run, fix] = await Promise.all([
      runPlanAsync(['new-quarter', 'Q4'], { cwd: fixture.root }),
      runPlanAsync(['validate', '--fix'], { cwd: fixture.root }),
    ]);
    expect(run.exitCode).toBe(3);
    expect(run.stderr).toContain(`being changed by "plan import" (process ${process.pid}`);
    expect(run.stderr).toContain('.plans.plan-lock');
    expect(readFileSync(join(fixture.plans, '1.1-alpha.yaml'))).toEqual(before);
    expect(fix.exitCode).toBe(3);
    expect(fix.stderr).toContain('being changed by "plan import"');
  });

  it('takes over a lock left by a run that was killed outright', async () => {
    fixture = makeFixture();
    // A process id that is not running: a child that has already ended.
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    const lock = join(fixture.root, '.plans.plan-lock');
    writeFileSync(lock, JSON.stringify({ pid: Number(gone), host: hostname(), command: 'plan new-quarter Q4', started: Date.now() }));
    const run = await runPlanInProcess(['new-quarter', 'Q4'], { cwd: fixture.root });
    expect(run.exitCode, run.stderr).toBe(0);
    expect(readFileSync(join(fixture.plans, '1.1-alpha.yaml'), 'utf8').match(/^ {6}Q4:/gm)?.length).toBe(2);
    expect(() => readFileSync(lock)).toThrow();
  });
});

describe('an editor saving while plan works', () => {
  it('new-quarter: a section saved meanwhile keeps the save; nothing of the run is written (exit 3)', async () => {
    expect(WITHOUT_FIRST_ACTION).not.toContain('alpha-one');
    fixture = makeFixture({
      'extra.yaml':
        'section: "1.2"\ntitle: Beta\nactions:\n  - id: beta\n    action: B\n    updates:\n      Q3:\n        status: ok\n        narrative: n\n',
    });
    const alpha = join(fixture.plans, '1.1-alpha.yaml');
    const run = await runInProcess(['new-quarter', 'Q4'], fixture.root, {
      // The officer deletes an action and saves, after plan has read the plan.
      onTemp: (n) => {
        if (n === 0) writeFileSync(alpha, WITHOUT_FIRST_ACTION);
      },
    });
    const saved = snapshot(fixture.plans);
    expect(run.exitCode).toBe(3);
    expect(run.stderr).toContain('plans/1.1-alpha.yaml changed while plan was working; nothing was changed');
    // The editor's save, and every other file as before: no Q4 anywhere, no temporary file.
    expect(readFileSync(alpha, 'utf8')).toBe(WITHOUT_FIRST_ACTION);
    expect(Object.keys(saved).sort()).toEqual(['1.1-alpha.yaml', 'extra.yaml', 'plan.yaml']);
    expect(readFileSync(join(fixture.plans, 'extra.yaml'), 'utf8')).not.toContain('Q4');
  });

  it('new-quarter: a section changed after another was already replaced puts that one back', async () => {
    fixture = makeFixture({
      '1.0-first.yaml':
        'section: "1.0"\ntitle: First\nactions:\n  - id: first\n    action: F\n    updates:\n      Q3:\n        status: ok\n        narrative: n\n',
    });
    const alpha = join(fixture.plans, '1.1-alpha.yaml');
    const before = snapshot(fixture.plans);
    // The second temporary file is written after the first file's bytes were read; the change lands
    // just before plan replaces the files, one by one.
    const run = await runInProcess(['new-quarter', 'Q4'], fixture.root, {
      onTemp: (n) => {
        if (n === 1) setImmediate(() => writeFileSync(alpha, WITHOUT_FIRST_ACTION));
      },
    });
    expect(run.exitCode).toBe(3);
    expect(run.stderr).toContain('changed while plan was working; nothing was changed');
    expect(snapshot(fixture.plans)).toEqual({ ...before, '1.1-alpha.yaml': Buffer.from(WITHOUT_FIRST_ACTION).toString('hex') });
  });

  it('validate --fix: an editor save made while it writes is kept', async () => {
    fixture = makeFixture({ '1.1-alpha.yaml': BASE_FILES['1.1-alpha.yaml']!.replace('status: Onward going', 'status:Onward going') });
    const alpha = join(fixture.plans, '1.1-alpha.yaml');
    const editorText = BASE_FILES['1.1-alpha.yaml']!.replace('Going well.', 'Going very well.');
    const run = await runInProcess(['validate', '--fix'], fixture.root, {
      onTemp: (n) => {
        if (n === 0) writeFileSync(alpha, editorText);
      },
    });
    expect(run.exitCode).toBe(3);
    expect(run.stderr).toContain('plans/1.1-alpha.yaml changed while plan was working; nothing was changed');
    expect(readFileSync(alpha, 'utf8')).toBe(editorText);
  });
});

describe('a file system without hard links (FAT, exFAT, some network shares)', () => {
  it.each(['EPERM', 'ENOTSUP', 'EXDEV'])(
    'link() failing with %s: new-quarter and --fix keep the old files by copy and work',
    async (code) => {
      fixture = makeFixture({ '1.1-alpha.yaml': BASE_FILES['1.1-alpha.yaml']!.replace('status: Onward going', 'status:Onward going') });
      const fix = await runInProcess(['validate', '--fix'], fixture.root, { linkCode: code });
      expect(fix.stderr).toContain('fixed 1 slip');
      expect(fix.exitCode).toBe(0);
      const run = await runInProcess(['new-quarter', 'Q4'], fixture.root, { linkCode: code });
      expect(run.stderr).toContain('added Q4 updates to 2 actions');
      expect(run.exitCode).toBe(0);
      expect(readdirSync(fixture.plans).sort()).toEqual(['1.1-alpha.yaml', 'plan.yaml']);
    },
  );
});
