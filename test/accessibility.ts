import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, type PDFNumber, PDFRef, PDFString } from '@cantoo/pdf-lib';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { contrastRatio } from '../src/shared/contrast.js';

/**
 * The accessibility the Public Sector Bodies Accessibility Regulations ask of the report, checked the
 * same way for the .docx, the PDF and the web page: each is read into an `Accessible` outline (by its
 * own reader below) and `accessibilityProblems` lists what is wrong with it, in words. An empty list
 * is a pass; the tests also feed it faulty outlines to show that it can fail.
 */
export interface Accessible {
  title: string | undefined;
  lang: string | undefined;
  /** Heading levels in reading order (1 = the top-level heading). */
  headings: number[];
  tables: {
    /** Whether the first row is marked as the header row (repeated on each page, read as headers). */
    headerRow: boolean;
    /** Cells spanning more than one column or row. */
    merged: number;
    /** Each cell's text, or null where the reader cannot see text (the PDF's structure tree). */
    cells: (string | null)[];
  }[];
  /** Each chart or picture's alt text (undefined where missing). */
  figures: (string | undefined)[];
  /** Every text colour with the fill behind it, as six-digit hex. */
  colours: { text: string; fill: string }[];
}

export function accessibilityProblems(doc: Accessible): string[] {
  const problems: string[] = [];
  if (!doc.title?.trim()) problems.push('no title');
  if (doc.lang !== 'en-GB') problems.push(`the language is ${doc.lang ?? 'not set'}, not en-GB`);
  if (doc.headings.length === 0) problems.push('no headings');
  if (doc.headings[0] !== undefined && doc.headings[0] !== 1) problems.push(`the first heading is level ${doc.headings[0]}, not 1`);
  doc.headings.forEach((level, i) => {
    const before = doc.headings[i - 1];
    if (before !== undefined && level > before + 1) problems.push(`heading ${i + 1} skips from level ${before} to ${level}`);
  });
  doc.tables.forEach((t, i) => {
    if (!t.headerRow) problems.push(`table ${i + 1} has no header row`);
    if (t.merged > 0) problems.push(`table ${i + 1} has ${t.merged} merged cells`);
    const empty = t.cells.filter((c) => c !== null && c.trim() === '').length;
    if (empty > 0) problems.push(`table ${i + 1} has ${empty} empty cells`);
  });
  doc.figures.forEach((alt, i) => {
    if (!alt?.trim()) problems.push(`figure ${i + 1} has no alt text`);
  });
  for (const { text, fill } of doc.colours) {
    const ratio = contrastRatio(text, fill);
    if (ratio < 4.5) problems.push(`text ${text} on ${fill} has a contrast of ${ratio.toFixed(2)}:1, under 4.5:1`);
  }
  return [...new Set(problems)];
}

const textOf = (xml: string) => [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

/** The outline of a .docx, from its XML. */
export function docxOutline(bytes: Uint8Array): Accessible {
  const files = unzipSync(bytes);
  const part = (name: string) => (files[name] ? strFromU8(files[name]) : '');
  const document = part('word/document.xml');
  const styles = part('word/styles.xml');
  const core = part('docProps/core.xml');
  const headings = [...document.matchAll(/<w:pStyle w:val="Heading(\d)"\/>/g)].map((m) => Number(m[1]));
  const tables = [...document.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map(([, xml]) => {
    const rows = [...xml!.matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    const cells = rows.flatMap((r) => [...r.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => m[0]));
    return {
      headerRow: /<w:tblHeader\/>|<w:tblHeader w:val="(?:true|1|on)"\/>/.test(rows[0] ?? ''),
      merged: cells.filter((c) => /<w:gridSpan w:val="(?!1")|<w:vMerge|<w:hMerge/.test(c)).length,
      cells: cells.map(textOf),
    };
  });
  const figures = [...document.matchAll(/<wp:docPr\b[^>]*?\/?>/g)].map((m) => /\bdescr="([^"]*)"/.exec(m[0])?.[1]);
  // Text colours: each run's colour on its cell's fill (white outside a shaded cell), and the styles'.
  const colours: Accessible['colours'] = [];
  const runColours = (xml: string, fill: string) => {
    for (const m of xml.matchAll(/<w:rPr>[\s\S]*?<\/w:rPr>/g)) {
      const colour = /<w:color w:val="([0-9A-Fa-f]{6})"/.exec(m[0])?.[1];
      if (colour) colours.push({ text: colour.toUpperCase(), fill });
    }
    // On a shaded cell, text in no colour of its own is Word's automatic black.
    if (fill !== 'FFFFFF')
      for (const m of xml.matchAll(/<w:r>[\s\S]*?<\/w:r>/g)) if (!/<w:color /.test(m[0])) colours.push({ text: '000000', fill });
  };
  const outsideCells = document.replace(/<w:tc>[\s\S]*?<\/w:tc>/g, '');
  runColours(outsideCells, 'FFFFFF');
  for (const m of document.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)) {
    const fill = /<w:shd [^>]*w:fill="([0-9A-Fa-f]{6})"/.exec(m[0])?.[1]?.toUpperCase() ?? 'FFFFFF';
    runColours(m[0], fill);
  }
  runColours(styles, 'FFFFFF');
  return {
    title: /<dc:title>([^<]*)<\/dc:title>/.exec(core)?.[1],
    lang: /<w:lang w:val="([^"]+)"/.exec(styles)?.[1],
    headings,
    tables,
    figures,
    colours,
  };
}

/** The outline of a PDF, from its structure tree (the tags a screen reader reads) and catalog. */
export async function pdfOutline(bytes: Uint8Array): Promise<Accessible> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const name = (d: PDFDict) => (d.get(PDFName.of('S')) as PDFName | undefined)?.decodeText();
  const str = (v: unknown) => (v instanceof PDFString || v instanceof PDFHexString ? v.decodeText() : undefined);
  const children = (d: PDFDict): PDFDict[] => {
    const k = d.lookup(PDFName.of('K'));
    const list = k instanceof PDFArray ? k.asArray() : k ? [k] : [];
    return list
      .map((x) => (x instanceof PDFRef ? doc.context.lookup(x) : x))
      .filter((x): x is PDFDict => x instanceof PDFDict && x.get(PDFName.of('S')) !== undefined);
  };
  const spans = (cell: PDFDict) => {
    const a = cell.lookup(PDFName.of('A'));
    const dicts = a instanceof PDFArray ? a.asArray().map((x) => doc.context.lookup(x)) : [a];
    return dicts.some(
      (x) =>
        x instanceof PDFDict &&
        ['RowSpan', 'ColSpan'].some((key) => ((x.lookup(PDFName.of(key)) as PDFNumber | undefined)?.asNumber() ?? 1) > 1),
    );
  };
  const out: Accessible = {
    title: doc.getTitle(),
    lang: str(doc.catalog.lookup(PDFName.of('Lang'))),
    headings: [],
    tables: [],
    figures: [],
    colours: [],
  };
  const visit = (d: PDFDict) => {
    const role = name(d) ?? '';
    const level = /^H([1-6])$/.exec(role)?.[1];
    if (level) out.headings.push(Number(level));
    if (role === 'Figure') out.figures.push(str(d.lookup(PDFName.of('Alt'))));
    if (role === 'Table') {
      const rows = children(d).flatMap((x) => (['THead', 'TBody', 'TFoot'].includes(name(x) ?? '') ? children(x) : [x]));
      const cells = rows.flatMap(children);
      out.tables.push({
        headerRow: rows[0] !== undefined && children(rows[0]).length > 0 && children(rows[0]).every((c) => name(c) === 'TH'),
        merged: cells.filter(spans).length,
        cells: cells.map(() => null),
      });
    }
    for (const c of children(d)) visit(c);
  };
  const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  if (root) for (const c of children(root)) visit(c);
  return out;
}

/** The outline of the page open in a browser, from its DOM and computed styles. */
export async function htmlOutline(page: Page): Promise<Accessible> {
  return page.evaluate(() => {
    const hex = (css: string) => {
      const [r, g, b] = (css.match(/\d+(\.\d+)?/g) ?? []).map(Number);
      return [r, g, b]
        .map((n) =>
          Math.round(n ?? 0)
            .toString(16)
            .padStart(2, '0'),
        )
        .join('')
        .toUpperCase();
    };
    const fillOf = (el: Element | null): string => {
      for (let e = el; e; e = e.parentElement) {
        const bg = getComputedStyle(e).backgroundColor;
        if (bg && !/rgba\(.*,\s*0\)$|transparent/.test(bg)) return hex(bg);
      }
      return 'FFFFFF';
    };
    const textElements = [...document.body.querySelectorAll('*')].filter((e) =>
      [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim()),
    );
    return {
      title: document.title,
      lang: document.documentElement.lang,
      headings: [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map((h) => Number(h.tagName[1])),
      tables: [...document.querySelectorAll('table')].map((t) => ({
        headerRow: (t.tHead?.rows[0]?.cells.length ?? 0) > 0 && [...(t.tHead?.rows[0]?.cells ?? [])].every((c) => c.tagName === 'TH'),
        merged: [...t.querySelectorAll('td,th')].filter(
          (c) => (c as HTMLTableCellElement).colSpan > 1 || (c as HTMLTableCellElement).rowSpan > 1,
        ).length,
        cells: [...t.querySelectorAll('td,th')].map((c) => c.textContent ?? ''),
      })),
      figures: [...document.querySelectorAll('img,svg,[role=img]')].map(
        (f) => f.getAttribute('alt') ?? f.getAttribute('aria-label') ?? f.querySelector('title')?.textContent ?? undefined,
      ),
      colours: textElements.map((e) => ({ text: hex(getComputedStyle(e).color), fill: fillOf(e) })),
    };
  });
}
