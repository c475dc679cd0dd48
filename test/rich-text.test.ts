import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { computePlanFigures } from '../src/compute/savings.js';
import { packDocument } from '../src/docx/pack.js';
import { buildAppendix } from '../src/docx/render.js';
import { findBadCharacters } from '../src/input/text-check.js';
import { loadPlan } from '../src/plan/load-plan.js';
import { lineInlines, parseRichText, richTextToPlain } from '../src/plan/rich-text.js';
import { buildReportModel } from '../src/report/build-report.js';
import { DEFAULT_TEMPLATE, loadTemplate } from '../src/template/load.js';
import { expectedLiteral, keepReport, makeFixture } from './helpers.js';

describe('rich text: literal, with paragraphs, bullets and links', () => {
  it('reads paragraphs, bullets and sub-bullets', () => {
    const { text, problems } = parseRichText('Intro:\n- one\n  - one a\n- two\n\nAfter.\n');
    expect(problems).toEqual([]);
    expect(text).toEqual([
      { kind: 'paragraph', inlines: [{ text: 'Intro:' }] },
      { kind: 'bullet', level: 0, inlines: [{ text: 'one' }] },
      { kind: 'bullet', level: 1, inlines: [{ text: 'one a' }] },
      { kind: 'bullet', level: 0, inlines: [{ text: 'two' }] },
      { kind: 'paragraph', inlines: [{ text: 'After.' }] },
    ]);
  });

  it('treats a single new line as a line break, as an officer pressing Enter expects', () => {
    const { text } = parseRichText('Line one\nLine two');
    expect(text).toEqual([{ kind: 'paragraph', inlines: [{ text: 'Line one' }, { lineBreak: true }, { text: 'Line two' }] }]);
  });

  it('reads a line of only odd spaces pasted from Word as a blank line, and drops them at a line end', () => {
    // Found by the property below: a line of one U+205F showed in the Word cell as an empty-looking line.
    const { text } = parseRichText('- word\u00a0\n\u205f\u3000\nNext\u200b');
    expect(text).toEqual([
      { kind: 'bullet', level: 0, inlines: [{ text: 'word' }] },
      { kind: 'paragraph', inlines: [{ text: 'Next' }] },
    ]);
  });

  it('reads "• " pasted from Word as a bullet, and a line indented under a bullet as part of it', () => {
    const { text } = parseRichText('• first\n  still first\n• second\nA paragraph after the list, no blank line needed');
    expect(text).toEqual([
      { kind: 'bullet', level: 0, inlines: [{ text: 'first' }, { lineBreak: true }, { text: 'still first' }] },
      { kind: 'bullet', level: 0, inlines: [{ text: 'second' }] },
      { kind: 'paragraph', inlines: [{ text: 'A paragraph after the list, no blank line needed' }] },
    ]);
  });

  it('works out levels from indentation, whatever the step', () => {
    const levels = parseRichText('- a\n    - b\n        - c\n    - d\n  - e\n- f').text.map((b) => (b.kind === 'bullet' ? b.level : -1));
    expect(levels).toEqual([0, 1, 2, 1, 1, 0]);
  });

  // Every one of these was typed in a narrative and came out changed when text was read as Markdown.
  it.each([
    ['\\\\server\\share\\', '\\\\server\\share\\'],
    ['C:\\Temp\\*.xlsx', 'C:\\Temp\\*.xlsx'],
    ['+ 5% on last year', '+ 5% on last year'],
    ['2015. A year of change', '2015. A year of change'],
    ['use `code`, *asterisks* and _underscores_ and **bold**', 'use `code`, *asterisks* and _underscores_ and **bold**'],
    ['<angle brackets> and &pound; and &amp;', '<angle brackets> and &pound; and &amp;'],
    ['[text](url) and [x]: http://example.org', '[text](url) and [x]: http://example.org'],
    ['1) first point\n2) second point', '1) first point\n2) second point'],
    ['# of bids received', '# of bids received'],
    ['---', '---'],
    ['Heading\n===', 'Heading\n==='],
    ['![chart](c.png)', '![chart](c.png)'],
    ['-not a bullet, -5 and -', '-not a bullet, -5 and -'],
    ['* starred line', '* starred line'],
  ])('keeps %j exactly as typed', (input, shown) => {
    const { text, problems } = parseRichText(input);
    expect(problems).toEqual([]);
    expect(richTextToPlain(text)).toBe(shown);
    expect(text.every((b) => b.kind === 'paragraph')).toBe(true);
  });

  it.each([
    [
      'see https://www.gov.uk/guidance.',
      [{ text: 'see ' }, { text: 'https://www.gov.uk/guidance', href: 'https://www.gov.uk/guidance' }, { text: '.' }],
    ],
    ['(www.cherwell.gov.uk)', [{ text: '(' }, { text: 'www.cherwell.gov.uk', href: 'https://www.cherwell.gov.uk' }, { text: ')' }]],
    [
      'https://en.wikipedia.org/wiki/Foo_(bar), then',
      [{ text: 'https://en.wikipedia.org/wiki/Foo_(bar)', href: 'https://en.wikipedia.org/wiki/Foo_(bar)' }, { text: ', then' }],
    ],
    ['www. is not an address', [{ text: 'www. is not an address' }]],
  ])('links the web address in %j, showing it as typed', (input, inlines) => {
    expect(lineInlines(input)).toEqual(inlines);
  });

  it('refuses a bullet deeper than Word shows, at its own line and column', () => {
    const input = Array.from({ length: 10 }, (_, i) => `${' '.repeat(2 * i)}- level ${i + 1}`).join('\n');
    const { text, problems } = parseRichText(input);
    expect(problems).toEqual([expect.objectContaining({ line: 10, column: 19, severity: 'error', code: 'bullet-too-deep' })]);
    expect(text.at(-1)).toMatchObject({ kind: 'bullet', level: 8 });
  });
});

/** The lines of the narrative cell of the only action: each Word paragraph split at its line breaks. */
function narrativeCellLines(docx: Uint8Array): { lines: string[]; bullets: number } {
  const xml = strFromU8(unzipSync(docx)['word/document.xml']!);
  const tables = xml.split('<w:tbl>');
  const sectionTable = tables[tables.length - 1]!;
  const rows = sectionTable.split('<w:tr>');
  const cells = rows[2]!.split('<w:tc>');
  const cell = cells[3]!;
  const fromXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const lines: string[] = [];
  for (const p of cell.split('<w:p>').slice(1)) {
    let line = '';
    for (const m of p.matchAll(/<w:br\/>|<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)) {
      if (m[0] === '<w:br/>') {
        lines.push(line);
        line = '';
      } else line += fromXml(m[1]!);
    }
    lines.push(line);
  }
  return { lines: lines.filter((l) => l !== ''), bullets: (cell.match(/<w:numPr>/g) ?? []).length };
}

const PLAN_YAML =
  'title: Prop\nappendix: Appendix 1\nfinancialYear:\n  label: 2015/16\n  starts: 2015-04-01\ncouncils:\n  WBC: Westbrook Borough Council\n';

describe('what the officer typed is what committee reads', () => {
  const fixture = makeFixture({ 'plan.yaml': PLAN_YAML, '1.1-alpha.yaml': null });
  afterAll(() => rmSync(fixture.root, { recursive: true, force: true }));

  // Prose as officers type and paste it: every character Markdown used to change, paths, addresses,
  // numbers that look like list items, Word's bullets, any printable character, and indentation.
  const word = fc.oneof(
    {
      weight: 5,
      arbitrary: fc.constantFrom(
        'word',
        'Ends.',
        '£75,000',
        '\\\\server\\share\\',
        'C:\\Temp\\*.xlsx',
        '+',
        '+ 5%',
        '2015.',
        '1)',
        '1.',
        '#',
        '# of bids',
        '<tbc>',
        '&pound;',
        '&amp;',
        '&#x202E;',
        '[text](url)',
        '![x](y)',
        '*',
        '**',
        '_x_',
        '`',
        '``',
        '---',
        '===',
        '>',
        '|',
        '-',
        '•',
        'https://www.gov.uk/a_(b).',
        'www.x.org,',
        'é',
        '👍🏽',
        'עברית',
        '"',
        "'",
        '“',
        '”',
        ':',
        ': ',
        '{',
        '}',
        '[',
        ']',
        '%',
        '@',
        '!',
        '~',
        '=',
      ),
    },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }) },
  );
  const words = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
  const line = fc.oneof(
    { weight: 5, arbitrary: words },
    {
      weight: 4,
      arbitrary: fc
        .tuple(fc.constantFrom('', '  ', '    ', ' '), fc.constantFrom('- ', '• ', '-  ', '•\u00a0'), words)
        .map(([i, m, w]) => i + m + w),
    },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom('  ', '   ', '      '), words).map(([i, w]) => i + w) },
    { weight: 2, arbitrary: fc.constantFrom('', '   ') },
    { weight: 1, arbitrary: words.map((w) => `${w}   `) },
  );
  const typed = fc
    .array(line, { minLength: 1, maxLength: 10 })
    .map((lines) => lines.join('\n'))
    .filter((t) => /\S/.test(t) && findBadCharacters(t).length === 0 && !/TODO/i.test(t) && !/^\s*$/.test(t.split('\n')[0]!));

  it('shows every typed character, less only the bullet marks and indentation', async () => {
    const template = (await loadTemplate(DEFAULT_TEMPLATE)).template!;
    let runs = 0;
    let withBullets = 0;
    await fc.assert(
      fc.asyncProperty(typed, async (text) => {
        runs++;
        const body = text
          .split('\n')
          .map((l) => (l === '' ? '' : `          ${l}`))
          .join('\n');
        const section = `section: "1"\ntitle: Only\nactions:\n  - id: only\n    action: Do it\n    updates:\n      Q1:\n        status: Going\n        narrative: |2\n${body}\n`;
        writeFileSync(join(fixture.plans, '1-only.yaml'), section);
        const result = await loadPlan({ plansDir: 'plans', cwd: fixture.root, quarter: 'Q1' });
        const errors = result.diagnostics.filter((d) => d.severity === 'error');
        expect(errors).toEqual([]);
        const plan = result.plan!;
        const bytes = await packDocument(
          buildAppendix(buildReportModel({ plan, quarter: 'Q1', figures: computePlanFigures(plan, 'Q1'), template })),
          new Date(Date.UTC(2015, 5, 30)),
        );
        // A sample of the random documents goes to the Open XML SDK validator too.
        if (runs <= 20 || runs % 500 === 0) keepReport(bytes);
        const shown = narrativeCellLines(bytes);
        expect(shown.lines).toEqual(expectedLiteral(text));
        const marked = text.split('\n').filter((l) => /^[ \t]*[-•][ \t]+\S/.test(l)).length;
        expect(shown.bullets).toBe(marked);
        if (marked > 0) withBullets++;
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
    // The property means something only if bullets came up often.
    expect(withBullets).toBeGreaterThan(runs / 4);
    if (process.env.FUZZ_RUNS)
      console.log(`literal text: ${runs} texts through YAML and Word (${withBullets} with bullets), every character shown`);
  }, 900_000);
});
