import { AlignmentType, Document, Footer, HeadingLevel, type IRunOptions, PageNumber, PageOrientation, Paragraph, TextRun } from 'docx';
import { chartWords, formatPaceGap, formatPercent, roundingSentence } from '../compute/format.js';
import type { FigureMove } from '../compute/movement.js';
import type { QuarterReport } from '../compute/quarter-report.js';
import type { ActionFigures, CouncilFigures, Figures } from '../compute/savings.js';
import type { Action, Block, Inline, Plan, Rag, RichText, Update } from '../plan/model.js';
import { QUARTERS_PER_YEAR, type Quarter, quarterMonths, quarterOrdinal, quartersElapsed } from '../plan/quarters.js';
import { formatMoney } from '../shared/numbers.js';
import { capitalise, clipSlug, listAnd, NO_TEXT, slugify } from '../shared/words.js';
import { fillPattern, type Template } from '../template/schema.js';
import { type ColumnChart, chartParagraphXml, chartRelId } from './chart.js';
import { BULLETS_NUM_ID, cell, hyperlink, numberingXml, paragraph, row, run, table, textLines, textRuns } from './ooxml.js';

/**
 * The pure renderer: plan, figures and template in, an Appendix out (a `docx` Document for the shell,
 * the tables and charts as WordprocessingML). It never touches the file system, the clock or
 * randomness, so the same input always gives the same document.
 */

export interface AppendixInput extends Omit<QuarterReport, 'movements'> {
  template: Template;
  /** Left out where nothing moved (tests, and the first quarter of a plan). */
  movements?: QuarterReport['movements'];
}

/** The document's properties, as Word shows them under File > Info. */
export interface CoreProperties {
  title: string;
  subject: string;
  creator: string;
  keywords: string;
  description: string;
  language: string;
}

export interface AppendixDescription {
  title: string;
  subtitle: string;
  /** File name without folder, ending .docx. */
  fileName: string;
  /** The document's properties (title, subject, …), written once, by pack.ts, as docProps/core.xml. */
  properties: CoreProperties;
}

const TWIPS_PER_MM = 1440 / 25.4;
/** A pixel at 96 dpi is 15 twentieths of a point. */
const TWIPS_PER_PIXEL = 15;
const PAGE_SIZES_MM: Record<Template['page']['size'], [number, number]> = { A4: [210, 297], A3: [297, 420], Letter: [215.9, 279.4] };
const RAG_WORDS: Record<Rag, string> = { red: 'Red', amber: 'Amber', green: 'Green' };

/** Title, subtitle and file name, from the template's patterns. */
export function describeAppendix(plan: Plan, quarter: Quarter, template: Template): AppendixDescription {
  const values = {
    plan: plan.title,
    year: plan.financialYear.label,
    quarter,
    appendix: plan.appendix,
    quarterName: quarterOrdinal(quarter),
    quarterMonths: quarterMonths(quarter, { year: plan.financialYear.startYear, month: plan.financialYear.startMonth }),
  };
  const title = fillPattern(template.title, values);
  return {
    title,
    subtitle: fillPattern(template.subtitle, values),
    // A long title is shortened in the file name (the year and quarter stay), and the name kept well
    // under the file system's limit whatever the pattern.
    fileName: `${clipSlug(slugify(fillPattern(template.fileName, { ...values, plan: clipSlug(slugify(values.plan), 60) })), 150) || 'report'}.docx`,
    properties: {
      title,
      subject: `${plan.title} ${plan.financialYear.label}: progress at the end of the ${values.quarterName} (${quarter})`,
      creator: 'plan',
      keywords: ['procurement', 'action plan', plan.financialYear.label, quarter, ...plan.councils.map((c) => c.code)].join('; '),
      description: `${plan.appendix}: ${plan.title} ${plan.financialYear.label}, ${quarter} update.`,
      language: template.language,
    },
  };
}

/** Plain text as docx runs with real line breaks (docx shows "\n" as a space); see textLines. */
function docxTextRuns(text: string, options: Omit<IRunOptions, 'text' | 'break'> = {}): TextRun[] {
  return textLines(text).map((line, i) => new TextRun({ ...options, text: line, ...(i > 0 ? { break: 1 } : {}) }));
}

/**
 * Rich-text runs; a line break starts the next run on a new line, two in a row leave an empty line.
 * A link is related to its address as `link(href)` gives it.
 */
function inlineRuns(inlines: readonly Inline[], link: (href: string) => string): string {
  let runs = '';
  let pendingBreak = false;
  for (const inline of inlines) {
    if ('lineBreak' in inline) {
      if (pendingBreak) runs += run('', {}, true);
      pendingBreak = true;
      continue;
    }
    if (pendingBreak) runs += run('', {}, true);
    runs += inline.href === undefined ? run(inline.text) : hyperlink(link(inline.href), inline.text);
    pendingBreak = false;
  }
  return runs;
}

/**
 * Why the figures give the rating they do, so that a status written by the officer ("On track for WBC
 * and NDC") is never shown beside a red rating unexplained: "from the figures: EDC behind pace".
 */
function ragReason(f: ActionFigures): string {
  const worst = f.councils.filter((c) => c.rag === f.rag).map((c) => c.code);
  if (f.rag === 'green') return 'from the figures: on or ahead of pace';
  const behind = f.rag === 'red' ? 'behind pace' : 'a little behind pace';
  return `from the figures: ${listAnd(worst)} ${behind}`;
}

/** "up £13,726 since Q2", "down £500 since Q2", "no change since Q2". */
function movedSince(move: FigureMove, previous: Quarter): string {
  if (move.delta === 0) return `no change since ${previous}`;
  return `${move.delta > 0 ? 'up' : 'down'} ${formatMoney(Math.abs(move.delta))} since ${previous}`;
}

/** "+£13,726", "–£500", "no change": the summary table's movement column. */
function signedMoney(delta: number): string {
  if (delta === 0) return 'no change';
  return delta > 0 ? `+${formatMoney(delta)}` : `–${formatMoney(-delta)}`;
}

/**
 * The report's tables and charts, as WordprocessingML strings (see ooxml.ts for why), and the rest of the
 * body's pieces as docx objects.
 */
class Renderer {
  /** The web addresses the text links to, in order: link n is related to the document as rIdLink{n}. */
  readonly links: string[] = [];
  private readonly linkIds = new Map<string, string>();
  /**
   * Tables and chart paragraphs, in order, as UTF-8 bytes (half the memory of the strings for a large
   * report); the body holds a placeholder paragraph for each (see BLOCK_PLACEHOLDER).
   */
  readonly blocks: Uint8Array[] = [];
  /** The charts, in order: chart n is word/charts/chart{n}.xml, related as rIdChart{n}. */
  readonly charts: ColumnChart[] = [];

  constructor(private readonly input: AppendixInput) {}

  private get t(): Template {
    return this.input.template;
  }

  /** Rich text as real Word paragraphs, bullets as a real Word list with one level per indent. */
  rich(text: RichText): string[] {
    return text.map((block: Block) =>
      paragraph(
        inlineRuns(block.inlines, this.link),
        block.kind === 'bullet' ? { list: { numId: BULLETS_NUM_ID, level: block.level } } : {},
      ),
    );
  }

  /** The relationship id of a link's address (one per address). */
  private link = (href: string): string => {
    let id = this.linkIds.get(href);
    if (id === undefined) {
      this.links.push(href);
      id = linkRelId(this.links.length);
      this.linkIds.set(href, id);
    }
    return id;
  };

  private contentHeight(): number {
    const [short, long] = PAGE_SIZES_MM[this.t.page.size];
    const height = this.t.page.orientation === 'landscape' ? short : long;
    // The heading above the chart and the paragraph below it need room on the page too.
    return Math.floor((height - 2 * this.t.page.marginMm - 40) * TWIPS_PER_MM);
  }

  private contentWidth(): number {
    const [short, long] = PAGE_SIZES_MM[this.t.page.size];
    const width = this.t.page.orientation === 'landscape' ? long : short;
    return Math.floor((width - 2 * this.t.page.marginMm) * TWIPS_PER_MM);
  }

  private money = (n: number) => formatMoney(n);
  private pct = (part: number, whole: number) => formatPercent(part, whole, this.t.rounding.percentDecimals);

  /** "CDC – £53,726 achieved – i.e. 72% of the £75,000 annual target at the end of the third quarter", then the note. */
  private councilLine(c: CouncilFigures, f: ActionFigures): string {
    const move = this.input.movements?.get(f.actionId);
    const since = move && !move.isNew ? move.figures.find((m) => m.code === c.code) : undefined;
    let text = `${c.code} – ${this.money(c.achieved)} ${f.achievedLabel}${since ? ` (${movedSince(since, move!.previous)})` : ''} – i.e. ${this.pct(c.achieved, c.target)} of the ${this.money(c.target)} annual target at the end of the ${quarterOrdinal(f.quarter)}`;
    if (c.pending > 0) text += `; ${f.pendingLabel} ${this.money(c.pending)}, not yet secured`;
    // The officer's note on a council's figures reads as a note, under the computed line.
    return paragraph(textRuns(text) + (c.note ? run('Note: ', { italic: true }, true) + run(c.note, { italic: true }) : ''));
  }

  private figuresParagraphs(f: ActionFigures): string[] {
    const out = f.councils.map((c) => this.councilLine(c, f));
    if (f.councils.length > 1) {
      out.push(
        paragraph(
          textRuns(
            `Combined – ${this.money(f.combined.achieved)} ${f.achievedLabel} – i.e. ${this.pct(f.combined.achieved, f.combined.target)} of the ${this.money(f.combined.target)} annual target`,
            { bold: true },
          ),
        ),
      );
    }
    return out;
  }

  private targetParagraph(action: Action): string[] {
    if (!action.target) return [];
    const names = new Map(this.input.plan.councils.map((c) => [c.code, c.name]));
    const amounts = Object.entries(action.target.amounts);
    const total = amounts.reduce((sum, [, v]) => sum + v, 0);
    const text = `Annual target: ${amounts.map(([code, v]) => `${names.get(code) ?? code} – ${this.money(v)}`).join('; ')}${amounts.length > 1 ? `; combined ${this.money(total)}` : ''}.`;
    return [paragraph(textRuns(text, { italic: true }))];
  }

  /** "Since Q2: was “Onward going”", "Since Q2: status unchanged", "New since Q2". */
  private movementParagraph(actionId: string): string[] {
    const move = this.input.movements?.get(actionId);
    if (!move) return [];
    const rated = (rag: Rag | undefined) => (rag ? RAG_WORDS[rag] : 'not rated');
    const changes = [
      ...(move.statusChanged ? [`was “${move.statusFrom ?? ''}”`] : []),
      ...(move.ragChanged ? [`RAG was ${rated(move.ragFrom)}`] : []),
    ];
    const unchanged = move.ragFrom || move.ragTo ? 'status and RAG unchanged' : 'status unchanged';
    const text = move.isNew
      ? `New since ${move.previous}`
      : `Since ${move.previous}: ${changes.length > 0 ? changes.join('; ') : unchanged}`;
    return [paragraph(textRuns(text, { italic: true }))];
  }

  private statusParagraphs(update: Update | undefined, f: ActionFigures | undefined): { paragraphs: string[]; rag: Rag | undefined } {
    const status = f?.status ?? update?.status ?? '';
    const rag = f?.rag ?? update?.rag;
    const paragraphs = [paragraph(textRuns(status))];
    if (f?.statusDerived) paragraphs.push(paragraph(run('(derived from the figures)', { italic: true })));
    if (rag)
      paragraphs.push(
        paragraph(run(`RAG: ${RAG_WORDS[rag]}`, { bold: true }) + (f?.ragDerived ? run(` (${ragReason(f)})`, { italic: true }) : '')),
      );
    if (update?.ended) paragraphs.push(paragraph(run(`${capitalise(update.ended)}: no further updates`, { italic: true })));
    return { paragraphs, rag };
  }

  /** A placeholder paragraph where the block goes; pack.ts swaps in the block. */
  private placeholder(xml: string): Paragraph {
    this.blocks.push(Buffer.from(xml, 'utf8'));
    return new Paragraph({ children: [new TextRun(`${BLOCK_PLACEHOLDER}${this.blocks.length - 1}`)] });
  }

  sectionTable(actions: readonly Action[]): Paragraph {
    const { columns } = this.t;
    const total = this.contentWidth();
    const widths = [columns.action, columns.status, columns.narrative].map((c) => Math.floor((total * c.widthPercent) / 100));
    const rows = actions.map((action) => {
      const update = action.updates[this.input.quarter];
      const f = this.input.figures.get(action.id);
      const status = this.statusParagraphs(update, f);
      status.paragraphs.push(...this.movementParagraph(action.id));
      const narrative = [...(f ? this.figuresParagraphs(f) : []), ...(update?.narrative ? this.rich(update.narrative) : [])];
      return row([
        cell([...this.rich(action.text), ...this.targetParagraph(action)], widths[0]!),
        cell(status.paragraphs, widths[1]!, status.rag ? this.t.colours[status.rag] : undefined),
        // No empty cells: NO_TEXT when nothing was written.
        cell(narrative.length > 0 ? narrative : [paragraph(textRuns(NO_TEXT))], widths[2]!),
      ]);
    });
    return this.placeholder(this.table([columns.action.heading, columns.status.heading, columns.narrative.heading], widths, rows));
  }

  /** Every table in the report: full width, fixed columns, a header row that repeats on each page. */
  private table(headings: readonly string[], widths: readonly number[], rows: readonly string[]): string {
    const header = row(
      headings.map((h, i) =>
        cell([paragraph(textRuns(h, { bold: true, color: this.t.colours.headerText }))], widths[i]!, this.t.colours.headerFill),
      ),
      true,
    );
    return table([header, ...rows], widths, this.t.colours.border);
  }

  private summaryTable(f: ActionFigures): Paragraph {
    const q = f.quarter;
    const hasPending = f.councils.some((c) => c.pending > 0);
    const move = this.input.movements?.get(f.actionId);
    const moves = move && !move.isNew ? move : undefined;
    const headings = [
      'Council',
      'Annual target',
      capitalise(f.achievedLabel),
      ...(moves ? [`Since ${moves.previous}`] : []),
      '% of target',
      `Expected by end of ${q}`,
      'Against pace',
      'Still to achieve',
      ...(hasPending ? [capitalise(`${f.pendingLabel} (not yet secured)`)] : []),
    ];
    const total = this.contentWidth();
    const first = Math.floor(total * 0.22);
    const rest = Math.floor((total - first) / (headings.length - 1));
    const widths = [first, ...headings.slice(1).map(() => rest)];
    const figureRow = (label: string, x: Figures, bold: boolean, moved: FigureMove | undefined) =>
      row(
        [
          label,
          this.money(x.target),
          this.money(x.achieved),
          ...(moves ? [moved ? signedMoney(moved.delta) : ''] : []),
          this.pct(x.achieved, x.target),
          this.money(x.expected),
          formatPaceGap(x.paceGap),
          this.money(x.remaining),
          ...(hasPending ? [this.money(x.pending)] : []),
        ].map((text, i) => cell([paragraph(textRuns(text, { bold }), { align: i === 0 ? 'left' : 'right' })], widths[i]!)),
      );
    return this.placeholder(
      this.table(headings, widths, [
        ...f.councils.map((c) =>
          figureRow(
            `${c.name} (${c.code})`,
            c,
            false,
            moves?.figures.find((m) => m.code === c.code),
          ),
        ),
        ...(f.councils.length > 1 ? [figureRow('Combined', f.combined, true, moves?.combined)] : []),
      ]),
    );
  }

  private chart(f: ActionFigures): Paragraph {
    const q = f.quarter;
    const words = chartWords(f);
    const chart: ColumnChart = {
      title: words.title,
      categories: f.councils.map((c) => c.code),
      series: [
        { name: capitalise(f.achievedLabel), values: f.councils.map((c) => c.achieved), color: this.t.colours.chartAchieved },
        { name: `Expected by ${q}`, values: f.councils.map((c) => c.expected), color: this.t.colours.chartExpected },
        { name: 'Annual target', values: f.councils.map((c) => c.target), color: this.t.colours.chartTarget },
      ],
      numberFormat: '"£"#,##0',
      font: this.t.font.family,
      // The full width of the text; as tall as the bars need (three per council), at most the page.
      width: Math.floor(this.contentWidth() / TWIPS_PER_PIXEL),
      height: Math.min(140 + f.councils.length * 3 * 26, Math.floor(this.contentHeight() / TWIPS_PER_PIXEL)),
      altName: `${capitalise(f.measure)} chart`,
      altDescription: words.description,
    };
    this.charts.push(chart);
    return this.placeholder(chartParagraphXml(chart, chartRelId(this.charts.length), this.charts.length));
  }

  summary(sectionOf: (actionId: string) => string): Paragraph[] {
    const figures = [...this.input.figures.values()];
    if (!this.t.summary.show || figures.length === 0) return [];
    const q = this.input.quarter;
    const out: Paragraph[] = [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Savings summary')] })];
    for (const f of figures) {
      out.push(
        new Paragraph({ heading: HeadingLevel.HEADING_2, children: docxTextRuns(`${capitalise(f.measure)}: ${sectionOf(f.actionId)}`) }),
      );
      out.push(this.summaryTable(f));
      if (this.t.summary.chart) out.push(this.chart(f));
    }
    const share = `${(quartersElapsed(q) * 100) / QUARTERS_PER_YEAR}%`;
    out.push(
      new Paragraph({
        spacing: { before: 120, after: 60 },
        children: [
          new TextRun({
            text: `"Expected by end of ${q}" assumes a straight-line pace: ${share} of the annual target by the end of the ${quarterOrdinal(q)}. ${roundingSentence(this.t.rounding.percentDecimals)} A RAG rating derived from the figures is green on or ahead of pace, amber at or above ${this.t.rag.amberFromPercentOfPace}% of the expected amount, red below; for an action it is the lowest of its councils.`,
            italics: true,
          }),
        ],
      }),
    );
    return out;
  }
}

/**
 * The appendix: docx's Document for the shell (styles, headings, footer, properties), and the tables,
 * charts and list numbering as WordprocessingML, which packDocument puts in their places.
 */
export interface Appendix {
  document: Document;
  /** Block n (UTF-8 XML) replaces the paragraph that reads BLOCK_PLACEHOLDER + n. */
  blocks: readonly Uint8Array[];
  /** Chart n (from 1) is word/charts/chart{n}.xml, related to the document as rIdChart{n}. */
  charts: readonly ColumnChart[];
  numberingXml: string;
  properties: CoreProperties;
  /** Link n (from 1) is an external relationship of the document, rIdLink{n}, to this address. */
  links: readonly string[];
}

/** The relationship id of link n (from 1). */
export function linkRelId(n: number): string {
  return `rIdLink${n}`;
}

/** The placeholder paragraph for block n reads "plan-block-placeholder-n" until the document is packed. */
export const BLOCK_PLACEHOLDER = 'plan-block-placeholder-';

export function buildAppendix(input: AppendixInput): Appendix {
  const { plan, quarter, template: t } = input;
  const description = describeAppendix(plan, quarter, t);
  const renderer = new Renderer(input);
  // The summary names the section each figure comes from in words: "section 2, Savings and Value for Money".
  const sectionNames = new Map(plan.sections.flatMap((s) => s.actions.map((a) => [a.id, `section ${s.number}, ${s.title}`] as const)));
  const sectionOf = (id: string) => sectionNames.get(id) ?? '';

  const body: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: docxTextRuns(description.title) }),
    new Paragraph({ children: docxTextRuns(description.subtitle, { italics: true }), spacing: { after: 200 } }),
    ...renderer.summary(sectionOf),
  ];
  for (const section of plan.sections) {
    body.push(
      new Paragraph({ heading: HeadingLevel.HEADING_1, keepNext: true, children: docxTextRuns(`${section.number} ${section.title}`) }),
    );
    body.push(renderer.sectionTable(section.actions));
  }
  const [short, long] = PAGE_SIZES_MM[t.page.size];
  const margin = Math.round(t.page.marginMm * TWIPS_PER_MM);
  const halfPoints = (pt: number) => Math.round(pt * 2);
  const language = { value: t.language };

  // The document's properties are not given to docx: pack.ts writes them (see AppendixDescription).
  const document = new Document({
    styles: {
      default: {
        document: { run: { font: t.font.family, size: halfPoints(t.font.sizePt), language } },
        title: {
          run: { font: t.font.family, size: halfPoints(t.font.titleSizePt), bold: true, language },
          paragraph: { spacing: { after: 120 } },
        },
        heading1: {
          run: { font: t.font.family, size: halfPoints(t.font.headingSizePt), bold: true, color: t.colours.headerFill, language },
          paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, outlineLevel: 0 },
        },
        heading2: {
          run: { font: t.font.family, size: halfPoints(t.font.sizePt + 1), bold: true, language },
          paragraph: { spacing: { before: 180, after: 80 }, keepNext: true, outlineLevel: 1 },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: {
              width: Math.round(short * TWIPS_PER_MM),
              height: Math.round(long * TWIPS_PER_MM),
              orientation: t.page.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: {
              top: margin,
              bottom: margin,
              left: margin,
              right: margin,
              header: Math.round(margin / 2),
              footer: Math.round(margin / 2),
            },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
                    size: halfPoints(Math.max(t.font.sizePt - 1, 6)),
                  }),
                ],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  });
  return {
    document,
    blocks: renderer.blocks,
    charts: renderer.charts,
    numberingXml: numberingXml(),
    properties: description.properties,
    links: renderer.links,
  };
}
