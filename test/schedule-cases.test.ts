import { afterEach, describe, expect, it } from 'vitest';
import { loadPlan } from '../src/plan/load-plan.js';
import type { Case } from './bad-input-cases.js';
import { BASE_FILES, type Fixture, makeFixture, positionOf } from './helpers.js';

/**
 * Lead officers, due dates and savings profiles: each slip officers make is named at its position in
 * plain words with the fix, and the due-date checks warn where an action is late or its date belongs
 * to a past year. The base plan (helpers.ts) is 2013/14, reported at Q3 (ending 31 December 2013).
 */

/** A section with one action whose keys before `updates` are `lines`, reported at Q2 and Q3 (Q3 optional). */
const action = (lines: string[], updates = ['      Q2:', '        status: Drafting', '      Q3:', '        status: Onward going']) =>
  ['section: "2.1"', 'title: Beta', 'actions:', '  - id: beta-one', '    action: Do it', ...lines, '    updates:', ...updates, ''].join(
    '\n',
  );

/** The base plan's savings target, with a profile line after its amounts (line 17). */
const profiled = (profile: string) =>
  BASE_FILES['1.1-alpha.yaml']!.replace('        SNC: 50000\n', `        SNC: 50000\n      profile: ${profile}\n`);

const cases: Case[] = [
  {
    name: 'a due date in UK order',
    files: { '2.1-beta.yaml': action(['    due: 31/12/2013']) },
    at: 'plans/2.1-beta.yaml:6:10',
    message: /"31\/12\/2013" is a date written day first: plan writes dates year first, as YYYY-MM-DD/,
    hint: /^write due: 2013-12-31 \(31\/12 read as 31 December, day before month\)$/,
  },
  {
    name: 'a due date with month and day swapped',
    files: { '2.1-beta.yaml': action(['    due: 2013-31-12']) },
    at: 'plans/2.1-beta.yaml:6:10',
    message: /month before day: 2013-12-31/,
  },
  {
    name: 'a due date that is not in the calendar',
    files: { '2.1-beta.yaml': action(['    due: 2014-02-29']) },
    at: 'plans/2.1-beta.yaml:6:10',
    message: /^"2014-02-29" is no day of the calendar: February 2014 has 28 days \(2014 is not a leap year\)$/,
    hint: /^write the day meant; for the last day of February, write due: 2014-02-28$/,
  },
  {
    name: 'a due date in words',
    files: { '2.1-beta.yaml': action(['    due: December 2013']) },
    at: 'plans/2.1-beta.yaml:6:10',
    message: /^"December 2013" names a month: a due date is written YYYY-MM-DD, and by the end of that month is 2013-12-31$/,
    hint: /^write due: 2013-12-31 \(31 December 2013\)$/,
  },
  {
    name: 'a fifth quarter',
    files: { '2.1-beta.yaml': action(['    due: Q5']) },
    at: 'plans/2.1-beta.yaml:6:10',
    message: /"Q5" is not a quarter: a financial year has four, Q1 to Q4/,
    hint: /Q1 is April–June/,
  },
  {
    name: 'a quarter in words',
    files: { '2.1-beta.yaml': action(['    due: Quarter 3']) },
    at: 'plans/2.1-beta.yaml:6:10',
    message: /^"Quarter 3" is a quarter in a form plan does not read: the plan writes it Q3$/,
    hint: /^write due: Q3$/,
  },
  {
    name: 'a quarter of a year that is not a financial year',
    files: { '2.1-beta.yaml': action(['    due: 2013/15 Q1']) },
    at: 'plans/2.1-beta.yaml:6:10',
    message: /"2013\/15" is not a financial year/,
  },
  {
    name: 'a due year as a number',
    files: { '2.1-beta.yaml': action(['    due: 2014']) },
    at: 'plans/2.1-beta.yaml:6:10',
    message: /"2014" is not a date or a quarter/,
  },
  {
    name: 'a lead given as a list',
    files: { '2.1-beta.yaml': action(['    lead:', '      - Jo Bloggs', '      - Ann Smith']) },
    at: 'plans/2.1-beta.yaml:7:7',
    message: /write the lead officer as one line of text, not a list/,
    hint: /lead: Jo Bloggs and Ann Smith/,
  },
  {
    name: 'a profile that adds up to 90%',
    files: { '1.1-alpha.yaml': profiled('[10, 20, 30, 30]') },
    at: 'plans/1.1-alpha.yaml:17:16',
    message: /the quarters' shares add up to 90%, not 100%/,
    hint: /\[10, 20, 30, 40\]/,
  },
  {
    name: 'a profile written as running totals',
    files: { '1.1-alpha.yaml': profiled('[10, 30, 60, 100]') },
    at: 'plans/1.1-alpha.yaml:17:16',
    message: /add up to 200%, not 100%: these look like running totals/,
    hint: /each quarter's own share: \[10, 20, 30, 40\]/,
  },
  {
    name: 'a profile of three quarters',
    files: { '1.1-alpha.yaml': profiled('[20, 30, 50]') },
    at: 'plans/1.1-alpha.yaml:17:16',
    message: /one share per quarter, four in all \(this one has 3\)/,
  },
  {
    name: 'a share written with %',
    files: { '1.1-alpha.yaml': profiled('[10%, 20, 30, 40]') },
    at: 'plans/1.1-alpha.yaml:17:17',
    message: /write each share as a plain number, without "%"/,
    hint: /write 10/,
  },
  {
    name: 'a profile written as 10/20/30/40',
    files: { '1.1-alpha.yaml': profiled('10/20/30/40') },
    at: 'plans/1.1-alpha.yaml:17:16',
    message: /the shares of "profile" are written as a report words them/,
    hint: /\[10, 20, 30, 40\]/,
  },
  {
    name: 'a plan-level profile that does not add up',
    files: { 'plan.yaml': `${BASE_FILES['plan.yaml']}savingsProfile: [25, 25, 25, 20]\n` },
    at: 'plans/plan.yaml:9:17',
    message: /add up to 95%, not 100%/,
    hint: /\[25, 25, 25, 25\]/,
  },
  {
    name: 'an open action past its due quarter',
    files: { '2.1-beta.yaml': action(['    due: Q2']) },
    quarter: 'Q3',
    at: 'plans/2.1-beta.yaml:6:10',
    severity: 'warning',
    message: /action "beta-one" was due by the end of Q2 \(30 September 2013\), and at the end of Q3 it has not ended/,
    hint: /add "ended: completed" to its Q3 update/,
  },
  {
    name: 'an open action past its due date, checked at the latest quarter reported',
    files: { '2.1-beta.yaml': action(['    lead: Head of Legal', '    due: 2013-11-15']) },
    at: 'plans/2.1-beta.yaml:7:10',
    severity: 'warning',
    message: /action "beta-one" was due 15 November 2013, and at the end of Q3 it has not ended/,
  },
  {
    name: 'a due date before the financial year',
    files: { '2.1-beta.yaml': action(['    due: 2013-03-31']) },
    at: 'plans/2.1-beta.yaml:6:10',
    severity: 'warning',
    message: /is due 31 March 2013, before this financial year starts \(1 April 2013\)/,
    hint: /set a due date in this year/,
  },
];

describe('plan validate: lead officers, due dates and savings profiles', () => {
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

  it.each([
    ['due this quarter', ['    due: Q3'], 'Q3'],
    ['due on the last day of the quarter', ['    due: 2013-12-31'], 'Q3'],
    ['due next year', ['    due: 2014/15 Q1'], 'Q3'],
    ['past due but checked at an earlier quarter', ['    due: Q2'], 'Q2'],
  ] as const)('says nothing of an action %s', async (_name, lines, quarter) => {
    fixture = makeFixture({ '2.1-beta.yaml': action([...lines, '    lead: Head of Legal']) });
    const { diagnostics, plan } = await loadPlan({ plansDir: 'plans', cwd: fixture.root, quarter });
    expect(diagnostics).toEqual([]);
    expect(plan?.sections[1]?.actions[0]?.lead).toBe('Head of Legal');
  });

  it('says nothing of an action past its due date that ended', async () => {
    const ended = ['      Q2:', '        status: Done', '        ended: completed'];
    fixture = makeFixture({ '2.1-beta.yaml': action(['    due: Q1'], ended) });
    const { diagnostics } = await loadPlan({ plansDir: 'plans', cwd: fixture.root, quarter: 'Q3' });
    expect(diagnostics).toEqual([]);
  });
});
