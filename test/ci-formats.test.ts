import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { Ajv } from 'ajv';
import AjvDraft04Module from 'ajv-draft-04';
import { afterAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/diagnostics/diagnostic.js';
import { GITHUB_SHOWN, githubOrder } from '../src/diagnostics/github.js';
import { ROOT, runPlanInProcess, SHIPPED_PLANS, tempFolders } from './helpers.js';

const temp = tempFolders('plan-ci-');
afterAll(temp.removeAll);
/** A copy of the shipped plan in a new folder, with some files changed. */
function broken(changes: Record<string, (text: string) => string>): string {
  const root = temp.make();
  cpSync(SHIPPED_PLANS, join(root, 'plans'), { recursive: true });
  for (const [name, change] of Object.entries(changes)) {
    const path = join(root, 'plans', name);
    writeFileSync(path, change(readFileSync(path, 'utf8')));
  }
  return root;
}

const F82 = '8.2-value-for-money-and-transparency.yaml';
const F81 = '8.1-engagement-and-communication.yaml';
const MISTAKES = {
  [F82]: (t: string) => t.replace('CDC: 53726', 'CDC: "£53,726"').replace('id: off-contract-spend', 'id: regular-updates'),
  [F81]: (t: string) =>
    t.replace('        status: Onward going', '        status: TODO\n        notes:\n          XYZ: a council plan.yaml does not name'),
};

describe('--format json', () => {
  const schema = JSON.parse(readFileSync(join(ROOT, 'templates', 'validate-result.schema.json'), 'utf8'));
  const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

  it('has a version and end positions, and passes its committed JSON Schema', async () => {
    const root = broken(MISTAKES);
    const run = await runPlanInProcess(['validate', '--format', 'json'], { cwd: root });
    expect(run.exitCode).toBe(1);
    const result = JSON.parse(run.stdout);
    expect(validate(result), JSON.stringify(validate.errors)).toBe(true);
    expect(result.version).toBe(1);
    const money = result.diagnostics.find((d: { code: string }) => d.code === 'invalid-money');
    expect(money).toMatchObject({ file: `plans/${F82}`, line: 20, column: 16, endLine: 20, endColumn: 25 });
    // The end is where the written value ends on that line.
    const line = readFileSync(join(root, 'plans', F82), 'utf8').split('\n')[19]!;
    expect(line.slice(money.column - 1, money.endColumn - 1)).toBe('"£53,726"');
    for (const d of result.diagnostics) expect(d.endColumn).toBeGreaterThan(d.column);
  });

  it('writes a JSON object on stdout for a usage error too (exit 2)', async () => {
    for (const args of [
      ['validate', '--format', 'json', '--quarter', 'Q9'],
      ['validate', '--format=json', '--plans', 'nowhere'],
      ['validate', '--format', 'json', '--no-such-flag'],
    ]) {
      const run = await runPlanInProcess(args, { cwd: ROOT });
      expect(run.exitCode).toBe(2);
      const result = JSON.parse(run.stdout);
      expect(validate(result), JSON.stringify(validate.errors)).toBe(true);
      expect(result.usageError.message).toMatch(/\S/);
      expect(run.stderr).toContain('plan: error:');
    }
  });
});

describe('--format sarif', () => {
  it('writes SARIF 2.1.0 that validates against the published SARIF JSON Schema', async () => {
    const root = broken(MISTAKES);
    const run = await runPlanInProcess(['validate', '--format', 'sarif', '--quarter', 'Q3'], { cwd: root });
    expect(run.exitCode).toBe(1);
    const sarif = JSON.parse(run.stdout);
    // The OASIS SARIF 2.1.0 schema as published (draft-04), the copy @microsoft/jest-sarif ships, kept
    // in test/fixtures/sarif/ with its licence.
    const schema = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'sarif', 'sarif-2.1.0-rtm.5.json'), 'utf8'));
    const validate = new AjvDraft04Module.default({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false }).compile(
      schema,
    );
    expect(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    // The check can fail: a region without startLine's type is refused.
    expect(
      validate({
        ...sarif,
        runs: [
          { ...sarif.runs[0], results: [{ message: { text: 'x' }, locations: [{ physicalLocation: { region: { startLine: 'one' } } }] }] },
        ],
      }),
    ).toBe(false);

    expect(sarif.$schema).toMatch(/sarif-2\.1\.0/);
    expect(sarif.version).toBe('2.1.0');
    const run0 = sarif.runs[0];
    const ids = run0.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['invalid-money', 'duplicate-id', 'unwritten', 'unknown-council']));
    for (const rule of run0.tool.driver.rules) expect(rule.help.text).toMatch(/\S/);
    const money = run0.results.find((r: { ruleId: string }) => r.ruleId === 'invalid-money');
    expect(money.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: `plans/${F82}`, uriBaseId: 'SRCROOT' },
      region: { startLine: 20, startColumn: 16, endLine: 20, endColumn: 25 },
    });
    expect(run0.results[0].ruleIndex).toBe(ids.indexOf(run0.results[0].ruleId));
  });
});

describe('--format github', () => {
  const d = (file: string, line: number, severity: 'error' | 'warning' = 'error'): Diagnostic => ({
    file,
    line,
    column: 1,
    severity,
    code: 'x',
    message: 'm',
  });

  it('puts errors first and one problem from each file before a second from any', async () => {
    const ordered = githubOrder([
      d('plans/a.yaml', 1),
      d('plans/a.yaml', 2),
      d('plans/a.yaml', 3),
      d('plans/b.yaml', 9, 'warning'),
      d('plans/b.yaml', 5),
      d('plans/c.yaml', 7),
    ]);
    expect(ordered.map((x) => `${x.file.slice(6, 7)}${x.line}`)).toEqual(['a1', 'b5', 'c7', 'a2', 'a3', 'b9']);
  });

  it('annotates, tells when GitHub will hide some, and writes the job summary', async () => {
    // Every action's id the same (22 duplicates) and one money error: both kinds are in the first 10.
    const sections = readdirSync(SHIPPED_PLANS).filter((n) => /^8\.\d.*\.yaml$/.test(n) && n !== F82);
    const root = broken({
      ...Object.fromEntries(sections.map((n) => [n, (t: string) => t.replace(/id: [a-z-]+/g, 'id: same')])),
      [F82]: (t) => t.replace('CDC: 53726', 'CDC: "£53,726"').replace(/id: [a-z-]+/g, 'id: same'),
    });
    const summary = join(root, 'summary.md');
    writeFileSync(summary, '# earlier step\n');
    const run = await runPlanInProcess(['validate', '--format', 'github'], { cwd: root, env: { GITHUB_STEP_SUMMARY: summary } });
    expect(run.exitCode).toBe(1);
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error '));
    expect(errors.length).toBeGreaterThan(GITHUB_SHOWN);
    expect(errors.slice(0, GITHUB_SHOWN).some((l) => l.includes(`file=plans/${F81}`))).toBe(true);
    expect(errors.slice(0, GITHUB_SHOWN).some((l) => l.includes(`file=plans/${F82}`))).toBe(true);
    expect(run.stdout).toMatch(/::notice title=plan::plan found \d+ errors/);
    const md = readFileSync(summary, 'utf8');
    expect(md.startsWith('# earlier step\n## plan validate\n')).toBe(true);
    expect(md).toMatch(/❌ \*\*\d+ errors\*\*, \d+ warnings? in 9 files checked\./);
    expect(md).toContain('| | Where | Problem | How to fix it |');
    expect(md).toContain(`<code>plans/${F82}:20:16</code>`);
    expect(md).toContain('write money as a plain number of pounds: 53726 (not "£53,726")');
  });
});

describe('plan validate FILE… (pre-commit)', () => {
  it('reports the named files and the cross-file problems they take part in, reading the folder for context', async () => {
    const root = broken(MISTAKES);
    const only81 = await runPlanInProcess(['validate', `plans/${F81}`, '--format', 'json'], { cwd: root });
    const result = JSON.parse(only81.stdout);
    expect(result.filesChecked).toBe(1);
    const files = new Set(result.diagnostics.map((x: { file: string }) => x.file));
    // The duplicate id is reported in 8.2, but it names 8.1, so 8.1's commit hears of it.
    expect([...files].sort()).toEqual([`plans/${F81}`, `plans/${F82}`]);
    expect(result.diagnostics.filter((x: { file: string }) => x.file === `plans/${F82}`).map((x: { code: string }) => x.code)).toEqual([
      'duplicate-id',
    ]);
    // A council not in plan.yaml is found although plan.yaml was not named: the folder is context.
    expect(result.diagnostics.map((x: { code: string }) => x.code)).toContain('unknown-council');
    // 8.3 is clean, and 8.2's own money error is not 8.3's business.
    const only83 = await runPlanInProcess(['validate', 'plans/8.3-local-business-and-sme-engagement.yaml'], { cwd: root });
    expect(only83.exitCode).toBe(0);
    expect(only83.stderr).toContain('1 file checked, no problems');
  });

  it('refuses files from two folders, a missing file, and a file that is not YAML', async () => {
    const root = broken({});
    expect((await runPlanInProcess(['validate', `plans/${F81}`, 'plans/nope.yaml'], { cwd: root })).stderr).toContain(
      'plans/nope.yaml does not exist',
    );
    expect((await runPlanInProcess(['validate', 'plans/plan.schema.json'], { cwd: root })).stderr).toContain('is not a plan file (.yaml)');
    cpSync(join(root, 'plans'), join(root, 'other'), { recursive: true });
    const two = await runPlanInProcess(['validate', `plans/${F81}`, `other/${F81}`], { cwd: root });
    expect(two.exitCode).toBe(2);
    expect(two.stderr).toContain('the files are in more than one folder');
  });
});

describe('docs/ci-and-editors.md', () => {
  it("has a GitHub Actions workflow that a workflow linter accepts, and whose steps use plan's formats", () => {
    const readme = readFileSync(join(ROOT, 'docs', 'ci-and-editors.md'), 'utf8');
    const workflow = /<!-- workflow -->\n```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(workflow).toBeDefined();
    const state = validateWorkflow(workflow!);
    expect(state.errors).toEqual([]);
    // The linter can fail: a job without runs-on is refused.
    expect(validateWorkflow(workflow!.replace('    runs-on: ubuntu-latest\n', '')).errors.length).toBeGreaterThan(0);
    expect(workflow).toContain('plan validate --format github --strict');
    expect(workflow).toContain('plan validate --format sarif > plan.sarif');
  });
});
