import { beforeAll, describe, expect, it } from 'vitest';
import { loadMarkdownParser, parseRichText, richTextToPlain } from '../src/rich-text.js';

beforeAll(loadMarkdownParser);

describe('rich text (Markdown)', () => {
  it('reads paragraphs, bullets and sub-bullets', () => {
    const { text, problems } = parseRichText('Intro:\n- one\n  - one a\n- two\n\nAfter.\n');
    expect(problems).toEqual([]);
    expect(text).toEqual([
      { kind: 'paragraph', inlines: [{ text: 'Intro:' }] },
      {
        kind: 'list',
        ordered: false,
        start: 1,
        items: [
          [
            { kind: 'paragraph', inlines: [{ text: 'one' }] },
            { kind: 'list', ordered: false, start: 1, items: [[{ kind: 'paragraph', inlines: [{ text: 'one a' }] }]] },
          ],
          [{ kind: 'paragraph', inlines: [{ text: 'two' }] }],
        ],
      },
      { kind: 'paragraph', inlines: [{ text: 'After.' }] },
    ]);
  });

  it('treats a single new line as a line break, as an officer pressing Enter expects', () => {
    const { text } = parseRichText('Line one\nLine two');
    expect(text).toEqual([{ kind: 'paragraph', inlines: [{ text: 'Line one' }, { lineBreak: true }, { text: 'Line two' }] }]);
  });

  it('keeps bold and italic', () => {
    const { text } = parseRichText('a **b** *c*');
    expect(text).toEqual([{ kind: 'paragraph', inlines: [{ text: 'a ' }, { text: 'b', bold: true }, { text: ' ' }, { text: 'c', italic: true }] }]);
  });

  it('numbers ordered lists from their first number', () => {
    const { text } = parseRichText('3. c\n4. d');
    expect(text[0]).toMatchObject({ kind: 'list', ordered: true, start: 3 });
  });

  it.each([
    ["SME`s and do's", "SME`s and do's"],
    ['R&D and <5% spend', 'R&D and <5% spend'],
    ['Build! Programme (Affordable Housing) – 60 days', 'Build! Programme (Affordable Housing) – 60 days'],
    ['100+ days, 2 * 3 * 4', '100+ days, 2 * 3 * 4'],
    ['see [the portal](https://example.org)', 'see the portal (https://example.org)'],
    ['code `x`', 'code x'],
  ])('keeps the words of %j', (input, plain) => {
    const { text, problems } = parseRichText(input);
    expect(problems).toEqual([]);
    expect(richTextToPlain(text)).toBe(plain);
  });

  it.each([
    ['![chart](c.png)', 'markdown-image', 'error'],
    ['a\n\n---\n\nb', 'markdown-divider', 'error'],
    ['[x]: http://example.org', 'markdown-definition', 'error'],
    ['# Heading', 'markdown-heading', 'warning'],
    ['Heading\n===', 'markdown-heading', 'warning'],
  ] as const)('reports %j as %s', (input, code, severity) => {
    const { problems } = parseRichText(input);
    expect(problems.map((p) => [p.code, p.severity])).toEqual([[code, severity]]);
  });

  it('gives each problem its line and column inside the text', () => {
    const { problems } = parseRichText('Done.\n\n  ![x](y)');
    expect(problems[0]).toMatchObject({ line: 3, column: 3 });
  });
});

describe('the fast path: paragraphs and "- " bullets without Markdown syntax', () => {
  it('gives exactly what the CommonMark parser gives, whenever it answers at all', async () => {
    const fc = (await import('fast-check')).default;
    const { parseMarkdown, fastRichText } = await import('../src/rich-text.js');
    const piece = fc.oneof(
      { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
      {
        weight: 6,
        arbitrary: fc.constantFrom(
          '\n', '\n\n', '\n\n\n', '  ', ' \n ', '\t', '  \n', 'word', 'two words', '£5', '–', '2014.', '50%', "do's", 'a.b', '1x', '-x', ' 3',
          '(', ')', '!', '&', '& ', '&amp;', '&#35;', '&x', '`', ' `x` ', 'x]', '[x', '\n- ', '- ', '\n-', '\n-  ', '\n - ', '\n- - ', '\n- 1. ', '\n- 2) ', '\n- + ', '\n- > ', '\n- = ', '\n+ ', '\n1. ', '\n  ', '\n   ', '\n    ', '-', '---', '\n---', '\n===', '=',
        ),
      },
    );
    // Whole lines too, so that bullet lists of ordinary words come up often.
    const words = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom('word', 'two words', 'Ends.', '£75,000 saved', 'a  b', 'trailing ', 'x -', '2014', 'é', '(tbc)', 'Build!', 'P&L', 'SME`s', '&copy;') },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
    );
    const line = fc.oneof(
      { weight: 4, arbitrary: words },
      { weight: 6, arbitrary: words.map((w) => `- ${w}`) },
      { weight: 3, arbitrary: fc.constantFrom('', ' ') },
      { weight: 1, arbitrary: words.map((w) => `-  ${w}`) },
      { weight: 1, arbitrary: words.map((w) => ` ${w}`) },
      { weight: 1, arbitrary: fc.constantFrom('   ', '-', '- ', '---', '===', '- - x', '- 1. x', '1. x', '+ x', '    code', '\t- x', '- x  ') },
    );
    const text = fc.oneof(fc.array(piece, { maxLength: 24 }).map((p) => p.join('')), fc.array(line, { maxLength: 12 }).map((l) => l.join('\n')));
    let fast = 0;
    let withList = 0;
    let runs = 0;
    fc.assert(
      fc.property(text, (text) => {
        runs++;
        const quick = fastRichText(text);
        if (quick === undefined) return;
        fast++;
        if (quick.some((b) => b.kind === 'list')) withList++;
        expect(quick).toEqual(parseMarkdown(text).text);
        expect(parseMarkdown(text).problems).toEqual([]);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 2000) },
    );
    // The property means something only if the fast path answered a good share of the cases.
    expect(fast).toBeGreaterThan(runs / 6);
    expect(withList).toBeGreaterThan(runs / 40);
    if (process.env.FUZZ_RUNS) console.log(`fast path answered ${fast} of ${runs} texts (${withList} with a list), all equal to the parser`);
  }, 600_000);

  it.each([
    ['Intro line\n- one\n- two\n\nClosing words.', 3],
    ['- one\n\n- two', 1],
    ['- one\n\nText\n- two', 3],
    ['Plain words only.\n\nAnd more.', 2],
  ])('takes %j without the parser, as %i blocks', async (text, blocks) => {
    const { fastRichText, parseMarkdown } = await import('../src/rich-text.js');
    const quick = fastRichText(text);
    expect(quick).toHaveLength(blocks);
    expect(quick).toEqual(parseMarkdown(text).text);
  });

  it.each(['- one\ncontinued', '  - indented', '- 1. nested', '1. numbered', '- *bold*'])('leaves %j to the parser', async (text) => {
    const { fastRichText } = await import('../src/rich-text.js');
    expect(fastRichText(text)).toBeUndefined();
  });
});
