import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The built binary, as package.json's "bin" names it. */
export const BIN = join(ROOT, 'dist', 'bin.cjs');
export const SHIPPED_PLANS = join(ROOT, 'plans');

/** A small valid plan: one plain action and one with money targets. Cases patch it. */
export const BASE_FILES: Record<string, string> = {
  'plan.yaml': [
    'title: Test Plan',
    'appendix: Appendix 1',
    'financialYear:',
    '  label: 2013/14',
    '  starts: 2013-04-01',
    'councils:',
    '  CDC: Cherwell District Council',
    '  SNC: South Northamptonshire Council',
    '',
  ].join('\n'),
  '1.1-alpha.yaml': [
    'section: "1.1"',
    'title: Alpha',
    'actions:',
    '  - id: alpha-one',
    '    action: Do the first thing',
    '    updates:',
    '      Q3:',
    '        status: Onward going',
    '        narrative: Going well.',
    '  - id: alpha-savings',
    '    action: Save money',
    '    target:',
    '      measure: savings',
    '      amounts:',
    '        CDC: 75000',
    '        SNC: 50000',
    '    updates:',
    '      Q3:',
    '        achieved:',
    '          CDC: 53726',
    '          SNC: 26796',
    '',
  ].join('\n'),
};

export interface Fixture {
  /** The folder to run plan in; the plan is in `plans/` below it. */
  root: string;
  plans: string;
  cleanup: () => void;
}

/**
 * Write a plan folder: the base files, with `files` replacing or adding some (a `null` removes one).
 * Content may be a string or raw bytes.
 */
export function makeFixture(files: Record<string, string | Uint8Array | null> = {}, base = BASE_FILES): Fixture {
  const root = mkdtempSync(join(tmpdir(), 'plan-test-'));
  const plans = join(root, 'plans');
  mkdirSync(plans);
  const all: Record<string, string | Uint8Array | null> = { ...base, ...files };
  for (const [name, content] of Object.entries(all)) {
    if (content === null) continue;
    const path = join(plans, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return { root, plans, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

export interface RunResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

let kept = 0;
/**
 * Hand a report the tests produced to the Open XML SDK validator (test/ooxml-global.ts), which checks
 * each one while the tests run: written under another name, then renamed, so that it never reads half
 * a report.
 */
export function keepReport(report: string | Uint8Array): void {
  const folder = process.env.PLAN_TEST_REPORTS;
  if (!folder) return;
  const name = join(folder, `${process.pid}-${kept++}`);
  if (typeof report === 'string') copyFileSync(report, `${name}.part`);
  else writeFileSync(`${name}.part`, report);
  renameSync(`${name}.part`, `${name}.docx`);
}

/** A successful `plan report` prints the report's path on stdout: keep that report for validation. */
function keepReportOf(args: string[], cwd: string, result: RunResult): void {
  if (args[0] !== 'report' || result.exitCode !== 0) return;
  const path = result.stdout.split('\n')[0];
  if (path?.endsWith('.docx') && existsSync(resolve(cwd, path))) keepReport(resolve(cwd, path));
}

/**
 * Run the built `plan` binary as a user would, without colour. `killAfterMs` is a safety bound for a
 * hung run (the process is sent SIGTERM), never a speed check.
 */
export function runPlan(args: string[], options: { cwd: string; env?: Record<string, string>; killAfterMs?: number }): RunResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...options.env },
    timeout: options.killAfterMs ?? 60_000,
  });
  const run = { stdout: result.stdout, stderr: result.stderr, exitCode: result.status ?? -1 };
  keepReportOf(args, options.cwd, run);
  return run;
}

/** "plans/x.yaml:3:5" for each diagnostic, to compare positions in one assertion. */
export function positionOf(d: { file: string; line: number; column: number }): string {
  return `${d.file}:${d.line}:${d.column}`;
}

/** The same as runPlan, without blocking, so that many runs can go at once. */
export function runPlanAsync(args: string[], options: { cwd: string; env?: Record<string, string> }): Promise<RunResult> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      {
        cwd: options.cwd,
        encoding: 'utf8',
        env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...options.env },
        timeout: 60_000,
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const code = error && typeof (error as { code?: unknown }).code === 'number' ? (error as { code: number }).code : error ? -1 : 0;
        const run = { stdout, stderr, exitCode: code };
        keepReportOf(args, options.cwd, run);
        done(run);
      },
    );
  });
}

/**
 * What the document must show of rich text, worked out from the typed text alone: each line less its
 * indentation, its bullet mark ("- ", "• ") and the spaces at its end (the documented readings).
 */
export function expectedLiteral(typed: string): string[] {
  return typed
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) =>
      line
        .replace(/^[ \t]+/, '')
        .replace(/^[-•][ \t]+(?=\S)/, '')
        // Spaces at a line's end are not shown, pasted odd ones (no-break, zero-width…) included: plan
        // warns of those (input/slip-lines.ts) and drops them.
        .replace(/[ \t\u00a0\u1680\u2000-\u200b\u2060\u202f\u205f\u3000\ufeff]+$/, ''),
    )
    .filter((line) => line !== '');
}

/** Words of the YAML parser's vocabulary that no message or hint shown to an officer may use. */
export const PARSER_WORDS = /implicit key|mapping|compact|block sequence|scalar|\bflow\b/i;

/**
 * Words of schemas and parsers that mean nothing to an officer (issue 22): no message or hint plan
 * prints may use them. "|" text is called text after "|", never a block.
 */
export const JARGON = /\b(?:records?|blocks?|mappings?|scalars?|sequences?|nodes?|flows?|alias(?:es)?|anchors?|tokens?)\b/i;

/** Temporary folders for one test file, all removed after its tests: `afterAll(temp.removeAll)`. */
export function tempFolders(prefix: string): { make: () => string; removeAll: () => void } {
  const made: string[] = [];
  return {
    make: () => {
      const dir = mkdtempSync(join(tmpdir(), prefix));
      made.push(dir);
      return dir;
    },
    removeAll: () => {
      for (const dir of made) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Whether tests that need a capability of the machine (root, a tool, a device) can run. Where one
 * cannot, it says why on stderr rather than skipping in silence; under CI=true it always runs, so a
 * missing capability fails there (.ci/run runs as root and installs the tools).
 */
export function canRun(what: string, available: () => boolean, why: string): boolean {
  if (process.env.CI === 'true' || available()) return true;
  process.stderr.write(`\nSKIPPING the tests that need ${what}: ${why}\n\n`);
  return false;
}

/**
 * A small real file system can be mounted (tmpfs): the real full-disk tests. Mounting needs root, which
 * no test can get for itself, so without root these tests are skipped, saying so, even under CI=true;
 * as root (bash .ci/run in its container) they must run, and a mount that fails fails them.
 */
export function canMountTmpfs(): boolean {
  if (process.getuid?.() !== 0) {
    process.stderr.write(
      '\nSKIPPING the tests that need a real full disk: mounting a small tmpfs needs root (run bash .ci/run as root)\n\n',
    );
    return false;
  }
  return canRun(
    'a real full disk',
    () => {
      const probe = mkdtempSync(join(tmpdir(), 'plan-mount-'));
      try {
        execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16k', 'tmpfs', probe], { stdio: 'ignore' });
        execFileSync('umount', [probe], { stdio: 'ignore' });
        return true;
      } catch {
        return false;
      } finally {
        rmSync(probe, { recursive: true, force: true });
      }
    },
    'this machine refuses to mount a tmpfs, even for root (a container without CAP_SYS_ADMIN?)',
  );
}

/**
 * Run plan's CLI in this process as runPlan runs the built binary: the same arguments, folder and
 * environment, stdout and stderr captured, no colour. It costs a few milliseconds where starting a
 * process costs a few hundred on a loaded machine, so most end-to-end cases run this way; what only a
 * real process shows (the binary, exit codes as the shell sees them, streams, signals) keeps real
 * process starts (runPlan). The CLI's modules are loaded once per worker and shared by every run of the
 * test files in it (vitest.config.ts): src/ keeps no state from one run to the next
 * (build/check-layers.mjs refuses a top-level `let`; two runs in one process are tested in
 * init.test.ts), and reloading them cost more than most runs. A test that mocks a module for a run
 * (vi.doMock) calls vi.resetModules() before it, so that the run loads the mock, in a file listed in
 * OWN_MODULES.
 */
export async function runPlanInProcess(args: string[], options: { cwd: string; env?: Record<string, string> }): Promise<RunResult> {
  const { vi } = await import('vitest');
  const { runCli } = await import('../src/cli.js');
  const env: Record<string, string> = { FORCE_COLOR: '0', NO_COLOR: '1', ...options.env };
  const saved = Object.keys(env).map((key) => [key, process.env[key]] as const);
  const captured = { stdout: '', stderr: '' };
  const capture = (stream: 'stdout' | 'stderr') =>
    vi.spyOn(process[stream], 'write').mockImplementation((chunk: string | Uint8Array) => {
      captured[stream] += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      return true;
    });
  const spies = [capture('stdout'), capture('stderr')];
  const before = process.cwd();
  Object.assign(process.env, env);
  process.chdir(options.cwd);
  try {
    const run = { exitCode: await runCli(['node', 'plan', ...args]), ...captured };
    keepReportOf(args, options.cwd, run);
    return run;
  } finally {
    process.chdir(before);
    for (const [key, value] of saved) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    for (const spy of spies) spy.mockRestore();
  }
}

/** runPlanInProcess for the fault-injection tests, which read stderr and the exit code only. */
export async function runCliInProcess(args: string[], cwd: string): Promise<{ exitCode: number; stderr: string }> {
  const { exitCode, stderr } = await runPlanInProcess(args, { cwd });
  return { exitCode, stderr };
}
