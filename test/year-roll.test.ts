import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { endingSaid } from '../src/plan/rules.js';
import { type Fixture, makeFixture, ROOT, runPlanInProcess, SHIPPED_PLANS } from './helpers.js';
import { WESTBROOK_FILES } from './mistakes.js';

/**
 * The year end, as an officer goes through it: Q3 and Q4 rolled forward, then `--new-year`. The new
 * year starts from nothing, every target waits to be confirmed, and the archive keeps the whole year.
 */

let fixture: Fixture | undefined;
afterEach(() => fixture?.cleanup());

/** A section whose actions all ended during the year: the archive keeps it, the new year does not. */
const FINISHED_SECTION = [
  'section: "4"',
  'title: Finished Work',
  'actions:',
  '  - id: framework-review',
  '    action: Review the stationery framework.',
  '    updates:',
  '      Q1:',
  '        status: Under way',
  '      Q2:',
  '        status: Complete',
  '        ended: completed',
  '  - id: e-auctions',
  '    action: Trial e-auctions.',
  '    updates:',
  '      Q1:',
  '        status: Dropped',
  '        ended: dropped',
  '',
].join('\n');

const read = (name: string) => readFileSync(join(fixture!.plans, name), 'utf8');
const sectionFiles = () => readdirSync(fixture!.plans).filter((n) => /^\d.*\.yaml$/.test(n));

/** The Westbrook plan (with a finished section) taken to the end of its year. */
async function finishedYear(extra: Record<string, string> = { '4-finished.yaml': FINISHED_SECTION }): Promise<Record<string, string>> {
  fixture = makeFixture(extra, WESTBROOK_FILES);
  for (const q of ['Q3', 'Q4']) expect((await runPlanInProcess(['new-quarter', q], { cwd: fixture.root })).exitCode).toBe(0);
  return Object.fromEntries(readdirSync(fixture.plans).map((n) => [n, read(n)]));
}

/** The 1-based line of the first line of `text` that matches. */
function lineOf(text: string, pattern: RegExp, from = 0): number {
  return text.split('\n').findIndex((line, i) => i >= from && pattern.test(line)) + 1;
}

describe('plan new-quarter Q1 --new-year', () => {
  it('starts the new year with nothing achieved, pending or noted, whatever the old year had', async () => {
    const before = await finishedYear();
    // The old year's Q4 has amounts, pending amounts and notes: none of them may reach the new Q1.
    expect(before['2-savings.yaml']).toMatch(/Q4:[\s\S]*pending:[\s\S]*NDC: 8000/);
    expect(before['2-savings.yaml']).toMatch(/Q4:[\s\S]*notes:/);
    const r = await runPlanInProcess(['new-quarter', 'Q1', '--new-year'], { cwd: fixture!.root });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stderr).toContain('with nothing achieved, pending or noted yet');
    let targets = 0;
    for (const name of sectionFiles()) {
      for (const action of parse(read(name)).actions) {
        expect(Object.keys(action.updates)).toEqual(['Q1']);
        const q1 = action.updates.Q1;
        expect(q1.pending).toBeUndefined();
        expect(q1.notes).toBeUndefined();
        if (!action.target) continue;
        targets++;
        expect(Object.keys(q1.achieved)).toEqual(Object.keys(action.target.amounts));
        expect(Object.values(q1.achieved).every((v) => v === 0)).toBe(true);
        // Last year's status was about last year's money.
        expect(q1.status).toBeUndefined();
      }
    }
    expect(targets).toBe(2);
  });

  it('asks for every target to be confirmed: validate lists each with its line until the officer deletes the line', async () => {
    await finishedYear();
    expect((await runPlanInProcess(['new-quarter', 'Q1', '--new-year'], { cwd: fixture!.root })).exitCode).toBe(0);
    const savings = read('2-savings.yaml');
    const ids = ['cashable-savings', 'income-from-services'];
    const relaxed = await runPlanInProcess(['validate'], { cwd: fixture!.root });
    expect(relaxed.exitCode).toBe(0);
    for (const id of ids) {
      const line = lineOf(savings, /^ {6}confirm: /, lineOf(savings, new RegExp(`id: ${id}$`)));
      expect(line).toBeGreaterThan(0);
      expect(relaxed.stderr).toContain(
        `plans/2-savings.yaml:${line}:7: warning: the target of action "${id}" is not yet confirmed for 2016/17\n` +
          '  hint: check its amounts are the 2016/17 targets (change any that are not), then delete the line "confirm: …"',
      );
    }
    // Like any placeholder: an error for the quarter's report and under --strict.
    for (const args of [
      ['validate', '--quarter', 'Q1'],
      ['validate', '--strict'],
      ['report', '--quarter', 'Q1'],
    ]) {
      const strict = await runPlanInProcess(args, { cwd: fixture!.root });
      expect(strict.exitCode, args.join(' ')).toBe(1);
      for (const id of ids) expect(strict.stderr).toContain(`error: the target of action "${id}" is not yet confirmed for 2016/17`);
    }
    // The officer checks the amounts, deletes the line, writes the narratives and the measures' Q1
    // figures: nothing left to confirm.
    for (const name of sectionFiles())
      writeFileSync(
        join(fixture!.plans, name),
        read(name)
          .replace(/^ {6}confirm: .*\n/gm, '')
          .replace(/"TODO: write the Q1 narrative"/g, 'Started.')
          .replace(/"TODO: Q1 figure"/g, '7'),
      );
    const done = await runPlanInProcess(['validate', '--quarter', 'Q1'], { cwd: fixture!.root });
    expect(done.exitCode, done.stderr).toBe(0);
    expect(done.stderr).not.toContain('confirmed');
  });

  it('asks for a target written in { } style to be confirmed too', async () => {
    fixture = makeFixture({
      '1.1-alpha.yaml': [
        'section: "1.1"',
        'title: Alpha',
        'actions:',
        '  - id: alpha-savings',
        '    action: Save money',
        '    target: { measure: savings, amounts: { CDC: 75000, SNC: 50000 } }',
        '    updates:',
        '      Q4: { achieved: { CDC: 70000, SNC: 20000 }, narrative: Done. }',
        '',
      ].join('\n'),
    });
    const r = await runPlanInProcess(['new-quarter', 'Q1', '--new-year'], { cwd: fixture.root });
    expect(r.exitCode, r.stderr).toBe(0);
    const check = await runPlanInProcess(['validate', '--quarter', 'Q1'], { cwd: fixture.root });
    expect(check.stderr).toMatch(
      /plans\/1\.1-alpha\.yaml:6:\d+: error: the target of action "alpha-savings" is not yet confirmed for 2014\/15/,
    );
    expect(parse(read('1.1-alpha.yaml')).actions[0].updates.Q1.achieved).toEqual({ CDC: 0, SNC: 0 });
  });

  it("points a report or check of last year's quarters to the archive, in one message", async () => {
    await finishedYear();
    expect((await runPlanInProcess(['new-quarter', 'Q1', '--new-year'], { cwd: fixture!.root })).exitCode).toBe(0);
    for (const [command, q] of [
      ['report', 'Q3'],
      ['validate', 'Q4'],
    ] as const) {
      const r = await runPlanInProcess([command, '--quarter', q], { cwd: fixture!.root });
      expect(r.exitCode, r.stderr).toBe(2);
      expect(r.stderr).toBe(
        `plan: error: no action has a ${q} update yet: the plan's last quarter of 2016/17 is Q1\n` +
          `  hint: 2015/16 is in the archive: plan ${command} --plans plans/archive/2015-16 --quarter ${q}; ` +
          'to go on with 2016/17, start Q2 with plan new-quarter Q2, then write its updates\n',
      );
    }
    const diff = await runPlanInProcess(['diff', '--from', 'Q4', '--to', 'Q1'], { cwd: fixture!.root });
    expect(diff.exitCode).toBe(2);
    expect(diff.stderr).toContain('hint: 2015/16 is in the archive: plan diff --plans plans/archive/2015-16 --from Q3 --to Q4;');
    // Any quarter the archive holds is offered there.
    const before = await runPlanInProcess(['report', '--quarter', 'Q2'], { cwd: fixture!.root });
    expect(before.stderr).toContain('hint: 2015/16 is in the archive: plan report --plans plans/archive/2015-16 --quarter Q2;');
    // In a plans folder of another name, every command a hint gives names it.
    renameSync(fixture!.plans, join(fixture!.root, 'council b'));
    const elsewhere = await runPlanInProcess(['report', '--plans', 'council b', '--quarter', 'Q3'], { cwd: fixture!.root });
    expect(elsewhere.stderr).toContain(
      'hint: 2015/16 is in the archive: plan report --plans "council b/archive/2015-16" --quarter Q3; to go on with 2016/17, start Q2 with plan new-quarter --plans "council b" Q2',
    );
    renameSync(join(fixture!.root, 'council b'), fixture!.plans);
    // The hint's own command works: last year's Q3 (left unwritten here) is checked where the archive keeps it.
    const archived = await runPlanInProcess(['validate', '--plans', 'plans/archive/2015-16', '--quarter', 'Q3'], { cwd: fixture!.root });
    expect(archived.stderr).toMatch(
      /^plans\/archive\/2015-16\/[\w.-]+\.yaml:\d+:\d+: error: the Q3 narrative of action "[\w-]+" is not written yet$/m,
    );
    expect(archived.stderr).not.toContain('no action has');
  });

  it('archives the whole finished year, ended actions and finished sections too, and carries none of them', async () => {
    const schemas = Object.fromEntries(
      ['plan.schema.json', 'section.schema.json'].map((n) => [
        n,
        readFileSync(join(ROOT, 'test', 'fixtures', 'westbrook', 'plans', n), 'utf8'),
      ]),
    );
    const before = await finishedYear({ '4-finished.yaml': FINISHED_SECTION, ...schemas });
    expect(Object.keys(before)).toContain('section.schema.json');
    const r = await runPlanInProcess(['new-quarter', 'Q1', '--new-year'], { cwd: fixture!.root });
    expect(r.exitCode, r.stderr).toBe(0);
    const archive = join(fixture!.plans, 'archive', '2015-16');
    // Every plan file, and the editor's schemas so that an archived file opens without a missing schema.
    const yearFiles = Object.keys(before).filter((n) => n.endsWith('.yaml') || n.endsWith('.schema.json'));
    expect(readdirSync(archive).sort()).toEqual(yearFiles.sort());
    for (const name of yearFiles) expect(readFileSync(join(archive, name), 'utf8'), name).toBe(before[name]);
    // The finished section left the plans folder with no hand moving; the ended action left its section.
    expect(existsSync(join(fixture!.plans, '4-finished.yaml'))).toBe(false);
    expect(read('3-local-suppliers.yaml')).not.toContain('supplier-portal');
    expect(r.stderr).toContain('left out of 2016/17, as they ended (the archive keeps them): supplier-portal (dropped in Q1)');
    expect(r.stderr).toContain('plans/4-finished.yaml left the plans folder: all its actions ended (the archive keeps it)');
    // The Q4 narratives (and carried notes) were never written: the officer is told where they are now.
    const todos = yearFiles.flatMap((n) => before[n]!.split('\n').filter((line) => /"TODO[: ]/.test(line)));
    const note = /note: the archived year still has (\d+) texts marked TODO \((plans\/archive\/2015-16\/[^:]+):(\d+), /.exec(r.stderr);
    expect(note, r.stderr).not.toBeNull();
    expect(Number(note![1])).toBe(todos.length);
    expect(readFileSync(join(fixture!.root, note![2]!), 'utf8').split('\n')[Number(note![3]) - 1]).toMatch(/TODO/);
    expect((await runPlanInProcess(['validate'], { cwd: fixture!.root })).exitCode).toBe(0);
  });

  it('takes out a finished section written in [ ] style too', async () => {
    const flow =
      'section: "2.1"\ntitle: Flow\nactions: [{ id: flow-one, action: Do it, updates: { Q2: { status: Done, ended: completed } } }]\n';
    fixture = makeFixture({ '2.1-flow.yaml': flow });
    expect((await runPlanInProcess(['new-quarter', 'Q4'], { cwd: fixture.root })).exitCode).toBe(0);
    const r = await runPlanInProcess(['new-quarter', 'Q1', '--new-year'], { cwd: fixture.root });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(existsSync(join(fixture.plans, '2.1-flow.yaml'))).toBe(false);
    expect(readFileSync(join(fixture.plans, 'archive', '2013-14', '2.1-flow.yaml'), 'utf8')).toBe(flow);
  });

  it('goes ahead over an archive folder that holds only copies of this year (left by a run cut short)', async () => {
    const before = await finishedYear({});
    const archive = join(fixture!.plans, 'archive', '2015-16');
    await runPlanInProcess(['new-quarter', 'Q1', '--new-year'], { cwd: fixture!.root });
    // Put the finished year back, keeping part of the archive: as if the power went mid-run.
    for (const [name, text] of Object.entries(before)) writeFileSync(join(fixture!.plans, name), text);
    for (const name of readdirSync(archive).filter((n) => n !== 'plan.yaml')) writeFileSync(join(archive, name), before[name]!);
    const rerun = await runPlanInProcess(['new-quarter', 'Q1', '--new-year'], { cwd: fixture!.root });
    expect(rerun.exitCode, rerun.stderr).toBe(0);
    expect(read('plan.yaml')).toContain('label: 2016/17');
    // An archive with anything else in it is someone's own copy: never overwritten.
    for (const [name, text] of Object.entries(before)) writeFileSync(join(fixture!.plans, name), text);
    writeFileSync(join(archive, '2-savings.yaml'), 'an older copy\n');
    const refused = await runPlanInProcess(['new-quarter', 'Q1', '--new-year'], { cwd: fixture!.root });
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toContain('plans/archive/2015-16 already exists; nothing changed');
  });
});

describe('plan new-quarter marks carried notes for review', () => {
  it('marks each carried note, and validate --quarter names it at its line until the officer has checked it', async () => {
    fixture = makeFixture({}, WESTBROOK_FILES);
    expect((await runPlanInProcess(['new-quarter', 'Q3'], { cwd: fixture.root })).exitCode).toBe(0);
    const savings = read('2-savings.yaml');
    const line = lineOf(savings, /EDC: "TODO check: fleet contract savings expected from October"/);
    expect(line).toBeGreaterThan(lineOf(savings, /^ {6}Q3:/));
    const r = await runPlanInProcess(['validate', '--quarter', 'Q3'], { cwd: fixture.root });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain(
      `plans/2-savings.yaml:${line}:16: error: the Q3 note for EDC on action "cashable-savings" was carried forward from the quarter before and is not checked yet\n` +
        '  hint: if it still holds, delete "TODO check:" from its start; if not, rewrite it or delete the line',
    );
    // Carried again unchecked, it is marked once, not twice.
    expect((await runPlanInProcess(['new-quarter', 'Q4'], { cwd: fixture.root })).exitCode).toBe(0);
    expect(read('2-savings.yaml').match(/TODO check: fleet/g)).toHaveLength(2);
    expect(read('2-savings.yaml')).not.toContain('TODO check: TODO check:');
    writeFileSync(join(fixture.plans, '2-savings.yaml'), read('2-savings.yaml').replaceAll('"TODO check: ', '"'));
    expect((await runPlanInProcess(['validate', '--quarter', 'Q3'], { cwd: fixture.root })).stderr).not.toContain('note for EDC');
  });
});

describe('a status that says the action ended, with no ended:', () => {
  it.each([
    ['Complete', 'completed'],
    ['Completed.', 'completed'],
    ['COMPLETED', 'completed'],
    ['Action complete', 'completed'],
    ['Completed in Q3', 'completed'],
    ['Complete – event held on 14 July', 'completed'],
    ['Finished', 'completed'],
    ['Dropped', 'dropped'],
    ['Dropped.', 'dropped'],
    ['Withdrawn', 'dropped'],
    ['Cancelled', 'dropped'],
    ['Not complete', undefined],
    ['Nearly complete', undefined],
    ['Completed phase 1', undefined],
    ['Complete by March', undefined],
    ['Complete, except EDC', undefined],
    ['Completed - but EDC still to sign', undefined],
    ['Onward going', undefined],
    ['Put back to 14/15', undefined],
  ])('"%s" reads as %s', async (status, verdict) => {
    expect(endingSaid(status)).toBe(verdict);
  });

  it('gets a hint to add ended:, at the quarter the status first said so', async () => {
    // The training is a one-off: "Completed" in Q2 means it is over.
    const completed = WESTBROOK_FILES['1-governance.yaml']!.replace(
      '      Q2:\n        status: On track\n',
      '      Q2:\n        status: Completed\n',
    );
    fixture = makeFixture({ '1-governance.yaml': completed }, WESTBROOK_FILES);
    const line = lineOf(completed, /status: Completed$/);
    expect(line).toBeGreaterThan(0);
    const r = await runPlanInProcess(['validate'], { cwd: fixture.root });
    expect(r.stderr).toContain(
      `plans/1-governance.yaml:${line}:17: warning: the Q2 status of action "procurement-training" says "Completed", but the action is not marked as ended\n` +
        '  hint: if it has ended, add "ended: completed" to its Q2 update, so that new-quarter and the next year leave it out',
    );
    expect((await runPlanInProcess(['validate', '--strict'], { cwd: fixture.root })).exitCode).toBe(1);
    // Carried into Q3 unchanged: the hint still points at Q2, and says to remove Q3.
    const rolled = await runPlanInProcess(['new-quarter', 'Q3'], { cwd: fixture.root });
    expect(rolled.exitCode).toBe(0);
    const movedTo = lineOf(read('1-governance.yaml'), /status: Completed$/);
    // new-quarter says so too, at the line as it is now written.
    expect(rolled.stderr).toContain(
      'check: 1 action was carried on although its status says it ended:\n' +
        `  plans/1-governance.yaml:${movedTo}:17: the Q2 status of action "procurement-training" says "Completed", but the action is not marked as ended\n` +
        '    hint: if it ended in Q2, add "ended: completed" to its Q2 update and remove its Q3 update\n',
    );
    expect((await runPlanInProcess(['validate'], { cwd: fixture.root })).stderr).toContain(
      `plans/1-governance.yaml:${movedTo}:17: warning: the Q2 status of action "procurement-training" says "Completed", but the action is not marked as ended\n` +
        '  hint: if it ended in Q2, add "ended: completed" to its Q2 update and remove its Q3 update',
    );
    writeFileSync(
      join(fixture.plans, '1-governance.yaml'),
      completed.replace('status: Completed\n', 'status: Completed\n        ended: completed\n'),
    );
    expect((await runPlanInProcess(['validate'], { cwd: fixture.root })).stderr).not.toContain('not marked as ended');
  });

  it('gets no hint on an action that recurs, where "Complete" means this round is done', async () => {
    // "Hold a meet the buyer event ... each half year", and its Q2 status is "Complete".
    expect(WESTBROOK_FILES['3-local-suppliers.yaml']).toMatch(/each half year\.\n[\s\S]*status: Complete\n/);
    fixture = makeFixture({}, WESTBROOK_FILES);
    expect((await runPlanInProcess(['validate', '--strict'], { cwd: fixture.root })).stderr).not.toContain('not marked as ended');
  });
});

describe("the README's year end, run on the shipped plan", () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const part = /## Year end\n([\s\S]*?)\n## /.exec(readme)?.[1] ?? '';
  const commands = (/```sh\n([\s\S]*?)```/.exec(part)?.[1] ?? '')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => line.replace(/\s+#.*$/, ''));

  it('does what it says: archives 2013/14, starts 2014/15 from nothing, lists every target to confirm', async () => {
    expect(commands).toEqual(['plan new-quarter Q1 --new-year', 'plan validate']);
    fixture = makeFixture({}, Object.fromEntries(readdirSync(SHIPPED_PLANS).map((n) => [n, readFileSync(join(SHIPPED_PLANS, n), 'utf8')])));
    expect((await runPlanInProcess(['new-quarter', 'Q4'], { cwd: fixture.root })).exitCode).toBe(0);
    const targets = sectionFiles().flatMap((n) =>
      parse(read(n))
        .actions.filter((a: { target?: unknown }) => a.target)
        .map((a: { id: string }) => a.id),
    );
    expect(targets.length).toBeGreaterThan(0);
    const [roll, validate] = [
      await runPlanInProcess(commands[0]!.replace(/^plan /, '').split(' '), { cwd: fixture!.root }),
      await runPlanInProcess(commands[1]!.replace(/^plan /, '').split(' '), { cwd: fixture!.root }),
    ];
    expect(roll!.exitCode, roll!.stderr).toBe(0);
    expect(part).toContain('`plans/archive/2013-14/`');
    expect(readdirSync(join(fixture.plans, 'archive'))).toEqual(['2013-14']);
    expect(validate!.exitCode).toBe(0);
    for (const id of targets)
      expect(validate!.stderr).toMatch(new RegExp(`:\\d+:\\d+: warning: the target of action "${id}" is not yet confirmed for 2014/15`));
    // The line the README shows is the line the officer finds in each target.
    const shown = /`(confirm: "TODO: check these are the 2014\/15 targets, then delete this line")`/.exec(part.replace(/\s+/g, ' '))?.[1];
    expect(shown).toBeDefined();
    expect(sectionFiles().map(read).join('\n').split(shown!).length - 1).toBe(targets.length);
    for (const name of sectionFiles())
      for (const action of parse(read(name)).actions)
        if (action.target) expect(Object.values(action.updates.Q1.achieved).every((v) => v === 0)).toBe(true);
  });
});

describe('a measure with target: none at the year end (shipped plan, spend-without-po)', () => {
  const file = '8.2-value-for-money-and-transparency.yaml';
  const q1Measures = () => parse(read(file)).actions.find((a: { measures?: unknown }) => a.measures).updates.Q1.measures;

  async function rolled(): Promise<void> {
    fixture = makeFixture({}, Object.fromEntries(readdirSync(SHIPPED_PLANS).map((n) => [n, readFileSync(join(SHIPPED_PLANS, n), 'utf8')])));
    expect((await runPlanInProcess(['new-quarter', 'Q4'], { cwd: fixture.root })).exitCode).toBe(0);
    const roll = await runPlanInProcess(['new-quarter', 'Q1', '--new-year'], { cwd: fixture.root });
    expect(roll.exitCode, roll.stderr).toBe(0);
  }

  it('carries on with a TODO for each council that gave a figure, as a measure with a target does', async () => {
    await rolled();
    expect(q1Measures()['spend-without-po']).toEqual({ CDC: 'TODO: Q1 figure', SNC: 'TODO: Q1 figure' });
    expect(q1Measures()['off-contract']).toEqual({ CDC: 'TODO: Q1 figure' });
    const check = await runPlanInProcess(['validate', '--quarter', 'Q1'], { cwd: fixture!.root });
    for (const code of ['CDC', 'SNC'])
      expect(check.stderr).toContain(`error: the Q1 value of "spend-without-po" for ${code} is not written yet`);
  });

  it('validate names a measure line that holds no council, which the report would leave out unseen', async () => {
    await rolled();
    const text = read(file).replace(/spend-without-po:\n\s+CDC: "TODO: Q1 figure"\n\s+SNC: "TODO: Q1 figure"/, 'spend-without-po: {}');
    writeFileSync(join(fixture!.plans, file), text);
    const line = lineOf(text, /spend-without-po: \{\}/);
    const strict = await runPlanInProcess(['validate', '--quarter', 'Q1'], { cwd: fixture!.root });
    expect(strict.stderr).toContain(
      `${file}:${line}:11: error: the Q1 line of "spend-without-po" names no council, so the measure is left out of the Q1 report`,
    );
    const relaxed = await runPlanInProcess(['validate'], { cwd: fixture!.root });
    expect(relaxed.stderr).toContain(`${file}:${line}:11: warning: the Q1 line of "spend-without-po" names no council`);
  });
});
