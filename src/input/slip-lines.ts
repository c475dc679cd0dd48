import type { Wording } from '../messages/index.js';
import type { Edit, Slip, SlipContext } from './slips.js';
import { CODE_KEYS } from './slips.js';

/**
 * The lines of a plan file as the slip finders see them: which are keys, which are text inside a
 * `|` block, which key each stands under, and the shapes of the characters pasted from other programs.
 */

export const COUNCIL_CODE_KEY = /^[A-Z][A-Z0-9]{1,9}$/;

export function isKnownKey(key: string, context: SlipContext): boolean {
  return context.knownKeys.has(key) || COUNCIL_CODE_KEY.test(key);
}

/** Whether `key` may stand in the block opened by `parent`. */
export function allowedUnder(parent: string, key: string, context: SlipContext): boolean {
  const keys = context.children.get(parent);
  return keys !== undefined && (keys.has(key) || (keys.has(CODE_KEYS) && COUNCIL_CODE_KEY.test(key) && !context.knownKeys.has(key)));
}

/** Whether `a` and `b` may stand side by side in some block. */
export function siblings(a: string, b: string, context: SlipContext): boolean {
  // "Q2" is shaped like a council code, but it is a key plan knows: it stands where quarters do.
  const either = (keys: ReadonlySet<string>, k: string) =>
    keys.has(k) || (keys.has(CODE_KEYS) && COUNCIL_CODE_KEY.test(k) && !context.knownKeys.has(k));
  for (const keys of context.children.values()) if (either(keys, a) && either(keys, b)) return true;
  return false;
}

export const ODD_SPACE = /[\u00a0\u1680\u2000-\u200b\u2060\u202f\u205f\u3000\ufeff]/;
export const ODD_SPACES = /[\u00a0\u1680\u2000-\u200b\u2060\u202f\u205f\u3000\ufeff]/g;

/**
 * Curly quotes: “ ” „ ‟ and ‘ ’ ‚ ‛. Regular expressions write characters beyond ASCII as \u escapes,
 * so that the bundle's checking part is ASCII, which V8 reads and compiles faster (docs/speed.md).
 */
export const CURLY_DOUBLE = /[\u201c\u201d\u201e\u201f]/;
export const CURLY_SINGLE = /[\u2018\u2019\u201a\u201b]/;

// ---------------------------------------------------------------------------------------------
// Lines as the scanner sees them.

export interface LineInfo {
  /** Offset of the first character of the line. */
  start: number;
  /** The line without its line ending. */
  text: string;
  /** Width of the leading spaces, tabs and odd spaces. */
  indent: number;
  /** Inside the text of a `|` or `>` block (or a blank line), or a later line of a value in { } or [ ] written across lines. */
  inBlock: boolean;
  /** Its value in { } or [ ] goes on over the lines below (which are marked inBlock), as YAML allows. */
  flowGoesOn?: true;
  /** Its "{" or "[" goes on over the lines below, indented under it, but is never closed: the last of them (0-based). */
  flowUnclosedTo?: number;
  /** Its "{" or "[" goes on over the lines below, and this line (0-based) closes it more times than it was opened. */
  flowOverclosedAt?: number;
  blank: boolean;
  comment: boolean;
}

/** "key:" or "key:  # note" at the end of a line: nothing after the colon, so the lines below are its part. */
export const OPENS_PART = /:[ \t]*(?:#.*)?$/;

/** "key: |", "- key: >-", "key: |2  # note": the value is a block of text on the lines below. */
export const BLOCK_START = /^(?:- +)*(?:[^\s#:][^:#]*|"[^"]*"|'[^']*'):[ \t]+[|>][-+0-9]*[ \t]*(?:#.*)?$/;
/** A line that is a key (with or without a value), or a list item that starts with one. */
export const KEY_LINE =
  /^((?:- +)*)((?:[^\s#:"'](?:[^:#]*[^ \t:#])?)|"[^"]*"|'[^']*'|[\u201c\u2018][^\u201d\u2019]*[\u201d\u2019])[ \t]*:(?:[ \t]|$)/;

/** "- " in front of a key, once or more ("- - key:"): the key's column is after them. */
const DASHES = /^(?:- +)*/;

/** The column of a line's key: after its indentation and any "- " in front of the key. */
/** The end of `text` with the spaces and tabs at its end left off (in linear time, unlike a regex). */
function endWithoutSpaces(text: string, end = text.length): number {
  let i = end;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return i;
}

/**
 * "key: value # note" at the start of a line (after "- " when `item`), read without backtracking: the
 * value with its note and the spaces around it left off, and its offset in the file. A "#" starts a
 * note only after a space or a tab, as YAML reads it.
 */
export function keyAndValue(line: LineInfo, item = false): { dash: string; key: string; value: string; at: number } | undefined {
  const rest = line.text.slice(line.indent);
  const m = (item ? /^((?:- +)?)([A-Za-z][\w-]*)[ \t]*:[ \t]+/ : /^()([A-Za-z][\w-]*)[ \t]*:[ \t]+/).exec(rest);
  if (!m) return undefined;
  const start = m[0].length;
  const note = rest.slice(start).search(/[ \t]#/);
  const value = rest.slice(start, endWithoutSpaces(rest, note < 0 ? rest.length : start + note));
  return { dash: m[1]!, key: m[2]!, value, at: line.start + line.indent + start };
}

export function keyColumn(line: LineInfo): number {
  return line.indent + DASHES.exec(line.text.slice(line.indent))![0].length;
}

export function keyOf(line: LineInfo): string | undefined {
  const m = KEY_LINE.exec(line.text.slice(line.indent));
  if (!m) return undefined;
  return m[2]!.replace(/^["'\u201c\u2018]|["'\u201d\u2019]$/g, '').trim();
}

/**
 * Whether a UTF-16 unit is a space, a tab or one of the odd spaces above: what looks like indentation,
 * or like nothing at a line's end. Asked of every line's first characters, so the common ones are
 * answered without the regular expression.
 */
export function isSpaceLike(unit: number): boolean {
  return unit === 32 || unit === 9 || (unit >= 0xa0 && ODD_SPACE.test(String.fromCharCode(unit)));
}

/**
 * Split the text into lines and mark which are inside `|` or `>` blocks. A 10,000-action plan has
 * over half a million lines, so each is measured by its character codes rather than with a regular
 * expression and a copy.
 */
export function scanLines(text: string): LineInfo[] {
  const lines: LineInfo[] = [];
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const raw = text.slice(start, end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end);
    let indent = 0;
    while (indent < raw.length && isSpaceLike(raw.charCodeAt(indent))) indent++;
    lines.push({ start, text: raw, indent, inBlock: false, blank: indent === raw.length, comment: raw.charCodeAt(indent) === 35 });
    if (nl === -1) break;
    start = nl + 1;
  }
  // A block's lines are those indented more than the line that opens it (blank lines included).
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.inBlock || line.blank || line.comment) continue;
    // Only a line with a "|" or ">" can open a block; most lines have neither.
    if (line.text.indexOf('|', line.indent) === -1 && line.text.indexOf('>', line.indent) === -1) continue;
    if (!BLOCK_START.test(line.text.slice(line.indent))) continue;
    // The key's own column: for "- action: |" that is after the "- ".
    const parent = keyColumn(line);
    for (let j = i + 1; j < lines.length; j++) {
      const next = lines[j]!;
      // A zero-width character pasted in front of a key takes no room: "<U+FEFF>    lead:" ends the block.
      if (!next.blank && indentWidth(next) <= parent) {
        // A line of text indented with a tab or a pasted space still belongs to the text (the slip is
        // reported on its own); a key or list item ends the block.
        const lead = next.text.slice(0, next.indent);
        const rest = plainSpaces(next.text.slice(next.indent));
        if (!/[\t\u00a0\u1680\u2000-\u200b\u2060\u202f\u205f\u3000\ufeff]/.test(lead) || KEY_LINE.test(rest)) break;
      }
      next.inBlock = true;
    }
  }
  markFlowContinuations(lines);
  return lines;
}

/** How far a line's "{" and "[" stay open at its end, outside quotes and a comment. */
function flowDepth(text: string, from: number): number {
  let depth = 0;
  let quote = '';
  for (let k = from; k < text.length; k++) {
    const ch = text[k]!;
    if (quote === '"' && ch === '\\') k++;
    else if (quote) quote = ch === quote ? '' : quote;
    else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '#' && /\s/.test(text[k - 1] ?? ' ')) break;
    else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') depth--;
  }
  return depth;
}

/**
 * "amounts: { WBC: 120000," with "NDC: 80000 }" on the line below: one value written across lines,
 * as YAML allows. Its later lines are part of the value, not keys of their own, so they are marked as
 * a block's lines are; only when the brackets close before a line indented no more than the key's.
 */
function markFlowContinuations(lines: LineInfo[]): void {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.inBlock || line.blank || line.comment) continue;
    if (line.text.indexOf('{', line.indent) === -1 && line.text.indexOf('[', line.indent) === -1) continue;
    let depth = flowDepth(line.text, line.indent);
    if (depth <= 0) continue;
    const parent = keyColumn(line);
    let j = i + 1;
    for (; j < lines.length && depth > 0; j++) {
      const next = lines[j]!;
      if (next.blank || next.comment) continue;
      // The closing "}" or "]" may stand level with the key ("target: {", the figures, then "}").
      const closing = next.indent >= line.indent && /^[}\]]/.test(next.text.slice(next.indent));
      if (next.inBlock || (next.indent <= parent && !closing)) break;
      depth += flowDepth(next.text, next.indent);
    }
    if (depth < 0) line.flowOverclosedAt = j - 1;
    if (depth !== 0) {
      const last = lastFilled(lines, i, j);
      if (depth > 0 && last > i && !lines[last]!.text.trimEnd().endsWith(':')) line.flowUnclosedTo = last;
      continue;
    }
    for (let k = i + 1; k < j; k++) lines[k]!.inBlock = true;
    line.flowGoesOn = true;
    i = j - 1;
  }
}

/** The last line between `from` (its opener) and `to` (not included) that is neither blank nor a comment. */
function lastFilled(lines: readonly LineInfo[], from: number, to: number): number {
  for (let k = Math.min(to, lines.length) - 1; k > from; k--) if (!lines[k]!.blank && !lines[k]!.comment) return k;
  return from;
}

/** The columns a line's indentation takes on screen: a zero-width character takes none. */
function indentWidth(line: LineInfo): number {
  const lead = line.text.slice(0, line.indent);
  return ZERO_WIDTH.test(lead) ? plainSpaces(lead).length : line.indent;
}

/**
 * The indentation of the text of the block opened on line `i`: given by an indentation indicator
 * ("|2": the key's column plus 2), or else that of the block's first non-blank line.
 */
export function blockContentIndent(lines: readonly LineInfo[], i: number): number | undefined {
  const opener = lines[i]!;
  const rest = opener.text.slice(opener.indent);
  const indicator = /:[ \t]+[|>][-+]?([1-9])/.exec(rest);
  if (indicator) return keyColumn(opener) + Number(indicator[1]);
  for (let j = i + 1; j < lines.length && lines[j]!.inBlock; j++) if (!lines[j]!.blank) return lines[j]!.indent;
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Slips found before parsing.

/** Does plain (unquoted) YAML text need quotes to be read as written? */
export function needsQuotes(text: string): boolean {
  return /: |:$| #|^[-?:,[\]{}#&*!|>'"%@`]/.test(text);
}

/**
 * For each line, the key of the line that opens the block it stands in, found by indentation ('' at
 * the top of the file). One pass with a stack, so a long file costs no more than a short one.
 */
export function parentKeys(lines: readonly LineInfo[]): Array<string | undefined> {
  const parents: Array<string | undefined> = [];
  const open: Array<{ column: number; indent: number; item: boolean; key: string | undefined }> = [];
  for (const line of lines) {
    if (line.blank || line.comment || line.inBlock) {
      parents.push(undefined);
      continue;
    }
    const column = keyColumn(line);
    const dash = column - line.indent;
    // "- id: x" opens an item at the dash: the keys after it, in its column, stand inside it.
    while (open.length > 0) {
      const top = open[open.length - 1]!;
      if (top.column < column || (top.item && top.indent < column)) break;
      open.pop();
    }
    const parent = open.length === 0 ? '' : open[open.length - 1]!.key;
    parents.push(parent);
    // The keys of an item ("lead:" below "- id: x") stand in the list's part, as "id:" does; an item
    // whose key opens a part of its own ("- updates:") holds that part.
    const key = keyOf(line);
    const opens = key !== undefined && OPENS_PART.test(line.text);
    open.push({ column, indent: line.indent, item: dash > 0, key: dash > 0 && !opens ? parent : key });
  }
  return parents;
}

export function findBlockOpener(lines: readonly LineInfo[], i: number): number | undefined {
  for (let j = i - 1; j >= 0; j--) if (!lines[j]!.inBlock) return j;
  return undefined;
}

const ZERO_WIDTH = /[\u200b\u2060\ufeff]/;

/** An odd space stands for an ordinary one; a zero-width one for nothing. */
export function plainSpaces(lead: string): string {
  return lead.replace(ODD_SPACES, (ch) => (ZERO_WIDTH.test(ch) ? '' : ' '));
}

/** Edits moving line `j` and the lines after it by `by` columns, up to the first line where `stop` holds. */
export function shiftRun(lines: readonly LineInfo[], j: number, by: number, stop: (k: number) => boolean): Edit[] {
  const edits: Edit[] = [];
  const first = lines[j]!;
  for (let k = j; k < lines.length; k++) {
    const l = lines[k]!;
    if (l.blank) continue;
    if (k > j && (l.indent < first.indent || (!l.inBlock && !l.comment && stop(k)))) break;
    edits.push(by >= 0 ? { at: l.start, remove: 0, insert: ' '.repeat(by) } : { at: l.start, remove: Math.min(-by, l.indent), insert: '' });
  }
  return edits;
}

/**
 * The run of lines set further in under line `i`, when they are keys `parent` holds, all in one
 * column (`column`, or the first of them's), at least two, and at most `most` lines: where the run
 * ends (the index of the first line after it).
 */
export function keysRunUnder(
  lines: readonly LineInfo[],
  i: number,
  parent: string,
  context: SlipContext,
  most: number,
  column?: number,
): number | undefined {
  const line = lines[i]!;
  let at = column;
  let keys = 0;
  let end = i + 1;
  for (; end < lines.length; end++) {
    const next = lines[end]!;
    if (next.blank || (next.comment && next.indent > line.indent)) continue;
    if (next.indent <= line.indent) break;
    if (end - i > most) return undefined;
    at ??= next.indent;
    if (next.indent < at) return undefined;
    if (next.indent > at) continue;
    const child = keyOf({ ...next, text: plainSpaces(next.text) });
    if (child === undefined || !allowedUnder(parent, child, context)) return undefined;
    keys++;
  }
  return keys < 2 ? undefined : end;
}

/**
 * Lines `i` to `end - 1` moved `by` columns to the left, as one edit (a file of many such pastes is
 * repaired without copying it once per line), and the last of them that is not blank or a comment.
 */
export function shiftLinesLeft(text: string, lines: readonly LineInfo[], i: number, end: number, by: number): { edit: Edit; last: number } {
  let last = end - 1;
  while (last > i && (lines[last]!.blank || lines[last]!.comment)) last--;
  const to = lines[last]!.start + lines[last]!.text.length;
  let moved = '';
  for (let k = i; k <= last; k++) {
    const here = lines[k]!;
    moved += here.blank ? here.text : here.text.slice(Math.min(by, here.indent));
    if (k < last) moved += text.slice(here.start + here.text.length, lines[k + 1]!.start);
  }
  return { edit: { at: lines[i]!.start, remove: to - lines[i]!.start, insert: moved }, last };
}

export function reindent(line: LineInfo, width: number, wording: Wording): Slip {
  return {
    offset: line.start + line.indent,
    code: 'outside-text',
    ...wording,
    edits: [{ at: line.start, remove: line.indent, insert: ' '.repeat(width) }],
  };
}

// ---------------------------------------------------------------------------------------------
// Errors the parser still reports, explained.

/** Which line an offset is on. */
export function lineAt(lines: readonly LineInfo[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function nextStructural(lines: readonly LineInfo[], i: number): number | undefined {
  for (let j = i + 1; j < lines.length; j++) if (!lines[j]!.blank && !lines[j]!.comment && !lines[j]!.inBlock) return j;
  return undefined;
}

export function previousStructural(lines: readonly LineInfo[], i: number): number | undefined {
  for (let j = i - 1; j >= 0; j--) if (!lines[j]!.blank && !lines[j]!.comment && !lines[j]!.inBlock) return j;
  return undefined;
}
