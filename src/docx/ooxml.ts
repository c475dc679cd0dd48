/**
 * WordprocessingML written as strings, for the report's tables: the bulk of a large report.
 *
 * The docx library builds every paragraph, run and cell as an object tree, then turns the tree into
 * XML; for a plan of thousands of actions that costs seconds and gigabytes. The tables use a handful of
 * elements with fixed properties, so they are written here directly, with the same elements and
 * properties docx would write for them. docx still builds the rest of the document (styles, headings,
 * footer); pack.ts puts the tables in their places and adds numbering.xml.
 * Text is checked before it gets here (no control characters, lone surrogates or non-characters), so
 * escaping `&`, `<` and `>` is all XML needs.
 */

function xmlText(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/** All five XML entities: for attribute values, and where output must match docx's escaping. */
export function xmlEscape(text: string): string {
  return xmlText(text).replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** The lines of plain text; a tab (the validator warns about it) shows as a space. */
export function textLines(text: string): string[] {
  return text.replace(/\t/g, ' ').split('\n');
}

export interface RunStyle {
  bold?: boolean;
  italic?: boolean;
  /** Hex colour without "#". */
  color?: string;
}

/** One run of text; `breakBefore` starts it on a new line (Word's `<w:br/>`). */
export function run(text: string, style: RunStyle = {}, breakBefore = false): string {
  const props = `${style.bold ? '<w:b/><w:bCs/>' : ''}${style.italic ? '<w:i/><w:iCs/>' : ''}${style.color ? `<w:color w:val="${style.color}"/>` : ''}`;
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}${breakBefore ? '<w:br/>' : ''}${text ? `<w:t xml:space="preserve">${xmlText(text)}</w:t>` : ''}</w:r>`;
}

/** Plain text with new lines as line breaks (see textLines). */
export function textRuns(text: string, style: RunStyle = {}): string {
  return textLines(text)
    .map((line, i) => run(line, style, i > 0))
    .join('');
}

export interface ParagraphOptions {
  /** A list paragraph: its numbering instance and level (0–8). */
  list?: { numId: number; level: number };
  /** Left indent in twentieths of a point. */
  indentLeft?: number;
  align?: 'left' | 'right';
}

/** Every table paragraph has the same spacing: nothing before, 3 pt after. */
const TABLE_SPACING = '<w:spacing w:after="60" w:before="0"/>';

export function paragraph(runs: string, options: ParagraphOptions = {}): string {
  const { list, indentLeft, align } = options;
  const numbering = list
    ? `<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="${list.level}"/><w:numId w:val="${list.numId}"/></w:numPr>`
    : '';
  return `<w:p><w:pPr>${numbering}${TABLE_SPACING}${indentLeft ? `<w:ind w:left="${indentLeft}"/>` : ''}${align ? `<w:jc w:val="${align}"/>` : ''}</w:pPr>${runs}</w:p>`;
}

const CELL_MARGINS =
  '<w:tcMar><w:top w:type="dxa" w:w="60"/><w:left w:type="dxa" w:w="100"/><w:bottom w:type="dxa" w:w="60"/><w:right w:type="dxa" w:w="100"/></w:tcMar>';

/** A table cell; Word needs at least one paragraph in every cell. */
export function cell(paragraphs: readonly string[], width: number, fill?: string): string {
  const shading = fill ? `<w:shd w:fill="${fill}" w:color="auto" w:val="clear"/>` : '';
  return `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/>${shading}${CELL_MARGINS}</w:tcPr>${paragraphs.length ? paragraphs.join('') : '<w:p/>'}</w:tc>`;
}

/**
 * A row that never breaks across pages; a header row repeats at the top of each page and is kept with
 * the first row below it, so a heading and a table's header row never end a page on their own.
 */
export function row(cells: readonly string[], header = false): string {
  const xml = `<w:tr><w:trPr><w:cantSplit/>${header ? '<w:tblHeader/>' : ''}</w:trPr>${cells.join('')}</w:tr>`;
  return header ? keepWithNext(xml) : xml;
}

/** Word's keep-with-next on every paragraph of a row (once): after the style, where the schema puts it. */
function keepWithNext(rowXml: string): string {
  return rowXml
    .replace(/<w:pPr>(<w:pStyle w:val="[^"]*"\/>)?(<w:keepNext\/>)?/g, (kept, style = '', keep) =>
      keep ? kept : `<w:pPr>${style}<w:keepNext/>`,
    )
    .replace(/<w:p\/>/g, '<w:p><w:pPr><w:keepNext/></w:pPr></w:p>');
}

/**
 * The table kept on one page, and with the heading above it (a heading is kept with its next
 * paragraph): Word's way is keep-with-next on every paragraph of every row but the last, each row
 * whole (cantSplit, see row). Word and LibreOffice both honour it, and break a table longer than a
 * page where they must.
 */
export function keepTableTogether(tableXml: string): string {
  const rows = tableXml.split('</w:tr>');
  return rows.map((r, i) => (i < rows.length - 2 ? keepWithNext(r) : r)).join('</w:tr>');
}

/** A full-width table with fixed column widths and single-line borders in `borderColour`. */
export function table(rows: readonly string[], widths: readonly number[], borderColour: string): string {
  const line = `w:val="single" w:color="${borderColour}" w:sz="4"`;
  const borders = `<w:tblBorders><w:top ${line}/><w:left ${line}/><w:bottom ${line}/><w:right ${line}/><w:insideH ${line}/><w:insideV ${line}/></w:tblBorders>`;
  const total = widths.reduce((sum, w) => sum + w, 0);
  return `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${total}"/>${borders}<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${rows.join('')}</w:tbl>`;
}

const BULLET_SYMBOLS = ['•', '◦', '▪'];
const LEVELS = 9;

/** The one list of the tables: bullets, nine levels, shared by every bulleted paragraph. */
export const BULLETS_NUM_ID = 1;

/** The whole of word/numbering.xml: one bullet list definition with nine levels. */
export function numberingXml(): string {
  const level = (i: number) =>
    `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="${BULLET_SYMBOLS[i % BULLET_SYMBOLS.length]!}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${360 * (i + 1)}" w:hanging="260"/></w:pPr></w:lvl>`;
  const levels = Array.from({ length: LEVELS }, (_, i) => level(i)).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>${levels}</w:abstractNum><w:num w:numId="${BULLETS_NUM_ID}"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
}

/**
 * Word's "Hyperlink" character style on the run, and its colour (5.9:1 on white) and underline as
 * direct formatting, so the link looks like one even where the style is missing. The style is what
 * makes LibreOffice export the link as a link annotation in the PDF, tagged as a Link structure
 * element (without it `pdfinfo -url` lists nothing); docx's default styles.xml defines it.
 */
const LINK_STYLE = '<w:rPr><w:rStyle w:val="Hyperlink"/><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr>';

/** A link to an external address, by its relationship id, showing `text`. */
export function hyperlink(relId: string, text: string): string {
  return `<w:hyperlink r:id="${relId}" w:history="1"><w:r>${LINK_STYLE}<w:t xml:space="preserve">${xmlText(text)}</w:t></w:r></w:hyperlink>`;
}
