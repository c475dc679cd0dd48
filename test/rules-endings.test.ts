import { afterEach, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/diagnostics/diagnostic.js';
import { loadPlan } from '../src/plan/load-plan.js';
import type { Quarter } from '../src/plan/quarters.js';
import { endingSaid } from '../src/plan/rules.js';
import { BASE_FILES, type Fixture, makeFixture } from './helpers.js';

/**
 * The rules for the year's turn and an action's end, message by message: targets still to confirm,
 * notes carried forward, statuses that say an action ended without `ended:`. Each expected line is
 * written out from the fixture by hand (`file:line:column severity code: message | hint`); found
 * unchecked by mutation testing (docs/mutation.md).
 */

let fixture: Fixture | undefined;
afterEach(() => fixture?.cleanup());

const show = (d: Diagnostic) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code}: ${d.message} | ${d.hint ?? ''}`;

async function found(files: Record<string, string | null>, codes: string[], quarter?: Quarter): Promise<string[]> {
  fixture = makeFixture(files);
  const { diagnostics } = await loadPlan({ plansDir: 'plans', cwd: fixture.root, quarter });
  return diagnostics.filter((d) => codes.includes(d.code)).map(show);
}

const lines = (...l: string[]) => `${l.join('\n')}\n`;
const BETA = 'plans/2.1-beta.yaml';

/** Section "2.1" with one action "beta-one" (no target) doing `what`, its updates from line 7. */
const plainSection = (what: string, ...updateLines: string[]) =>
  lines(
    'section: "2.1"', // 1
    'title: Beta', // 2
    'actions:', // 3
    '  - id: beta-one', // 4
    `    action: ${what}`, // 5
    '    updates:', // 6
    ...updateLines.map((l) => `      ${l}`),
  );

describe('targets carried into a new year', () => {
  const section = lines(
    'section: "2.1"', // 1
    'title: Beta', // 2
    'actions:', // 3
    '  - id: beta-save', // 4
    '    action: Save', // 5
    '    target:', // 6
    '      measure: savings', // 7
    '      confirm: check the amounts', // 8
    '      amounts:', // 9
    '        CDC: 1000', // 10
    '        SNC: 1000', // 11
    '    updates:', // 12
    '      Q1:', // 13
    '        achieved:', // 14
    '          CDC: 0', // 15
    '          SNC: 0', // 16
  );
  const message = (severity: string, year: string) =>
    `${BETA}:8:7 ${severity} target-unconfirmed: the target of action "beta-save" is not yet confirmed for ${year} | check its amounts are the ${year} targets (change any that are not), then delete the line "confirm: …"`;

  it('are a warning when validating and an error for a quarter, named by the year', async () => {
    expect(await found({ '2.1-beta.yaml': section }, ['target-unconfirmed'])).toEqual([message('warning', '2013/14')]);
    expect(await found({ '2.1-beta.yaml': section }, ['target-unconfirmed'], 'Q1')).toEqual([message('error', '2013/14')]);
  });

  it('say "this year" when the plan has no year label to name', async () => {
    const plan = BASE_FILES['plan.yaml']!.replace('  label: 2013/14\n', '');
    expect(await found({ 'plan.yaml': plan, '2.1-beta.yaml': section }, ['target-unconfirmed'])).toEqual([message('warning', 'this year')]);
  });

  it('are not flagged once the line is deleted', async () => {
    const confirmed = section.replace('      confirm: check the amounts\n', '');
    expect(await found({ '2.1-beta.yaml': confirmed }, ['target-unconfirmed'])).toEqual([]);
  });
});

describe('notes still marked TODO', () => {
  const section = lines(
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
    '      Q1:', // 12
    '        achieved:', // 13
    '          CDC: 1', // 14
    '          SNC: 1', // 15
    '        notes:', // 16
    '          CDC: "  TODO check: on hold"', // 17
    '          SNC: Signed in May', // 18
    '      Q2:', // 19
    '        achieved:', // 20
    '          CDC: 5', // 21
    '          SNC: 5', // 22
    '        notes:', // 23
    '          CDC: "TODO check: still on"', // 24
    '          SNC: TODO ask SNC', // 25
  );
  const carried = (q: string, line: number, severity: string) =>
    `${BETA}:${line}:16 ${severity} unwritten: the ${q} note for CDC on action "beta-save" was carried forward from the quarter before and is not checked yet | if it still holds, delete "TODO check:" from its start; if not, rewrite it or delete the line`;
  const unwritten = (severity: string) =>
    `${BETA}:25:16 ${severity} unwritten: the Q2 note for SNC on action "beta-save" is not written yet | replace the TODO with the note, or delete the line`;

  it('say whether the note was carried forward or left to write, an error only in the quarter reported', async () => {
    expect(await found({ '2.1-beta.yaml': section }, ['unwritten'], 'Q2')).toEqual([
      carried('Q1', 17, 'warning'),
      carried('Q2', 24, 'error'),
      unwritten('error'),
    ]);
    expect(await found({ '2.1-beta.yaml': section }, ['unwritten'])).toEqual([
      carried('Q1', 17, 'warning'),
      carried('Q2', 24, 'warning'),
      unwritten('warning'),
    ]);
  });
});

describe('a status that says the action ended, with no "ended:"', () => {
  const hint = (q: string, how: string) =>
    `if it has ended, add "ended: ${how}" to its ${q} update, so that new-quarter and the next year leave it out`;

  it('is pointed out at the last update when nothing follows it', async () => {
    const beta = plainSection('Hold the event', 'Q1:', '  status: On track', 'Q2:', '  status: Dropped   in   Q2');
    expect(await found({ '2.1-beta.yaml': beta }, ['ending-not-marked'])).toEqual([
      `${BETA}:10:17 warning ending-not-marked: the Q2 status of action "beta-one" says "Dropped in Q2", but the action is not marked as ended | ${hint('Q2', 'dropped')}`,
    ]);
  });

  it('is pointed out at the first of a run of updates that say so, naming the later ones to remove', async () => {
    const one = plainSection('Hold the event', 'Q1:', '  status: On track', 'Q2:', '  status: Completed', 'Q3:', '  status: Complete.');
    expect(await found({ '2.1-beta.yaml': one }, ['ending-not-marked'])).toEqual([
      `${BETA}:10:17 warning ending-not-marked: the Q2 status of action "beta-one" says "Completed", but the action is not marked as ended | if it ended in Q2, add "ended: completed" to its Q2 update and remove its Q3 update`,
    ]);
    const two = plainSection('Hold the event', 'Q1:', '  status: Completed', 'Q2:', '  status: Finished', 'Q3:', '  status: Complete');
    expect(await found({ '2.1-beta.yaml': two }, ['ending-not-marked'])).toEqual([
      `${BETA}:8:17 warning ending-not-marked: the Q1 status of action "beta-one" says "Completed", but the action is not marked as ended | if it ended in Q1, add "ended: completed" to its Q1 update and remove its Q2 and Q3 updates`,
    ]);
  });

  it('starts the run after a status that says otherwise, or says the other ending', async () => {
    const resumed = plainSection(
      'Hold the event',
      'Q1:',
      '  status: Completed',
      'Q2:',
      '  status: Restarted',
      'Q3:',
      '  status: Completed',
    );
    expect(await found({ '2.1-beta.yaml': resumed }, ['ending-not-marked'])).toEqual([
      `${BETA}:12:17 warning ending-not-marked: the Q3 status of action "beta-one" says "Completed", but the action is not marked as ended | ${hint('Q3', 'completed')}`,
    ]);
    const changed = plainSection('Hold the event', 'Q1:', '  status: Dropped', 'Q2:', '  status: Completed');
    expect(await found({ '2.1-beta.yaml': changed }, ['ending-not-marked'])).toEqual([
      `${BETA}:10:17 warning ending-not-marked: the Q2 status of action "beta-one" says "Completed", but the action is not marked as ended | ${hint('Q2', 'completed')}`,
    ]);
  });

  it('is left alone when the last status does not say so, an update is marked ended, or the action recurs', async () => {
    const earlier = plainSection('Hold the event', 'Q1:', '  status: Completed', 'Q2:', '  status: Onward going');
    expect(await found({ '2.1-beta.yaml': earlier }, ['ending-not-marked'])).toEqual([]);
    const marked = plainSection('Hold the event', 'Q1:', '  status: On track', '  ended: completed', 'Q2:', '  status: Completed');
    expect(await found({ '2.1-beta.yaml': marked }, ['ending-not-marked'])).toEqual([]);
    const recurring = plainSection('Review the contracts register EVERY month', 'Q1:', '  status: Complete');
    expect(await found({ '2.1-beta.yaml': recurring }, ['ending-not-marked'])).toEqual([]);
  });
});

describe('the words that say an action ended', () => {
  it.each([
    ['Fully completed!', 'completed'],
    ['Now complete', 'completed'],
    ['Work finished on Q2', 'completed'],
    ['Project abandoned', 'dropped'],
    ['Canceled', 'dropped'],
    ['Event cancelled: no bookings', 'dropped'],
    ['Completed; all invoices paid', 'completed'],
    ['Completed. Report to follow', 'completed'],
    ['Action complete – event held', 'completed'],
    ['Dropped - see 2.3', 'dropped'],
    ['Completed : see the notes', 'completed'],
    ['Completed: in SNC, not in CDC', undefined],
    ['Dropped. Partly replaced by 2.3', undefined],
    ['Complete – stage 2 to follow', undefined],
    ['Completed: not in SNC', undefined],
    ['Completed in Q5', undefined],
    ['Almost complete', undefined],
    ['Completed early', undefined],
  ])('"%s" reads as %s', (status, verdict) => {
    expect(endingSaid(status)).toBe(verdict);
  });
});
