import { zipSync } from 'fflate';

/**
 * Hand-written WordprocessingML, zipped into a .docx in memory: the fourth "producer" of the import
 * tests, for what python-docx, LibreOffice and pandoc do not write (footnotes, text boxes, equations,
 * ruby, altChunk, hidden text, Word's numbering, shading, symbol fonts, merged headers).
 */

const NS = [
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"',
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
  'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"',
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"',
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"',
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"',
].join(' ');

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A run of text, with run properties (e.g. '<w:b/>'). */
export const run = (text: string, rPr = '') =>
  `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;

/** A paragraph: plain text, or runs already written (starting with "<"), with paragraph properties. */
export const para = (content: string, pPr = '') =>
  `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${content.startsWith('<') ? content : run(content)}</w:p>`;

/** A cell: text or paragraphs, with cell properties (e.g. '<w:gridSpan w:val="2"/>'). */
export const cell = (content: string, tcPr = '') =>
  `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${content.startsWith('<') ? content : para(content)}</w:tc>`;

export const row = (...cells: string[]) => `<w:tr>${cells.map((c) => (c.startsWith('<w:tc') ? c : cell(c))).join('')}</w:tr>`;

export const table = (...rows: string[]) => `<w:tbl>${rows.join('')}</w:tbl>`;

/** A cell shaded with a fill colour or a theme colour. */
export const shaded = (content: string, shd: string) => cell(content, `<w:shd w:val="clear" w:color="auto" ${shd}/>`);

/** A .docx holding this body and any other parts (footnotes, numbering, relationships …). */
export function wordFile(body: string, parts: Record<string, string | Uint8Array> = {}): Uint8Array {
  const encode = (v: string | Uint8Array) => (typeof v === 'string' ? new TextEncoder().encode(v) : v);
  return zipSync({
    'word/document.xml': encode(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${NS}><w:body>${body}</w:body></w:document>`,
    ),
    ...Object.fromEntries(Object.entries(parts).map(([name, data]) => [name, encode(data)])),
  });
}

/** word/footnotes.xml with Word's separator and these notes (id → text). */
export function footnotes(notes: Record<string, string>): string {
  const body = Object.entries(notes)
    .map(([id, text]) => `<w:footnote w:id="${id}"><w:p><w:r><w:footnoteRef/></w:r>${run(` ${text}`)}</w:p></w:footnote>`)
    .join('');
  return `<w:footnotes ${NS}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>${body}</w:footnotes>`;
}

/** word/_rels/document.xml.rels with these relationships (id → [type, target]). */
export function relationships(rels: Record<string, [string, string]>): string {
  const items = Object.entries(rels)
    .map(
      ([id, [type, target]]) =>
        `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;
}
