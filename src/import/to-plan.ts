import { COUNCIL_CODE } from '../plan/codes.js';
import { financialYearLabel, type Quarter } from '../plan/quarters.js';
import { slugify } from '../shared/words.js';
import { ragOfColour } from './cell-colour.js';
import { measureComment, percentsIn } from './measure-notes.js';
import { type Column, cellPlain, findHeader, type GridCell, gridOf, headerColumns, type TableHeader } from './plan-table.js';
import type { DocBody, DocParagraph, DocTable } from './read-docx.js';
import { type Figures, figuresComment, isSavingsSummary, NOTHING_WRITTEN, withoutComputed } from './report-sentences.js';
import { type Heading, headingByPlace, nextNumber, previousNumber, rowHeading, sectionHeading, tableHeading } from './section-headings.js';

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

/** A line that names a year or a quarter reads as the document's title, even right above a table. */
function titleLike(text: string): boolean {
  const parts = parseTitle(text);
  return parts.year !== undefined || parts.quarter !== undefined;
}

/** The title, quarter, year and councils: what the document says about the plan as a whole. */
function readFrontMatter(body: DocBody, options: ImportOptions) {
  const beforeFirstTable: DocParagraph[] = [];
  for (const item of body.items) {
    if (item.kind === 'table') break;
    beforeFirstTable.push(item);
  }
  // The title: a paragraph styled Title, else the first paragraph with words that is not a section heading.
  const titleParagraph =
    body.items.find((i): i is DocParagraph => i.kind === 'paragraph' && /^title$/i.test(i.styleName) && /\S/.test(i.text)) ??
    beforeFirstTable.find((p, i) => /\S/.test(p.text) && !sectionHeading(p) && (titleLike(p.text) || !headingByPlace(body, i)));
  const titled = titleParagraph ? parseTitle(titleParagraph.text) : {};
  const planComments = [`Imported by plan import from ${options.source}.`];
  // The title's words that are not the plan's title (the quarter, "Update") are kept here.
  if (titleParagraph) planComments.push(`The document's title: ${titleParagraph.text.replace(/\s+/g, ' ').trim()}`);
  if (options.quarter && titled.quarter && options.quarter !== titled.quarter)
    planComments.push(`The document's title says ${titled.quarter}; --quarter ${options.quarter} was used.`);
  if (options.year && titled.year && options.year !== titled.year)
    planComments.push(`The document's title says ${titled.year}; --year ${options.year} was used.`);
  // Councils named in the savings summary or the target sentences ("Cherwell District Council (CDC)").
  const allText = body.items.flatMap((item) =>
    item.kind === 'paragraph' ? [item.text] : item.rows.flatMap((row) => row.cells.map(cellPlain)),
  );
  const inText = findCouncils(allText);
  // plan report lists exactly the plan's council codes, in the plan's order, in the document's keywords
  // (a plan without targets names its councils nowhere else); other documents are read for codes.
  const keywordCodes = body.madeByPlan ? body.keywords.filter((k) => COUNCIL_CODE.test(k) && !/^Q[1-4]$/.test(k)) : [];
  const found = keywordCodes.length > 0 ? keywordCodes.map((code) => inText.find((c) => c.code === code) ?? { code, count: 0 }) : inText;
  return {
    titleParagraph,
    titled,
    quarter: options.quarter ?? titled.quarter,
    year: options.year ?? titled.year,
    planComments,
    found,
  };
}

/** A row's cells on the table's grid, one per column, and where it is. */
interface RowContext {
  table: DocTable;
  header: TableHeader;
  cells: GridCell[];
  r: number;
  where: string;
}

/** Reads the document's items in order into sections and actions; one instance per import. */
class PlanBuilder {
  readonly attention: Attention[] = [];
  readonly leftOut: string[] = [];
  readonly sections: ImportedSection[] = [];
  private readonly taken = new Set<string>();
  /** Paragraphs of plan report's own text outside the tables (the subtitle, the notes on the figures). */
  private reportText = 0;
  /** The header comment of the table being read, written into the section of its first row. */
  private pendingHeader: string | undefined;
  private current: ImportedSection | undefined;
  /** The plan table just read, which a table without a header continues. */
  private previousTable: TableHeader | undefined;
  private readonly front: ReturnType<typeof readFrontMatter>;
  private readonly councilNames: Map<string, string>;
  readonly q: Quarter;

  constructor(
    private readonly body: DocBody,
    options: ImportOptions,
  ) {
    this.front = readFrontMatter(body, options);
    this.councilNames = new Map(this.front.found.filter((c) => c.name).map((c) => [c.code, c.name!]));
    this.q = this.front.quarter ?? 'Q1';
  }

  read(): void {
    this.body.items.forEach((item, index) => {
      if (item.kind === 'paragraph') this.paragraph(item, index);
      else this.table(item, index);
    });
    this.listLeftOut();
  }

  private startSection(number: string, title: string, comments: string[] = []): ImportedSection {
    this.current = { number, title, comments, actions: [] };
    this.sections.push(this.current);
    this.previousTable = undefined;
    return this.current;
  }

  /** The heading level of a paragraph that starts a section (Heading 2 → 2), kept to number its children. */
  private readonly levels = new Map<ImportedSection, number>();

  private noteLevel(p: DocParagraph | undefined): void {
    const level = p ? headingLevel(p) : undefined;
    if (this.current && level !== undefined) this.levels.set(this.current, level);
  }

  /**
   * The number for a heading with none, from the headings before it: after a sibling of its level, the
   * next ("3.1" → "3.2"); first under a higher heading, that one's first child ("3" → "3.1").
   */
  private numberFor(level: number | undefined): string | undefined {
    if (level === undefined) return undefined;
    for (let i = this.sections.length - 1; i >= 0; i--) {
      const s = this.sections[i]!;
      const l = this.levels.get(s);
      if (l === level) return nextNumber(s.number);
      if (l !== undefined && l < level) return `${s.number}.1`;
    }
    return undefined;
  }

  /** A heading, in a paragraph or a row of its own; a number without a title is kept, with a TODO; a title without a number is numbered on. */
  private startHeadingSection(heading: Heading, index?: number): void {
    if (heading.number === '') {
      this.numberOn(heading.title, index);
      return;
    }
    if (heading.title) {
      this.startSection(heading.number, heading.title);
      return;
    }
    this.startSection(heading.number, `${TODO}: the title of section ${heading.number}`, [
      `The document numbers this section ${heading.number} but gives it no title: write it in place of the TODO.`,
    ]);
    this.attention.push({
      where: `section ${heading.number}`,
      message: 'has a number but no title',
      hint: 'write its title in place of the TODO',
    });
  }

  /** A heading with no number in its text nor in Word's numbering: plan numbers it on from the section before, and asks. */
  private numberOn(title: string, index: number | undefined): void {
    const item = index === undefined ? undefined : this.body.items[index];
    const level = item?.kind === 'paragraph' ? headingLevel(item) : undefined;
    const number = this.numberFor(level) ?? (this.current ? nextNumber(this.current.number) : this.guessFirstNumber(index ?? 0));
    this.startSection(number, title, [
      `The heading "${title}" has no number in its text (Word may number it itself); plan numbered it ${number}. Check the number.`,
    ]);
    this.attention.push({
      where: `section ${number}`,
      message: `the heading "${title}" has no number in its text (Word may number it itself); plan numbered it ${number}`,
      hint: `check the section number in ${number}'s file`,
    });
  }

  /** The number before the next numbered heading in the document, or "1". */
  private guessFirstNumber(index: number): string {
    const next = this.body.items
      .slice(index + 1)
      .flatMap((i) => (i.kind === 'paragraph' ? [sectionHeading(i)] : i.rows.map((row) => rowHeading(row))))
      .find((h) => h?.number);
    return next ? previousNumber(next.number) : '1';
  }

  private paragraph(p: DocParagraph, index: number): void {
    if (p === this.front.titleParagraph) return;
    const heading = sectionHeading(p) ?? headingByPlace(this.body, index);
    if (!heading) {
      if (/\S/.test(p.text) && this.body.madeByPlan) this.reportText++;
      else if (/\S/.test(p.text)) this.keepText(cellText([p]));
      return;
    }
    this.startHeadingSection(heading, index);
    this.noteLevel(p);
    this.keepHeadingText(p.text, heading);
  }

  /** A heading worded otherwise than "number title" ("Section 3.3: Local suppliers"): its words, in a comment. */
  private keepHeadingText(text: string, heading: Heading): void {
    const written = text.replace(/\s+/g, ' ').trim();
    if (this.current && written !== `${heading.number} ${heading.title}` && written !== heading.title)
      this.current.comments.push(`The heading in the document: ${written}`);
  }

  /** Words outside the plan tables ("Key: …", "Note: …", an introduction): a comment where they stand. */
  private keepText(text: string, label = 'From the document: '): void {
    const lines = commentLines(label, text);
    if (this.current) this.current.comments.push(...lines);
    else this.front.planComments.push(...lines);
  }

  private table(table: DocTable, index: number): void {
    const tableWhere = `table ${table.number}`;
    if (this.body.madeByPlan && isSavingsSummary(table)) {
      this.leftOut.push(`${tableWhere}: the savings summary, which plan report computes from the figures`);
      return;
    }
    const grid = gridOf(table);
    const header = findHeader(grid, this.front.quarter) ?? this.continuation(grid);
    const heading = header ? undefined : tableHeading(this.body, index);
    if (heading) {
      this.startHeadingSection(heading, index);
      return;
    }
    if (!header) {
      this.notAPlanTable(table, grid);
      return;
    }
    if (header.first >= 0 && !this.body.madeByPlan) this.keepHeader(table, header);
    else if (header.first < 0) this.pendingHeader = `Table ${table.number} has no header row: it was read as more rows of the table above.`;
    this.unknownColumns(table, header);
    grid.forEach((cells, r) => {
      const context = { table, header, cells, r, where: `${tableWhere}, row ${r + 1}` };
      if (r < header.first) this.rowAboveHeader(context);
      else if (r > header.last) this.row(context);
    });
    this.previousTable = header;
  }

  /** How the header's columns were read, as a comment in the section the table's first action goes to. */
  private keepHeader(table: DocTable, header: TableHeader): void {
    const read = header.names.map(
      (name, c) => `"${name.replace(/\s+/g, ' ') || `column ${c + 1}`}" as ${header.columns[c] ?? 'a comment'}`,
    );
    this.pendingHeader = `Table ${table.number}'s columns were read as: ${[...new Set(read)].join(', ')}.`;
  }

  /** A table with no header, right after a plan table and as wide: the rest of that table, over a page. */
  private continuation(grid: readonly GridCell[][]): TableHeader | undefined {
    const previous = this.previousTable;
    if (!previous || grid.length === 0 || grid.some((row) => row.length !== previous.columns.length)) return undefined;
    return { ...previous, first: -1, last: -1 };
  }

  private notAPlanTable(table: DocTable, grid: readonly GridCell[][]): void {
    const rows = grid.map((cells) => rowText(cells)).filter(Boolean);
    this.attention.push({
      where: `table ${table.number}`,
      message: `does not look like a plan table (no header row with Action and Status or Narrative), so it was not imported as actions; its text is kept as a comment${
        rows.length > 0 ? `; it begins "${rows[0]!.slice(0, 60)}"` : ''
      }`,
      hint: 'copy what it holds into the plan by hand, or give it a header row (Action | Status | Narrative) in Word and import again',
    });
    if (rows.length > 0) this.keepText(rows.join('\n'), `Not imported (table ${table.number}, not a plan table): `);
  }

  private unknownColumns(table: DocTable, header: TableHeader): void {
    const unknown = header.columns
      .map((c, i) => (c === undefined ? header.names[i] || `column ${i + 1}` : undefined))
      .filter((h): h is string => h !== undefined);
    if (unknown.length === 0 || header.first < 0) return;
    const one = unknown.length === 1;
    this.attention.push({
      where: `table ${table.number}`,
      message: `the ${one ? 'column' : 'columns'} ${unknown.map((h) => `"${h}"`).join(', ')} ${one ? 'is' : 'are'} not part of a plan; ${one ? 'its' : 'their'} cells are kept as comments above each action`,
      hint: 'move what matters into the narrative, or leave the comments as they are',
    });
  }

  /** The section rows go into: the current one, or, for rows above any heading, a checked guess. */
  private sectionForRows(table: DocTable): ImportedSection {
    const section = this.current ?? this.firstSection(table);
    if (this.pendingHeader) section.comments.push(this.pendingHeader);
    this.pendingHeader = undefined;
    return section;
  }

  /** For rows above any heading, a section numbered from the next heading, with a TODO title. */
  private firstSection(table: DocTable): ImportedSection {
    const number = this.guessFirstNumber(this.body.items.indexOf(table) - 1);
    const next = number === '1' ? undefined : nextNumber(number);
    const tableWhere = `table ${table.number}`;
    const section = this.startSection(number, `${TODO}: the title of section ${number}`, [
      `The document has no numbered heading above ${tableWhere}; plan numbered it ${number}${next ? `, the section before ${next}` : ''}.`,
      'Check the number and write the title in place of the TODO.',
    ]);
    this.attention.push({
      where: tableWhere,
      message: `has no numbered section heading above it; it was put in section ${number}`,
      hint: `check the section number in ${number}'s file and write its title`,
    });
    return section;
  }

  /** A heading typed in a row of its own ("8.4 Collaboration" above the header, or between actions) starts a section. */
  private headingRow(context: RowContext, amongActions: boolean): boolean {
    const heading = rowHeading(context.table.rows[context.r]!, amongActions);
    if (!heading) return false;
    const previous = this.previousTable;
    this.startHeadingSection(heading);
    // A heading inside the table does not end the table.
    this.previousTable = previous ?? context.header;
    return true;
  }

  private rowAboveHeader(context: RowContext): void {
    if (this.headingRow(context, false)) return;
    const text = rowText(context.cells);
    if (!text) return;
    const section = this.sectionForRows(context.table);
    this.attention.push({
      where: context.where,
      message: `is above the table's header and is not a section heading; its text is kept as a comment at the top of section ${section.number}'s file`,
      hint: 'move what matters into the plan by hand',
    });
    section.comments.push(`Not imported (${context.where}, above the header):`, ...commentLines('  ', text));
  }

  private row(context: RowContext): void {
    const { cells, header } = context;
    const texts = cells.map((g) => (g.origin ? g.text : ''));
    if (texts.every((t) => t === '')) return;
    // A header repeated or retyped further down ("Narrative (continued)" after a page break).
    if (headerColumns(texts) !== undefined || texts.join('\u0000') === header.names.join('\u0000')) {
      this.sectionForRows(context.table).comments.push(...commentLines(`${context.where} repeats the header: `, rowText(cells)));
      return;
    }
    if (this.headingRow(context, true)) return;
    const section = this.sectionForRows(context.table);
    const problem = this.rowProblem(context);
    if (problem) {
      this.attention.push({
        where: context.where,
        message: `has ${problem}, so it was not imported as an action; its text is kept as a comment at the top of section ${section.number}'s file`,
        hint: /merged|cells where/.test(problem)
          ? 'make it an action by hand, or unmerge the cells in Word and import again'
          : 'write the action by hand, from the comment',
      });
      section.comments.push(`Not imported (${context.where}: ${problem}):`, ...texts.filter(Boolean).flatMap((t) => commentLines('  ', t)));
      return;
    }
    section.actions.push(this.action(context));
  }

  private rowProblem({ table, r, cells, header }: RowContext): string | undefined {
    const row = table.rows[r]!;
    if (row.cells.length === 1 && header.columns.length > 1) return 'a merged cell';
    if (cells.length !== header.columns.length)
      return `${row.cells.length} ${row.cells.length === 1 ? 'cell' : 'cells'} where the header has ${header.columns.length}`;
    const action = header.columns.indexOf('action');
    if (!cells[action] || cells[action].text === '') return 'no text in its Action cell';
    return undefined;
  }

  private action(context: RowContext): ImportedAction {
    const { cells, header, where } = context;
    const figures: Figures = { target: [], achieved: [] };
    const update: ImportedUpdate = {};
    const comments: string[] = [];
    let actionText = '';
    const statusParts: string[] = [];
    cells.forEach((g, c) => {
      const column = header.columns[c];
      if (!g.origin && g.mergedFrom === undefined) return;
      if (column === undefined || column === 'ref' || column === 'lead') {
        if (g.text) comments.push(...commentLines(`${header.names[c] || `column ${c + 1}`}: `, g.text));
        return;
      }
      if (column === 'rag') {
        this.ragCell(g, where, update, comments);
        return;
      }
      // Plan's own computed sentences are only looked for in documents plan wrote.
      const text = this.body.madeByPlan
        ? cellText(withoutComputed(g.cell.paragraphs, column, figures, update), false)
        : cellText(g.cell.paragraphs);
      if (column === 'action') actionText = text;
      else if (column === 'status') {
        if (text) statusParts.push(text);
      } else if (!NOTHING_WRITTEN.test(text.trim())) update.narrative = text;
    });
    if (statusParts.length > 0) update.status = statusParts.join('\n');
    if (!update.rag && !this.body.madeByPlan && !header.columns.includes('rag')) this.ragFromAnyCell(context, update);
    this.rowNotes(context, comments);
    comments.push(...figuresComment(figures, this.q, this.councilNames));
    const money = [...moneyIn(actionText), ...moneyIn(update.status ?? ''), ...moneyIn(update.narrative ?? '')];
    comments.push(...moneyComment(money, this.q));
    comments.push(...measureComment([...percentsIn(update.status ?? ''), ...percentsIn(update.narrative ?? '')], this.q));
    return { id: actionId(actionText, this.taken), action: actionText, update, comments, where, money };
  }

  /** A RAG cell: its word, or its shading, or the colour of a mark in it ("●" in red). */
  private ragCell(g: GridCell, where: string, update: ImportedUpdate, comments: string[]): void {
    const text = g.text;
    const word = text ? ragOf(text) : undefined;
    if (word) {
      update.rag = word;
      return;
    }
    // plan report shades the RAG it computed from the figures; only the words are the officer's.
    const colour = this.body.madeByPlan || /\p{L}/u.test(text) ? undefined : (g.cell.fill ?? g.cell.textColour);
    const rag = ragOfColour(colour);
    if (rag) {
      this.ragFromColour(rag, colour!, where, update);
      if (text) comments.push(...commentLines('RAG: ', text));
      return;
    }
    if (!text) return;
    comments.push(...commentLines('RAG: ', text));
    this.attention.push({
      where,
      message: `the RAG cell says "${text}", which is not red, amber or green; it is kept as a comment`,
      hint: 'write rag: red, amber or green in the update, from the comment above the action',
    });
  }

  /** With no RAG column, a Status cell (or another cell of the row) shaded red, amber or green gives the rating. */
  private ragFromAnyCell({ cells, header, where }: RowContext, update: ImportedUpdate): void {
    const order = ['status', 'action', 'narrative', undefined, 'ref', 'lead'] as Array<Column | undefined>;
    for (const column of order) {
      // The Status cell's words may carry the colour themselves (red text, a green highlight).
      const colourOf = (g: GridCell) => (column === 'status' ? (g.cell.fill ?? g.cell.textColour) : g.cell.fill);
      const g = cells.find((cell, c) => header.columns[c] === column && ragOfColour(colourOf(cell)));
      if (g) {
        this.ragFromColour(ragOfColour(colourOf(g))!, colourOf(g)!, where, update);
        return;
      }
    }
  }

  private ragFromColour(rag: NonNullable<ImportedUpdate['rag']>, fill: string, where: string, update: ImportedUpdate): void {
    update.rag = rag;
    this.attention.push({
      where,
      message: `rag: ${rag} was taken from the cell colour (#${fill}); the document has no RAG word there`,
      hint: 'check the rating in the update',
    });
  }

  /** What the officer must check about a row: merged-down cells, tables in cells, tracked changes, images. */
  private rowNotes({ table, r, cells, header, where }: RowContext, comments: string[]): void {
    const row = table.rows[r]!;
    cells.forEach((g, c) => {
      if (g.mergedFrom === undefined || !g.text) return;
      const name = header.names[c] || `column ${c + 1}`;
      this.attention.push({
        where,
        message: `the "${name}" cell is merged with the one above (row ${g.mergedFrom + 1}); this action was given its text`,
        hint: 'check that the text is right for each of the actions it covers',
      });
    });
    if (row.cells.some((c) => c.nestedTables > 0)) {
      this.attention.push({
        where,
        message: 'has a table inside a cell; its rows were put in the cell\'s text, one a line, with " | " between its cells',
        hint: 'check the text, and make it bullets if that reads better',
      });
    }
    const tracked = row.cells.reduce((n, c) => n + c.trackedChanges, 0);
    if (tracked > 0) {
      this.attention.push({
        where,
        message: 'has tracked changes; the text was read as if they were accepted',
        hint: 'check the action against the document, or accept or reject the changes in Word (Review → Accept) and import again',
      });
      comments.push('This row had tracked changes in Word: it was read as if they were accepted. Check it.');
    }
    const images = row.cells.reduce((n, c) => n + c.images, 0);
    if (images > 0) {
      const what = images === 1 ? 'an image' : `${images} images`;
      this.attention.push({ where, message: `has ${what}, which plan cannot import`, hint: 'describe what it shows in the narrative' });
      comments.push(`This row had ${what} in Word, not imported: describe it in the narrative.`);
    }
  }

  /** Hidden and deleted text (left out on purpose), and what plan could not read (needs the officer's eye). */
  private listLeftOut(): void {
    for (const item of this.body.leftOut) {
      const shown = item.text.replace(/\s+/g, ' ');
      const quoted = `"${shown.length > 80 ? `${shown.slice(0, 77)}…` : shown}"`;
      if (item.what === 'hidden text' || item.what === 'deleted text')
        this.leftOut.push(
          `${item.what} in ${item.where}: ${quoted} (${item.what === 'hidden text' ? 'hidden in Word' : 'a tracked deletion'}; not imported)`,
        );
      else
        this.attention.push({
          where: item.where,
          message:
            item.what === 'unknown symbol' ? `a symbol plan cannot turn into a character (${item.text}); it was kept as it is` : item.text,
          hint:
            item.what === 'unknown symbol' ? 'replace it with a word or an ordinary character' : 'copy what it holds into the plan by hand',
        });
    }
    this.listDocumentNotes();
  }

  /** What is true of the whole document: plan's own text, charts, images and tracked changes outside tables, empty sections. */
  private listDocumentNotes(): void {
    const body = this.body;
    if (this.reportText > 0)
      this.leftOut.push(
        `${this.reportText} paragraph${this.reportText === 1 ? '' : 's'} outside the tables that plan report writes itself`,
      );
    const charts = body.charts === 1 ? 'a chart' : `${body.charts} charts`;
    if (body.charts > 0 && body.madeByPlan) this.leftOut.push(`${charts}: plan report draws its own from the figures`);
    else if (body.charts > 0)
      this.attention.push({
        where: 'the document',
        message: `${charts}, not imported`,
        hint: 'record the figures it shows as target and achieved amounts; plan report draws the charts from them',
      });
    if (body.outside.images > 0)
      this.attention.push({
        where: 'outside the tables',
        message: `${body.outside.images === 1 ? 'an image' : `${body.outside.images} images`}, not imported`,
        hint: 'nothing to do unless it carried plan content',
      });
    if (body.outside.trackedChanges > 0)
      this.attention.push({
        where: 'outside the tables',
        message: 'tracked changes; headings were read as if they were accepted',
        hint: 'check the section numbers and titles',
      });
    for (const s of this.sections.filter((s) => s.actions.length === 0)) {
      // A heading over other headings ("3. Procurement" above 3.1 and 3.2) gets no file: its words are kept in plan.yaml.
      if (s.comments.length === 0) this.front.planComments.push(`A heading with no actions under it: ${s.number} ${s.title}`);
      this.attention.push({
        where: `section ${s.number} "${s.title}"`,
        message:
          s.comments.length === 0
            ? 'has no table of actions under it; it is kept as a comment in plan.yaml'
            : 'has no table of actions under it',
        hint: 'add its actions by hand, or delete its file if it is not part of the plan',
      });
    }
  }

  result(): ImportedPlan & { quarterFound: boolean } {
    const { titled, year, found } = this.front;
    return {
      title: titled.title ?? `${TODO}: the plan's title`,
      appendix: titled.appendix ?? `${TODO}: the report's label, e.g. Appendix 1`,
      yearLabel: year ?? TODO,
      yearStarts: year ? `${year.slice(0, 4)}-04-01` : TODO,
      quarter: this.q,
      quarterFound: this.front.quarter !== undefined,
      councils: found.map((c) => ({
        code: c.code,
        name: c.name ?? `${TODO}: the full name of ${c.code}`,
        found: c.count === 0 ? "in the document's keywords" : `${c.count} time${c.count === 1 ? '' : 's'}`,
      })),
      planComments: this.front.planComments,
      sections: this.sections.filter((s) => s.actions.length > 0 || s.comments.length > 0),
      attention: this.attention,
      leftOut: this.leftOut,
    };
  }
}

/** A heading paragraph's level: "heading 2" → 2, an outline or list level + 1; undefined when unstyled. */
function headingLevel(p: DocParagraph): number | undefined {
  const styled = /^heading\s*(\d)$/i.exec(p.styleName);
  if (styled) return Number(styled[1]);
  return p.heading && p.listLevel !== undefined ? p.listLevel + 1 : undefined;
}

/** The comment beside an action whose text mentions money. */
function moneyComment(money: readonly string[], q: Quarter): string[] {
  if (money.length === 0) return [];
  return [
    `Money in the text: ${[...new Set(money)].join(', ')}. It stays in the text. If one is a target or an amount achieved,`,
    `record it as a plain number, per council, under target: amounts: or updates: ${q}: achieved: (README "Targets").`,
  ];
}

/** A row's words, its cells joined by " | ". */
function rowText(cells: readonly GridCell[]): string {
  return cells
    .filter((g) => g.origin && g.text)
    .map((g) => g.text)
    .join(' | ');
}

/** The document as a plan. Throws nothing: what it cannot place goes into `attention`. */
export function toPlan(body: DocBody, options: ImportOptions): ImportedPlan & { quarterFound: boolean } {
  const builder = new PlanBuilder(body, options);
  builder.read();
  return builder.result();
}
