import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { planFiles } from '../src/commands/import/run.js';
import { readDocx } from '../src/import/read-docx.js';
import { toPlan } from '../src/import/to-plan.js';
import { ROOT, tempFolders } from './helpers.js';
import { cell, footnotes, para, relationships, row, run, shaded, table, wordFile } from './word-xml.js';

/**
 * `plan import` measured on documents other producers made, against a peer: each document's words
 * (not hidden, not deleted) must be found in the plan's YAML values or comments (≥ 99.5%, and no fewer
 * than mammoth's raw text finds), and every action must land in the section the document puts it in,
 * with the RAG rating the document shows. The fixtures are committed with the scripts that made them
 * (pandoc, LibreOffice from HTML, .odt and RTF, python-docx), so the tests need none of those programs.
 */

interface Expected {
  sections: Array<{ number: string; title: string; actions: Array<{ action: string; rag?: string }> }>;
}

const temp = tempFolders('plan-import-corpus-');
afterAll(temp.removeAll);

const decode = (b: Uint8Array | undefined) => (b ? new TextDecoder().decode(b) : '');
const entities = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');

function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * The words a reader sees in the document, read from its XML apart from plan's reader: the text of the
 * body, notes, text boxes and equations and of pasted-in HTML, without hidden runs or tracked deletions.
 */
function documentWords(bytes: Uint8Array): string[] {
  const parts = unzipSync(bytes);
  const xml = ['word/document.xml', 'word/footnotes.xml', 'word/endnotes.xml']
    .map((n) => decode(parts[n]))
    .join(' ')
    // A drawing is stored twice (DrawingML and its VML fallback); a reader sees it once.
    .replace(/<mc:Fallback>[\s\S]*?<\/mc:Fallback>/g, '')
    .replace(/<w:del\b[\s\S]*?<\/w:del>/g, '')
    .replace(/<w:r[ >](?:(?!<\/w:r>)[\s\S])*?<w:(?:vanish|specVanish)\/>[\s\S]*?<\/w:r>/g, '')
    // Characters typed in a symbol font are symbols (a tick), not words, like w:sym.
    .replace(/<w:r[ >](?:(?!<\/w:r>)[\s\S])*?<w:rFonts w:ascii="(?:Wingdings|Webdings|Symbol)"[\s\S]*?<\/w:r>/g, '')
    // A ruby's guide text and its base are two words, and tabs and breaks part words.
    .replace(/<w:(?:tab|br|cr)\/>|<\/?w:rt>/g, '<w:t> </w:t>');
  const paragraphs = xml
    .split(/<\/w:p>/)
    .map((p) => [...p.matchAll(/<(?:w|m):t(?:\s[^>]*)?>([^<]*)<\/(?:w|m):t>/g)].map((m) => entities(m[1]!)).join(''));
  const chunks = Object.entries(parts)
    .filter(([name]) => /^word\/.*\.html?$/.test(name))
    .map(([, data]) => entities(decode(data).replace(/<[^>]*>/g, ' ')));
  return tokens([...paragraphs, ...chunks].join(' '));
}

/** The words of the written plan: every YAML value and every comment (keys are plan's, not the document's). */
function planWords(texts: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string' || typeof value === 'number') out.push(String(value));
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  for (const text of texts) {
    walk(parse(text));
    for (const line of text.split('\n')) if (/^\s*#/.test(line)) out.push(line.replace(/^\s*#/, ''));
  }
  return tokens(out.join(' '));
}

/** The share of the document's words (counted with repeats) found in the other text. */
function recall(documentTokens: readonly string[], found: readonly string[]): number {
  const available = new Map<string, number>();
  for (const t of found) available.set(t, (available.get(t) ?? 0) + 1);
  let matched = 0;
  for (const t of documentTokens) {
    const n = available.get(t) ?? 0;
    if (n > 0) {
      matched++;
      available.set(t, n - 1);
    }
  }
  return documentTokens.length === 0 ? 1 : matched / documentTokens.length;
}

const percent = (x: number) => `${(x * 100).toFixed(2)}%`;

/** Import in-process as `plan import` does, writing the files; the plan and the YAML texts. */
function importDocument(bytes: Uint8Array, quarter?: 'Q1' | 'Q2' | 'Q3' | 'Q4') {
  const dir = join(temp.make(), 'plans');
  mkdirSync(dir);
  const plan = toPlan(readDocx(bytes), { source: 'appendix.docx', quarter });
  const files = planFiles(dir, plan).filter((f) => f.path.endsWith('.yaml'));
  for (const f of files) writeFileSync(f.path, f.data);
  return { plan, yaml: files.map((f) => f.data) };
}

/** The fourth producer: WordprocessingML written by hand, with what the other three cannot make. */
function handWritten(): { bytes: Uint8Array; expected: Expected } {
  const numbering = `<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
    <w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="2"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl></w:abstractNum>
    <w:num w:numId="4"><w:abstractNumId w:val="7"/></w:num></w:numbering>`;
  const numbered = (level: number, text: string) =>
    para(text, `<w:pStyle w:val="Heading${level + 1}"/><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="4"/></w:numPr>`);
  const box = `<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>${para('Figures checked by audit')}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>${para('Figures checked by audit')}</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent>`;
  const wingdings = '<w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/>';
  const body = [
    para('Southvale Procurement Plan 2018/19 Q2 Update – Appendix 1', '<w:pStyle w:val="Title"/>'),
    numbered(0, 'Procurement action plan'),
    numbered(1, 'Governance'),
    table(
      row(
        cell('Action', '<w:vMerge w:val="restart"/>'),
        cell('Q2 position', '<w:gridSpan w:val="2"/>'),
        cell('RAG', '<w:vMerge w:val="restart"/>'),
      ),
      row(cell('', '<w:vMerge/>'), 'Status', 'Narrative', cell('', '<w:vMerge/>')),
      row(
        'Report to the audit committee twice a year',
        cell(para(`${run('On track')}<w:r><w:footnoteReference w:id="2"/></w:r>`)),
        cell(para(`${run('September report agreed. ')}<w:r>${box}</w:r>`)),
        shaded('', 'w:themeFill="accent6"'),
      ),
      row(
        'Agree the savings model',
        'Agreed',
        cell(para(`${run('Saving of ')}<m:oMath><m:r><m:t>£5,000×2</m:t></m:r></m:oMath>${run(' agreed with both councils.')}`)),
        shaded('', 'w:fill="FFC000"'),
      ),
    ),
    numbered(1, 'Suppliers'),
    table(
      row('Action', 'Status', 'Narrative'),
      row(
        cell(
          para(
            `<w:r><w:ruby><w:rubyPr/><w:rt><w:r><w:t>Kaizen</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>改善</w:t></w:r></w:rubyBase></w:ruby></w:r>${run(' workshops for suppliers')}`,
          ),
        ),
        cell(para(`${run('ü', wingdings)}${run(' Held')}`)),
        cell(para(`${run('Two workshops, 31 firms.')}${run(' Draft only, do not circulate.', '<w:vanish/>')}`)),
      ),
    ),
    para('Key: green is on track, amber is behind.'),
    '<w:altChunk r:id="rIdHtml"/>',
  ].join('');
  return {
    bytes: wordFile(body, {
      'word/numbering.xml': numbering,
      'word/footnotes.xml': footnotes({ 2: 'The committee met on 12 September.' }),
      'word/_rels/document.xml.rels': relationships({ rIdHtml: ['aFChunk', 'notes.html'] }),
      'word/notes.html': '<html><body><p>Pasted from the committee papers: both reports accepted.</p></body></html>',
    }),
    expected: {
      sections: [
        {
          number: '2.1',
          title: 'Governance',
          actions: [
            { action: 'Report to the audit committee twice a year', rag: 'green' },
            { action: 'Agree the savings model', rag: 'amber' },
          ],
        },
        { number: '2.2', title: 'Suppliers', actions: [{ action: '改善 (Kaizen) workshops for suppliers' }] },
      ],
    },
  };
}

const committed = (folder: string) => {
  const dir = join(ROOT, 'test', 'fixtures', 'corpus', folder);
  return {
    bytes: new Uint8Array(readFileSync(join(dir, 'appendix.docx'))),
    expected: JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected,
  };
};

const CORPUS: Array<[string, () => { bytes: Uint8Array; expected: Expected }]> = [
  ['pandoc from Markdown', () => committed('pandoc-markdown')],
  ['LibreOffice from HTML', () => committed('libreoffice-html')],
  ['LibreOffice from .odt', () => committed('libreoffice-odt')],
  ['LibreOffice from RTF', () => committed('libreoffice-rtf')],
  ['python-docx', () => committed('python-docx')],
  ['hand-written WordprocessingML', handWritten],
];

describe('plan import measured against mammoth on documents other producers made', () => {
  for (const [name, make] of CORPUS) {
    it(`${name}: ≥ 99.5% of the words kept and no fewer than mammoth; every action in its section, with its RAG`, async () => {
      const { bytes, expected } = make();
      const { plan, yaml } = importDocument(bytes);
      const words = documentWords(bytes);
      const ours = recall(words, planWords(yaml));
      const theirs = recall(words, tokens((await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value));
      const got = plan.sections.map((s) => ({
        number: s.number,
        title: s.title,
        actions: s.actions.map((a) => ({ action: a.action, ...(a.update.rag ? { rag: a.update.rag } : {}) })),
      }));
      const actions = expected.sections.flatMap((s) => s.actions.map((a) => ({ ...a, section: s.number })));
      const placed = actions.filter((a) => got.some((s) => s.number === a.section && s.actions.some((b) => b.action === a.action)));
      const rags = actions.filter((a) => a.rag);
      const ragsFound = rags.filter((a) => got.some((s) => s.actions.some((b) => b.action === a.action && b.rag === a.rag)));
      console.info(
        `${name}: ${words.length} words; plan ${percent(ours)}, mammoth ${percent(theirs)}; ${placed.length}/${actions.length} actions in the right section; RAG ${ragsFound.length}/${rags.length}`,
      );
      expect(got).toEqual(expected.sections);
      expect(ours).toBeGreaterThanOrEqual(0.995);
      expect(ours).toBeGreaterThanOrEqual(theirs);
    });
  }

  it('counts recall as it says: hidden and deleted words are not document words, repeats must be found as often', () => {
    const bytes = wordFile(
      para(
        `${run('Kept kept')}${run(' secret', '<w:vanish/>')}<w:del w:id="1" w:author="x"><w:r><w:delText>gone</w:delText></w:r></w:del>`,
      ),
    );
    expect(documentWords(bytes)).toEqual(['kept', 'kept']);
    expect(recall(['kept', 'kept'], ['kept'])).toBe(0.5);
    expect(recall(['kept', 'kept'], ['kept', 'kept', 'other'])).toBe(1);
  });
});
