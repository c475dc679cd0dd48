import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import { makeFixture, ROOT, runPlanInProcess, SHIPPED_PLANS } from './helpers.js';

/** plan report --format json: the figures as data, in a versioned shape with a committed JSON Schema. */

const dir = mkdtempSync(join(tmpdir(), 'plan-data-'));
cpSync(join(ROOT, 'test', 'fixtures', 'westbrook'), dir, { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const schema = JSON.parse(readFileSync(join(ROOT, 'templates', 'report.schema.json'), 'utf8'));
const validate = new Ajv({ strict: false }).compile(schema);
const NAME = 'out/shared-procurement-strategy-action-plan-2015-16-q2-appendix-a';

describe('plan report --format json', () => {
  it('writes the Word appendix and the figures together, named alike, with --format docx,json', async () => {
    const r = await runPlanInProcess(['report', '--quarter', 'Q2', '--format', 'docx,json'], { cwd: dir });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stdout).toBe(`${NAME}.docx\n${NAME}.json\n`);
    expect(existsSync(join(dir, `${NAME}.docx`))).toBe(true);
  });

  it('gives the figures worked out by hand (see westbrook.test.ts), and passes its own JSON Schema', async () => {
    const r = await runPlanInProcess(['report', '--quarter', 'Q2', '--format', 'json', '--out', 'figures.json'], { cwd: dir });
    expect(r.exitCode, r.stderr).toBe(0);
    const data = JSON.parse(readFileSync(join(dir, 'figures.json'), 'utf8'));
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    // The schema can fail: another version, or a figure written as text, is not this format.
    expect(validate({ ...data, version: 2 })).toBe(false);
    expect(
      validate({ ...data, targets: [{ ...data.targets[0], councils: [{ ...data.targets[0].councils[0], achieved: '61250' }] }] }),
    ).toBe(false);
    expect(data).toMatchObject({ version: 1, financialYear: '2015/16', quarter: 'Q2', previousQuarter: 'Q1' });
    const cashable = data.targets.find((t: { action: string }) => t.action === 'cashable-savings');
    expect(cashable).toMatchObject({ section: '2', rag: 'red', ragDerived: true });
    expect(cashable.councils).toEqual([
      {
        code: 'WBC',
        target: 120000,
        achieved: 61250,
        pending: 0,
        percentOfTarget: '51',
        expected: 60000,
        paceGap: 1250,
        stillToAchieve: 58750,
        sincePrevious: 36250,
        rag: 'green',
      },
      {
        code: 'NDC',
        target: 80000,
        achieved: 40000,
        pending: 0,
        percentOfTarget: '50',
        expected: 40000,
        paceGap: 0,
        stillToAchieve: 40000,
        sincePrevious: 18000,
        rag: 'green',
      },
      {
        code: 'EDC',
        target: 60000,
        achieved: 15000,
        pending: 0,
        percentOfTarget: '25',
        expected: 30000,
        paceGap: -15000,
        stillToAchieve: 45000,
        sincePrevious: 6000,
        rag: 'red',
      },
    ]);
    expect(cashable.combined).toEqual({
      target: 260000,
      achieved: 116250,
      pending: 0,
      percentOfTarget: '45',
      expected: 130000,
      paceGap: -13750,
      stillToAchieve: 143750,
      sincePrevious: 60250,
    });
    const income = data.targets.find((t: { action: string }) => t.action === 'income-from-services');
    expect(income.councils[1]).toMatchObject({ code: 'NDC', achieved: 3000, pending: 8000, percentOfTarget: '10', rag: 'red' });
    const rules = data.actions.find((a: { id: string }) => a.id === 'contract-procedure-rules');
    expect(rules).toEqual({
      id: 'contract-procedure-rules',
      section: '1',
      status: 'Adopted by WBC and NDC',
      statusDerived: false,
      rag: 'amber',
      ragDerived: false,
      ended: null,
      endedIn: null,
      // Westbrook names no lead officers or due dates.
      lead: null,
      due: null,
      dueBy: null,
      overdue: false,
      movement: { since: 'Q1', isNew: false, statusChanged: true, statusFrom: 'Draft circulated', ragChanged: true, ragFrom: 'green' },
    });
    expect(data.actions.find((a: { id: string }) => a.id === 'social-value-policy').movement).toMatchObject({ isNew: true });
    // Dropped in Q1, still accounted for in Q2.
    expect(data.actions.find((a: { id: string }) => a.id === 'supplier-portal')).toMatchObject({
      status: "Dropped in favour of the county's portal",
      ended: 'dropped',
      endedIn: 'Q1',
      movement: null,
    });
  });

  it("lists the shipped plan's measures at Q3 as the seed states them, lower being better, valid by its schema", async () => {
    const shipped = mkdtempSync(join(tmpdir(), 'plan-data-shipped-'));
    try {
      cpSync(SHIPPED_PLANS, join(shipped, 'plans'), { recursive: true });
      const r = await runPlanInProcess(['report', '--quarter', 'Q3', '--format', 'json', '--out', 'figures.json'], { cwd: shipped });
      expect(r.exitCode, r.stderr).toBe(0);
      const data = JSON.parse(readFileSync(join(shipped, 'figures.json'), 'utf8'));
      expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
      expect(validate({ ...data, measures: [{ ...data.measures[0], better: 'less' }] })).toBe(false);
      const measures = data.measures as Array<{ action: string; better: string; councils: Array<Record<string, unknown>> }>;
      expect(measures.map((m) => m.action)).toEqual(['off-contract-spend', 'off-contract-spend']);
      expect(measures.map((m) => m.better)).toEqual(['lower', 'lower']);
      // The seed's narrative: CDC "running at 33% in Q2" (a Q2 figure), SNC "only 2%"; no target for either,
      // so neither is rated. Off contract spend: CDC's threshold "below 5%", and no figure.
      expect(data.measures[0]).toMatchObject({ id: 'spend-without-po', unit: 'percent', combined: null });
      expect(measures[0]!.councils).toEqual([
        { code: 'CDC', target: null, value: 33, valueQuarter: 'Q2', previous: null, rag: null, direction: null },
        { code: 'SNC', target: null, value: 2, valueQuarter: 'Q3', previous: null, rag: null, direction: null },
      ]);
      expect(measures[1]!.councils).toEqual([
        { code: 'CDC', target: 5, value: null, valueQuarter: null, previous: null, rag: null, direction: null },
      ]);
    } finally {
      rmSync(shipped, { recursive: true, force: true });
    }
  });

  it("adds no council's days to another's, and adds up the amounts still to achieve, in the data and the web page", async () => {
    // A newcomer's year: 18 and 26 days to pay are not "combined 44 days … RAG Green" while SNC is Amber;
    // CDC £1,000 past its target and SNC £9,000 short leave £9,000 to achieve, not £8,000.
    const plan = makeFixture({
      '1.1-alpha.yaml': [
        'section: "1.1"',
        'title: Alpha',
        'actions:',
        '  - id: pay',
        '    action: Pay suppliers faster',
        '    measures:',
        '      days: { name: average days to pay, unit: days, better: lower, target: { CDC: 20, SNC: 25 } }',
        '    updates:',
        '      Q4:',
        '        status: Ongoing',
        '        measures:',
        '          days: { CDC: 18, SNC: 26 }',
        '  - id: save',
        '    action: Save money',
        '    target:',
        '      measure: savings',
        '      amounts: { CDC: 20000, SNC: 30000 }',
        '    updates:',
        '      Q4:',
        '        status: Ongoing',
        '        achieved: { CDC: 21000, SNC: 21000 }',
        '',
      ].join('\n'),
    });
    try {
      for (const format of ['json', 'html']) {
        const r = await runPlanInProcess(['report', '--quarter', 'Q4', '--format', format, '--out', `r.${format}`], { cwd: plan.root });
        expect(r.exitCode, r.stderr).toBe(0);
      }
      const data = JSON.parse(readFileSync(join(plan.root, 'r.json'), 'utf8'));
      expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
      expect(data.measures[0]).toMatchObject({ unit: 'days', combined: null });
      expect(data.targets[0].councils.map((c: { stillToAchieve: number }) => c.stillToAchieve)).toEqual([0, 9000]);
      expect(data.targets[0].combined).toMatchObject({ target: 50000, achieved: 42000, stillToAchieve: 9000 });
      const page = readFileSync(join(plan.root, 'r.html'), 'utf8').replace(/<[^>]+>/g, ' ');
      expect(page).not.toMatch(/44 days/);
      expect(page).not.toMatch(/combined \d+ days/i);
      expect(page).toMatch(/Combined\s+£50,000\s+£42,000\s+84%\s+£50,000\s+£8,000 behind\s+£9,000\s/);
    } finally {
      plan.cleanup();
    }
  });

  it('takes --format more than once', async () => {
    const r = await runPlanInProcess(['report', '--quarter', 'Q1', '--format', 'json', '--format', 'docx'], { cwd: dir });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(
      r.stdout
        .trim()
        .split('\n')
        .map((p) => p.slice(-5)),
    ).toEqual(['.json', '.docx']);
  });

  it.each([
    [['--format', 'odt'], /^plan: error: "odt" is not a value --format takes\n {2}hint: use docx, pdf, html, json/],
    [['--format', 'docx,json', '--out', 'r.docx'], /^plan: error: --out names one file, but several formats were asked for/],
    [['--format', 'json', '--out', 'r.docx'], /^plan: error: --out must name a \.json file, not r\.docx/],
  ])('refuses %j before any work (exit 2)', async (args, message) => {
    const r = await runPlanInProcess(['report', '--quarter', 'Q2', ...args], { cwd: dir });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});
