import { say } from '../messages/index.js';
import { findCopiedLineSlip } from './copied-line-slips.js';
import { blockContentIndent, KEY_LINE, keyColumn, type LineInfo, scanLines } from './slip-lines.js';
import type { Edit, Slip, SlipContext } from './slips.js';

/**
 * Text pasted from another program with that program's marks, found before anything else reads the
 * lines: the ``` lines of a Teams or chat code block, a spreadsheet cell with a line break in it (Excel
 * copies it in quotes, the break kept, the rest at the left edge), and a text written after ">" (as
 * YAML examples on the web do) whose bullets ">" would join into one line. Each has one right repair.
 */
export function findPastedSlips(text: string, context: SlipContext, lines: readonly LineInfo[] = scanLines(text)): Slip[] {
  const slips: Slip[] = [];
  const fences = codeFences(text, lines);
  if (fences) slips.push(fences);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.blank || line.comment || line.inBlock) continue;
    const found = cellWithLineBreak(lines, i, context) ?? foldedBullets(lines, i, context) ?? findCopiedLineSlip(lines, i, context);
    if (found) slips.push(found);
  }
  return slips;
}

/** "```" or "```yaml" alone on a line: the mark of a code block in Teams, Slack or Markdown. */
const FENCE = /^[ \t]*(?:`{3,}|~{3,})[\w-]*[ \t]*$/;

/** All the code-block marks of a file, as one slip: they come in pairs, and deleting them loses nothing. */
function codeFences(text: string, lines: readonly LineInfo[]): Slip | undefined {
  const found: number[] = [];
  lines.forEach((line, i) => {
    // Inside a text a mark is the officer's text, and --fix leaves text as written.
    if (!line.blank && !line.inBlock && FENCE.test(line.text)) found.push(i);
  });
  if (found.length === 0) return undefined;
  const edits: Edit[] = found.map((i) => {
    const line = lines[i]!;
    const end = i + 1 < lines.length ? lines[i + 1]!.start : text.length;
    return { at: line.start, remove: end - line.start, insert: '' };
  });
  const first = lines[found[0]!]!;
  return {
    offset: first.start + first.indent,
    code: 'code-fence',
    ...say.codeFence({ lines: found.map((i) => i + 1), mark: first.text.trim() }),
    edits,
  };
}

/** Lines a spreadsheet cell may hold, at most. */
const MOST_CELL_LINES = 6;

/**
 * `status: "Onward going –` with `MVC order delayed"` on the line below at the left edge: a cell with a
 * line break, pasted. Quoted text that goes on to a line indented under its key is valid (YAML joins
 * it): only lines no further in than the key, which YAML cannot read as part of it, are this slip.
 */
function cellWithLineBreak(lines: readonly LineInfo[], i: number, context: SlipContext): Slip | undefined {
  const line = lines[i]!;
  const m = /^((?:- +)*)([A-Za-z][\w-]*):[ \t]+"([^"\\]*)$/.exec(line.text.slice(line.indent));
  if (!m || !(context.textKeys?.has(m[2]!) ?? false)) return undefined;
  const column = keyColumn(line);
  const parts = [m[3]!.trimEnd()];
  for (let j = i + 1; j < lines.length && j <= i + MOST_CELL_LINES; j++) {
    const next = lines[j]!;
    if (next.blank || next.indent > column || KEY_LINE.test(next.text.slice(next.indent))) return undefined;
    const rest = next.text.slice(next.indent).trimEnd();
    const close = rest.indexOf('"');
    if (close === -1) {
      parts.push(rest);
      continue;
    }
    if (close !== rest.length - 1 || rest.slice(0, close).includes('\\')) return undefined;
    parts.push(rest.slice(0, close));
    const key = m[2]!;
    const joined = `${key}: "${parts.filter((p) => p !== '').join(' ')}"`;
    const from = line.start + line.indent + m[1]!.length;
    const to = next.start + next.text.trimEnd().length;
    return {
      offset: from,
      code: 'cell-line-break',
      ...say.cellLineBreak({ key, line: i + 1, last: j + 1, joined }),
      edits: [{ at: from, remove: to - from, insert: joined }],
    };
  }
  return undefined;
}

/** A bullet at the start of a line of text: "- ", "* ", "• ", "1. ". */
const BULLET = /^(?:[-*\u2022\u00b7]|\d{1,2}[.)])[ \t]+\S/;

/**
 * `narrative: >` over lines that start with bullets: ">" joins the lines of the text into one, so the
 * report prints the bullets run together. "|" keeps each line as written.
 */
function foldedBullets(lines: readonly LineInfo[], i: number, context: SlipContext): Slip | undefined {
  const line = lines[i]!;
  const m = /^((?:- +)*)([A-Za-z][\w-]*):[ \t]+(>)[-+]?[ \t]*(?:#.*)?$/.exec(line.text.slice(line.indent));
  if (!m || !(context.textKeys?.has(m[2]!) ?? false)) return undefined;
  const content = blockContentIndent(lines, i);
  if (content === undefined) return undefined;
  let joined = 0;
  for (let j = i + 2; j < lines.length && lines[j]!.inBlock; j++) {
    const here = lines[j]!;
    const above = lines[j - 1]!;
    // A break is kept beside a line set further in; between two lines in the text's column, ">" joins.
    if (here.blank || above.blank || here.indent !== content || above.indent !== content) continue;
    if (BULLET.test(here.text.slice(here.indent))) joined++;
  }
  if (joined === 0) return undefined;
  const at = line.start + line.indent + m[0].indexOf('>', m[1]!.length + m[2]!.length + 1);
  return {
    offset: at,
    code: 'folded-bullets',
    ...say.foldedBullets({ key: m[2]!, line: i + 1 }),
    edits: [{ at, remove: 1, insert: '|' }],
    severity: 'warning',
  };
}
