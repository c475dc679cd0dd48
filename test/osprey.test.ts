import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { docxText } from './docx.js';
import { keepReport, ROOT, runPlanInProcess } from './helpers.js';

/**
 * A held-out plan with everything issue 26 added, together: a measure where lower is better (with a
 * lagging figure), lead officers, due dates (one overdue by Q4) and a profiled money target. The
 * facts below are worked out by hand in the comments of test/fixtures/osprey/plans/1-compliance.yaml
 * and checked at Q2 and Q4 in the Word appendix, the web page and the JSON.
 */

const dir = mkdtempSync(join(tmpdir(), 'plan-osprey-'));
cpSync(join(ROOT, 'test', 'fixtures', 'osprey'), dir, { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Data {
  measures: Array<{
    id: string;
    better: string;
    councils: Array<{
      code: string;
      target: number;
      value: number;
      valueQuarter: string;
      previous: number | null;
      rag: string;
      direction: string | null;
    }>;
  }>;
  targets: Array<{
    profile: { source: string; quarterShares: number[]; expectedShare: string };
    councils: Array<{ code: string; expected: number; paceGap: number; rag: string; percentOfTarget: string }>;
    combined: { expected: number; paceGap: number; percentOfTarget: string };
  }>;
  actions: Array<{ id: string; lead: string | null; dueBy: string | null; overdue: boolean }>;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** The web page's visible text, a line per element, as a reader sees it. */
function pageText(html: string): string {
  return html
    .slice(html.indexOf('<body'))
    .replace(/<(svg|style|script)[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]*>/g, '\n')
    .replace(/&(#39|[a-z]+);/g, (whole, name: string) => ENTITIES[name] ?? whole)
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

async function report(quarter: string) {
  const r = await runPlanInProcess(['report', '--quarter', quarter, '--format', 'docx,html,json'], { cwd: dir });
  expect(r.exitCode, r.stderr).toBe(0);
  const file = (ext: string) => join(dir, r.stdout.split('\n').find((l) => l.endsWith(`.${ext}`))!);
  keepReport(readFileSync(file('docx')));
  return {
    texts: [docxText(file('docx')), pageText(readFileSync(file('html'), 'utf8'))],
    data: JSON.parse(readFileSync(file('json'), 'utf8')) as Data,
  };
}

/** Every fact in both the Word appendix and the web page. */
function expectInBoth(texts: readonly string[], facts: readonly string[]): void {
  for (const [i, text] of texts.entries())
    for (const fact of facts) expect(text, `${i === 0 ? 'Word' : 'web page'}: ${fact}`).toContain(fact);
}

describe('the Osprey plan (measures, leads, due dates and a profile together)', () => {
  it('at Q2: OBC amber on the amber band, TDC red and worse; savings on the profile; nothing overdue', async () => {
    const { texts, data } = await report('Q2');
    const m = data.measures.find((x) => x.id === 'without-po')!;
    expect(m.better).toBe('lower');
    expect(m.councils.map((c) => [c.code, c.target, c.value, c.previous, c.rag, c.direction])).toEqual([
      ['OBC', 10, 11, 14, 'amber', 'better'],
      ['TDC', 5, 6, 5, 'red', 'worse'],
    ]);
    const t = data.targets[0]!;
    expect(t.profile).toEqual({ source: 'target', quarterShares: [10, 20, 30, 40], expectedShare: '30' });
    expect(t.councils.map((c) => [c.code, c.expected, c.paceGap, c.rag, c.percentOfTarget])).toEqual([
      ['OBC', 12000, -2000, 'amber', '25'],
      ['TDC', 6000, 1000, 'green', '35'],
    ]);
    expect(t.combined).toMatchObject({ expected: 18000, paceGap: -1000, percentOfTarget: '28' });
    expect(data.actions.map((a) => [a.id, a.lead, a.dueBy, a.overdue])).toEqual([
      ['without-po', 'Head of Finance', '2016-12-31', false],
      ['joint-savings', 'Procurement Manager', '2017-03-31', false],
    ]);
    expectInBoth(texts, [
      'OBC 11%, against a target of 10% or below, RAG Amber, ↓ better than Q1 (14%)',
      'TDC 6%, against a target of 5% or below, RAG Red, ↑ worse than Q1 (5%)',
      ['Osprey Borough Council (OBC)', '£40,000', '£10,000', '25%', '£12,000', '£2,000 behind', '£30,000'].join('\n'),
      ['Tern District Council (TDC)', '£20,000', '£7,000', '35%', '£6,000', '£1,000 ahead', '£13,000'].join('\n'),
      ['Combined', '£60,000', '£17,000', '28%', '£18,000', '£1,000 behind', '£43,000'].join('\n'),
      '30% of the annual target expected by the end of Q2, £18,000 of £60,000',
      'Lead: Head of Finance\nDue: Q3 (by 31 December 2016)\n',
    ]);
    for (const text of texts) expect(text).not.toMatch(/overdue/i);
  });

  it('at Q4: OBC the same, TDC better on a lagging figure; the profile met in full; the lapsed action overdue', async () => {
    const { texts, data } = await report('Q4');
    const m = data.measures.find((x) => x.id === 'without-po')!;
    expect(m.councils.map((c) => [c.code, c.value, c.valueQuarter, c.previous, c.rag, c.direction])).toEqual([
      ['OBC', 9, 'Q4', 9, 'green', 'same'],
      ['TDC', 4, 'Q3', 6, 'green', 'better'],
    ]);
    const t = data.targets[0]!;
    expect(t.profile.expectedShare).toBe('100');
    expect(t.councils.map((c) => [c.code, c.expected, c.paceGap, c.rag, c.percentOfTarget])).toEqual([
      ['OBC', 40000, 0, 'green', '100'],
      ['TDC', 20000, -2000, 'amber', '90'],
    ]);
    expect(t.combined).toMatchObject({ expected: 60000, paceGap: -2000, percentOfTarget: '97' });
    expect(data.actions.map((a) => [a.id, a.overdue])).toEqual([
      ['without-po', true],
      ['joint-savings', false],
    ]);
    expectInBoth(texts, [
      'OBC 9%, against a target of 10% or below, RAG Green, → same as Q3 (9%)',
      'TDC 4% (Q3 figure), against a target of 5% or below, RAG Green, ↓ better than Q2 (6%)',
      ['Osprey Borough Council (OBC)', '£40,000', '£40,000', '+£15,000', '100%', '£40,000', 'on pace', '£0'].join('\n'),
      ['Tern District Council (TDC)', '£20,000', '£18,000', '+£6,000', '90%', '£20,000', '£2,000 behind', '£2,000'].join('\n'),
      ['Combined', '£60,000', '£58,000', '+£21,000', '97%', '£60,000', '£2,000 behind', '£2,000'].join('\n'),
      '100% of the annual target expected by the end of Q4, £60,000 of £60,000',
      'Due: Q3 (by 31 December 2016) – overdue',
      '1 Reduce spend without a purchase order. – due Q3 (by 31 December 2016); lead: Head of Finance',
      'Lead: Procurement Manager\nDue: 31 March 2017\n',
    ]);
  });
});
