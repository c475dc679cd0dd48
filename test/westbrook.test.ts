import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { docxParts, docxText } from './docx.js';
import { ROOT, runPlanInProcess } from './helpers.js';
import { WESTBROOK_FILES } from './mistakes.js';

/**
 * A second plan, start to finish, as a new user would run it: three councils (WBC, NDC, EDC), sections
 * numbered 1–3, 2015/16, Q1 and Q2 updates, two targets, an action added in Q2 and one dropped in Q1.
 * Every figure is worked out by hand here, from the plan files, and compared with the report.
 */

const dir = mkdtempSync(join(tmpdir(), 'plan-westbrook-'));
cpSync(join(ROOT, 'test', 'fixtures', 'westbrook'), dir, { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const report = async (quarter: string) => {
  const out = join(dir, `${quarter}.docx`);
  const r = await runPlanInProcess(['report', '--quarter', quarter, '--out', out], { cwd: dir });
  return { ...r, out, text: r.exitCode === 0 ? docxText(out) : '' };
};

// Worked out by hand from plans/2-savings.yaml. The pace is straight-line: 25% of the annual target
// by the end of Q1, 50% by the end of Q2. Percentages are rounded half up.
//   Cashable savings, targets WBC 120,000, NDC 80,000, EDC 60,000 (combined 260,000).
//     Q1 achieved 25,000 / 22,000 / 9,000 = 20.83% → 21%, 27.5% → 28%, 15%; combined 56,000 = 21.54% → 22%.
//     Q1 expected 30,000 / 20,000 / 15,000; WBC 83% of pace (amber), NDC ahead (green), EDC 60% (red).
//     Q2 achieved 61,250 / 40,000 / 15,000 = 51.04% → 51%, 50%, 25%; combined 116,250 = 44.71% → 45%.
//     Q2 expected 60,000 / 40,000 / 30,000: WBC £1,250 ahead, NDC on pace, EDC £15,000 behind (50%: red).
//     Q2 still to achieve 58,750 / 40,000 / 45,000; combined 143,750; movement +36,250 / +18,000 / +6,000.
//   Income, targets WBC 30,000, NDC 30,000, labels "invoiced" and "quoted".
//     Q2 invoiced 12,000 (40%, expected 15,000: 80% of pace, amber) and 3,000 (10%, 20% of pace, red);
//     NDC quoted 8,000, not yet secured; combined 15,000 of 60,000 = 25%.
describe('the Westbrook plan (three councils, 2015/16)', () => {
  it('validates, warning only where the status and the figures disagree', async () => {
    const r = await runPlanInProcess(['validate'], { cwd: dir });
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toContain(
      'plans/2-savings.yaml:15:17: warning: the status says "On track", but the figures put WBC and EDC behind the pace expected by the end of Q1',
    );
    expect(r.stderr).toMatch(/0 errors, 1 warning/);
  });

  it('reports Q1 without the action added in Q2, and with the one dropped in Q1', async () => {
    const q1 = await report('Q1');
    expect(q1.exitCode, q1.stderr).toBe(0);
    expect(q1.stderr).toContain(
      'cashable savings: WBC £25,000 of £120,000 (21%), NDC £22,000 of £80,000 (28%), EDC £9,000 of £60,000 (15%), combined £56,000 of £260,000 (22%)',
    );
    expect(q1.text).not.toContain('social value policy');
    expect(q1.text).toContain('Build a portal for local suppliers');
    expect(q1.text).toContain('Dropped: no further updates');
    expect(q1.text).toContain('WBC – £25,000 achieved – i.e. 21% of the £120,000 annual target at the end of the first quarter');
    // The officer wrote "On track"; the figures rate it red, and the report says why, naming every
    // council behind pace (WBC is a little behind too).
    expect(q1.text).toContain('RAG: Red (from the figures: EDC well behind pace, WBC a little behind)');
  });

  it('reports Q2 with every figure as worked out by hand', async () => {
    const q2 = await report('Q2');
    expect(q2.exitCode, q2.stderr).toBe(0);
    const t = q2.text;
    expect(t).toContain('Shared Procurement Strategy Action Plan 2015/16 Q2 Update – Appendix A');
    expect(t).toContain('Position at the end of the second quarter (July–September 2015)');
    expect(t).toContain('Cashable savings: section 2, Savings and Value for Money');
    for (const row of [
      ['Westbrook Borough Council (WBC)', '£120,000', '£61,250', '+£36,250', '51%', '£60,000', '£1,250 ahead', '£58,750'],
      ['Northdale District Council (NDC)', '£80,000', '£40,000', '+£18,000', '50%', '£40,000', 'on pace', '£40,000'],
      ['Eastmere District Council (EDC)', '£60,000', '£15,000', '+£6,000', '25%', '£30,000', '£15,000 behind', '£45,000'],
      ['Combined', '£260,000', '£116,250', '+£60,250', '45%', '£130,000', '£13,750 behind', '£143,750'],
    ])
      expect(t).toContain(row.join('\n'));
    expect(t).toContain(
      'WBC – £61,250 achieved (up £36,250 since Q1) – i.e. 51% of the £120,000 annual target at the end of the second quarter',
    );
    expect(t).toContain(
      'EDC – £15,000 achieved (up £6,000 since Q1) – i.e. 25% of the £60,000 annual target at the end of the second quarter\nNote: fleet contract savings expected from October',
    );
    expect(t).toContain('Combined – £116,250 achieved – i.e. 45% of the £260,000 annual target');
    expect(t).toContain('RAG: Red (from the figures: EDC behind pace)');
    expect(t).toContain('RAG: Red (from the figures: NDC well behind pace, WBC a little behind)');
    expect(t).toContain(
      'NDC – £3,000 invoiced (up £3,000 since Q1) – i.e. 10% of the £30,000 annual target at the end of the second quarter; quoted £8,000, not yet secured',
    );
    expect(t).toContain('Combined – £15,000 invoiced – i.e. 25% of the £60,000 annual target');
    // Added in Q2; the action dropped in Q1 stays for the year, as it ended, marked when.
    expect(t).toContain('New since Q1');
    expect(t).toContain(
      "Build a portal for local suppliers to register their interest in council contracts.\nDropped in favour of the county's portal\nDropped in Q1\n",
    );
    // A RAG rating that changed is a change.
    expect(t).toContain('Since Q1: was “Draft circulated”; RAG was Green');
    // The address typed in a narrative is a link.
    expect(docxParts(q2.out)['word/_rels/document.xml.rels']).toContain(
      'Target="https://www.westbrook.gov.uk/procurement" TargetMode="External"',
    );
  });

  // The waivers measure in plans/1-governance.yaml, lower is better, worked out by hand in its comments:
  // Q2 WBC 11 (amber, down from 12: better), NDC 9 (red, up from 8: worse), EDC 4 (green, same),
  // combined 24 against 23 (amber, same as Q1's 24).
  it('reports the lower-is-better measure as worked out by hand, in Word, the web page and the JSON', async () => {
    const r = await runPlanInProcess(['report', '--quarter', 'Q2', '--format', 'docx,html,json'], { cwd: dir });
    expect(r.exitCode, r.stderr).toBe(0);
    const file = (ext: string) => join(dir, r.stdout.split('\n').find((l) => l.endsWith(`.${ext}`))!);
    const line =
      'Waivers approved (lower is better): WBC 11, against a target of 10 or below, RAG Amber, ↓ better than Q1 (12); ' +
      'NDC 9, against a target of 8 or below, RAG Red, ↑ worse than Q1 (8); EDC 4, against a target of 5 or below, RAG Green, ' +
      '→ same as Q1 (4); combined 24, against a target of 23 or below, RAG Amber, → same as Q1 (24).';
    const rows = [
      ['Westbrook Borough Council (WBC)', '10 or below', '11', '12', '↓ better', 'Amber'],
      ['Northdale District Council (NDC)', '8 or below', '9', '8', '↑ worse', 'Red'],
      ['Eastmere District Council (EDC)', '5 or below', '4', '4', '→ same', 'Green'],
      ['Combined', '23 or below', '24', '24', '→ same', 'Amber'],
    ];
    const word = docxText(file('docx'));
    const page = readFileSync(file('html'), 'utf8');
    expect(word).toContain(line);
    expect(page).toContain(`<p><em>${line}</em></p>`);
    for (const row of rows) {
      expect(word).toContain(row.join('\n'));
      expect(page.replace(/<[^>]*>/g, '\n').replace(/\n+/g, '\n')).toContain(row.join('\n'));
    }
    expect(word).toContain('amber when worse than the target by no more than 10% of the target');
    const data = JSON.parse(readFileSync(file('json'), 'utf8'));
    expect(data.measures).toEqual([
      {
        action: 'contract-waivers',
        section: '1',
        id: 'waivers',
        name: 'waivers approved',
        unit: 'count',
        better: 'lower',
        amberWithinPercent: 10,
        councils: [
          { code: 'WBC', target: 10, value: 11, valueQuarter: 'Q2', previous: 12, rag: 'amber', direction: 'better' },
          { code: 'NDC', target: 8, value: 9, valueQuarter: 'Q2', previous: 8, rag: 'red', direction: 'worse' },
          { code: 'EDC', target: 5, value: 4, valueQuarter: 'Q2', previous: 4, rag: 'green', direction: 'same' },
        ],
        combined: { target: 23, value: 24, valueQuarter: 'Q2', previous: 24, rag: 'amber', direction: 'same' },
      },
    ]);
  });

  it('draws the chart with plain amounts as labels, in colours with 3:1 contrast, across the full width', async () => {
    const q2 = await report('Q2');
    const chart = docxParts(q2.out)['word/charts/chart1.xml']!;
    expect(chart).toContain('<c:barDir val="bar"/>');
    // Each series' labels show the amount alone: no series name, so no "Achieved;" and forced break.
    expect(chart.match(/<c:showVal val="1"\/><c:showCatName val="0"\/><c:showSerName val="0"\/>/g)).toHaveLength(3);
    expect(chart).toContain('<c:overlap val="-20"/>');
    const document = docxParts(q2.out)['word/document.xml']!;
    // 297 mm less two 15 mm margins, at 96 dpi: 1,015 px = 9,667,875 EMU, give or take a pixel.
    const width = Number(/<wp:extent cx="(\d+)"/.exec(document)?.[1]);
    expect(width / 9525).toBeGreaterThan(1000);
  });

  it('diffs Q1 and Q2: statuses and ratings that changed, the action added, the one that ended', async () => {
    const r = await runPlanInProcess(['diff', '--from', 'Q1', '--to', 'Q2'], { cwd: dir });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('  1 contract-procedure-rules: Draft circulated → Adopted by WBC and NDC; RAG green → amber');
    expect(r.stdout).toContain('New in Q2 (1)\n  3 social-value-policy: New in Q2; draft with legal');
    expect(r.stdout).toContain('Ended by Q2 (1)\n  3 supplier-portal: dropped in Q1');
    expect(r.stdout).toContain('    EDC: £9,000 → £15,000 (+£6,000); 15% → 25% of £60,000');
    // The measure that moved, lower being better (EDC's 4 did not move, so it is not listed).
    expect(r.stdout).toContain(
      'Measures\n  1 contract-waivers, waivers approved:\n    WBC: 12 → 11 (↓ better)\n    NDC: 8 → 9 (↑ worse)\n\n',
    );
  });

  it('leaves each measure value to fill in for a new quarter, and validate --quarter lists each one', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'plan-westbrook-measure-'));
    try {
      cpSync(dir, copy, { recursive: true });
      expect((await runPlanInProcess(['new-quarter', 'Q3'], { cwd: copy })).exitCode).toBe(0);
      const governance = readFileSync(join(copy, 'plans', '1-governance.yaml'), 'utf8');
      expect(governance).toContain(
        '        measures:\n          waivers:\n            WBC: "TODO: Q3 figure (was 11)"\n            NDC: "TODO: Q3 figure (was 9)"\n            EDC: "TODO: Q3 figure (was 4)"\n',
      );
      const check = await runPlanInProcess(['validate', '--quarter', 'Q3'], { cwd: copy });
      expect(check.exitCode).toBe(1);
      for (const code of ['WBC', 'NDC', 'EDC'])
        expect(check.stderr).toContain(`error: the Q3 value of "waivers" for ${code} is not written yet`);
      // A new year keeps the measure and clears its values.
      expect((await runPlanInProcess(['new-quarter', 'Q4'], { cwd: copy })).exitCode).toBe(0);
      expect((await runPlanInProcess(['new-quarter', 'Q1', '--new-year'], { cwd: copy })).exitCode).toBe(0);
      const next = readFileSync(join(copy, 'plans', '1-governance.yaml'), 'utf8');
      expect(next).toContain('    measures:\n      waivers:\n        name: waivers approved\n');
      expect(next).toContain('            WBC: "TODO: Q1 figure"\n');
      expect(next).not.toContain('WBC: 12');
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('refuses a quarter no action has', async () => {
    const r = await runPlanInProcess(['diff', '--from', 'Q2', '--to', 'Q3'], { cwd: dir });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toBe(
      'plan: error: no action has a Q3 update, so there is nothing to compare\n  hint: this plan has updates for Q1, Q2\n',
    );
  });

  it('carries no update into later quarters, or into the next year, for an action that ended', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'plan-westbrook-year-'));
    try {
      cpSync(dir, copy, { recursive: true });
      for (const q of ['Q3', 'Q4']) expect((await runPlanInProcess(['new-quarter', q], { cwd: copy })).exitCode).toBe(0);
      const suppliers = () => readFileSync(join(copy, 'plans', '3-local-suppliers.yaml'), 'utf8');
      expect(suppliers()).toMatch(/- id: supplier-portal\n(?:(?!- id:)[\s\S])*ended: dropped\n(?!\s+Q3:)/);
      expect((await runPlanInProcess(['new-quarter', 'Q1', '--new-year'], { cwd: copy })).exitCode).toBe(0);
      expect(suppliers()).not.toContain('supplier-portal');
      expect(readFileSync(join(copy, 'plans', 'archive', '2015-16', '3-local-suppliers.yaml'), 'utf8')).toContain('supplier-portal');
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('needs no Q1 update for an action added in Q2, and no Q2 update for one dropped in Q1', async () => {
    expect((await runPlanInProcess(['validate', '--quarter', 'Q1'], { cwd: dir })).exitCode).toBe(0);
    expect((await runPlanInProcess(['validate', '--quarter', 'Q2'], { cwd: dir })).exitCode).toBe(0);
  });
});

describe('plan diff on a Westbrook plan where an action ends in the later quarter', () => {
  /** The diff, as JSON, of a copy of the plan with 1-governance.yaml edited. */
  const diffWith = async (edit: (text: string) => string) => {
    const copy = mkdtempSync(join(tmpdir(), 'plan-westbrook-diff-'));
    try {
      cpSync(dir, copy, { recursive: true });
      const file = join(copy, 'plans', '1-governance.yaml');
      writeFileSync(file, edit(readFileSync(file, 'utf8')));
      const json = await runPlanInProcess(['diff', '--from', 'Q1', '--to', 'Q2', '--format', 'json'], { cwd: copy });
      return {
        json: JSON.parse(json.stdout),
        text: (await runPlanInProcess(['diff', '--from', 'Q1', '--to', 'Q2'], { cwd: copy })).stdout,
      };
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  };
  // The training's status does not change from Q1 to Q2: "On track" both times.
  const sameStatus = (text: string) => text.replace('status: Not started', 'status: On track');
  const endsInQ2 = (text: string) =>
    sameStatus(text).replace('      Q2:\n        status: On track\n', '      Q2:\n        status: On track\n        ended: completed\n');

  it('lists it as ended, whatever its status says, and not among the unchanged', async () => {
    const goingOn = await diffWith(sameStatus);
    const ending = await diffWith(endsInQ2);
    expect(endsInQ2(WESTBROOK_FILES['1-governance.yaml']!)).toContain('ended: completed');
    expect(ending.json.ended).toContainEqual({ section: '1', id: 'procurement-training', how: 'completed', quarter: 'Q2' });
    expect(goingOn.json.ended).not.toContainEqual(expect.objectContaining({ id: 'procurement-training' }));
    expect(ending.json.unchanged).toBe(goingOn.json.unchanged - 1);
    expect(ending.text).toMatch(/Ended by Q2 \(2\)\n(?: {2}.*\n)*? {2}1 procurement-training: completed in Q2\n/);
  });
});
