import { COUNCIL_CODE } from '../plan/codes.js';
import { financialYearLabel, type Quarter } from '../plan/quarters.js';
import { slugify } from '../shared/words.js';
import type { DocBody, DocCell, DocParagraph, DocRow } from './read-docx.js';
import { type Figures, figuresComment, isSavingsSummary, NOTHING_WRITTEN, withoutComputed } from './report-sentences.js';

/**
 * A Word appendix, read by read-docx.ts, as a plan: pure, no files. Every character of every cell
 * ends up in the plan's text or, where it cannot be placed, in a YAML comment and in `attention`, so
 * nothing is dropped silently. Sentences that `plan report` computes from the figures are recognised
 * and left out; the figures in them are offered in a comment instead.
 */

export interface ImportedUpdate {
  status?: string;
  /** The report showed a status it derived from the figures, which are not imported. */
  statusDerived?: boolean;
  rag?: 'red' | 'amber' | 'green';
  narrative?: string;
  ended?: 'completed' | 'dropped';
}

export interface ImportedAction {
  id: string;
  action: string;
  update: ImportedUpdate;
  /** Lines of the YAML comment written above the action. */
  comments: string[];
  /** "table 2, row 3". */
  where: string;
  /** The amounts of money found in its text, as written. */
  money: string[];
}

export interface ImportedSection {
  number: string;
  title: string;
  /** Lines of the YAML comment at the top of the section file. */
  comments: string[];
  actions: ImportedAction[];
}

interface Attention {
  where: string;
  message: string;
  hint: string;
}

export interface ImportedPlan {
  title: string;
  appendix: string;
  yearLabel: string;
  yearStarts: string;
  quarter: Quarter;
  councils: Array<{ code: string; name: string; found: string }>;
  /** Lines of the YAML comment above plan.yaml's keys. */
  planComments: string[];
  sections: ImportedSection[];
  /** What needs the officer's eye: exit 1. */
  attention: Attention[];
  /** What was recognised and left out on purpose (plan's own computed tables). */
  leftOut: string[];
}

export interface ImportOptions {
  quarter?: Quarter | undefined;
  year?: string | undefined;
  /** The document's file name, for the comment at the top of plan.yaml. */
  source: string;
}

/** Written where the officer must fill something in; `plan validate` names each one. */
export const TODO = 'TODO';

/** What the document's title says: "Joint Procurement Action Plan 2013/14 Q3 Update – Appendix 1". */
export interface TitleParts {
  title?: string;
  appendix?: string;
  year?: string;
  quarter?: Quarter;
}

const ORDINAL_QUARTERS: Record<string, Quarter> = { first: 'Q1', second: 'Q2', third: 'Q3', fourth: 'Q4' };

export function parseTitle(text: string): TitleParts {
  const out: TitleParts = {};
  let rest = ` ${text.replace(/\s+/g, ' ').trim()} `;
  const year = /\b(\d{4})\s*[/\-–]\s*(\d{2}|\d{4})\b/.exec(rest);
  if (year) {
    const label = financialYearLabel(year[1]!, year[2]!);
    if (label) {
      out.year = label;
      rest = rest.replace(year[0], ' ');
    }
  }
  const quarter = /\b(?:Q([1-4])|quarter\s+([1-4])|(first|second|third|fourth)\s+quarter)\b/i.exec(rest);
  if (quarter) {
    out.quarter = (quarter[1] ? `Q${quarter[1]}` : quarter[2] ? `Q${quarter[2]}` : ORDINAL_QUARTERS[quarter[3]!.toLowerCase()]) as Quarter;
    rest = rest.replace(quarter[0], ' ');
  }
  const appendix = /\b(Appendix|Annex)\s+([A-Z0-9]{1,3})\b/i.exec(rest);
  if (appendix) {
    out.appendix = `${appendix[1]![0]!.toUpperCase()}${appendix[1]!.slice(1).toLowerCase()} ${appendix[2]}`;
    rest = rest.replace(appendix[0], ' ');
  }
  const title = rest
    .replace(/\b(update|progress report|position statement)\b/gi, ' ')
    .replace(/\s*[–—:|-]\s*(?=[–—:|-]|\s*$)/g, ' ')
    .replace(/^\s*[–—:|-]\s*|\s*[–—:|-]\s*$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (/[\p{L}]/u.test(title)) out.title = title;
  return out;
}

/** "8.2 Value for Money and Transparency", "8.2. Value…", "8.2 – Value…", or "8.2" alone. */
const SECTION_HEADING = /^\s*(\d{1,3}(?:\.\d{1,3})*)\.?(?:\s*[–—:-]\s*|\s+|$)(.*)$/s;

function sectionHeading(p: DocParagraph): { number: string; title: string } | undefined {
  if (!p.heading && !p.bold) return undefined;
  const m = SECTION_HEADING.exec(p.text.replace(/\s+/g, ' '));
  if (!m) return undefined;
  return { number: m[1]!, title: m[2]!.trim() };
}

/**
 * A row holding only a numbered heading: "8.4 Collaboration" in its first cell with the others empty, or
 * in a merged row. Above the header that is enough; among the actions (where "8.2.1 Review the fleet"
 * with nothing written yet is an action) the row must also be merged across the table, or bold.
 */
function rowHeading(row: DocRow, amongActions = false): { number: string; title: string } | undefined {
  const filled = row.cells.filter((c) => cellPlain(c) !== '');
  if (filled.length !== 1 || filled[0]!.paragraphs.filter((p) => p.text.trim()).length !== 1) return undefined;
  const paragraph = filled[0]!.paragraphs.find((p) => p.text.trim())!;
  const m = SECTION_HEADING.exec(paragraph.text.replace(/\s+/g, ' '));
  const marked = paragraph.bold || paragraph.heading;
  // "2015" alone or "12 sessions held" is not a heading: a heading's number has a dot, or it is bold.
  if (!m || (!m[1]!.includes('.') && !marked)) return undefined;
  if (amongActions && !marked && !filled[0]!.merged) return undefined;
  return { number: m[1]!, title: m[2]!.trim() };
}

export type Column = 'action' | 'status' | 'narrative' | 'rag';

/** What a header cell says the column is, or undefined for a column plan does not know. */
export function columnOf(header: string): Column | undefined {
  const words = header
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!words) return undefined;
  if (/\brag\b|\brating\b/.test(words)) return 'rag';
  if (/\b(actions?|objectives?|tasks?|activit(y|ies)|what we will do)\b/.test(words)) return 'action';
  if (/\bstatus\b/.test(words)) return 'status';
  if (/\b(narrative|progress|comments?|commentary|updates?|notes?|position)\b/.test(words)) return 'narrative';
  return undefined;
}

function cellPlain(cell: DocCell): string {
  return cell.paragraphs
    .map((p) => p.text)
    .join('\n')
    .trim();
}

/** The columns a header row names, or undefined when the row is not a plan table's header. */
function headerColumns(cells: readonly DocCell[]): Array<Column | undefined> | undefined {
  const columns = cells.map((c) => columnOf(cellPlain(c)));
  const named = columns.filter((c) => c !== undefined);
  if (!named.includes('action') || named.length < 2) return undefined;
  // Each column at most once: "Action | Action" is not a header.
  if (new Set(named).size !== named.length) return undefined;
  return columns;
}

/** A typed bullet at the start of a line: "•", "◦", "▪", "-", or "o"/"O", then a space or tab, then words. */
const TYPED_BULLET = /^[ \t]*([•◦▪●‣∙·oO-])[ \t]+(?=\S)/;

/**
 * A cell's paragraphs as plan's text: Word lists and typed bullets become "- " bullets, two spaces a
 * level; a blank line between paragraphs; line breaks kept. Leading and trailing spaces of a line are
 * layout and go; a tab inside a line becomes a space.
 */
export function cellText(paragraphs: readonly DocParagraph[], typedBullets = true): string {
  const lines: Array<{ text: string; kind: 'paragraph' | 'bullet' }> = [];
  let previousBulletLevel = -1;
  for (const p of paragraphs) {
    const parts = p.text.split('\n').map((l) => l.replace(/\t/g, ' ').replace(/\s+$/, ''));
    if (parts.every((l) => l.trim() === '')) continue;
    if (p.listLevel !== undefined) {
      const indent = '  '.repeat(p.listLevel);
      const [first, ...more] = parts;
      lines.push({ text: `${indent}- ${first!.trim()}`, kind: 'bullet' });
      for (const m of more) if (m.trim()) lines.push({ text: `${indent}  ${m.trim()}`, kind: 'bullet' });
      previousBulletLevel = p.listLevel;
      continue;
    }
    let inParagraph = false;
    for (const raw of parts) {
      const line = raw.trim();
      if (!line) {
        inParagraph = false;
        continue;
      }
      // In a document plan wrote every bullet is a real Word list: a "· " or "o " there is a word.
      const typed = typedBullets ? TYPED_BULLET.exec(raw) : null;
      if (typed && raw.slice(typed[0].length).trim()) {
        // "o" is the second level of old documents' typed lists; "•" the first.
        const level = /[oO◦‣]/.test(typed[1]!) && previousBulletLevel >= 0 ? Math.min(previousBulletLevel + 1, 1) : 0;
        lines.push({ text: `${'  '.repeat(level)}- ${raw.slice(typed[0].length).trim()}`, kind: 'bullet' });
        previousBulletLevel = level;
        inParagraph = false;
        continue;
      }
      // A new paragraph needs a blank line before it, unless it follows a bullet.
      const last = lines[lines.length - 1];
      if (last && !inParagraph && last.kind === 'paragraph') lines.push({ text: '', kind: 'paragraph' });
      lines.push({ text: line, kind: 'paragraph' });
      inParagraph = true;
      previousBulletLevel = -1;
    }
  }
  return lines.map((l) => l.text).join('\n');
}

const MONEY = /£\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:k|m|bn|million|thousand)\b)?/gi;

export function moneyIn(text: string): string[] {
  return [...text.matchAll(MONEY)].map((m) => m[0]);
}

/** Capital-letter codes that are not councils. */
const NOT_COUNCILS = new Set(
  'RAG SME SMES PO POS VAT ICT IT HR FM UK EU NHS TBC TBA KPI KPIS FOI CEO FAQ PDF URL ID OJEU PQQ ITT RFQ MFD MFDS SLA FSB OK Q1 Q2 Q3 Q4 FY CCS ESPO ROI IFRS GDPR DPA N/A NA LED'.split(
    ' ',
  ),
);

/** "Cherwell District Council (CDC)": a name the document gives a code. */
const NAMED_CODE = /((?:[A-Z][\p{L}'’&-]*\s+){1,6}Council)\s*\(([A-Z][A-Z0-9]{1,9})\)/gu;

/** Council codes the text uses, most used first, with the full name where the text gives one. */
export function findCouncils(texts: readonly string[]): Array<{ code: string; name?: string; count: number }> {
  const counts = new Map<string, number>();
  /** Codes with a name, in the order the document names them (the savings table's order). */
  const names = new Map<string, string>();
  for (const text of texts) {
    for (const m of text.matchAll(/\b[A-Z]{2,6}\b/g)) {
      const code = m[0];
      if (NOT_COUNCILS.has(code) || !COUNCIL_CODE.test(code)) continue;
      counts.set(code, (counts.get(code) ?? 0) + 1);
    }
    for (const m of text.matchAll(NAMED_CODE)) {
      const name = m[1]!.replace(/\s+/g, ' ').trim();
      if (!names.has(m[2]!) && /\s/.test(name)) names.set(m[2]!, name);
    }
  }
  const named = [...names.keys()];
  const rank = ([code]: [string, number]) => (names.has(code) ? named.indexOf(code) : named.length);
  // A code used once, with no name given for it, is more likely an abbreviation than a council.
  return [...counts]
    .filter(([code, n]) => names.has(code) || (n >= 2 && code.length >= 3))
    .sort((a, b) => rank(a) - rank(b) || b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([code, count]) => ({ code, count, ...(names.has(code) ? { name: names.get(code)! } : {}) }));
}

/** An action id from its words: the first few, lower case, joined by hyphens; unique in the plan. */
function actionId(text: string, taken: Set<string>): string {
  const words = slugify(text.split('\n')[0]!)
    .split('-')
    .filter((w) => w && !['a', 'an', 'the', 'of', 'and', 'to', 'for', 'with', 'on', 'in', 'via', 'at', 'by'].includes(w));
  let base = '';
  for (const w of words) {
    if (base && (base.length + w.length + 1 > 40 || base.split('-').length >= 5)) break;
    base = base ? `${base}-${w}` : w;
  }
  base ||= 'action';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

function ragOf(text: string): ImportedUpdate['rag'] | undefined {
  const t = text.trim().toLowerCase();
  if (/^(r|red)$/.test(t)) return 'red';
  if (/^(a|amber)$/.test(t)) return 'amber';
  if (/^(g|green)$/.test(t)) return 'green';
  return undefined;
}

function commentLines(label: string, text: string): string[] {
  const lines = text.split('\n');
  return [`${label}${lines[0]}`, ...lines.slice(1).map((l) => `  ${l}`)];
}

/** The document as a plan. Throws nothing: what it cannot place goes into `attention`. */
export function toPlan(body: DocBody, options: ImportOptions): ImportedPlan & { quarterFound: boolean } {
  const attention: Attention[] = [];
  const leftOut: string[] = [];
  const paragraphsBeforeFirstTable: DocParagraph[] = [];
  for (const item of body.items) {
    if (item.kind === 'table') break;
    paragraphsBeforeFirstTable.push(item);
  }
  // The title: a paragraph styled Title, else the first paragraph with words that is not a section heading.
  const titleParagraph =
    body.items.find((i): i is DocParagraph => i.kind === 'paragraph' && /^title$/i.test(i.styleName) && /\S/.test(i.text)) ??
    paragraphsBeforeFirstTable.find((p) => /\S/.test(p.text) && !sectionHeading(p));
  const titled = titleParagraph ? parseTitle(titleParagraph.text) : {};
  const quarter = options.quarter ?? titled.quarter;
  const year = options.year ?? titled.year;
  const planComments = [`Imported by plan import from ${options.source}.`];
  if (options.quarter && titled.quarter && options.quarter !== titled.quarter)
    planComments.push(`The document's title says ${titled.quarter}; --quarter ${options.quarter} was used.`);
  if (options.year && titled.year && options.year !== titled.year)
    planComments.push(`The document's title says ${titled.year}; --year ${options.year} was used.`);

  const sections: ImportedSection[] = [];
  const taken = new Set<string>();
  let current: ImportedSection | undefined;
  // Councils named in the savings summary or the target sentences ("Cherwell District Council (CDC)").
  const allText: string[] = [];
  for (const item of body.items) {
    if (item.kind === 'paragraph') allText.push(item.text);
    else for (const row of item.rows) for (const cell of row.cells) allText.push(cellPlain(cell));
  }
  const inText = findCouncils(allText);
  // plan report lists exactly the plan's council codes, in the plan's order, in the document's keywords
  // (a plan without targets names its councils nowhere else); other documents are read for codes.
  const keywordCodes = body.madeByPlan ? body.keywords.filter((k) => COUNCIL_CODE.test(k) && !/^Q[1-4]$/.test(k)) : [];
  const found = keywordCodes.length > 0 ? keywordCodes.map((code) => inText.find((c) => c.code === code) ?? { code, count: 0 }) : inText;
  const councilNames = new Map(found.filter((c) => c.name).map((c) => [c.code, c.name!]));
  const q = quarter ?? 'Q1';

  const startSection = (number: string, title: string, comments: string[] = []) => {
    current = { number, title, comments, actions: [] };
    sections.push(current);
  };
  /** A numbered heading, in a paragraph or a row of its own; a number without a title is kept, with a TODO. */
  const startHeadingSection = (heading: { number: string; title: string }) => {
    if (heading.title) {
      startSection(heading.number, heading.title);
      return;
    }
    startSection(heading.number, `${TODO}: the title of section ${heading.number}`, [
      `The document numbers this section ${heading.number} but gives it no title: write it in place of the TODO.`,
    ]);
    attention.push({
      where: `section ${heading.number}`,
      message: 'has a number but no title',
      hint: 'write its title in place of the TODO',
    });
  };

  /** A heading paragraph with no number in its text, right above a plan table (in a document plan did not write). */
  const numberedByWord = (p: DocParagraph, index: number): boolean => {
    if (body.madeByPlan || !p.heading || /^title$/i.test(p.styleName) || !/\S/.test(p.text)) return false;
    const next = body.items.slice(index + 1).find((i) => i.kind === 'table' || /\S/.test(i.text));
    return next?.kind === 'table' && next.rows.some((r) => headerColumns(r.cells) !== undefined);
  };
  for (const [index, item] of body.items.entries()) {
    if (item.kind === 'paragraph') {
      if (item === titleParagraph) continue;
      const heading = sectionHeading(item);
      if (heading) startHeadingSection(heading);
      else if (numberedByWord(item, index)) {
        // A heading Word numbers itself ("8.2" from a numbered heading style, not in the text) above a plan
        // table: plan numbers it on from the section before and asks the officer to check.
        const number = current ? nextNumber(current.number) : '1';
        const title = item.text.replace(/\s+/g, ' ').trim();
        startSection(number, title, [
          `The heading "${title}" has no number in its text (Word may number it itself); plan numbered it ${number}. Check the number.`,
        ]);
        attention.push({
          where: `section ${number}`,
          message: `the heading "${title}" has no number in its text (Word may number it itself); plan numbered it ${number}`,
          hint: `check the section number in ${number}'s file`,
        });
      }
      continue;
    }
    const table = item;
    const tableWhere = `table ${table.number}`;
    if (body.madeByPlan && isSavingsSummary(table)) {
      leftOut.push(`${tableWhere}: the savings summary, which plan report computes from the figures`);
      continue;
    }
    let columns: Array<Column | undefined> | undefined;
    let headerRow = -1;
    table.rows.forEach((row, r) => {
      if (!columns) {
        const found = headerColumns(row.cells);
        if (found) {
          columns = found;
          headerRow = r;
        }
      }
    });
    if (!columns) {
      const words = table.rows.flatMap((r) => r.cells.map(cellPlain)).filter(Boolean);
      attention.push({
        where: tableWhere,
        message: `does not look like a plan table (no header row with Action and Status or Narrative), so it was not imported${
          words.length > 0 ? `; it begins "${words[0]!.slice(0, 60)}"` : ''
        }`,
        hint: 'copy what it holds into the plan by hand, or give it a header row (Action | Status | Narrative) in Word and import again',
      });
      continue;
    }
    const unknown = columns
      .map((c, i) => (c === undefined ? cellPlain(table.rows[headerRow]!.cells[i]!) || `column ${i + 1}` : undefined))
      .filter((h): h is string => h !== undefined);
    if (unknown.length > 0)
      attention.push({
        where: tableWhere,
        message: `the ${unknown.length === 1 ? 'column' : 'columns'} ${unknown.map((h) => `"${h}"`).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not part of a plan; ${unknown.length === 1 ? 'its' : 'their'} cells are kept as comments above each action`,
        hint: 'move what matters into the narrative, or leave the comments as they are',
      });
    /** The section rows go into: the current one, or, for rows above any numbered heading, a checked guess. */
    const sectionForRows = (): ImportedSection => {
      if (current) return current;
      const next = body.items
        .slice(body.items.indexOf(table))
        .flatMap((i) => (i.kind === 'paragraph' ? [sectionHeading(i)] : i.rows.map((row) => rowHeading(row))))
        .find(Boolean);
      const number = next ? previousNumber(next.number) : '1';
      startSection(number, `${TODO}: the title of section ${number}`, [
        `The document has no numbered heading above ${tableWhere}; plan numbered it ${number}${next ? `, the section before ${next.number}` : ''}.`,
        'Check the number and write the title in place of the TODO.',
      ]);
      attention.push({
        where: tableWhere,
        message: `has no numbered section heading above it; it was put in section ${number}`,
        hint: `check the section number in ${number}'s file and write its title`,
      });
      return current!;
    };
    // A heading typed in a row of its own ("8.4 Collaboration" above the header, or between actions)
    // starts a section, as a heading paragraph does.
    const headingRow = (row: DocRow, amongActions: boolean): boolean => {
      const heading = rowHeading(row, amongActions);
      if (!heading) return false;
      startHeadingSection(heading);
      return true;
    };
    table.rows.forEach((row, r) => {
      if (r >= headerRow || headingRow(row, false)) return;
      const texts = row.cells.map(cellPlain).filter(Boolean);
      if (texts.length === 0) return;
      const where = `${tableWhere}, row ${r + 1}`;
      const section = sectionForRows();
      attention.push({
        where,
        message: `is above the table's header and is not a section heading; its text is kept as a comment at the top of section ${section.number}'s file`,
        hint: 'move what matters into the plan by hand',
      });
      section.comments.push(`Not imported (${where}, above the header):`, ...texts.flatMap((t) => commentLines('  ', t)));
    });
    const headerText = table.rows[headerRow]!.cells.map(cellPlain).join('\u0000');
    table.rows.forEach((row, r) => {
      if (r <= headerRow) return;
      const where = `${tableWhere}, row ${r + 1}`;
      const texts = row.cells.map(cellPlain);
      if (texts.every((t) => t === '')) return;
      // A header repeated further down (a page break in Word, without "repeat as header row").
      if (texts.join('\u0000') === headerText) return;
      if (headingRow(row, true)) return;
      const section = sectionForRows();
      const problems: string[] = [];
      if (row.cells.some((c) => c.merged)) problems.push('a merged cell');
      else if (row.cells.length !== columns!.length)
        problems.push(`${row.cells.length} ${row.cells.length === 1 ? 'cell' : 'cells'} where the header has ${columns!.length}`);
      if (row.cells.some((c) => c.nestedTables > 0)) problems.push('a table inside a cell');
      const images = row.cells.reduce((n, c) => n + c.images, 0);
      const actionCell = row.cells[columns!.indexOf('action')];
      if (problems.length > 0 || !actionCell || cellPlain(actionCell) === '') {
        const why = problems.length > 0 ? problems.join(' and ') : 'no text in its Action cell';
        attention.push({
          where,
          message: `has ${why}, so it was not imported as an action; its text is kept as a comment at the top of section ${section.number}'s file`,
          hint:
            problems.length > 0
              ? 'make it an action by hand, or unmerge the cells in Word and import again'
              : 'write the action by hand, from the comment',
        });
        section.comments.push(`Not imported (${where}: ${why}):`, ...texts.filter(Boolean).flatMap((t) => commentLines('  ', t)));
        return;
      }
      const tracked = row.cells.reduce((n, c) => n + c.trackedChanges, 0);
      const figures: Figures = { target: [], achieved: [] };
      const update: ImportedUpdate = {};
      const comments: string[] = [];
      let actionText = '';
      const statusParts: string[] = [];
      row.cells.forEach((cell, c) => {
        const column = columns![c];
        if (column === undefined) {
          const text = cellPlain(cell);
          const header = cellPlain(table.rows[headerRow]!.cells[c]!) || `column ${c + 1}`;
          if (text) comments.push(...commentLines(`${header}: `, text));
          return;
        }
        if (column === 'rag') {
          const text = cellPlain(cell);
          if (!text) return;
          const rag = ragOf(text);
          if (rag) update.rag = rag;
          else {
            comments.push(...commentLines('RAG: ', text));
            attention.push({
              where,
              message: `the RAG cell says "${text}", which is not red, amber or green; it is kept as a comment`,
              hint: 'write rag: red, amber or green in the update, from the comment above the action',
            });
          }
          return;
        }
        // Plan's own computed sentences are only looked for in documents plan wrote.
        const text = body.madeByPlan
          ? cellText(withoutComputed(cell.paragraphs, column, figures, update), false)
          : cellText(cell.paragraphs);
        if (column === 'action') actionText = text;
        else if (column === 'status') {
          if (text) statusParts.push(text);
        } else if (!NOTHING_WRITTEN.test(text.trim())) update.narrative = text;
      });
      if (statusParts.length > 0) update.status = statusParts.join('\n');
      if (tracked > 0) {
        attention.push({
          where,
          message: 'has tracked changes; the text was read as if they were accepted',
          hint: 'check the action against the document, or accept or reject the changes in Word (Review → Accept) and import again',
        });
        comments.push('This row had tracked changes in Word: it was read as if they were accepted. Check it.');
      }
      if (images > 0) {
        attention.push({
          where,
          message: `has ${images === 1 ? 'an image' : `${images} images`}, which plan cannot import`,
          hint: 'describe what it shows in the narrative',
        });
        comments.push(
          `This row had ${images === 1 ? 'an image' : `${images} images`} in Word, not imported: describe it in the narrative.`,
        );
      }
      const id = actionId(actionText, taken);
      const money = [...moneyIn(actionText), ...moneyIn(update.status ?? ''), ...moneyIn(update.narrative ?? '')];
      comments.push(...figuresComment(figures, q, councilNames));
      if (money.length > 0) {
        comments.push(
          `Money in the text: ${[...new Set(money)].join(', ')}. It stays in the text. If one is a target or an amount achieved,`,
          `record it as a plain number, per council, under target: amounts: or updates: ${q}: achieved: (README "Targets").`,
        );
      }
      const action: ImportedAction = { id, action: actionText, update, comments, where, money };
      section.actions.push(action);
    });
  }
  const charts = body.charts === 1 ? 'a chart' : `${body.charts} charts`;
  if (body.charts > 0 && body.madeByPlan) leftOut.push(`${charts}: plan report draws its own from the figures`);
  else if (body.charts > 0)
    attention.push({
      where: 'the document',
      message: `${charts}, not imported`,
      hint: 'record the figures it shows as target and achieved amounts; plan report draws the charts from them',
    });
  if (body.outside.images > 0)
    attention.push({
      where: 'outside the tables',
      message: `${body.outside.images === 1 ? 'an image' : `${body.outside.images} images`}, not imported`,
      hint: 'nothing to do unless it carried plan content',
    });
  if (body.outside.trackedChanges > 0)
    attention.push({
      where: 'outside the tables',
      message: 'tracked changes; headings were read as if they were accepted',
      hint: 'check the section numbers and titles',
    });
  for (const s of sections.filter((s) => s.actions.length === 0)) {
    attention.push({
      where: `section ${s.number}`,
      message: 'has no table of actions under it',
      hint: 'add its actions by hand, or delete its file if it is not part of the plan',
    });
  }

  const councils = found.map((c) => ({
    code: c.code,
    name: c.name ?? `${TODO}: the full name of ${c.code}`,
    found: c.count === 0 ? "in the document's keywords" : `${c.count} time${c.count === 1 ? '' : 's'}`,
  }));
  const appendix = titled.appendix ?? `${TODO}: the report's label, e.g. Appendix 1`;
  const yearLabelOut = year ?? TODO;
  return {
    title: titled.title ?? `${TODO}: the plan's title`,
    appendix,
    yearLabel: yearLabelOut,
    yearStarts: year ? `${year.slice(0, 4)}-04-01` : TODO,
    quarter: q,
    quarterFound: quarter !== undefined,
    councils,
    planComments,
    sections: sections.filter((s) => s.actions.length > 0 || s.comments.length > 0),
    attention,
    leftOut,
  };
}

/** The section number after "8.2": "8.3"; after "3": "4". */
function nextNumber(number: string): string {
  const parts = number.split('.').map(Number);
  return [...parts.slice(0, -1), (parts[parts.length - 1] ?? 0) + 1].join('.');
}

/** The section number before "8.2": "8.1"; before "3": "2"; before "8.1" or "1": itself with ".0"/"0". */
function previousNumber(number: string): string {
  const parts = number.split('.').map(Number);
  const last = parts[parts.length - 1]!;
  if (last > 1) return [...parts.slice(0, -1), last - 1].join('.');
  return parts.length > 1 ? [...parts.slice(0, -1), 0].join('.') : '0';
}
