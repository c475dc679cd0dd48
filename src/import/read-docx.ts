import { fillOf, readThemeColours } from './cell-colour.js';
import { NumberingCounter, readNumbering } from './docx-numbering.js';
import { isSymbolFont, symbolCharacter } from './symbol-fonts.js';
import { attr, child, childrenOf, descendants, hasDescendant, isOn, parseRoot, tagOf, textOf, type XmlNode } from './xml.js';
import { checkXmlSize, DocxRefused, readZipParts } from './zip-limits.js';

/**
 * A Word document's body as plan needs it for `plan import`: paragraphs (with their style, whether
 * they are a heading or bold, and their list level) and tables of cells, in document order, plus what
 * could not be read for sure (a merged cell, an image, a tracked change), with where it is.
 *
 * The .docx is read with two well-kept libraries rather than a converter: fflate opens the ZIP and
 * fast-xml-parser reads the WordprocessingML in document order. A converter such as mammoth gives HTML
 * that has already decided for us: it drops tracked deletions, hides merged cells behind colspan and
 * turns typed "•" into text, and every one of those is something the officer must be told about.
 */

export interface DocParagraph {
  kind: 'paragraph';
  /** The words, with "\n" for a line break. Tabs are kept as "\t". Footnotes and text boxes are inline, in brackets. */
  text: string;
  /** Styled as a heading or title (by style, or an outline level). */
  heading: boolean;
  /** The style's name, e.g. "Title", "heading 1". */
  styleName: string;
  /** Every run with words in it is bold. */
  bold: boolean;
  /** Every run with words in it is italic (plan report sets its computed sentences in italics). */
  italic?: boolean;
  /** Every run with words in it is bold, underlined or 14 pt or larger: how officers mark a heading by hand. */
  emphasised?: boolean;
  /** A Word list item (bulleted or numbered) and its level, 0 for the outermost. */
  listLevel?: number;
  /** Its shading, or the colour all its coloured runs share (text colour, highlight), RRGGBB. */
  colour?: string;
  /** The number Word draws before it from its numbering definitions ("3.2."), not in `text`. */
  numberLabel?: string;
}

export interface DocCell {
  paragraphs: DocParagraph[];
  /** Spans more than one column, or is merged with the cell above or below. */
  merged: boolean;
  /** How many grid columns it spans (w:gridSpan). */
  span: number;
  /** Merged with the cells below ('restart') or with the cell above ('continue'). */
  vMerge?: 'restart' | 'continue';
  /** Its shading as RRGGBB, theme colours resolved. */
  fill?: string;
  /** The colour of its first coloured paragraph (shading, highlight or text colour), RRGGBB. */
  textColour?: string;
  images: number;
  /** Tables inside it; their rows are flattened into its paragraphs, cells joined by " | ". */
  nestedTables: number;
  trackedChanges: number;
}

export interface DocRow {
  /** A header row is found by its text, never by "repeat as header row", which many documents do not set. */
  cells: DocCell[];
}

export interface DocTable {
  kind: 'table';
  /** 1-based, in document order (tables inside tables are not counted). */
  number: number;
  rows: DocRow[];
}

/** Text in the document that is not imported on purpose (hidden, deleted) or that plan could not read, with its place. */
interface DocLeftOut {
  where: string;
  what: 'hidden text' | 'deleted text' | 'unknown symbol' | 'embedded content';
  text: string;
}

export interface DocBody {
  items: Array<DocParagraph | DocTable>;
  /** Images and tracked changes outside tables. */
  outside: { images: number; trackedChanges: number };
  /** Written by `plan report` (its core properties name plan as the creator). */
  madeByPlan: boolean;
  /** The document's keywords (core properties), e.g. "procurement; action plan; 2013/14; Q3; CDC; SNC". */
  keywords: string[];
  /** Charts anywhere (Word draws them from data; plan report draws its own from the figures). */
  charts: number;
  /** Hidden and deleted text, symbols plan cannot map, embedded content it cannot read. */
  leftOut: DocLeftOut[];
}

/** Why a file could not be read as a Word document: a one-line message and what to do. */
export class UnreadableDocument extends Error {
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
    this.name = 'UnreadableDocument';
  }
}

interface StyleInfo {
  name: string;
  basedOn?: string;
  heading: boolean;
  bold?: boolean;
  large?: boolean;
  /** Its text is hidden (w:vanish in the style's run properties). */
  hidden?: boolean;
  listLevel?: number;
  numId?: string;
}

function readStyles(root: XmlNode | undefined): Map<string, StyleInfo> {
  const styles = new Map<string, StyleInfo>();
  for (const style of root ? childrenOf(root) : []) {
    const type = attr(style, 'w:type');
    if (tagOf(style) !== 'w:style' || (type !== 'paragraph' && type !== 'character')) continue;
    const id = attr(style, 'w:styleId');
    if (!id) continue;
    const name = attr(child(style, 'w:name'), 'w:val') ?? id;
    const pPr = child(style, 'w:pPr');
    const rPr = child(style, 'w:rPr');
    const numPr = child(pPr, 'w:numPr');
    const info: StyleInfo = {
      name,
      heading: /^(heading\s*\d|title)$/i.test(name) || child(pPr, 'w:outlineLvl') !== undefined,
    };
    const basedOn = attr(child(style, 'w:basedOn'), 'w:val');
    if (basedOn) info.basedOn = basedOn;
    if (child(rPr, 'w:b')) info.bold = isOn(child(rPr, 'w:b'));
    const size = attr(child(rPr, 'w:sz'), 'w:val');
    if (size) info.large = Number(size) >= 28;
    if (child(rPr, 'w:vanish')) info.hidden = isOn(child(rPr, 'w:vanish'));
    if (numPr) {
      info.listLevel = Number(attr(child(numPr, 'w:ilvl'), 'w:val') ?? 0);
      const numId = attr(child(numPr, 'w:numId'), 'w:val');
      if (numId) info.numId = numId;
    }
    styles.set(id, info);
  }
  return styles;
}

/** A style with what it inherits from the styles it is based on. */
function resolveStyle(styles: Map<string, StyleInfo>, id: string | undefined): StyleInfo {
  const out: StyleInfo = { name: id ?? '', heading: false };
  let current = id;
  const seen = new Set<string>();
  let first = true;
  while (current && !seen.has(current)) {
    seen.add(current);
    const s = styles.get(current);
    if (!s) break;
    if (first) out.name = s.name;
    first = false;
    out.heading ||= s.heading;
    if (out.bold === undefined && s.bold !== undefined) out.bold = s.bold;
    if (out.large === undefined && s.large !== undefined) out.large = s.large;
    if (out.hidden === undefined && s.hidden !== undefined) out.hidden = s.hidden;
    if (out.listLevel === undefined && s.listLevel !== undefined) out.listLevel = s.listLevel;
    if (out.numId === undefined && s.numId !== undefined) out.numId = s.numId;
    current = s.basedOn;
  }
  // Word's own heading ids work even without styles.xml.
  if (id && /^(Heading\d|Title)$/.test(id)) out.heading = true;
  return out;
}

/** A container's children, with content controls (w:sdt) and custom XML opened up: the paragraphs, tables, rows or cells inside them. */
function contentOf(node: XmlNode): XmlNode[] {
  return childrenOf(node).flatMap((c) => {
    const tag = tagOf(c);
    if (tag === 'w:sdt') return contentOf(child(c, 'w:sdtContent') ?? {});
    return tag === 'w:customXml' ? contentOf(c) : [c];
  });
}

const SYMBOL_BULLETS: ReadonlySet<number> = new Set([0xf0b7, 0xf0a7, 0xf06c]);

interface Counts {
  images: number;
  trackedChanges: number;
  nestedTables: number;
}

interface RunState {
  text: string;
  allBold: boolean;
  allItalic: boolean;
  allEmphasised: boolean;
  anyWords: boolean;
  /** The colours (RRGGBB) of the runs with words: text colour, highlight or run shading. */
  colours: Set<string>;
}

/** What read-docx needs besides document.xml: the other parts, already parsed. */
interface Parts {
  styles: Map<string, StyleInfo>;
  numbering: NumberingCounter;
  theme: Record<string, string>;
  /** Footnote and endnote id → its text. */
  notes: { footnote: Map<string, string>; endnote: Map<string, string> };
  /** An altChunk's relationship id → what it holds, read as paragraphs (or undefined when it cannot be read). */
  altChunk: (id: string) => DocBody['items'] | undefined;
}

const PRIVATE_USE = /[\uf000-\uf0ff]/g;

class BodyReader {
  charts = 0;
  readonly leftOut: DocLeftOut[] = [];
  /** Where the reader is, for the left-out list: "table 2, row 3" or "paragraph 4". */
  place = 'the document';

  constructor(private readonly parts: Parts) {}

  paragraph(p: XmlNode, counts: Counts): DocParagraph {
    const pPr = child(p, 'w:pPr');
    const styleId = attr(child(pPr, 'w:pStyle'), 'w:val');
    const style = resolveStyle(this.parts.styles, styleId);
    const numPr = child(pPr, 'w:numPr');
    // A paragraph's numPr may give only the level, or only the list; the style gives the rest.
    const numId = attr(child(numPr, 'w:numId'), 'w:val') ?? style.numId;
    const ilvl = attr(child(numPr, 'w:ilvl'), 'w:val');
    let listLevel: number | undefined;
    if (numId !== undefined && numId !== '0' && (numPr || style.listLevel !== undefined))
      listLevel = ilvl !== undefined ? Number(ilvl) : (this.parts.numbering.levelOfStyle(numId, styleId) ?? style.listLevel ?? 0);
    else if (!numPr && style.listLevel !== undefined) listLevel = style.listLevel;
    const heading = style.heading || child(pPr, 'w:outlineLvl') !== undefined;
    const state: RunState = { text: '', allBold: true, allItalic: true, allEmphasised: true, anyWords: false, colours: new Set() };
    this.inline(childrenOf(p), counts, state, style);
    const out: DocParagraph = {
      kind: 'paragraph',
      text: state.text,
      heading,
      styleName: style.name,
      bold: state.anyWords && state.allBold,
      emphasised: state.anyWords && state.allEmphasised,
      ...this.colourOf(pPr, state),
      italic: state.anyWords && state.allItalic,
    };
    if (listLevel !== undefined && Number.isInteger(listLevel)) {
      out.listLevel = Math.max(0, Math.min(8, listLevel));
      const label = numId && numId !== '0' && /\S/.test(state.text) ? this.parts.numbering.next(numId, out.listLevel) : undefined;
      if (label) out.numberLabel = label;
    }
    return out;
  }

  /** Runs, links, fields, equations and inserted text, in order; deleted text is listed, not read. */
  private inline(nodes: XmlNode[], counts: Counts, state: RunState, style: StyleInfo): void {
    for (const node of nodes) {
      const tag = tagOf(node);
      switch (tag) {
        case 'w:r':
          this.run(node, counts, state, style);
          break;
        case 'w:ins':
        case 'w:moveTo':
          counts.trackedChanges++;
          this.inline(childrenOf(node), counts, state, style);
          break;
        case 'w:del':
        case 'w:moveFrom':
          counts.trackedChanges++;
          this.deleted(node);
          break;
        case 'm:oMath':
        case 'm:oMathPara':
          // An equation keeps its text ("£5,000×2"); its layout (fractions, scripts) is lost.
          state.text += descendants(node, 'm:t').map(textOf).join('');
          break;
        case 'w:hyperlink':
        case 'w:smartTag':
        case 'w:fldSimple':
        case 'w:customXml':
        case 'w:bdo':
        case 'w:dir':
          this.inline(childrenOf(node), counts, state, style);
          break;
        case 'w:sdt':
          this.inline(childrenOf(child(node, 'w:sdtContent') ?? {}), counts, state, style);
          break;
        case 'w:pPr':
          if (child(node, 'w:pPrChange')) counts.trackedChanges++;
          break;
        default:
          break;
      }
    }
  }

  private run(r: XmlNode, counts: Counts, state: RunState, style: StyleInfo): void {
    const rPr = child(r, 'w:rPr');
    const b = child(rPr, 'w:b');
    const bold = b ? isOn(b) : style.bold === true;
    const size = attr(child(rPr, 'w:sz'), 'w:val');
    const underline = child(rPr, 'w:u') !== undefined && attr(child(rPr, 'w:u'), 'w:val') !== 'none';
    const emphasised = bold || underline || (size ? Number(size) >= 28 : style.large === true);
    const font = attr(child(rPr, 'w:rFonts'), 'w:ascii') ?? attr(child(rPr, 'w:rFonts'), 'w:hAnsi');
    let words = '';
    for (const node of childrenOf(r)) words += this.runPart(node, counts, font);
    // Hidden text (w:vanish, w:specVanish) is never imported: it is listed as left out.
    if (this.hidden(rPr, style)) {
      if (/\S/.test(words)) this.leftOut.push({ where: this.place, what: 'hidden text', text: words.trim() });
      return;
    }
    words = this.unknownSymbols(words);
    if (/\S/.test(words)) {
      state.anyWords = true;
      if (!bold) state.allBold = false;
      if (!isOn(child(rPr, 'w:i'))) state.allItalic = false;
      if (!emphasised) state.allEmphasised = false;
      const colour = runColour(rPr, this.parts.theme);
      if (colour) state.colours.add(colour);
    }
    state.text += words;
  }

  /** The paragraph's shading, or the one colour all its coloured runs share: how a RAG is shown without a word. */
  private colourOf(pPr: XmlNode | undefined, state: RunState): { colour?: string } {
    const shading = fillOf(child(pPr, 'w:shd'), this.parts.theme);
    if (shading) return { colour: shading };
    return state.colours.size === 1 ? { colour: [...state.colours][0]! } : {};
  }

  /** Deleted tracked text is not read: it is listed as left out. */
  private deleted(node: XmlNode): void {
    const text = descendants(node, 'w:delText').map(textOf).join('') || descendants(node, 'w:t').map(textOf).join('');
    if (/\S/.test(text)) this.leftOut.push({ where: this.place, what: 'deleted text', text: text.trim() });
  }

  /** Hidden by the run (w:vanish, w:specVanish), its character style, or its paragraph's style. */
  private hidden(rPr: XmlNode | undefined, style: StyleInfo): boolean {
    const vanish = child(rPr, 'w:vanish');
    if (vanish) return isOn(vanish);
    if (isOn(child(rPr, 'w:specVanish'))) return true;
    const characterStyle = attr(child(rPr, 'w:rStyle'), 'w:val');
    const inherited = characterStyle ? resolveStyle(this.parts.styles, characterStyle).hidden : undefined;
    return inherited ?? style.hidden === true;
  }

  /** Private-use characters left after the symbol fonts were mapped: listed, and kept so nothing is lost. */
  private unknownSymbols(words: string): string {
    const unknown = words.match(PRIVATE_USE);
    if (unknown)
      this.leftOut.push({
        where: this.place,
        what: 'unknown symbol',
        text: [...new Set(unknown)].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase()}`).join(', '),
      });
    return words;
  }

  /** One child of a run as text. */
  private runPart(node: XmlNode, counts: Counts, font: string | undefined): string {
    const tag = tagOf(node);
    if (tag === 'w:t') return this.symbolText(textOf(node), font);
    if (tag === 'w:tab' || tag === 'w:ptab') return '\t';
    // A page or column break is layout; a line break is part of the text.
    if (tag === 'w:br' || tag === 'w:cr') return !attr(node, 'w:type') || attr(node, 'w:type') === 'textWrapping' ? '\n' : '';
    if (tag === 'w:noBreakHyphen') return '\u2011';
    if (tag === 'w:sym') return this.sym(node);
    if (tag === 'w:ruby') return this.ruby(node);
    if (tag === 'w:footnoteReference' || tag === 'w:endnoteReference') {
      const kind = tag === 'w:footnoteReference' ? 'footnote' : 'endnote';
      const note = this.parts.notes[kind].get(attr(node, 'w:id') ?? '');
      return note ? ` [${kind}: ${note}]` : '';
    }
    if (tag === 'w:drawing' || tag === 'w:pict' || tag === 'mc:AlternateContent' || tag === 'w:object') return this.drawing(node, counts);
    // w:delText (deleted text), w:instrText (a field's code) and w:fldChar are not words; a tracked
    // change of formatting only (w:rPrChange) leaves the words as they are.
    return '';
  }

  /** Text typed in a symbol font ("ü" in Wingdings is a tick) as the characters it draws. */
  private symbolText(text: string, font: string | undefined): string {
    if (!isSymbolFont(font)) return text;
    return [...text].map((c) => symbolCharacter(font, c.codePointAt(0)!) ?? privateUse(c.codePointAt(0)!)).join('');
  }

  private sym(node: XmlNode): string {
    const code = Number.parseInt(attr(node, 'w:char') ?? '', 16);
    if (!Number.isInteger(code) || code <= 0) return '';
    // Symbol-font bullets (Symbol F0B7, Wingdings F0A7 and F06C) are the typed "•" of old documents.
    if (SYMBOL_BULLETS.has(code)) return '•';
    return symbolCharacter(attr(node, 'w:font'), code) ?? privateUse(code);
  }

  /** Ruby (phonetic guide) text: the base text, then the guide in brackets. */
  private ruby(node: XmlNode): string {
    const base = descendants(child(node, 'w:rubyBase') ?? {}, 'w:t')
      .map(textOf)
      .join('');
    const guide = descendants(child(node, 'w:rt') ?? {}, 'w:t')
      .map(textOf)
      .join('');
    return guide ? `${base} (${guide})` : base;
  }

  /** A picture, chart or text box: a text box's words are kept, in brackets; a picture is counted. */
  private drawing(node: XmlNode, counts: Counts): string {
    // Alternate content holds the same drawing twice (DrawingML and VML): read the first choice only.
    const drawing = tagOf(node) === 'mc:AlternateContent' ? (childrenOf(node)[0] ?? node) : node;
    const boxes = descendants(drawing, 'w:txbxContent');
    if (boxes.length > 0) {
      const text = boxes
        .flatMap((box) => contentOf(box).filter((c) => tagOf(c) === 'w:p'))
        .map((p) => this.paragraph(p, counts).text.trim())
        .filter(Boolean)
        .join(' ');
      return text ? ` [text box: ${text}]` : '';
    }
    if (hasDescendant(drawing, 'c:chart')) this.charts++;
    else counts.images++;
    return '';
  }

  cell(tc: XmlNode): DocCell {
    const counts: Counts = { images: 0, trackedChanges: 0, nestedTables: 0 };
    const tcPr = child(tc, 'w:tcPr');
    const span = Number(attr(child(tcPr, 'w:gridSpan'), 'w:val') ?? 1);
    const vMergeNode = child(tcPr, 'w:vMerge');
    const merged = span > 1 || vMergeNode !== undefined || child(tcPr, 'w:hMerge') !== undefined;
    const paragraphs: DocParagraph[] = [];
    for (const node of contentOf(tc)) {
      const tag = tagOf(node);
      if (tag === 'w:p') paragraphs.push(this.paragraph(node, counts));
      else if (tag === 'w:tbl') {
        counts.nestedTables++;
        paragraphs.push(...this.flatten(node));
      } else if (tag === 'w:altChunk')
        paragraphs.push(...this.altChunk(node).flatMap((i) => (i.kind === 'paragraph' ? [i] : flattenTable(i))));
    }
    const out: DocCell = { paragraphs, merged, span: Number.isInteger(span) && span > 0 ? span : 1, ...counts };
    if (vMergeNode) out.vMerge = attr(vMergeNode, 'w:val') === 'restart' ? 'restart' : 'continue';
    const fill = fillOf(child(tcPr, 'w:shd'), this.parts.theme);
    if (fill) out.fill = fill;
    // A cell with no shading of its own may show its colour in its text: a highlighted word or a coloured "●".
    const colour = paragraphs.find((p) => p.colour)?.colour;
    if (colour) out.textColour = colour;
    return out;
  }

  /** A table inside a cell as paragraphs of the cell: one a row, its cells joined by " | ". */
  private flatten(tbl: XmlNode): DocParagraph[] {
    const place = this.place;
    const table = this.table(tbl, 0);
    this.place = place;
    return flattenTable(table);
  }

  table(tbl: XmlNode, number: number): DocTable {
    const rows: DocRow[] = contentOf(tbl)
      .filter((tr) => tagOf(tr) === 'w:tr')
      .map((tr, r) => {
        if (number > 0) this.place = `table ${number}, row ${r + 1}`;
        return {
          cells: contentOf(tr)
            .filter((tc) => tagOf(tc) === 'w:tc')
            .map((tc) => this.cell(tc)),
        };
      });
    return { kind: 'table', number, rows };
  }

  /** Content kept in another part (w:altChunk: HTML, text or a whole .docx pasted in), as items. */
  altChunk(node: XmlNode): DocBody['items'] {
    const items = this.parts.altChunk(attr(node, 'r:id') ?? '');
    if (items) return items;
    this.leftOut.push({
      where: this.place,
      what: 'embedded content',
      text: 'content embedded from another file (altChunk) that plan cannot read',
    });
    return [];
  }
}

/**
 * A symbol-font character plan cannot map, as the private-use character Word itself uses for it
 * (U+F0xx), so that it is listed rather than shown as the letter it is typed with ("J" in Wingdings is ☺).
 */
function privateUse(code: number): string {
  return String.fromCodePoint(code <= 0xff ? 0xf000 + code : code);
}

/** Word's highlight colours (w:highlight), as RRGGBB. */
const HIGHLIGHTS: Record<string, string> = {
  yellow: 'FFFF00',
  green: '00FF00',
  brightGreen: '00FF00',
  darkGreen: '008000',
  red: 'FF0000',
  darkRed: '800000',
  darkYellow: '808000',
};

/** A run's colour: its highlight, its shading, or its text colour (not "auto", not black). */
function runColour(rPr: XmlNode | undefined, theme: Record<string, string>): string | undefined {
  const highlight = HIGHLIGHTS[attr(child(rPr, 'w:highlight'), 'w:val') ?? ''];
  if (highlight) return highlight;
  const shading = fillOf(child(rPr, 'w:shd'), theme);
  if (shading) return shading;
  const color = child(rPr, 'w:color');
  const themed = attr(color, 'w:themeColor');
  const value = themed ? theme[themed] : attr(color, 'w:val');
  return value && /^[0-9a-f]{6}$/i.test(value) && !/^0{6}$/.test(value) ? value.toUpperCase() : undefined;
}

function flattenTable(table: DocTable): DocParagraph[] {
  return table.rows
    .map((row) =>
      row.cells
        .map((c) =>
          c.paragraphs
            .map((p) => p.text.trim())
            .filter(Boolean)
            .join(' '),
        )
        .filter(Boolean)
        .join(' | '),
    )
    .filter(Boolean)
    .map((text) => ({ kind: 'paragraph', text, heading: false, styleName: '', bold: false }));
}
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** "EncryptionInfo" as UTF-16LE, the stream name every encrypted Office file has. */
function hasEncryptionInfo(bytes: Uint8Array): boolean {
  const needle = Buffer.from('EncryptionInfo', 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}

/** The parts plan reads: the document and its styles, numbering, notes, theme, relationships, and what altChunks point at. */
function wantedPart(name: string): boolean {
  if (name === 'mimetype' || name === 'docProps/core.xml') return true;
  return /^word\/(?:[^/]+\.(?:xml|html?|mht|txt|docx)|_rels\/document\.xml\.rels|theme\/theme1\.xml)$/i.test(name);
}

/** Refuse what is not a .docx before unzipping it: an empty file, an old .doc, an encrypted file, not a ZIP. */
function refuseNotDocx(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new UnreadableDocument('the file is empty', 'choose the .docx file of the appendix');
  if (startsWith(bytes, OLE_MAGIC)) {
    if (hasEncryptionInfo(bytes))
      throw new UnreadableDocument(
        'the document is protected with a password, so it cannot be read',
        'in Word, open it, remove the password (File → Info → Protect Document → Encrypt with Password), save it, and import again',
      );
    throw new UnreadableDocument(
      'this is an old-style Word document (.doc), not a .docx',
      'open it in Word and use File → Save As → Word Document (.docx), or in LibreOffice File → Save As → Word 2007-365 (.docx); then import the .docx',
    );
  }
  if (!startsWith(bytes, ZIP_MAGIC))
    throw new UnreadableDocument('this is not a Word document (.docx)', 'choose the .docx file of the appendix, as saved by Word');
}

function unzipParts(bytes: Uint8Array): Record<string, Uint8Array> {
  let parts: Record<string, Uint8Array>;
  try {
    // Sizes and counts are checked before anything is unpacked, and the XML before it is parsed (zip-limits.ts).
    parts = readZipParts(bytes, wantedPart);
    for (const [name, part] of Object.entries(parts))
      if (/\.(?:xml|rels)$/i.test(name)) checkXmlSize(new TextDecoder('utf-8').decode(part), name);
  } catch (error) {
    if (error instanceof DocxRefused) throw new UnreadableDocument(error.message, error.hint);
    throw error;
  }
  if (!parts['word/document.xml']) refuseOtherZip(parts);
  return parts;
}

function refuseOtherZip(parts: Record<string, Uint8Array>): never {
  const mimetype = parts.mimetype ? new TextDecoder().decode(parts.mimetype).trim() : '';
  if (mimetype.startsWith('application/vnd.oasis.opendocument'))
    throw new UnreadableDocument(
      `this is an OpenDocument file (${mimetype.includes('text') ? '.odt' : 'LibreOffice'}), not a .docx`,
      'open it in LibreOffice and use File → Save As → Word 2007-365 (.docx), or in Word File → Save As → Word Document (.docx); then import the .docx',
    );
  throw new UnreadableDocument(
    'this is a ZIP file but not a Word document (it has no word/document.xml)',
    'choose the .docx file of the appendix; an Excel or PowerPoint file cannot be imported',
  );
}

const decode = (b: Uint8Array | undefined) => (b ? new TextDecoder('utf-8').decode(b) : undefined);

/** A part parsed, or undefined when it is missing or not well formed (the document itself is checked apart). */
function parsePart(parts: Record<string, Uint8Array>, name: string, rootTag: string): XmlNode | undefined {
  const xml = decode(parts[name]);
  if (!xml) return undefined;
  try {
    return parseRoot(xml, rootTag);
  } catch {
    return undefined;
  }
}

/** Footnotes or endnotes: id → the note's words (separators skipped). */
function readNotes(root: XmlNode | undefined, tag: string, reader: BodyReader): Map<string, string> {
  const notes = new Map<string, string>();
  for (const note of root ? childrenOf(root) : []) {
    if (tagOf(note) !== tag || /separator/i.test(attr(note, 'w:type') ?? '')) continue;
    const counts: Counts = { images: 0, trackedChanges: 0, nestedTables: 0 };
    const text = contentOf(note)
      .filter((p) => tagOf(p) === 'w:p')
      .map((p) => reader.paragraph(p, counts).text.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .join(' ');
    if (text) notes.set(attr(note, 'w:id') ?? '', text);
  }
  return notes;
}

/** The relationships of document.xml: id → the part it points at, inside the ZIP. */
function readRelationships(parts: Record<string, Uint8Array>): Map<string, string> {
  const root = parsePart(parts, 'word/_rels/document.xml.rels', 'Relationships');
  const out = new Map<string, string>();
  for (const rel of root ? childrenOf(root) : []) {
    const target = attr(rel, 'Target');
    if (!target || attr(rel, 'TargetMode') === 'External') continue;
    out.set(attr(rel, 'Id') ?? '', target.startsWith('/') ? target.slice(1) : `word/${target}`);
  }
  return out;
}

/** HTML or plain text pasted in as an altChunk, as paragraphs (a .docx one is read as a document). */
function chunkItems(name: string, bytes: Uint8Array, depth: number): DocBody['items'] | undefined {
  if (/\.docx$/i.test(name)) return depth < 2 ? readDocx(bytes, depth + 1).items : undefined;
  const text = decode(bytes) ?? '';
  const plain = /\.(html?|mht|xml)$/i.test(name)
    ? text
        .replace(/<(script|style|head)[\s\S]*?<\/\1>/gi, ' ')
        .replace(/<\/(p|div|h[1-6]|li|tr|table|td|th)>|<br\s*\/?>/gi, '\n')
        .replace(/<[^>]*>/g, ' ')
        .replace(/&nbsp;/g, ' ')
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    : /\.txt$/i.test(name)
      ? text
      : undefined;
  if (plain === undefined) return undefined;
  return plain
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .filter(Boolean)
    .map((l) => ({ kind: 'paragraph', text: l, heading: false, styleName: '', bold: false }));
}

/** Read a .docx file's bytes. Throws UnreadableDocument, in plain words, for anything that is not one. */
export function readDocx(bytes: Uint8Array, depth = 0): DocBody {
  refuseNotDocx(bytes);
  const parts = unzipParts(bytes);
  let root: XmlNode | undefined;
  try {
    root = parseRoot(decode(parts['word/document.xml']) ?? '', 'w:document');
  } catch {
    throw new UnreadableDocument('the document inside the .docx is damaged', 'open it in Word, save it again, and import the saved copy');
  }
  const body = root ? child(root, 'w:body') : undefined;
  if (!body)
    throw new UnreadableDocument('the document inside the .docx has no body', 'open it in Word, save it again, and import the saved copy');
  const relationships = readRelationships(parts);
  const context: Parts = {
    styles: readStyles(parsePart(parts, 'word/styles.xml', 'w:styles')),
    numbering: new NumberingCounter(readNumbering(parsePart(parts, 'word/numbering.xml', 'w:numbering'))),
    theme: readThemeColours(parsePart(parts, 'word/theme/theme1.xml', 'a:theme')),
    notes: { footnote: new Map(), endnote: new Map() },
    altChunk: (id) => {
      const name = relationships.get(id);
      const chunk = name ? parts[name] : undefined;
      return name && chunk ? chunkItems(name, chunk, depth) : undefined;
    },
  };
  const reader = new BodyReader(context);
  context.notes.footnote = readNotes(parsePart(parts, 'word/footnotes.xml', 'w:footnotes'), 'w:footnote', reader);
  context.notes.endnote = readNotes(parsePart(parts, 'word/endnotes.xml', 'w:endnotes'), 'w:endnote', reader);
  const { items, outside } = readBody(body, reader);
  const core = decode(parts['docProps/core.xml']);
  // plan report names plan as the creator and "action plan" among the keywords (src/docx/render.ts).
  const keywords = (coreProperty(core, 'cp:keywords') ?? '')
    .split(/[;,]/)
    .map((k) => k.trim())
    .filter(Boolean);
  return {
    items,
    outside: { images: outside.images, trackedChanges: outside.trackedChanges },
    charts: reader.charts,
    leftOut: reader.leftOut,
    madeByPlan: coreProperty(core, 'dc:creator') === 'plan' && keywords.includes('action plan'),
    keywords,
  };
}

/** The body's paragraphs and tables in order, with inserted text read and deleted text listed. */
function readBody(body: XmlNode, reader: BodyReader): { items: DocBody['items']; outside: Counts } {
  const items: DocBody['items'] = [];
  const outside: Counts = { images: 0, trackedChanges: 0, nestedTables: 0 };
  let tables = 0;
  let paragraphs = 0;
  const walk = (container: XmlNode) => {
    for (const node of contentOf(container)) {
      const tag = tagOf(node);
      if (tag === 'w:p') {
        reader.place = `paragraph ${++paragraphs}`;
        items.push(reader.paragraph(node, outside));
      } else if (tag === 'w:tbl') items.push(reader.table(node, ++tables));
      else if (tag === 'w:altChunk') items.push(...reader.altChunk(node));
      else if (tag === 'w:ins' || tag === 'w:moveTo') {
        outside.trackedChanges++;
        walk(node);
      } else if (tag === 'w:del' || tag === 'w:moveFrom') outside.trackedChanges++;
    }
  };
  walk(body);
  return { items, outside };
}

/** One of the document's core properties (creator, keywords), as text. */
function coreProperty(xml: string | undefined, tag: string): string | undefined {
  if (!xml) return undefined;
  try {
    const node = child(parseRoot(xml, 'cp:coreProperties'), tag);
    return node ? textOf(node) : undefined;
  } catch {
    return undefined;
  }
}
