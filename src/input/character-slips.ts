import { quoteForYaml } from '../messages/entry.js';
import { say } from '../messages/index.js';
import { entity } from './artefact-meanings.js';
import { dashForNothing, inBraces, unevenBrackets } from './brace-slips.js';
import { type LineUp, lineUpChains, oddIndentSlip, slipInIndentation } from './indent-slips.js';
import { mistypedKey } from './key-slips.js';
import { readMoney } from './money.js';
import { quarterKeySlip } from './quarter-key-slips.js';
import { ratingBeforeText } from './rating-slips.js';
import {
  allowedUnder,
  blockContentIndent,
  COUNCIL_CODE_KEY,
  CURLY_DOUBLE,
  CURLY_SINGLE,
  findBlockOpener,
  isKnownKey,
  type LineInfo,
  needsQuotes,
  nextStructural,
  ODD_SPACE,
  parentKeys,
  plainSpaces,
  scanLines,
} from './slip-lines.js';
import type { Slip, SlipContext } from './slips.js';
import { TOTAL_WORD } from './total-slips.js';
import { findValueSlip } from './value-slips.js';
import { dashLookalike, findTextSlips } from './word-slips.js';

/**
 * Slips in the characters of the lines, found before parsing: odd spaces and tabs, curly quotes, a
 * key typed in the wrong case, money in a shape with one reading. Most are what `--fix` repairs.
 */

/** Invisible format characters (Unicode's Cf): zero-width spaces, soft hyphens, direction marks. */
const INVISIBLE = /\p{Cf}/u;
const INVISIBLES = /\p{Cf}/gu;

/**
 * Slips in the characters of the lines: odd spaces and tabs in indentation or after a key's colon,
 * curly quotes where YAML needs straight ones, a missing space after a known key's colon. These are
 * the ones `plan validate --fix` repairs.
 */
export function findCharacterSlips(text: string, context: SlipContext, lines: readonly LineInfo[] = scanLines(text)): Slip[] {
  const slips: Slip[] = [];
  const parents = parentKeys(lines);
  const hasOddSpace = ODD_SPACE.test(text);
  const hasInvisible = hasOddSpace || INVISIBLE.test(text);
  const hasOdd = hasOddSpace || text.includes('\t') || CURLY_DOUBLE.test(text) || CURLY_SINGLE.test(text);
  let chains: LineUp | undefined;
  lines.forEach((line, i) => {
    const n = i + 1;
    if (line.blank || line.comment) return;
    // Most lines of a large plan are text inside a block with nothing odd in the file: nothing to look at.
    if (line.inBlock && !hasOdd) return;
    const lead = line.text.slice(0, line.indent);
    if (!line.inBlock) {
      if (hasOdd) {
        chains ??= lineUpChains(lines);
        const oddLead = slipInIndentation(line, lead, n, lines, i, chains);
        if (oddLead) slips.push(oddLead);
        const rest = line.text.slice(line.indent);
        const afterKey = oddSpaceAfterKey(line, rest, n, context);
        if (afterKey) slips.push(afterKey);
        const curly = curlyQuotes(line, rest);
        if (curly) slips.push(curly);
      }
      const bracket = unevenBrackets(lines, i);
      if (bracket) slips.push(bracket);
      const space = missingSpaceAfterColon(line, context);
      if (space) slips.push(space);
      const typed =
        (hasInvisible ? invisibleInKey(line, context) : undefined) ??
        quarterKeySlip(lines, i, parents) ??
        mistypedKey(lines, i, context, parents) ??
        dashWithoutSpace(line, context) ??
        wordDash(line, context) ??
        loneKey(line, n, context, parents[i]);
      if (typed) slips.push(typed);
      const dash = typed ? undefined : dashLookalike(line, context, parents[i]);
      if (dash) slips.push(dash);
      const money = dashForNothing(line) ?? moneySlip(lines, i, context, parents) ?? separatorForColon(lines, i, context, parents);
      if (money) slips.push(money);
      // "status: [Green] Contract signed" starts with a rating before it starts with a "[".
      const start = ratingBeforeText(lines, i, context) ?? textStartSlip(lines, i, context);
      if (start) slips.push(start);
      else {
        const within = findValueSlip(text, lines, i, context, parents);
        if (within) slips.push(within);
      }
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
  slips.push(...findTextSlips(text, lines));
  // A trailing odd space is an odd space: a file without one has none to find.
  if (hasOddSpace) {
    for (const [i, line] of lines.entries()) {
      const trailing = trailingOddSpace(line, i + 1);
      if (trailing) slips.push(trailing);
    }
  }
  return slips.sort((a, b) => a.offset - b.offset);
}

/**
 * "sta<U+200B>tus:", "narra<U+00AD>tive:": an invisible format character (a zero-width space, a soft
 * hyphen, a direction mark: Unicode's Cf) pasted inside a key plan knows once it is deleted (one right answer).
 */
function invisibleInKey(line: LineInfo, context: SlipContext): Slip | undefined {
  const m = /^((?:- +)*)([A-Za-z\p{Cf}][\w\p{Cf}-]*)[ \t]*:(?:[ \t]|$)/u.exec(line.text.slice(line.indent));
  const invisible = m ? INVISIBLE.exec(m[2]!) : null;
  if (!m || !invisible) return undefined;
  const key = m[2]!.replace(INVISIBLES, '');
  if (!isKnownKey(key, context)) return undefined;
  const at = line.start + line.indent + m[1]!.length;
  return {
    offset: at + invisible.index,
    code: 'odd-space',
    ...say.invisibleInKey({ key, space: invisible[0] }),
    edits: [{ at, remove: m[2]!.length, insert: key }],
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
  const m = /^((?:- +)*)([A-Za-z][\w]*)[ \t]*:([ \t]+)((?:.*[^ \t])?)[ \t]*$/.exec(rest);
  if (!m || !context.textKeys?.has(m[2]!)) return undefined;
  const [, dashes = '', key = '', gap = '', value = ''] = m;
  const column = line.indent + dashes.length;
  const at = line.start + column + key.length + 1 + gap.length;
  const below = nextStructural(lines, i);
  const hasLinesBelow = below !== undefined ? lines[below]!.indent > column : false;
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
      ...say.textAfterBar({ key, bar: bar[1]!, text, column: column + 2 }),
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
  const fromWeb = webEscape(value, key, i);
  if (fromWeb) return { ...fromWeb, offset: at, edits: fromWeb.edits.map((e) => ({ ...e, at })) };
  const text = value.replace(/(?<![ \t])[ \t]+#.*$/, '');
  const { fixed, ...wording } = say.quoteNeeded({ first: first[0], key, text });
  return {
    offset: at,
    code: 'quote-needed',
    ...wording,
    // The key holds text, so quotes are the one reading; written by --fix unless a note follows, which the edit would drop.
    ...(text === value ? { fixed } : {}),
    edits: [quoted(text)],
  };
}

/**
 * "status: &pound;29,150 saved": a web page's escape for "\u00a3" at the start of a text, where it also
 * makes YAML read an anchor. Mended to the character itself, which needs no quotes; said as the
 * artefact it is (artefact-slips.ts says the same of one later in a text). Edits at 0: the caller's.
 */
function webEscape(value: string, key: string, i: number): Slip | undefined {
  const code = /^&#?\w+;/.exec(value);
  const meant = code ? entity(code[0]) : undefined;
  if (!code || meant === undefined || meant.trim() === '') return undefined;
  const text = meant + value.slice(code[0].length);
  if (needsQuotes(text)) return undefined;
  const wording = say.pastedArtefact({ family: 'htmlEntity', found: code[0], key, lines: [i + 1], meant, written: `${key}: ${text}` });
  return {
    offset: 0,
    code: 'pasted-artefact',
    ...wording,
    severity: 'warning',
    edits: [{ at: 0, remove: code[0].length, insert: meant }],
  };
}

/** "– id: x", "• id: x": Word turned the "-" of a list item into a dash or a bullet. */
function wordDash(line: LineInfo, context: SlipContext): Slip | undefined {
  const m = /^([\u2010-\u2015\u2212\ufe63\uff0d\u2022])[ \t\u00a0]+([A-Za-z][\w-]*)[ \t]*:(?:[ \t]|$)/.exec(line.text.slice(line.indent));
  if (!m || !context.knownKeys.has(m[2]!)) return undefined;
  const at = line.start + line.indent;
  return {
    offset: at,
    code: 'word-dash',
    ...say.wordDash({ dash: m[1]!, key: m[2]! }),
    edits: [{ at, remove: m[0].indexOf(m[2]!), insert: '- ' }],
  };
}

/**
 * "Q2" or "updates" alone on a line, or "amounts;", "status. Complete": a key whose colon was left off
 * or typed as another mark. One right answer when the word is a key that belongs where it stands.
 */
function loneKey(line: LineInfo, n: number, context: SlipContext, parent: string | undefined): Slip | undefined {
  const m = /^([A-Za-z][\w]*)[ \t]*([;.,]?)[ \t]*(.*)$/.exec(line.text.slice(line.indent));
  if (!m) return undefined;
  const [, key = '', mark = '', value = ''] = m;
  const fits = parent === undefined || parent === '' ? context.knownKeys.has(key) : allowedUnder(parent, key, context);
  const at = line.start + line.indent + key.length;
  if (mark === '') {
    if (value !== '' || !context.children.has(key)) return undefined;
    return {
      offset: line.start + line.indent,
      code: 'missing-colon',
      ...say.keyWithoutColon({ key, line: n }),
      edits: [{ at, remove: line.text.length - line.indent - key.length, insert: ':' }],
    };
  }
  // A part's key ("amounts;") stands alone; a key of one value has it after the mark ("status; Complete").
  if (!fits || /^#/.test(value) || (value === '') !== context.children.has(key)) return undefined;
  const written = value === '' ? `${key}:` : `${key}: ${value}`;
  return {
    offset: line.start + line.indent,
    code: 'missing-colon',
    ...say.markForColon({ key, mark, written }),
    edits: [{ at, remove: line.text.length - line.indent - key.length - value.length, insert: value === '' ? ':' : ': ' }],
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
 * "WBC: 61250  # note", "- WBC<tab>61250": the line, its dashes, the council code, what parts the code
 * from the figure, and the figure without the spaces or note after it. Found in steps linear in the
 * line's length (a lazy pattern followed by spaces took seconds on a line of 29,000 spaces).
 */
function councilFigure(text: string): readonly [string, string, string, string, string] | undefined {
  const m = /^((?:- +)*)([A-Z][A-Z0-9]{1,9})([ \t]*:[ \t]+|[ \t]+)/.exec(text);
  if (!m || /[\n\r\u2028\u2029]/.test(text)) return undefined;
  const rest = text.slice(m[0].length);
  const note = /(?<![ \t])[ \t]+#/.exec(rest);
  const written = (note ? rest.slice(0, note.index) : rest).replace(/(?<![ \t])[ \t]+$/, '');
  return [text, m[1]!, m[2]!, m[3]!, written];
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
  const m = councilFigure(line.text.slice(line.indent));
  // "TOTAL: 135,000" is a spreadsheet's total row, not a council's amount: total-slips.ts says so.
  if (!m || m[4] === '' || TOTAL_WORD.test(m[2]!)) return undefined;
  const parent = parents[i];
  if (parent === undefined || !context.moneyBlocks?.has(parent)) return undefined;
  const written = m[4]!;
  const cells = spreadsheetCells(line, m[1]!.length);
  if (cells) return cells;
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
    // Named as typed, without the quotes it may have been typed in: the message quotes it once.
    fixed: say.rewritten({ code: m[2]!, written: written.replace(/^(["'])([\s\S]*)\1$/, '$2'), fix: reading.fix }).fixed,
  };
}

/**
 * "RBC<tab>Redditch Borough Council", "label<tab>2015/16": a key and its value in two cells of a
 * spreadsheet, pasted with the tab between them where ": " goes; or a council code and its name
 * parted by spaces, "=" or a dash ("RBC - Redditch Borough Council" under "councils:"). The key is one the part
 * holds, so the line has one right reading, written with its colon. (Figures are moneySlip's.)
 */
function separatorForColon(
  lines: readonly LineInfo[],
  i: number,
  context: SlipContext,
  parents: ReadonlyArray<string | undefined>,
): Slip | undefined {
  const line = lines[i]!;
  const rest = line.text.slice(line.indent);
  // Read in steps, not one pattern, so that a hostile line of spaces costs no more than its length.
  const m = /^((?:- +)*)([A-Za-z][\w-]*)([ \t]*[=\u2013\u2014][ \t]*|[ \t]+-[ \t]+|[ \t]+)/.exec(rest);
  const parent = parents[i];
  if (!m || parent === undefined || context.moneyBlocks?.has(parent)) return undefined;
  const [, dashes = '', key = '', gap = ''] = m;
  const value = rest.slice(m[0].length).trimEnd();
  if (value === '' || /^[\s:#=\u2013\u2014-]/.test(value) || value.includes('\t')) return undefined;
  if (!allowedUnder(parent, key, context) || /:[ \t]|:$/.test(value)) return undefined;
  // Spaces, "=" or a dash part a code from a council's name ("RBC - Redditch Borough Council"); a key
  // plan knows from its value, only a tab (spaces or "=" there are missingColon's, in yaml-errors.ts).
  const code = COUNCIL_CODE_KEY.test(key) && !context.knownKeys.has(key);
  const tab = /^[ \t]*\t[ \t]*$/.test(gap);
  if (!tab && !(code && /^[A-Z]/.test(value))) return undefined;
  const written = `${key}: ${needsQuotes(value) ? quoteForYaml(value) : value}`;
  const at = line.start + line.indent + dashes.length;
  return {
    offset: at,
    code: 'missing-colon',
    ...say.tabForColon({ key, tab, written }),
    edits: [{ at, remove: rest.length - dashes.length, insert: written }],
  };
}

/**
 * "WBC<tab>61250<tab>NDC<tab>40000": several councils' cells of a spreadsheet row pasted on one line.
 * Each code and figure has one reading, so the line is written as one line per council.
 */
function spreadsheetCells(line: LineInfo, dashes: number): Slip | undefined {
  const rest = line.text.slice(line.indent + dashes).trimEnd();
  if (!rest.includes('\t')) return undefined;
  const cells = rest.split(/[ \t]*\t[ \t]*|:[ \t]*/).filter((c) => c !== '');
  if (cells.length < 4 || cells.length % 2 !== 0) return undefined;
  const written: string[] = [];
  for (let k = 0; k < cells.length; k += 2) {
    const reading = readMoney(cells[k + 1]!);
    const figure = reading.ok ? cells[k + 1] : reading.fix;
    if (!COUNCIL_CODE_KEY.test(cells[k]!) || figure === undefined) return undefined;
    written.push(`${cells[k]}: ${figure}`);
  }
  const column = line.indent + dashes;
  const at = line.start + column;
  return {
    offset: at,
    code: 'missing-colon',
    ...say.spreadsheetCells({ written, indent: column }),
    edits: [{ at, remove: rest.length, insert: written.join(`\n${' '.repeat(column)}`) }],
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

function oddSpaceAfterKey(line: LineInfo, rest: string, n: number, context: SlipContext): Slip | undefined {
  // "status:\u00a0Draft" or "-\u00a0id: x": YAML sees no separator and reads one long word.
  const m = /^((?:-[ \u00a0]+)*)([A-Za-z][\w-]*)[ \t]*:([\u00a0\u1680\u2000-\u200b\u2060\u202f\u205f\u3000\ufeff])/.exec(rest);
  // "-<tab>id: x": Word puts a tab after the "-" of a list.
  const dash = /^-([\t\u00a0\u2000-\u200b\u202f\u3000])/.exec(rest);
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
  const key = /^((?:- +)*)([\u201c\u2018])([^\u201d\u2019]*)([\u201d\u2019])[ \t]*:(?:[ \t]|$)/.exec(rest);
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
  const value = /^((?:- +)*)([A-Za-z][\w-]*)[ \t]*:[ \t]+([\u201c\u2018])(.*)([\u201d\u2019])[ \t]*(#.*)?$/.exec(rest);
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
  if (!m) return inBraces(line, rest, context);
  if (!isKnownKey(m[2]!, context)) return undefined;
  const at = line.start + line.indent + m[0].length;
  const value = rest.slice(m[0].length);
  return {
    offset: at - m[2]!.length - 1,
    code: 'missing-space',
    ...say.missingSpaceAfterColon({ key: m[2]!, value }),
    edits: [{ at, remove: 0, insert: ' ' }],
  };
}
