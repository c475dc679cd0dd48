import { normaliseText } from '../shared/words.js';
import { BodyReader, type Counts, contentOf, type Parts } from './body-reader.js';
import { readThemeColours } from './cell-colour.js';
import type { DocBody } from './doc-body.js';
import { NumberingCounter, readNumbering } from './docx-numbering.js';
import { readStyles } from './docx-styles.js';
import { attr, child, childrenOf, parseRoot, tagOf, textOf, type XmlNode } from './xml.js';
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
      .map((p) => normaliseText(reader.paragraph(p, counts).text))
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
