import { afterEach, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/diagnostics/diagnostic.js';
import { loadPlan } from '../src/plan/load-plan.js';
import type { Quarter } from '../src/plan/quarters.js';
import { BASE_FILES, type Fixture, makeFixture } from './helpers.js';

/**
 * The cross-file rules, message by message: every word, the position and the hint, at the edges that
 * mutation testing found unchecked (docs/mutation.md). Each expected line is written out from the
 * fixture by hand: `file:line:column severity code: message | hint`.
 */

let fixture: Fixture | undefined;
afterEach(() => fixture?.cleanup());

const show = (d: Diagnostic) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code}: ${d.message} | ${d.hint ?? ''}`;

/** The diagnostics with one of `codes` for the base plan with `files` patched in. */
async function found(files: Record<string, string | null>, codes: string[], quarter?: Quarter): Promise<string[]> {
  fixture = makeFixture(files);
  const { diagnostics } = await loadPlan({ plansDir: 'plans', cwd: fixture.root, quarter });
  return diagnostics.filter((d) => codes.includes(d.code)).map(show);
}

const lines = (...l: string[]) => `${l.join('\n')}\n`;

/** A savings section "2.1" whose action has a target of 1,000 for each council and the given updates (from line 12). */
const savingsSection = (...updateLines: string[]) =>
  lines(
    'section: "2.1"', // 1
    'title: Beta', // 2
    'actions:', // 3
    '  - id: beta-save', // 4
    '    action: Save', // 5
    '    target:', // 6
    '      measure: savings', // 7
    '      amounts:', // 8
    '        CDC: 1000', // 9
    '        SNC: 1000', // 10
    '    updates:', // 11
    ...updateLines.map((l) => `      ${l}`),
  );

/** plan.yaml of the base fixture with its year label, start date and title replaced. */
const planYaml = (label: string, starts: string, title = 'Test Plan') =>
  BASE_FILES['plan.yaml']!.replace('title: Test Plan', `title: ${title}`)
    .replace('label: 2013/14', `label: ${label}`)
    .replace('starts: 2013-04-01', `starts: ${starts}`);

/** Section 2.1 with one action and no target; each line given is indented under "updates:". */
const betaFile = (...updateLines: string[]) =>
  lines(
    'section: "2.1"',
    'title: Beta',
    'actions:',
    '  - id: beta-one',
    '    action: Do it',
    '    updates:',
    ...updateLines.map((l) => `      ${l}`),
  );

const BETA = 'plans/2.1-beta.yaml';
const PLAN = 'plans/plan.yaml';

describe('figures that went down', () => {
  const q1 = ['Q1:', '  narrative: Started.', '  achieved:', '    CDC: 500', '    SNC: 400'];

  it('warns of a fall with no narrative, and not of a figure that stayed the same', async () => {
    const files = { '2.1-beta.yaml': savingsSection(...q1, 'Q2:', '  achieved:', '    CDC: 500', '    SNC: 399') };
    expect(await found(files, ['figure-down', 'narrative-unchanged'])).toEqual([
      `${BETA}:20:16 warning figure-down: SNC's achieved amount went down from £400 at Q1 to £399 at Q2, though achieved is the total so far this year | if £399 is Q2's own figure, write the total so far this year as 799; if the total really fell, say that it fell and why in the Q2 narrative, or in a note: "notes:" in the Q2 update with "SNC: fell because …" under it`,
    ]);
  });

  it('warns of a fall when the narrative is copied from the quarter before, and of the copy', async () => {
    const files = {
      '2.1-beta.yaml': savingsSection(...q1, 'Q2:', '  narrative: " Started. "', '  achieved:', '    CDC: 1', '    SNC: 400'),
    };
    expect(await found(files, ['figure-down', 'narrative-unchanged'])).toEqual([
      `${BETA}:18:20 warning narrative-unchanged: the Q2 narrative of action "beta-save" is unchanged since Q1 | write what happened in Q2, or say that nothing has moved`,
      `${BETA}:20:16 warning figure-down: CDC's achieved amount went down from £500 at Q1 to £1 at Q2, though achieved is the total so far this year | if £1 is Q2's own figure, write the total so far this year as 501; if the total really fell, say that it fell and why in the Q2 narrative, or in a note: "notes:" in the Q2 update with "CDC: fell because …" under it`,
    ]);
  });

  it('warns of a fall when the narrative is still TODO, and not when a new narrative explains it', async () => {
    const todo = { '2.1-beta.yaml': savingsSection(...q1, 'Q2:', '  narrative: TODO say why', '  achieved:', '    CDC: 499') };
    expect(await found(todo, ['figure-down', 'narrative-unchanged'])).toEqual([
      `${BETA}:20:16 warning figure-down: CDC's achieved amount went down from £500 at Q1 to £499 at Q2, though achieved is the total so far this year | if £499 is Q2's own figure, write the total so far this year as 999; if the total really fell, say that it fell and why in the Q2 narrative, or in a note: "notes:" in the Q2 update with "CDC: fell because …" under it`,
    ]);
    const explained = { '2.1-beta.yaml': savingsSection(...q1, 'Q2:', '  narrative: A refund.', '  achieved:', '    CDC: 0') };
    expect(await found(explained, ['figure-down', 'narrative-unchanged'])).toEqual([]);
  });

  it("warns of a fall under a new narrative that does not say so (a quarter's own figure), not when a note does", async () => {
    const own = { '2.1-beta.yaml': savingsSection(...q1, 'Q2:', '  narrative: Stationery contract let.', '  achieved:', '    CDC: 300') };
    expect(await found(own, ['figure-down'])).toEqual([
      `${BETA}:20:16 warning figure-down: CDC's achieved amount went down from £500 at Q1 to £300 at Q2, though achieved is the total so far this year | if £300 is Q2's own figure, write the total so far this year as 800; if the total really fell, say that it fell and why in the Q2 narrative, or in a note: "notes:" in the Q2 update with "CDC: fell because …" under it`,
    ]);
    const noted = {
      '2.1-beta.yaml': savingsSection(
        ...q1,
        'Q2:',
        '  narrative: Stationery contract let.',
        '  achieved:',
        '    CDC: 300',
        '  notes:',
        '    CDC: fell because a rebate was repaid',
      ),
    };
    expect(await found(noted, ['figure-down'])).toEqual([]);
  });

  it('reads past a narrative the schema refused as a number, the quarter before', async () => {
    const files = {
      '2.1-beta.yaml': savingsSection(
        'Q1:',
        '  narrative: 5',
        '  achieved:',
        '    CDC: 5',
        '    SNC: 5',
        'Q2:',
        '  narrative: Started.',
        '  achieved:',
        '    CDC: 5',
        '    SNC: 5',
      ),
    };
    expect(await found(files, ['invalid-type', 'figure-down', 'narrative-unchanged'])).toEqual([
      `${BETA}:13:20 error invalid-type: "narrative" should be text, but is the number 5 | put it in quotes to use it as text: "5"`,
    ]);
  });

  it('compares only quarters next to each other', async () => {
    const files = { '2.1-beta.yaml': savingsSection(...q1, 'Q3:', '  achieved:', '    CDC: 1', '    SNC: 1') };
    expect(await found(files, ['figure-down', 'narrative-unchanged'])).toEqual([]);
  });
});

describe('totals too large to add exactly', () => {
  // An amount has at most 15 digits, so it takes ten councils to pass 2^53 − 1 = £9,007,199,254,740,991:
  // nine of £999,999,999,999,999 make £8,999,999,999,999,991, which leaves £7,199,254,741,000 to the limit.
  const codes = ['AA', 'BB', 'CC', 'DD', 'EE', 'FF', 'GG', 'HH', 'II', 'JJ'];
  const plan = BASE_FILES['plan.yaml']!.replace(/councils:\n[\s\S]*$/, lines('councils:', ...codes.map((c) => `  ${c}: ${c} Council`)));
  const section = (last: number) => {
    const amounts = codes.map((c, i) => `${c}: ${i === 9 ? last : 999_999_999_999_999}`);
    return lines(
      'section: "2.1"',
      'title: Beta',
      'actions:',
      '  - id: big',
      '    action: Big',
      '    target:',
      '      measure: savings',
      '      amounts:', // line 8
      ...amounts.map((a) => `        ${a}`),
      '    updates:',
      '      Q3:',
      '        achieved:', // line 21
      ...amounts.map((a) => `          ${a}`),
    );
  };
  const files = (last: number) => ({ 'plan.yaml': plan, '1.1-alpha.yaml': null, '2.1-beta.yaml': section(last) });

  it('accepts amounts that add up to exactly the largest exact total', async () => {
    expect(await found(files(7_199_254_741_000), ['total-too-large', 'invalid-money'])).toEqual([]);
  });

  it('refuses amounts that add up to one pound more, in the target and in the figures', async () => {
    const message =
      'error total-too-large: these amounts add up to more than £9,007,199,254,740,991, which plan cannot add up exactly | check the amounts: each is in whole pounds';
    expect(await found(files(7_199_254_741_001), ['total-too-large', 'invalid-money'])).toEqual([
      `${BETA}:8:7 ${message}`,
      `${BETA}:21:9 ${message}`,
    ]);
  });

  it('refuses pending amounts that add up past it', async () => {
    const achieved = codes.map((c) => `          ${c}: 0`);
    const pending = codes.map((c, i) => `          ${c}: ${i === 9 ? 7_199_254_741_001 : 999_999_999_999_999}`);
    const beta = section(1).replace(
      / {6}Q3:\n[\s\S]*$/,
      lines('      Q3:', '        achieved:', ...achieved, '        pending:', ...pending),
    );
    const message =
      'error total-too-large: these amounts add up to more than £9,007,199,254,740,991, which plan cannot add up exactly | check the amounts: each is in whole pounds';
    expect(await found({ ...files(1), '2.1-beta.yaml': beta }, ['total-too-large', 'invalid-money'])).toEqual([`${BETA}:32:9 ${message}`]);
  });

  it('does not add up an amount the schema refused as text', async () => {
    const files = { '2.1-beta.yaml': savingsSection('Q1:', '  achieved:', '    CDC: "99999999999999999999"', '    SNC: 1') };
    expect(await found(files, ['total-too-large', 'invalid-money'])).toEqual([
      `${BETA}:14:16 error invalid-money: "99999999999999999999" has too many digits for an amount of money (at most 15) | check the figure for extra zeros or digits typed twice`,
    ]);
  });
});

describe('the financial year', () => {
  it('says what the second part of the label should be, with its leading zero', async () => {
    expect(await found({ 'plan.yaml': planYaml('2008/10', '2008-04-01') }, ['financial-year'])).toEqual([
      `${PLAN}:4:10 error financial-year: "2008/10" is not a financial year: the second part should be 09 | write it as "2008/09"`,
    ]);
  });

  it('accepts a year that crosses a century', async () => {
    expect(await found({ 'plan.yaml': planYaml('2099/00', '2099-04-01') }, ['financial-year'])).toEqual([]);
  });

  it('says when the start and the label disagree, and how to make them agree', async () => {
    expect(await found({ 'plan.yaml': planYaml('2013/14', '2014-04-01') }, ['financial-year'])).toEqual([
      `${PLAN}:5:11 error financial-year: the year starts in 2014, but the label says 2013/14 | if the year is 2013/14, write starts: 2013-04-01; if it really starts on 2014-04-01, write label: "2014/15"`,
    ]);
  });

  it('points at the year in a title that ends with it', async () => {
    // "title: " is 7 characters and "Procurement Plan " 17 more: the year starts at column 25.
    expect(await found({ 'plan.yaml': planYaml('2013/14', '2013-04-01', 'Procurement Plan 2013/14') }, ['title-repeats-year'])).toEqual([
      `${PLAN}:1:25 warning title-repeats-year: the title ends with the financial year 2013/14, which the report adds itself: it would show the year twice | remove "2013/14" from the title`,
    ]);
  });

  it('says "has" for a year inside the title, and points at the title when it is quoted', async () => {
    expect(await found({ 'plan.yaml': planYaml('2013/14', '2013-04-01', '"Plan 2013-2014 review"') }, ['title-repeats-year'])).toEqual([
      `${PLAN}:1:8 warning title-repeats-year: the title has the financial year 2013-2014, which the report adds itself: it would show the year twice | remove "2013-2014" from the title`,
    ]);
  });

  it('leaves alone a title with another year in it', async () => {
    expect(await found({ 'plan.yaml': planYaml('2013/14', '2013-04-01', 'Plan after 2012/13') }, ['title-repeats-year'])).toEqual([]);
  });
});

describe('councils, targets and figures', () => {
  it('names the declared councils, and suggests the nearest code or says how to add one', async () => {
    const alpha = BASE_FILES['1.1-alpha.yaml']!.replace('          SNC: 26796', '          SNCC: 26796\n          ZZZZZZ: 1');
    expect(await found({ '1.1-alpha.yaml': alpha }, ['unknown-council'])).toEqual([
      'plans/1.1-alpha.yaml:21:11 error unknown-council: council "SNCC" is not declared in plan.yaml: the councils are CDC, SNC | did you mean "SNC", the council of plan.yaml that has no figure here? Then write SNC in place of SNCC; if SNCC is a new council, add it under "councils" in plan.yaml',
      'plans/1.1-alpha.yaml:22:11 error unknown-council: council "ZZZZZZ" is not declared in plan.yaml: the councils are CDC, SNC | add it under "councils" in plan.yaml, or use one of the codes declared there',
    ]);
  });

  it('asks for "achieved" in every update of an action with a target, for each council', async () => {
    const files = { '2.1-beta.yaml': savingsSection('Q1:', '  pending:', '    CDC: 5') };
    expect(await found(files, ['missing-key', 'missing-figure'])).toEqual([
      `${BETA}:12:7 error missing-key: "achieved" is missing from this Q1 update: action "beta-save" has a target | add "achieved:" with an amount for each of CDC, SNC (0 if nothing yet)`,
    ]);
  });

  it('asks for each missing council figure by name', async () => {
    const files = { '2.1-beta.yaml': savingsSection('Q2:', '  achieved:', '    SNC: 5') };
    expect(await found(files, ['missing-key', 'missing-figure'])).toEqual([
      `${BETA}:13:9 error missing-figure: the Q2 achieved amount for CDC is missing | add "CDC: 0" if nothing has been achieved yet`,
    ]);
  });

  // Without SNC's target line, the update starts at line 11. One gap, so one message naming both lines.
  it.each([
    ['its notes', 'Q2:', ['  notes:', '    SNC: late']],
    ['a pending amount', 'Q1:', ['  pending:', '    SNC: 5']],
  ])('refuses figures for a council with no target in the action, with %s, in one message', async (_, quarter, more) => {
    const section = savingsSection(quarter, '  achieved:', '    CDC: 5', '    SNC: 5', ...more).replace('        SNC: 1000\n', '');
    expect(await found({ '2.1-beta.yaml': section }, ['figure-without-target'])).toEqual([
      `${BETA}:14:11 error figure-without-target: SNC has no target in this action, so its "achieved" has nothing to count against, nor its figures on line 16 | add SNC's annual target under the target's "amounts:", as a line "SNC: " and the amount in pounds; if these figures belong to another council or action, move this line and line 16 there`,
    ]);
  });

  it('refuses figures in an action with no target', async () => {
    const beta = lines(
      'section: "2.1"',
      'title: Beta',
      'actions:',
      '  - id: beta-one',
      '    action: Do it',
      '    updates:',
      '      Q3:',
      '        status: ok',
      '        pending:',
      '          CDC: 1',
      '      Q4:',
      '        status: ok',
      '        achieved:',
      '          CDC: 2',
    );
    // One missing target, so one message, naming the other figures it leaves without one.
    expect(await found({ '2.1-beta.yaml': beta }, ['figures-without-target'])).toEqual([
      `${BETA}:9:9 error figures-without-target: "pending" needs a target: action "beta-one" has none, and neither have the figures on line 13 | if these figures belong to another action, move lines 9–10 and the figures on line 13 there; if they are this action's, add "target:" to the action, with "amounts:" below it, or write the figures in the narrative`,
    ]);
  });

  it('asks for a status where there is no target to derive one from', async () => {
    const beta = lines(
      'section: "2.1"',
      'title: Beta',
      'actions:',
      '  - id: beta-one',
      '    action: Do it',
      '    updates:',
      '      Q2:',
      '        narrative: Done.',
    );
    expect(await found({ '2.1-beta.yaml': beta }, ['missing-key'])).toEqual([
      `${BETA}:7:7 error missing-key: "status" is missing from the Q2 update of action "beta-one" | add a line "status: …", e.g. status: Onward going`,
    ]);
  });
});

describe('the quarter being reported', () => {
  it('asks for the quarter of an action that was in the plan before it', async () => {
    expect(await found({ '2.1-beta.yaml': betaFile('Q1:', '  status: ok') }, ['missing-quarter'], 'Q3')).toEqual([
      `${BETA}:6:5 error missing-quarter: action "beta-one" has no Q3 update | add "Q3:" under "updates", with its status and narrative, or mark the last update "ended: completed" (or dropped) if the action has finished`,
    ]);
  });

  it('does not ask for it from an action added later, or one that ended before', async () => {
    expect(await found({ '2.1-beta.yaml': betaFile('Q4:', '  status: ok') }, ['missing-quarter'], 'Q3')).toEqual([]);
    expect(await found({ '2.1-beta.yaml': betaFile('Q2:', '  status: ok', '  ended: completed') }, ['missing-quarter'], 'Q3')).toEqual([]);
  });

  it('asks for it from an action that ends in that very quarter', async () => {
    const ended = betaFile('Q1:', '  status: ok', 'Q4:', '  status: done', '  ended: completed');
    // One message asks for Q3: the plan is at Q3, so a Q4 written before Q3 is read as Q3's update under
    // the wrong label, and the hint also says how to keep it as Q4 (add the Q3 update above it).
    expect(await found({ '2.1-beta.yaml': ended }, ['missing-quarter', 'quarter-mislabelled'], 'Q3')).toEqual([
      expect.stringMatching(/ error quarter-mislabelled: .* no Q3 update.*add the Q3 update above it/),
    ]);
  });

  describe("an update under a later quarter's label", () => {
    /** Two actions: "beta-one" with updates for the quarters given, "beta-two" with the other list. */
    const two = (one: string[], other: string[], ended = false) =>
      lines(
        'section: "2.1"',
        'title: Beta',
        'actions:',
        ...[
          ['beta-one', one, false],
          ['beta-two', other, ended],
        ].flatMap(([id, qs, end]) => [
          `  - id: ${id}`,
          '    action: Do it',
          '    updates:',
          ...(qs as string[]).flatMap((q, i, all) => [
            `      ${q}:`,
            '        status: ok',
            ...(end && i === all.length - 1 ? ['        ended: completed'] : []),
          ]),
        ]),
      );
    const mislabelled = (text: string) => found({ '1.1-alpha.yaml': null, '2.1-beta.yaml': text }, ['quarter-mislabelled']);

    it('is found when the others are at a quarter this action skips', async () => {
      expect(await mislabelled(two(['Q1', 'Q2', 'Q4'], ['Q1', 'Q2', 'Q3']))).toEqual([
        expect.stringMatching(/warning quarter-mislabelled: action "beta-one" has a Q4 update but no Q3 update/),
      ]);
    });

    it('is not found when the action has updates for the quarters between (written ahead)', async () => {
      expect(await mislabelled(two(['Q2', 'Q3', 'Q4'], ['Q1']))).toEqual([]);
    });

    it('is not found from an action that ended: it does not say where the plan is', async () => {
      expect(await mislabelled(two(['Q4'], ['Q1'], true))).toEqual([]);
      expect(await mislabelled(two(['Q4'], ['Q1'], false))).toEqual([
        expect.stringMatching(/action "beta-one" has a Q4 update but no Q1 update/),
      ]);
    });
  });

  it('says what to remove after an action ended', async () => {
    const after = betaFile('Q1:', '  status: ok', '  ended: dropped', 'Q2:', '  status: more');
    expect(await found({ '2.1-beta.yaml': after }, ['update-after-end'])).toEqual([
      `${BETA}:10:7 error update-after-end: action "beta-one" ended (dropped) in Q1, so it has no Q2 update | if the action goes on, remove "ended: dropped" from Q1; if it did end in Q1, move anything the Q2 update says that Q1's does not into Q1's narrative, then delete the Q2 update (the "Q2:" line and the lines under it)`,
    ]);
  });

  it('makes TODO text an error in the quarter reported and a warning in the others', async () => {
    const todo = betaFile('Q2:', '  status: TODO', 'Q3:', '  status: ok', '  narrative: TODO what happened');
    expect(await found({ '2.1-beta.yaml': todo }, ['unwritten'], 'Q3')).toEqual([
      `${BETA}:8:17 warning unwritten: the Q2 status of action "beta-one" is not written yet | replace the TODO with the status for Q2`,
      `${BETA}:11:20 error unwritten: the Q3 narrative of action "beta-one" is not written yet | replace the TODO with the narrative for Q3`,
    ]);
  });
});

describe('placeholders left by plan init and plan import', () => {
  const plan = BASE_FILES['plan.yaml']!.replace('title: Test Plan', 'title: TODO the title').replace(
    'CDC: Cherwell District Council',
    'CDC: TODO',
  );
  const beta = lines(
    'section: "2.1"',
    'title: TODO',
    'actions:',
    '  - id: beta-one',
    '    action: TODO say what',
    '    updates:',
    '      Q3:',
    '        status: ok',
  );

  it('names each one, as a warning when validating and an error for a report', async () => {
    const expected = (severity: string) => [
      `${PLAN}:1:8 ${severity} unwritten: the plan's title is not written yet | replace the TODO with the plan's title`,
      `${PLAN}:7:8 ${severity} unwritten: the full name of CDC is not written yet | replace the TODO with the full name of CDC`,
      `${BETA}:2:8 ${severity} unwritten: the title of section 2.1 is not written yet | replace the TODO with the title of section 2.1`,
      `${BETA}:5:13 ${severity} unwritten: the text of action "beta-one" is not written yet | replace the TODO with the text of action "beta-one"`,
    ];
    expect((await found({ 'plan.yaml': plan, '2.1-beta.yaml': beta }, ['unwritten'])).sort()).toEqual(expected('warning').sort());
    expect((await found({ 'plan.yaml': plan, '2.1-beta.yaml': beta }, ['unwritten'], 'Q3')).sort()).toEqual(expected('error').sort());
  });
});

describe('duplicates', () => {
  it('says where a section number and an action id were first used', async () => {
    const copy = BASE_FILES['1.1-alpha.yaml']!.replace('id: alpha-savings', 'id: other-savings');
    expect(await found({ 'extra.yaml': copy }, ['duplicate-section', 'duplicate-id'])).toEqual([
      'plans/extra.yaml:1:10 error duplicate-section: section "1.1" is already defined at plans/1.1-alpha.yaml:1 | give each section file its own number',
      'plans/extra.yaml:4:9 error duplicate-id: action id "alpha-one" is already used at plans/1.1-alpha.yaml:4 | action ids must be unique across all plan files: rename one of them',
    ]);
  });
});

describe('rules on data the schema has already refused', () => {
  it('say nothing of a year label that is not written as a year, nor of the title', async () => {
    // Each label holds a good one ("2013/14") inside it, and the start disagrees with that. ("2013-14"
    // has one reading, 2013/14, and is read so, as --fix writes it: the rules then speak of that year.)
    for (const label of ['2013 14', 'x2013/14', '2013/14x']) {
      const files = { 'plan.yaml': planYaml(label, '2012-04-01', 'Plan 2013/14') };
      expect(await found(files, ['financial-year', 'title-repeats-year']), label).toEqual([]);
    }
  });

  it('name an action with no id by its place in the list, past an item that is not an action', async () => {
    const beta = lines(
      'section: "2.1"', // 1
      'title: Beta', // 2
      'actions:', // 3
      '  - just text', // 4
      '  - action: Do it', // 5
      '    updates:', // 6
      '      Q2:', // 7
      '        narrative: Done.', // 8
    );
    // The schema asks for the id at the second item (line 5); the rule names the action by its place.
    expect(await found({ '2.1-beta.yaml': beta }, ['missing-key'])).toEqual([
      `${BETA}:5:5 error missing-key: "id" is missing from this action | add a line "id: …"`,
      `${BETA}:7:7 error missing-key: "status" is missing from the Q2 update of action number 2 | add a line "status: …", e.g. status: Onward going`,
    ]);
  });

  it('do not take two sections with no number, or two actions with no id, for duplicates', async () => {
    const noNumbers = (title: string) =>
      lines(`title: ${title}`, 'actions:', '  - action: One', '    updates:', '      Q3:', '        status: ok', '  - action: Two');
    const files = { '2.1-beta.yaml': noNumbers('Beta'), '2.2-gamma.yaml': noNumbers('Gamma') };
    expect(await found(files, ['duplicate-section', 'duplicate-id'])).toEqual([]);
  });
});

describe('the financial year in the title and the start date', () => {
  const repeated = (column: number, how: string) =>
    `${PLAN}:1:${column} warning title-repeats-year: the title ${how} the financial year 2013/14, which the report adds itself: it would show the year twice | remove "2013/14" from the title`;

  it('writes the label in the hint with its leading zero', async () => {
    expect(await found({ 'plan.yaml': planYaml('2008/09', '2009-04-01') }, ['financial-year'])).toEqual([
      `${PLAN}:5:11 error financial-year: the year starts in 2009, but the label says 2008/09 | if the year is 2008/09, write starts: 2008-04-01; if it really starts on 2009-04-01, write label: "2009/10"`,
    ]);
  });

  it('says "ends with" for a year followed only by spaces', async () => {
    expect(await found({ 'plan.yaml': planYaml('2013/14', '2013-04-01', '"Plan 2013/14 "') }, ['title-repeats-year'])).toEqual([
      repeated(8, 'ends with'),
    ]);
  });

  it('points at the start of a title written over two lines', async () => {
    const title = 'Procurement Plan\n  2013/14';
    expect(await found({ 'plan.yaml': planYaml('2013/14', '2013-04-01', title) }, ['title-repeats-year'])).toEqual([
      repeated(8, 'ends with'),
    ]);
  });
});

describe('council codes in every field that holds them', () => {
  it('names an undeclared council in "pending" and in "notes"', async () => {
    const files = {
      '2.1-beta.yaml': savingsSection(
        'Q1:',
        '  achieved:',
        '    CDC: 1',
        '    SNC: 1',
        '  pending:',
        '    SNX: 5',
        '  notes:',
        '    EDC: late',
      ),
    };
    expect(await found(files, ['unknown-council'])).toEqual([
      `${BETA}:17:11 error unknown-council: council "SNX" is not declared in plan.yaml: the councils are CDC, SNC | did you mean "SNC"?`,
      `${BETA}:19:11 error unknown-council: council "EDC" is not declared in plan.yaml: the councils are CDC, SNC | did you mean "CDC"?`,
    ]);
  });

  it('refuses "__proto__" as a council code in plan.yaml, a target and each field of an update', async () => {
    const beta = savingsSection(
      'Q1:',
      '  achieved:',
      '    CDC: 1',
      '    SNC: 1',
      '    __proto__: 5',
      '  pending:',
      '    __proto__: 5',
      '  notes:',
      '    __proto__: x',
    );
    const files = {
      'plan.yaml': `${BASE_FILES['plan.yaml']!}  __proto__: Trojan Council\n`,
      '2.1-beta.yaml': beta.replace('        SNC: 1000\n', '        SNC: 1000\n        __proto__: 5\n'),
    };
    const refused = 'error invalid-key: "__proto__" is not a council code | write the code of a council declared in plan.yaml, e.g. CDC';
    expect(await found(files, ['invalid-key'])).toEqual([
      `${BETA}:11:9 ${refused}`,
      `${BETA}:17:11 ${refused}`,
      `${BETA}:19:11 ${refused}`,
      `${BETA}:21:11 ${refused}`,
      `${PLAN}:9:3 ${refused}`,
    ]);
  });
});

describe('figures against the target, field by field', () => {
  it('refuses notes in an action with no target', async () => {
    const files = { '2.1-beta.yaml': betaFile('Q3:', '  status: ok', '  notes:', '    CDC: late') };
    expect(await found(files, ['figures-without-target'])).toEqual([
      `${BETA}:9:9 error figures-without-target: "notes" needs a target: action "beta-one" has none | if these figures belong to another action, move lines 9–10 there; if they are this action's, add "target:" to the action, with "amounts:" below it, or write the figures in the narrative`,
    ]);
  });

  it('says only that "achieved" is not lines of figures when it is a number, not that it is missing', async () => {
    const files = { '2.1-beta.yaml': savingsSection('Q1:', '  achieved: 5') };
    expect(await found(files, ['missing-key', 'missing-figure', 'invalid-type'])).toEqual([
      `${BETA}:13:19 error invalid-type: "achieved" should be lines of "code: value" below it, one for each council, but is the number 5 | write one line for each of CDC and SNC below "achieved", indented by two more spaces, e.g. CDC: 5`,
    ]);
  });

  it('does not ask for figures of a target council that plan.yaml does not declare', async () => {
    const section = savingsSection('Q1:', '  achieved:', '    CDC: 1', '    SNC: 1').replace(
      '        SNC: 1000\n',
      '        SNC: 1000\n        EDX: 1000\n',
    );
    expect(await found({ '2.1-beta.yaml': section }, ['unknown-council', 'missing-figure', 'missing-key'])).toEqual([
      `${BETA}:11:9 error unknown-council: council "EDX" is not declared in plan.yaml: the councils are CDC, SNC | did you mean "CDC"?`,
    ]);
  });

  it('says only that a target has no amounts, not that each figure has no target', async () => {
    const section = savingsSection('Q1:', '  achieved:', '    CDC: 1').replace(
      '      amounts:\n        CDC: 1000\n        SNC: 1000\n',
      '',
    );
    expect(await found({ '2.1-beta.yaml': section }, ['missing-key', 'figure-without-target', 'missing-figure'])).toEqual([
      `${BETA}:6:5 error missing-key: "amounts" is missing from this "target:" part | add a line "amounts: …"`,
    ]);
  });

  it('does not call a figure the quarter before did not have a fall', async () => {
    const files = {
      '2.1-beta.yaml': savingsSection(
        'Q1:',
        '  narrative: Started.',
        '  achieved:',
        '    CDC: 5',
        'Q2:',
        '  achieved:',
        '    CDC: 5',
        '    SNC: 1',
      ),
    };
    expect(await found(files, ['missing-figure', 'figure-down'])).toEqual([
      `${BETA}:14:9 error missing-figure: the Q1 achieved amount for SNC is missing | add "SNC: 0" if nothing has been achieved yet`,
    ]);
  });
});

describe("a council's achieved figure left out of a later quarter", () => {
  it('names its total at the quarter before as the least it can be, not 0', async () => {
    const files = {
      '2.1-beta.yaml': savingsSection(
        'Q1:',
        '  narrative: Started.',
        '  achieved:',
        '    CDC: 5',
        '    SNC: 61234',
        'Q2:',
        '  narrative: Going on.',
        '  achieved:',
        '    CDC: 9',
      ),
    };
    expect(await found(files, ['missing-figure'])).toEqual([
      `${BETA}:19:9 error missing-figure: the Q2 achieved amount for SNC is missing | add a line "SNC: " with its total so far this year: at least 61234, its total at Q1`,
    ]);
  });
});

describe('an action with no updates yet, and the quarter being reported', () => {
  // The id is written second, so that "at the id" and "at the start of the action" are different lines.
  const action = (...more: string[]) =>
    lines('section: "2.1"', 'title: Beta', 'actions:', '  - action: Do it', '    id: beta-one', ...more);
  const missing = (at: string) =>
    `${BETA}:${at} error missing-quarter: action "beta-one" has no Q3 update | add "Q3:" under "updates", with its status and narrative, or mark the last update "ended: completed" (or dropped) if the action has finished`;

  it('asks for the quarter at the id when there is no "updates", and not without --quarter', async () => {
    expect(await found({ '2.1-beta.yaml': action() }, ['missing-quarter'], 'Q3')).toEqual([missing('5:5')]);
    expect(await found({ '2.1-beta.yaml': action() }, ['missing-quarter'])).toEqual([]);
  });

  it('asks for the quarter at "updates" when it is empty', async () => {
    expect(await found({ '2.1-beta.yaml': action('    updates: {}') }, ['missing-quarter'], 'Q3')).toEqual([missing('6:5')]);
  });

  it('does not ask for it from an action that ended in the second of two earlier quarters', async () => {
    const ended = action(
      '    updates:',
      '      Q1:',
      '        status: ok',
      '      Q2:',
      '        status: done',
      '        ended: completed',
    );
    expect(await found({ '2.1-beta.yaml': ended }, ['missing-quarter'], 'Q3')).toEqual([]);
  });
});

describe('plan.yaml with parts missing or not key lines', () => {
  it('reports a missing financial year once, and no rule trips over it', async () => {
    const plan = BASE_FILES['plan.yaml']!.replace('financialYear:\n  label: 2013/14\n  starts: 2013-04-01\n', '');
    expect(await found({ 'plan.yaml': plan }, ['missing-key', 'financial-year', 'title-repeats-year'])).toEqual([
      `${PLAN}:1:1 error missing-key: "financialYear" is missing from this file | add a line "financialYear: …"`,
    ]);
  });

  it('does not read a year out of a start date the schema refused', async () => {
    const plan = BASE_FILES['plan.yaml']!.replace('starts: 2013-04-01', 'starts: x2012-04-01');
    expect(await found({ 'plan.yaml': plan }, ['invalid-format', 'financial-year'])).toEqual([
      `${PLAN}:5:11 error invalid-format: the first day of the financial year is written year-month-01, e.g. 2013-04-01 | write starts: 2013-04-01 for a year that starts on 1 April 2013`,
    ]);
  });

  it('reports a plan.yaml written as a list, and no rule trips over it', async () => {
    expect(await found({ 'plan.yaml': '- one\n- two\n' }, ['not-key-lines', 'unwritten'])).toEqual([
      `${PLAN}:1:1 error not-key-lines: the file must be made of "key: value" lines, but it is a list | start with "title:", "appendix:", "financialYear:" and "councils:"`,
    ]);
  });
});

describe('text still to write', () => {
  it("names the report's label left as TODO", async () => {
    const plan = BASE_FILES['plan.yaml']!.replace('appendix: Appendix 1', 'appendix: TODO');
    expect(await found({ 'plan.yaml': plan }, ['unwritten'])).toEqual([
      `${PLAN}:2:11 warning unwritten: the report's label (e.g. Appendix 1) is not written yet | replace the TODO with the report's label (e.g. Appendix 1)`,
    ]);
  });

  it('names the title of a section with no number without a number', async () => {
    const beta = lines(
      'title: TODO',
      'actions:',
      '  - id: beta-one',
      '    action: Do it',
      '    updates:',
      '      Q3:',
      '        status: ok',
    );
    expect(await found({ '2.1-beta.yaml': beta }, ['unwritten'])).toEqual([
      `${BETA}:1:8 warning unwritten: the title of section is not written yet | replace the TODO with the title of section`,
    ]);
  });

  it('takes TODO as unwritten only at the start of the text', async () => {
    const section = savingsSection(
      'Q3:',
      '  status: Waiting for the TODO list',
      '  narrative: See TODO',
      '  achieved:',
      '    CDC: 1',
      '    SNC: 1',
      '  notes:',
      '    CDC: on the TODO list',
    );
    expect(await found({ '2.1-beta.yaml': section }, ['unwritten'])).toEqual([]);
  });
});
