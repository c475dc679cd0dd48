import { Packer, type Document } from 'docx';
import { unzipSync, zipSync, type Zippable } from 'fflate';

/**
 * Turn a Document into .docx bytes that depend only on the document: docx stamps the wall-clock time
 * into docProps/core.xml and fflate stamps it on every zip entry. We write core.xml ourselves with a
 * fixed date and re-zip with that date, so the same plan and template give byte-identical files.
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

export async function packDocument(doc: Document, props: CoreProperties, date: Date): Promise<Uint8Array> {
  const packed = await Packer.toBuffer(doc, false, [{ path: 'docProps/core.xml', data: coreXml(props, date) }]);
  const files = unzipSync(new Uint8Array(packed.buffer, packed.byteOffset, packed.byteLength));
  const mtime = zipTime(date);
  const entries: Zippable = {};
  for (const [path, data] of Object.entries(files)) entries[path] = [data, { mtime, level: 6 }];
  return zipSync(entries, { mtime });
}
