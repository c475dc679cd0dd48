import { say } from '../messages/index.js';
import { COUNCIL_CODE_KEY, isKnownKey, keyOf, type LineInfo, nextStructural } from './slip-lines.js';
import type { Slip, SlipContext } from './slips.js';

/**
 * Slips in a line of figures in braces or square brackets ("waivers: { WBC: 12, NDC: 8 }",
 * "profile: [25, 25, 25, 25]"), and a spreadsheet's dash beside a council code: YAML reads each of
 * them as something else, and says so (if at all) a line late and in its own words.
 */

/**
 * "FDC: -", or "{ LCC: 5, FDC: - }": a spreadsheet's dash for nothing beside a council code, which
 * YAML reads as the start of a list. Said as money.ts says any dash alone; the dash is put in quotes
 * only in memory (the checks of the figure then say nothing more), as the officer must choose the figure.
 */
export function dashForNothing(line: LineInfo): Slip | undefined {
  const rest = line.text.slice(line.indent);
  const found =
    /^(?:- +)*[A-Z][A-Z0-9]{1,9}:[ \t]+(-)[ \t]*(?:[ \t]#.*)?$/.exec(rest) ?? /[{,][ \t]*[A-Z][A-Z0-9]{1,9}:[ \t]+(-)[ \t]*[,}]/.exec(rest);
  if (!found) return undefined;
  const colon = found[0].indexOf(':');
  const at = line.start + line.indent + found.index + colon + found[0].slice(colon).indexOf('-');
  return {
    offset: at,
    code: 'dash-for-nothing',
    ...say.dashForNothing({ shown: '"-"' }),
    edits: [{ at, remove: 1, insert: '"-"' }],
    settles: true,
  };
}

/**
 * "{ LCC: 31, FDC:29, AVBC: 33 }": inside braces too a key needs a space after its colon, or YAML
 * reads "FDC:29" as one key with no value. Every such key of the line gets its space; the first is said.
 */
export function inBraces(line: LineInfo, rest: string, context: SlipContext): Slip | undefined {
  const open = rest.indexOf('{');
  if (open < 0 || /["'#]/.test(rest)) return undefined;
  const found = [...rest.slice(open).matchAll(/[{,][ \t]*([A-Za-z][\w-]*):(?=[^\s:/\\,}])([^,}]*)/g)].filter((k) =>
    isKnownKey(k[1]!, context),
  );
  const first = found[0];
  if (!first) return undefined;
  const colonAt = (k: RegExpExecArray | RegExpMatchArray): number =>
    line.start + line.indent + open + k.index! + k[0].length - k[2]!.length;
  return {
    offset: colonAt(first) - first[1]!.length - 1,
    code: 'missing-space',
    ...say.missingSpaceAfterColon({ key: first[1]!, value: first[2]!.trim() }),
    edits: found.map((k) => ({ at: colonAt(k), remove: 0, insert: ' ' })),
  };
}

const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['{', '}'],
  ['[', ']'],
];

function count(text: string, ch: string): number {
  return text.split(ch).length - 1;
}

/**
 * A "{" or "[" opened on line `i` (after the key's `keyWidth` characters) whose value goes on over the
 * lines below and ends wrong on line `at`: never closed there ("target: { WBC: 10," then "NDC: 8,
 * EDC: 5"), or closed twice ("NDC: 8, EDC: 5 } }"). The slip is said at the bracket; the repair ends
 * line `at` with one closing bracket.
 */
function unevenAcrossLines(lines: readonly LineInfo[], i: number, at: number, keyWidth: number, twice: boolean): Slip {
  const line = lines[i]!;
  const end = lines[at]!;
  const open = line.text.slice(line.indent + keyWidth).trimStart()[0] === '[' ? '[' : '{';
  const close = open === '[' ? ']' : '}';
  const written = end.text.slice(end.indent).trimEnd();
  const words = twice
    ? say.overclosedAcrossLines({ open, close, line: at + 1, written })
    : say.unclosedAcrossLines({ open, close, last: at + 1, written });
  const edit = twice
    ? { at: end.start + end.indent + written.lastIndexOf(close), remove: 1, insert: '' }
    : { at: end.start + end.indent + written.length, remove: 0, insert: ` ${close}` };
  return { offset: line.start + line.indent + keyWidth, code: 'unclosed-bracket', message: words.message, hint: words.hint, edits: [edit] };
}

/**
 * The line just below an unclosed "{": the rest of it when Enter was pressed inside the brackets
 * ("TWC: 36, BLF: 26 }" at the left edge): no bracket but the one closing at its end, and a key in it.
 */
function restBelow(lines: readonly LineInfo[], i: number, open: string, close: string): { text: string; start: number } | undefined {
  const below = lines[i + 1];
  if (!below || below.blank || below.comment || below.indent > lines[i]!.indent) return undefined;
  const text = below.text.slice(below.indent).trimEnd();
  if (!text.endsWith(close) || count(text, close) !== 1 || count(text, open) !== 0 || !/^[A-Za-z][\w-]*[ \t]*:[ \t]/.test(text))
    return undefined;
  return { text, start: below.start + below.indent };
}

/** ")" or "]" at the end of a value opened with "{" (a key beside the one meant, or a shifted one): the closing mark typed. */
function wrongClose(value: string, open: string, close: string): string | undefined {
  const last = value.slice(-1);
  const pair = PAIRS.find(([, c]) => c === last);
  if (last === close || !')]}'.includes(last) || (pair && count(value, pair[0]) > 0)) return undefined;
  // A bracket opened in the value is a bracket of its own (an officer's "(est.)"), not the close typed.
  if (last === ')' && value.includes('(')) return undefined;
  return /[\w%.][ \t]*.$/.test(value) && value.startsWith(open) ? last : undefined;
}

/**
 * "local-contracts: { LCC: 5, FDC: 2" with no "}", "LCC: 5, FDC: 2 }" with no "{", or "{{ … }": a
 * pair of braces (or of square brackets) on one line left uneven. YAML reads on past the line, and
 * says so a line late; here it is said where the officer must act. --fix closes a line that ends
 * with a figure above a key's line, and takes out a doubled bracket; the others are left to the officer.
 */
export function unevenBrackets(lines: readonly LineInfo[], i: number): Slip | undefined {
  const line = lines[i]!;
  const rest = line.text.slice(line.indent).trimEnd();
  const m = /^((?:- +)*)([A-Za-z][\w-]*):[ \t]+(?=\S)/.exec(rest);
  if (!m || /["'#]/.test(rest) || line.flowGoesOn) return undefined;
  if (line.flowUnclosedTo !== undefined) return unevenAcrossLines(lines, i, line.flowUnclosedTo, m[0].length, false);
  if (line.flowOverclosedAt !== undefined) return unevenAcrossLines(lines, i, line.flowOverclosedAt, m[0].length, true);
  const value = rest.slice(m[0].length);
  const key = m[2]!;
  const at = line.start + line.indent;
  for (const [open, close] of PAIRS) {
    const opens = count(value, open);
    const closes = count(value, close);
    if (opens === closes) continue;
    const whole = (v: string) => `${m[1]}${key}: ${v}`;
    if (opens === 1 && closes === 0 && value.startsWith(open)) {
      // Closed as it was opened: "{ LCC: 5 }" with spaces inside, "[25, 25]" without.
      const closing = /^.[ \t]/.test(value) ? ` ${close}` : close;
      const broken = restBelow(lines, i, open, close);
      if (broken) {
        const end = at + rest.length;
        const joined = `${value}${/[ \t]$/.test(value) ? '' : ' '}${broken.text}`.replace(/[ \t]+$/, '');
        return {
          offset: at + m[0].length,
          code: 'broken-inside-brackets',
          ...say.brokenInsideBrackets({ open, close, line: i + 2, whole: whole(joined) }),
          edits: [{ at: end, remove: broken.start - end, insert: /[ \t]$/.test(value) ? '' : ' ' }],
        };
      }
      const wrong = wrongClose(value, open, close);
      if (wrong) {
        const mended = `${value.slice(0, -1)}${close}`;
        return {
          offset: at + rest.length - 1,
          code: 'wrong-closing-bracket',
          ...say.wrongClosingBracket({ open, close, wrong, whole: whole(mended) }),
          edits: [{ at: at + rest.length - 1, remove: 1, insert: close }],
        };
      }
      const words = say.unclosedBracket({ open, close, written: rest.slice(m[1]!.length), whole: whole(value + closing) });
      const next = nextStructural(lines, i);
      const below = next === undefined ? undefined : lines[next]!;
      const certain = /\d$/.test(value) && (below === undefined || (keyOf(below) !== undefined && below.indent <= line.indent));
      if (below && below.indent > line.indent) return undefined;
      return {
        offset: at + m[0].length,
        code: 'unclosed-bracket',
        message: words.message,
        hint: words.hint,
        edits: [{ at: at + rest.length, remove: 0, insert: closing }],
        ...(certain ? { fixed: words.fixed } : {}),
      };
    }
    if (opens === 0 && closes === 1 && value.endsWith(close) && !leftOpen(lines, i, open, close)) {
      const opening = /[ \t].$/.test(value) ? `${open} ` : open;
      const words = say.unopenedBracket({ open, close, key, whole: whole(opening + value) });
      return {
        offset: at + rest.length - 1,
        code: 'unopened-bracket',
        message: words.message,
        hint: words.hint,
        edits: [{ at: at + m[0].length, remove: 0, insert: opening }],
      };
    }
    const doubled = value.startsWith(open + open) ? 0 : value.endsWith(close + close) ? value.length - 1 : -1;
    if (doubled < 0 || Math.abs(opens - closes) !== 1) return undefined;
    const words = say.doubledBracket({
      bracket: doubled === 0 ? open : close,
      whole: whole(value.slice(0, doubled) + value.slice(doubled + 1)),
    });
    return {
      offset: at + m[0].length + doubled,
      code: 'doubled-bracket',
      ...words,
      edits: [{ at: at + m[0].length + doubled, remove: 1, insert: '' }],
    };
  }
  return undefined;
}

/** Whether the line above this one opens a bracket it does not close: this line goes on with it. */
function leftOpen(lines: readonly LineInfo[], i: number, open: string, close: string): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const above = lines[k]!;
    if (above.blank || above.comment) continue;
    return count(above.text, open) > count(above.text, close);
  }
  return false;
}

/** Whether `key` stands for a council in braces: a code (not a key of the plan shaped like one, "Q2"). */
function councilKey(key: string, context: SlipContext): boolean {
  return context.councils?.has(key) === true || (COUNCIL_CODE_KEY.test(key) && !context.knownKeys.has(key));
}

/** The figures of a council in braces, each with what comes before it ("{ GVC: "): at most a few dozen. */
const IN_BRACES = /([{,][ \t]*)([A-Za-z][\w-]*)([ \t]*:[ \t]+)(-?\d+(?:[,.]\d+)*)(?=([ \t]*)([^ \t]?))/g;

/** The part of a line in braces, when it has one and no quotes or note that could hold a comma of its own. */
function braced(line: LineInfo): { rest: string; open: number } | undefined {
  const rest = line.text.slice(line.indent).trimEnd();
  const open = rest.indexOf('{');
  if (open < 0 || rest.length > 1000 || /["'#]/.test(rest) || !rest.endsWith('}')) return undefined;
  return { rest, open };
}

/**
 * "achieved: { GVC: 88,400, PBC: 61,275 }": figures typed as Excel shows them, with commas between the
 * thousands. Inside braces a comma parts one council from the next, so YAML would read GVC: 88 and a
 * council "400": figures a thousand times too small. A comma with exactly three digits after it and
 * no space is a thousands comma (between councils a space follows, or a code): one reading, which --fix writes.
 */
export function thousandsInBraces(line: LineInfo, context: SlipContext): Slip | undefined {
  const found = braced(line);
  if (!found) return undefined;
  const { rest, open } = found;
  const figures: Array<{ at: number; written: string; plain: string }> = [];
  for (const m of rest.slice(open).matchAll(IN_BRACES)) {
    const written = m[4]!;
    if (!/^\d{1,3}(?:,\d{3})+$/.test(written) || !/^[,}]?$/.test(m[6]!) || !councilKey(m[2]!, context)) continue;
    const at = open + m.index! + m[1]!.length + m[2]!.length + m[3]!.length;
    figures.push({ at, written, plain: written.replace(/,/g, '') });
  }
  if (figures.length === 0) return undefined;
  let whole = rest;
  for (const f of [...figures].reverse()) whole = whole.slice(0, f.at) + f.plain + whole.slice(f.at + f.written.length);
  const start = line.start + line.indent;
  return {
    offset: start + figures[0]!.at,
    code: 'thousands-in-braces',
    ...say.thousandsInBraces({ figures: figures.map(({ written, plain }) => ({ written, plain })), whole: whole.replace(/^(?:- +)*/, '') }),
    edits: figures.map((f) => ({ at: start + f.at, remove: f.written.length, insert: f.plain })),
  };
}

/**
 * A council's figure in braces with the next council's code after it and no comma between: the
 * figure, the spaces after it (none when the ", " was typed over), the next code, and where the comma
 * goes. At most a few dozen figures a line.
 */
function figureBeforeCode(line: LineInfo, context: SlipContext) {
  const found = braced(line);
  if (!found) return undefined;
  const { rest, open } = found;
  for (const m of rest.slice(open).matchAll(IN_BRACES)) {
    const at = open + m.index! + m[0].length;
    const next = /^([ \t]*)([A-Za-z][\w-]*)[ \t]*:[ \t]/.exec(rest.slice(at));
    if (!next || !councilKey(m[2]!, context) || !councilKey(next[2]!, context)) continue;
    if (!/^-?\d+(?:\.\d+)?$/.test(m[4]!)) continue;
    return { rest, at, start: line.start + line.indent, code: m[2]!, figure: m[4]!, spaced: next[1] !== '', next: next[2]! };
  }
  return undefined;
}

/**
 * "days-to-pay: { GVC: 24 PBC: 19, ASC: 28 }": the comma between two councils left out. YAML reads
 * "24 PBC: 19" as one council's figure and cannot read on. A figure, a space and the next council's
 * code with its colon have one reading, which --fix writes: the comma after the figure.
 */
export function commaBetweenCouncils(line: LineInfo, context: SlipContext): Slip | undefined {
  const f = figureBeforeCode(line, context);
  if (!f?.spaced) return undefined;
  const whole = `${f.rest.slice(0, f.at)},${f.rest.slice(f.at)}`.replace(/^(?:- +)*/, '');
  return {
    offset: f.start + f.at,
    code: 'comma-between-councils',
    ...say.commaBetweenCouncils({ figure: f.figure, next: f.next, whole }),
    edits: [{ at: f.start + f.at, remove: 0, insert: ',' }],
  };
}

/**
 * "waiver-share: { LNW: 5, PRD: 4.2ESC: 6.6 }": a figure run into the next council's code, the ", "
 * between them typed over (Notepad's overtype, the Insert key) or deleted. YAML cannot read the
 * line; a figure, then at once a council's code and its colon, have one reading, which --fix writes.
 */
export function figureRunIntoCode(line: LineInfo, context: SlipContext): Slip | undefined {
  const f = figureBeforeCode(line, context);
  if (!f || f.spaced) return undefined;
  const whole = `${f.rest.slice(0, f.at)}, ${f.rest.slice(f.at)}`.replace(/^(?:- +)*/, '');
  return {
    offset: f.start + f.at - f.figure.length,
    code: 'figure-run-into-code',
    ...say.figureRunIntoCode({ code: f.code, figure: f.figure, next: f.next, whole }),
    edits: [{ at: f.start + f.at, remove: 0, insert: ', ' }],
  };
}

/** A council's figure and the mark after it that is not a comma, where the next council's code follows. */
const OTHER_SEPARATOR = /([A-Za-z][\w-]*)[ \t]*:[ \t]*-?\d+(?:\.\d+)?([ \t]*[;|/\\][ \t]*)(?=([A-Za-z][\w-]*)[ \t]*:)/g;

/**
 * "average-days: { MRB: 21; HZD: 19; TWC: 26 }": the councils' figures parted by ";" (Excel's list
 * separator in a European locale), "|" or "/" where YAML needs a comma, so it cannot read the line.
 * A figure, the mark and the next council's code have one reading, which --fix writes: a comma.
 */
export function separatorBetweenCouncils(line: LineInfo, context: SlipContext): Slip | undefined {
  const found = braced(line);
  if (!found) return undefined;
  const { rest, open } = found;
  const marks: { at: number; length: number; mark: string }[] = [];
  for (const m of rest.slice(open).matchAll(OTHER_SEPARATOR)) {
    if (!councilKey(m[1]!, context) || !councilKey(m[3]!, context)) continue;
    marks.push({ at: open + m.index! + m[0].length - m[2]!.length, length: m[2]!.length, mark: m[2]!.trim() });
  }
  if (marks.length === 0) return undefined;
  let whole = rest;
  for (const k of [...marks].reverse()) whole = `${whole.slice(0, k.at)}, ${whole.slice(k.at + k.length)}`;
  const start = line.start + line.indent;
  return {
    offset: start + marks[0]!.at,
    code: 'separator-between-councils',
    ...say.separatorBetweenCouncils({ mark: marks[0]!.mark, whole: whole.replace(/^(?:- +)*/, '') }),
    edits: marks.map((k) => ({ at: start + k.at, remove: k.length, insert: ', ' })),
  };
}

/**
 * "waivers: { WBC: 12, NDC: 8 }" and below it, lined up, "EDC: 4": a council's figure that came in late,
 * added on a line of its own after the braces were closed. YAML reads "EDC" as a key of the part
 * (a measure the action does not have) and the braces lack EDC's figure. The line above is the one
 * missing it, so there is one reading, which --fix writes: the figure inside the braces.
 */
export function councilBelowBraces(lines: readonly LineInfo[], i: number, context: SlipContext): Slip | undefined {
  const line = lines[i]!;
  const m = /^([A-Za-z][\w-]*)[ \t]*:[ \t]+(-?\d+(?:\.\d+)?)[ \t]*$/.exec(line.text.slice(line.indent));
  if (!m || !councilKey(m[1]!, context)) return undefined;
  const above = lines.slice(Math.max(0, i - 3), i).findLast((l) => !l.blank && !l.comment);
  const found = above && above.indent === line.indent && !above.inBlock ? braced(above) : undefined;
  if (!above || !found) return undefined;
  const inside = found.rest.slice(found.open);
  const codes = [...inside.matchAll(IN_BRACES)].map((c) => c[2]!);
  if (codes.length === 0 || codes.includes(m[1]!) || !codes.every((c) => councilKey(c, context))) return undefined;
  const close = found.rest.lastIndexOf('}');
  const before = found.rest.slice(0, close).trimEnd();
  const added = `, ${m[1]}: ${m[2]}`;
  const whole = `${before}${added} }`.replace(/^(?:- +)*/, '');
  const aboveLine = lines.indexOf(above) + 1;
  const start = above.start + above.indent;
  return {
    offset: line.start + line.indent,
    code: 'council-below-braces',
    ...say.councilBelowBraces({ code: m[1]!, figure: m[2]!, line: aboveLine, whole }),
    edits: [
      { at: start + before.length, remove: 0, insert: added },
      { at: above.start + above.text.length, remove: line.start + line.text.length - (above.start + above.text.length), insert: '' },
    ],
  };
}
