import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, PDFString } from '@cantoo/pdf-lib';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addFigureAlts, readFigureAlts } from '../src/pdf/figure-alt.js';
import { accessibilityProblems, docxOutline, pdfOutline } from './accessibility.js';
import { ROOT, runPlan, runPlanAsync, SHIPPED_PLANS } from './helpers.js';
import { assertOfficeAvailable, convertToPdf, SKIP_OFFICE } from './office.js';

/**
 * The PDF, read back as a reader would: poppler's pdfinfo and pdftotext for the page and the words,
 * and the PDF's own structure tree (through @cantoo/pdf-lib) for the tags and each figure's /Alt.
 */

const dir = mkdtempSync(join(tmpdir(), 'plan-pdf-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Data {
  councils: { code: string; name: string }[];
  targets: { measure: string; councils: { code: string; target: number; achieved: number }[] }[];
}

const money = (n: number) => `£${n.toLocaleString('en-GB')}`;

type Report = Awaited<ReturnType<typeof report>>;

/** Write all four formats of one plan together into a folder of their own, with the built binary. */
async function report(plans: string, quarter: string, name: string) {
  const out = join(dir, name);
  mkdirSync(out);
  const r = await runPlanAsync(['report', '--plans', plans, '--quarter', quarter, '--format', 'docx,pdf,html,json'], { cwd: out });
  expect(r.exitCode, r.stderr).toBe(0);
  // The four formats at once: four files, named alike.
  expect(
    readdirSync(join(out, 'out'))
      .map((f) => f.replace(/^.*\./, ''))
      .sort(),
  ).toEqual(['docx', 'html', 'json', 'pdf']);
  const file = (ext: string) => join(out, 'out', readdirSync(join(out, 'out')).find((f) => f.endsWith(ext))!);
  const pdf = file('.pdf');
  return {
    pdf,
    docx: file('.docx'),
    data: JSON.parse(readFileSync(file('.json'), 'utf8')) as Data,
    info: execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }),
    text: execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }),
  };
}

/** The addresses the .docx links to: its external hyperlink relationships. */
function docxLinks(docx: string): string[] {
  const rels = strFromU8(unzipSync(readFileSync(docx))['word/_rels/document.xml.rels']!);
  return [...rels.matchAll(/<Relationship [^>]*hyperlink" Target="([^"]+)" TargetMode="External"/g)].map((m) => m[1]!);
}

/**
 * The addresses of the PDF's tagged links: each Link structure element's object reference (/OBJR) to
 * a link annotation, and that annotation's /URI. A link drawn without a tag, or a tag without an
 * annotation (what LibreOffice made before the runs had the Hyperlink style), is not counted.
 */
async function taggedLinks(pdf: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const out: string[] = [];
  const resolve = (v: unknown) => (v instanceof PDFRef ? doc.context.lookup(v) : v);
  const kids = (d: PDFDict) => {
    const k = resolve(d.get(PDFName.of('K')));
    return (k instanceof PDFArray ? k.asArray().map(resolve) : [k]).filter((x): x is PDFDict => x instanceof PDFDict);
  };
  const visit = (d: PDFDict) => {
    if (d.get(PDFName.of('S')) === PDFName.of('Link'))
      for (const k of kids(d)) {
        const annot = k.get(PDFName.of('Type')) === PDFName.of('OBJR') ? resolve(k.get(PDFName.of('Obj'))) : undefined;
        const action = annot instanceof PDFDict ? resolve(annot.get(PDFName.of('A'))) : undefined;
        const uri = action instanceof PDFDict ? resolve(action.get(PDFName.of('URI'))) : undefined;
        if (uri instanceof PDFString) out.push(uri.decodeText());
      }
    for (const k of kids(d)) visit(k);
  };
  const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  if (root) visit(root);
  return out;
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);

/** The Westbrook plan (three councils), with a second web address, written without https://, in another section's narrative. */
function linkedPlans(): string {
  const plans = join(dir, 'linked-plans');
  cpSync(join(ROOT, 'test', 'fixtures', 'westbrook', 'plans'), plans, { recursive: true });
  const file = join(plans, '3-local-suppliers.yaml');
  const line = 'narrative: Added at the July board after the Social Value Act review.';
  expect(readFileSync(file, 'utf8')).toContain(line);
  writeFileSync(file, readFileSync(file, 'utf8').replace(line, `${line} Notices at www.contractsfinder.service.gov.uk.`));
  return plans;
}

/**
 * The two PDFs these tests read, written at once (each run starts LibreOffice, which waits on one core
 * for seconds): the shipped plan, and the linked copy of the three-council plan.
 */
let shipped: Report;
let linked: Report;
beforeAll(async () => {
  if (SKIP_OFFICE) return;
  assertOfficeAvailable();
  [shipped, linked] = await Promise.all([report(SHIPPED_PLANS, 'Q3', 'shipped'), report(linkedPlans(), 'Q2', 'linked')]);
}, 240_000);

describe.skipIf(SKIP_OFFICE)('plan report --format pdf', () => {
  it('writes a tagged A4 landscape PDF of the shipped plan, with every action, every figure and alt text on each chart', async () => {
    const { pdf, docx, data, info, text } = shipped;
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Title:\s+Joint Procurement Action Plan 2013\/14 Q3 Update – Appendix 1$/m);
    const [, width, height] = /^Page size:\s+([\d.]+) x ([\d.]+) pts \(A4\)$/m.exec(info) ?? [];
    expect(Number(width)).toBeGreaterThan(Number(height));
    // The language and the PDF/UA claim are in the catalog and the XMP metadata.
    const raw = readFileSync(pdf).toString('latin1');
    expect(raw).toMatch(/\/Lang\s*\(en-GB\)/);
    expect(raw).toContain('pdfuaid:part');

    // Every word of the Word appendix, as LibreOffice prints it, is in the PDF, in the same order.
    // (converted in a folder of its own: LibreOffice writes its PDF beside the .docx, with the same name)
    mkdirSync(join(dir, 'plain'));
    cpSync(docx, join(dir, 'plain', 'appendix.docx'));
    const plain = execFileSync('pdftotext', ['-layout', convertToPdf(join(dir, 'plain', 'appendix.docx')), '-'], { encoding: 'utf8' });
    expect(words(text).join(' ')).toBe(words(plain).join(' '));
    for (const t of data.targets)
      for (const c of t.councils) {
        expect(text).toContain(money(c.achieved));
        expect(text).toContain(money(c.target));
      }
    for (const heading of ['8.1', '8.2', '8.3', '8.4', '8.5', '8.6', '8.7', '8.8']) expect(text).toContain(heading);

    // The shared accessibility checks, on the PDF's tags: the same headings, tables and figures as the .docx.
    const tags = await pdfOutline(readFileSync(pdf));
    expect(accessibilityProblems(tags)).toEqual([]);
    const reference = docxOutline(readFileSync(docx));
    expect(tags.headings).toEqual(reference.headings);
    expect(tags.tables.map((t) => t.cells.length)).toEqual(reference.tables.map((t) => t.cells.length));

    const alts = await readFigureAlts(readFileSync(pdf));
    expect(alts).toEqual(tags.figures);
    expect(alts).toHaveLength(data.targets.length);
    alts.forEach((alt, i) => {
      const t = data.targets[i]!;
      expect(alt?.toLowerCase()).toContain(t.measure);
      for (const c of t.councils) {
        const council = data.councils.find((k) => k.code === c.code)!;
        expect(alt).toContain(`${council.name}: ${money(c.achieved)}`);
        expect(alt).toContain(money(c.target));
      }
    });
  }, 120_000);

  it('keeps the alt text of the three-council plan, each chart naming the councils it shows', async () => {
    const { pdf, data, info } = linked;
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(accessibilityProblems(await pdfOutline(readFileSync(pdf)))).toEqual([]);
    const alts = await readFigureAlts(readFileSync(pdf));
    expect(alts.length).toBeGreaterThan(0);
    expect(alts).toHaveLength(data.targets.length);
    alts.forEach((alt, i) => {
      for (const c of data.targets[i]!.councils) expect(alt).toContain(data.councils.find((k) => k.code === c.code)!.name);
    });
    // One target is shared by all three councils, so every name is in some alt text.
    for (const c of data.councils) expect(alts.join(' ')).toContain(c.name);
  }, 120_000);

  it('makes every web address in the plan a working, tagged link', async () => {
    const { pdf, docx } = linked;
    // The supplier-portal action, dropped in Q1, stays in the Q2 report with its narrative's address.
    const expected = [
      'https://www.contractsfinder.service.gov.uk',
      'https://www.example-county.gov.uk/suppliers',
      'https://www.westbrook.gov.uk/procurement',
    ];
    expect(docxLinks(docx).sort()).toEqual(expected);
    // Word's Hyperlink character style, which LibreOffice needs to export a link, is on each link's run and defined.
    const parts = unzipSync(readFileSync(docx));
    const body = strFromU8(parts['word/document.xml']!);
    expect(body.match(/<w:hyperlink /g)).toHaveLength(expected.length);
    expect(body.match(/<w:hyperlink [^>]*><w:r><w:rPr><w:rStyle w:val="Hyperlink"\/>/g)).toHaveLength(expected.length);
    expect(strFromU8(parts['word/styles.xml']!)).toMatch(/<w:style w:type="character" w:styleId="Hyperlink">/);
    // poppler lists each link annotation with its address (page, type, address).
    const listed = execFileSync('pdfinfo', ['-url', pdf], { encoding: 'utf8' })
      .split('\n')
      .slice(1)
      .map((line) => line.trim().split(/\s+/)[2])
      .filter((url): url is string => Boolean(url));
    // LibreOffice writes an address in its normal form (a bare host gains its "/"): compared as URLs.
    const normal = (urls: string[]) => [...new Set(urls.map((u) => new URL(u).href))].sort();
    expect(normal(listed)).toEqual(normal(expected));
    // And each is tagged: a Link element in the structure tree refers to its annotation.
    expect(normal(await taggedLinks(readFileSync(pdf)))).toEqual(normal(expected));
  }, 120_000);

  it('says in one line that LibreOffice is missing, exits 2 and writes nothing', () => {
    const out = join(dir, 'no-office');
    mkdirSync(out);
    const r = runPlan(['report', '--plans', SHIPPED_PLANS, '--quarter', 'Q3', '--format', 'docx,pdf'], {
      cwd: out,
      env: { PLAN_SOFFICE: join(out, 'no-such-soffice') },
    });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/^plan: error: cannot write the PDF: LibreOffice \(.*no-such-soffice\) is not installed$/m);
    expect(r.stderr).toContain('sudo apt-get install libreoffice-writer-nogui');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(out)).toEqual([]);
  });

  it('says what LibreOffice said when it cannot convert, exits 2 and writes nothing', () => {
    const out = join(dir, 'broken-office');
    mkdirSync(out);
    const fake = join(out, 'soffice');
    writeFileSync(fake, '#!/bin/sh\necho "Error: source file could not be loaded" >&2\nexit 1\n', { mode: 0o755 });
    const r = runPlan(['report', '--plans', SHIPPED_PLANS, '--quarter', 'Q3', '--format', 'pdf,json'], {
      cwd: out,
      env: { PLAN_SOFFICE: fake },
    });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('LibreOffice did not make it (it said: Error: source file could not be loaded)');
    expect(readdirSync(out)).toEqual(['soffice']);
  });
});

describe('figure alt text', () => {
  it('refuses to label figures it cannot match one to one', async () => {
    const { PDFDocument } = await import('@cantoo/pdf-lib');
    const empty = await (await PDFDocument.create()).save();
    expect(await readFigureAlts(empty)).toEqual([]);
    await expect(addFigureAlts(empty, ['a chart'])).rejects.toThrow('0 figures for 1 charts');
  });
});
