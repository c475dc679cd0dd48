import type { Nodes, Parents, PhrasingContent, RootContent } from 'mdast';
import type { fromMarkdown as FromMarkdown } from 'mdast-util-from-markdown';

/**
 * Rich text is written as Markdown, the plain-text format people already type in emails and chat,
 * and parsed by a real CommonMark parser (micromark, through mdast-util-from-markdown).
 *
 * One deliberate difference from CommonMark: a single new line is a line break, as in a GitHub
 * comment or an email, because that is what an officer who presses Enter expects to see. A blank line
 * starts a new paragraph. Keep in sync with the "Writing text" section of README.md.
 */

export interface Span {
  text: string;
  bold?: boolean;
  italic?: boolean;
}
export type Inline = Span | { lineBreak: true };

export type Block =
  | { kind: 'paragraph'; inlines: Inline[] }
  | { kind: 'list'; ordered: boolean; start: number; items: Block[][] };

export type RichText = Block[];

export interface RichTextProblem {
  /** 1-based line and column within the text. */
  line: number;
  column: number;
  severity: 'error' | 'warning';
  code: string;
  message: string;
  hint: string;
}

interface Style {
  bold: boolean;
  italic: boolean;
}

class Builder {
  readonly problems: RichTextProblem[] = [];

  private problem(node: Nodes, severity: 'error' | 'warning', code: string, message: string, hint: string): void {
    const start = node.position?.start;
    this.problems.push({ line: start?.line ?? 1, column: start?.column ?? 1, severity, code, message, hint });
  }

  blocks(parent: Parents): Block[] {
    const out: Block[] = [];
    for (const child of parent.children as RootContent[]) out.push(...this.block(child));
    return out;
  }

  private block(node: RootContent): Block[] {
    switch (node.type) {
      case 'paragraph':
        return [{ kind: 'paragraph', inlines: this.inlines(node.children, { bold: false, italic: false }) }];
      case 'heading':
        // "# Notes", or a line of text with "---" or "===" under it, is a Markdown heading. Show it
        // as a bold paragraph rather than lose the words, and say so.
        this.problem(node, 'warning', 'markdown-heading', 'this is a Markdown heading ("# …", or text with a line of "---" or "===" under it); it is shown as a bold paragraph', 'leave a blank line before "---", or write "\\#" for a literal "#" at the start of a line');
        return [{ kind: 'paragraph', inlines: this.inlines(node.children, { bold: true, italic: false }) }];
      case 'list':
        return [
          {
            kind: 'list',
            ordered: node.ordered === true,
            start: node.start ?? 1,
            items: node.children.map((item) => this.blocks(item)),
          },
        ];
      case 'blockquote':
        return this.blocks(node);
      case 'code':
        // Text indented by four spaces is a "code block" in Markdown; show its lines as they are.
        return [{ kind: 'paragraph', inlines: linesToInlines(node.value, { bold: false, italic: false }) }];
      case 'html':
        return [{ kind: 'paragraph', inlines: linesToInlines(node.value, { bold: false, italic: false }) }];
      case 'thematicBreak':
        this.problem(node, 'error', 'markdown-divider', 'a line of only "---", "***" or "___" is a Markdown divider and would not be shown', 'remove the line, or write it as "\\---" to show it as text');
        return [];
      case 'definition':
        this.problem(node, 'error', 'markdown-definition', `"[${node.label ?? node.identifier}]: …" is a Markdown link definition and would not be shown`, 'write the address in the text itself');
        return [];
      default:
        this.problem(node, 'error', 'markdown-unsupported', `Markdown ${node.type} is not supported in plan text`, 'use paragraphs and "- " bullet lists');
        return [];
    }
  }

  private inlines(nodes: readonly PhrasingContent[], style: Style): Inline[] {
    const out: Inline[] = [];
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
          out.push(...linesToInlines(node.value, style));
          break;
        case 'emphasis':
          out.push(...this.inlines(node.children, { ...style, italic: true }));
          break;
        case 'strong':
          out.push(...this.inlines(node.children, { ...style, bold: true }));
          break;
        case 'break':
          out.push({ lineBreak: true });
          break;
        case 'inlineCode':
          out.push(span(node.value, style));
          break;
        case 'html':
          out.push(...linesToInlines(node.value, style));
          break;
        case 'link': {
          const label = this.inlines(node.children, style);
          out.push(...label);
          const labelText = label.map((i) => ('text' in i ? i.text : '')).join('');
          if (node.url && node.url !== labelText && `mailto:${labelText}` !== node.url) out.push(span(` (${node.url})`, style));
          break;
        }
        case 'image':
          this.problem(node, 'error', 'markdown-image', 'pictures are not supported in plan text', 'describe it in words, or remove the "![…](…)"');
          break;
        default:
          this.problem(node, 'error', 'markdown-unsupported', `Markdown ${node.type} is not supported in plan text`, 'write it as plain text');
      }
    }
    return mergeSpans(out);
  }
}

function span(text: string, style: Style): Span {
  const s: Span = { text };
  if (style.bold) s.bold = true;
  if (style.italic) s.italic = true;
  return s;
}

/** A new line inside a paragraph is a line break (see the note at the top of this file). */
function linesToInlines(text: string, style: Style): Inline[] {
  const out: Inline[] = [];
  text
    .replace(/\t/g, ' ')
    .split('\n')
    .forEach((line, i) => {
      if (i > 0) out.push({ lineBreak: true });
      if (line.length > 0) out.push(span(line, style));
    });
  return out;
}

function mergeSpans(inlines: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const inline of inlines) {
    const last = out[out.length - 1];
    if (last && 'text' in last && 'text' in inline && last.bold === inline.bold && last.italic === inline.italic) {
      out[out.length - 1] = { ...last, text: last.text + inline.text };
    } else {
      out.push(inline);
    }
  }
  // A break at the very end of a paragraph shows nothing; drop it.
  while (out.length > 0 && 'lineBreak' in out[out.length - 1]!) out.pop();
  return out;
}

/**
 * Characters and line starts that can begin Markdown syntax. Text with none of them is plain
 * paragraphs whatever the parser, so it skips the parser (most statuses and narratives do); a
 * property test checks that both ways give the same result. "(", ")" and "!" matter only next to
 * "[" (links, pictures), "&" only as a character reference ("&amp;", "&#35;"), and a backtick only
 * with another one to close a code span.
 */
const SYNTAX_CHARACTER = /[\\*_[\]<>#~|\t]|&(?=#|[A-Za-z0-9]+;)|`[^]*`/;
const SYNTAX_LINE_START = /^(?: {0,3}(?:[-+=>]|\d{1,9}[.)])| {4,})/m;

/** Plain text as CommonMark reads it: blank lines separate paragraphs; lines are trimmed. */
function plainParagraphs(text: string): RichText {
  const blocks: RichText = [];
  for (const paragraph of text.split(/\n[ \t]*\n/)) {
    const lines = paragraph
      .split('\n')
      .map((line) => line.replace(/^[ \t]+|[ \t]+$/g, ''))
      .filter((line, i, all) => line !== '' || (i > 0 && i < all.length - 1));
    if (lines.every((line) => line === '')) continue;
    blocks.push({ kind: 'paragraph', inlines: mergeSpans(linesToInlines(lines.join('\n'), { bold: false, italic: false })) });
  }
  return blocks;
}

/** The line without the spaces at its end (cheaper than a regular expression on every line). */
function trimEndSpaces(line: string): string {
  let end = line.length;
  while (end > 0 && line.charCodeAt(end - 1) === 32) end--;
  return end === line.length ? line : line.slice(0, end);
}

/** A "- " bullet whose words cannot start a nested list, a quote, a heading rule or a number. */
const BULLET = /^- ([^ ].*)$/;
const NESTED_START = /^(?:[-+=>]|\d{1,9}[.)])/;
const BLANK = /^ *$/;

/**
 * The shapes officers write most, without the parser: paragraphs and flat "- " bullet lists of text
 * with no Markdown syntax characters, every line starting in the first column. Anything else (an
 * indented line, a line straight after a bullet that is not a bullet, a numbered line) returns
 * undefined and goes to the parser. A property test checks that both ways give the same result.
 */
export function fastRichText(text: string): RichText | undefined {
  if (SYNTAX_CHARACTER.test(text)) return undefined;
  if (!SYNTAX_LINE_START.test(text)) return plainParagraphs(text);
  const blocks: RichText = [];
  let paragraph: string[] = [];
  let list: Extract<Block, { kind: 'list' }> | undefined;
  let previous: 'blank' | 'bullet' | 'text' = 'blank';
  const endParagraph = (): void => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', inlines: mergeSpans(linesToInlines(paragraph.join('\n'), { bold: false, italic: false })) });
    paragraph = [];
  };
  for (const line of text.split('\n')) {
    if (BLANK.test(line)) {
      endParagraph();
      previous = 'blank';
      continue;
    }
    if (line.charCodeAt(0) === 32) return undefined;
    const bullet = BULLET.exec(line);
    if (bullet) {
      const words = trimEndSpaces(bullet[1]!);
      if (NESTED_START.test(words)) return undefined;
      endParagraph();
      if (!list) {
        list = { kind: 'list', ordered: false, start: 1, items: [] };
        blocks.push(list);
      }
      list.items.push([{ kind: 'paragraph', inlines: [{ text: words }] }]);
      previous = 'bullet';
      continue;
    }
    // A line straight after a bullet would continue it ("lazy" continuation): leave that to the parser.
    if (previous === 'bullet' || SYNTAX_LINE_START.test(line)) return undefined;
    list = undefined;
    paragraph.push(trimEndSpaces(line));
    previous = 'text';
  }
  endParagraph();
  return blocks;
}

let fromMarkdown: typeof FromMarkdown | undefined;

/**
 * Load the CommonMark parser (micromark, about 110 KB of code to compile at start-up). Only text
 * that the fast path cannot take needs it, so plan loads it when it meets such text.
 */
export async function loadMarkdownParser(): Promise<void> {
  fromMarkdown ??= (await import('mdast-util-from-markdown')).fromMarkdown;
}

/** The fast path's answer for `markdown`, or undefined when it needs the parser. */
export function quickRichText(markdown: string): RichText | undefined {
  return fastRichText(markdown.includes('\r') ? markdown.replace(/\r\n?/g, '\n') : markdown);
}

/** Rich text from Markdown; text that needs the parser needs loadMarkdownParser() first. */
export function parseRichText(markdown: string): { text: RichText; problems: RichTextProblem[] } {
  const fast = quickRichText(markdown);
  if (fast) return { text: fast, problems: [] };
  return parseMarkdown(markdown);
}

/** The full CommonMark parse, used whenever the text might contain syntax. */
export function parseMarkdown(markdown: string): { text: RichText; problems: RichTextProblem[] } {
  if (!fromMarkdown) throw new Error('parseMarkdown needs loadMarkdownParser() first');
  const builder = new Builder();
  const tree = fromMarkdown(markdown.replace(/\r\n?/g, '\n'));
  const text = builder.blocks(tree);
  return { text, problems: builder.problems };
}

/** The words of rich text as plain lines, for summaries, tests and comparisons. */
export function richTextToPlain(text: RichText, indent = ''): string {
  const lines: string[] = [];
  for (const block of text) {
    if (block.kind === 'paragraph') {
      lines.push(indent + block.inlines.map((i) => ('text' in i ? i.text : '\n' + indent)).join(''));
    } else {
      block.items.forEach((item, n) => {
        const marker = block.ordered ? `${block.start + n}. ` : '- ';
        const inner = richTextToPlain(item, indent + '  ');
        lines.push(indent + marker + inner.trimStart());
      });
    }
  }
  return lines.join('\n');
}
