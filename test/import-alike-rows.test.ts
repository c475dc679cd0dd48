import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { computePlanFigures } from '../src/compute/savings.js';
import { packDocument } from '../src/docx/pack.js';
import { buildAppendix } from '../src/docx/render.js';
import { readDocx } from '../src/import/read-docx.js';
import { toPlan } from '../src/import/to-plan.js';
import { loadPlan } from '../src/plan/load-plan.js';
import type { Plan } from '../src/plan/model.js';
import { parseRichText, richTextToPlain } from '../src/plan/rich-text.js';
import { buildReportModel } from '../src/report/build-report.js';
import { DEFAULT_TEMPLATE, loadTemplate } from '../src/template/load.js';
import { ROOT, runPlanInProcess, SHIPPED_PLANS, tempFolders } from './helpers.js';
import { para, row, table, wordFile } from './word-xml.js';

const temp = tempFolders('plan-import-alike-');
afterAll(temp.removeAll);

const PLAN_YAML = [
  'title: Joint Procurement Action Plan',
  'appendix: Appendix 1',
  'financialYear:',
  '  label: 2016/17',
  '  starts: 2016-04-01',
  'councils:',
  '  WBC: Westbrook Borough Council',
  '',
];

/** One action of a section file, with its Q1 status and narrative. */
const action = (id: string, text: string, status: string, narrative: string) => [
  `  - id: ${id}`,
  `    action: ${text}`,
  '    updates:',
  '      Q1:',
  `        status: ${status}`,
  `        narrative: ${narrative}`,
];

describe('plan import: rows alike, or worded like a header, are actions', () => {
  it('gives back all three actions when two share a status and narrative (plan report, then plan import)', async () => {
    const root = temp.make();
    mkdirSync(join(root, 'plans'));
    writeFileSync(join(root, 'plans', 'plan.yaml'), PLAN_YAML.join('\n'));
    const section = [
      'section: "1"',
      'title: Example section',
      'actions:',
      ...action('first-action', 'First action.', 'Onward going', 'No update this quarter.'),
      ...action('second-action', 'Second action.', 'Onward going', 'No update this quarter.'),
      ...action('third-action', 'Third action.', 'Complete', 'Done it.'),
      '',
    ];
    writeFileSync(join(root, 'plans', '1-example.yaml'), section.join('\n'));
    const report = await runPlanInProcess(['report', '--quarter', 'Q1', '--out', 'q1.docx'], { cwd: root });
    expect(report.stderr + report.stdout).toContain('wrote q1.docx');
    const result = await runPlanInProcess(['import', 'q1.docx', '--plans', 'back'], { cwd: root });
    expect(result.stderr).toContain('imported 3 actions in 1 section');
    const text = readdirSync(join(root, 'back'))
      .filter((n) => n.endsWith('.yaml') && n !== 'plan.yaml')
      .map((n) => readFileSync(join(root, 'back', n), 'utf8'))
      .join('\n');
    expect(text).not.toContain('repeats the header');
    for (const words of ['First action.', 'Second action.', 'Third action.']) expect(text).toContain(`action: ${words}`);
    expect(result.exitCode).toBe(0);
  });

  it("gives back every action of the shipped plan when each narrative says only 'No update this quarter.'", async () => {
    const whole = (await loadPlan({ plansDir: SHIPPED_PLANS, quarter: 'Q3', cwd: ROOT })).plan!;
    const narrative = parseRichText('No update this quarter.').text;
    const plan: Plan = {
      ...whole,
      sections: whole.sections.map((s) => ({
        ...s,
        actions: s.actions.map((a) => (a.updates.Q3 ? { ...a, updates: { ...a.updates, Q3: { ...a.updates.Q3, narrative } } } : a)),
      })),
    };
    const template = (await loadTemplate(DEFAULT_TEMPLATE)).template!;
    const model = buildReportModel({ plan, quarter: 'Q3', figures: computePlanFigures(plan, 'Q3'), template });
    const back = toPlan(readDocx(await packDocument(buildAppendix(model), new Date(Date.UTC(2015, 5, 30)))), { source: 'q3.docx' });
    const reported = plan.sections.flatMap((s) => s.actions.filter((a) => a.updates.Q3).map((a) => richTextToPlain(a.text)));
    expect(back.attention).toEqual([]);
    expect(reported).toHaveLength(23);
    expect(back.sections.flatMap((s) => s.actions.map((a) => a.action))).toEqual(reported);
  });

  it('still reads a header retyped further down ("Status (cont.)") as the header', () => {
    const title = para('Westbrook Plan 2015/16 Q2 Update – Appendix 1', '<w:pStyle w:val="Title"/>');
    const heading = para('1 Governance', '<w:pStyle w:val="Heading1"/>');
    const rows = [row('Action', 'Status', 'Narrative'), row('Meet', 'Going', 'Fine.'), row('ACTION', 'Status (cont.)', 'Narrative')];
    const plan = toPlan(readDocx(wordFile([title, heading, table(...rows, row('Agree', 'Done', 'Agreed.'))].join(''))), {
      source: 'x.docx',
    });
    expect(plan.sections[0]!.actions.map((a) => a.action)).toEqual(['Meet', 'Agree']);
    expect(plan.sections[0]!.comments).toEqual(
      expect.arrayContaining(['table 1, row 3 repeats the header: ACTION | Status (cont.) | Narrative']),
    );
  });

  it('counts and names in the summary each row it could not read as an action, and exits 1', async () => {
    const title = para('Westbrook Plan 2015/16 Q2 Update – Appendix 1', '<w:pStyle w:val="Title"/>');
    const heading = para('1 Governance', '<w:pStyle w:val="Heading1"/>');
    const plan = table(row('Action', 'Status', 'Narrative'), row('Meet', 'Going', 'Fine.'), row('', 'Going', 'Words with no action.'));
    const other = table(row('Lunch rota', 'Day'), row('Jane', 'Monday'), row('Sam', 'Tuesday'));
    const root = temp.make();
    writeFileSync(join(root, 'in.docx'), wordFile([title, heading, plan, other].join('')));
    const result = await runPlanInProcess(['import', 'in.docx', '--plans', 'plans'], { cwd: root });
    expect(result.stderr).toContain('imported 1 action in 1 section');
    expect(result.stderr).toContain(
      'not imported: 4 rows could not be read as actions (table 1, row 3; table 2 (3 rows)); their text is kept as comments',
    );
    expect(result.exitCode).toBe(1);
  });
});
