import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, tempFolders } from './helpers.js';

/**
 * The release files of `npm run package` (release/, ignored by git): the Linux single executable runs
 * every command with no node on PATH and writes the same report bytes as the command npm installs from
 * the packed tarball. Run `npm run package` first (about a minute); without release/ these tests are
 * skipped and say why. `npm run test:package` runs them.
 */
const RELEASE = join(ROOT, 'release');
const EXE = join(RELEASE, 'plan-linux-x64');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const TARBALL = join(RELEASE, `council-plan-plan-${version}.tgz`);
const built = existsSync(EXE) && existsSync(TARBALL);
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
