import { COUNCIL_CODE, COUNCIL_CODE_PATTERN } from '../plan/codes.js';
import type { Quarter } from '../plan/quarters.js';
import { MONTHS, normaliseText } from '../shared/words.js';
import type { DocParagraph, DocTable } from './doc-body.js';
import type { ImportedUpdate } from './imported-plan.js';
import type { Column } from './plan-table.js';

/**
 * The sentences and tables `plan report` computes from the figures (src/docx/render.ts), as import
 * recognises them in a report plan wrote. Keep in sync with the report's wording: when a sentence there
 * changes, change its pattern here. They are only looked for in a document plan wrote.
 */

// Left out of the imported text, since the report computes them again; their figures go into a comment.
const ANNUAL_TARGET = /^Annual target: (.+?)(?:; combined \u00a3[\d,]+)?\.$/;
const TARGET_PART = /^(.*) \u2013 \u00a3([\d,]+)$/;
const COUNCIL_FIGURES = new RegExp(
  String.raw`^(${COUNCIL_CODE_PATTERN}) \u2013 \u00a3([\d,]+) (.+?)(?: \((?:(?:up|down) \u00a3[\d,]+|no change) since Q[1-4]\))? \u2013 i\.e\. [\d.]+% of the \u00a3[\d,]+ annual target at the end of the (?:first|second|third|fourth) quarter(?:; (.+?) \u00a3([\d,]+), not yet secured)?(?:\nNote: ([\s\S]*))?$`,
);
const COMBINED_FIGURES = /^Combined \u2013 \u00a3[\d,]+ .+ \u2013 i\.e\. [\d.]+% of the \u00a3[\d,]+ annual target$/;
const COMPUTED_RAG = /^RAG: (Red|Amber|Green)(?: \(from the figures: [^)]*\))?$/;
const MOVEMENT = /^(?:Since Q[1-4]: .+|New since Q[1-4])$/;
// "Completed: no further updates" in the quarter it ended; "Completed in Q1" in the later quarters of the year.
const ENDED = /^(Completed|Dropped)(?:: no further updates| in (Q[1-4]))$/;
const DERIVED_STATUS = '(derived from the figures)';
/** What the report shows in a cell with nothing written in it. */
export const NOTHING_WRITTEN = /^[\u2013\u2014-]?$/;

const plainPounds = (s: string) => Number(s.replace(/,/g, ''));

export interface Figures {
  target: Array<{ name: string; amount: number }>;
  achieved: Array<{ code: string; amount: number; label: string; pending?: { label: string; amount: number }; note?: string }>;
}

/** The comment that offers the report's figures back as plan data, for the officer to accept. */
export function figuresComment(f: Figures, quarter: Quarter, councils: ReadonlyMap<string, string>): string[] {
  if (f.target.length === 0 && f.achieved.length === 0) return [];
  const code = (name: string) => [...councils].find(([, n]) => n === name)?.[0] ?? (COUNCIL_CODE.test(name) ? name : undefined);
  const out = ['The report this came from showed figures that plan computes. To keep them, add:'];
  if (f.target.length > 0) {
    out.push('  target:', '    measure: TODO what is counted, e.g. cost and efficiency savings', '    amounts:');
    for (const t of f.target) out.push(`      ${code(t.name) ?? `TODO code of ${t.name}`}: ${t.amount}`);
    const label = f.achieved[0]?.label;
    if (label && label !== 'achieved') out.push(`    achievedLabel: ${label}`);
    const pendingLabel = f.achieved.find((a) => a.pending)?.pending?.label;
    if (pendingLabel && pendingLabel !== 'pending') out.push(`    pendingLabel: ${pendingLabel}`);
  }
  if (f.achieved.length > 0) {
    out.push(`and under updates: ${quarter}:`, '    achieved:');
    for (const a of f.achieved) out.push(`      ${a.code}: ${a.amount}`);
    const pending = f.achieved.filter((a) => a.pending);
    if (pending.length > 0) {
      out.push('    pending:');
      for (const a of pending) out.push(`      ${a.code}: ${a.pending!.amount}`);
    }
    const notes = f.achieved.filter((a) => a.note);
    if (notes.length > 0) {
      out.push('    notes:');
      for (const a of notes) out.push(`      ${a.code}: ${a.note}`);
    }
  }
  return out;
}

/** A measure's line, as the report words it (report/measures.ts): "Waivers approved (lower is better): WBC 11, …". */
const MEASURE_LINE = /^[^:]+ \((?:lower|higher) is better\): .+\.$/;

/** Leave out the report's computed sentences; keep everything else, paragraph by paragraph. */
export function withoutComputed(
  paragraphs: readonly DocParagraph[],
  column: Column,
  figures: Figures,
  update: ImportedUpdate,
  schedule: Schedule = {},
): DocParagraph[] {
  const kept: DocParagraph[] = [];
  for (const p of paragraphs) {
    if (p.listLevel !== undefined) kept.push(p);
    else if (column === 'action' && targetSentence(p, figures)) continue;
    else if (column === 'status' && statusSentence(p, update, kept)) continue;
    else if (column === 'narrative' && figuresSentence(p, figures)) continue;
    else if (column === 'narrative' && asPlanWritesIt(p, 'italic') && MEASURE_LINE.test(p.text.trim())) continue;
    else kept.push(p);
  }
  if (column === 'action') takeSchedule(kept, schedule);
  return kept;
}

/** An action's lead and due date, as the report's lines below its text give them back. */
export interface Schedule {
  lead?: string;
  due?: string;
}

/** "Q4 (by 31 March 2026)" → "Q4", "31 January 2014" → "2014-01-31": the due date as the plan writes it. */
function dueAsWritten(words: string): string | undefined {
  const quarter = /^((?:\d{4}\/\d{2} )?Q[1-4]) \(by \d{1,2} [A-Z][a-z]+ \d{4}\)$/.exec(words);
  if (quarter) return quarter[1];
  const date = /^(\d{1,2}) ([A-Z][a-z]+) (\d{4})$/.exec(words);
  const month = date ? (MONTHS as readonly string[]).indexOf(date[2]!) + 1 : 0;
  return date && month > 0 ? `${date[3]}-${String(month).padStart(2, '0')}-${date[1]!.padStart(2, '0')}` : undefined;
}

/**
 * The report puts "Lead: …" and "Due: … (– overdue)" below an action's text (report/schedule.ts): taken
 * back off its end as the action's lead and due, so that they are settings again, not text.
 */
function takeSchedule(kept: DocParagraph[], schedule: Schedule): void {
  const last = kept.at(-1);
  const due = last && last.listLevel === undefined && kept.length > 1 ? /^Due: (.+?)(?: \u2013 overdue)?$/.exec(last.text.trim()) : null;
  const written = due ? dueAsWritten(due[1]!) : undefined;
  if (written) {
    schedule.due = written;
    kept.pop();
  }
  const before = kept.at(-1);
  const lead = before && before.listLevel === undefined && kept.length > 1 ? /^Lead: (.+)$/.exec(before.text.trim()) : null;
  if (lead) {
    schedule.lead = lead[1]!;
    kept.pop();
  }
}

/**
 * The report sets its computed sentences apart: the target, the movement, "(derived from the figures)"
 * and the ending in italics, the RAG line and the combined figures in bold. Officer text with the same
 * words but written plainly is the officer's, and is kept.
 */
const asPlanWritesIt = (p: DocParagraph, style: 'italic' | 'bold') => (style === 'italic' ? p.italic === true : p.bold);

function targetSentence(p: DocParagraph, figures: Figures): boolean {
  const target = asPlanWritesIt(p, 'italic') ? ANNUAL_TARGET.exec(p.text.trim()) : null;
  const parts = target?.[1]?.split('; ').map((part) => TARGET_PART.exec(part));
  if (!parts?.every(Boolean)) return false;
  for (const part of parts) figures.target.push({ name: part![1]!, amount: plainPounds(part![2]!) });
  return true;
}

function statusSentence(p: DocParagraph, update: ImportedUpdate, kept: DocParagraph[]): boolean {
  const text = p.text.trim();
  if (text === DERIVED_STATUS && asPlanWritesIt(p, 'italic')) {
    // The status above it was computed too: the officer wrote none.
    kept.pop();
    update.statusDerived = true;
    return true;
  }
  const rag = COMPUTED_RAG.exec(text);
  // "RAG: Red (from the figures: …)" is bold, then italic; "RAG: Red" alone is all bold.
  if (rag && (asPlanWritesIt(p, 'bold') || text.includes('(from the figures'))) {
    if (!text.includes('(from the figures')) update.rag = rag[1]!.toLowerCase() as ImportedUpdate['rag'];
    return true;
  }
  const ended = asPlanWritesIt(p, 'italic') ? ENDED.exec(text) : null;
  if (ended) {
    update.ended = ended[1]!.toLowerCase() as ImportedUpdate['ended'];
    // "Completed in Q1" in a later quarter's report: the update it ended in was Q1's.
    if (ended[2]) update.endedIn = ended[2] as Quarter;
    return true;
  }
  return MOVEMENT.test(text) && asPlanWritesIt(p, 'italic');
}

function figuresSentence(p: DocParagraph, figures: Figures): boolean {
  const council = COUNCIL_FIGURES.exec(p.text.trim());
  if (council) {
    figures.achieved.push({
      code: council[1]!,
      amount: plainPounds(council[2]!),
      label: council[3]!,
      ...(council[4] ? { pending: { label: council[4], amount: plainPounds(council[5]!) } } : {}),
      ...(council[6] ? { note: normaliseText(council[6]) } : {}),
    });
    return true;
  }
  return COMBINED_FIGURES.test(p.text.trim()) && asPlanWritesIt(p, 'bold');
}

/** Plan's own computed tables: the savings summary (Council | Annual target | …) or the measures summary; left out. */
export function computedSummary(table: DocTable): 'the savings summary' | 'the measures summary' | undefined {
  const header =
    table.rows[0]?.cells.map((c) =>
      c.paragraphs
        .map((p) => p.text)
        .join('\n')
        .trim(),
    ) ?? [];
  if (header[0] === 'Council' && header[1] === 'Annual target') return 'the savings summary';
  return isMeasuresSummary(header) ? 'the measures summary' : undefined;
}

/** plan report's measures summary (report/measures.ts): "Measure | Council | Target | Q3 value | …". */
function isMeasuresSummary(header: readonly string[]): boolean {
  return header[0] === 'Measure' && header[1] === 'Council' && header[2] === 'Target' && /^Q[1-4] value$/.test(header[3] ?? '');
}
