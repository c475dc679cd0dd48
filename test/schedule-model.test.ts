import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isOverdue } from '../src/compute/schedule.js';
import { loadPlan } from '../src/plan/load-plan.js';
import type { Action } from '../src/plan/model.js';
import type { Quarter } from '../src/plan/quarters.js';
import { parseRichText } from '../src/plan/rich-text.js';
import { buildQuarterModel } from '../src/report/build-report.js';
import { overdueList, scheduleLine } from '../src/report/schedule.js';
import { DEFAULT_TEMPLATE, loadTemplate } from '../src/template/load.js';
import { ROOT } from './helpers.js';

/**
 * The report model's lead officers, due dates, overdue list and profile sentence, built in this
 * process from the Kestrel plan (worked out by hand in kestrel.test.ts), so that mutation testing
 * reaches compute/schedule.ts and report/schedule.ts.
 */

const template = (await loadTemplate(DEFAULT_TEMPLATE)).template!;

/**
 * The plan is loaded inside each test, not while vitest collects them: Stryker counts code run at
 * collection as "static" and reruns every test file for each mutant of it (docs/mutation.md).
 */
async function kestrel() {
  const plan = (await loadPlan({ plansDir: join(ROOT, 'test', 'fixtures', 'kestrel', 'plans') })).plan!;
  const action = (id: string) => plan.sections.flatMap((s) => s.actions).find((a) => a.id === id)!;
  return { plan, action };
}

describe('an overdue action', () => {
  const cases: Array<[string, Partial<Record<Quarter, boolean>>]> = [
    // Due Q2 (30 September 2014): due that very day at Q2, overdue from Q3.
    ['standing-orders', { Q1: false, Q2: false, Q3: true, Q4: true }],
    // Due 30 November 2014, but completed in Q2.
    ['supplier-portal', { Q1: false, Q2: false, Q3: false, Q4: false }],
    // Due 31 March 2015, the last day of Q4.
    ['contract-savings', { Q1: false, Q2: false, Q3: false, Q4: false }],
    // Due 2015/16 Q1.
    ['budget-holder-training', { Q4: false }],
    // No due date.
    ['energy-rebate', { Q4: false }],
  ];
  it.each(cases)('%s', async (id, byQuarter) => {
    const { plan, action } = await kestrel();
    for (const [q, overdue] of Object.entries(byQuarter)) expect(isOverdue(action(id), q as Quarter, plan), q).toBe(overdue);
  });

  it('is overdue one day after its date, and not on it', async () => {
    const { plan, action } = await kestrel();
    const on = (by: string): Action => ({ ...action('standing-orders'), due: { written: by, kind: 'date', by } });
    expect(isOverdue(on('2014-12-30'), 'Q3', plan)).toBe(true);
    expect(isOverdue(on('2014-12-31'), 'Q3', plan)).toBe(false);
  });
});

describe('the report model', () => {
  it('words lead and due under the action, and lists the overdue action, at Q3', async () => {
    const { plan } = await kestrel();
    const { model } = buildQuarterModel(plan, 'Q3', template);
    const rows = model.sections.flatMap((s) => s.rows);
    expect(rows.map((r) => r.schedule?.lines ?? [])).toEqual([
      ['Lead: Head of Procurement', 'Due: 31 March 2015'],
      ['Lead: Energy Officer'],
      ['Lead: Head of Legal Services', 'Due: Q2 (by 30 September 2014) – overdue'],
      ['Lead: Procurement Manager', 'Due: 30 November 2014'],
      ['Due: 2015/16 Q1 (by 30 June 2015)'],
    ]);
    expect(model.overdue).toEqual({
      heading: 'Overdue actions',
      intro: 'Actions past their due date and not completed or dropped at the end of Q3:',
      items: ['2 Revise the contract standing orders – due Q2 (by 30 September 2014); lead: Head of Legal Services'],
    });
    expect(model.sections[0]!.scheduleColumn).toBeUndefined();
    expect(rows[0]!.targetLine).toBe(
      "Annual target: Kestrel Borough Council – £90,000; Harrier District Council – £45,000; combined £135,000. Savings profile: 10/20/30/40% of the annual target in Q1/Q2/Q3/Q4 (the plan's).",
    );
  });

  it('names the profiles in the summary, and lists nothing when nothing is overdue or the template says not to', async () => {
    const { plan } = await kestrel();
    // Q1: 10% of 135,000 = £13,500 expected on the plan's profile; the rebate is not yet in the plan.
    const q1 = buildQuarterModel(plan, 'Q1', template).model;
    expect(q1.summary!.note).toMatch(
      /^"Expected by end of Q1" follows the savings profile where a target has one: contract savings \(section 1, Savings\) on the plan's profile 10\/20\/30\/40%: 10% of the annual target expected by the end of Q1, £13,500 of £135,000\. /,
    );
    expect(q1.overdue).toBeUndefined();
    const quiet = { ...template, leadAndDue: { ...template.leadAndDue, listOverdue: false } };
    expect(buildQuarterModel(plan, 'Q3', quiet).model.overdue).toBeUndefined();
    const column = { ...template, leadAndDue: { ...template.leadAndDue, place: 'column' as const } };
    expect(buildQuarterModel(plan, 'Q3', column).model.sections[0]!.scheduleColumn).toBe('Lead and due');
  });
});

describe('the words for one action', () => {
  it('counts an ending in the quarter reported, and not one after it', async () => {
    const { plan, action } = await kestrel();
    const late = action('standing-orders');
    const endedQ3: Action = { ...late, updates: { ...late.updates, Q3: { ...late.updates.Q3!, ended: 'completed' } } };
    expect(isOverdue(endedQ3, 'Q3', plan)).toBe(false);
    const { Q3: _q3, ...upToQ2 } = late.updates;
    const endedQ4: Action = { ...late, updates: { ...upToQ2, Q3: late.updates.Q3!, Q4: { ...late.updates.Q3!, ended: 'completed' } } };
    expect(isOverdue(endedQ4, 'Q3', plan)).toBe(true);
  });

  it('writes a due quarter as Q with single spaces, and has no line for an action with neither lead nor due', async () => {
    const { plan, action } = await kestrel();
    const late = action('standing-orders');
    const due = { written: '2014/15   q1', kind: 'quarter' as const, by: '2014-06-30' };
    expect(scheduleLine({ ...late, due }, 'Q1', plan)?.lines).toEqual([
      'Lead: Head of Legal Services',
      'Due: 2014/15 Q1 (by 30 June 2014)',
    ]);
    const { lead: _lead, due: _due, ...plain } = late;
    expect(scheduleLine(plain, 'Q3', plan)).toBeUndefined();
  });

  it('names an overdue action by the first line of its text, without its last colon, at most 100 characters', async () => {
    const { plan, action } = await kestrel();
    const late = action('standing-orders');
    const schedule = scheduleLine(late, 'Q3', plan)!;
    const named = (typed: string) => overdueList([{ section: '9', action: parseRichText(typed).text, schedule }], 'Q3')!.items[0];
    // Runs of spaces fold to one; only the colon at the end goes; the second line is left out.
    expect(named('Agree  terms: phase 1, then 2:\nsecond line')).toBe(
      '9 Agree terms: phase 1, then 2 – due Q2 (by 30 September 2014); lead: Head of Legal Services',
    );
    const long = `${'word '.repeat(30)}end`;
    expect(named(long)).toBe(`9 ${long.slice(0, 99).trimEnd()}… – due Q2 (by 30 September 2014); lead: Head of Legal Services`);
    expect(overdueList([{ section: '9', action: late.text }], 'Q3')).toBeUndefined();
  });

  it('says a target without a profile keeps the straight line, beside one with a profile', async () => {
    const { plan } = await kestrel();
    const straight = plan.sections.map((s) => ({
      ...s,
      actions: s.actions.map((a) => {
        if (a.id !== 'contract-savings' || !a.target) return a;
        const { profile: _profile, ...target } = a.target;
        return { ...a, target };
      }),
    }));
    const note = buildQuarterModel({ ...plan, sections: straight }, 'Q3', template).model.summary!.note;
    expect(note).toContain(
      'energy rebate (section 1, Savings) on its own profile 12.5/12.5/37.5/37.5%: 62.5% of the annual target expected by the end of Q3, £7,716 of £12,345; any other target assumes a straight-line pace: 75% of the annual target by the end of the third quarter.',
    );
  });
});
