import { normaliseText } from '../shared/words.js';
import type { DocBody, DocParagraph, DocRow } from './doc-body.js';
import { cellPlain, findHeader, gridOf } from './plan-table.js';

/**
 * Where a section starts. Officers mark a heading in many ways: a Heading style, bold, underlined or
 * large text, a number typed ("8.2", "Section 3.3:", "3.3 –") or drawn by Word's numbering, a merged
 * row above the table's header, or only its place: a short line right above a plan table.
 */

export interface Heading {
  number: string;
  title: string;
}

/** "8.2 Value for Money", "8.2. Value…", "8.2 – Value…", "Section 3.3: Value…", or "8.2" alone. */
const SECTION_HEADING = /^\s*(?:section\s+)?(\d{1,3}(?:\.\d{1,3})*)\.?(?:\s*[\u2013\u2014:-]\s*|\s+|$)(.*)$/is;

/** A number Word draws ("3.2.", "3.2", "Section 3:") that can be a section's number. */
const WORD_NUMBER = /^(?:section\s+)?(\d{1,3}(?:\.\d{1,3})*)[.:)]?$/i;

function parseHeading(text: string): Heading | undefined {
  const m = SECTION_HEADING.exec(text.replace(/\s+/g, ' '));
  return m ? { number: m[1]!, title: m[2]!.trim() } : undefined;
}

/** A heading paragraph with its number in its text, marked as a heading by style, bold, underline or size. */
export function sectionHeading(p: DocParagraph): Heading | undefined {
  const marked = p.heading || p.bold || p.emphasised === true;
  const typed = parseHeading(p.text);
  if (typed && (marked || /^\s*section\s/i.test(p.text))) return typed;
  // "3.3 Local Suppliers" typed plainly: a dotted number, then a short title with a capital.
  if (typed?.number.includes('.') && /^\p{Lu}/u.test(typed.title) && isShort(p.text) && p.listLevel === undefined) return typed;
  const drawn = p.numberLabel ? WORD_NUMBER.exec(p.numberLabel.trim()) : null;
  if (drawn && marked && /\S/.test(p.text)) return { number: drawn[1]!, title: normaliseText(p.text) };
  return undefined;
}

/** "Key: …", "Note: …", "Source: …": words about the table, never its heading. */
const NOT_A_HEADING = /^\s*(key|notes?|nb|n\.b\.|source|sources|footnote|please note|\*)\b/i;

/** A short line: a heading is a few words, not a sentence. */
function isShort(text: string): boolean {
  const t = normaliseText(text);
  return t.length > 0 && t.length <= 100 && t.split(' ').length <= 14 && !/[.;,:]$/.test(t) && !NOT_A_HEADING.test(t);
}

/** A plain line that labels what follows ("Lead: J. Smith", "Key: …", "Progress this quarter:"): never a heading. */
function isLabelLine(p: DocParagraph): boolean {
  if (p.heading || p.emphasised) return false;
  const t = normaliseText(p.text);
  return NOT_A_HEADING.test(t) || /:(\s|$)/.test(t);
}

/** Whether the next thing with words after items[index], past label lines, is a plan table (a table with a header row). */
function planTableFollows(body: DocBody, index: number): boolean {
  const next = body.items.slice(index + 1).find((i) => i.kind === 'table' || (/\S/.test(i.text) && !isLabelLine(i)));
  return next?.kind === 'table' && findHeader(gridOf(next)) !== undefined;
}

/**
 * A paragraph that is a heading by its place: a short line directly above a plan table, numbered or not.
 * Returns the number it gives, or "" when it gives none (plan numbers it on).
 */
export function headingByPlace(body: DocBody, index: number): Heading | undefined {
  const p = body.items[index];
  if (p?.kind !== 'paragraph' || body.madeByPlan || /^title$/i.test(p.styleName)) return undefined;
  // A bullet is not a heading; a paragraph Word numbers "3.2" is.
  const drawn = p.numberLabel ? WORD_NUMBER.exec(p.numberLabel.trim()) : null;
  if (p.listLevel !== undefined && !p.heading && !drawn) return undefined;
  if (!isShort(p.text) || !planTableFollows(body, index)) return undefined;
  const typed = parseHeading(p.text);
  if (typed?.title) return typed;
  // "Lead: J. Smith" typed plainly above the table is a label, not a heading; an emphasised "Savings: Energy" is one.
  if (!drawn && isLabelLine(p)) return undefined;
  return { number: drawn ? drawn[1]! : '', title: normaliseText(p.text) };
}

/**
 * A row holding only a heading: "8.4 Collaboration" in its first cell with the others empty, or in a
 * merged row. Above the header that is enough (a merged row there needs no number); among the actions
 * (where "8.2.1 Review the fleet" with nothing written yet is an action) the row must also be merged
 * across the table, or bold.
 */
export function rowHeading(row: DocRow, amongActions = false): Heading | undefined {
  const filled = row.cells.filter((c) => cellPlain(c) !== '');
  if (filled.length !== 1 || filled[0]!.paragraphs.filter((p) => p.text.trim()).length !== 1) return undefined;
  const cell = filled[0]!;
  const paragraph = cell.paragraphs.find((p) => p.text.trim())!;
  const m = parseHeading(paragraph.text);
  const marked = paragraph.bold || paragraph.heading || paragraph.emphasised === true;
  const wholeRow = row.cells.length === 1 && cell.span > 1;
  if (!m) return !amongActions && wholeRow && isShort(paragraph.text) ? { number: '', title: normaliseText(paragraph.text) } : undefined;
  // "2015" alone or "12 sessions held" is not a heading: a heading's number has a dot, or it is bold.
  if (!m.number.includes('.') && !marked) return undefined;
  if (amongActions && !marked && !cell.merged) return undefined;
  return m;
}

/** The section number after "8.2": "8.3"; after "3": "4". */
export function nextNumber(number: string): string {
  const parts = number.split('.').map(Number);
  return [...parts.slice(0, -1), (parts[parts.length - 1] ?? 0) + 1].join('.');
}

/** The section number before "8.2": "8.1"; before "3": "2"; before "8.1" or "1": itself with ".0"/"0". */
export function previousNumber(number: string): string {
  const parts = number.split('.').map(Number);
  const last = parts[parts.length - 1]!;
  if (last > 1) return [...parts.slice(0, -1), last - 1].join('.');
  return parts.length > 1 ? [...parts.slice(0, -1), 0].join('.') : '0';
}

/**
 * A table that holds only a heading: one cell with a short line ("8.2 Value for Money", or a title
 * alone right above a plan table), as when Word splits a heading row off its table.
 */
export function tableHeading(body: DocBody, index: number): Heading | undefined {
  const item = body.items[index];
  if (item?.kind !== 'table') return undefined;
  const filled = item.rows.flatMap((r) => r.cells).filter((c) => cellPlain(c) !== '');
  if (filled.length !== 1 || filled[0]!.paragraphs.filter((p) => p.text.trim()).length !== 1) return undefined;
  const text = cellPlain(filled[0]!).replace(/\s+/g, ' ');
  if (!isShort(text)) return undefined;
  const typed = parseHeading(text);
  if (typed?.title) return typed;
  return planTableFollows(body, index) ? { number: '', title: text } : undefined;
}
