import { Packer } from 'docx';
import type { CoreProperties, ReportModel } from '../report/model.js';
import { type ColumnChart, chartPartXml, chartRelId, workbookXlsx } from './chart.js';
import { xmlEscape } from './ooxml.js';
import { type Appendix, BLOCK_PLACEHOLDER, buildAppendix, linkRelId } from './render.js';
import { utf8Bytes, type ZipEntry, type ZipMemo, type ZipPiecesEntry, zipStreamed } from './zip.js';

/**
 * Turn an Appendix into .docx bytes that depend only on the appendix. docx builds the shell's parts;
 * the tables and charts (written as strings, see ooxml.ts and chart.ts) go into their places, with
 * numbering.xml, the chart parts and their workbooks. docx would put the wall-clock time in
 * docProps/core.xml and on every zip entry; we write core.xml ourselves and zip every part with a
 * fixed date, so the same plan and template give the same bytes (a test compares two runs). docx's
 * random relationship ids (nanoid) came only with its charts, which plan now writes itself.
 */

function coreXml(props: CoreProperties, date: Date): string {
  const when = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    `<dc:title>${xmlEscape(props.title)}</dc:title>`,
    `<dc:subject>${xmlEscape(props.subject)}</dc:subject>`,
    `<dc:creator>${xmlEscape(props.creator)}</dc:creator>`,
    `<cp:keywords>${xmlEscape(props.keywords)}</cp:keywords>`,
    `<dc:description>${xmlEscape(props.description)}</dc:description>`,
    `<dc:language>${xmlEscape(props.language)}</dc:language>`,
    `<cp:lastModifiedBy>${xmlEscape(props.creator)}</cp:lastModifiedBy>`,
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
function documentDate(fallback: Date, env: NodeJS.ProcessEnv = process.env): Date {
  const raw = env.SOURCE_DATE_EPOCH;
  if (raw !== undefined && /^\d{1,12}$/.test(raw.trim())) {
    const date = new Date(Number(raw.trim()) * 1000);
    // Zip dates cannot be earlier than 1980.
    if (date.getUTCFullYear() >= 1980 && date.getUTCFullYear() < 2108) return date;
  }
  return fallback;
}

/** docx's XML for a placeholder paragraph (see BLOCK_PLACEHOLDER in render.ts). */
const PLACEHOLDER = new RegExp(`<w:p><w:r><w:t xml:space="preserve">${BLOCK_PLACEHOLDER}(\\d+)</w:t></w:r></w:p>`, 'g');

/**
 * document.xml as a run of pieces, each placeholder paragraph swapped for its block; each must be found
 * exactly once. The blocks are most of a large document and are already bytes: the zip deflates the
 * pieces one by one rather than joining them into one more copy.
 */
function insertBlocks(documentXml: string, blocks: readonly Uint8Array[]): Uint8Array[] {
  const parts: Uint8Array[] = [];
  const seen = new Set<number>();
  let last = 0;
  for (const match of documentXml.matchAll(PLACEHOLDER)) {
    const n = Number(match[1]);
    const block = blocks[n];
    if (block === undefined || seen.has(n)) continue;
    seen.add(n);
    parts.push(Buffer.from(documentXml.slice(last, match.index), 'utf8'), block);
    last = match.index + match[0].length;
  }
  if (seen.size !== blocks.length) throw new Error(`placed ${seen.size} of ${blocks.length} tables and charts in the document`);
  parts.push(Buffer.from(documentXml.slice(last), 'utf8'));
  return parts;
}

/** Insert `xml` before the closing tag `close`, which must be there. */
function beforeClosing(text: string, close: string, xml: string): string {
  const at = text.lastIndexOf(close);
  if (at === -1) throw new Error(`no ${close} to add to`);
  return text.slice(0, at) + xml + text.slice(at);
}

const CHART_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';
const PACKAGE_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/package';
const HYPERLINK_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';

/** The document's relationships to the web addresses its text links to. */
function linkRelationships(links: readonly string[]): string {
  return links
    .map((href, i) => `<Relationship Id="${linkRelId(i + 1)}" Type="${HYPERLINK_TYPE}" Target="${xmlEscape(href)}" TargetMode="External"/>`)
    .join('');
}

/** The charts' own parts, and the entries that the document's relationships and content types need for them. */
function chartParts(charts: readonly ColumnChart[], mtime: Date) {
  const parts: ZipEntry[] = [];
  let relationships = '';
  let contentTypes = '';
  const memo: ZipMemo = new Map();
  charts.forEach((chart, i) => {
    const n = i + 1;
    const workbook = `Microsoft_Excel_Worksheet${n}.xlsx`;
    parts.push(
      { path: `word/charts/chart${n}.xml`, data: utf8Bytes(chartPartXml(chart, 'rId1')), deflate: true },
      {
        path: `word/charts/_rels/chart${n}.xml.rels`,
        data: utf8Bytes(
          `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${PACKAGE_TYPE}" Target="../embeddings/${workbook}"/></Relationships>`,
        ),
        deflate: true,
      },
      // Compressed already: stored as it is.
      { path: `word/embeddings/${workbook}`, data: workbookXlsx(chart, mtime, memo), deflate: false },
    );
    relationships += `<Relationship Id="${chartRelId(n)}" Type="${CHART_TYPE}" Target="charts/chart${n}.xml"/>`;
    contentTypes +=
      `<Override ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml" PartName="/word/charts/chart${n}.xml"/>` +
      `<Override ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" PartName="/word/embeddings/${workbook}"/>`;
  });
  return { parts, relationships, contentTypes };
}

/** Zip docx's files with a fixed date, with the tables and charts put in. */
function zipPackage(files: ReadonlyMap<string, Uint8Array | string>, appendix: Appendix, mtime: Date): Promise<Uint8Array> {
  const charts = chartParts(appendix.charts, mtime);
  // What the charts add to docx's own parts: before which closing tag, and what.
  const additions: Record<string, [close: string, xml: string]> = {
    'word/_rels/document.xml.rels': ['</Relationships>', charts.relationships + linkRelationships(appendix.links)],
    '[Content_Types].xml': ['</Types>', charts.contentTypes],
  };
  const asText = (data: Uint8Array | string) =>
    typeof data === 'string' ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8');
  const entries: (ZipEntry | ZipPiecesEntry)[] = [];
  for (const [path, data] of files) {
    if (path === 'word/document.xml') {
      entries.push({ path, pieces: insertBlocks(asText(data), appendix.blocks) });
      continue;
    }
    const addition = additions[path];
    const bytes = addition?.[1]
      ? Buffer.from(beforeClosing(asText(data), ...addition), 'utf8')
      : typeof data === 'string'
        ? Buffer.from(data, 'utf8')
        : data;
    entries.push({ path, data: bytes, deflate: true });
  }
  return zipStreamed([...entries, ...charts.parts], mtime);
}

/** docx's package as files by path, in the order Packer zips them. */
type DocxFiles = Map<string, Uint8Array | string>;
type DocxCompile = (document: Appendix['document']) => DocxFiles;

/**
 * docx's own compiler (`Packer.compiler.compile`), which Packer zips the files of: not in docx's types,
 * so it is used only when it is there and a function. It saves zipping the shell in JavaScript and
 * unzipping it again, which took 55-75 ms of CPU of a 550 ms report of the shipped plan (docs/speed.md).
 * docx is pinned to one version in package.json, and test/report.test.ts checks that both ways give the
 * same files, so an upgrade that changes it fails a test instead of changing the report.
 */
export function docxCompiler(): DocxCompile | undefined {
  const compiler = (Packer as unknown as { compiler?: { compile?: unknown } }).compiler;
  const compile = compiler?.compile;
  return typeof compile === 'function' ? (document) => new Map(compile.call(compiler, document) as DocxFiles) : undefined;
}

/**
 * The package's files as docx writes them, so that the tables and charts can go in before plan zips
 * the package once, with a fixed date: from docx's compiler when it has one, otherwise through its
 * public API, zipped by Packer and unzipped here.
 */
export async function docxFiles(document: Appendix['document'], via: 'compiler' | 'zip' = 'compiler'): Promise<DocxFiles> {
  const compile = via === 'compiler' ? docxCompiler() : undefined;
  if (compile) return compile(document);
  // fflate is not in the bundle: loaded only on this way round.
  const { unzipSync } = await import('fflate');
  const packed = new Uint8Array(await Packer.toArrayBuffer(document));
  return new Map(Object.entries(unzipSync(packed)));
}

/**
 * Two of docx's parts are replaced by plan's own: core.xml (docx would write the wall-clock time) and
 * numbering.xml (plan's bullet list). That is safe only while docx puts nothing of its own in them:
 * no metadata on the Document (it is built once, in the report model's description.properties) and no numbered
 * paragraph in the shell. Checked on every report, so that a change elsewhere cannot lose either.
 */
function replaceOwnedParts(files: DocxFiles, appendix: Appendix, date: Date): void {
  const asText = (path: string) => {
    const data = files.get(path);
    return typeof data === 'string' ? data : data ? Buffer.from(data).toString('utf8') : '';
  };
  const metadata = /<(dc:title|dc:subject|dc:description|cp:keywords|dc:language|cp:category)>/.exec(asText('docProps/core.xml'));
  if (metadata)
    throw new Error(
      `docx wrote ${metadata[1]} in core.xml, which plan replaces: set document metadata in the report model's description.properties`,
    );
  if (asText('word/document.xml').includes('<w:numPr>'))
    throw new Error("docx wrote a numbered paragraph, but plan replaces docx's numbering.xml: build lists in ooxml.ts");
  files.set('docProps/core.xml', coreXml(appendix.properties, date));
  files.set('word/numbering.xml', appendix.numberingXml);
}

export async function packDocument(appendix: Appendix, date: Date): Promise<Uint8Array> {
  const files = await docxFiles(appendix.document);
  replaceOwnedParts(files, appendix, date);
  // Zip entries store a date without a time zone: plan writes the UTC fields, the same in every zone.
  return zipPackage(files, appendix, date);
}

/**
 * The Word appendix of a report model, and its bytes: dated the last day of the reported quarter, unless
 * SOURCE_DATE_EPOCH says otherwise (plan report and plan preview both write it so).
 */
export async function buildDocx(model: ReportModel, periodEnd: Date): Promise<{ appendix: Appendix; bytes: Uint8Array }> {
  const appendix = buildAppendix(model);
  return { appendix, bytes: await packDocument(appendix, documentDate(periodEnd)) };
}
