import { Packer } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { TABLE_PLACEHOLDER, type Appendix } from './render-docx.js';

/**
 * Turn a Document into .docx bytes that depend only on the document. docx 9 puts three things in a file
 * that change from run to run: the wall-clock time in docProps/core.xml and on every zip entry
 * (including the chart workbooks, zips of their own), relationship ids made by `Math.random` (nanoid),
 * and drawing ids from a counter that lives as long as the process. We write core.xml ourselves with a
 * fixed date, rename the random ids in order of appearance (consistently in every part), number the
 * drawings from 1, and re-zip with the fixed date, so the same plan and template give the same bytes.
 */

export interface CoreProperties {
  title: string;
  subject: string;
  creator: string;
  keywords: string;
  description: string;
  language: string;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function coreXml(props: CoreProperties, date: Date): string {
  const when = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    `<dc:title>${escapeXml(props.title)}</dc:title>`,
    `<dc:subject>${escapeXml(props.subject)}</dc:subject>`,
    `<dc:creator>${escapeXml(props.creator)}</dc:creator>`,
    `<cp:keywords>${escapeXml(props.keywords)}</cp:keywords>`,
    `<dc:description>${escapeXml(props.description)}</dc:description>`,
    `<dc:language>${escapeXml(props.language)}</dc:language>`,
    `<cp:lastModifiedBy>${escapeXml(props.creator)}</cp:lastModifiedBy>`,
    '<cp:revision>1</cp:revision>',
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>`,
    '</cp:coreProperties>',
  ].join('');
}

/**
 * The document's date: `SOURCE_DATE_EPOCH` (seconds) when set, as reproducible-builds.org asks,
 * otherwise the given default (the end of the reported quarter). Never the clock.
 */
export function documentDate(fallback: Date, env: NodeJS.ProcessEnv = process.env): Date {
  const raw = env.SOURCE_DATE_EPOCH;
  if (raw !== undefined && /^\d{1,12}$/.test(raw.trim())) {
    const date = new Date(Number(raw.trim()) * 1000);
    // Zip dates cannot be earlier than 1980.
    if (date.getUTCFullYear() >= 1980 && date.getUTCFullYear() < 2108) return date;
  }
  return fallback;
}

/** A zip entry time with the same wall-clock fields in every time zone (zip stores local time). */
function zipTime(date: Date): Date {
  return new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds());
}

/** nanoid's 21 characters after "rId"; docx's own sequential ids ("rId1") never match. */
const RANDOM_REL_ID = /rId[A-Za-z0-9_-]{21}(?![A-Za-z0-9_-])/g;

/** docx's XML for a placeholder paragraph (see TABLE_PLACEHOLDER in render-docx.ts). */
const PLACEHOLDER = new RegExp(`<w:p><w:r><w:t xml:space="preserve">${TABLE_PLACEHOLDER}(\\d+)</w:t></w:r></w:p>`, 'g');

/** Swap each table's placeholder paragraph for the table; each must be found exactly once. */
function insertTables(documentXml: string, tables: readonly string[]): string {
  const seen = new Set<number>();
  const out = documentXml.replace(PLACEHOLDER, (whole, index: string) => {
    const n = Number(index);
    const xml = tables[n];
    if (xml === undefined || seen.has(n)) return whole;
    seen.add(n);
    return xml;
  });
  if (seen.size !== tables.length) throw new Error(`placed ${seen.size} of ${tables.length} tables in the document`);
  return out;
}

/**
 * Give every entry of a zip made by fflate (docx's embedded chart workbooks) the fixed date, in place:
 * the date is only in the entry headers, so nothing needs inflating again. Returns false for a zip
 * laid out otherwise, which is then unzipped and zipped again instead.
 */
function setZipDates(zip: Uint8Array, mtime: Date): boolean {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  if (end < 0 || view.getUint32(end, true) !== 0x06054b50) return false;
  const count = view.getUint16(end + 10, true);
  const time = (mtime.getHours() << 11) | (mtime.getMinutes() << 5) | (mtime.getSeconds() >> 1);
  const date = ((mtime.getFullYear() - 1980) << 9) | ((mtime.getMonth() + 1) << 5) | mtime.getDate();
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== 0x02014b50) return false;
    const local = view.getUint32(at + 42, true);
    if (local + 30 > at || view.getUint32(local, true) !== 0x04034b50) return false;
    for (const [offset, value] of [[at + 12, time], [at + 14, date], [local + 10, time], [local + 12, date]] as const) view.setUint16(offset, value, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return true;
}

/** Re-zip a package's files with stable ids and a fixed date; embedded packages (.xlsx) get the same treatment. */
function zipPackage(files: ReadonlyMap<string, Uint8Array | string>, mtime: Date, ids: Map<string, string>, tables: readonly string[] = []): Uint8Array {
  const entries: Zippable = {};
  for (const [path, data] of files) {
    if (/\.(xml|rels)$/.test(path)) {
      let text = (typeof data === 'string' ? data : strFromU8(data)).replace(RANDOM_REL_ID, (id) => {
        let stable = ids.get(id);
        if (stable === undefined) {
          stable = `rIdp${ids.size + 1}`;
          ids.set(id, stable);
        }
        return stable;
      });
      if (path === 'word/document.xml') {
        let drawing = 0;
        text = text.replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${++drawing}"`);
        text = insertTables(text, tables);
      }
      entries[path] = [strToU8(text), { mtime, level: 1 }];
    } else if (/\.(xlsx|docx|zip)$/.test(path)) {
      // Already compressed: stored as it is.
      const bytes = typeof data === 'string' ? strToU8(data) : data;
      entries[path] = [setZipDates(bytes, mtime) ? bytes : zipPackage(new Map(Object.entries(unzipSync(bytes))), mtime, new Map()), { mtime, level: 0 }];
    } else {
      entries[path] = [typeof data === 'string' ? strToU8(data) : data, { mtime, level: 6 }];
    }
  }
  return zipSync(entries, { mtime });
}

/**
 * docx's compiler gives the package's files before they are zipped, so the document is zipped once,
 * here, rather than zipped by docx, unzipped and zipped again. `Packer.compiler` is not in docx's
 * published types; the version is pinned in package-lock.json and the tests pack real documents.
 */
interface DocxCompiler {
  compile(file: Appendix['document'], prettify: undefined, overrides: ReadonlyArray<{ path: string; data: string }>): Map<string, Uint8Array | string>;
}

function docxCompiler(): DocxCompiler {
  const compiler = (Packer as unknown as { compiler?: Partial<DocxCompiler> }).compiler;
  if (typeof compiler?.compile !== 'function') throw new Error('this version of docx has no Packer.compiler; docx-pack.ts needs updating');
  return compiler as DocxCompiler;
}

export function packDocument(appendix: Appendix, props: CoreProperties, date: Date): Uint8Array {
  const files = docxCompiler().compile(appendix.document, undefined, [
    { path: 'docProps/core.xml', data: coreXml(props, date) },
    { path: 'word/numbering.xml', data: appendix.numberingXml },
  ]);
  return zipPackage(files, zipTime(date), new Map(), appendix.tables);
}
