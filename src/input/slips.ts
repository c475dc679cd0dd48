import { quoteForYaml } from '../messages/entry.js';
import { say, type Wording } from '../messages/index.js';
import { readMoney } from './money.js';

/**
 * The editing slips officers really make in YAML, recognised from the text itself, named in plain
 * words at the line where they must act, and each with a repair.
 *
 * A YAML parser meets a slip as a symptom, often on another line and in its own vocabulary, and then
 * reports the consequences as further errors. So plan looks for the slip first: `findSlips` scans the
 * lines for what can be recognised before parsing (characters pasted from Word, tabs, lines that fell
 * out of a `|` block), and `diagnoseYamlError` explains an error the parser still reports. Every slip
 * carries the edit that repairs it; yaml-source.ts applies it to a working copy and parses again, so
 * that a follow-on error is shown only when it is a separate problem. The edits never add or remove
 * a line, so line numbers stay those of the file.
 *
 * `fixable` slips are the mechanical, unambiguous ones that `plan validate --fix` writes back to the
 * file; the others are repaired only in memory, to check the rest of the file.
 */

export interface Edit {
  /** Offset in the text the edit applies to. */
  at: number;
  remove: number;
  insert: string;
}

export interface Slip {
  /** Offset of the problem in the text scanned. */
  offset: number;
  code: string;
  message: string;
  hint: string;
  edits: Edit[];
  /** What `plan validate --fix` says it changed, when it may make this repair itself. */
  fixed?: string;
  /** A slip that changes nothing in the report (an invisible character at the end of a line) is a warning. */
  severity?: 'warning';
}

/** What the scanner needs to know of the plan's shape, from its schema. */
export interface SlipContext {
  /** The keys that exist anywhere in the file. */
  knownKeys: ReadonlySet<string>;
  /**
   * For each key whose value is a block of keys, the keys allowed in it; CODE_KEYS stands for any
   * council code (a block such as `amounts:`).
   */
  children: ReadonlyMap<string, ReadonlySet<string>>;
  /** The keys whose blocks hold amounts of money per council code ("amounts:", "achieved:"). */
  moneyBlocks?: ReadonlySet<string>;
  /** The keys whose value is text ("status:", "narrative:"). */
  textKeys?: ReadonlySet<string>;
}

/** In SlipContext.children: the block's keys are council codes. */
export const CODE_KEYS = '<council code>';
const COUNCIL_CODE_KEY = /^[A-Z][A-Z0-9]{1,9}$/;

function isKnownKey(key: string, context: SlipContext): boolean {
  return context.knownKeys.has(key) || COUNCIL_CODE_KEY.test(key);
}

/** Whether `key` may stand in the block opened by `parent`. */
function allowedUnder(parent: string, key: string, context: SlipContext): boolean {
  const keys = context.children.get(parent);
  return keys !== undefined && (keys.has(key) || (keys.has(CODE_KEYS) && COUNCIL_CODE_KEY.test(key) && !context.knownKeys.has(key)));
}

/** Whether `a` and `b` may stand side by side in some block. */
function siblings(a: string, b: string, context: SlipContext): boolean {
  // "Q2" is shaped like a council code, but it is a key plan knows: it stands where quarters do.
  const either = (keys: ReadonlySet<string>, k: string) =>
    keys.has(k) || (keys.has(CODE_KEYS) && COUNCIL_CODE_KEY.test(k) && !context.knownKeys.has(k));
  for (const keys of context.children.values()) if (either(keys, a) && either(keys, b)) return true;
  return false;
}

/**
 * The text the parser reads: the file, with the repairs of the slips found so far applied. Offsets in
 * it map back to the file's own, so every message points at what the officer sees.
 */
export class WorkingCopy {
  private readonly applied: Array<{ at: number; remove: number; insert: number }> = [];

  constructor(public text: string) {}

  get edited(): boolean {
    return this.applied.length > 0;
  }

  /** Apply edits made against the current text; one that overlaps an earlier one in the batch is skipped. */
  apply(edits: readonly Edit[]): void {
    let floor = Infinity;
    for (const edit of [...edits].sort((a, b) => b.at - a.at)) {
      if (edit.at + edit.remove > floor) continue;
      this.text = this.text.slice(0, edit.at) + edit.insert + this.text.slice(edit.at + edit.remove);
      this.applied.push({ at: edit.at, remove: edit.remove, insert: edit.insert.length });
      floor = edit.at;
    }
  }

  /** The offset in the file of an offset in the working text. */
  toOriginal = (offset: number): number => {
    let o = offset;
    for (let i = this.applied.length - 1; i >= 0; i--) {
      const e = this.applied[i]!;
      if (o >= e.at + e.insert) o = o - e.insert + e.remove;
      else if (o > e.at) o = e.at;
    }
    return o;
  };
}

// ---------------------------------------------------------------------------------------------
// Characters pasted from Word and other programs.

const ODD_SPACE = /[\u00a0\u1680\u2000-\u200b\u2060\u202f\u205f\u3000\ufeff]/;
const ODD_SPACES = /[\u00a0\u1680\u2000-\u200b\u2060\u202f\u205f\u3000\ufeff]/g;
/** Characters that look like indentation: spaces, tabs and the odd spaces above. */
const INDENT_LIKE = /^[ \t\u00a0\u1680\u2000-\u200b\u2060\u202f\u205f\u3000\ufeff]*/;

const CURLY_DOUBLE = /[“”„‟]/;
const CURLY_SINGLE = /[‘’‚‛]/;

// ---------------------------------------------------------------------------------------------
// Lines as the scanner sees them.

interface LineInfo {
  /** Offset of the first character of the line. */
  start: number;
  /** The line without its line ending. */
  text: string;
  /** Width of the leading spaces, tabs and odd spaces. */
  indent: number;
  /** Inside the text of a `|` or `>` block (or a blank line). */
  inBlock: boolean;
  blank: boolean;
  comment: boolean;
}

/** "key: |", "- key: >-", "key: |2  # note": the value is a block of text on the lines below. */
const BLOCK_START = /^(?:- +)*(?:[^\s#:][^:#]*|"[^"]*"|'[^']*'):[ \t]+[|>][-+0-9]*[ \t]*(?:#.*)?$/;
/** A line that is a key (with or without a value), or a list item that starts with one. */
const KEY_LINE = /^((?:- +)*)((?:[^\s#:"'][^:#]*?)|"[^"]*"|'[^']*'|[“‘][^”’]*[”’])[ \t]*:(?:[ \t]|$)/;

function keyOf(line: LineInfo): string | undefined {
  const m = KEY_LINE.exec(line.text.slice(line.indent));
  if (!m) return undefined;
  return m[2]!.replace(/^["'“‘]|["'”’]$/g, '').trim();
}

/** Split the text into lines and mark which are inside `|` or `>` blocks. */
function scanLines(text: string): LineInfo[] {
  const lines: LineInfo[] = [];
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const raw = text.slice(start, end).replace(/\r$/, '');
    const indent = INDENT_LIKE.exec(raw)![0].length;
    const rest = raw.slice(indent);
    lines.push({ start, text: raw, indent, inBlock: false, blank: rest === '', comment: rest.startsWith('#') });
    if (nl === -1) break;
    start = nl + 1;
  }
  // A block's lines are those indented more than the line that opens it (blank lines included).
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.inBlock || line.blank || line.comment || !BLOCK_START.test(line.text.slice(line.indent))) continue;
    // The key's own column: for "- action: |" that is after the "- ".
    const parent = line.indent + /^(?:- +)*/.exec(line.text.slice(line.indent))![0].length;
    for (let j = i + 1; j < lines.length; j++) {
      const next = lines[j]!;
      if (!next.blank && next.indent <= parent) {
        // A line of text indented with a tab or a pasted space still belongs to the text (the slip is
        // reported on its own); a key or list item ends the block.
        const lead = next.text.slice(0, next.indent);
        const rest = plainSpaces(next.text.slice(next.indent));
        if (!/[\t\u00a0\u1680\u2000-\u200b\u2060\u202f\u205f\u3000\ufeff]/.test(lead) || KEY_LINE.test(rest)) break;
      }
      next.inBlock = true;
    }
  }
  return lines;
}

/**
 * The indentation of the text of the block opened on line `i`: given by an indentation indicator
 * ("|2": the key's column plus 2), or else that of the block's first non-blank line.
 */
function blockContentIndent(lines: readonly LineInfo[], i: number): number | undefined {
  const opener = lines[i]!;
  const rest = opener.text.slice(opener.indent);
  const indicator = /:[ \t]+[|>][-+]?([1-9])/.exec(rest);
  if (indicator) return opener.indent + /^(?:- +)*/.exec(rest)![0].length + Number(indicator[1]);
  for (let j = i + 1; j < lines.length && lines[j]!.inBlock; j++) if (!lines[j]!.blank) return lines[j]!.indent;
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Slips found before parsing.

/** Does plain (unquoted) YAML text need quotes to be read as written? */
function needsQuotes(text: string): boolean {
  return /: |:$| #|^[-?:,[\]{}#&*!|>'"%@`]/.test(text);
}

/**
 * Slips in the characters of the lines: odd spaces and tabs in indentation or after a key's colon,
 * curly quotes where YAML needs straight ones, a missing space after a known key's colon. These are
 * the ones `plan validate --fix` repairs.
 */
export function findCharacterSlips(text: string, context: SlipContext): Slip[] {
  const slips: Slip[] = [];
  const lines = scanLines(text);
  const parents = parentKeys(lines);
  const hasOdd = ODD_SPACE.test(text) || text.includes('\t') || CURLY_DOUBLE.test(text) || CURLY_SINGLE.test(text);
  lines.forEach((line, i) => {
    const n = i + 1;
    if (line.blank || line.comment) return;
    const lead = line.text.slice(0, line.indent);
    if (!line.inBlock) {
      if (hasOdd) {
        const oddLead = slipInIndentation(line, lead, n, lines, i);
        if (oddLead) slips.push(oddLead);
        const rest = line.text.slice(line.indent);
        const afterKey = oddSpaceAfterKey(line, rest, n, context);
        if (afterKey) slips.push(afterKey);
        const curly = curlyQuotes(line, rest);
        if (curly) slips.push(curly);
      }
      const space = missingSpaceAfterColon(line, context);
      if (space) slips.push(space);
      const typed =
        mistypedKey(lines, i, context, parents) ?? dashWithoutSpace(line, context) ?? wordDash(line, context) ?? loneKey(line, n, context);
      if (typed) slips.push(typed);
      const money = moneySlip(lines, i, context, parents);
      if (money) slips.push(money);
      const start = textStartSlip(lines, i, context);
      if (start) slips.push(start);
    } else if (/[\t\u00a0\u1680\u2000-\u200b\u2060\u202f\u205f\u3000\ufeff]/.test(lead)) {
      // Inside a block, only the indentation up to the block's own is layout; the rest is text.
      const open = findBlockOpener(lines, i);
      const content = open === undefined ? undefined : blockContentIndent(lines, open);
      if (content !== undefined) {
        const layout = lead.slice(0, content);
        const bad = /[\t\u00a0\u1680\u2000-\u200b\u2060\u202f\u205f\u3000\ufeff]/.exec(layout);
        if (bad) {
          // Only the block's own indentation is repaired; what lies beyond it is the officer's text.
          const fixedLayout = plainSpaces(layout).replace(/\t/g, '  ');
          slips.push(oddIndentSlip(line, n, bad[0], bad.index, Math.max(fixedLayout.length, content), lead.slice(content)));
        }
      }
    }
  });
  for (const [i, line] of lines.entries()) {
    const trailing = trailingOddSpace(line, i + 1);
    if (trailing) slips.push(trailing);
  }
  return slips.sort((a, b) => a.offset - b.offset);
}

/**
 * For each line, the key of the line that opens the block it stands in, found by indentation ('' at
 * the top of the file). One pass with a stack, so a long file costs no more than a short one.
 */
function parentKeys(lines: readonly LineInfo[]): Array<string | undefined> {
  const parents: Array<string | undefined> = [];
  const open: Array<{ column: number; indent: number; item: boolean; key: string | undefined }> = [];
  for (const line of lines) {
    if (line.blank || line.comment || line.inBlock) {
      parents.push(undefined);
      continue;
    }
    const dash = /^(?:- +)*/.exec(line.text.slice(line.indent))![0].length;
    const column = line.indent + dash;
    // "- id: x" opens an item at the dash: the keys after it, in its column, stand inside it.
    while (open.length > 0) {
      const top = open[open.length - 1]!;
      if (top.column < column || (top.item && top.indent < column)) break;
      open.pop();
    }
    parents.push(open.length === 0 ? '' : open[open.length - 1]!.key);
    open.push({ column, indent: line.indent, item: dash > 0, key: keyOf(line) });
  }
  return parents;
}

/**
 * "Status:", "ACHIEVED:", "q3:" or "Q 3:": a key plan knows, typed in the wrong case or with a space.
 * There is one right spelling, so --fix writes it. A code in capitals where council codes stand
 * ("RAG:" under "achieved:") is a council code, not a mistyped key.
 */
function mistypedKey(
  lines: readonly LineInfo[],
  i: number,
  context: SlipContext,
  parents: ReadonlyArray<string | undefined>,
): Slip | undefined {
  const line = lines[i]!;
  const rest = line.text.slice(line.indent);
  const m = /^((?:- +)*)([A-Za-z][\w]*(?: [1-4])?)[ \t]*:(?:[ \t]|$)/.exec(rest);
  if (!m) return undefined;
  const written = m[2]!;
  if (context.knownKeys.has(written)) return undefined;
  const squeezed = written.replace(' ', '');
  const meant = [...context.knownKeys].find((k) => k.toLowerCase() === squeezed.toLowerCase());
  if (meant === undefined) return undefined;
  const parent = parents[i];
  if (parent !== undefined && COUNCIL_CODE_KEY.test(written) && allowedUnder(parent, written, context)) return undefined;
  const at = line.start + line.indent + m[1]!.length;
  return {
    offset: at,
    code: 'mistyped-key',
    ...say.mistypedKey({ written, meant }),
    edits: [{ at, remove: written.length, insert: meant }],
  };
}

/**
 * Text that starts with a character YAML reads as something else: "status: - draft", "status: [draft]
 * with legal", "narrative: | Pilot chosen" (text on the line of the "|"), "status: # heading" (a
 * comment, so no text at all). Said at the line, with the text in quotes, or moved below the "|".
 */
function textStartSlip(lines: readonly LineInfo[], i: number, context: SlipContext): Slip | undefined {
  const line = lines[i]!;
  const rest = line.text.slice(line.indent);
  const m = /^((?:- +)*)([A-Za-z][\w]*)[ \t]*:([ \t]+)(.*?)[ \t]*$/.exec(rest);
  if (!m || !context.textKeys?.has(m[2]!)) return undefined;
  const [, dashes = '', key = '', gap = '', value = ''] = m;
  const keyColumn = line.indent + dashes.length;
  const at = line.start + keyColumn + key.length + 1 + gap.length;
  const below = nextStructural(lines, i);
  const hasLinesBelow = below !== undefined ? lines[below]!.indent > keyColumn : false;
  const blockBelow = i + 1 < lines.length && lines[i + 1]!.inBlock;
  const quoted = (text: string) => ({ at, remove: value.length, insert: quoteForYaml(text) });
  // "| text" or "> text": the text belongs on the lines below the "|".
  const bar = /^([|>])[-+]?[ \t]+([^#\s].*)$/.exec(value);
  // "|" alone: the text is on the lines below it, wherever they stand (see linesOutsideBlocks).
  if (/^[|>][-+0-9]*$/.test(value)) return undefined;
  if (!bar && (hasLinesBelow || blockBelow)) return undefined;
  if (bar) {
    const text = bar[2]!;
    return {
      offset: at,
      code: 'text-after-bar',
      ...say.textAfterBar({ key, bar: bar[1]!, text, column: keyColumn + 2 }),
      // With text below, the "|" stays and the text on its line is left out of the check; else it is the text.
      edits: [hasLinesBelow ? { at, remove: value.length, insert: bar[1]! } : quoted(text)],
    };
  }
  const comment = /^#(.*)$/.exec(value);
  if (comment && comment[1]!.trim() !== '') {
    return {
      offset: at,
      code: 'comment-as-text',
      ...say.commentAsText({ key, value }),
      edits: [quoted(value)],
    };
  }
  // "!" is left out: "!!binary" is a YAML tag, refused as such where it stands.
  const first = /^(?:[-?:](?=[ \t])|[[{*&%@`|>])/.exec(value);
  if (!first) return undefined;
  const text = value.replace(/[ \t]+#.*$/, '');
  return {
    offset: at,
    code: 'quote-needed',
    ...say.quoteNeeded({ first: first[0], key, text }),
    edits: [quoted(text)],
  };
}

/** "– id: x", "• id: x": Word turned the "-" of a list item into a dash or a bullet. */
function wordDash(line: LineInfo, context: SlipContext): Slip | undefined {
  const m = /^([–—‐‑−•])[ \t\u00a0]+([A-Za-z][\w-]*)[ \t]*:(?:[ \t]|$)/.exec(line.text.slice(line.indent));
  if (!m || !context.knownKeys.has(m[2]!)) return undefined;
  const at = line.start + line.indent;
  return {
    offset: at,
    code: 'word-dash',
    ...say.wordDash({ dash: m[1]!, key: m[2]! }),
    edits: [{ at, remove: m[0].indexOf(m[2]!), insert: '- ' }],
  };
}

/** "Q2" or "updates" alone on a line: a key whose colon was left off (one right answer). */
function loneKey(line: LineInfo, n: number, context: SlipContext): Slip | undefined {
  const m = /^([A-Za-z][\w]*)[ \t]*$/.exec(line.text.slice(line.indent));
  if (!m || !context.children.has(m[1]!)) return undefined;
  const at = line.start + line.indent + m[1]!.length;
  return {
    offset: line.start + line.indent,
    code: 'missing-colon',
    ...say.keyWithoutColon({ key: m[1]!, line: n }),
    edits: [{ at, remove: line.text.length - line.indent - m[1]!.length, insert: ':' }],
  };
}

/** "-id: x": without a space after it, "-" is read as part of the key. */
function dashWithoutSpace(line: LineInfo, context: SlipContext): Slip | undefined {
  const m = /^((?:- +)*)-([A-Za-z][\w-]*)[ \t]*:(?:[ \t]|$)/.exec(line.text.slice(line.indent));
  if (!m || !context.knownKeys.has(m[2]!)) return undefined;
  const at = line.start + line.indent + m[1]!.length;
  return {
    offset: at,
    code: 'dash-without-space',
    ...say.dashWithoutSpace({ key: m[2]! }),
    edits: [{ at: at + 1, remove: 0, insert: ' ' }],
  };
}

/**
 * Money with one right reading that is not a plain number ("98 500", "£75,000", "25k"): the figure
 * to write is certain, so --fix writes it. Shapes with two readings ("150.000") are left to the schema.
 */
function moneySlip(
  lines: readonly LineInfo[],
  i: number,
  context: SlipContext,
  parents: ReadonlyArray<string | undefined>,
): Slip | undefined {
  const line = lines[i]!;
  const m = /^((?:- +)*)([A-Z][A-Z0-9]{1,9})([ \t]*:[ \t]+|[ \t]+)(.*?)[ \t]*(?:[ \t]#.*)?$/.exec(line.text.slice(line.indent));
  if (!m || m[4] === '') return undefined;
  const parent = parents[i];
  if (parent === undefined || !context.moneyBlocks?.has(parent)) return undefined;
  const written = m[4]!;
  if (!m[3]!.includes(':')) {
    // "WBC 61250", "WBC<tab>61250": a row pasted from Excel, with no colon.
    const figure = readMoney(written);
    const plain = figure.ok ? written : figure.fix;
    if (plain === undefined) return undefined;
    const at = line.start + line.indent + m[1]!.length + m[2]!.length;
    return {
      offset: line.start + line.indent + m[1]!.length,
      code: 'missing-colon',
      ...say.spreadsheetRow({ code: m[2]!, written, figure: plain }),
      edits: [{ at, remove: m[3]!.length + written.length, insert: `: ${plain}` }],
    };
  }
  const reading = readMoney(written);
  if (reading.ok || reading.fix === undefined) return undefined;
  const at = line.start + line.indent + line.text.slice(line.indent).indexOf(written, m[1]!.length + m[2]!.length + 1);
  return {
    offset: at,
    code: 'invalid-money',
    message: reading.message,
    hint: reading.hint,
    edits: [{ at, remove: written.length, insert: reading.fix }],
    fixed: say.rewritten({ code: m[2]!, written, fix: reading.fix }).fixed,
  };
}

/** An invisible odd space at the end of a line (pasted from Word or Outlook): it only hides there. */
function trailingOddSpace(line: LineInfo, n: number): Slip | undefined {
  const m = /[\u00a0\u1680\u2000-\u200b\u2060\u202f\u205f\u3000\ufeff]+$/.exec(line.text);
  if (!m || m.index < line.indent || line.blank) return undefined;
  return {
    offset: line.start + m.index,
    code: 'odd-space',
    severity: 'warning',
    ...say.oddSpaceAtEnd({ line: n, space: m[0][0]! }),
    edits: [{ at: line.start + m.index, remove: m[0].length, insert: '' }],
  };
}

/**
 * Slips in the layout of the lines: text that fell out of a `|` block, keys indented one block out or
 * in, list items that do not line up. Run on the text with the character slips repaired.
 */
export function findLayoutSlips(text: string, context: SlipContext): Slip[] {
  const lines = scanLines(text);
  const outside = linesOutsideBlocks(lines, context);
  const taken = new Set(outside.map((slip) => lineAt(lines, slip.offset)));
  const pasted = pastedLines(lines, context, taken);
  for (const slip of pasted) taken.add(lineAt(lines, slip.offset));
  return [
    ...outside,
    ...pasted,
    ...valueAndLinesBelow(lines, context),
    ...misplacedKeys(lines, context).filter((slip) => !taken.has(lineAt(lines, slip.offset))),
    ...misalignedItems(lines),
  ].sort((a, b) => a.offset - b.offset);
}

/** A line of prose: no "key:" at its start, or a "key" of several words or a capitalised word plan does not know. */
function isProseLine(line: LineInfo, context: SlipContext): boolean {
  const rest = plainSpaces(line.text.slice(line.indent));
  if (/^[-•][ \t]|^[-?:,[\]{}&*!|>'"%@`]/.test(rest)) return false;
  const key = keyOf({ ...line, text: rest, indent: 0 });
  // "status Complete", "status = Complete": a key with its colon missing, explained as such.
  const first = /^([A-Za-z][\w-]*)[ \t]*(?:=|-(?= )|)[ \t]+\S/.exec(rest);
  if (first && context.knownKeys.has(first[1]!)) return false;
  if (key === undefined) return !/^[\w-]+:/.test(rest);
  if (isKnownKey(key, context)) return false;
  if (
    context.knownKeys.has(key.replace(/ /g, '')) ||
    [...context.knownKeys].some((k) => k.toLowerCase() === key.replace(/ /g, '').toLowerCase())
  )
    return false;
  return /\s/.test(key) || /^[A-Z][a-z]/.test(key);
}

/**
 * A line of text pasted or typed among the keys (a note written without "#", a sentence with ": " at
 * the left edge): YAML would read it as a key, or not at all, and blame the lines after it. Said at
 * the line itself, which is kept as a note ("# ") so that nothing of it is lost.
 */
function pastedLines(lines: readonly LineInfo[], context: SlipContext, taken: ReadonlySet<number>): Slip[] {
  const slips: Slip[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.blank || line.comment || line.inBlock || taken.has(i) || !isProseLine(line, context)) continue;
    const p = previousStructural(lines, i);
    if (p === undefined) continue;
    const prev = lines[p]!;
    const prevRest = prev.text.slice(prev.indent);
    // The first line of a run of text is the one to act on; a quote left open above makes the lines
    // below part of its text (that slip is reported where the quote opens).
    if (keyOf(prev) === undefined || /:[ \t]+["'][^"']*$/.test(prevRest)) continue;
    const prevColumn = prev.indent + /^(?:- +)*/.exec(prevRest)![0].length;
    // Deeper than a key with text after it, a line goes on with that text: YAML reads it so.
    if (line.indent > prevColumn && !/:[ \t]*(?:#.*)?$/.test(prevRest)) continue;
    slips.push({
      offset: line.start + line.indent,
      code: 'text-among-keys',
      ...say.textAmongKeys({ text: line.text.slice(line.indent) }),
      edits: [{ at: line.start + line.indent, remove: 0, insert: '# ' }],
    });
  }
  return slips;
}

/** "achieved: 98500" with the council lines below it as well: the figure on the key's line has no place. */
function valueAndLinesBelow(lines: readonly LineInfo[], context: SlipContext): Slip[] {
  const slips: Slip[] = [];
  lines.forEach((line, i) => {
    if (line.blank || line.comment || line.inBlock) return;
    const rest = line.text.slice(line.indent);
    const m = /^((?:- +)*)([A-Za-z][\w]*)[ \t]*:[ \t]+([^|>#\s][^#]*?)[ \t]*(?:[ \t]#.*)?$/.exec(rest);
    if (!m || !context.children.has(m[2]!)) return;
    const below = nextStructural(lines, i);
    const keyColumn = line.indent + m[1]!.length;
    if (below === undefined || lines[below]!.indent <= keyColumn || keyOf(lines[below]!) === undefined) return;
    const value = m[3]!;
    const at = line.start + line.indent + rest.indexOf(value, m[1]!.length + m[2]!.length + 1);
    slips.push({
      offset: at,
      code: 'value-and-lines-below',
      ...say.valueAndLinesBelow({ key: m[2]!, value, line: i + 1, money: context.moneyBlocks?.has(m[2]!) ?? false }),
      edits: [{ at, remove: value.length, insert: '' }],
    });
  });
  return slips;
}

function findBlockOpener(lines: readonly LineInfo[], i: number): number | undefined {
  for (let j = i - 1; j >= 0; j--) if (!lines[j]!.inBlock) return j;
  return undefined;
}

const ZERO_WIDTH = /[\u200b\u2060\ufeff]/;

/** An odd space stands for an ordinary one; a zero-width one for nothing. */
function plainSpaces(lead: string): string {
  return lead.replace(ODD_SPACES, (ch) => (ZERO_WIDTH.test(ch) ? '' : ' '));
}

/**
 * A slip in a line's indentation, repaired by giving the line `width` ordinary spaces (and `keep`
 * after them); `linesUpWithout`: the odd space was pasted in as well as the spaces, and is deleted.
 */
function oddIndentSlip(line: LineInfo, n: number, ch: string, index: number, width: number, keep = '', linesUpWithout = false): Slip {
  const tab = ch === '\t';
  return {
    offset: line.start + index,
    code: tab ? 'tab-indent' : 'odd-space',
    ...(tab
      ? say.tabIndent({ line: n, atStart: index === 0, width })
      : say.oddSpaceIndent({ line: n, atStart: index === 0, space: ch, linesUpWithout })),
    edits: [{ at: line.start, remove: line.indent, insert: ' '.repeat(width) + keep }],
  };
}

function slipInIndentation(line: LineInfo, lead: string, n: number, lines: readonly LineInfo[], i: number): Slip | undefined {
  const bad = /[\t\u00a0\u1680\u2000-\u200b\u2060\u202f\u205f\u3000\ufeff]/.exec(lead);
  if (!bad) return undefined;
  // A tab stands for whatever lines the line up with its neighbours; an odd space for an ordinary
  // one, unless the line lines up only without it (it was pasted in as well as the spaces).
  const expected = expectedIndent(lines, i);
  if (lead.includes('\t')) return oddIndentSlip(line, n, bad[0], bad.index, expected ?? plainSpaces(lead).replace(/\t/g, '  ').length);
  const replaced = plainSpaces(lead).length;
  const removed = lead.replace(ODD_SPACES, '').length;
  const without = removed === expected && replaced !== expected;
  return oddIndentSlip(line, n, bad[0], bad.index, without ? removed : replaced, '', without);
}

/** Where a line belongs: under the line before it when that opens a block of keys, else beside it. */
function expectedIndent(lines: readonly LineInfo[], i: number): number | undefined {
  for (let j = i - 1; j >= 0; j--) {
    const prev = lines[j]!;
    if (prev.blank || prev.comment || prev.inBlock || prev.text.slice(0, prev.indent).includes('\t')) continue;
    const rest = prev.text.slice(prev.indent);
    const dash = /^(?:- +)*/.exec(rest)![0].length;
    if (/:[ \t]*(?:#.*)?$/.test(rest)) return prev.indent + dash + 2;
    return prev.indent + dash;
  }
  return undefined;
}

function oddSpaceAfterKey(line: LineInfo, rest: string, n: number, context: SlipContext): Slip | undefined {
  // "status:\u00a0Draft" or "-\u00a0id: x": YAML sees no separator and reads one long word.
  const m = /^((?:-[ \u00a0]+)*)([A-Za-z][\w-]*)[ \t]*:([\u00a0\u1680\u2000-\u200b\u2060\u202f\u205f\u3000\ufeff])/.exec(rest);
  const dash = /^-([\u00a0\u2000-\u200b\u202f\u3000])/.exec(rest);
  if (dash) {
    return {
      offset: line.start + line.indent + 1,
      code: 'odd-space',
      ...say.oddSpaceAfterDash({ line: n, space: dash[1]! }),
      edits: [{ at: line.start + line.indent + 1, remove: 1, insert: ' ' }],
    };
  }
  if (!m || !context.knownKeys.has(m[2]!)) return undefined;
  const at = line.start + line.indent + m[0].length - 1;
  return {
    offset: at,
    code: 'odd-space',
    ...say.oddSpaceAfterKey({ line: n, key: m[2]!, space: m[3]! }),
    edits: [{ at, remove: 1, insert: ' ' }],
  };
}

function curlyQuotes(line: LineInfo, rest: string): Slip | undefined {
  // “status”: Draft  →  a key in curly quotes is not the key "status".
  const key = /^((?:- +)*)([“‘])([^”’]*)([”’])[ \t]*:(?:[ \t]|$)/.exec(rest);
  if (key) {
    const at = line.start + line.indent + key[1]!.length;
    const name = key[3]!;
    return {
      offset: at,
      code: 'curly-quotes',
      ...say.curlyQuotedKey({ key: name, open: key[2]!, close: key[4]! }),
      edits: [{ at, remove: name.length + 2, insert: name }],
    };
  }
  // key: “text” where the text needs real quotes (a section number, text with ": " or " #").
  const value = /^((?:- +)*)([A-Za-z][\w-]*)[ \t]*:[ \t]+([“‘])(.*)([”’])[ \t]*(#.*)?$/.exec(rest);
  if (!value) return undefined;
  const inner = value[4]!;
  if (CURLY_DOUBLE.test(inner) || CURLY_SINGLE.test(inner)) return undefined;
  const name = value[2]!;
  if (name !== 'section' && !needsQuotes(inner)) return undefined;
  const at = line.start + line.indent + value[0].indexOf(value[3]!, value[1]!.length + name.length);
  const quoted = quoteForYaml(inner);
  return {
    offset: at,
    code: 'curly-quotes',
    ...say.curlyQuotedValue({ key: name, text: inner, open: value[3]!, close: value[5]!, quoted }),
    edits: [{ at, remove: inner.length + 2, insert: quoted }],
  };
}

function missingSpaceAfterColon(line: LineInfo, context: SlipContext): Slip | undefined {
  const rest = line.text.slice(line.indent);
  const m = /^((?:- +)*)([A-Za-z][\w-]*):(?=[^\s:/\\])/.exec(rest);
  if (!m || !isKnownKey(m[2]!, context)) return undefined;
  const at = line.start + line.indent + m[0].length;
  const value = rest.slice(m[0].length);
  return {
    offset: at - m[2]!.length - 1,
    code: 'missing-space',
    ...say.missingSpaceAfterColon({ key: m[2]!, value }),
    edits: [{ at, remove: 0, insert: ' ' }],
  };
}

/**
 * Lines that fell out of a `|` block: a bullet or a line of text pasted at the left edge, or a line
 * indented less than the block's text. YAML would read them as new keys or list items.
 */
function linesOutsideBlocks(lines: readonly LineInfo[], context: SlipContext): Slip[] {
  const slips: Slip[] = [];
  for (let i = 0; i < lines.length; i++) {
    const opener = lines[i]!;
    if (opener.inBlock || opener.blank || opener.comment || !BLOCK_START.test(opener.text.slice(opener.indent))) continue;
    const column = opener.indent + /^(?:- +)*/.exec(opener.text.slice(opener.indent))![0].length;
    // No text indented under the "|": a line of text right below it, not indented, is its first line.
    const below = lines[i + 1];
    const content =
      blockContentIndent(lines, i) ?? (below && !below.blank && !below.comment && keyOf(below) === undefined ? column + 2 : undefined);
    if (content === undefined) continue;
    const name = keyOf(opener) ?? 'text';
    const deeper = firstLineDeeper(lines, i, content, column);
    if (deeper) {
      slips.push(
        reindent(lines[deeper.line]!, deeper.indent, say.firstLineDeeper({ line: deeper.line + 1, key: name, column: deeper.indent })),
      );
      continue;
    }
    // Lines of the block indented less than its first line: YAML ends the block there.
    let j = i + 1;
    for (; j < lines.length && lines[j]!.inBlock; j++) {
      const line = lines[j]!;
      if (line.blank || line.indent >= content) continue;
      const key = keyOf(line);
      if (key !== undefined && line.indent > column && siblings(name, key, context)) {
        // The key that ends the text, a space or two too far in: it goes beside the key above.
        const wording = say.moreThanAbove({ key, above: name, by: line.indent - column, column });
        slips.push({ ...reindent(line, column, wording), code: 'indentation' });
        break;
      }
      slips.push(reindent(line, content, say.lessThanText({ line: j + 1, key: name, indent: line.indent, column: content })));
    }
    // Lines right after the block that cannot be keys here: stray bullets and text. Lines indented
    // like the block's text after a stray line are the rest of that text, split off by it.
    for (; j < lines.length; j++) {
      const line = lines[j]!;
      if (line.blank || line.comment || line.indent >= content) continue;
      const rest = plainSpaces(line.text.slice(line.indent));
      const key = keyOf({ ...line, text: rest, indent: 0 });
      const isBullet = /^[-•][ \t]/.test(rest) && !KEY_LINE.test(rest.replace(/^- +/, ''));
      const isText = key === undefined && !/^- /.test(rest) && !isBullet;
      // Prose with a colon ("Note: …") reads as a key; a mistyped key ("narative:") is left to the schema.
      const isProse = key !== undefined && !isKnownKey(key, context) && (/\s/.test(key) || /^[A-Z][a-z]/.test(key)) && !/^- /.test(rest);
      if (!isBullet && !isText && !isProse) break;
      slips.push(
        reindent(line, content, say.strayLineAfterText({ line: j + 1, key: name, indent: line.indent, column: content, bullet: isBullet })),
      );
    }
  }
  return slips;
}

/**
 * The first line of a text deeper than all the others, which line up with each other: YAML takes
 * the first line's indentation for the whole text, so the others would fall out of it.
 */
function firstLineDeeper(lines: readonly LineInfo[], i: number, content: number, column: number) {
  let first: number | undefined;
  let rest: number | undefined;
  for (let j = i + 1; j < lines.length && lines[j]!.inBlock; j++) {
    const line = lines[j]!;
    if (line.blank) continue;
    if (first === undefined) first = j;
    else rest = Math.min(rest ?? Infinity, line.indent);
  }
  if (first === undefined || rest === undefined || rest >= content || rest <= column) return undefined;
  for (let j = first + 1; j < lines.length && lines[j]!.inBlock; j++)
    if (!lines[j]!.blank && keyOf(lines[j]!) !== undefined) return undefined;
  return { line: first, indent: rest };
}

/**
 * Keys indented as if they belonged one block out or in: "status:" level with "Q1:" above it, or
 * "updates:" at the left edge below an action's keys. A key that cannot stand where it is, but can in
 * the block its neighbour opens (or closes), is moved there, with the lines that belong to it.
 */
function misplacedKeys(lines: readonly LineInfo[], context: SlipContext): Slip[] {
  const slips: Slip[] = [];
  const structural = lines.map((l, i) => (!l.blank && !l.comment && !l.inBlock ? i : -1)).filter((i) => i >= 0);
  for (let s = 1; s < structural.length; s++) {
    const j = structural[s]!;
    const line = lines[j]!;
    const rest = line.text.slice(line.indent);
    if (/^- /.test(rest)) continue;
    const key = keyOf(line);
    if (key === undefined) continue;
    const p = structural[s - 1]!;
    const prev = lines[p]!;
    const prevRest = prev.text.slice(prev.indent);
    const prevKey = keyOf(prev);
    const prevColumn = prev.indent + /^(?:- +)*/.exec(prevRest)![0].length;
    const prevOpens = prevKey !== undefined && /:[ \t]*(?:#.*)?$/.test(prevRest);
    if (prevKey === undefined) continue;
    // Too little: level with (or left of) the key that opens the block it belongs in.
    if (prevOpens && line.indent <= prevColumn && allowedUnder(prevKey, key, context) && !siblings(prevKey, key, context)) {
      const after = structural[s + 1];
      const next = after === undefined ? undefined : lines[after]!;
      if (next && next.indent > prevColumn && next.indent > line.indent) {
        slips.push({
          offset: line.start + line.indent,
          code: 'indentation',
          ...say.notUnderButNextIs({ key, above: prevKey, column: next.indent }),
          edits: [{ at: line.start, remove: line.indent, insert: ' '.repeat(next.indent) }],
        });
      } else {
        const by = prevColumn + 2 - line.indent;
        slips.push({
          offset: line.start + line.indent,
          code: 'indentation',
          ...say.notUnder({ key, above: prevKey, by }),
          edits: shiftRun(lines, j, by, (k) => {
            const other = keyOf(lines[k]!);
            return lines[k]!.indent <= line.indent && other !== undefined && siblings(prevKey, other, context);
          }),
        });
      }
      continue;
    }
    // Too far out: left of the key before it, where no key like it can stand.
    if (line.indent < prevColumn) {
      const outer = enclosingKey(lines, structural, s, line.indent);
      if (outer !== undefined && siblings(outer, key, context)) continue;
      const home = homeAbove(lines, structural, s, key, line.indent, context);
      if (!home) continue;
      // The line above may be the odd one: this line stands where it should, and that one does not.
      const homeLine = lines[home.index]!;
      const dash = home.column - homeLine.indent;
      const expected = conventionalIndent(lines, structural, home.t);
      if (homeLine.indent !== expected && line.indent === expected + dash) {
        const written = dash > 0 ? `- ${home.key}` : home.key;
        slips.push({
          offset: homeLine.start + homeLine.indent,
          code: 'indentation',
          ...say.outOfLineWithBelow({ key: written, below: key, by: homeLine.indent - expected, column: expected }),
          edits: [{ at: homeLine.start, remove: homeLine.indent, insert: ' '.repeat(expected) }],
        });
        continue;
      }
      const by = home.column - line.indent;
      // The lines under it may already sit where they belong; then only this line moves.
      const after = structural[s + 1];
      const alone = after !== undefined && lines[after]!.indent > home.column;
      slips.push({
        offset: line.start + line.indent,
        code: 'indentation',
        ...say.lessThanAbove({ key, above: home.key, indent: line.indent, column: home.column, line: home.line }),
        edits: alone
          ? [{ at: line.start, remove: line.indent, insert: ' '.repeat(home.column) }]
          : shiftRun(lines, j, by, (k) => lines[k]!.indent <= line.indent),
      });
    }
  }
  return slips;
}

/** The key whose column is exactly `column`, nearest above structural line number `s`. */
function enclosingKey(lines: readonly LineInfo[], structural: readonly number[], s: number, column: number): string | undefined {
  for (let t = s - 1; t >= 0; t--) {
    const l = lines[structural[t]!]!;
    const c = l.indent + /^(?:- +)*/.exec(l.text.slice(l.indent))![0].length;
    if (c === column) return keyOf(l);
    if (l.indent < column) return undefined;
  }
  return undefined;
}

/** The nearest key above, further in than `column`, beside which `key` may stand. */
function homeAbove(
  lines: readonly LineInfo[],
  structural: readonly number[],
  s: number,
  key: string,
  column: number,
  context: SlipContext,
) {
  for (let t = s - 1; t >= 0; t--) {
    const i = structural[t]!;
    const l = lines[i]!;
    const c = l.indent + /^(?:- +)*/.exec(l.text.slice(l.indent))![0].length;
    if (c <= column) return undefined;
    const k = keyOf(l);
    if (k !== undefined && siblings(k, key, context)) return { key: k, column: c, line: i + 1, index: i, t };
  }
  return undefined;
}

/**
 * Where the line `home` (structural number `t`) belongs by convention: two spaces in from the key
 * that opens the part it stands in, or the left edge at the top of the file; its own column when a
 * line before it in the same part stands there too.
 */
function conventionalIndent(lines: readonly LineInfo[], structural: readonly number[], t: number): number {
  const home = lines[structural[t]!]!;
  for (let u = t - 1; u >= 0; u--) {
    const l = lines[structural[u]!]!;
    if (l.indent > home.indent) continue;
    // A line before it, in its own column, says that column is the file's way: it is not odd.
    if (l.indent === home.indent) return home.indent;
    const rest = l.text.slice(l.indent);
    const column = l.indent + /^(?:- +)*/.exec(rest)![0].length;
    return column < home.indent && /:[ \t]*(?:#.*)?$/.test(rest) ? column + 2 : home.indent;
  }
  return 0;
}

/** Edits moving line `j` and the lines after it by `by` columns, up to the first line where `stop` holds. */
function shiftRun(lines: readonly LineInfo[], j: number, by: number, stop: (k: number) => boolean): Edit[] {
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

/** Items of one list ("- id: …") that do not line up with the item before them. */
function misalignedItems(lines: readonly LineInfo[]): Slip[] {
  const slips: Slip[] = [];
  const lastItem = new Map<string, { indent: number; line: number }>();
  lines.forEach((line, j) => {
    if (line.blank || line.comment || line.inBlock) return;
    const rest = line.text.slice(line.indent);
    const m = /^- +([A-Za-z][\w-]*)[ \t]*:/.exec(rest);
    // A line further out than the items closes their list.
    for (const [k, item] of lastItem) if (!m && line.indent < item.indent) lastItem.delete(k);
    if (!m) return;
    const key = m[1]!;
    const before = lastItem.get(key);
    lastItem.set(key, { indent: line.indent, line: j + 1 });
    if (!before || before.indent === line.indent) return;
    const after = nextStructural(lines, j);
    const alone = after !== undefined && lines[after]!.indent === before.indent + rest.indexOf(m[1]!);
    slips.push({
      offset: line.start + line.indent,
      code: 'indentation',
      ...say.itemOutOfLine({
        key,
        by: Math.abs(line.indent - before.indent),
        further: line.indent > before.indent,
        line: before.line,
        column: before.indent,
      }),
      // The keys of the item may already stand where they belong (only "- id:" moved): then only it moves.
      edits: alone
        ? [{ at: line.start, remove: line.indent, insert: ' '.repeat(before.indent) }]
        : shiftRun(lines, j, before.indent - line.indent, (k) => lines[k]!.indent <= line.indent),
    });
    lastItem.set(key, { indent: before.indent, line: before.line });
  });
  return slips;
}

function reindent(line: LineInfo, width: number, wording: Wording): Slip {
  return {
    offset: line.start + line.indent,
    code: 'outside-text',
    ...wording,
    edits: [{ at: line.start, remove: line.indent, insert: ' '.repeat(width) }],
  };
}

// ---------------------------------------------------------------------------------------------
// Errors the parser still reports, explained.

export interface YamlErrorInfo {
  offset: number;
  code: string;
  message: string;
}

/** Which line an offset is on. */
function lineAt(lines: readonly LineInfo[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function nextStructural(lines: readonly LineInfo[], i: number): number | undefined {
  for (let j = i + 1; j < lines.length; j++) if (!lines[j]!.blank && !lines[j]!.comment && !lines[j]!.inBlock) return j;
  return undefined;
}

function previousStructural(lines: readonly LineInfo[], i: number): number | undefined {
  for (let j = i - 1; j >= 0; j--) if (!lines[j]!.blank && !lines[j]!.comment && !lines[j]!.inBlock) return j;
  return undefined;
}

/** "key: value" with its parts: the leading "- ", the key, and the value as written. */
const KEY_VALUE = /^((?:- +)*)([A-Za-z_][\w-]*)([ \t]*):([ \t]+)(.*)$/;

/**
 * Explain a parser error as the slip that caused it, with a repair, or return undefined when it is
 * none of the slips plan knows.
 */
export function diagnoseYamlError(text: string, error: YamlErrorInfo, context: SlipContext): Slip | undefined {
  const lines = scanLines(text);
  const i = lineAt(lines, Math.min(error.offset, text.length));
  if (error.code === 'BAD_DQ_ESCAPE') return badEscape(text, error);
  // The parser often reports a slip on the line before it, or on the line after: look at each.
  const candidates = [i, nextStructural(lines, i), previousStructural(lines, i)].filter((j): j is number => j !== undefined);
  for (const j of candidates) {
    const slip = indentationSlip(lines, j, context) ?? lineSlip(lines, j, context);
    if (slip) return slip;
  }
  return undefined;
}

/** Backslashes in double quotes that start no valid code: "S:\Rules\2015". */
function badEscape(text: string, error: YamlErrorInfo): Slip | undefined {
  const at = text.indexOf('\\', error.offset);
  if (at === -1) return undefined;
  const written = text.slice(at, at + 2);
  // Every backslash on the rest of the line is doubled for the next parse, so one path is one message.
  const lineEnd = text.indexOf('\n', at);
  const edits: Edit[] = [];
  for (let i = at; i < (lineEnd === -1 ? text.length : lineEnd); i++) {
    if (text[i] !== '\\') continue;
    if (text[i + 1] === '\\' || text[i + 1] === '"') {
      i++;
      continue;
    }
    edits.push({ at: i, remove: 0, insert: '\\' });
  }
  return {
    offset: at,
    code: 'backslash-in-quotes',
    ...say.backslashInQuotes({ written }),
    edits,
  };
}

/** A key line indented differently from the keys it belongs with. */
function indentationSlip(lines: readonly LineInfo[], j: number, context: SlipContext): Slip | undefined {
  const line = lines[j]!;
  const key = keyOf(line);
  if (key === undefined || /^- /.test(line.text.slice(line.indent))) return undefined;
  const p = previousStructural(lines, j);
  if (p === undefined) return undefined;
  const prev = lines[p]!;
  const prevRest = prev.text.slice(prev.indent);
  const prevDash = /^(?:- +)*/.exec(prevRest)![0].length;
  const prevKey = keyOf(prev);
  const prevOpens = prevKey !== undefined && /:[ \t]*(?:#.*)?$/.test(prevRest);
  const prevKeyColumn = prev.indent + prevDash;
  // Over-indented: deeper than the key before it, which has a value of its own (a scalar or a block).
  if (!prevOpens && prevKey !== undefined && line.indent > prevKeyColumn) {
    // ... unless the previous line is the odd one: "- id:" out of line with the keys of its item,
    // which line up with each other below it.
    const n = nextStructural(lines, j);
    if (prevDash > 0 && n !== undefined && lines[n]!.indent === line.indent && line.indent - prevDash >= 0) {
      const column = line.indent - prevDash;
      return {
        offset: prev.start + prev.indent,
        code: 'indentation',
        ...say.outOfLineWithBelow({ key: `- ${prevKey}`, below: key, by: prev.indent - column, column }),
        edits: [{ at: prev.start, remove: prev.indent, insert: ' '.repeat(column) }],
      };
    }
    return {
      offset: line.start + line.indent,
      code: 'indentation',
      ...say.moreThanAbove({ key, above: prevKey, by: line.indent - prevKeyColumn, column: prevKeyColumn }),
      edits: [{ at: line.start, remove: line.indent, insert: ' '.repeat(prevKeyColumn) }],
    };
  }
  // Under-indented: a key that should sit under the block opened just above it.
  if (prevOpens && line.indent <= prevKeyColumn) {
    const n = nextStructural(lines, j);
    const next = n === undefined ? undefined : lines[n]!;
    if (next && next.indent > prevKeyColumn && next.indent > line.indent && context.knownKeys.has(key)) {
      return {
        offset: line.start + line.indent,
        code: 'indentation',
        ...say.notUnderButNextIs({ key, above: prevKey!, column: next.indent }),
        edits: [{ at: line.start, remove: line.indent, insert: ' '.repeat(next.indent) }],
      };
    }
  }
  return undefined;
}

/** Slips within one line: a missing colon, ": " in unquoted text, text after a closing quote. */
function lineSlip(lines: readonly LineInfo[], j: number, context: SlipContext): Slip | undefined {
  const line = lines[j]!;
  const rest = line.text.slice(line.indent);
  const base = line.start + line.indent;
  // status Complete, status = Complete, status - Complete
  const noColon = /^((?:- +)*)([A-Za-z][\w-]*)([ \t]*(?:=|-(?= )|)[ \t]+)(\S.*)$/.exec(rest);
  if (noColon && context.knownKeys.has(noColon[2]!) && !/^[\w-]+[ \t]*:(?:[ \t]|$)/.test(rest.slice(noColon[1]!.length))) {
    const at = base + noColon[1]!.length + noColon[2]!.length;
    const sep = noColon[3]!;
    return {
      offset: base + noColon[1]!.length,
      code: 'missing-colon',
      ...say.missingColon({ key: noColon[2]!, separator: sep.trim(), value: noColon[4]! }),
      edits: [{ at, remove: sep.length, insert: ': ' }],
    };
  }
  const kv = KEY_VALUE.exec(rest);
  if (!kv) return undefined;
  const [, dashes = '', key = '', gap = '', space = '', value = ''] = kv;
  const valueAt = base + dashes.length + key.length + gap.length + 1 + space.length;
  // "status: "Draft" circulated": text after the closing quote.
  const quoted = /^(["'])(?:(?!\1).)*\1[ \t]*([^ \t#].*)$/.exec(value);
  if (quoted) {
    return {
      offset: valueAt,
      code: 'text-after-quote',
      ...say.textAfterQuote({ key, value }),
      edits: [{ at: valueAt, remove: value.length, insert: quoteForYaml(value) }],
    };
  }
  if (/^["'|>[{]/.test(value)) return undefined;
  // "status: Complete: register published", "narrative: 4 sessions held:"
  const text = value.replace(/[ \t]+#.*$/, '');
  if (/: |:$/.test(text)) {
    const endsWithColon = /:$/.test(text) && !/: /.test(text);
    // More lines below, further in: the officer meant a block of text. Read it as one for now.
    const below = nextStructural(lines, j);
    const keyColumn = line.indent + dashes.length;
    const moreText = below !== undefined && lines[below]!.indent > keyColumn && keyOf(lines[below]!) === undefined;
    if (endsWithColon && moreText) {
      return {
        offset: valueAt + text.length - 1,
        code: 'colon-in-text',
        ...say.colonAtEndWithLinesBelow({ key, text }),
        edits: [{ at: valueAt, remove: 0, insert: '| # ' }],
      };
    }
    return {
      offset: valueAt + (endsWithColon ? text.length - 1 : text.indexOf(': ')),
      code: 'colon-in-text',
      ...(endsWithColon ? say.colonAtEnd({ key, text }) : say.colonInText({ key, text })),
      edits: [{ at: valueAt, remove: text.length, insert: quoteForYaml(text) }],
    };
  }
  // "title: @home", "status: `ok`": characters that cannot start unquoted text.
  if (/^[@`%!&*]/.test(value)) {
    return {
      offset: valueAt,
      code: 'quote-needed',
      ...say.quoteNeeded({ first: value[0]!, key, text }),
      edits: [{ at: valueAt, remove: text.length, insert: quoteForYaml(text) }],
    };
  }
  void context;
  return undefined;
}

/** A plain-words explanation of a parser error plan has no slip for. */
export function describeYamlError(code: string, message: string): Wording {
  switch (code) {
    case 'TAB_AS_INDENT':
      return say.tabIndentation();
    case 'BAD_DQ_ESCAPE':
      return say.badBackslash();
    case 'BAD_SCALAR_START':
      return say.badStart();
    case 'MISSING_CHAR':
      if (/quote/i.test(message)) return say.quoteNotClosed();
      if (/[\]}]/.test(message)) return say.bracketNotClosed();
      return say.notKeyValue();
    case 'KEY_OVER_1024_CHARS':
      return say.keyTooLong();
    case 'BAD_INDENT':
      return say.notLinedUp();
    default:
      return say.unreadableLine();
  }
}
