import { Packer, type Document } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

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

/** Re-zip a package with stable ids and a fixed date; embedded packages (.xlsx) get the same treatment. */
function normalisePackage(zip: Uint8Array, mtime: Date, ids: Map<string, string>): Uint8Array {
  const files = unzipSync(zip);
  const entries: Zippable = {};
  for (const [path, data] of Object.entries(files)) {
    let bytes: Uint8Array = data;
    if (/\.(xml|rels)$/.test(path)) {
      let text = strFromU8(data).replace(RANDOM_REL_ID, (id) => {
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
      }
      bytes = strToU8(text);
    } else if (/\.(xlsx|docx|zip)$/.test(path)) {
      bytes = normalisePackage(data, mtime, new Map());
    }
    // Level 1: docx has compressed once already; a second full effort costs more than it saves.
    entries[path] = [bytes, { mtime, level: 1 }];
  }
  return zipSync(entries, { mtime });
}

export async function packDocument(doc: Document, props: CoreProperties, date: Date): Promise<Uint8Array> {
  const packed = await Packer.toBuffer(doc, false, [{ path: 'docProps/core.xml', data: coreXml(props, date) }]);
  return normalisePackage(new Uint8Array(packed.buffer, packed.byteOffset, packed.byteLength), zipTime(date), new Map());
}
