import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planAt } from '../src/compute/quarter.js';
import { computePlanFigures } from '../src/compute/savings.js';
import { packDocument } from '../src/docx/pack.js';
import { buildAppendix } from '../src/docx/render.js';
import { measureHeader, possibleMeasures } from '../src/import/measure-table.js';
import { gridOf } from '../src/import/plan-table.js';
import { readDocx } from '../src/import/read-docx.js';
import { toPlan } from '../src/import/to-plan.js';
import { loadPlan } from '../src/plan/load-plan.js';
import { buildReportModel } from '../src/report/build-report.js';
import { DEFAULT_TEMPLATE, loadTemplate } from '../src/template/load.js';
import { ROOT, runPlan, SHIPPED_PLANS, tempFolders } from './helpers.js';
import { para, row, table, wordFile } from './word-xml.js';

/**
 * plan import and tables of measures ("Measure | Target | Actual"): each row is listed, as written, as a
 * possible measure in a comment of the section it is under, and import's summary says so. Nothing is
 * written as a measure: plan cannot tell a measure's unit, which way is better, or whose figure it is.
 */

const temp = tempFolders('plan-import-measures-');
afterAll(temp.removeAll);

const FIXTURE = join(ROOT, 'test', 'fixtures', 'measures-table', 'appendix.docx');
const TITLE = para('Westbrook Plan 2015/16 Q3 Update – Appendix 1', '<w:pStyle w:val="Title"/>');

function gridOfFirstTable(...rows: string[]) {
  const body = readDocx(wordFile([TITLE, table(...rows)].join('')));
  const t = body.items.find((i) => i.kind === 'table');
  if (t?.kind !== 'table') throw new Error('no table');
  return gridOf(t);
}

describe('measureHeader: which tables are tables of measures', () => {
  it.each([
    [['Measure', 'Target', 'Actual'], 0, 1],
    [['INDICATOR', 'target', 'Q3'], 0, 1],
    [['Performance measure', 'Target', 'Actual', 'RAG'], 0, 1],
    [['Ref', 'KPI', 'Q2 actual', 'Annual target'], 1, 3],
  ])('%j: names in column %i, targets in column %i', (header, name, target) => {
    const found = measureHeader(gridOfFirstTable(row(...header), row(...header.map((_, i) => `cell ${i}`))));
    expect(found).toMatchObject({ row: 0, name, target });
  });

  it.each([
    [['Council', 'Target', 'Actual']],
    [['Measure', 'Actual', 'Q3']],
    [['Measure', 'Target']],
    [['The measure we agreed. It is long', 'Target', 'Actual']],
  ])('%j is not one', (header) => {
    expect(measureHeader(gridOfFirstTable(row(...header), row(...header.map((_, i) => `cell ${i}`))))).toBeUndefined();
  });

  it('lists each named row with its other cells as written, headed by their column, and skips rows with no name', () => {
    const grid = gridOfFirstTable(
      row('Measure', 'Target', 'Actual'),
      row('Spend without a PO', 'below 5%', '33%'),
      row('', '4', '5'),
      row('Days to pay', '30 days', ''),
    );
    expect(possibleMeasures(grid, measureHeader(grid)!)).toEqual([
      'Spend without a PO: Target below 5%; Actual 33%',
      'Days to pay: Target 30 days; Actual (blank)',
    ]);
  });
});

describe('plan import of an officer appendix with tables of measures (made with python-docx)', () => {
  const root = temp.make();
  writeFileSync(join(root, 'in.docx'), readFileSync(FIXTURE));
  const result = runPlan(['import', 'in.docx', '--plans', 'plans'], { cwd: root });
  const dir = join(root, 'plans');
  const files = Object.fromEntries(
    readdirSync(dir)
      .filter((n) => n.endsWith('.yaml'))
      .map((n) => [n, readFileSync(join(dir, n), 'utf8')]),
  );

  it('imports only the plan tables as actions, and exits 0: nothing is left unread', () => {
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stderr).not.toContain('does not look like a plan table');
    expect(result.stderr).toContain('imported 2 actions in 2 sections');
    const all = Object.values(files).join('\n');
    expect(all).not.toMatch(/- id: (measure|indicator|spend-without|contracts-let)/);
    expect(all).not.toMatch(/^\s+measures:/m);
  });

  it('lists each row of each table in a comment of its section, name, target and actual as written', () => {
    const compliance = files['8.2-compliance.yaml']!;
    expect(compliance).toContain('# Possible measures (table 2: Measure | Target | Actual)');
    expect(compliance).toContain('#   - Spend without a PO (CDC): Target below 5%; Actual 33%');
    expect(compliance).toContain('#   - Spend without a PO (SNC): Target below 5%; Actual 2%');
    expect(compliance).toContain('updates: Q3: measures:');
    const local = files['8.3-local-suppliers.yaml']!;
    expect(local).toContain('#   - Contracts let to local firms: Target 12; Q3 9');
    expect(local).toContain('#   - Days to pay an invoice: Target 30 days; Actual 27; RAG Green');
    expect(local).toContain('#   - Off contract spend: Target < 5%; Actual (blank); RAG Amber');
  });

  it("says so in import's summary, table by table, with the file each is listed in", () => {
    expect(result.stderr).toContain('Tables of measures are not imported as figures');
    expect(result.stderr).toContain("table 2: 2 rows, in section 8.2's file");
    expect(result.stderr).toContain("table 4: 1 row, in section 8.3's file");
    expect(result.stderr).toContain("table 5: 2 rows, in section 8.3's file");
  });
});

describe("plan import of plan's own report with measures", () => {
  it('names the measures summary it leaves out as the measures summary, not the savings summary', async () => {
    const whole = (await loadPlan({ plansDir: SHIPPED_PLANS, quarter: 'Q3', cwd: ROOT })).plan!;
    const template = (await loadTemplate(DEFAULT_TEMPLATE)).template!;
    const plan = planAt(whole, 'Q3');
    const bytes = await packDocument(
      buildAppendix(buildReportModel({ plan, quarter: 'Q3', figures: computePlanFigures(plan, 'Q3'), template })),
      new Date(Date.UTC(2015, 5, 30)),
    );
    const imported = toPlan(readDocx(bytes), { source: 'report.docx' });
    const summaries = imported.leftOut.filter((l) => /summary/.test(l));
    expect(summaries.some((l) => /: the measures summary, which plan report computes/.test(l))).toBe(true);
    expect(summaries.some((l) => /: the savings summary, which plan report computes/.test(l))).toBe(true);
    expect(imported.measureTables).toEqual([]);
  });
});
