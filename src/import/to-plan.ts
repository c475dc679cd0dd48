import { type Quarter, yearStartDate } from '../plan/quarters.js';
import { actionId, normaliseText, plural } from '../shared/words.js';
import { ragOfColour } from './cell-colour.js';
import { cellText, commentLines, moneyComment, moneyIn, ragOf, rowText } from './cell-text.js';
import type { DocBody, DocParagraph, DocTable } from './doc-body.js';
import { readFrontMatter } from './front-matter.js';
import { listDocumentNotes, listLeftOut, rowNotes } from './import-notes.js';
import {
  type Attention,
  type ImportedAction,
  type ImportedPlan,
  type ImportedSection,
  type ImportedUpdate,
  type ImportOptions,
  TODO,
} from './imported-plan.js';
import { measureComment, percentsIn } from './measure-notes.js';
import { measureHeader, measureTableComment, possibleMeasures } from './measure-table.js';
import {
  type Column,
  findHeader,
  type GridCell,
  gridOf,
  type RowContext,
  readsOnFromAbove,
  repeatsHeader,
  type TableHeader,
} from './plan-table.js';
import { computedSummary, type Figures, figuresComment, NOTHING_WRITTEN, type Schedule, withoutComputed } from './report-sentences.js';
import { type Heading, headingByPlace, nextNumber, previousNumber, rowHeading, sectionHeading, tableHeading } from './section-headings.js';

/**
 * A Word appendix, read by read-docx.ts, as a plan: pure, no files. Every character of every cell
 * ends up in the plan's text or, where it cannot be placed, in a YAML comment and in `attention`, so
 * nothing is dropped silently. Sentences that `plan report` computes from the figures are recognised
 * and left out; the figures in them are offered in a comment instead.
 */

/** Reads the document's items in order into sections and actions; one instance per import. */
class PlanBuilder {
  readonly attention: Attention[] = [];
  readonly leftOut: string[] = [];
  readonly rowsNotImported: ImportedPlan['rowsNotImported'] = [];
  readonly measureTables: ImportedPlan['measureTables'] = [];
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
    const notes = { attention: this.attention, leftOut: this.leftOut, planComments: this.front.planComments };
    listLeftOut(this.body, notes);
    listDocumentNotes(this.body, this.sections, this.reportText, notes);
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
    const written = normaliseText(text);
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
    const summary = this.body.madeByPlan ? computedSummary(table) : undefined;
    if (summary) {
      this.leftOut.push(`${tableWhere}: ${summary}, which plan report computes from the figures`);
      return;
    }
    const grid = gridOf(table);
    const found = findHeader(grid, this.front.quarter);
    // A row of a table carried over the page may read like a header: then the table goes on from the one above.
    const planHeader = found && readsOnFromAbove(grid, found, this.previousTable) ? undefined : found;
    // A table of measures is read before the "rest of the table above" guess: it is as wide as a plan table.
    if (!planHeader && this.measureTable(table, grid)) return;
    const header = planHeader ?? this.continuation(grid);
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
    if (rows.length === 0) return;
    this.rowsNotImported.push({ where: `table ${table.number}`, rows: rows.length });
    this.keepText(rows.join('\n'), `Not imported (table ${table.number}, not a plan table): `);
  }

  /** A table of measures (Measure | Target | Actual): its rows listed as possible measures, in a comment. */
  private measureTable(table: DocTable, grid: readonly GridCell[][]): boolean {
    const header = measureHeader(grid);
    if (!header) return false;
    const where = `table ${table.number}`;
    const measures = possibleMeasures(grid, header);
    const lines = measureTableComment(where, header, measures, this.q);
    if (this.current) this.current.comments.push(...lines);
    else this.front.planComments.push(...lines);
    this.measureTables.push({ where, count: measures.length, ...(this.current ? { section: this.current.number } : {}) });
    // A table with no header after this one does not continue the plan table above.
    this.previousTable = undefined;
    return true;
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
    this.rowsNotImported.push({ where: context.where, rows: 1 });
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
    if (repeatsHeader(texts, header)) {
      this.sectionForRows(context.table).comments.push(...commentLines(`${context.where} repeats the header: `, rowText(cells)));
      return;
    }
    if (this.headingRow(context, true)) return;
    const section = this.sectionForRows(context.table);
    const problem = this.rowProblem(context);
    if (problem) {
      this.rowsNotImported.push({ where: context.where, rows: 1 });
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
    const schedule: Schedule = {};
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
        ? cellText(withoutComputed(g.cell.paragraphs, column, figures, update, schedule), false)
        : cellText(g.cell.paragraphs);
      if (column === 'action') actionText = text;
      else if (column === 'status') {
        if (text) statusParts.push(text);
      } else if (!NOTHING_WRITTEN.test(text.trim())) update.narrative = text;
    });
    if (statusParts.length > 0) update.status = statusParts.join('\n');
    if (!update.rag && !this.body.madeByPlan && !header.columns.includes('rag')) this.ragFromAnyCell(context, update);
    rowNotes(context, comments, this.attention);
    comments.push(...figuresComment(figures, this.q, this.councilNames));
    const money = [...moneyIn(actionText), ...moneyIn(update.status ?? ''), ...moneyIn(update.narrative ?? '')];
    comments.push(...moneyComment(money, this.q));
    comments.push(...measureComment([...percentsIn(update.status ?? ''), ...percentsIn(update.narrative ?? '')], this.q));
    return { id: actionId(actionText, this.taken), action: actionText, ...schedule, update, comments, where, money };
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

  result(): ImportedPlan & { quarterFound: boolean } {
    const { titled, year, found } = this.front;
    return {
      title: titled.title ?? `${TODO}: the plan's title`,
      appendix: titled.appendix ?? `${TODO}: the report's label, e.g. Appendix 1`,
      yearLabel: year ?? TODO,
      yearStarts: year ? yearStartDate(year.slice(0, 4)) : TODO,
      quarter: this.q,
      quarterFound: this.front.quarter !== undefined,
      councils: found.map((c) => ({
        code: c.code,
        name: c.name ?? `${TODO}: the full name of ${c.code}`,
        found: c.count === 0 ? "in the document's keywords" : plural(c.count, 'time'),
      })),
      planComments: this.front.planComments,
      sections: this.sections.filter((s) => s.actions.length > 0 || s.comments.length > 0),
      attention: this.attention,
      leftOut: this.leftOut,
      rowsNotImported: this.rowsNotImported,
      measureTables: this.measureTables,
    };
  }
}

/** A heading paragraph's level: "heading 2" → 2, an outline or list level + 1; undefined when unstyled. */
function headingLevel(p: DocParagraph): number | undefined {
  const styled = /^heading\s*(\d)$/i.exec(p.styleName);
  if (styled) return Number(styled[1]);
  return p.heading && p.listLevel !== undefined ? p.listLevel + 1 : undefined;
}

/** The document as a plan. Throws nothing: what it cannot place goes into `attention`. */
export function toPlan(body: DocBody, options: ImportOptions): ImportedPlan & { quarterFound: boolean } {
  const builder = new PlanBuilder(body, options);
  builder.read();
  return builder.result();
}
