import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, runPlan, tempFolders } from './helpers.js';

/**
 * The project `plan init` writes works on its own: its pre-commit hook, run by the real pre-commit
 * (Debian package pre-commit; .ci/run installs it), and its GitHub Actions workflow, checked by a workflow
 * linter and its plan commands run here, pass on the new plan, and still pass once the year has rolled
 * over (plan new-quarter Q1 --new-year copies the finished year to plans/archive/, which they skip).
 */
const temp = tempFolders('plan-init-project-');
afterAll(temp.removeAll);

/** A folder with a `plan` command that runs the built binary: the hook's `language: system` needs one. */
function planOnPath(): string {
  const bin = join(temp.make(), 'bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'plan'), `#!/bin/sh\nexec '${process.execPath}' '${BIN}' "$@"\n`);
  chmodSync(join(bin, 'plan'), 0o755);
  return bin;
}

const PATH = `${planOnPath()}:${process.env.PATH}`;

function sh(line: string, cwd: string): { status: number | null; output: string } {
  const env = { ...process.env, PATH, NO_COLOR: '1', PRE_COMMIT_HOME: join(cwd, '..', 'pre-commit-cache'), GIT_CONFIG_NOSYSTEM: '1' };
  const r = spawnSync('sh', ['-c', `${line} 2>&1`], { cwd, env, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, output: r.stdout };
}

/** The workflow's own `plan …` commands, run as the job would run them after installing plan. */
function runWorkflowPlanSteps(workflow: string, cwd: string): void {
  const steps = [...workflow.matchAll(/^ {6}- run: (plan .*)$/gm)].map((m) => m[1]!);
  expect(steps).toEqual(['plan validate --format github']);
  for (const step of steps) {
    const r = sh(step, cwd);
    expect(r.output).not.toMatch(/^::error/m);
    expect(r.status, r.output).toBe(0);
  }
}

function checkProject(cwd: string): void {
  const workflow = readFileSync(join(cwd, '.github', 'workflows', 'plan.yml'), 'utf8');
  expect(validateWorkflow(workflow).errors).toEqual([]);
  runWorkflowPlanSteps(workflow, cwd);
  expect(sh('git add -A', cwd).status).toBe(0);
  const hook = sh('pre-commit run --all-files', cwd);
  expect(hook.output).toMatch(/^plan validate\.+Passed$/m);
  expect(hook.status, hook.output).toBe(0);
}

describe('the project plan init writes', () => {
  it('passes its own pre-commit hook and workflow, before and after a year roll', () => {
    expect(sh('command -v pre-commit', temp.make()).status, 'pre-commit is not installed (apt-get install pre-commit)').toBe(0);
    const cwd = join(temp.make(), 'my-plan');
    mkdirSync(cwd);
    const init = sh('plan init --title "My Plan" --year 2016/17 --council WBC="Westbrook Borough Council"', cwd);
    expect(init.status, init.output).toBe(0);
    expect(sh('git init -q', cwd).status).toBe(0);
    checkProject(cwd);

    for (const quarter of ['Q2', 'Q3', 'Q4']) expect(runPlan(['new-quarter', quarter], { cwd }).exitCode).toBe(0);
    const roll = runPlan(['new-quarter', 'Q1', '--new-year'], { cwd });
    expect(roll.exitCode, roll.stderr).toBe(0);
    expect(readFileSync(join(cwd, 'plans', 'archive', '2016-17', 'plan.yaml'), 'utf8')).toContain('label: 2016/17');
    checkProject(cwd);
    // The archive is really skipped: a broken file there does not fail the hook.
    writeFileSync(join(cwd, 'plans', 'archive', '2016-17', '1-example.yaml'), 'section: [\n');
    checkProject(cwd);
    // And the hook can fail: a broken plan file does.
    writeFileSync(join(cwd, 'plans', '1-example.yaml'), 'section: [\n');
    sh('git add -A', cwd);
    expect(sh('pre-commit run --all-files', cwd).status).not.toBe(0);
  });

  it('catches a mistake in the workflow: the linter is not a no-op', () => {
    const cwd = join(temp.make(), 'p');
    mkdirSync(cwd);
    expect(runPlan(['init', '--title', 'T', '--year', '2016/17', '--council', 'WBC=Westbrook'], { cwd }).exitCode).toBe(0);
    const workflow = readFileSync(join(cwd, '.github', 'workflows', 'plan.yml'), 'utf8');
    expect(validateWorkflow(workflow.replace('    runs-on: ubuntu-latest\n', '')).errors.length).toBeGreaterThan(0);
  });
});
