import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NEED_PROGRAMS } from '../vitest.config.js';
import { ROOT, tempFolders } from './helpers.js';

/**
 * The README's two commands, as a new user types them on a machine whose Node is too old for plan (this
 * project's machine image has Node 20): they must work with no step before them. npm runs on the old
 * Node; the "node" devDependency gives every script and npx Node 24.
 *
 * .ci/run passes the machine's Node in PLAN_OLD_NODE when it is older than plan supports; elsewhere
 * these tests are skipped (each install takes ~20 s and needs the npm registry or its cache).
 */
const OLD_NODE = process.env.PLAN_OLD_NODE;
if (!OLD_NODE)
  process.stderr.write(
    "\nSKIPPING the README's commands on an old Node: PLAN_OLD_NODE is not set (.ci/run sets it when the machine's Node is older than 22.12)\n\n",
  );
const temp = tempFolders('plan-install-');
afterAll(temp.removeAll);

/** The commands in the README's first two sh blocks. Keep in sync with .ci/run. */
const README_COMMANDS = ['npm ci && npx --no-install plan report --quarter Q3', 'npm ci && npm test'];

/** A copy of this checkout as a fresh clone holds it: tracked and new files, nothing ignored. */
function freshCopy(): string {
  const dir = temp.make();
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
  for (const file of listed.stdout.split('\0').filter((f) => f && existsSync(join(ROOT, f)))) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    copyFileSync(join(ROOT, file), join(dir, file));
  }
  return dir;
}

/**
 * Run a shell line as a user would: the old Node first on PATH, none of the running npm's settings. npm
 * is told three things that change how long an install takes, never what it installs: take packages
 * from its cache without asking the registry whether they changed (a first install on a new machine
 * still fetches them), skip the audit and the funding message (two more registry calls). They halve
 * `npm ci` here (107 → 54 s at load 7), also for the install of Node 24 that the "node" package runs.
 */
function shell(line: string, cwd: string): { status: number | null; output: string } {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env))
    if (value !== undefined && !/^(npm_|NODE_|VITEST|PLAN_)/i.test(key)) env[key] = value;
  Object.assign(env, { npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false' });
  const path = (process.env.PATH ?? '').split(':').filter((p) => !p.includes('node_modules') && !p.includes('.tools'));
  env.PATH = [dirname(OLD_NODE!), ...path].join(':');
  env.NO_COLOR = '1';
  const r = spawnSync('sh', ['-c', `${line} 2>&1`], { cwd, env, encoding: 'utf8', timeout: 600_000 });
  return { status: r.status, output: r.stdout };
}

describe('the README commands', () => {
  it('are the first two sh blocks of README.md', () => {
    const blocks = [...readFileSync(join(ROOT, 'README.md'), 'utf8').matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!.trim());
    expect(blocks.slice(0, 2)).toEqual(README_COMMANDS);
  });

  it('are what .ci/run runs: npm ci, then npm test in two parts, lint and the first part before apt-get', () => {
    const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    // npm test is build, lint, vitest run of every file (the acceptance tests too, vitest.config.ts);
    // build/coverage.mjs builds and runs vitest run, measuring it, every file unless PLAN_TESTS picks a part.
    expect(scripts.test).toBe('npm run build && npm run lint && PLAN_TESTS=all vitest run');
    expect(readFileSync(join(ROOT, 'build', 'coverage.mjs'), 'utf8')).toContain("const WHICH = process.env.PLAN_TESTS || 'all';");
    expect(readFileSync(join(ROOT, 'build', 'coverage.mjs'), 'utf8')).toMatch(/run\(npm, \['run', 'build'\]\)[\s\S]*'vitest',\s*'run',/);
    const lines = readFileSync(join(ROOT, '.ci', 'run'), 'utf8').split('\n');
    const at = (line: string) => lines.indexOf(line);
    const steps = [
      'npm ci',
      'npm run lint',
      'PLAN_TESTS=without-programs npm run coverage -- --no-report',
      'PLAN_TESTS=programs npm run coverage -- --keep',
    ].map(at);
    expect(steps.every((i) => i >= 0)).toBe(true);
    expect([...steps].sort((a, b) => a - b)).toEqual(steps);
    const apt = lines.findIndex((l) => l.includes('apt-get install'));
    expect(steps[2]).toBeLessThan(apt);
    expect(steps[3]).toBeGreaterThan(apt);
  });

  it('split the test files in two: every file that starts a Debian program is in the second part', () => {
    // (This file names the programs too, but starts none.)
    const files = readdirSync(join(ROOT, 'test')).filter((f) => f.endsWith('.test.ts') && f !== 'install.test.ts');
    const starts = /from '\.\/office\.js'|chromium\.launch|pre-commit run|\bwine\b/;
    const needing = files.filter((f) => starts.test(readFileSync(join(ROOT, 'test', f), 'utf8'))).map((f) => `test/${f}`);
    expect(needing.length).toBeGreaterThan(4);
    expect([...NEED_PROGRAMS].sort()).toEqual(needing.sort());
  });
});

/**
 * One fresh copy for all four, in this order: what needs no install first (the check of npm's warnings
 * resolves the whole tree without unpacking it; npm test before any install has no Node 24), then the
 * README's first command installs once, and npm test runs in that install.
 */
describe.runIf(OLD_NODE)(`on the machine's old Node (${OLD_NODE})`, { timeout: 600_000 }, () => {
  const copy = OLD_NODE ? freshCopy() : '';

  it('hides only the false engine warnings: npm ci with warnings on shows nothing else', () => {
    // --dry-run resolves the same tree from the lockfile and checks every package's engines, as a real
    // install does, but unpacks nothing: its warnings are the real install's, line for line (compared
    // by hand on 6 December 2026: 490 lines, all EBADENGINE), in 5 s rather than 70.
    const r = shell('npm ci --ignore-scripts --loglevel=warn --dry-run', copy);
    expect(r.status, r.output).toBe(0);
    expect(existsSync(join(copy, 'node_modules'))).toBe(false);
    const warnings = r.output.split('\n').filter((l) => l.startsWith('npm warn'));
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings.filter((l) => !/^npm warn EBADENGINE /.test(l))).toEqual([]);
  });

  it('without the Node 24 of the devDependency, npm test stops in one line (exit 2), before vitest', () => {
    // Before npm ci, as after npm ci --ignore-scripts (which skips the devDependency's install step),
    // node_modules/.bin holds no node: the scripts run on the old Node.
    expect(existsSync(join(copy, 'node_modules', '.bin', 'node'))).toBe(false);
    const r = shell('npm test', copy);
    expect(r.status).not.toBe(0);
    const reason = r.output.split('\n').filter((l) => l.startsWith('plan: error:'));
    expect(reason).toHaveLength(1);
    const version = spawnSync(OLD_NODE!, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.trim();
    expect(reason[0]).toContain(`needs Node.js 22.12 or newer; this is ${version} `);
    expect(r.output).not.toMatch(/ RUN |\n\s+at /);
  });

  it('npm ci && npx --no-install plan report --quarter Q3 writes the report, with no npm warning', () => {
    const r = shell(README_COMMANDS[0]!, copy);
    expect(r.output).not.toMatch(/npm warn|EBADENGINE/i);
    expect(r.status, r.output).toBe(0);
    expect(existsSync(join(copy, 'out', 'joint-procurement-action-plan-2013-14-q3-appendix-1.docx'))).toBe(true);
    expect(shell('npx --no-install node --version', copy).output.trim()).toMatch(/^v24\./);
  });

  it('npm test runs build, lint and vitest on Node 24 (here with one test file)', () => {
    // The install above made node_modules; one test file is enough to show that vitest runs on Node 24
    // after the build and lint (the whole suite is the run this one is part of).
    const r = shell('npm test -- test/rich-text.test.ts', copy);
    expect(r.status, r.output).toBe(0);
    expect(r.output).toMatch(/Test Files +1 passed/);
  });
});
