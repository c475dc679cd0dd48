import { XMLParser } from 'fast-xml-parser';
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
  /** The words, with "\n" for a line break. Tabs are kept as "\t". */
  text: string;
  /** Styled as a heading or title (by style, or an outline level). */
  heading: boolean;
  /** The style's name, e.g. "Title", "heading 1". */
  styleName: string;
  /** Every run with words in it is bold. */
  bold: boolean;
  /** A Word list item (bulleted or numbered) and its level, 0 for the outermost. */
  listLevel?: number;
}

export interface DocCell {
  paragraphs: DocParagraph[];
  /** Spans more than one column, or is merged with the cell above or below. */
  merged: boolean;
  images: number;
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

type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: true,
});

function tagOf(node: XmlNode): string {
  for (const key of Object.keys(node)) if (key !== ':@') return key;
  return '';
}

function childrenOf(node: XmlNode): XmlNode[] {
  const value = node[tagOf(node)];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

function attr(node: XmlNode, name: string): string | undefined {
  return node[':@']?.[name];
}

function child(node: XmlNode, tag: string): XmlNode | undefined {
  return childrenOf(node).find((c) => tagOf(c) === tag);
}

/** w:b, w:b w:val="1"/"true"/"on" are bold; w:val="0"/"false"/"off" is not. */
function isOn(node: XmlNode | undefined): boolean {
  if (!node) return false;
  const val = attr(node, 'w:val');
  return val === undefined || !/^(0|false|off|none)$/i.test(val);
}

interface StyleInfo {
  name: string;
  basedOn?: string;
  heading: boolean;
  bold?: boolean;
  listLevel?: number;
}

function readStyles(xml: string | undefined): Map<string, StyleInfo> {
  const styles = new Map<string, StyleInfo>();
  if (!xml) return styles;
  const root = (parser.parse(xml) as XmlNode[]).find((n) => tagOf(n) === 'w:styles');
  for (const style of root ? childrenOf(root) : []) {
    if (tagOf(style) !== 'w:style' || attr(style, 'w:type') !== 'paragraph') continue;
    const id = attr(style, 'w:styleId');
    if (!id) continue;
    const name = attr(child(style, 'w:name') ?? {}, 'w:val') ?? id;
    const pPr = child(style, 'w:pPr');
    const rPr = child(style, 'w:rPr');
    const numPr = pPr ? child(pPr, 'w:numPr') : undefined;
    const info: StyleInfo = {
      name,
      heading: /^(heading\s*\d|title)$/i.test(name) || (pPr !== undefined && child(pPr, 'w:outlineLvl') !== undefined),
    };
    const basedOn = attr(child(style, 'w:basedOn') ?? {}, 'w:val');
    if (basedOn) info.basedOn = basedOn;
    if (rPr && child(rPr, 'w:b')) info.bold = isOn(child(rPr, 'w:b'));
    if (numPr) info.listLevel = Number(attr(child(numPr, 'w:ilvl') ?? {}, 'w:val') ?? 0);
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
    if (out.listLevel === undefined && s.listLevel !== undefined) out.listLevel = s.listLevel;
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

function hasDescendant(node: XmlNode, tag: string): boolean {
  return childrenOf(node).some((c) => tagOf(c) === tag || hasDescendant(c, tag));
}

const SYMBOL_BULLETS: ReadonlySet<number> = new Set([0xf0b7, 0xf0a7, 0xf06c]);

interface Counts {
  images: number;
  trackedChanges: number;
  nestedTables: number;
}

class BodyReader {
  charts = 0;

  constructor(private readonly styles: Map<string, StyleInfo>) {}

  paragraph(p: XmlNode, counts: Counts): DocParagraph {
    const pPr = child(p, 'w:pPr');
    const styleId = pPr ? attr(child(pPr, 'w:pStyle') ?? {}, 'w:val') : undefined;
    const style = resolveStyle(this.styles, styleId);
    const numPr = pPr ? child(pPr, 'w:numPr') : undefined;
    const numId = numPr ? attr(child(numPr, 'w:numId') ?? {}, 'w:val') : undefined;
    let listLevel: number | undefined;
    if (numPr && numId !== '0') listLevel = Number(attr(child(numPr, 'w:ilvl') ?? {}, 'w:val') ?? 0);
    else if (!numPr && style.listLevel !== undefined) listLevel = style.listLevel;
    const heading = style.heading || (pPr !== undefined && child(pPr, 'w:outlineLvl') !== undefined);
    const state = { text: '', allBold: true, anyWords: false };
    this.inline(childrenOf(p), counts, state, style.bold === true);
    const out: DocParagraph = {
      kind: 'paragraph',
      text: state.text,
      heading,
      styleName: style.name,
      bold: state.anyWords && state.allBold,
    };
    if (listLevel !== undefined && Number.isInteger(listLevel)) out.listLevel = Math.max(0, Math.min(8, listLevel));
    return out;
  }

  /** Runs, links, fields and inserted text, in order; deleted text is counted, not read. */
  private inline(nodes: XmlNode[], counts: Counts, state: { text: string; allBold: boolean; anyWords: boolean }, styleBold: boolean): void {
    for (const node of nodes) {
      const tag = tagOf(node);
      switch (tag) {
        case 'w:r':
          this.run(node, counts, state, styleBold);
          break;
        case 'w:ins':
        case 'w:moveTo':
          counts.trackedChanges++;
          this.inline(childrenOf(node), counts, state, styleBold);
          break;
        case 'w:del':
        case 'w:moveFrom':
          counts.trackedChanges++;
          break;
        case 'w:hyperlink':
        case 'w:smartTag':
        case 'w:fldSimple':
        case 'w:customXml':
        case 'w:bdo':
        case 'w:dir':
          this.inline(childrenOf(node), counts, state, styleBold);
          break;
        case 'w:sdt': {
          const content = child(node, 'w:sdtContent');
          if (content) this.inline(childrenOf(content), counts, state, styleBold);
          break;
        }
        case 'w:pPr':
          if (child(node, 'w:pPrChange')) counts.trackedChanges++;
          break;
        default:
          break;
      }
    }
  }

  private run(r: XmlNode, counts: Counts, state: { text: string; allBold: boolean; anyWords: boolean }, styleBold: boolean): void {
    const rPr = child(r, 'w:rPr');
    const b = rPr ? child(rPr, 'w:b') : undefined;
    const bold = b ? isOn(b) : styleBold;
    let words = '';
    for (const node of childrenOf(r)) {
      const tag = tagOf(node);
      if (tag === 'w:t')
        words += childrenOf(node)
          .map((t) => String(t['#text'] ?? ''))
          .join('');
      else if (tag === 'w:tab' || tag === 'w:ptab') words += '\t';
      else if (tag === 'w:br' || tag === 'w:cr') {
        // A page or column break is layout; a line break is part of the text.
        if (!attr(node, 'w:type') || attr(node, 'w:type') === 'textWrapping') words += '\n';
      } else if (tag === 'w:noBreakHyphen') words += '\u2011';
      else if (tag === 'w:sym') {
        const code = Number.parseInt(attr(node, 'w:char') ?? '', 16);
        // Symbol-font bullets (Symbol F0B7, Wingdings F0A7 and F06C) are the typed "•" of old documents;
        // any other symbol keeps its own character.
        words += SYMBOL_BULLETS.has(code) ? '•' : Number.isInteger(code) && code > 0 ? String.fromCodePoint(code) : '';
      } else if (tag === 'w:drawing' || tag === 'w:pict' || tag === 'w:object' || tag === 'mc:AlternateContent') {
        if (hasDescendant(node, 'c:chart')) this.charts++;
        else counts.images++;
      }
      // w:delText (deleted text), w:instrText (a field's code) and w:fldChar are not words; a tracked
      // change of formatting only (w:rPrChange) leaves the words as they are.
    }
    if (/\S/.test(words)) {
      state.anyWords = true;
      if (!bold) state.allBold = false;
    }
    state.text += words;
  }

  cell(tc: XmlNode): DocCell {
    const counts: Counts = { images: 0, trackedChanges: 0, nestedTables: 0 };
    const tcPr = child(tc, 'w:tcPr');
    const span = Number(attr(child(tcPr ?? {}, 'w:gridSpan') ?? {}, 'w:val') ?? 1);
    const merged = span > 1 || child(tcPr ?? {}, 'w:vMerge') !== undefined || child(tcPr ?? {}, 'w:hMerge') !== undefined;
    const paragraphs: DocParagraph[] = [];
    for (const node of contentOf(tc)) {
      const tag = tagOf(node);
      if (tag === 'w:p') paragraphs.push(this.paragraph(node, counts));
      else if (tag === 'w:tbl') counts.nestedTables++;
    }
    return { paragraphs, merged, ...counts };
  }

  table(tbl: XmlNode, number: number): DocTable {
    const rows: DocRow[] = contentOf(tbl)
      .filter((tr) => tagOf(tr) === 'w:tr')
      .map((tr) => ({
        cells: contentOf(tr)
          .filter((tc) => tagOf(tc) === 'w:tc')
          .map((tc) => this.cell(tc)),
      }));
    return { kind: 'table', number, rows };
  }
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

/** Read a .docx file's bytes. Throws UnreadableDocument, in plain words, for anything that is not one. */
export function readDocx(bytes: Uint8Array): DocBody {
  if (bytes.length === 0) throw new UnreadableDocument('the file is empty', 'choose the .docx file of the appendix');
  if (startsWith(bytes, OLE_MAGIC)) {
    if (hasEncryptionInfo(bytes))
      throw new UnreadableDocument(
        'the document is protected with a password, so it cannot be read',
        'in Word, open it, remove the password (File → Info → Protect Document → Encrypt with Password), save it, and import again',
      );
    throw new UnreadableDocument(
      'this is an old-style Word document (.doc), not a .docx',
      'in Word, open it and use File → Save As → Word Document (.docx), then import the .docx',
    );
  }
  if (!startsWith(bytes, ZIP_MAGIC))
    throw new UnreadableDocument('this is not a Word document (.docx)', 'choose the .docx file of the appendix, as saved by Word');
  let parts: Record<string, Uint8Array>;
  const decode = (b: Uint8Array | undefined) => (b ? new TextDecoder('utf-8').decode(b) : undefined);
  let xml: Record<string, string | undefined>;
  try {
    // Sizes and counts are checked before anything is unpacked, and the XML before it is parsed (zip-limits.ts).
    parts = readZipParts(bytes, ['word/document.xml', 'word/styles.xml', 'docProps/core.xml']);
    xml = Object.fromEntries(Object.entries(parts).map(([name, b]) => [name, decode(b)]));
    for (const [name, text] of Object.entries(xml)) checkXmlSize(text ?? '', name);
  } catch (error) {
    if (error instanceof DocxRefused) throw new UnreadableDocument(error.message, error.hint);
    throw error;
  }
  const documentXml = parts['word/document.xml'];
  if (!documentXml)
    throw new UnreadableDocument(
      'this is a ZIP file but not a Word document (it has no word/document.xml)',
      'choose the .docx file of the appendix; an Excel or PowerPoint file cannot be imported',
    );
  let root: XmlNode | undefined;
  try {
    root = (parser.parse(xml['word/document.xml'] ?? '') as XmlNode[]).find((n) => tagOf(n) === 'w:document');
  } catch {
    throw new UnreadableDocument('the document inside the .docx is damaged', 'open it in Word, save it again, and import the saved copy');
  }
  const body = root ? child(root, 'w:body') : undefined;
  if (!body)
    throw new UnreadableDocument('the document inside the .docx has no body', 'open it in Word, save it again, and import the saved copy');
  const reader = new BodyReader(readStyles(xml['word/styles.xml']));
  const items: DocBody['items'] = [];
  const outside: Counts = { images: 0, trackedChanges: 0, nestedTables: 0 };
  let tables = 0;
  const walk = (container: XmlNode) => {
    for (const node of contentOf(container)) {
      const tag = tagOf(node);
      if (tag === 'w:p') items.push(reader.paragraph(node, outside));
      else if (tag === 'w:tbl') items.push(reader.table(node, ++tables));
      else if (tag === 'w:ins' || tag === 'w:moveTo') {
        outside.trackedChanges++;
        walk(node);
      } else if (tag === 'w:del' || tag === 'w:moveFrom') outside.trackedChanges++;
    }
  };
  walk(body);
  return {
    items,
    outside: { images: outside.images, trackedChanges: outside.trackedChanges },
    charts: reader.charts,
    madeByPlan: coreProperty(xml['docProps/core.xml'], 'dc:creator') === 'plan',
    keywords: (coreProperty(xml['docProps/core.xml'], 'cp:keywords') ?? '')
      .split(/[;,]/)
      .map((k) => k.trim())
      .filter(Boolean),
  };
}

/** One of the document's core properties (creator, keywords), as text. */
function coreProperty(xml: string | undefined, tag: string): string | undefined {
  if (!xml) return undefined;
  try {
    const root = (parser.parse(xml) as XmlNode[]).find((n) => tagOf(n) === 'cp:coreProperties');
    const node = root ? child(root, tag) : undefined;
    return node
      ? childrenOf(node)
          .map((t) => String(t['#text'] ?? ''))
          .join('')
      : undefined;
  } catch {
    return undefined;
  }
}
