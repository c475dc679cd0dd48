import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BASE_FILES, type Fixture, makeFixture, runPlanInProcess } from './helpers.js';

/**
 * CI and terminal output under hostile text (issue 21, items 7–8): in every stream of every format,
 * nothing from a plan file or a file name can start a line (a GitHub workflow command such as
 * "::error" or "::add-mask::"), drive the terminal (ESC, BEL), or hide file:line:col (a carriage
 * return); the job summary's table keeps its shape whatever a file is called.
 */

let fixture: Fixture | undefined;
afterEach(() => fixture?.cleanup());

/** Lines that GitHub's runner would read as workflow commands (it ignores leading spaces). */
const commandLines = (text: string) => text.split('\n').filter((line) => line.trimStart().startsWith('::'));
/** plan's own annotations on stdout with --format github. */
const OWN = /^::(error|warning) file=[^:\n]+,line=\d+,col=\d+,title=plan [a-z-]+::|^::notice title=plan::/;

const HOSTILE_KEY = 'status: ok\n        "x\\n::add-mask::secret\\n::error file=README.md,line=1::pwned\\e]0;title\\a": 1';
const ALPHA = BASE_FILES['1.1-alpha.yaml']!.replace('status: Onward going', HOSTILE_KEY);

describe('hostile text in keys, values and file names', () => {
  it.each(['text', 'github', 'json', 'sarif'])('--format %s: no line starts a workflow command; no ESC, BEL or CR', async (format) => {
    fixture = makeFixture({
      '1.1-alpha.yaml': ALPHA,
      '1.2\n::add-mask::name\u001b[2J\u0007.yaml': 'section: "1.2"\ntitle: B\nactions: []\n',
    });
    const r = await runPlanInProcess(['validate', '--format', format], { cwd: fixture.root });
    expect(r.exitCode).toBe(1);
    expect(commandLines(r.stderr)).toEqual([]);
    expect(commandLines(r.stdout).filter((line) => !OWN.test(line))).toEqual([]);
    for (const out of [r.stdout, r.stderr]) expect(out).not.toMatch(/[\u0007\u001b\r]/);
    // The officer still sees where: each problem's file:line:col begins its line.
    if (format === 'text' || format === 'github') expect(r.stderr).toMatch(/^plans\/1\.1-alpha\.yaml:\d+:\d+: error: /m);
  });

  it('a file whose name is a workflow command does not start a line, even with --plans .', async () => {
    fixture = makeFixture({ '::error file=README.md,line=1::pwned.yaml': 'section: "9"\ntitle: x\nactions: [oops\n' });
    const r = await runPlanInProcess(['validate', '--plans', '.', '--format', 'github'], { cwd: fixture.plans });
    expect(r.exitCode).toBe(1);
    expect(commandLines(r.stderr)).toEqual([]);
    expect(r.stderr).toContain('./::error file=README.md,line=1::pwned.yaml:');
  });

  it('a carriage return in a value cannot hide file:line:col on a terminal', async () => {
    fixture = makeFixture({
      '1.1-alpha.yaml': BASE_FILES['1.1-alpha.yaml']!.replace('status: Onward going', 'status: Onward going\n        rag: "pur\\rple"'),
    });
    const r = await runPlanInProcess(['validate'], { cwd: fixture.root });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).not.toContain('\r');
    const line = r.stderr.split('\n').find((l) => l.includes('pur'));
    expect(line).toMatch(/^plans\/1\.1-alpha\.yaml:\d+:\d+: error: .*pur␍ple/);
  });
});

describe('commands that name the files they changed', () => {
  it('new-quarter: a section file whose name holds a line break and a workflow command starts no line', async () => {
    fixture = makeFixture({
      '1.2\n::add-mask::name\u0007.yaml':
        'section: "1.2"\ntitle: B\nactions:\n  - id: b\n    action: B\n    updates:\n      Q3:\n        status: ok\n        narrative: n\n',
    });
    const r = await runPlanInProcess(['new-quarter', 'Q4'], { cwd: fixture.root });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(commandLines(r.stderr)).toEqual([]);
    expect(r.stderr).not.toMatch(/[\u0007\r]/);
    expect(r.stderr).toContain('plans/1.2␊::add-mask::name␇.yaml: 1 action');
  });
});

describe('the job summary table', () => {
  it('keeps four columns on every row whatever the file is called (|, backticks, HTML)', async () => {
    const name = 'a|b`c`<img src=x onerror=alert(1)>.yaml';
    fixture = makeFixture({ [name]: 'section: "9"\ntitle: x\nactions: [oops\n' });
    const summary = join(fixture.root, 'summary.md');
    writeFileSync(summary, '');
    const r = await runPlanInProcess(['validate', '--format', 'github'], { cwd: fixture.root, env: { GITHUB_STEP_SUMMARY: summary } });
    expect(r.exitCode).toBe(1);
    const text = readFileSync(summary, 'utf8');
    expect(text).not.toContain('<img');
    const rows = text.split('\n').filter((l) => l.startsWith('| error') || l.startsWith('| warning'));
    expect(rows.length).toBeGreaterThan(0);
    // A cell boundary is a "|" not escaped with a backslash: five on every row of four cells.
    for (const row of rows) expect(row.match(/(?<!\\)\|/g)).toHaveLength(5);
    expect(text).toContain('a\\|b\\`c\\`&lt;img');
  });
});
