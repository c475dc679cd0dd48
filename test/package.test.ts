import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { canRun, keepReport, ROOT, tempFolders } from './helpers.js';

/**
 * The release files of `npm run package` (release/, ignored by git): the Linux single executable runs
 * every command with no node on PATH and writes the same report bytes as the command npm installs from
 * the packed tarball. Run `npm run package` first (about a minute); without release/ these tests are
 * skipped and say why. `npm run test:package` runs them.
 */
const RELEASE = join(ROOT, 'release');
const EXE = join(RELEASE, 'plan-linux-x64');
const WIN_EXE = join(RELEASE, 'plan-win-x64.exe');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const TARBALL = join(RELEASE, `council-plan-plan-${version}.tgz`);
// .ci/run builds release/ and then runs these tests with PLAN_TEST_PACKAGE=1: then they run, and fail if a
// file (or wine) is missing, rather than skip.
const required = process.env.PLAN_TEST_PACKAGE === '1';
const built = (existsSync(EXE) && existsSync(WIN_EXE) && existsSync(TARBALL)) || required;
const wine = spawnSync('sh', ['-c', 'command -v wine'], { encoding: 'utf8' }).stdout.trim();
if (!built) process.stderr.write('test/package.test.ts: skipped: release/ is not built (run npm run package)\n');

const temp = tempFolders('plan-package-');
afterAll(temp.removeAll);

/** Run the executable with a PATH that holds no node (nor anything else). */
function runExe(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(EXE, args, { cwd, encoding: 'utf8', env: { PATH: temp.make(), HOME: cwd, NO_COLOR: '1' }, timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe.runIf(built)('release/plan-linux-x64, with no node on PATH', { timeout: 300_000 }, () => {
  it('runs validate, report, new-quarter, diff and init', () => {
    const project = temp.make();
    cpSync(join(ROOT, 'plans'), join(project, 'plans'), { recursive: true });
    expect(runExe(['validate'], project).status).toBe(0);
    const report = runExe(['report', '--quarter', 'Q3', '--format', 'docx,html,json'], project);
    expect(report.status, report.stderr).toBe(0);
    expect(report.stdout.trim().split('\n')).toHaveLength(3);
    // The executable's Word report goes through the Open XML SDK validator too (test/ooxml-global.ts).
    const docx = report.stdout.split('\n').find((line) => line.endsWith('.docx'))!;
    keepReport(join(project, docx));
    expect(runExe(['new-quarter', 'Q4'], project).status).toBe(0);
    const diff = runExe(['diff', '--from', 'Q3', '--to', 'Q4'], project);
    expect(diff.status, diff.stderr).toBe(0);
    expect(diff.stdout).toContain('Q3 → Q4');

    const own = join(temp.make(), 'my-plan');
    mkdirSync(own);
    const init = runExe(['init', '--title', 'My Plan', '--year', '2016/17', '--council', 'WBC=Westbrook Borough Council'], own);
    expect(init.status, init.stderr).toBe(0);
    expect(runExe(['validate'], own).status).toBe(0);
    expect(runExe(['schema', '--check'], own).status).toBe(0);
    expect(runExe(['report', '--quarter', 'Q1'], own).status).toBe(0);
  });

  it("passes the pre-commit hook plan init writes, with the executable as the hook's plan, before and after new-quarter Q2", () => {
    // A PATH with plan (the executable), git and pre-commit, and no node.
    const bin = temp.make();
    symlinkSync(EXE, join(bin, 'plan'));
    for (const tool of ['git', 'pre-commit']) {
      const found = spawnSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).stdout.trim();
      expect(found, `${tool} is not installed`).not.toBe('');
      symlinkSync(found, join(bin, tool));
    }
    const own = join(temp.make(), 'my-plan');
    mkdirSync(own);
    const env = { PATH: bin, HOME: own, NO_COLOR: '1', PRE_COMMIT_HOME: join(temp.make(), 'cache') };
    const sh = (line: string) => spawnSync('/bin/sh', ['-c', `${line} 2>&1`], { cwd: own, env, encoding: 'utf8', timeout: 120_000 });
    expect(sh('command -v node').status).not.toBe(0);
    const init = sh('plan init --title "My Plan" --year 2016/17 --council "WBC=Westbrook Borough Council"');
    expect(init.status, init.stdout).toBe(0);
    expect(sh('plan validate && plan report --quarter Q1').status).toBe(0);
    for (const step of ['', 'plan new-quarter Q2 && ']) {
      const hook = sh(`${step}git init -q . && git add -A && pre-commit run --all-files`);
      expect(hook.stdout).toMatch(/^plan validate\.+Passed$/m);
      expect(hook.status, hook.stdout).toBe(0);
    }
  });

  it('writes the same report bytes as the command npm installs from the packed tarball', () => {
    const prefix = temp.make();
    const install = spawnSync('npm', ['install', '-g', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', TARBALL], {
      encoding: 'utf8',
      timeout: 240_000,
    });
    expect(install.status, install.stderr).toBe(0);
    const installed = join(prefix, 'bin', 'plan');
    const formats = ['docx', 'html', 'json'];
    const viaExe = temp.make();
    const viaNpm = temp.make();
    for (const format of formats) {
      const args = ['report', '--plans', join(ROOT, 'plans'), '--quarter', 'Q3', '--format', format, '--out', `report.${format}`];
      expect(runExe(args, viaExe).status).toBe(0);
      const r = spawnSync(installed, args, {
        cwd: viaNpm,
        encoding: 'utf8',
        env: { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH}` },
      });
      expect(r.status, r.stderr).toBe(0);
      expect(readFileSync(join(viaExe, `report.${format}`)).equals(readFileSync(join(viaNpm, `report.${format}`))), format).toBe(true);
    }
  });
});

describe.runIf(built)('release/plan-win-x64.exe', { timeout: 600_000 }, () => {
  it('is a Windows program with plan injected into it (its single executable fuse is set)', () => {
    const exe = readFileSync(WIN_EXE);
    expect(exe.subarray(0, 2).toString('latin1')).toBe('MZ');
    expect(exe.readUInt32LE(exe.readUInt32LE(0x3c))).toBe(0x4550); // "PE\0\0"
    expect(exe.includes('NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2:1')).toBe(true);
    expect(exe.includes('plan needs Node.js')).toBe(false);
    expect(exe.includes('write money as a plain number')).toBe(true);
  });

  // Debian's wine 8 (apt-get install wine), in Windows 10 mode: Node 22's node.exe runs there.
  const WINE = built && (required || canRun('wine', () => wine !== '', 'wine is not installed (apt-get install wine)'));
  it.runIf(WINE)('under wine, validates and writes the same report bytes as the Linux executable', () => {
    const cwd = temp.make();
    cpSync(join(ROOT, 'plans'), join(cwd, 'plans'), { recursive: true });
    const env = { ...process.env, WINEPREFIX: join(temp.make(), 'wine'), WINEDEBUG: '-all', NO_COLOR: '1' };
    spawnSync('winecfg', ['/v', 'win10'], { env, timeout: 300_000 });
    // Wait for wine's server to write the new prefix's registry: on a busy machine node.exe otherwise
    // starts before "Windows 10" is set, and refuses the default Windows version (a CI run failed so).
    spawnSync('wineserver', ['-w'], { env, timeout: 300_000 });
    // Node under wine cannot write to a pipe (EBADF), so its output goes to files, as an officer's
    // PowerShell redirect would.
    const wineRun = (args: string[], dir: string) => {
      const r = spawnSync('sh', ['-c', '"$0" "$@" > wine.out 2> wine.err', wine, WIN_EXE, ...args], { cwd: dir, env, timeout: 300_000 });
      return {
        status: r.status,
        stdout: readFileSync(join(dir, 'wine.out'), 'utf8'),
        stderr: readFileSync(join(dir, 'wine.err'), 'utf8'),
      };
    };
    const validate = wineRun(['validate'], cwd);
    expect(validate.stderr).toContain('9 files checked, no problems');
    expect(validate.status).toBe(0);
    for (const format of ['docx', 'json']) {
      const out = `report.${format}`;
      const win = wineRun(['report', '--quarter', 'Q3', '--format', format, '--out', `win-${out}`], cwd);
      expect(win.status, win.stderr).toBe(0);
      expect(runExe(['report', '--quarter', 'Q3', '--format', format, '--out', `linux-${out}`], cwd).status).toBe(0);
      expect(readFileSync(join(cwd, `win-${out}`)).equals(readFileSync(join(cwd, `linux-${out}`))), format).toBe(true);
    }
  });
});
if (built && wine === '') process.stderr.write('test/package.test.ts: the Windows executable is not run: wine is not installed\n');
