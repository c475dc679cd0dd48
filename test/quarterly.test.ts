import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { onlyAddsLines } from '../src/commands/new-quarter/run.js';
import { docxText } from './docx.js';
import { BASE_FILES, type Fixture, makeFixture, runPlanInProcess } from './helpers.js';

/** The quarterly cycle: roll forward, write, report what moved, and catch copied updates. */

let fixture: Fixture | undefined;
afterEach(() => fixture?.cleanup());

/** The base plan with a Q2 before its Q3 (fixture data, not the shipped plan's). */
const TWO_QUARTERS = [
  'section: "1.1"',
  'title: Alpha',
  'actions:',
  '  # A comment that must survive.',
  '  - id: alpha-one',
  '    action: Do the first thing',
  '    updates:',
  '      Q2:',
  '        status: Not started',
  '        narrative: Planning.',
  '      Q3:',
  "        status: 'Onward going'",
  '        narrative: Going well.',
  '',
  '  - id: alpha-savings',
  '    action: Save money',
  '    target:',
  '      measure: savings',
  '      amounts: { CDC: 75000, SNC: 50000 }',
  '    updates:',
  '      Q2:',
  '        narrative: First contracts let.',
  '        achieved:',
  '          CDC: 40000',
  '          SNC: 30000',
  '      Q3:',
  "        narrative: More contracts let; SNC's total fell after a refund.",
  '        achieved:',
  '          CDC: 53726',
  '          SNC: 26796 # a refund was due',
  '  - id: alpha-new',
  '    action: Started in Q3',
  '    updates:',
  '      Q3:',
  '        status: Onward going',
  '',
].join('\n');

const files = () => ({ '1.1-alpha.yaml': TWO_QUARTERS });
const alpha = () => readFileSync(join(fixture!.plans, '1.1-alpha.yaml'), 'utf8');

describe('plan new-quarter', () => {
  it('adds a carried-forward update to every action, and nothing else (as git diff would show)', async () => {
    fixture = makeFixture(files());
    const r = await runPlanInProcess(['new-quarter', 'Q4'], { cwd: fixture.root });
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toMatch(/added Q4 updates to 3 actions in 1 file,/);
    const after = alpha();
    expect(onlyAddsLines(TWO_QUARTERS, after)).toBe(true);
    const added = after.split('\n').filter((line, i, all) => !TWO_QUARTERS.split('\n').includes(line) || all.indexOf(line) !== i);
    expect(after).toContain(
      [
        '        narrative: Going well.',
        '      Q4:',
        "        status: 'Onward going'".replace("'Onward going'", 'Onward going'),
        '        narrative: "TODO: write the Q4 narrative"',
        '',
        '  - id: alpha-savings',
      ].join('\n'),
    );
    expect(after).toContain(
      [
        '          SNC: 26796 # a refund was due',
        '      Q4:',
        '        narrative: "TODO: write the Q4 narrative"',
        '        achieved:',
        '          CDC: 53726',
        '          SNC: 26796',
      ].join('\n'),
    );
    expect(after).toContain('  # A comment that must survive.');
    expect(added.length).toBeGreaterThan(0);
  });

  it('is idempotent', async () => {
    fixture = makeFixture(files());
    await runPlanInProcess(['new-quarter', 'Q4'], { cwd: fixture.root });
    const once = alpha();
    const r = await runPlanInProcess(['new-quarter', 'Q4'], { cwd: fixture.root });
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toMatch(/every action already has a Q4 update; nothing changed/);
    expect(alpha()).toBe(once);
  });

  it('makes plan validate --quarter fail, naming each action, until every narrative is written', async () => {
    fixture = makeFixture(files());
    await runPlanInProcess(['new-quarter', 'Q4'], { cwd: fixture.root });
    const strict = await runPlanInProcess(['validate', '--quarter', 'Q4'], { cwd: fixture.root });
    expect(strict.exitCode).toBe(1);
    for (const id of ['alpha-one', 'alpha-savings', 'alpha-new'])
      expect(strict.stderr).toMatch(new RegExp(`error: the Q4 narrative of action "${id}" is not written yet`));
    const relaxed = await runPlanInProcess(['validate'], { cwd: fixture.root });
    expect(relaxed.exitCode).toBe(0);
    expect(relaxed.stderr).toMatch(/warning: the Q4 narrative of action "alpha-one" is not written yet/);
    expect((await runPlanInProcess(['report', '--quarter', 'Q4'], { cwd: fixture.root })).exitCode).toBe(1);
    writeFileSync(join(fixture.plans, '1.1-alpha.yaml'), alpha().replace(/"TODO: write the Q4 narrative"/g, 'Done in Q4.'));
    expect((await runPlanInProcess(['validate', '--quarter', 'Q4'], { cwd: fixture.root })).exitCode).toBe(0);
  });

  it('refuses to touch a plan with errors', async () => {
    fixture = makeFixture({ '1.1-alpha.yaml': TWO_QUARTERS.replace('narrative: Planning.', 'narative: Planning.') });
    const before = alpha();
    const r = await runPlanInProcess(['new-quarter', 'Q4'], { cwd: fixture.root });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/unknown key "narative"[\s\S]*nothing changed/);
    expect(alpha()).toBe(before);
  });

  it.each([
    [['new-quarter', 'Q1'], /Q1 starts the next financial year, but 2013\/14 is still in the plan[\s\S]*--new-year/],
    [['new-quarter', 'Q2'], /already has Q3 updates; new-quarter only adds the next quarter/],
    [['new-quarter', 'Q5'], /use Q1, Q2, Q3 or Q4/],
    [['new-quarter', 'Q4', '--new-year'], /--new-year starts a financial year, so it goes with Q1/],
    [['new-quarter', 'Q1', '--new-year'], /2013\/14 has no Q4 updates yet/],
  ])('never moves backwards or into a new year silently: %j', async (args, message) => {
    fixture = makeFixture(files());
    const before = alpha();
    const r = await runPlanInProcess(args, { cwd: fixture.root });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(alpha()).toBe(before);
  });

  it('refuses to skip a quarter: Q3 after Q1 would leave a Q2 that no later new-quarter can add', async () => {
    const onlyQ1 = ['section: "1.1"', 'title: Alpha', 'actions:', '  - id: alpha-one', '    action: Do the first thing', '    updates:'];
    fixture = makeFixture({
      '1.1-alpha.yaml': [...onlyQ1, '      Q1:', '        status: Not started', '        narrative: Planning.', ''].join('\n'),
    });
    const before = alpha();
    const r = await runPlanInProcess(['new-quarter', 'Q3'], { cwd: fixture.root });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/the plan's last quarter is Q1: the next is Q2\n\s*hint: .*plan new-quarter Q2/);
    expect(alpha()).toBe(before);
    expect((await runPlanInProcess(['new-quarter', 'Q2'], { cwd: fixture.root })).exitCode).toBe(0);
  });

  it('says so when the quarter before is not written at all: a run twice or too early carries unchecked figures', async () => {
    fixture = makeFixture(files());
    await runPlanInProcess(['new-quarter', 'Q4'], { cwd: fixture.root });
    const early = await runPlanInProcess(['new-quarter', 'Q1', '--new-year'], { cwd: fixture.root });
    expect(early.exitCode, early.stderr).toBe(0);
    expect(early.stderr).toMatch(/check: all 3 narratives of Q4 still say "TODO": Q4 was not written before the year was archived/);
    expect(early.stderr).toMatch(/archived year still has .* marked TODO \(plans\/archive\/2013-14\/1\.1-alpha\.yaml:\d+/);
    const next = await runPlanInProcess(['new-quarter', 'Q2'], { cwd: fixture.root });
    expect(next.exitCode, next.stderr).toBe(0);
    expect(next.stderr).toMatch(/check: all 3 narratives of Q1 still say "TODO".*\n?.*plan validate --quarter Q1 lists/);
    // One narrative written is a quarter being written: no note.
    writeFileSync(join(fixture.plans, '1.1-alpha.yaml'), alpha().replace('"TODO: write the Q2 narrative"', 'Started.'));
    const written = await runPlanInProcess(['new-quarter', 'Q3'], { cwd: fixture.root });
    expect(written.exitCode, written.stderr).toBe(0);
    expect(written.stderr).toContain('added Q3 updates');
    expect(written.stderr).not.toContain('still say "TODO"');
  });

  it('--new-year archives the finished year byte for byte and starts Q1 of the next from Q4', async () => {
    fixture = makeFixture(files());
    await runPlanInProcess(['new-quarter', 'Q4'], { cwd: fixture.root });
    writeFileSync(join(fixture.plans, '1.1-alpha.yaml'), alpha().replace(/"TODO: write the Q4 narrative"/g, 'Year closed.'));
    const finished = { plan: readFileSync(join(fixture.plans, 'plan.yaml'), 'utf8'), alpha: alpha() };
    const r = await runPlanInProcess(['new-quarter', 'Q1', '--new-year'], { cwd: fixture.root });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/archived 2013\/14 in plans\/archive\/2013-14/);
    expect(readFileSync(join(fixture.plans, 'archive', '2013-14', 'plan.yaml'), 'utf8')).toBe(finished.plan);
    expect(readFileSync(join(fixture.plans, 'archive', '2013-14', '1.1-alpha.yaml'), 'utf8')).toBe(finished.alpha);
    const plan = readFileSync(join(fixture.plans, 'plan.yaml'), 'utf8');
    expect(plan).toContain('  label: 2014/15\n  starts: 2015-04-01'.replace('2015', '2014'));
    expect(alpha()).not.toMatch(/Q[234]:/);
    expect(alpha()).toContain('      Q1:\n        status: Onward going\n        narrative: "TODO: write the Q1 narrative"');
    const check = await runPlanInProcess(['validate'], { cwd: fixture.root });
    expect(check.exitCode, check.stderr).toBe(0);
    expect((await runPlanInProcess(['new-quarter', 'Q1', '--new-year'], { cwd: fixture.root })).exitCode).toBe(2);
    expect(readdirSync(join(fixture.plans, 'archive'))).toEqual(['2013-14']);
  });
});

describe('direction of travel in the report', () => {
  it('round trip: new-quarter, hand edits, report shows what moved since the previous quarter', async () => {
    fixture = makeFixture(files());
    expect((await runPlanInProcess(['new-quarter', 'Q4'], { cwd: fixture.root })).exitCode).toBe(0);
    const edited = alpha()
      .replace('"TODO: write the Q4 narrative"', 'Still going well.')
      .replace('"TODO: write the Q4 narrative"', 'Waste contract let.')
      .replace('"TODO: write the Q4 narrative"', 'Now under way.')
      .replace(/(Q4:\n {8}narrative: Waste contract let\.\n {8}achieved:\n {10}CDC: )53726/, '$170100')
      .replace(
        /(Q4:\n {8}status: Onward going\n {8}narrative: Now under way\.)/,
        'Q4:\n        status: Complete\n        narrative: Now under way.',
      );
    writeFileSync(join(fixture.plans, '1.1-alpha.yaml'), edited);
    const r = await runPlanInProcess(['report', '--quarter', 'Q4', '--out', 'q4.docx'], { cwd: fixture.root });
    expect(r.exitCode, r.stderr).toBe(0);
    const text = docxText(join(fixture.root, 'q4.docx'));
    expect(text).toContain('Since Q3: status unchanged');
    expect(text).toContain('Since Q3: was “Onward going”');
    expect(text).toContain(
      'CDC – £70,100 achieved (up £16,374 since Q3) – i.e. 93% of the £75,000 annual target at the end of the fourth quarter',
    );
    expect(text).toContain('SNC – £26,796 achieved (no change since Q3) – i.e. 54% of the £50,000 annual target');
    expect(text).toMatch(/Since Q3\n[\s\S]*\+£16,374\n[\s\S]*no change\n[\s\S]*\+£16,374/);
  });

  it('shows "new since" for an action that started this quarter', async () => {
    fixture = makeFixture(files());
    expect((await runPlanInProcess(['report', '--quarter', 'Q3', '--out', 'q3.docx'], { cwd: fixture.root })).exitCode).toBe(0);
    const text = docxText(join(fixture.root, 'q3.docx'));
    expect(text).toContain('New since Q2');
    expect(text).toContain('Since Q2: was “Not started”');
    expect(text).toContain('SNC – £26,796 achieved (down £3,204 since Q2)');
  });

  it('quotes a status that was written in curly quotes of its own once, not twice', async () => {
    const curly = Object.fromEntries(
      Object.entries(files()).map(([name, text]) => [name, text.replace('status: Not started', 'status: \u201cNot started\u201d')]),
    );
    fixture = makeFixture(curly);
    expect((await runPlanInProcess(['report', '--quarter', 'Q3', '--out', 'q3.docx'], { cwd: fixture.root })).exitCode).toBe(0);
    const text = docxText(join(fixture.root, 'q3.docx'));
    expect(text).toContain('Since Q2: was \u201cNot started\u201d');
    expect(text).not.toContain('\u201c\u201c');
  });

  it('shows no movement, and no error, in the first quarter of a plan', async () => {
    fixture = makeFixture();
    const r = await runPlanInProcess(['report', '--quarter', 'Q3', '--out', 'q3.docx'], { cwd: fixture.root });
    expect(r.exitCode).toBe(0);
    const text = docxText(join(fixture.root, 'q3.docx'));
    expect(text).not.toMatch(/Since Q2|New since|since Q2/);
    expect(BASE_FILES['1.1-alpha.yaml']).not.toContain('Q2');
  });
});

describe('plan validate catches copied updates', () => {
  it('warns when a narrative is unchanged since the previous quarter (error under --strict)', async () => {
    fixture = makeFixture({ '1.1-alpha.yaml': TWO_QUARTERS.replace('narrative: Going well.', 'narrative: "  Planning. "') });
    const r = await runPlanInProcess(['validate'], { cwd: fixture.root });
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toMatch(/plans\/1.1-alpha.yaml:13:20: warning: the Q3 narrative of action "alpha-one" is unchanged since Q2/);
    expect((await runPlanInProcess(['validate', '--strict'], { cwd: fixture.root })).exitCode).toBe(1);
  });

  it('warns when achieved goes down without a new narrative saying why', async () => {
    fixture = makeFixture({
      '1.1-alpha.yaml': TWO_QUARTERS.replace("        narrative: More contracts let; SNC's total fell after a refund.\n", ''),
    });
    const r = await runPlanInProcess(['validate'], { cwd: fixture.root });
    expect(r.stderr).toMatch(
      /plans\/1.1-alpha.yaml:29:16: warning: SNC's achieved amount went down from £30,000 at Q2 to £26,796 at Q3, though achieved is the total so far this year/,
    );
    expect(r.stderr).not.toMatch(/CDC's achieved amount went down/);
  });

  it('does not warn when a new narrative explains the quarter', async () => {
    fixture = makeFixture(files());
    const r = await runPlanInProcess(['validate'], { cwd: fixture.root });
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe('✓ 2 files checked, no problems\n');
  });
});

describe('plan diff', () => {
  it('summarises statuses, new and dropped actions, and savings per council', async () => {
    fixture = makeFixture(files());
    const r = await runPlanInProcess(['diff', '--from', 'Q2', '--to', 'Q3'], { cwd: fixture.root });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe(
      [
        'Q2 → Q3 (2013/14)',
        '',
        'Status or RAG changed (2)',
        '  1.1 alpha-one: Not started → Onward going',
        '  1.1 alpha-savings: On track for CDC and SNC → Q3 target shortfall for CDC and SNC; RAG green → red',
        '',
        'New in Q3 (1)',
        '  1.1 alpha-new: Onward going',
        '',
        'Savings',
        '  1.1 savings:',
        '    CDC: £40,000 → £53,726 (+£13,726); 53% → 72% of £75,000',
        '    SNC: £30,000 → £26,796 (–£3,204); 60% → 54% of £50,000',
        '    combined: £70,000 → £80,522 (+£10,522) of £125,000',
        '',
        '0 actions unchanged',
        '',
      ].join('\n'),
    );
  });

  it('--format json gives the same facts for scripts', async () => {
    fixture = makeFixture(files());
    const r = await runPlanInProcess(['diff', '--from', 'Q2', '--to', 'Q3', '--format', 'json'], { cwd: fixture.root });
    const diff = JSON.parse(r.stdout);
    expect(diff).toMatchObject({ year: '2013/14', from: 'Q2', to: 'Q3', unchanged: 0, dropped: [] });
    expect(diff.added).toEqual([{ section: '1.1', id: 'alpha-new', status: 'Onward going' }]);
    expect(diff.savings[0].councils[1]).toMatchObject({ code: 'SNC', from: 30000, to: 26796, delta: -3204, percentTo: '54%' });
  });

  it('colours movement on a terminal only', async () => {
    fixture = makeFixture(files());
    expect((await runPlanInProcess(['diff', '--from', 'Q2', '--to', 'Q3'], { cwd: fixture.root })).stdout).not.toContain('\u001b[');
    expect(
      (await runPlanInProcess(['diff', '--from', 'Q2', '--to', 'Q3'], { cwd: fixture.root, env: { FORCE_COLOR: '1', NO_COLOR: '' } }))
        .stdout,
    ).toContain('\u001b[32m+£13,726');
  });

  it.each([
    // The example in each hint is two quarters this plan has (Q2 and Q3).
    [['diff', '--from', 'Q3', '--to', 'Q2'], /--from Q3 comes after --to Q2: .*\n {2}hint: e\.g\. plan diff --from Q2 --to Q3\n/],
    [['diff', '--from', 'Q4', '--to', 'Q1'], /--from Q4 comes after --to Q1: .*\n {2}hint: e\.g\. plan diff --from Q2 --to Q3\n/],
    [['diff', '--from', 'Q1', '--to', 'Q1'], /--from and --to are the same quarter\n {2}hint: e\.g\. plan diff --from Q2 --to Q3\n/],
    [['diff', '--to', 'Q3'], /required option '--from <Qn>'/],
  ])('exits 2 for %j', async (args, message) => {
    fixture = makeFixture(files());
    const r = await runPlanInProcess(args, { cwd: fixture.root });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('exits 1 on an invalid plan', async () => {
    fixture = makeFixture({ '1.1-alpha.yaml': TWO_QUARTERS.replace('narrative: Planning.', 'narative: Planning.') });
    expect((await runPlanInProcess(['diff', '--from', 'Q2', '--to', 'Q3'], { cwd: fixture.root })).exitCode).toBe(1);
    expect(existsSync(fixture.plans)).toBe(true);
  });
});
