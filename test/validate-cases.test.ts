import { existsSync, symlinkSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Diagnostic, promoteWarnings } from '../src/diagnostics/diagnostic.js';
import { loadPlan } from '../src/plan/load-plan.js';
import { sectionsBelow } from '../src/plan/sections-below.js';
import { alphaWithLine, cases, section } from './bad-input-cases.js';
import { BASE_FILES, type Fixture, makeFixture, positionOf, runPlan } from './helpers.js';

describe('plan validate: every mistake is reported at its position', () => {
  let fixture: Fixture | undefined;
  afterEach(() => fixture?.cleanup());

  it.each(cases)('$name', async (c) => {
    fixture = makeFixture(c.files);
    const { diagnostics } = await loadPlan({ plansDir: 'plans', cwd: fixture.root, quarter: c.quarter });
    const match = diagnostics.find((d) => positionOf(d) === c.at && c.message.test(d.message));
    expect(
      match,
      `expected ${c.at} ${c.message}; got:\n${diagnostics.map((d) => `${positionOf(d)} ${d.severity} ${d.message} | ${d.hint ?? ''}`).join('\n')}`,
    ).toBeDefined();
    expect(match!.severity).toBe(c.severity ?? 'error');
    if (c.hint) expect(match!.hint).toMatch(c.hint);
  });

  it('accepts the base plan with no problems at all', async () => {
    fixture = makeFixture();
    const result = await loadPlan({ plansDir: 'plans', cwd: fixture.root, quarter: 'Q3' });
    expect(result.diagnostics).toEqual([]);
    expect(result.plan?.sections).toHaveLength(1);
  });

  it('reads NO, yes and 1:20 as text whatever the %YAML directive says', async () => {
    fixture = makeFixture({
      '2.1-beta.yaml': `%YAML 1.1\n---\n${section('status: NO', 'narrative: "1:20 yes"').replace('title: Beta', 'title: yes')}`,
    });
    const result = await loadPlan({ plansDir: 'plans', cwd: fixture.root });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const beta = result.plan!.sections.find((s) => s.number === '2.1')!;
    expect(beta.title).toBe('yes');
    expect(beta.actions[0]!.updates.Q3!.status).toBe('NO');
  });

  it('accepts a byte-order mark and CRLF line endings, with correct columns', async () => {
    const crlf = `\ufeff${section('status: ok', 'narative: x').replace(/\n/g, '\r\n')}`;
    fixture = makeFixture({ '2.1-beta.yaml': crlf });
    const { diagnostics } = await loadPlan({ plansDir: 'plans', cwd: fixture.root });
    expect(diagnostics.map(positionOf)).toEqual(['plans/2.1-beta.yaml:9:9']);
    expect(diagnostics[0]!.sourceLine).toBe('        narative: x');
  });

  it('reports every problem in every file in one run', async () => {
    fixture = makeFixture({
      '1.1-alpha.yaml': alphaWithLine(20, '          CDC: "£1"'),
      '2.1-beta.yaml': section('status: ok', 'narative: x', 'rag: blue'),
      '3.1-gamma.yaml': 'section: "3.1"\ntitle:Gamma\n',
    });
    const { diagnostics } = await loadPlan({ plansDir: 'plans', cwd: fixture.root });
    expect(new Set(diagnostics.map((d) => d.file))).toEqual(
      new Set(['plans/1.1-alpha.yaml', 'plans/2.1-beta.yaml', 'plans/3.1-gamma.yaml']),
    );
    expect(diagnostics.filter((d) => d.file === 'plans/2.1-beta.yaml')).toHaveLength(2);
  });

  it('reports schema problems and cross-file rules together', async () => {
    fixture = makeFixture({ '2.1-beta.yaml': section('status: ok', 'narative: x').replace('beta-one', 'alpha-one') });
    const { diagnostics } = await loadPlan({ plansDir: 'plans', cwd: fixture.root });
    expect(diagnostics.map((d) => d.code).sort()).toEqual(['duplicate-id', 'unknown-key']);
  });

  it('does not read hidden files or editor lock files as plan data, and says nothing of them', async () => {
    const garbage = 'this: [is not: a plan\n';
    fixture = makeFixture({
      '.#1.1-alpha.yaml': garbage,
      '~$alpha.yaml': garbage,
      '#1.1-alpha.yaml#': garbage,
      '.hidden.yaml': garbage,
      'notes.txt': garbage,
    });
    const result = await loadPlan({ plansDir: 'plans', cwd: fixture.root });
    expect(result.diagnostics).toEqual([]);
    expect(result.files).toEqual(['plans/plan.yaml', 'plans/1.1-alpha.yaml']);
  });

  it('reads a section ending in .yml, as the message about files not read says', async () => {
    fixture = makeFixture({ '2.1-beta.yml': section('status: ok') });
    const result = await loadPlan({ plansDir: 'plans', cwd: fixture.root });
    expect(result.diagnostics).toEqual([]);
    expect(result.files).toContain('plans/2.1-beta.yml');
  });

  it('names every file that looks like a section but is not read, with what to do', async () => {
    const garbage = 'this: [is not: a plan\n';
    fixture = makeFixture({
      '1.1-alpha.yaml~': garbage,
      '4-contract-management.yaml.txt': garbage,
      '5-fleet.yml~': garbage,
      '6-waste.txt': garbage,
      '1.1-alpha (1).yaml': garbage,
      '1.1-alpha (as sent to committee).yaml': garbage,
      'Copy of 1.1-alpha.yaml': garbage,
      '7-sustainability': garbage,
    });
    const result = await loadPlan({ plansDir: 'plans', cwd: fixture.root });
    expect(result.diagnostics.map((d) => `${d.file} ${d.severity}: ${d.message} | ${d.hint}`)).toEqual([
      'plans/1.1-alpha (1).yaml error: 1.1-alpha (1).yaml looks like a copy of 1.1-alpha.yaml, so it is not read | if the copy is the newer one, delete 1.1-alpha.yaml and rename 1.1-alpha (1).yaml to 1.1-alpha.yaml; otherwise move 1.1-alpha (1).yaml out of the plans folder, or delete it',
      'plans/1.1-alpha (as sent to committee).yaml error: 1.1-alpha (as sent to committee).yaml looks like a copy of 1.1-alpha.yaml, so it is not read | if the copy is the newer one, delete 1.1-alpha.yaml and rename 1.1-alpha (as sent to committee).yaml to 1.1-alpha.yaml; otherwise move 1.1-alpha (as sent to committee).yaml out of the plans folder, or delete it',
      'plans/1.1-alpha.yaml~ warning: 1.1-alpha.yaml~ is not read: it looks like a backup copy of 1.1-alpha.yaml | plan reads 1.1-alpha.yaml; delete 1.1-alpha.yaml~, or move it out of the plans folder',
      'plans/4-contract-management.yaml.txt error: 4-contract-management.yaml.txt is not read, so its section is left out of the report: only files ending in .yaml or .yml are (Notepad adds ".txt" unless "Save as type" is "All files") | rename it to 4-contract-management.yaml, or move it out of the plans folder if it is not a section',
      'plans/5-fleet.yml~ error: 5-fleet.yml~ is not read, so its section is left out of the report: only files ending in .yaml or .yml are | rename it to 5-fleet.yml, or move it out of the plans folder if it is not a section',
      'plans/6-waste.txt error: 6-waste.txt is not read, so its section is left out of the report: only files ending in .yaml or .yml are | rename it to 6-waste.yaml, or move it out of the plans folder if it is not a section',
      'plans/7-sustainability error: 7-sustainability is not read, so its section is left out of the report: only files ending in .yaml or .yml are | rename it to 7-sustainability.yaml, or move it out of the plans folder if it is not a section',
      'plans/Copy of 1.1-alpha.yaml error: Copy of 1.1-alpha.yaml looks like a copy of 1.1-alpha.yaml, so it is not read | if the copy is the newer one, delete 1.1-alpha.yaml and rename Copy of 1.1-alpha.yaml to 1.1-alpha.yaml; otherwise move Copy of 1.1-alpha.yaml out of the plans folder, or delete it',
    ]);
    expect(result.files).toEqual(['plans/plan.yaml', 'plans/1.1-alpha.yaml']);
  });

  it('reads a plan file named with capitals, and asks for it to be renamed in small letters', async () => {
    for (const name of ['Plan.yaml', 'PLAN.YAML', 'plan.YML']) {
      fixture?.cleanup();
      fixture = makeFixture({ 'plan.yaml': null, [name]: BASE_FILES['plan.yaml']! });
      const result = await loadPlan({ plansDir: 'plans', cwd: fixture.root });
      expect(result.diagnostics.map((d) => `${d.file} ${d.severity} ${d.code}: ${d.hint}`)).toEqual([
        `plans/${name} warning plan-file-name: rename ${name} to ${name.toLowerCase()}`,
      ]);
      expect(result.plan).toBeDefined();
    }
    fixture = undefined;
  });

  it('names a section whose extension is mistyped (".ymal", ".yamll", ".yaml1"), and leaves other kinds of file alone', async () => {
    const garbage = 'this: [is not: a plan\n';
    fixture = makeFixture({
      '1.1-alpha.yaml': null,
      '1.1-alpha.ymal': BASE_FILES['1.1-alpha.yaml']!,
      '2.1-beta.yamll': garbage,
      'notes.yaml1': garbage,
      '3.1-gamma.xml': garbage,
      '4.1-delta.md': garbage,
      'readme.txt': garbage,
    });
    const result = await loadPlan({ plansDir: 'plans', cwd: fixture.root });
    expect(result.diagnostics.filter((d) => d.code === 'file-not-read').map((d) => `${d.file} ${d.severity}: ${d.hint}`)).toEqual([
      'plans/1.1-alpha.ymal error: rename it to 1.1-alpha.yaml, or move it out of the plans folder if it is not a section',
      'plans/2.1-beta.yamll error: rename it to 2.1-beta.yaml, or move it out of the plans folder if it is not a section',
      'plans/notes.yaml1 error: rename it to notes.yaml, or move it out of the plans folder if it is not a section',
    ]);
  });

  it('takes a section saved again with "v2" in its name beside the original as one copy, not a cascade', async () => {
    for (const name of ['1.1-alpha v2.yaml', '1.1-alpha_v2.yaml', '1.1-alpha - v1.1.yaml', '1.1-alpha (v3).yaml']) {
      fixture?.cleanup();
      fixture = makeFixture({ [name]: BASE_FILES['1.1-alpha.yaml']! });
      const result = await loadPlan({ plansDir: 'plans', cwd: fixture.root });
      expect(result.diagnostics.map((d) => `${d.file} ${d.code}: ${d.message}`)).toEqual([
        `plans/${name} copied-file: ${name} looks like a copy of 1.1-alpha.yaml, so it is not read`,
      ]);
    }
    fixture = undefined;
  });

  it('takes a section saved again with a quarter, a year, a date or "old" in its name beside the original as one copy', async () => {
    const names = [
      '1.1-alpha-Q2.yaml',
      '1.1-alpha Q2 2014-15.yaml',
      '1.1-alpha_2014-12-31.yaml',
      '1.1-alpha (old).yaml',
      '1.1-alpha end of Q2.yaml',
    ];
    for (const name of names) {
      fixture?.cleanup();
      fixture = makeFixture({ [name]: BASE_FILES['1.1-alpha.yaml']! });
      const result = await loadPlan({ plansDir: 'plans', cwd: fixture.root });
      expect(result.diagnostics.map((d) => `${d.file} ${d.code}: ${d.message} | ${d.hint}`)).toEqual([
        `plans/${name} copied-file: ${name} looks like a copy of 1.1-alpha.yaml, so it is not read | if the copy is the newer one, delete 1.1-alpha.yaml and rename ${name} to 1.1-alpha.yaml; otherwise move ${name} out of the plans folder, or delete it`,
      ]);
    }
    fixture = undefined;
  });

  it('takes the copy OneDrive or Dropbox keeps of a file changed in two places as one copy, naming the computer or person', async () => {
    const cases = [
      ['1.1-alpha-DESKTOP-K7Q2M9P.yaml', 'OneDrive or SharePoint', 'on the computer DESKTOP-K7Q2M9P'],
      ['1.1-alpha-FINANCEPC01.yaml', 'OneDrive or SharePoint', 'on the computer FINANCEPC01'],
      ["1.1-alpha (Jo Smith's conflicted copy 2014-05-01).yaml", 'Dropbox', 'by Jo Smith'],
    ];
    for (const [name, by, from] of cases) {
      fixture?.cleanup();
      fixture = makeFixture({ [name!]: BASE_FILES['1.1-alpha.yaml']!.replace('status: ok', 'status: ok too') });
      const result = await loadPlan({ plansDir: 'plans', cwd: fixture.root });
      expect(result.diagnostics.map((d) => `${d.file} ${d.code}: ${d.message} | ${d.hint}`)).toEqual([
        `plans/${name} copied-file: ${name} looks like the copy ${by} keeps when 1.1-alpha.yaml is changed in two places before it syncs (this one ${from}), so it is not read | compare the two, keep the right one as 1.1-alpha.yaml, and delete the other or move it out of the plans folder`,
      ]);
    }
    fixture = undefined;
  });

  it("reads a section whose name ends in capitals that are not a computer's name, beside another", async () => {
    const beta = BASE_FILES['1.1-alpha.yaml']!.replace('"1.1"', '"1.2"').replaceAll('alpha-', 'beta-');
    fixture = makeFixture({ '1.1-alpha-HR.yaml': beta });
    const result = await loadPlan({ plansDir: 'plans', cwd: fixture.root });
    expect(result.diagnostics.filter((d) => d.code === 'copied-file')).toEqual([]);
    expect(result.files).toContain('plans/1.1-alpha-HR.yaml');
  });

  it('says which of a copy and its original was saved later, when an hour or more apart', async () => {
    fixture = makeFixture({ '1.1-alpha v2.yaml': BASE_FILES['1.1-alpha.yaml']! });
    const hourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(join(fixture.plans, '1.1-alpha.yaml'), hourAgo, hourAgo);
    const result = await loadPlan({ plansDir: 'plans', cwd: fixture.root });
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      '1.1-alpha v2.yaml looks like a copy of 1.1-alpha.yaml, so it is not read (1.1-alpha v2.yaml was saved later)',
    ]);
  });

  it('refuses to write a report without a section saved by Notepad as ".yaml.txt", naming the file and the rename', () => {
    const beta = BASE_FILES['1.1-alpha.yaml']!.replace('"1.1"', '"2.1"').replaceAll('alpha-', 'beta-');
    fixture = makeFixture({ '1.1-alpha.yaml': null, '1.1-alpha.yaml.txt': BASE_FILES['1.1-alpha.yaml']!, '2.1-beta.yaml': beta });
    const out = join(fixture.root, 'out.json');
    const result = runPlan(['report', '--quarter', 'Q3', '--format', 'json', '--out', out], { cwd: fixture.root });
    expect(result.exitCode, result.stderr).toBe(1);
    expect(result.stderr).toMatch(/1\.1-alpha\.yaml\.txt is not read, so its section is left out of the report/);
    expect(result.stderr).toMatch(/rename it to 1\.1-alpha\.yaml/);
    expect(existsSync(out)).toBe(false);
  });

  it('names a section moved into a folder inside the plans folder, by its section line, and no kept copy', async () => {
    const numbered = (n: string) =>
      BASE_FILES['1.1-alpha.yaml']!.replace('"1.1"', `"${n}"`).replaceAll('alpha-', `s${n.replaceAll('.', '')}-`);
    fixture = makeFixture({
      'Q2 as sent/2.1-beta.yaml': numbered('2.1'),
      'Q2 as sent/1.1-alpha.yaml': BASE_FILES['1.1-alpha.yaml']!,
      'Q2 as sent/12.10.15 1.1-alpha.yaml': BASE_FILES['1.1-alpha.yaml']!,
      'Q2 as sent/01-alpha.yaml': numbered('01'),
      'Q2 as sent/plan.yaml': BASE_FILES['plan.yaml']!,
      'Q2 as sent/notes.yaml': 'kept: true\n',
      'drafts/2013/3.1-gamma.yml': numbered('3.1'),
      'old/4.1-delta.yaml': numbered('4.1'),
      'archive/2013-14/4.2-delta.yaml': numbered('4.2'),
      '2013-14/4.3-delta.yaml': numbered('4.3'),
      'templates/new-section.yaml': numbered('9'),
    });
    const result = await loadPlan({ plansDir: 'plans', cwd: fixture.root });
    expect(result.diagnostics.map((d) => `${positionOf(d)} ${d.severity}: ${d.message} | ${d.hint}`)).toEqual([
      'plans/drafts/2013/3.1-gamma.yml:1:1 error: plans/drafts/2013/3.1-gamma.yml is not read, so section 3.1 is left out of the report: plan reads only the files directly in the plans folder, not those in a folder inside it | move it up into the plans folder, beside plan.yaml; if section 3.1 was dropped on purpose, move the folder "drafts" out of the plans folder',
      'plans/Q2 as sent/2.1-beta.yaml:1:1 error: plans/Q2 as sent/2.1-beta.yaml is not read, so section 2.1 is left out of the report: plan reads only the files directly in the plans folder, not those in a folder inside it | move it up into the plans folder, beside plan.yaml; if section 2.1 was dropped on purpose, move the folder "Q2 as sent" out of the plans folder',
    ]);
    expect(result.plan).toBeUndefined();
  });

  it("says once a section saved under another section's file name, not the ids and titles twice", async () => {
    fixture = makeFixture({ '2.1-beta.yaml': BASE_FILES['1.1-alpha.yaml']! });
    const result = await loadPlan({ plansDir: 'plans', cwd: fixture.root, quarter: 'Q3' });
    expect(result.diagnostics.map((d) => `${positionOf(d)} ${d.severity}: ${d.message} | ${d.hint}`)).toEqual([
      "plans/2.1-beta.yaml:1:10 error: 2.1-beta.yaml holds section 1.1, as 1.1-alpha.yaml does, with the same actions: section 1.1 saved under section 2.1's file name? Section 2.1 is now missing from the plan | keep the copy of section 1.1 you edited last as 1.1-alpha.yaml; then bring back section 2.1 as 2.1-beta.yaml from a backup, the file's earlier versions or the last report pack",
    ]);
  });

  it('knows a section below by its section line: a part of a section read, or one split into parts, is held', () => {
    const file = (n: string) => `# yaml-language-server: $schema=./section.schema.json\nsection: ${n}\ntitle: T\n`;
    const below = new Map([
      ['Q1 as sent/2-savings.yaml', file('"2"')],
      ['Q1 as sent/03-local.yaml', file("'03'")],
      ['Q1 as sent/8.1.yaml', file('8.1 # kept')],
      ['Q1 as sent/5-climate.yaml', file('"5"')],
      ['templates/notes.yaml', 'kept: true\n'],
    ]);
    expect(sectionsBelow(below, [file('"2.1"'), file('"2.2"'), file('"3"'), file('"8"')])).toEqual([
      { path: 'Q1 as sent/5-climate.yaml', section: '5' },
    ]);
  });

  it('reads a section whose name ends in capitals, .YAML', async () => {
    fixture = makeFixture({ '2.1-beta.YAML': section('status: On track') });
    const result = await loadPlan({ plansDir: 'plans', cwd: fixture.root });
    expect(result.files).toContain('plans/2.1-beta.YAML');
  });

  it('does not follow symbolic links, and says so', async () => {
    fixture = makeFixture();
    symlinkSync(join(fixture.plans, '1.1-alpha.yaml'), join(fixture.plans, '9.9-link.yaml'));
    const result = await loadPlan({ plansDir: 'plans', cwd: fixture.root });
    expect(result.diagnostics.map((d: Diagnostic) => [positionOf(d), d.severity, d.code])).toEqual([
      ['plans/9.9-link.yaml:1:1', 'warning', 'symlink-ignored'],
    ]);
    expect(result.files).not.toContain('plans/9.9-link.yaml');
  });

  it('--strict turns warnings into errors', async () => {
    fixture = makeFixture({ '2.1-beta.yaml': section('status: Phase #2 agreed') });
    const { diagnostics } = await loadPlan({ plansDir: 'plans', cwd: fixture.root });
    expect(diagnostics.map((d) => d.severity)).toEqual(['warning']);
    expect(promoteWarnings(diagnostics).map((d) => d.severity)).toEqual(['error']);
  });
});
