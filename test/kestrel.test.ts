import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { docxParts, docxText } from './docx.js';
import { ROOT, runPlanInProcess } from './helpers.js';

/**
 * A held-out plan with lead officers, due dates and savings profiles, start to finish: two councils
 * (KBC, HDC), 2014/15, Q1–Q3. Every figure and every date is worked out by hand here from the plan
 * files, and compared with the Word appendix, the web page and the JSON.
 *
 * Pace. plan.yaml gives savingsProfile [10, 20, 30, 40]: 10%, 30%, 60% of the annual target expected
 * by the end of Q1, Q2, Q3. "energy-rebate" has its own [12.5, 12.5, 37.5, 37.5]: 12.5%, 25%, 62.5%.
 *   Contract savings, targets KBC 90,000, HDC 45,000 (combined 135,000), on the plan's profile.
 *     Q1 expected 9,000 / 4,500; achieved 9,000 (on pace, green) / 3,000 (66.7% of pace: red).
 *     Q2 expected 27,000 / 13,500 / 40,500; achieved 30,000 (£3,000 ahead) / 12,000 (88.9%: amber,
 *        £1,500 behind) / 42,000 (£1,500 ahead); 33.3% → 33%, 26.7% → 27%, 31.1% → 31% of target.
 *     Q3 expected 54,000 / 27,000 / 81,000; achieved 50,000 (92.6%: amber, £4,000 behind) / 27,000
 *        (on pace: green) / 77,000 (£4,000 behind); 55.6% → 56%, 60%, 57.0% → 57% of target.
 *        A straight line would have expected 67,500 and 33,750 (KBC red at 74%): the profile matters.
 *   Energy rebate, HDC 12,345, first reported in Q2.
 *     Q2 expected 25% = 3,086.25 → £3,086; achieved 3,000: £86 behind, 97.2%: amber; 24.3% → 24%.
 *     Q3 expected 62.5% = 7,715.625 → £7,716 (half up); achieved 7,716: on pace, green; 62.50…% → 63%.
 * Due dates, overdue when the due day is before the last day of the quarter and the action has not ended:
 *   standing-orders, due Q2 = 30 September 2014: not overdue at Q2 (due that day), overdue at Q3.
 *   supplier-portal, due 2014-11-30: completed in Q2, so never overdue.
 *   budget-holder-training, due 2015/16 Q1 = 30 June 2015: not overdue this year.
 *   contract-savings, due 2015-03-31: not overdue before Q4.
 */

const dir = mkdtempSync(join(tmpdir(), 'plan-kestrel-'));
cpSync(join(ROOT, 'test', 'fixtures', 'kestrel'), dir, { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Data {
  targets: Array<{
    action: string;
    profile: { source: string; quarterShares: number[]; expectedShare: string };
    councils: Array<{ code: string; expected: number; paceGap: number; rag: string; percentOfTarget: string }>;
    combined: { expected: number; paceGap: number } | null;
  }>;
  actions: Array<{ id: string; lead: string | null; due: string | null; dueBy: string | null; overdue: boolean }>;
}

const report = async (quarter: string, extra: string[] = []) => {
  const r = await runPlanInProcess(['report', '--quarter', quarter, '--format', 'docx,html,json', ...extra], { cwd: dir });
  expect(r.exitCode, r.stderr).toBe(0);
  const file = (ext: string) => join(dir, r.stdout.split('\n').find((l) => l.endsWith(`.${ext}`))!);
  return {
    docx: file('docx'),
    text: docxText(file('docx')),
    html: readFileSync(file('html'), 'utf8'),
    data: JSON.parse(readFileSync(file('json'), 'utf8')) as Data,
  };
};

describe('the Kestrel plan (lead officers, due dates, savings profiles)', () => {
  it('validates, warning only of the action past its due quarter', async () => {
    const r = await runPlanInProcess(['validate'], { cwd: dir });
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toContain(
      'plans/2-governance.yaml:10:10: warning: action "standing-orders" was due by the end of Q2 (30 September 2014), and at the end of Q3 it has not ended',
    );
    expect(r.stderr).toMatch(/0 errors, 1 warning/);
    // At Q2 the standing orders are due that very day: not yet overdue.
    expect((await runPlanInProcess(['validate', '--quarter', 'Q2'], { cwd: dir })).stderr).toBe('✓ 3 files checked, no problems\n');
  });

  it('reports Q3 on the profiles, in Word, on the web page and in the JSON', async () => {
    const q3 = await report('Q3');
    for (const row of [
      ['Kestrel Borough Council (KBC)', '£90,000', '£50,000', '+£20,000', '56%', '£54,000', '£4,000 behind', '£40,000'],
      ['Harrier District Council (HDC)', '£45,000', '£27,000', '+£15,000', '60%', '£27,000', 'on pace', '£18,000'],
      ['Combined', '£135,000', '£77,000', '+£35,000', '57%', '£81,000', '£4,000 behind', '£58,000'],
      ['Harrier District Council (HDC)', '£12,345', '£7,716', '+£4,716', '63%', '£7,716', 'on pace', '£4,629'],
    ])
      expect(q3.text).toContain(row.join('\n'));
    const pace =
      '"Expected by end of Q3" follows the savings profile where a target has one: contract savings (section 1, Savings) on the plan\'s profile 10/20/30/40%: 60% of the annual target expected by the end of Q3, £81,000 of £135,000; energy rebate (section 1, Savings) on its own profile 12.5/12.5/37.5/37.5%: 62.5% of the annual target expected by the end of Q3, £7,716 of £12,345.';
    expect(q3.text).toContain(pace);
    expect(q3.html).toContain(pace.replace(/"/g, '&quot;'));
    expect(q3.text).toContain("Savings profile: 10/20/30/40% of the annual target in Q1/Q2/Q3/Q4 (the plan's).");
    expect(q3.text).toContain('RAG: Amber (from the figures: KBC a little behind pace)');
    expect(q3.text).toContain('Q3 target shortfall for KBC; on track for HDC');

    const contract = q3.data.targets.find((t) => t.action === 'contract-savings')!;
    expect(contract.profile).toEqual({ source: 'plan', quarterShares: [10, 20, 30, 40], expectedShare: '60' });
    expect(contract.councils.map((c) => [c.code, c.expected, c.paceGap, c.rag])).toEqual([
      ['KBC', 54000, -4000, 'amber'],
      ['HDC', 27000, 0, 'green'],
    ]);
    expect(contract.combined).toMatchObject({ expected: 81000, paceGap: -4000 });
    const rebate = q3.data.targets.find((t) => t.action === 'energy-rebate')!;
    expect(rebate.profile).toEqual({ source: 'target', quarterShares: [12.5, 12.5, 37.5, 37.5], expectedShare: '62.5' });
    expect(rebate.councils[0]).toMatchObject({ expected: 7716, paceGap: 0, rag: 'green', percentOfTarget: '63' });
  });

  it('shows lead and due in the Action cell, and lists the overdue action, at Q3', async () => {
    const q3 = await report('Q3');
    expect(q3.text).toContain(
      'Revise the contract standing orders:\nthresholds for quotes and tenders\nLead: Head of Legal Services\nDue: Q2 (by 30 September 2014) – overdue\n',
    );
    expect(q3.text).toContain('Lead: Procurement Manager\nDue: 30 November 2014\n');
    expect(q3.text).toContain('Train budget holders each quarter.\nDue: 2015/16 Q1 (by 30 June 2015)\n');
    expect(q3.text).toContain(
      'Overdue actions\nActions past their due date and not completed or dropped at the end of Q3:\n2 Revise the contract standing orders – due Q2 (by 30 September 2014); lead: Head of Legal Services\n',
    );
    expect(q3.html).toContain(
      '<li>2 Revise the contract standing orders – due Q2 (by 30 September 2014); lead: Head of Legal Services</li>',
    );
    expect(q3.data.actions.map((a) => [a.id, a.lead, a.due, a.dueBy, a.overdue])).toEqual([
      ['contract-savings', 'Head of Procurement', '2015-03-31', '2015-03-31', false],
      ['energy-rebate', 'Energy Officer', null, null, false],
      ['standing-orders', 'Head of Legal Services', 'Q2', '2014-09-30', true],
      ['supplier-portal', 'Procurement Manager', '2014-11-30', '2014-11-30', false],
      ['budget-holder-training', null, '2015/16 Q1', '2015-06-30', false],
    ]);
  });

  it('reports Q2 with nothing overdue and the rebate amber on its own profile', async () => {
    const q2 = await report('Q2');
    expect(q2.text).not.toContain('Overdue actions');
    expect(q2.text).toContain('Due: Q2 (by 30 September 2014)\n');
    expect(q2.text).not.toContain('– overdue');
    for (const row of [
      ['Kestrel Borough Council (KBC)', '£90,000', '£30,000', '+£21,000', '33%', '£27,000', '£3,000 ahead', '£60,000'],
      ['Harrier District Council (HDC)', '£45,000', '£12,000', '+£9,000', '27%', '£13,500', '£1,500 behind', '£33,000'],
      ['Combined', '£135,000', '£42,000', '+£30,000', '31%', '£40,500', '£1,500 ahead', '£93,000'],
    ])
      expect(q2.text).toContain(row.join('\n'));
    const rebate = q2.data.targets.find((t) => t.action === 'energy-rebate')!;
    expect(rebate.councils[0]).toMatchObject({ expected: 3086, paceGap: -86, rag: 'amber', percentOfTarget: '24' });
  });

  it('diffs Q2 and Q3: the action that became overdue', async () => {
    const r = await runPlanInProcess(['diff', '--from', 'Q2', '--to', 'Q3'], { cwd: dir });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('Overdue by Q3 (1)\n  2 standing-orders: due Q2 (by 30 September 2014); lead: Head of Legal Services\n');
    expect((await runPlanInProcess(['diff', '--from', 'Q1', '--to', 'Q2'], { cwd: dir })).stdout).not.toContain('Overdue');
  });

  it('keeps leads, due dates and profiles through new-quarter and into the next year, dating a due quarter', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'plan-kestrel-year-'));
    try {
      cpSync(dir, copy, { recursive: true });
      expect((await runPlanInProcess(['new-quarter', 'Q4'], { cwd: copy })).exitCode).toBe(0);
      const governance = () => readFileSync(join(copy, 'plans', '2-governance.yaml'), 'utf8');
      const savings = () => readFileSync(join(copy, 'plans', '1-savings.yaml'), 'utf8');
      expect(governance()).toContain('    lead: Head of Legal Services\n    due: Q2\n');
      expect((await runPlanInProcess(['new-quarter', 'Q1', '--new-year'], { cwd: copy })).exitCode).toBe(0);
      // "Q2" meant 2014/15's Q2; carried as written it would mean 2015/16's.
      expect(governance()).toContain('    lead: Head of Legal Services\n    due: 2014/15 Q2\n');
      expect(governance()).toContain('    due: 2015/16 Q1\n');
      expect(savings()).toContain('    lead: Head of Procurement\n    due: 2015-03-31\n');
      expect(savings()).toContain('      profile: [12.5, 12.5, 37.5, 37.5]\n');
      expect(readFileSync(join(copy, 'plans', 'plan.yaml'), 'utf8')).toContain('savingsProfile: [10, 20, 30, 40]\n');
      const r = await runPlanInProcess(['validate'], { cwd: copy });
      expect(r.stderr).toContain(
        'plans/2-governance.yaml:10:10: warning: action "standing-orders" is due 30 September 2014, before this financial year starts (1 April 2015)',
      );
      expect(r.stderr).toContain(
        'plans/1-savings.yaml:8:10: warning: action "contract-savings" is due 31 March 2015, before this financial year starts',
      );
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('puts lead and due in a column of their own when the template says so', async () => {
    const template = readFileSync(join(ROOT, 'templates', 'default.yaml'), 'utf8');
    expect(template).toContain('leadAndDue:\n  place: action\n  heading: Lead and due\n  widthPercent: 14\n');
    writeFileSync(
      join(dir, 'column.yaml'),
      template.replace(
        'place: action\n  heading: Lead and due\n  widthPercent: 14',
        'place: column\n  heading: Lead officer and due date\n  widthPercent: 15',
      ),
    );
    const q3 = await report('Q3', ['--template', 'column.yaml']);
    expect(q3.text).toContain('Action\nLead officer and due date\nStatus\nNarrative\n');
    expect(q3.text).toContain(
      'thresholds for quotes and tenders\nLead: Head of Legal Services\nDue: Q2 (by 30 September 2014) – overdue\nAwaiting council approval\n',
    );
    // Four columns: 15% for lead and due, the template's 30/18/52 share the other 85%.
    const grid = /<w:tblGrid>(.*?)<\/w:tblGrid>/.exec(
      docxParts(q3.docx)['word/document.xml']!.split('Lead officer and due date')[0]!.slice(-3000),
    );
    expect(grid?.[1]?.match(/<w:gridCol/g)).toHaveLength(4);
    expect(q3.html).toContain('<th scope="col">Lead officer and due date</th>');
    expect(q3.html).toContain('table.actions.with-lead th:nth-child(2) { width: 15%; }');
  });
});
