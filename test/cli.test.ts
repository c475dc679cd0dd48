import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { VERSION } from '../src/version.js';
import { BIN, type Fixture, makeFixture, ROOT, runPlan, runPlanInProcess } from './helpers.js';

/**
 * End-to-end runs of the built binary, as CI and officers run it: exit codes, streams, colour, the
 * bundle and the code cache. What a help screen says, what `plan schema` writes and what two of
 * validate's options say run in this process (runPlanInProcess), as most end-to-end cases do.
 */

let fixture: Fixture | undefined;
afterEach(() => fixture?.cleanup());

const BAD_BETA =
  'section: "2.1"\ntitle: Beta\nactions:\n  - id: beta-one\n    action: Do it\n    updates:\n      Q3:\n        status: ok\n        narative: x\n';

describe('plan validate (built binary)', () => {
  it('exits 0 on the shipped plan and says so on stderr only', () => {
    const r = runPlan(['validate', '--quarter', 'Q3'], { cwd: ROOT });
    expect(r).toMatchObject({ exitCode: 0, stdout: '' });
    expect(r.stderr).toBe('✓ 9 files checked, no problems\n');
  });

  it('exits 1 with file:line:col, message, hint, code frame and a count line', () => {
    fixture = makeFixture({ '2.1-beta.yaml': BAD_BETA });
    const r = runPlan(['validate'], { cwd: fixture.root });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      [
        'plans/2.1-beta.yaml',
        'plans/2.1-beta.yaml:9:9: error: unknown key "narative"',
        '  hint: did you mean "narrative"? Write "narrative:" in place of "narative:"',
        '  9 |         narative: x',
        '    |         ^',
        '',
        '✗ 1 error, 0 warnings in 1 file (3 files checked)',
        // A misspelt known key has one right answer.
        '1 of these slips has one right answer: plan validate --fix mends it by itself',
        '',
        '',
      ].join('\n'),
    );
  });

  it('exits 0 with warnings, and 1 with the same warnings under --strict', () => {
    fixture = makeFixture({ '2.1-beta.yaml': BAD_BETA.replace('narative: x', 'narrative: Phase #2 agreed') });
    const relaxed = runPlan(['validate'], { cwd: fixture.root });
    expect(relaxed.exitCode).toBe(0);
    expect(relaxed.stderr).toMatch(/plans\/2.1-beta.yaml:9:26: warning: "#2 agreed" is read as a comment/);
    const strict = runPlan(['validate', '--strict'], { cwd: fixture.root });
    expect(strict.exitCode).toBe(1);
    expect(strict.stderr).toMatch(/plans\/2.1-beta.yaml:9:26: error: "#2 agreed"/);
  });

  // What a rule or a format says is not the process's contract: these two run in this process.
  it('--quarter names each action without an update for that quarter', async () => {
    // One action has Q4, so the plan is into Q4 and the others are behind.
    fixture = makeFixture({
      '2.1-gamma.yaml': ['section: "2.1"', 'title: Gamma', 'actions:', '  - id: gamma-one', '    action: Started early', '    updates:']
        .concat(['      Q3:', '        status: Not started', '        narrative: Planned.', '      Q4:', '        status: Onward going'])
        .concat(['        narrative: Begun.', ''])
        .join('\n'),
    });
    const r = await runPlanInProcess(['validate', '--quarter', 'q4'], { cwd: fixture.root });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/plans\/1.1-alpha.yaml:6:5: error: action "alpha-one" has no Q4 update/);
    expect(r.stderr).toMatch(/plans\/1.1-alpha.yaml:17:5: error: action "alpha-savings" has no Q4 update/);
  });

  it('--quarter no action has yet is one message naming the last quarter and the next step (exit 2)', async () => {
    fixture = makeFixture();
    const r = await runPlanInProcess(['validate', '--quarter', 'Q4'], { cwd: fixture.root });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toBe(
      "plan: error: no action has a Q4 update yet: the plan's last quarter of 2013/14 is Q3\n  hint: to go on with 2013/14, start Q4 with plan new-quarter Q4, then write its updates\n",
    );
  });

  it('--quarter between two quarters the plan has is one message naming them; CI formats keep an annotation per action', async () => {
    fixture = makeFixture({
      '2.1-gamma.yaml': ['section: "2.1"', 'title: Gamma', 'actions:', '  - id: gamma-one', '    action: Begun early', '    updates:']
        .concat(['      Q1:', '        status: Under way', '        narrative: Begun.', ''])
        .join('\n'),
    });
    const text = await runPlanInProcess(['validate', '--quarter', 'Q2'], { cwd: fixture.root });
    expect(text.exitCode).toBe(2);
    expect(text.stderr).toContain("plan: error: no action has a Q2 update: the plan's quarters of 2013/14 are Q1 and Q3");
    expect(text.stderr).toContain('hint: validate a quarter the plan has, e.g. plan validate --quarter Q3');
    const github = await runPlanInProcess(['validate', '--quarter', 'Q4', '--format', 'github'], { cwd: fixture.root });
    expect(github.exitCode).toBe(1);
    expect(github.stdout).toMatch(/^::error file=plans\/1\.1-alpha\.yaml,line=6.*has no Q4 update/m);
  });

  it('--format json puts a machine-readable result on stdout', () => {
    fixture = makeFixture({ '2.1-beta.yaml': BAD_BETA });
    const r = runPlan(['validate', '--format', 'json'], { cwd: fixture.root });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({
      version: 1,
      valid: false,
      errorCount: 1,
      warningCount: 0,
      filesChecked: 3,
      diagnostics: [
        {
          file: 'plans/2.1-beta.yaml',
          line: 9,
          column: 9,
          // The end of what is written on the line: the key and its value.
          endLine: 9,
          endColumn: 20,
          severity: 'error',
          code: 'unknown-key',
          message: 'unknown key "narative"',
          hint: 'did you mean "narrative"? Write "narrative:" in place of "narative:"',
        },
      ],
    });
  });

  it("keeps the YAML library's debugging output (LOG_TOKENS, LOG_STREAM) out of its own", () => {
    // The bundle replaces the library's per-token environment lookups (build/bundle.mjs).
    fixture = makeFixture({ '2.1-beta.yaml': BAD_BETA });
    const plain = runPlan(['validate', '--format', 'json'], { cwd: fixture.root });
    const logged = runPlan(['validate', '--format', 'json'], { cwd: fixture.root, env: { LOG_TOKENS: '1', LOG_STREAM: '1' } });
    expect(logged.exitCode).toBe(1);
    expect(logged.stdout).toBe(plain.stdout);
    expect(JSON.parse(logged.stdout).errorCount).toBe(1);
  });

  it('--format github prints workflow annotations on stdout', async () => {
    fixture = makeFixture({ '2.1-beta.yaml': BAD_BETA });
    const r = await runPlanInProcess(['validate', '--format', 'github'], { cwd: fixture.root });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe(
      '::error file=plans/2.1-beta.yaml,line=9,col=9,title=plan unknown-key::unknown key "narative"%0Adid you mean "narrative"? Write "narrative:" in place of "narative:"\n',
    );
  });

  it('uses colour only when asked on a non-TTY (FORCE_COLOR), and never with NO_COLOR', () => {
    fixture = makeFixture({ '2.1-beta.yaml': BAD_BETA });
    const coloured = runPlan(['validate'], { cwd: fixture.root, env: { FORCE_COLOR: '1', NO_COLOR: '' } });
    expect(coloured.stderr).toContain('\u001b[');
    const plain = runPlan(['validate'], { cwd: fixture.root, env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
    expect(plain.stderr).not.toContain('\u001b[');
  });

  it.each([
    [['validate', '--plans', 'no-such-folder'], /plan: error: plans folder no-such-folder does not exist/],
    // A value a flag or argument refuses: plan's own error and a hint, not commander's "argument … is invalid".
    [['validate', '--quarter', 'Q5'], /^plan: error: "Q5" is not a value --quarter takes\n {2}hint: use Q1, Q2, Q3 or Q4/],
    [['new-quarter', 'Q5'], /^plan: error: "Q5" is not a quarter\n {2}hint: use Q1, Q2, Q3 or Q4/],
    [['validate', '--format', 'xml'], /^plan: error: "xml" is not a value --format takes\n {2}hint: use one of text, json, github/],
    [['validate', '--bogus'], /unknown option '--bogus'/],
    [['frobnicate'], /unknown command 'frobnicate'/],
  ])('exits 2 when it cannot run: %j', (args, message) => {
    const r = runPlan(args, { cwd: ROOT });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 when --plans is a file, not a folder', () => {
    const r = runPlan(['validate', '--plans', 'package.json'], { cwd: ROOT });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/package.json is not a folder/);
  });
});

describe('output into a closed pipe', () => {
  it('stops quietly when the reader goes away (plan --help | head -1)', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" --help | head -1`], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(r.stdout).toBe('Usage: plan [options] [command]\n');
    expect(r.stderr).not.toMatch(/EPIPE|Error|at /);
  });
});

describe('plan --help and --version', () => {
  it('explains the commands and the exit codes', () => {
    const r = runPlan(['--help'], { cwd: ROOT });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/validate .*check the plan files/);
    expect(r.stdout).toMatch(/Exit codes: 0 ok, 1 the plan has errors, 2 plan cannot run/);
  });

  it('explains every flag of validate', async () => {
    const r = await runPlanInProcess(['validate', '--help'], { cwd: ROOT });
    expect(r.exitCode).toBe(0);
    for (const flag of ['--plans <dir>', '--quarter <Qn>', '--format <format>', '--strict']) expect(r.stdout).toContain(flag);
  });

  it.each(['report', 'validate', 'new-quarter', 'diff', 'schema'])(
    'wraps the help of %s once, at the width of the terminal, with no orphan words',
    async (command) => {
      const r = await runPlanInProcess([command, '--help'], { cwd: ROOT });
      const description = r.stdout.split('\n\n')[1]!.split('\n');
      for (const line of description) expect(line.length).toBeLessThanOrEqual(80);
      // Every line but a paragraph's last is filled: no word left alone on a line of its own.
      for (const line of description.slice(0, -1)) expect(line.length, line).toBeGreaterThan(60);
    },
  );

  it("gives every error the same prefix, commander's own included", () => {
    const r = runPlan(['validate', '--bogus'], { cwd: ROOT });
    expect(r.stderr).toMatch(/^plan: error: unknown option '--bogus'/);
  });

  it('prints the version from package.json', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
    expect(runPlan(['--version'], { cwd: ROOT }).stdout.trim()).toBe(pkg.version);
  });
});

describe('plan schema', () => {
  it('--check passes on the committed schema files', async () => {
    const r = await runPlanInProcess(['schema', '--check'], { cwd: ROOT });
    expect(r.exitCode).toBe(0);
  });

  it('--check fails when a schema file is missing, and writing fixes it', async () => {
    fixture = makeFixture();
    const flags = ['--templates', 'plans'];
    expect(await runPlanInProcess(['schema', '--check', ...flags], { cwd: fixture.root })).toMatchObject({ exitCode: 1 });
    expect((await runPlanInProcess(['schema', ...flags], { cwd: fixture.root })).exitCode).toBe(0);
    expect((await runPlanInProcess(['schema', '--check', ...flags], { cwd: fixture.root })).exitCode).toBe(0);
    expect(readFileSync(join(fixture.plans, 'section.schema.json'), 'utf8')).toBe(
      readFileSync(join(ROOT, 'plans', 'section.schema.json'), 'utf8'),
    );
  });
});

describe('the code cache (dist/bin.cjs)', () => {
  // Under npm run coverage, a measured plan skips its cache (src/bin.cts); these runs are not measured.
  const unmeasured = { NODE_V8_COVERAGE: '' };

  it('is made by the build for validate, report and everything else, and used', () => {
    for (const kind of ['validate', 'report', 'cli']) expect(existsSync(join(ROOT, 'dist', 'bundle', `plan-${kind}.cache`))).toBe(true);
    const run = runPlan(['validate', '--plans', join(ROOT, 'plans')], { cwd: ROOT, env: { ...unmeasured, PLAN_CODE_CACHE: 'check' } });
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toMatch(/code cache used: .*plan-validate\.cache/);
  });

  it('is skipped by a run measured for coverage, whose code from a cache would have no branch counts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-v8-'));
    try {
      const run = runPlan(['validate', '--plans', join(ROOT, 'plans')], {
        cwd: ROOT,
        env: { NODE_V8_COVERAGE: dir, PLAN_CODE_CACHE: 'check' },
      });
      expect(run.exitCode).toBe(0);
      expect(run.stderr).toMatch(/code cache skipped: .*plan-validate\.cache/);
      const part = readdirSync(dir)
        .flatMap((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')).result)
        .find((s) => s.url.endsWith('/plan-check.cjs'));
      expect(part.functions.filter((f: { isBlockCoverage: boolean }) => f.isBlockCoverage).length).toBeGreaterThan(100);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('only costs compile time when it is missing or damaged: the run is the same', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-cache-'));
    try {
      mkdirSync(join(dir, 'dist', 'bundle'), { recursive: true });
      copyFileSync(join(ROOT, 'dist', 'bin.cjs'), join(dir, 'dist', 'bin.cjs'));
      // The bundle's parts (build/bundle.mjs), without their caches.
      for (const part of ['plan', 'plan-check', 'plan-rest']) {
        copyFileSync(join(ROOT, 'dist', 'bundle', `${part}.cjs`), join(dir, 'dist', 'bundle', `${part}.cjs`));
      }
      const bin = join(dir, 'dist', 'bin.cjs');
      const validate = (env: Record<string, string>) =>
        spawnSync(process.execPath, [bin, 'validate', '--plans', join(ROOT, 'plans'), '--format', 'json'], {
          cwd: dir,
          encoding: 'utf8',
          env: { ...process.env, ...unmeasured, ...env },
        });
      const missing = validate({ PLAN_CODE_CACHE: 'check' });
      expect(missing.status).toBe(0);
      expect(missing.stderr).toMatch(/code cache missing/);
      writeFileSync(join(dir, 'dist', 'bundle', 'plan-validate.cache'), randomBytes(4096));
      const damaged = validate({ PLAN_CODE_CACHE: 'check' });
      expect(damaged.status).toBe(0);
      expect(damaged.stderr).toMatch(/code cache rejected/);
      expect(damaged.stdout).toBe(missing.stdout);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the bundle and the Node version', () => {
  it('runs on its own: node dist/bundle/plan.cjs is plan, and writes the same report', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-bundle-'));
    try {
      const env = { ...process.env, NO_COLOR: '1' };
      const bundle = join(ROOT, 'dist', 'bundle', 'plan.cjs');
      const validate = spawnSync(process.execPath, [bundle, 'validate', '--plans', join(ROOT, 'plans')], { encoding: 'utf8', env });
      expect(validate.stderr).toBe('✓ 9 files checked, no problems\n');
      expect(validate.status).toBe(0);
      const report = (entry: string, out: string) =>
        spawnSync(process.execPath, [entry, 'report', '--plans', join(ROOT, 'plans'), '--quarter', 'Q3', '--out', join(dir, out)], {
          encoding: 'utf8',
          env,
        });
      expect(report(bundle, 'bundle.docx').status).toBe(0);
      expect(report(BIN, 'bin.docx').status).toBe(0);
      expect(readFileSync(join(dir, 'bundle.docx')).equals(readFileSync(join(dir, 'bin.docx')))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names real functions and files under src/ in a --debug stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-debug-'));
    try {
      // A failure plan does not expect: JSON.stringify throws when the diagnostics are printed.
      const fault = join(dir, 'fault.cjs');
      writeFileSync(
        fault,
        "const s = JSON.stringify; JSON.stringify = function (v, ...r) { if (v && typeof v === 'object' && 'diagnostics' in v) throw new Error('injected failure'); return s.call(this, v, ...r); };\n",
      );
      const r = spawnSync(
        process.execPath,
        ['--require', fault, BIN, 'validate', '--plans', join(ROOT, 'plans'), '--format', 'json', '--debug'],
        { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
      );
      expect(r.status).toBe(70);
      expect(r.stderr).toMatch(/^plan: internal error: injected failure\n/);
      expect(r.stderr).toMatch(
        new RegExp(`at reportDiagnostics \\(${ROOT.replace(/[/.]/g, '\\$&')}/src/commands/validate/run\\.ts:\\d+:\\d+\\)`),
      );
      expect(r.stderr).toMatch(/at (?:async )?runValidate \(.*src\/commands\/validate\/run\.ts:\d+:\d+\)/);
      expect(r.stderr).toMatch(/at (?:async )?runCli \(.*src\/cli\.ts:\d+:\d+\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // .ci/run passes the machine's own Node in PLAN_OLD_NODE when it is older than plan supports.
  if (!process.env.PLAN_OLD_NODE)
    process.stderr.write(
      "\nSKIPPING the old-Node test: PLAN_OLD_NODE is not set (.ci/run sets it when the machine's Node is older than 22.12)\n\n",
    );
  it.runIf(process.env.PLAN_OLD_NODE)('refuses an unsupported Node.js at once, in one line, exit 2', () => {
    // A copy of dist/ with no node_modules beside it, as after npm install -g of the packed tarball.
    const dir = mkdtempSync(join(tmpdir(), 'plan-old-node-'));
    cpSync(join(ROOT, 'dist'), join(dir, 'dist'), { recursive: true });
    const r = spawnSync(process.env.PLAN_OLD_NODE!, [join(dir, 'dist', 'bin.cjs'), 'validate'], { encoding: 'utf8', cwd: ROOT });
    rmSync(dir, { recursive: true, force: true });
    const version = spawnSync(process.env.PLAN_OLD_NODE!, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.trim();
    expect(r.stderr).toBe(
      `plan: error: plan needs Node.js 22.12 or newer; this is ${version}\n  hint: install the current LTS release of Node.js (24), or run plan with a newer node on your PATH\n`,
    );
    expect(r.status).toBe(2);
  });

  it.runIf(process.env.PLAN_OLD_NODE)('in a checkout, runs itself on the Node 24 that npm ci installed beside it', () => {
    const r = spawnSync(process.env.PLAN_OLD_NODE!, [BIN, 'validate', '--format', 'json'], { encoding: 'utf8', cwd: ROOT });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).valid).toBe(true);
    expect(r.status).toBe(0);
  });

  it('declares the Node versions it supports', () => {
    expect(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).engines.node).toBe('>=22.12');
  });
});

describe('start-up', () => {
  it('does not load child_process (commander asks for it; plan loads it only if a subcommand ever needs it)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-startup-'));
    try {
      const probe = join(dir, 'probe.cjs');
      writeFileSync(
        probe,
        "process.on('exit', () => process.stderr.write(process.moduleLoadList.filter((m) => m.includes('child_process')).join(',') || 'none'));\n",
      );
      const run = spawnSync(process.execPath, ['-r', probe, BIN, 'validate', '--plans', join(ROOT, 'plans')], {
        cwd: dir,
        encoding: 'utf8',
      });
      expect(run.status).toBe(0);
      expect(run.stderr.trim().split('\n').pop()).toBe('none');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('still has a working spawn behind the stand-in', async () => {
    const { spawn } = await import('../src/shared/lazy-child-process.js');
    const child = spawn(process.execPath, ['-e', 'process.exit(3)']);
    const code = await new Promise((done) => child.on('exit', done));
    expect(code).toBe(3);
  });
});

describe('the plan command as installed', () => {
  it('is an executable file that runs by itself, after every build (npx and npm link run it directly)', () => {
    expect(statSync(BIN).mode & 0o111).not.toBe(0);
    const run = spawnSync(BIN, ['--version'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(VERSION);
  });
});
