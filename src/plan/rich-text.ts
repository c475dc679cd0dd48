import { isSpaceLike } from '../input/slip-lines.js';
import { say } from '../messages/index.js';
import type { Block, Inline, RichText } from './model.js';

/**
 * The text format of actions and narratives: literal text with three documented readings, so that what
 * an officer types (or pastes from Word or an email) is what committee reads. Keep in sync with the
 * "Writing text" section of README.md.
 *
 * - A blank line starts a new paragraph; any other new line is a line break.
 * - A line starting "- " or "• " (after any indentation) is a bullet. A bullet indented further than
 *   the one before it is a sub-bullet; a line indented under a bullet's text continues that bullet.
 * - A web address (https://…, http://…, www.…) becomes a link that shows the address as typed.
 *
 * Everything else is kept character for character: backslashes, `*`, `_`, backticks, `+`, `2015.`,
 * `1)`, `#`, `<…>`, `&…;`, `[…](…)`. The indentation at the start of a line and the spaces at its end
 * are layout, not text. There is nothing to escape, so there is no escape character.
 */

export interface RichTextProblem {
  /** 1-based line and column within the text. */
  line: number;
  column: number;
  severity: 'error' | 'warning';
  code: string;
  message: string;
  hint: string;
}

/** Word shows nine list levels (0–8); a deeper bullet would be drawn at the ninth level. */
const MAX_BULLET_LEVELS = 9;

/** "- " or "• ": the mark, then spaces or tabs, then words ("-" alone on a line is text). */
const BULLET_MARK = /^[-\u2022][ \t]+(?=\S)/;

/** Web addresses: up to the next space; trailing punctuation belongs to the sentence. */
const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)[^\s<>"]+/gi;
const TRAILING_PUNCTUATION = /[.,;:!?'\u2019\u201d"]+$/;

/** Anything that could start a web address; text without one anywhere is read without looking for links. */
const MAY_LINK = /\b(?:https?:\/\/|www\.)/i;

function indentOf(line: string): number {
  let i = 0;
  while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
  return i;
}

/**
 * The line without the spaces and tabs at its end, nor the odd spaces pasted from Word or Outlook
 * (no-break, zero-width…), which are warned about where they are typed: a line of only those is "".
 */
function trimEnd(line: string): string {
  // A loop, not a pattern anchored at the end: that would go back over a long run of spaces at every one.
  let end = line.length;
  while (end > 0 && isSpaceLike(line.charCodeAt(end - 1))) end--;
  return end === line.length ? line : line.slice(0, end);
}

/** Where a web address ends: without the sentence's punctuation, and with ")" only when it opened one. */
function addressEnd(address: string): string {
  let out = address.replace(TRAILING_PUNCTUATION, '');
  while (out.endsWith(')') && (out.match(/\(/g)?.length ?? 0) < (out.match(/\)/g)?.length ?? 0)) {
    out = out.slice(0, -1).replace(TRAILING_PUNCTUATION, '');
  }
  return out;
}

/** One line of text with no web address in it, as lineInlines reads it: one span, or none. */
function plainInlines(line: string): Inline[] {
  const text = line.replace(/\t/g, ' ');
  return text === '' ? [] : [{ text }];
}

/** One line of text as spans, with web addresses as links that show exactly what was typed. */
export function lineInlines(line: string): Inline[] {
  // A tab inside text is warned about where it is typed, and shown as a space.
  const text = line.replace(/\t/g, ' ');
  const out: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(WEB_ADDRESS)) {
    const address = addressEnd(match[0]);
    // "www." alone, or an address cut to nothing by its punctuation, is just text.
    if (!/[a-z0-9]\.[a-z]/i.test(address.replace(/^https?:\/\//i, ''))) continue;
    const start = match.index;
    if (start > last) out.push({ text: text.slice(last, start) });
    out.push({ text: address, href: /^https?:\/\//i.test(address) ? address : `https://${address}` });
    last = start + address.length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}

/**
 * Read literal text into paragraphs and bullets. Never throws and never drops a character other
 * than the documented ones (the property test in test/rich-text.test.ts checks this).
 */
export function parseRichText(input: string): { text: RichText; problems: RichTextProblem[] } {
  const lines = input.replace(/\r\n?/g, '\n').split('\n');
  // A line has a web address only if the whole text has the start of one (lines split at non-word characters).
  const inlinesOf = MAY_LINK.test(input) ? lineInlines : plainInlines;
  const blocks: RichText = [];
  const problems: RichTextProblem[] = [];
  /** The block that a following non-blank line may continue, and the indent it needs to. */
  let open: { block: Block; continueFrom: number } | undefined;
  /** Indents of the bullets of the current list, outermost first. */
  let bulletIndents: number[] = [];

  lines.forEach((raw, index) => {
    const line = trimEnd(raw);
    if (line === '') {
      open = undefined;
      return;
    }
    const indent = indentOf(line);
    const rest = line.slice(indent);
    const mark = BULLET_MARK.exec(rest);
    if (mark) {
      // The list continues while bullets follow bullets (blank lines between them included).
      const last = blocks[blocks.length - 1];
      if (last?.kind !== 'bullet') bulletIndents = [];
      while (bulletIndents.length > 0 && bulletIndents[bulletIndents.length - 1]! > indent) bulletIndents.pop();
      if (bulletIndents.length === 0 || bulletIndents[bulletIndents.length - 1]! < indent) bulletIndents.push(indent);
      let level = bulletIndents.length - 1;
      if (level >= MAX_BULLET_LEVELS) {
        problems.push({
          line: index + 1,
          column: indent + 1,
          severity: 'error',
          code: 'bullet-too-deep',
          ...say.bulletTooDeep({ levels: level + 1, most: MAX_BULLET_LEVELS }),
        });
        level = MAX_BULLET_LEVELS - 1;
        bulletIndents.pop();
      }
      const block: Block = { kind: 'bullet', level, inlines: inlinesOf(rest.slice(mark[0].length)) };
      blocks.push(block);
      open = { block, continueFrom: indent + 1 };
      return;
    }
    if (open && (open.block.kind === 'paragraph' || indent >= open.continueFrom)) {
      open.block.inlines.push({ lineBreak: true }, ...inlinesOf(rest));
      return;
    }
    const block: Block = { kind: 'paragraph', inlines: inlinesOf(rest) };
    blocks.push(block);
    open = { block, continueFrom: 0 };
  });
  return { text: blocks, problems };
}

/** The words of rich text as plain lines ("- " before each bullet, two spaces a level), for summaries, tests and comparisons. */
export function richTextToPlain(text: RichText): string {
  return text
    .map((block) => {
      const indent = block.kind === 'bullet' ? '  '.repeat(block.level) : '';
      const words = block.inlines.map((i) => ('text' in i ? i.text : `\n${indent}${block.kind === 'bullet' ? '  ' : ''}`)).join('');
      return block.kind === 'bullet' ? `${indent}- ${words}` : words;
    })
    .join('\n');
}
