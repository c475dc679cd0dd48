import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { BIN, runCliInProcess, runPlan, runPlanInProcess, tempFolders } from './helpers.js';

const temp = tempFolders('plan-init-');
const tempDir = temp.make;
afterAll(temp.removeAll);

const FLAGS = [
  '--title',
  'Westbrook Procurement Plan',
  '--year',
  '2016/17',
  '--council',
  'WBC=Westbrook Borough Council',
  '--council',
  'NDC="Northdale Council"',
];

describe('plan init', () => {
  it('with flags asks nothing; the new plan passes plan validate and plan report --quarter Q1 works', async () => {
    const root = tempDir();
    const init = await runPlanInProcess(['init', ...FLAGS], { cwd: root });
    expect(init.exitCode).toBe(0);
    expect(init.stdout.trim().split('\n')).toEqual([
      'plans/plan.yaml',
      'plans/1-example.yaml',
      'plans/plan.schema.json',
      'plans/section.schema.json',
      '.vscode/extensions.json',
      '.vscode/settings.json',
      'plan.config.yaml',
      '.gitignore',
      '.github/workflows/plan.yml',
      '.pre-commit-config.yaml',
    ]);
    const plan = readFileSync(join(root, 'plans', 'plan.yaml'), 'utf8');
    expect(plan).toContain(
      'title: Westbrook Procurement Plan\nappendix: Appendix 1\nfinancialYear:\n  label: 2016/17\n  starts: 2016-04-01\ncouncils:\n  WBC: Westbrook Borough Council\n  NDC: Northdale Council\n',
    );
    expect(plan.split('\n')[0]).toBe('# yaml-language-server: $schema=./plan.schema.json');
    // The example section shows a measure, and a value for each council.
    const example = readFileSync(join(root, 'plans', '1-example.yaml'), 'utf8');
    expect(example).toContain(
      '    measures:\n      invoices-paid-late:\n        name: invoices paid late\n        unit: percent\n        better: lower\n',
    );
    expect(example).toMatch(/ {8}measures:\n {10}invoices-paid-late:\n {12}WBC: 12\n {12}NDC: 12\n/);
    expect(JSON.parse(readFileSync(join(root, '.vscode', 'extensions.json'), 'utf8'))).toEqual({ recommendations: ['redhat.vscode-yaml'] });
    expect(JSON.parse(readFileSync(join(root, '.vscode', 'settings.json'), 'utf8'))['[yaml]']['editor.insertSpaces']).toBe(true);
    // The schema files are plan schema's own: `plan schema --check` finds them current, in a project
    // that has no templates folder.
    const check = await runPlanInProcess(['schema', '--check'], { cwd: root });
    expect(check.stderr).toBe('plans/plan.schema.json is up to date\nplans/section.schema.json is up to date\n');
    expect(check.exitCode).toBe(0);
    expect((await runPlanInProcess(['schema'], { cwd: root })).exitCode).toBe(0);
    expect(readFileSync(join(root, '.gitignore'), 'utf8')).toMatch(/^out\/$/m);
    // A lock left by Ctrl-C at the wrong moment never shows in git status (plans-lock.ts).
    expect(readFileSync(join(root, '.gitignore'), 'utf8')).toMatch(/^\.\*\.plan-lock$/m);

    // The example action shows a lead officer and a due date.
    expect(readFileSync(join(root, 'plans', '1-example.yaml'), 'utf8')).toContain(
      '    action: Replace this example with the first action of your plan.\n    lead: Head of Procurement\n    due: Q4\n',
    );
    const validate = await runPlanInProcess(['validate', '--quarter', 'Q1', '--strict'], { cwd: root });
    expect(validate.stderr).toContain('2 files checked, no problems');
    expect(validate.exitCode).toBe(0);
    const report = await runPlanInProcess(['report', '--quarter', 'Q1'], { cwd: root });
    expect(report.exitCode).toBe(0);
    expect(report.stdout.trim()).toBe('out/westbrook-procurement-plan-2016-17-q1-appendix-1.docx');
    const page = runPlan(['report', '--quarter', 'Q1', '--format', 'html', '--out', 'out/q1.html'], { cwd: root });
    expect(page.exitCode).toBe(0);
    expect(readFileSync(join(root, 'out', 'q1.html'), 'utf8')).toContain(
      '<p>Lead: Head of Procurement</p><p>Due: Q4 (by 31 March 2017)</p>',
    );
    expect(existsSync(join(root, report.stdout.trim()))).toBe(true);
  });

  it('refuses to start a plan inside another plan project, and writes nothing', async () => {
    const root = tempDir();
    mkdirSync(join(root, 'plans'));
    writeFileSync(join(root, 'plans', 'plan.yaml'), 'title: Mine\n');
    const run = await runPlanInProcess(['init', ...FLAGS, '--plans', 'other'], { cwd: root });
    expect(run.stderr).toContain('this folder already holds a plan project (plans/plan.yaml); plan init would change its settings');
    expect(run.exitCode).toBe(2);
    expect(readdirSync(root)).toEqual(['plans']);

    writeFileSync(join(root, 'plan.config.yaml'), 'plans: plans\n');
    const again = await runPlanInProcess(['init', ...FLAGS, '--plans', 'other'], { cwd: root });
    expect(again.stderr).toContain('(plan.config.yaml)');
    expect(readFileSync(join(root, 'plan.config.yaml'), 'utf8')).toBe('plans: plans\n');
    expect(readdirSync(root).sort()).toEqual(['plan.config.yaml', 'plans']);
  });

  it('refuses a folder that already holds a plan, and writes nothing', async () => {
    const root = tempDir();
    mkdirSync(join(root, 'plans'));
    writeFileSync(join(root, 'plans', 'plan.yaml'), 'title: Mine\n');
    const run = await runPlanInProcess(['init', ...FLAGS], { cwd: root });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('plans already holds a plan (plan.yaml); nothing was written');
    expect(readdirSync(root)).toEqual(['plans']);
    expect(readFileSync(join(root, 'plans', 'plan.yaml'), 'utf8')).toBe('title: Mine\n');
  });

  it('says which flags it needs when it cannot ask, and refuses a bad council or year at once', async () => {
    const root = tempDir();
    const run = await runPlanInProcess(['init', '--title', 'X'], { cwd: root });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('plan init needs --year, --council when it cannot ask');
    expect(readdirSync(root)).toEqual([]);
    expect((await runPlanInProcess(['init', ...FLAGS, '--council', 'wbc=Lower'], { cwd: root })).stderr).toContain(
      '"wbc" is not a council code',
    );
    expect((await runPlanInProcess(['init', ...FLAGS, '--year', '2016/18'], { cwd: root })).stderr).toContain(
      'write the financial year as 2016/17',
    );
    expect(readdirSync(root)).toEqual([]);
  });

  it('keeps .vscode settings that are already there', async () => {
    const root = tempDir();
    mkdirSync(join(root, '.vscode'));
    writeFileSync(join(root, '.vscode', 'settings.json'), '{ "mine": true }\n');
    const run = await runPlanInProcess(['init', ...FLAGS, '--plans', 'council-plan'], { cwd: root });
    expect(run.exitCode).toBe(0);
    expect(readFileSync(join(root, '.vscode', 'settings.json'), 'utf8')).toBe('{ "mine": true }\n');
    expect(run.stderr).toContain('kept your .vscode/settings.json as it was');
    // plan.config.yaml names the folder, so daily commands need no --plans.
    expect(readFileSync(join(root, 'plan.config.yaml'), 'utf8')).toContain('plans: "council-plan"');
    expect(readFileSync(join(root, '.pre-commit-config.yaml'), 'utf8')).toContain('files: ^council-plan/[^/]+\\.ya?ml$');
    expect((await runPlanInProcess(['validate'], { cwd: root })).stderr).toContain('2 files checked, no problems');
  });

  it('on a terminal, asks for the title, the year and the councils, and asks again after a wrong answer', async () => {
    const root = tempDir();
    // `script` gives plan a real terminal; the answers are typed one by one, as an officer would.
    const answers = ['My Plan', '2016-2017x', '2016/17', 'wbc', 'WBC', 'Westbrook Borough Council', 'NDC', 'Northdale Council', ''];
    const typed = answers.map((a) => `sleep 0.4; printf '%s\\n' '${a}'`).join('; ');
    const run = spawnSync('bash', ['-c', `(sleep 1; ${typed}) | script -qec "'${process.execPath}' '${BIN}' init" /dev/null`], {
      cwd: root,
      encoding: 'utf8',
      timeout: 30_000,
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(run.stdout).toContain('Title of the plan');
    expect(run.stdout).toContain('write the financial year as 2016/17');
    expect(run.stdout).toContain('a council code is 2–10 capital letters or digits, e.g. WBC');
    expect(run.stdout).toContain('started a plan for WBC, NDC in plans');
    expect(readFileSync(join(root, 'plans', 'plan.yaml'), 'utf8')).toContain(
      'title: My Plan\nappendix: Appendix 1\nfinancialYear:\n  label: 2016/17\n  starts: 2016-04-01\ncouncils:\n  WBC: Westbrook Borough Council\n  NDC: Northdale Council\n',
    );
  });
});

describe('settings: plan.config.yaml and package.json "plan"', () => {
  async function project(files: Record<string, string>): Promise<string> {
    const root = tempDir();
    expect((await runPlanInProcess(['init', ...FLAGS, '--plans', 'plan-files'], { cwd: root })).exitCode).toBe(0);
    for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
    return root;
  }

  it('sets the plans folder, the out folder and the template, and flags still win', async () => {
    const root = await project({ 'plan.config.yaml': 'plans: plan-files\nout: reports\ntemplate: look.yaml\n' });
    writeFileSync(join(root, 'look.yaml'), readFileSync(join(__dirname, '..', 'templates', 'default.yaml'), 'utf8'));
    const report = await runPlanInProcess(['report', '--quarter', 'Q1'], { cwd: root });
    expect(report.exitCode).toBe(0);
    expect(report.stdout.trim()).toBe('reports/westbrook-procurement-plan-2016-17-q1-appendix-1.docx');
    expect((await runPlanInProcess(['validate', '--plans', 'nowhere'], { cwd: root })).exitCode).toBe(2);
    expect((await runPlanInProcess(['report', '--help'], { cwd: root })).stdout).toContain('plan-files, from plan.config.yaml');
  });

  it('belong to the folder of each run: two runs in one process each use their own', async () => {
    const withSettings = await project({ 'plan.config.yaml': 'plans: plan-files\nout: reports\n' });
    const without = tempDir();
    expect(runPlan(['init', ...FLAGS, '--plans', 'plans'], { cwd: without }).exitCode).toBe(0);
    rmSync(join(without, 'plan.config.yaml'));
    const report = 'westbrook-procurement-plan-2016-17-q1-appendix-1.docx';
    try {
      expect((await runCliInProcess(['report', '--quarter', 'Q1'], withSettings)).exitCode).toBe(0);
      // No settings here: the plans are in plans/ and the report goes to out/, not to the first folder's.
      const second = await runCliInProcess(['report', '--quarter', 'Q1'], without);
      expect(second.stderr).not.toContain('plan-files');
      expect(second.exitCode).toBe(0);
    } finally {
      vi.restoreAllMocks();
    }
    expect(readdirSync(join(withSettings, 'reports'))).toEqual([report]);
    expect(readdirSync(join(without, 'out'))).toEqual([report]);
    expect(existsSync(join(without, 'reports'))).toBe(false);
  });

  it('reads a "plan" key in package.json when there is no plan.config.yaml', async () => {
    const root = await project({ 'package.json': JSON.stringify({ name: 'x', plan: { plans: 'plan-files' } }, null, 2) });
    rmSync(join(root, 'plan.config.yaml'));
    expect((await runPlanInProcess(['validate'], { cwd: root })).stderr).toContain('2 files checked, no problems');
  });

  it('points at a mistake in the settings with file:line:col and a fix (exit 2)', async () => {
    const root = await project({ 'plan.config.yaml': 'plans: plan-files\nouts: reports\n' });
    const run = await runPlanInProcess(['validate'], { cwd: root });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('plan.config.yaml:2:1: "outs" is not a setting plan knows');
    expect(run.stderr).toContain('the settings are plans, out and template');
    writeFileSync(join(root, 'plan.config.yaml'), 'plans: plan-files\nout:\n');
    expect((await runPlanInProcess(['validate'], { cwd: root })).stderr).toContain('plan.config.yaml:2:');
    writeFileSync(join(root, 'package.json'), '{\n  "name": "x",\n  "plan": {\n    "plans": 5\n  }\n}\n');
    rmSync(join(root, 'plan.config.yaml'));
    const pkg = await runPlanInProcess(['validate'], { cwd: root });
    expect(pkg.exitCode).toBe(2);
    expect(pkg.stderr).toContain('package.json:4:14: write the plans folder as a path in quotes');
  });
});
