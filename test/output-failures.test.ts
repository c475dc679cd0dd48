import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../src/cli.js';
import { BIN, canMountTmpfs, type Fixture, makeFixture, runPlan, runPlanAsync, runPlanInProcess } from './helpers.js';

/**
 * Whatever goes wrong while writing, the officer gets one line naming the file, exit 3, the previous
 * report byte-identical, and no temporary files left behind.
 */

let fixture: Fixture;
let expected: Buffer;
const OLD = Buffer.from('the previous report, which must survive');

beforeAll(async () => {
  const f = makeFixture();
  await runPlanInProcess(['report', '--quarter', 'Q3', '--out', 'expected.docx'], { cwd: f.root });
  expected = readFileSync(join(f.root, 'expected.docx'));
  f.cleanup();
});
afterEach(() => {
  vi.restoreAllMocks();
  fixture?.cleanup();
});

const tempFiles = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.tmp'));

/** Run the CLI in this process, capturing what it prints. */
async function runInProcess(args: string[], program?: Command): Promise<{ stdout: string; stderr: string; exitCode: number }> {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  try {
    const exitCode = await runCli(['node', 'plan', ...args], program);
    return { stdout, stderr, exitCode };
  } finally {
    vi.restoreAllMocks();
  }
}

type Fs = typeof import('node:fs/promises');

/**
 * Run `plan report` in this process with some of node:fs/promises replaced, as a real failure of the
 * file system would behave, and capture what it prints.
 */
async function reportWithFaultyFs(out: string, faults: (fs: Fs) => Partial<Fs>): Promise<{ exitCode: number; stderr: string }> {
  const fs = await import('node:fs/promises');
  vi.doMock('node:fs/promises', async () => ({ ...fs, ...faults(fs) }));
  vi.resetModules();
  try {
    const { runCli: freshRunCli } = await import('../src/cli.js');
    let stderr = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((c: string | Uint8Array) => {
      stderr += String(c);
      return true;
    });
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const exitCode = await freshRunCli(['node', 'plan', 'report', '--quarter', 'Q3', '--plans', fixture.plans, '--out', out]);
    return { exitCode, stderr };
  } finally {
    vi.restoreAllMocks();
    vi.doUnmock('node:fs/promises');
    vi.resetModules();
  }
}

describe('a full disk', () => {
  it.runIf(canMountTmpfs())(
    'on a real 48 KB file system: exit 3, "the disk is full", the previous report intact, no temporary file',
    () => {
      fixture = makeFixture();
      const disk = join(fixture.root, 'disk');
      mkdirSync(disk);
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=48k', 'tmpfs', disk]);
      try {
        writeFileSync(join(disk, 'report.docx'), OLD);
        writeFileSync(join(disk, 'filler'), Buffer.alloc(36 * 1024)); // leave less room than a report needs (about 25 KB)
        const r = runPlan(['report', '--quarter', 'Q3', '--out', join(disk, 'report.docx')], { cwd: fixture.root });
        expect(r.exitCode).toBe(3);
        expect(r.stderr).toBe(
          `plan: error: cannot write disk/report.docx: the disk is full; the previous report, if any, is unchanged\n  hint: free some space and run plan report again\n`,
        );
        expect(readFileSync(join(disk, 'report.docx')).equals(OLD)).toBe(true);
        expect(tempFiles(disk)).toEqual([]);
      } finally {
        execFileSync('umount', [disk]);
      }
    },
  );

  it('when the write fails with ENOSPC (injected): the same message, the previous report intact', async () => {
    fixture = makeFixture();
    const out = join(fixture.root, 'report.docx');
    writeFileSync(out, OLD);
    const r = await reportWithFaultyFs(out, (fs) => ({
      open: (async (...args: Parameters<Fs['open']>) => {
        const handle = await fs.open(...args);
        return new Proxy(handle, {
          get(target, key) {
            if (key === 'writeFile')
              return async () => Promise.reject(Object.assign(new Error('no space left on device'), { code: 'ENOSPC' }));
            const value = Reflect.get(target, key);
            return typeof value === 'function' ? value.bind(target) : value;
          },
        });
      }) as Fs['open'],
    }));
    const { exitCode: code, stderr } = r;
    expect(code).toBe(3);
    expect(stderr).toMatch(/cannot write .*report\.docx: the disk is full; the previous report, if any, is unchanged/);
    expect(readFileSync(out).equals(OLD)).toBe(true);
    expect(tempFiles(fixture.root)).toEqual([]);
  });
});

describe('a report open in Word (EBUSY / EPERM)', () => {
  async function withLockedRename(failures: number, code: 'EBUSY' | 'EPERM') {
    fixture = makeFixture();
    const out = join(fixture.root, 'report.docx');
    writeFileSync(out, OLD);
    let calls = 0;
    const { exitCode, stderr } = await reportWithFaultyFs(out, (fs) => ({
      rename: async (from: Parameters<Fs['rename']>[0], to: Parameters<Fs['rename']>[1]) => {
        if (++calls <= failures) throw Object.assign(new Error('resource busy or locked'), { code });
        return fs.rename(from, to);
      },
    }));
    return { exitCode, stderr, out, calls };
  }

  it('retries briefly and succeeds when the lock is released', async () => {
    const r = await withLockedRename(2, 'EBUSY');
    expect(r.exitCode).toBe(0);
    expect(r.calls).toBe(3);
    expect(readFileSync(r.out).equals(expected)).toBe(true);
    expect(tempFiles(fixture.root)).toEqual([]);
  });

  it.each(['EBUSY', 'EPERM'] as const)('with %s that stays: exit 3, "close it in Word", the previous report intact', async (code) => {
    const r = await withLockedRename(99, code);
    expect(r.exitCode).toBe(3);
    expect(r.calls).toBe(4);
    expect(r.stderr).toMatch(
      /cannot write .*report\.docx: (the file is open in another program|the file is locked or permission was denied)/,
    );
    expect(r.stderr).toMatch(/hint: .*close it/i);
    expect(readFileSync(r.out).equals(OLD)).toBe(true);
    expect(tempFiles(fixture.root)).toEqual([]);
  });
});

describe('a folder where files can be made but not renamed or removed (append-only)', () => {
  it('tries the rename again without making more temporary files, and names the one it could not remove', async () => {
    fixture = makeFixture();
    const out = join(fixture.root, 'report.docx');
    writeFileSync(out, OLD);
    let opened = 0;
    const { exitCode, stderr } = await reportWithFaultyFs(out, (fs) => ({
      open: (async (...args: Parameters<Fs['open']>) => {
        if (String(args[0]).endsWith('.tmp')) opened++;
        return fs.open(...args);
      }) as Fs['open'],
      rename: async () => {
        throw Object.assign(new Error('operation not permitted'), { code: 'EPERM' });
      },
      unlink: async () => {
        throw Object.assign(new Error('operation not permitted'), { code: 'EPERM' });
      },
    }));
    expect(exitCode).toBe(3);
    expect(opened).toBe(1);
    expect(tempFiles(fixture.root)).toHaveLength(1);
    expect(stderr).toMatch(
      new RegExp(`; the temporary file \\S*${tempFiles(fixture.root)[0]!.replace(/\./g, '\\.')} could not be removed`),
    );
    expect(readFileSync(out).equals(OLD)).toBe(true);
  });
});

describe('other targets that cannot be written', () => {
  it('a read-only previous report is kept: exit 3', async () => {
    fixture = makeFixture();
    const out = join(fixture.root, 'report.docx');
    writeFileSync(out, OLD);
    chmodSync(out, 0o444);
    const r = await runPlanInProcess(['report', '--quarter', 'Q3', '--out', 'report.docx'], { cwd: fixture.root });
    expect(r.exitCode).toBe(3);
    expect(r.stderr).toBe(
      'plan: error: cannot write report.docx: the file is read-only; the previous report is unchanged\n  hint: make it writable, or write the new report elsewhere with --out\n',
    );
    expect(readFileSync(out).equals(OLD)).toBe(true);
  });
});

describe('interrupted and concurrent runs', () => {
  it('killed at any moment, leaves either the previous report or the new one, never part of one', async () => {
    fixture = makeFixture();
    const out = join(fixture.root, 'report.docx');
    for (let i = 0; i < 12; i++) {
      writeFileSync(out, OLD);
      const child = spawn(process.execPath, [BIN, 'report', '--quarter', 'Q3', '--out', out], { cwd: fixture.root, stdio: 'ignore' });
      const exited = new Promise((done) => child.once('exit', done));
      await new Promise((done) => setTimeout(done, 50 + i * 80));
      child.kill(i % 2 === 0 ? 'SIGKILL' : 'SIGINT');
      await exited;
      const now = readFileSync(out);
      expect(now.equals(OLD) || now.equals(expected), `attempt ${i}`).toBe(true);
      // Ctrl-C removes the run's own temporary file straight away. One left by the kill -9 before is
      // removed by the next run that gets as far as writing, which this one may not have reached.
      if (i % 2 === 1) expect(tempFiles(fixture.root).filter((name) => name.includes(`.${child.pid}.`))).toEqual([]);
    }
    expect((await runPlanInProcess(['report', '--quarter', 'Q3', '--out', out], { cwd: fixture.root })).exitCode).toBe(0);
    expect(tempFiles(fixture.root)).toEqual([]);
  }, 60_000);

  it('removes a temporary file left by a run that was killed outright', async () => {
    fixture = makeFixture();
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    const stale = join(fixture.root, `.report.docx.${dead}.0badf00d.tmp`);
    writeFileSync(stale, 'half a report');
    writeFileSync(join(fixture.root, 'unrelated.tmp'), 'not ours');
    expect((await runPlanInProcess(['report', '--quarter', 'Q3', '--out', 'report.docx'], { cwd: fixture.root })).exitCode).toBe(0);
    expect(tempFiles(fixture.root)).toEqual(['unrelated.tmp']);
  });

  it('four runs at once all succeed and leave one complete report', async () => {
    fixture = makeFixture();
    const results = await Promise.all(
      Array.from({ length: 4 }, () => runPlanAsync(['report', '--quarter', 'Q3', '--out', 'report.docx'], { cwd: fixture.root })),
    );
    expect(results.map((r) => r.exitCode)).toEqual([0, 0, 0, 0]);
    expect(readFileSync(join(fixture.root, 'report.docx')).equals(expected)).toBe(true);
    expect(tempFiles(fixture.root)).toEqual([]);
  });
});

describe('a bug in plan', () => {
  const crashing = () => {
    const program = new Command('plan').option('--debug');
    program.command('crash').action(() => {
      throw new TypeError("Cannot read properties of undefined (reading 'x')");
    });
    return program;
  };

  it('prints one line saying it is a bug and where to report it, exit 70, no stack', async () => {
    const r = await runInProcess(['crash'], crashing());
    expect(r.exitCode).toBe(70);
    expect(r.stderr).toBe(
      "plan: internal error: Cannot read properties of undefined (reading 'x')\nThis is a bug in plan, not a problem with your plan. Please report it at the plan repository's issue tracker (see \"Reporting a bug\" in README.md), with the output of the same command run with --debug.\n",
    );
  });

  it('prints the stack only under --debug', async () => {
    const r = await runInProcess(['--debug', 'crash'], crashing());
    expect(r.exitCode).toBe(70);
    expect(r.stderr).toMatch(/\n\s+at .*output-failures\.test\.ts/);
  });
});

describe('paths', () => {
  it('does not read plan data through a symbolic link to a file elsewhere', async () => {
    fixture = makeFixture();
    const secret = join(fixture.root, 'secret.yaml');
    writeFileSync(secret, 'section: "9.9"\ntitle: Secret\nactions: []\n');
    execFileSync('ln', ['-s', secret, join(fixture.plans, '9.9-secret.yaml')]);
    const r = await runPlanInProcess(['report', '--quarter', 'Q3', '--out', 'r.docx'], { cwd: fixture.root });
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toMatch(/plans\/9.9-secret.yaml:1:1: warning: symbolic link not followed/);
    expect(readFileSync(join(fixture.root, 'r.docx')).equals(expected)).toBe(true);
  });

  it('refuses --template that is a folder', async () => {
    fixture = makeFixture();
    const r = await runPlanInProcess(['report', '--quarter', 'Q3', '--template', 'plans'], { cwd: fixture.root });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/template plans is a folder, not a file/);
  });

  it('copies nothing into the plans folder', async () => {
    fixture = makeFixture();
    const before = readdirSync(fixture.plans).sort();
    await runPlanInProcess(['report', '--quarter', 'Q3'], { cwd: fixture.root });
    await runPlanInProcess(['validate'], { cwd: fixture.root });
    expect(readdirSync(fixture.plans).sort()).toEqual(before);
    copyFileSync(join(fixture.plans, 'plan.yaml'), join(fixture.root, 'kept.yaml'));
  });
});
