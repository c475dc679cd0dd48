import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, canMountTmpfs, makeFixture, runPlan, tempFolders } from './helpers.js';

/**
 * plan report --format pdf when LibreOffice misbehaves or the run is stopped (issue 21, items 10–12).
 * A fake LibreOffice (PLAN_SOFFICE) plays each part; it takes the folder after --outdir, as soffice does.
 */

const temp = tempFolders('plan-pdf-safety-');
afterAll(temp.removeAll);

/** A fake soffice running `body` with $OUT set to its --outdir. */
function fakeOffice(body: string): string {
  const file = join(temp.make(), 'soffice');
  writeFileSync(file, `#!/bin/sh\nwhile [ "$1" != "--outdir" ]; do shift; done\nOUT="$2"\n${body}\n`, { mode: 0o755 });
  return file;
}

/** Whether a process is alive: one ended but not yet reaped (a zombie, state Z) is not. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

describe('LibreOffice misbehaving', () => {
  it('a truncated PDF (LibreOffice exits 0): "LibreOffice wrote a damaged PDF", exit 2, nothing written', () => {
    const fixture = makeFixture();
    const fake = fakeOffice('printf "%%PDF-1.7\\n1 0 obj\\n<< /Type /Catalog" > "$OUT/report.pdf"\nexit 0');
    const r = runPlan(['report', '--quarter', 'Q3', '--format', 'docx,pdf'], { cwd: fixture.root, env: { PLAN_SOFFICE: fake } });
    const wrote = existsSync(join(fixture.root, 'out'));
    fixture.cleanup();
    expect(r.stderr).toMatch(/^plan: error: cannot write the PDF: LibreOffice wrote a damaged PDF; no file was written\n {2}hint: /);
    expect(r.exitCode).toBe(2);
    expect(wrote).toBe(false);
  });

  // 600 MB is more than V8's longest string, so a reader that kept it all would crash. On two cores at
  // load 8–13 piping that much reached runPlan's default 60 s bound (plan was stopped and said
  // "interrupted"), so this run may take up to 4 minutes before it is taken as hung.
  it('a LibreOffice that floods stderr (600 MB): its last words, exit 2, no crash', { timeout: 300_000 }, () => {
    const fixture = makeFixture();
    const fake = fakeOffice('head -c 600000000 /dev/zero | tr "\\0" x >&2\necho >&2\necho "Error: out of paper" >&2\nexit 1');
    const r = runPlan(['report', '--quarter', 'Q3', '--format', 'pdf'], {
      cwd: fixture.root,
      env: { PLAN_SOFFICE: fake },
      killAfterMs: 240_000,
    });
    fixture.cleanup();
    expect(r.stderr).toContain('LibreOffice did not make it (it said: Error: out of paper)');
    expect(r.stderr.length).toBeLessThan(1000);
    expect(r.exitCode).toBe(2);
  });

  it.each([
    ['missing', (dir: string) => join(dir, 'no-such-folder'), 'the folder does not exist'],
    [
      'a file',
      (dir: string) => {
        writeFileSync(join(dir, 'file'), '');
        return join(dir, 'file');
      },
      'it is not a folder',
    ],
  ])('TMPDIR %s: a plain message naming it, exit 3', (_, make, reason) => {
    const fixture = makeFixture();
    const tmp = make(temp.make());
    const r = runPlan(['report', '--quarter', 'Q3', '--format', 'pdf'], {
      cwd: fixture.root,
      env: { TMPDIR: tmp, PLAN_SOFFICE: fakeOffice('exit 1') },
    });
    fixture.cleanup();
    expect(r.stderr).toContain(
      `plan: error: cannot make the PDF: plan cannot use the temporary folder ${tmp}: ${reason}; no file was written`,
    );
    expect(r.stderr).toContain('hint: set TMPDIR to a folder you may write to');
    expect(r.exitCode).toBe(3);
  });
});

describe.runIf(canMountTmpfs())('a full TMPDIR', () => {
  it('the .docx for LibreOffice does not fit: "the disk is full", exit 3, nothing left in it', () => {
    const fixture = makeFixture();
    const tmp = temp.make();
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=8k', 'tmpfs', tmp]);
    try {
      const r = runPlan(['report', '--quarter', 'Q3', '--format', 'pdf'], {
        cwd: fixture.root,
        env: { TMPDIR: tmp, PLAN_SOFFICE: fakeOffice('exit 1') },
      });
      expect(r.stderr).toContain(`plan cannot use the temporary folder ${tmp}: the disk is full; no file was written`);
      expect(r.exitCode).toBe(3);
      expect(readdirSync(tmp)).toEqual([]);
    } finally {
      execFileSync('umount', [tmp]);
      fixture.cleanup();
    }
  });
});

describe('Ctrl-C while LibreOffice runs', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)(
    '%s ends plan and LibreOffice within a second, and removes the temporary folder',
    async (signal) => {
      const fixture = makeFixture();
      const tmp = temp.make();
      const pidFile = join(temp.make(), 'pid');
      // Like soffice, the fake starts a helper of its own (its "soffice.bin") and waits for it.
      const fake = fakeOffice(`sleep 60 &\necho $! > "${pidFile}"\nwait`);
      const child = spawn(process.execPath, [BIN, 'report', '--quarter', 'Q3', '--format', 'pdf'], {
        cwd: fixture.root,
        env: { ...process.env, NO_COLOR: '1', TMPDIR: tmp, PLAN_SOFFICE: fake },
        stdio: 'ignore',
      });
      const exited = new Promise<{ code: number | null; ms: number }>((done) => {
        let sentAt = 0;
        const poll = setInterval(() => {
          if (sentAt === 0 && existsSync(pidFile) && readFileSync(pidFile, 'utf8').trim() !== '') {
            sentAt = performance.now();
            child.kill(signal);
          }
        }, 10);
        child.on('exit', (code, sig) => {
          clearInterval(poll);
          done({ code: code ?? (sig ? -1 : null), ms: sentAt === 0 ? Number.NaN : performance.now() - sentAt });
        });
      });
      const { code, ms } = await exited;
      const helper = Number(readFileSync(pidFile, 'utf8'));
      // The helper is ended by a kill, so give the system a moment to take it away.
      const deadline = performance.now() + 1000;
      while (isRunning(helper) && performance.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      const left = readdirSync(tmp);
      const wrote = existsSync(join(fixture.root, 'out'));
      fixture.cleanup();
      console.log(`${signal} during LibreOffice: plan ended ${Math.round(ms)} ms later`);
      expect(ms).toBeLessThan(1000);
      expect(code).toBe(signal === 'SIGINT' ? 130 : 143);
      expect(isRunning(helper)).toBe(false);
      expect(left).toEqual([]);
      expect(wrote).toBe(false);
    },
  );
});
