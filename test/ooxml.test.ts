import {
  BorderStyle,
  Document,
  LevelFormat,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BULLETS_NUM_ID, cell, keepTableTogether, paragraph, row, run, table, textRuns } from '../src/docx/ooxml.js';
import { packDocument } from '../src/docx/pack.js';
import type { Appendix } from '../src/docx/render.js';

/**
 * plan writes its tables as WordprocessingML strings for speed (src/docx/ooxml.ts); docx's own Table is
 * the reference for what they must be. The same table, built both ways, gives the same XML: header row
 * repeated and kept whole, fixed widths, borders, shading, cell margins, bold, italic and coloured runs,
 * line breaks, escaping and list paragraphs.
 */

const WIDTHS = [3000, 2000, 5000];
const HEADINGS = ['Action', 'Status', 'Narrative'];

async function docxTable(): Promise<string> {
  const border = { style: BorderStyle.SINGLE, size: 4, color: 'BFBFBF' };
  const margins = { top: 60, left: 100, bottom: 60, right: 100, marginUnitType: WidthType.DXA };
  const width = (i: number) => ({ size: WIDTHS[i]!, type: WidthType.DXA });
  const p = (children: TextRun[], extra = {}) => new Paragraph({ spacing: { after: 60, before: 0 }, children, ...extra });
  const shade = (fill: string) => ({ fill, color: 'auto', type: ShadingType.CLEAR });
  const reference = new Table({
    width: { size: 10_000, type: WidthType.DXA },
    columnWidths: WIDTHS,
    layout: TableLayoutType.FIXED,
    borders: { top: border, left: border, bottom: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: HEADINGS.map(
          (h, i) =>
            new TableCell({
              width: width(i),
              shading: shade('1F3864'),
              margins,
              children: [p([new TextRun({ text: h, bold: true, color: 'FFFFFF' })], { keepNext: true })],
            }),
        ),
      }),
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            width: width(0),
            margins,
            children: [p([new TextRun({ text: 'Do & <it> "now"' }), new TextRun({ text: 'next line', break: 1 })])],
          }),
          new TableCell({
            width: width(1),
            shading: shade('C00000'),
            margins,
            children: [p([new TextRun({ text: 'RAG: Red', bold: true }), new TextRun({ text: ' (from the figures)', italics: true })])],
          }),
          new TableCell({
            width: width(2),
            margins,
            children: [
              p([new TextRun({ text: 'a sub-bullet' })], { numbering: { reference: 'bullets', level: 1 }, style: 'ListParagraph' }),
            ],
          }),
        ],
      }),
    ],
  });
  const bullets = [0, 1].map((level) => ({ level, format: LevelFormat.BULLET, text: '•' }));
  const doc = new Document({ numbering: { config: [{ reference: 'bullets', levels: bullets }] }, sections: [{ children: [reference] }] });
  const files = unzipSync(new Uint8Array(await Packer.toBuffer(doc)));
  return /<w:tbl>.*<\/w:tbl>/s.exec(strFromU8(files['word/document.xml']!))![0];
}

function planTable(): string {
  const header = row(
    HEADINGS.map((h, i) => cell([paragraph(textRuns(h, { bold: true, color: 'FFFFFF' }))], WIDTHS[i]!, '1F3864')),
    true,
  );
  const body = row([
    cell([paragraph(textRuns('Do & <it> "now"\nnext line'))], WIDTHS[0]!),
    cell([paragraph(run('RAG: Red', { bold: true }) + run(' (from the figures)', { italic: true }))], WIDTHS[1]!, 'C00000'),
    cell([paragraph(run('a sub-bullet'), { list: { numId: BULLETS_NUM_ID, level: 1 } })], WIDTHS[2]!),
  ]);
  return table([header, body], WIDTHS, 'BFBFBF');
}

/** docx numbers its own lists, and writes a quotation mark in text as &quot; (the same character to any reader). */
const sameNumbering = (xml: string) => xml.replace(/<w:numId w:val="\d+"\/>/g, '<w:numId w:val="N"/>').replace(/&quot;/g, '"');

describe('tables written as strings', () => {
  it('are the XML docx writes for the same table', async () => {
    const reference = await docxTable();
    expect(reference).toContain('<w:tblHeader/>');
    // The header row is kept with the first row below it.
    expect(reference).toContain('<w:keepNext/>');
    expect(sameNumbering(planTable())).toBe(sameNumbering(reference));
  });
});

describe('a table kept together', () => {
  it('keeps every paragraph of every row but the last with the next, after any paragraph style', () => {
    const rows = [0, 1, 2].map((i) =>
      row([cell([paragraph(run(`r${i}`)), paragraph(run('•'), { list: { numId: BULLETS_NUM_ID, level: 0 } })], 100), cell([], 100)]),
    );
    const kept = keepTableTogether(table(rows, [100, 100], '000000'));
    const keptRows = kept.split('</w:tr>');
    for (const r of keptRows.slice(0, 2)) {
      expect(r.match(/<w:p>/g)).toHaveLength(3);
      expect(r.match(/<w:keepNext\/>/g)).toHaveLength(3);
      // The schema's order: a paragraph's style comes before keepNext.
      expect(r).toContain('<w:pPr><w:pStyle w:val="ListParagraph"/><w:keepNext/><w:numPr>');
    }
    expect(keptRows[2]).not.toContain('keepNext');
    expect(keptRows).toHaveLength(4);
    expect(table(rows, [100, 100], '000000')).not.toContain('keepNext');
    // A header row, kept with the next already, is not given a second keepNext.
    const header = row([cell([paragraph(run('Council'))], 100)], true);
    expect(
      keepTableTogether(table([header, ...rows], [100], '000000'))
        .split('</w:tr>')[0]!
        .match(/<w:keepNext\/>/g),
    ).toHaveLength(1);
  });
});

describe("the parts plan writes instead of docx's", () => {
  const shell = (options: ConstructorParameters<typeof Document>[0]): Appendix => ({
    document: new Document(options),
    blocks: [],
    charts: [],
    numberingXml: '<w:numbering/>',
    properties: { title: 't', subject: 's', creator: 'plan', keywords: 'k', description: 'd', language: 'en-GB' },
    links: [],
  });
  const date = new Date(Date.UTC(2014, 2, 31));

  it('are written when docx has nothing of its own in them', async () => {
    await expect(packDocument(shell({ sections: [{ children: [new Paragraph('x')] }] }), date)).resolves.toBeInstanceOf(Uint8Array);
  });

  it('refuse a document whose metadata docx would write, since plan would drop it', async () => {
    await expect(
      packDocument(shell({ title: 'Set on the Document', sections: [{ children: [new Paragraph('x')] }] }), date),
    ).rejects.toThrow(/dc:title/);
  });

  it("refuse a numbered paragraph in docx's part of the document, whose numbering plan would drop", async () => {
    const numbered = new Paragraph({ text: 'x', numbering: { reference: 'n', level: 0 } });
    const options = {
      numbering: { config: [{ reference: 'n', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.' }] }] },
      sections: [{ children: [numbered] }],
    };
    await expect(packDocument(shell(options), date)).rejects.toThrow(/numbered paragraph/);
  });
});
