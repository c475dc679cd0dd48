import { AlignmentType, Document, Footer, HeadingLevel, type IRunOptions, PageNumber, PageOrientation, Paragraph, TextRun } from 'docx';
import type { Block, Inline, RichText } from '../plan/model.js';
import type { ActionRow, CoreProperties, ReportModel, SectionModel, SummaryChart, SummaryTarget } from '../report/model.js';
import { actionColumnWidths } from '../template/lead-and-due.js';
import type { Template } from '../template/schema.js';
import { type ColumnChart, chartParagraphXml, chartRelId } from './chart.js';
import { measureRows, measureWidths } from './measures.js';
import {
  BULLETS_NUM_ID,
  cell,
  hyperlink,
  keepTableTogether,
  numberingXml,
  paragraph,
  row,
  run,
  table,
  textLines,
  textRuns,
} from './ooxml.js';

/**
 * The pure renderer: the report model in (src/report decides every word), an Appendix out (a `docx`
 * Document for the shell, the tables and charts as WordprocessingML); it only lays the model out. It
 * never touches the file system, the clock or randomness, so the same input always gives the same
 * document.
 */

/** A paragraph of plain text in one style. */
interface Line {
  text: string;
  italic?: boolean;
  bold?: boolean;
}

const TWIPS_PER_MM = 1440 / 25.4;
/** A pixel at 96 dpi is 15 twentieths of a point. */
const TWIPS_PER_PIXEL = 15;
const PAGE_SIZES_MM: Record<Template['page']['size'], [number, number]> = { A4: [210, 297], A3: [297, 420], Letter: [215.9, 279.4] };

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

  constructor(private readonly model: ReportModel) {}

  private get t(): Template {
    return this.model.template;
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

  /** The height of the page inside its margins, in twips. */
  private pageTextHeight(): number {
    const [short, long] = PAGE_SIZES_MM[this.t.page.size];
    const height = this.t.page.orientation === 'landscape' ? short : long;
    return Math.floor((height - 2 * this.t.page.marginMm) * TWIPS_PER_MM);
  }

  /**
   * A generous guess at the height of a cell's paragraphs, in twips: lines of about half an em per
   * character, 1.2 lines of leading, 3 pt after each paragraph.
   */
  private estimatedHeight(paragraphs: readonly string[], width: number): number {
    const pt = this.t.font.sizePt;
    const perLine = Math.max(1, Math.floor((width - 200) / (pt * 10)));
    let lines = 0;
    for (const p of paragraphs) {
      const text = [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>|<w:br\/>/g)].map((m) => m[1] ?? '\n').join('');
      for (const line of text.split('\n')) lines += Math.max(1, Math.ceil(line.length / perLine));
    }
    return lines * pt * 24 + paragraphs.length * 60;
  }

  private line(line: Line | undefined): string[] {
    return line ? [paragraph(textRuns(line.text, { italic: line.italic, bold: line.bold }))] : [];
  }

  private statusParagraphs(r: ActionRow): string[] {
    const paragraphs = [paragraph(textRuns(r.status))];
    if (r.statusDerivedNote) paragraphs.push(paragraph(run(r.statusDerivedNote, { italic: true })));
    if (r.ragLine)
      paragraphs.push(
        paragraph(run(r.ragLine.label, { bold: true }) + (r.ragLine.reason ? run(` ${r.ragLine.reason}`, { italic: true }) : '')),
      );
    if (r.ended) paragraphs.push(paragraph(run(r.ended.line, { italic: true })));
    if (r.movementLine) paragraphs.push(...this.line({ text: r.movementLine, italic: true }));
    return paragraphs;
  }

  private narrativeParagraphs(r: ActionRow): string[] {
    const out = r.figureLines.map((f) =>
      paragraph(textRuns(f.text) + (f.note ? run(f.note.label, { italic: true }, true) + run(f.note.text, { italic: true }) : '')),
    );
    if (r.combinedLine) out.push(...this.line({ text: r.combinedLine, bold: true }));
    for (const m of r.measureLines) out.push(...this.line({ text: m, italic: true }));
    if (r.narrative) out.push(...this.rich(r.narrative));
    // No empty cells: the model's mark for nothing written.
    return out.length > 0 ? out : [paragraph(textRuns(r.empty))];
  }

  /**
   * A placeholder paragraph where the block goes; pack.ts swaps in the block. A table `keepTogether`
   * stays on one page with its heading when it fits (up to three lines a row).
   */
  private placeholder(xml: string, options: { keepTogether?: boolean } = {}): Paragraph {
    const rows = xml.split('</w:tr>').length - 1;
    const fits = rows * 3 * this.t.font.sizePt * 1.2 * 20 + 1000 < this.contentHeight();
    if (options.keepTogether && fits) xml = keepTableTogether(xml);
    this.blocks.push(Buffer.from(xml, 'utf8'));
    return new Paragraph({ children: [new TextRun(`${BLOCK_PLACEHOLDER}${this.blocks.length - 1}`)] });
  }

  /** The lead officer and due date, a paragraph each. */
  private scheduleParagraphs(r: ActionRow): string[] {
    return (r.schedule?.lines ?? []).map((l) => paragraph(textRuns(l)));
  }

  sectionTable(section: SectionModel): Paragraph {
    const total = this.contentWidth();
    const inColumn = section.scheduleColumn !== undefined;
    const widths = actionColumnWidths(this.t.columns, this.t.leadAndDue).map((w) => Math.floor((total * w) / 100));
    const statusAt = inColumn ? 2 : 1;
    const rows = section.rows.map((r) => {
      const action = [...this.rich(r.action), ...this.line(r.targetLine === undefined ? undefined : { text: r.targetLine, italic: true })];
      const schedule = this.scheduleParagraphs(r);
      const cells = inColumn
        ? [action, schedule.length > 0 ? schedule : [paragraph(textRuns(r.empty))], this.statusParagraphs(r), this.narrativeParagraphs(r)]
        : [[...action, ...schedule], this.statusParagraphs(r), this.narrativeParagraphs(r)];
      const xml = row(cells.map((c, i) => cell(c, widths[i]!, i === statusAt && r.rag ? this.t.colours[r.rag] : undefined)));
      // A row kept whole that is taller than a page loses its last lines in LibreOffice (and so in the
      // PDF); Word splits it anyway. Such a row may split.
      const tallest = Math.max(...cells.map((c, i) => this.estimatedHeight(c, widths[i]!)));
      return tallest > this.pageTextHeight() * 0.8 ? xml.replace('<w:cantSplit/>', '') : xml;
    });
    const headings = inColumn ? [section.columns[0], section.scheduleColumn!, section.columns[1], section.columns[2]] : section.columns;
    return this.placeholder(this.table(headings, widths, rows));
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

  private summaryTable(target: SummaryTarget): Paragraph {
    const total = this.contentWidth();
    const first = Math.floor(total * 0.22);
    const rest = Math.floor((total - first) / (target.columns.length - 1));
    const widths = [first, ...target.columns.slice(1).map(() => rest)];
    const rows = target.rows.map((r) =>
      row(
        [r.label, ...r.cells].map((text, i) =>
          cell([paragraph(textRuns(text, { bold: r.combined }), { align: i === 0 ? 'left' : 'right' })], widths[i]!),
        ),
      ),
    );
    return this.placeholder(this.table(target.columns, widths, rows), { keepTogether: true });
  }

  private chart(c: SummaryChart): Paragraph {
    const chart: ColumnChart = {
      title: c.title,
      categories: c.categories,
      series: c.series.map((s) => ({ name: s.name, values: s.values, color: this.t.colours[s.colour] })),
      numberFormat: '"£"#,##0',
      scale: c.scale,
      font: this.t.font.family,
      // The full width of the text; as tall as the bars need (three per council), at most the page.
      width: Math.floor(this.contentWidth() / TWIPS_PER_PIXEL),
      height: Math.min(140 + c.categories.length * 3 * 26, Math.floor(this.contentHeight() / TWIPS_PER_PIXEL)),
      altName: c.name,
      altDescription: c.description,
    };
    this.charts.push(chart);
    return this.placeholder(chartParagraphXml(chart, chartRelId(this.charts.length), this.charts.length));
  }

  /** The actions past their due date: a heading, a line and a bullet each. */
  overdue(): Paragraph[] {
    const overdue = this.model.overdue;
    if (!overdue) return [];
    const list = [
      paragraph(textRuns(overdue.intro)),
      ...overdue.items.map((i) => paragraph(textRuns(i), { list: { numId: BULLETS_NUM_ID, level: 0 } })),
    ];
    return [
      new Paragraph({ heading: HeadingLevel.HEADING_1, keepNext: true, children: docxTextRuns(overdue.heading) }),
      this.placeholder(list.join('')),
    ];
  }

  summary(): Paragraph[] {
    const summary = this.model.summary;
    if (!summary) return [];
    const out: Paragraph[] = [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(summary.heading)] })];
    for (const target of this.model.targets) {
      out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: docxTextRuns(target.heading) }));
      out.push(this.summaryTable(target));
      if (target.chart) out.push(this.chart(target.chart));
    }
    out.push(
      new Paragraph({
        spacing: { before: 120, after: 60 },
        children: [new TextRun({ text: summary.note, italics: true })],
      }),
    );
    return out;
  }

  /** The measures summary: a heading, the table (measures.ts) and the rule under it. */
  measures(): Paragraph[] {
    const m = this.model.measures;
    if (!m) return [];
    const widths = measureWidths(m, this.contentWidth());
    return [
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(m.heading)] }),
      this.placeholder(this.table(m.columns, widths, measureRows(m, widths, this.t.colours)), { keepTogether: true }),
      new Paragraph({ spacing: { before: 120, after: 60 }, children: [new TextRun({ text: m.note, italics: true })] }),
    ];
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

/** Each chart's alt text, in order, as the PDF's figures carry it: its title, then its figures in words. */
export function figureAlts(appendix: Appendix): string[] {
  return appendix.charts.map((chart) => `${chart.title}. ${chart.altDescription}`);
}

/** The relationship id of link n (from 1). */
export function linkRelId(n: number): string {
  return `rIdLink${n}`;
}

/** The placeholder paragraph for block n reads "plan-block-placeholder-n" until the document is packed. */
export const BLOCK_PLACEHOLDER = 'plan-block-placeholder-';

export function buildAppendix(model: ReportModel): Appendix {
  const { template: t, description } = model;
  const renderer = new Renderer(model);

  const body: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: docxTextRuns(description.title) }),
    new Paragraph({ children: docxTextRuns(description.subtitle, { italics: true }), spacing: { after: 200 } }),
    ...renderer.summary(),
    ...renderer.overdue(),
    ...renderer.measures(),
  ];
  for (const section of model.sections) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, keepNext: true, children: docxTextRuns(section.heading) }));
    body.push(renderer.sectionTable(section));
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
