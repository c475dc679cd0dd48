import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type Accessible, accessibilityProblems, docxOutline } from './accessibility.js';
import { ROOT, runPlanInProcess, SHIPPED_PLANS } from './helpers.js';

/** The .docx is the reference document: its own accessibility, by the checks the PDF and web page share. */

const dir = mkdtempSync(join(tmpdir(), 'plan-a11y-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function docx(plans: string, quarter: string, name: string): Promise<Uint8Array> {
  const out = join(dir, `${name}.docx`);
  const r = await runPlanInProcess(['report', '--plans', plans, '--quarter', quarter, '--out', out], { cwd: dir });
  expect(r.exitCode, r.stderr).toBe(0);
  return readFileSync(out);
}

describe('the Word appendix is accessible', () => {
  it('for the shipped plan: headings in order, header rows, no merged or empty cells, alt text, en-GB, a title, contrast', async () => {
    const outline = docxOutline(await docx(SHIPPED_PLANS, 'Q3', 'shipped'));
    expect(accessibilityProblems(outline)).toEqual([]);
    // What was checked, so that an outline read wrongly cannot pass for an empty one.
    expect(outline.headings.length).toBeGreaterThanOrEqual(10);
    // The sections' tables and the savings tables, and since 8.2 has measures, the measures table.
    expect(outline.tables.length).toBe(11);
    expect(outline.figures).toHaveLength(2);
    expect(outline.colours.length).toBeGreaterThan(10);
    // The RAG cells' fills are among the colours checked (black text on the status's colour).
    expect(outline.colours.filter((c) => c.text === '000000' && c.fill !== 'FFFFFF').length).toBeGreaterThan(0);
    // Two actions have no narrative: their cells say so rather than stay empty.
    expect(outline.tables.flatMap((t) => t.cells).filter((c) => c === '–').length).toBeGreaterThanOrEqual(2);
  });

  it('for the three-council plan', async () => {
    const plans = join(dir, 'westbrook');
    cpSync(join(ROOT, 'test', 'fixtures', 'westbrook', 'plans'), plans, { recursive: true });
    const outline = docxOutline(await docx(plans, 'Q2', 'westbrook'));
    expect(accessibilityProblems(outline)).toEqual([]);
    expect(outline.figures.length).toBeGreaterThan(0);
  });
});

describe('the accessibility checks can fail', () => {
  const good: Accessible = {
    title: 'A report',
    lang: 'en-GB',
    headings: [1, 2, 2, 1],
    tables: [{ headerRow: true, merged: 0, cells: ['Action', 'Status', 'x', 'y'] }],
    figures: ['A chart of savings'],
    colours: [{ text: '000000', fill: 'FFFFFF' }],
  };
  it('passes a good outline', async () => expect(accessibilityProblems(good)).toEqual([]));
  it.each<[string, Partial<Accessible>, string]>([
    ['no title', { title: '' }, 'no title'],
    ['another language', { lang: 'en-US' }, 'the language is en-US, not en-GB'],
    ['a skipped heading level', { headings: [1, 3] }, 'heading 2 skips from level 1 to 3'],
    ['no header row', { tables: [{ headerRow: false, merged: 0, cells: ['a'] }] }, 'table 1 has no header row'],
    ['a merged cell', { tables: [{ headerRow: true, merged: 1, cells: ['a'] }] }, 'table 1 has 1 merged cells'],
    ['an empty cell', { tables: [{ headerRow: true, merged: 0, cells: ['a', ' '] }] }, 'table 1 has 1 empty cells'],
    ['a chart without alt text', { figures: [undefined] }, 'figure 1 has no alt text'],
    ['faint text', { colours: [{ text: 'AAAAAA', fill: 'FFFFFF' }] }, 'text AAAAAA on FFFFFF has a contrast of 2.32:1, under 4.5:1'],
  ])('finds %s', (_, fault, problem) => {
    expect(accessibilityProblems({ ...good, ...fault })).toEqual([problem]);
  });
});
