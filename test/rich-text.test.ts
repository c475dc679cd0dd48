import { describe, expect, it } from 'vitest';
import { parseRichText, richTextToPlain } from '../src/rich-text.js';

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

describe('the fast path for text without Markdown syntax', () => {
  it('gives exactly what the CommonMark parser gives', async () => {
    const fc = (await import('fast-check')).default;
    const { parseMarkdown } = await import('../src/rich-text.js');
    const piece = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.constantFrom('\n', '\n\n', '  ', ' \n ', '\t', '  \n', 'word', '£5', '–', '2014.', '50%', "do's", 'a.b', '1x', '-x', ' 3'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }).map((p) => p.join('')), (text) => {
        expect(parseRichText(text)).toEqual(parseMarkdown(text));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 2000) },
    );
  }, 600_000);
});
