import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { planFiles } from '../src/commands/import/run.js';
import { movementsSincePrevious } from '../src/compute/movement.js';
import { planAt } from '../src/compute/quarter.js';
import { computePlanFigures } from '../src/compute/savings.js';
import { packDocument } from '../src/docx/pack.js';
import { buildAppendix } from '../src/docx/render.js';
import { cellText, moneyIn } from '../src/import/cell-text.js';
import { findCouncils, parseTitle } from '../src/import/front-matter.js';
import { columnOf } from '../src/import/plan-table.js';
import { readDocx } from '../src/import/read-docx.js';
import { toPlan } from '../src/import/to-plan.js';
import { findBadCharacters } from '../src/input/text-check.js';
import { loadPlan } from '../src/plan/load-plan.js';
import type { Plan } from '../src/plan/model.js';
import type { Quarter } from '../src/plan/quarters.js';
import { parseRichText, richTextToPlain } from '../src/plan/rich-text.js';
import { yamlFileText } from '../src/plan/write-yaml.js';
import { buildReportModel } from '../src/report/build-report.js';
import { DEFAULT_TEMPLATE, loadTemplate } from '../src/template/load.js';
import { keepReport, ROOT, runPlanInProcess, SHIPPED_PLANS, tempFolders } from './helpers.js';

const OFFICER_DOCX = join(ROOT, 'test', 'fixtures', 'officer', 'officer-appendix.docx');
const WESTBROOK_PLANS = join(ROOT, 'test', 'fixtures', 'westbrook', 'plans');

const temp = tempFolders('plan-import-');
const tempDir = temp.make;
afterAll(temp.removeAll);

/**
 * A plan, loaded without errors. An imported plan may hold TODOs (a council's name the document does
 * not give, a status the report derived from figures it cannot import); `imported` lets those through.
 */
async function loaded(plansDir: string, quarter: Quarter, imported = false): Promise<Plan> {
  // Without --quarter a TODO is a warning, so the plan still loads.
  const result = await loadPlan({ plansDir, quarter: imported ? undefined : quarter, cwd: ROOT });
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  expect(errors.map((d) => `${d.file}:${d.line}: ${d.message}`)).toEqual([]);
  return result.plan!;
}

/** The report's .docx, made in-process as `plan report` makes it: from the plan as it stood that quarter. */
async function reportOf(whole: Plan, quarter: Quarter, keepEnded = false): Promise<Uint8Array> {
  const template = (await loadTemplate(DEFAULT_TEMPLATE)).template!;
  const plan = planAt(whole, quarter, { keepEnded });
  const figures = computePlanFigures(plan, quarter);
  // With what moved since the quarter before, as plan report writes it: "(up £36,250 since Q1)".
  const movements = movementsSincePrevious(plan, quarter, figures, template.rag);
  return packDocument(buildAppendix(buildReportModel({ plan, quarter, figures, movements, template })), new Date(Date.UTC(2015, 5, 30)));
}

/** Import bytes into a new folder, in-process, as `plan import` does. */
function importInto(bytes: Uint8Array, quarter?: Quarter) {
  const dir = join(tempDir(), 'plans');
  mkdirSync(dir);
  const plan = toPlan(readDocx(bytes), { quarter, source: 'test.docx' });
  for (const f of planFiles(dir, plan)) writeFileSync(f.path, f.data);
  return { dir, plan };
}

/**
 * What a round trip must keep: each section's number and title, and each action's text, status, RAG
 * the officer set, narrative and ending for the quarter, as plain lines. Ids are generated, so they
 * are not compared; figures are computed, so they are not text.
 */
function words(plan: Plan, quarter: Quarter) {
  return plan.sections
    .map((s) => ({
      section: s.number,
      title: s.title,
      // The actions in the plan that quarter (added by then, not yet ended), as the report shows them.
      actions: s.actions
        .filter((a) => a.updates[quarter])
        .map((a) => {
          const u = a.updates[quarter]!;
          return {
            action: richTextToPlain(a.text),
            // A status the report derived from the figures comes back as a TODO that says so.
            status: u.status?.startsWith('TODO: add the figures') ? undefined : u.status,
            rag: a.target ? undefined : u.rag,
            narrative: u.narrative ? richTextToPlain(u.narrative) : undefined,
            ended: u.ended,
          };
        }),
    }))
    .filter((s) => s.actions.length > 0);
}

describe('plan import: round trip of plan report', () => {
  it('reads an action that ended in an earlier quarter ("Dropped in Q1") as ended in that quarter, with its last status', async () => {
    const original = await loaded(WESTBROOK_PLANS, 'Q2');
    const { dir, plan } = importInto(await reportOf(original, 'Q2', true));
    expect(plan.attention).toEqual([]);
    const back = await loaded(dir, 'Q2', true);
    const portal = back.sections.flatMap((s) => s.actions).find((a) => richTextToPlain(a.text).startsWith('Build a portal'));
    // Under the quarter it ended in, as the plan had it: a Q2 update would say it ended in Q2.
    expect(portal?.updates.Q1).toMatchObject({ status: "Dropped in favour of the county's portal", ended: 'dropped' });
    expect(portal?.updates.Q2).toBeUndefined();
  });

  it("gives back the shipped plan's sections, actions, statuses and narratives from its Q3 report", async () => {
    const original = await loaded(SHIPPED_PLANS, 'Q3');
    const bytes = await reportOf(original, 'Q3');
    const { dir, plan } = importInto(bytes);
    expect(plan.attention).toEqual([]);
    expect(plan.quarter).toBe('Q3');
    const back = await loaded(dir, 'Q3', true);
    expect(words(back, 'Q3')).toEqual(words(original, 'Q3'));
    expect(words(original, 'Q3').flatMap((s) => s.actions)).toHaveLength(23);
    // The title, label, year and the councils' codes and names come back from the document.
    expect({ title: back.title, appendix: back.appendix, year: back.financialYear.label }).toEqual({
      title: original.title,
      appendix: original.appendix,
      year: original.financialYear.label,
    });
    expect(back.councils).toEqual(original.councils);
  });

  it('leaves out the computed sentences and offers their figures in a comment', async () => {
    const original = await loaded(SHIPPED_PLANS, 'Q3');
    const { dir } = importInto(await reportOf(original, 'Q3'));
    const text = readFileSync(join(dir, '8.2-value-for-money-and-transparency.yaml'), 'utf8');
    // Nothing computed is in the YAML as data …
    expect(text).not.toMatch(/^[^#]*(Annual target:|i\.e\. \d+%|RAG: Red|Combined –)/m);
    // … and the figures the report showed are offered, ready to paste.
    expect(text).toContain('#       CDC: 75000\n  #       SNC: 50000');
    expect(text).toContain('#       CDC: 53726\n  #       SNC: 26796');
    expect(text).toContain('#     pending:\n  #       SNC: 25000');
    expect(text).toContain('#       SNC: for Moat Lane but likelihood of recovery low.');
  });

  it("keeps officer text worded like plan's own sentences: only plan's, set as plan sets them, are left out", async () => {
    const original = await loaded(SHIPPED_PLANS, 'Q3');
    const plainAction = original.sections[0]!.actions[0]!;
    const update = plainAction.updates.Q3!;
    // The officer's own words, typed plainly, that read like the report's computed sentences.
    const officer: Plan = {
      ...original,
      sections: original.sections.map((s, i) =>
        i !== 0
          ? s
          : {
              ...s,
              actions: s.actions.map((a, j) =>
                j !== 0
                  ? a
                  : {
                      ...a,
                      text: parseRichText('Annual target: Cherwell District Council – £5,000.').text,
                      updates: { ...a.updates, Q3: { ...update, status: 'Completed: no further updates' } },
                    },
              ),
            },
      ),
    };
    const { plan } = importInto(await reportOf(officer, 'Q3'));
    const back = plan.sections[0]!.actions[0]!;
    expect(back.action).toBe('Annual target: Cherwell District Council – £5,000.');
    expect(back.update.status).toBe('Completed: no further updates');
    expect(back.update.ended).toBeUndefined();
  });

  it('round-trips the three-council Westbrook fixture for each quarter it reports', async () => {
    for (const quarter of ['Q1', 'Q2'] as const) {
      const original = await loaded(WESTBROOK_PLANS, quarter);
      const { dir, plan } = importInto(await reportOf(original, quarter));
      expect(plan.attention).toEqual([]);
      const back = await loaded(dir, quarter, true);
      expect(words(back, quarter)).toEqual(words(original, quarter));
      expect(back.councils).toEqual(original.councils);
      // The label offered back is the label, without the movement the report puts after it
      // ("achieved (up £36,250 since Q1)" pasted as the label would print that movement every quarter).
      const offered = readdirSync(dir)
        .filter((f) => f.endsWith('.yaml'))
        .flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/#\s+(?:achieved|pending)Label: (.*)/g)].map((m) => m[1]));
      expect(offered).toContain('invoiced');
      expect(offered.filter((l) => /since|\(/.test(l!))).toEqual([]);
    }
  });

  it("gives back each action's lead and due date (a date, a quarter, a quarter of another year) as settings", async () => {
    const kestrel = join(ROOT, 'test', 'fixtures', 'kestrel', 'plans');
    const schedules = (plan: Plan, quarter: Quarter) =>
      plan.sections.flatMap((s) => s.actions.filter((a) => a.updates[quarter]).map((a) => ({ lead: a.lead, due: a.due?.written })));
    for (const quarter of ['Q2', 'Q3'] as const) {
      const original = await loaded(kestrel, quarter);
      const { dir } = importInto(await reportOf(original, quarter));
      const back = await loaded(dir, quarter, true);
      expect(schedules(back, quarter)).toEqual(schedules(original, quarter));
      expect(schedules(original, quarter).filter((s) => s.due !== undefined).length).toBeGreaterThan(1);
      // Nothing of them is left in the actions' text.
      expect(back.sections.flatMap((s) => s.actions.map((a) => JSON.stringify(a.text)))).not.toContainEqual(
        expect.stringMatching(/Lead: |Due: /),
      );
    }
  });

  it('round-trips generated plans (property)', async () => {
    const template = (await loadTemplate(DEFAULT_TEMPLATE)).template!;
    const word = fc.oneof(
      {
        weight: 6,
        arbitrary: fc.constantFrom('Review', 'the', 'contract', 'WBC', 'NDC', '£75,000', '50%', 'Q3', '2015/16', 'o', 'O', '•x'),
      },
      {
        weight: 3,
        arbitrary: fc.constantFrom(
          '\\\\srv\\share',
          'C:\\Temp\\*.xlsx',
          '`x`',
          '*a*',
          '_b_',
          '# c',
          '<d>',
          '&amp;',
          '[t](u)',
          '1)',
          '2015.',
          '"q"',
          "'s'",
        ),
      },
      { weight: 2, arbitrary: fc.constantFrom('https://www.gov.uk/a_(b).', 'www.example.org,', 'é', '👍🏽', 'עברית', '–', ': ', '- x') },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 5 }).filter((s) => !/\s/.test(s)) },
    );
    const words1 = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
    const line = fc.oneof(
      { weight: 5, arbitrary: words1 },
      {
        weight: 3,
        arbitrary: fc.tuple(fc.constantFrom('', '  ', '    '), fc.constantFrom('- ', '• '), words1).map(([i, m, w]) => i + m + w),
      },
      { weight: 1, arbitrary: fc.constant('') },
    );
    const rich = fc
      .array(line, { minLength: 1, maxLength: 6 })
      .map((l) => l.join('\n').trim())
      .filter((t) => /\S/.test(t) && !/TODO/i.test(t) && findBadCharacters(t).length === 0 && !/^[–—-]?$/.test(t));
    const single = words1.map((w) => w.trim()).filter((t) => /\S/.test(t) && !/TODO/i.test(t) && findBadCharacters(t).length === 0);
    const action = fc.record({
      action: rich,
      status: single,
      rag: fc.option(fc.constantFrom('red', 'amber', 'green'), { nil: undefined }),
      narrative: fc.option(rich, { nil: undefined }),
    });
    const sections = fc.uniqueArray(
      fc.record({
        n: fc.integer({ min: 1, max: 12 }),
        title: fc.constantFrom('Governance', 'Savings & Value', 'Local suppliers', 'Social value (2015)'),
        actions: fc.array(action, { minLength: 1, maxLength: 3 }),
      }),
      { minLength: 1, maxLength: 3, selector: (s) => s.n },
    );
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(sections, fc.constantFrom<Quarter>('Q1', 'Q2', 'Q3', 'Q4'), async (generated, quarter) => {
        runs++;
        const dir = join(tempDir(), 'plans');
        mkdirSync(dir);
        writeFileSync(
          join(dir, 'plan.yaml'),
          yamlFileText('plan.schema.json', {
            title: 'Generated Plan',
            appendix: 'Appendix 3',
            financialYear: { label: '2015/16', starts: '2015-04-01' },
            councils: { WBC: 'Westbrook Borough Council', NDC: 'Northdale Council' },
          }),
        );
        for (const s of generated) {
          writeFileSync(
            join(dir, `${s.n}.yaml`),
            yamlFileText('section.schema.json', {
              section: `${s.n}.1`,
              title: s.title,
              actions: s.actions.map((a, i) => ({
                id: `a-${s.n}-${i}`,
                action: a.action,
                updates: {
                  [quarter]: { status: a.status, ...(a.rag ? { rag: a.rag } : {}), ...(a.narrative ? { narrative: a.narrative } : {}) },
                },
              })),
            }),
          );
        }
        const original = await loaded(dir, quarter);
        const at = planAt(original, quarter);
        const bytes = await packDocument(
          buildAppendix(buildReportModel({ plan: at, quarter, figures: computePlanFigures(at, quarter), template })),
          new Date(Date.UTC(2015, 5, 30)),
        );
        if (runs <= 5) keepReport(bytes);
        const back = importInto(bytes);
        expect(back.plan.attention).toEqual([]);
        const again = await loaded(back.dir, quarter, true);
        expect(words(again, quarter)).toEqual(words(original, quarter));
        // The councils come back in the plan's order, from the document's keywords.
        expect(again.councils.map((c) => c.code)).toEqual(original.councils.map((c) => c.code));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 60) },
    );
    if (process.env.FUZZ_RUNS) console.log(`import round trip: ${runs} generated plans through plan report and plan import, all equal`);
  }, 900_000);
});

describe('plan import: a document an officer made in Word (test/fixtures/officer)', () => {
  it('reads styled and bold headings, Word and typed bullets, columns by their names, and reports what it cannot place', async () => {
    const root = tempDir();
    const run = await runPlanInProcess(['import', OFFICER_DOCX, '--plans', 'plans'], { cwd: root });
    expect(run.exitCode).toBe(1);
    const plans = join(root, 'plans');
    const files = readdirSync(plans).sort();
    expect(files).toEqual([
      '1-governance.yaml',
      '2-savings-and-value-for-money.yaml',
      '3.yaml',
      'plan.schema.json',
      'plan.yaml',
      'section.schema.json',
    ]);
    const plan = readFileSync(join(plans, 'plan.yaml'), 'utf8');
    expect(plan).toMatch(/^# yaml-language-server: \$schema=\.\/plan\.schema\.json\n/);
    expect(plan).toContain(
      'title: Westbrook Partnership Procurement Plan\nappendix: Appendix 2\nfinancialYear:\n  label: 2015/16\n  starts: 2015-04-01\n',
    );
    expect(plan).toContain('  WBC: Westbrook Borough Council\n');
    expect(plan).toContain('  NDC: Northdale Council\n');
    expect(plan).toContain('  EDC: Eastmoor District Council\n');

    const governance = readFileSync(join(plans, '1-governance.yaml'), 'utf8');
    // A Word list in the Action cell; typed "•" and "o" bullets and a line break in the Progress cell.
    expect(governance).toContain(
      '    action: |-\n      Run a procurement board for WBC, NDC and EDC:\n      - Quarterly meetings\n      - Minutes on the intranet\n',
    );
    expect(governance).toContain(
      '        narrative: |-\n          Board met in July and September.\n          Next meeting 14 December.\n          - Terms of reference agreed\n            - WBC and NDC signed\n          - Forward plan shared\n',
    );
    // The header typed again is not an action; the merged row is kept as a comment.
    expect(governance.match(/- id:/g)).toHaveLength(3);
    expect(governance).toContain(
      '# Not imported (table 1, row 6: a merged cell):\n#   Carried forward from 2014/15: the e-tendering review (see section 2).',
    );
    expect(governance).toContain('# Money in the text: £12,500, £7k.');

    const savings = readFileSync(join(plans, '2-savings-and-value-for-money.yaml'), 'utf8');
    expect(savings).toContain('section: "2"\ntitle: Savings and Value for Money\n');
    expect(savings).toContain('        rag: amber\n');
    expect(savings).toContain('        rag: green\n');
    // A second-level Word list item (numPr ilvl 1) is a sub-bullet.
    expect(savings).toContain(
      '          Savings so far:\n          - WBC £48,200\n            - Insurance retender\n          - NDC £31,000\n          EDC figures due in October.\n',
    );
    expect(savings).toContain('  # Lead officer: A. Patel\n');
    // The tracked insertion is read as accepted; the deleted words are not.
    expect(savings).toContain('narrative: Access agreement signed by all three councils\n');
    expect(savings).not.toContain('by WBC');

    const third = readFileSync(join(plans, '3.yaml'), 'utf8');
    expect(third).toContain('title: "TODO: the title of section 3"');
    expect(third).toContain(`status: 'Draft "circulated": comments by 30/10'`);

    // What needs the officer's eye, each with its place.
    for (const expected of [
      'table 1, row 6: has a merged cell',
      'table 2, row 3: has tracked changes',
      'table 2, row 4: has an image',
      'section 3: has a number but no title',
      'table 4: does not look like a plan table',
    ])
      expect(run.stderr).toContain(expected);
    expect(run.stderr).toContain('Money is written in the text of 2 actions');
    expect(run.stdout.trim().split('\n')).toHaveLength(6);
  });

  it('passes plan validate apart from the TODO it names, and reports once the TODO is filled', async () => {
    const root = tempDir();
    expect((await runPlanInProcess(['import', OFFICER_DOCX, '--plans', 'plans'], { cwd: root })).exitCode).toBe(1);
    const validate = await runPlanInProcess(['validate', '--plans', 'plans'], { cwd: root });
    expect(validate.exitCode).toBe(0);
    // The TODO is named at the title's value, below the comments import wrote.
    const titleLine =
      readFileSync(join(root, 'plans', '3.yaml'), 'utf8')
        .split('\n')
        .findIndex((l) => l.startsWith('title:')) + 1;
    expect(validate.stderr).toContain(`plans/3.yaml:${titleLine}:8`);
    expect(validate.stderr).toContain('the title of section 3 is not written yet');
    const forReport = await runPlanInProcess(['validate', '--plans', 'plans', '--quarter', 'Q2'], { cwd: root });
    expect(forReport.exitCode).toBe(1);
    const path = join(root, 'plans', '3.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('"TODO: the title of section 3"', 'Local Suppliers'));
    expect((await runPlanInProcess(['validate', '--plans', 'plans', '--quarter', 'Q2', '--strict'], { cwd: root })).exitCode).toBe(0);
    mkdirSync(join(root, 'out'));
    const report = await runPlanInProcess(['report', '--plans', 'plans', '--quarter', 'Q2', '--out', 'out/q2.docx'], { cwd: root });
    expect(report.exitCode).toBe(0);
    expect(existsSync(join(root, 'out', 'q2.docx'))).toBe(true);
  });

  it('the committed fixture is what its script makes (same tables and text)', async () => {
    // The script is kept beside the fixture; the fixture must hold what the script says it holds.
    const script = readFileSync(join(ROOT, 'test', 'fixtures', 'officer', 'make-appendix.py'), 'utf8');
    const body = readDocx(readFileSync(OFFICER_DOCX));
    const cells = body.items.flatMap((i) =>
      i.kind === 'table' ? i.rows.flatMap((r) => r.cells.flatMap((c) => c.paragraphs.map((p) => p.text))) : [],
    );
    for (const text of ['Quarterly meetings', 'WBC £48,200', 'Insurance retender', 'A. Patel', 'Procurement team'])
      expect(script.includes(text) && cells.some((c) => c.includes(text))).toBe(true);
  });
});

describe('plan import: the published 2013/14 appendix, laid out as published (test/fixtures/published)', () => {
  /** The words, without bullet marks or line structure: what must survive any layout. */
  const flat = (text: string | undefined) =>
    text
      ?.split('\n')
      .map((l) => l.replace(/^\s*- /, ''))
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();

  it('reads headings in table rows and an auto-numbered one, bulleted cells and typed O items, and keeps the money in the text', async () => {
    const root = tempDir();
    const run = await runPlanInProcess(
      ['import', join(ROOT, 'test', 'fixtures', 'published', 'published-2013-14-q3.docx'), '--plans', 'plans'],
      {
        cwd: root,
      },
    );
    // The first table has no heading in the published appendix: the one thing to check.
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toContain('table 1: has no numbered section heading above it; it was put in section 8.1');
    expect(run.stderr).toContain('Needs your eye (1)');
    const shipped = await loaded(SHIPPED_PLANS, 'Q3');
    const back = await loaded(join(root, 'plans'), 'Q3', true);
    expect(back.sections.map((s) => `${s.number} ${s.title}`)).toEqual(
      shipped.sections.map((s) => (s.number === '8.1' ? '8.1 TODO: the title of section 8.1' : `${s.number} ${s.title}`)),
    );
    const pairs = shipped.sections.flatMap((s, i) => s.actions.map((a, j) => [a, back.sections[i]!.actions[j]!] as const));
    expect(pairs).toHaveLength(23);
    for (const [original, imported] of pairs) {
      expect(imported.updates.Q3?.status).toBe(original.updates.Q3?.status);
      // The two savings rows are worded as published, with their amounts; plans/ keeps those as figures.
      if (original.target) continue;
      expect(flat(richTextToPlain(imported.text))).toBe(flat(richTextToPlain(original.text)));
      const narrative = (a: typeof original) => (a.updates.Q3?.narrative ? richTextToPlain(a.updates.Q3.narrative) : undefined);
      expect(flat(narrative(imported))).toBe(flat(narrative(original)));
    }
    // 8.3's sub-items were typed "O …" in the published cells: they come back as sub-bullets.
    const websites = back.sections[2]!.actions[1]!;
    expect(richTextToPlain(websites.text)).toBe(
      '- Ensure corporate websites make it easier for local businesses to trade with us:\n  - Develop use of engagement forums for all relevant projects\n  - Seek and record feedback from local businesses',
    );
    const savings = readFileSync(join(root, 'plans', '8.2-value-for-money-and-transparency.yaml'), 'utf8');
    expect(savings).toContain('# Money in the text: £75,000, £50,000, £26,796, £53,726.');
    expect(savings).toContain('# Money in the text: £100k, £50k, £20,000, £25,000.');
    expect(savings).toContain('Deliver significant cost and efficiency savings; Cherwell District Council - £75,000 target');
    expect(run.stderr).toContain('Money is written in the text of 2 actions');
    expect(back.councils.map((c) => c.code).sort()).toEqual(['CDC', 'SNC']);
  });
});

describe('plan import: reading text, titles, columns, money and councils', () => {
  const p = (text: string, extra: Partial<{ listLevel: number }> = {}) => ({
    kind: 'paragraph' as const,
    text,
    heading: false,
    styleName: '',
    bold: false,
    ...extra,
  });

  it('reads the title for the plan title, year, quarter and appendix label', () => {
    expect(parseTitle('Joint Procurement Action Plan 2013/14 Q3 Update – Appendix 1')).toEqual({
      title: 'Joint Procurement Action Plan',
      appendix: 'Appendix 1',
      year: '2013/14',
      quarter: 'Q3',
    });
    expect(parseTitle('Procurement Plan: progress in the second quarter of 2015-2016 (Annex B)')).toMatchObject({
      year: '2015/16',
      quarter: 'Q2',
      appendix: 'Annex B',
    });
    expect(parseTitle('Procurement Plan 2013/15')).toEqual({ title: 'Procurement Plan 2013/15' });
  });

  it('matches columns by their header text', async () => {
    expect(
      ['Action', 'Actions', 'Objective', 'Status', 'Narrative', 'Progress', 'Comments', 'RAG', 'RAG status', 'Lead officer'].map(columnOf),
    ).toEqual(['action', 'action', 'action', 'status', 'narrative', 'narrative', 'narrative', 'rag', 'rag', 'lead']);
    // Synonyms officers use, and a header typed again over a page break.
    expect(['Ref', 'Current status', 'Progress update', 'Q2 position', 'Narrative (continued)', 'Owner', 'Due date'].map(columnOf)).toEqual(
      ['ref', 'status', 'narrative', 'narrative', 'narrative', 'lead', undefined],
    );
  });

  it('keeps paragraphs, line breaks and every character; Word lists and typed bullets become "- " bullets', async () => {
    expect(cellText([p('First para.'), p('Second\nline two'), p('Item', { listLevel: 0 }), p('Sub', { listLevel: 1 }), p('After.')])).toBe(
      'First para.\n\nSecond\nline two\n- Item\n  - Sub\nAfter.',
    );
    expect(cellText([p('Intro: • one'), p('•\tTwo'), p('o Three'), p('O Four'), p('opening'), p('  C:\\Temp\\*.xlsx  ')])).toBe(
      'Intro: • one\n- Two\n  - Three\n  - Four\nopening\n\nC:\\Temp\\*.xlsx',
    );
    // In a document plan wrote, every bullet is a Word list: a mark typed at the start of a line is a word.
    expect(cellText([p('o dear'), p('· dot'), p('- dash')], false)).toBe('o dear\n\n· dot\n\n- dash');
  });

  it('reads a Symbol-font bullet (w:sym F0B7) as a typed bullet and keeps other symbols', async () => {
    const cell = (xml: string) => `<w:tc><w:p>${xml}</w:p></w:tc>`;
    const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
    const sym = (char: string) => `<w:r><w:sym w:font="Symbol" w:char="${char}"/></w:r>`;
    const xml = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
      <w:p><w:r><w:t>Plan 2014/15 Q1 Update</w:t></w:r></w:p>
      <w:p><w:r><w:rPr><w:b/></w:rPr><w:t>1 Governance</w:t></w:r></w:p>
      <w:tbl><w:tr>${cell(run('Action'))}${cell(run('Status'))}${cell(run('Narrative'))}</w:tr>
      <w:tr>${cell(run('Do it'))}${cell(run('Done'))}${cell(`${sym('F0B7')}<w:r><w:tab/><w:t>First</w:t></w:r>`)}</w:tr>
      <w:tr>${cell(run('Tick'))}${cell(`${sym('F0FC')}${run(' checked')}`)}${cell(run('–'))}</w:tr></w:tbl></w:body></w:document>`;
    const plan = toPlan(readDocx(zipSync({ 'word/document.xml': new TextEncoder().encode(xml) })), { source: 'x.docx' });
    const [first, second] = plan.sections[0]!.actions;
    expect(first!.update.narrative).toBe('- First');
    expect(second!.update.status).toBe('\uf0fc checked');
    // The report's own mark for an empty narrative is not a narrative.
    expect(second!.update.narrative).toBeUndefined();
  });

  it('numbers on a heading that Word numbers itself (no number in its text), and asks the officer to check', async () => {
    const cell = (text: string) => `<w:tc><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
    const table = (action: string) =>
      `<w:tbl><w:tr>${cell('Action')}${cell('Status')}${cell('Narrative')}</w:tr><w:tr>${cell(action)}${cell('Going')}${cell('Fine.')}</w:tr></w:tbl>`;
    const heading = (text: string) =>
      `<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const xml = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
      <w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Plan 2014/15 Q1 Update</w:t></w:r></w:p>
      ${heading('Governance')}${table('Meet monthly')}${heading('Savings')}<w:p/>${table('Save money')}
      ${heading('Contacts')}<w:p><w:r><w:t>Ring us.</w:t></w:r></w:p></w:body></w:document>`;
    const plan = toPlan(readDocx(zipSync({ 'word/document.xml': new TextEncoder().encode(xml) })), { source: 'x.docx' });
    expect(plan.sections.map((s) => [s.number, s.title, s.actions.map((a) => a.action)])).toEqual([
      ['1', 'Governance', ['Meet monthly']],
      ['2', 'Savings', ['Save money']],
    ]);
    expect(plan.attention.map((a) => `${a.where}: ${a.message}`)).toEqual([
      'section 1: the heading "Governance" has no number in its text (Word may number it itself); plan numbered it 1',
      'section 2: the heading "Savings" has no number in its text (Word may number it itself); plan numbered it 2',
    ]);
  });

  it('finds money and council codes in the text', async () => {
    expect(moneyIn('£53,726 and £75k – i.e. £100k (£50k SNC & £50k CDC), £1.5m, £ 20')).toEqual([
      '£53,726',
      '£75k',
      '£100k',
      '£50k',
      '£50k',
      '£1.5m',
      '£ 20',
    ]);
    expect(findCouncils(['CDC and SNC', 'CDC – SME and PO', 'SNC', 'Northdale Council (NDC) once'])).toEqual([
      // Named codes first, in the order the document names them; then the others, most used first.
      { code: 'NDC', count: 1, name: 'Northdale Council' },
      { code: 'CDC', count: 2 },
      { code: 'SNC', count: 2 },
    ]);
  });
});

describe('plan import: bad input gets one line and nothing is written', () => {
  const cases: Array<[string, Uint8Array | string, number, RegExp]> = [
    ['a text file', 'Action\tStatus\tNarrative\n', 2, /is not a Word document \(\.docx\)/],
    ['an empty file', '', 2, /the file is empty/],
    [
      'an old .doc',
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]),
      2,
      /old-style Word document \(\.doc\)/,
    ],
    [
      'a ZIP that is not a document',
      zipSync({ 'xl/workbook.xml': new TextEncoder().encode('<workbook/>') }),
      2,
      /not a Word document \(it has no word\/document\.xml\)/,
    ],
    ['a damaged .docx', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 7)]), 2, /damaged/],
    [
      'a document with no tables',
      zipSync({
        'word/document.xml': new TextEncoder().encode(
          '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Minutes</w:t></w:r></w:p></w:body></w:document>',
        ),
      }),
      1,
      /has no tables, so there are no actions to import/,
    ],
  ];
  for (const [name, bytes, code, message] of cases) {
    it(`refuses ${name} (exit ${code})`, async () => {
      const root = tempDir();
      writeFileSync(join(root, 'in.docx'), bytes);
      const run = await runPlanInProcess(['import', 'in.docx', '--plans', 'plans'], { cwd: root });
      expect(run.exitCode).toBe(code);
      expect(run.stderr).toMatch(message);
      expect(run.stderr.trim().split('\n').length).toBeLessThanOrEqual(2);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(join(root, 'plans'))).toBe(false);
    });
  }

  it('refuses a missing file, and a folder that already holds a plan, writing nothing', async () => {
    const root = tempDir();
    const missing = await runPlanInProcess(['import', 'nope.docx'], { cwd: root });
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toContain('cannot read nope.docx: the file does not exist');
    mkdirSync(join(root, 'plans'));
    writeFileSync(join(root, 'plans', 'plan.yaml'), 'title: Mine\n');
    const taken = await runPlanInProcess(['import', OFFICER_DOCX, '--plans', 'plans'], { cwd: root });
    expect(taken.exitCode).toBe(2);
    expect(taken.stderr).toContain('plans already holds a plan (plan.yaml); nothing was written');
    expect(readdirSync(join(root, 'plans'))).toEqual(['plan.yaml']);
    expect(readFileSync(join(root, 'plans', 'plan.yaml'), 'utf8')).toBe('title: Mine\n');
  });

  it('asks for --quarter when the title does not say, and uses --quarter and --year when given', async () => {
    const original = await loaded(SHIPPED_PLANS, 'Q3');
    const bytes = Buffer.from(await reportOf(original, 'Q3'));
    // The same report with a title that names neither quarter nor year.
    const { unzipSync } = await import('fflate');
    const parts = unzipSync(bytes);
    parts['word/document.xml'] = new TextEncoder().encode(
      new TextDecoder()
        .decode(parts['word/document.xml'])
        .replace('Joint Procurement Action Plan 2013/14 Q3 Update – Appendix 1', 'Joint Procurement Action Plan'),
    );
    const root = tempDir();
    writeFileSync(join(root, 'untitled.docx'), zipSync(parts));
    const asked = await runPlanInProcess(['import', 'untitled.docx'], { cwd: root });
    expect(asked.exitCode).toBe(2);
    expect(asked.stderr).toContain('does not say which quarter it reports');
    expect(asked.stderr).toContain('--quarter Q3');
    expect(existsSync(join(root, 'plans'))).toBe(false);
    const given = await runPlanInProcess(['import', 'untitled.docx', '--quarter', 'q3', '--year', '2013-14'], { cwd: root });
    expect(given.exitCode).toBe(0);
    const plan = readFileSync(join(root, 'plans', 'plan.yaml'), 'utf8');
    expect(plan).toContain('  label: 2013/14\n  starts: 2013-04-01\n');
    expect(plan).toContain('appendix: "TODO: the report\'s label, e.g. Appendix 1"');
    expect(readFileSync(join(root, 'plans', '8.1-engagement-and-communication.yaml'), 'utf8')).toContain('      Q3:\n');
    const validate = await runPlanInProcess(['validate', '--quarter', 'Q3'], { cwd: root });
    expect(validate.exitCode).toBe(1);
    expect(validate.stderr).toContain("the report's label (e.g. Appendix 1) is not written yet");
    expect((await runPlanInProcess(['import', 'untitled.docx', '--plans', 'other', '--year', '2013/15'], { cwd: root })).stderr).toContain(
      'write the financial year as 2016/17',
    );
  });
});
