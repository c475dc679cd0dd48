import { say } from '../messages/index.js';
import { MONTHS } from '../shared/words.js';
import { readMoney } from './money.js';
import { COUNCIL_CODE_KEY, type LineInfo } from './slip-lines.js';
import type { Slip, SlipContext } from './slips.js';

/**
 * Values with one right reading, written with a mark that a spreadsheet, a PDF or a report adds: the
 * apostrophe Excel shows before a number kept as text ("'12100"), "c." for about ("c.5600"), a
 * figure left inside quotes ("\"26\""), Excel's day number for a date ("48304") and letters a PDF
 * joins into one character ("pro\uFB01le:"). Each is named at its line with the value it stands for,
 * which --fix writes.
 */

export function findMarkedValue(lines: readonly LineInfo[], i: number, context: SlipContext, parent: string | undefined): Slip | undefined {
  const line = lines[i]!;
  return (
    joinedLetters(line) ??
    markedFigure(line, context, parent) ??
    wordFigure(line, context, parent) ??
    dayNumberDate(line, context) ??
    dateWithTime(line, context)
  );
}

const NUMBER_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];
const WORD_FIGURE = new RegExp(`(^|[{,][ \\t]*)([A-Z][A-Z0-9]{1,9})[ \\t]*:[ \\t]*(${NUMBER_WORDS.join('|')})(?=[ \\t]*(?:[,}]|#|$))`, 'i');

/**
 * "waivers: { LVCC: five }": a measure's small figure written as a word, as a phone's dictation writes
 * it. The figure is the one reading, which --fix writes. (Money is read in money.ts.)
 */
function wordFigure(line: LineInfo, context: SlipContext, parent: string | undefined): Slip | undefined {
  const rest = line.text.slice(line.indent);
  const m = WORD_FIGURE.exec(rest);
  if (!m || !COUNCIL_CODE_KEY.test(m[2]!) || parent === 'councils') return undefined;
  const lineKey = /^(?:- +)?([A-Za-z][\w-]*)[ \t]*:/.exec(rest)?.[1];
  if ([parent, lineKey].some((k) => k !== undefined && context.moneyBlocks?.has(k) === true)) return undefined;
  if ([parent, lineKey].some((k) => k !== undefined && (k === 'notes' || context.textKeys?.has(k) === true))) return undefined;
  const written = m[3]!;
  const figure = String(NUMBER_WORDS.indexOf(written.toLowerCase()));
  const at = line.start + line.indent + m.index + m[0].length - written.length;
  return {
    offset: at,
    code: 'word-figure',
    ...say.wordFigure({ key: m[2]!, written, figure }),
    edits: [{ at, remove: written.length, insert: figure }],
  };
}

/** The letters a PDF joins into one character (ligatures), and the letters they stand for. */
export const LIGATURES: Readonly<Record<string, string>> = {
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st',
  '\uFB06': 'st',
};
const LIGATURE = /[\uFB00-\uFB06]/;

/** "pro\uFB01le:": a key copied from a PDF, two letters joined into one character. The key is its letters. */
function joinedLetters(line: LineInfo): Slip | undefined {
  const rest = line.text.slice(line.indent);
  const m = /^((?:- +)*)([A-Za-z\uFB00-\uFB06][\w\uFB00-\uFB06-]*)[ \t]*:(?=[ \t]|$)/.exec(rest);
  if (!m || !LIGATURE.test(m[2]!)) return undefined;
  const written = m[2]!;
  const key = [...written].map((c) => LIGATURES[c] ?? c).join('');
  const joined = [...written].find((c) => LIGATURES[c] !== undefined)!;
  const at = line.start + line.indent + m[1]!.length;
  return {
    offset: at,
    code: 'joined-letters',
    ...say.joinedLetters({ written, key, joined, letters: LIGATURES[joined]! }),
    edits: [{ at, remove: written.length, insert: key }],
  };
}

const FIGURE = String.raw`\u00a3?\d+(?:,\d{3})*(?:\.\d+)?`;
/** A figure after a key, with Excel's apostrophe, "c." or "about" before it, in quotes, or in a plain-text e-mail's "*" for bold. */
const MARKED = new RegExp(
  String.raw`(^|[{,][ \t]*|^- +)([A-Za-z][\w-]*)[ \t]*:[ \t]+(?:'(${FIGURE})(?!['\d])|((?:c\.|ca\.|c(?=[\u00a3\d])|circa|approx\.?|approximately|about|around|~)[ \t]*)(${FIGURE})|(["'])(${FIGURE})\6|(\*{1,2}|_{1,2})(${FIGURE})\8)(?=[ \t]*(?:[,}]|#|$))`,
  'i',
);

/**
 * "KBC: '12100", "HDC: c.5600", "MVC: \"26\"": a council's figure with a mark before it or around it.
 * The figure alone is the one reading. (Money in quotes is said with the other shapes of money.)
 */
function markedFigure(line: LineInfo, context: SlipContext, parent: string | undefined): Slip | undefined {
  const rest = line.text.slice(line.indent);
  const m = MARKED.exec(rest);
  if (!m) return undefined;
  const key = m[2]!;
  if (!(COUNCIL_CODE_KEY.test(key) || key === 'value') || parent === 'councils') return undefined;
  const lineKey = /^(?:- +)?([A-Za-z][\w-]*)[ \t]*:/.exec(rest)?.[1];
  const money = [parent, lineKey].some((k) => k !== undefined && context.moneyBlocks?.has(k) === true);
  // A measure's figure stands under the measure's own name, or beside it in braces; a note of a council is text.
  const measure = [parent, lineKey !== key ? lineKey : undefined].some(
    (k) => k !== undefined && (k === 'target' || !context.knownKeys.has(k)),
  );
  if (!money && !measure) return undefined;
  const figure = m[3] ?? m[5] ?? m[7] ?? m[9]!;
  const kind = m[3] !== undefined ? 'apostrophe' : m[5] !== undefined ? 'circa' : m[7] !== undefined ? 'quoted' : 'emphasis';
  if (kind === 'quoted' && money) return undefined;
  const reading = money ? readMoney(figure) : undefined;
  const plain = reading ? (reading.ok ? String(reading.pounds) : reading.fix) : /^\d+(?:\.\d+)?$/.test(figure) ? figure : undefined;
  if (plain === undefined) return undefined;
  const head = m[1]!.length + /^[A-Za-z][\w-]*[ \t]*:[ \t]+/.exec(m[0].slice(m[1]!.length))![0].length;
  const written = m[0].slice(head);
  const at = line.start + line.indent + m.index + head;
  const mark = kind === 'circa' ? m[4]!.trim() : kind === 'apostrophe' ? "'" : kind === 'quoted' ? m[6]! : m[8]!;
  return {
    offset: at,
    code: 'marked-figure',
    ...say.markedFigure({ kind, key, written, mark, figure: plain }),
    edits: [{ at, remove: written.length, insert: plain }],
  };
}

/** Excel's day 1 is 1 January 1900, counting the 29 February 1900 that never was: day 0 is 30 December 1899. */
const EXCEL_DAY_ZERO = Date.UTC(1899, 11, 30);
/** A workbook of the 1904 date system (Excel for Mac's, once) counts from 1 January 1904: day 0. */
const EXCEL_1904_DAY_ZERO = Date.UTC(1904, 0, 1);

/**
 * "due: 48304": the Due column of a spreadsheet pasted as values, Excel's day number for the date.
 * Never mended by --fix: the same number is another date, four years on, in a 1904 workbook.
 */
function dayNumberDate(line: LineInfo, context: SlipContext): Slip | undefined {
  const rest = line.text.slice(line.indent);
  const m = /^((?:- +)*)([A-Za-z][\w-]*)[ \t]*:[ \t]+(["']?)([1-9]\d{4})\3[ \t]*(?:#.*)?$/.exec(rest);
  if (!m || !context.dateKeys?.has(m[2]!)) return undefined;
  const key = m[2]!;
  const written = `${m[3]!}${m[4]!}${m[3]!}`;
  const date = new Date(EXCEL_DAY_ZERO + Number(m[4]) * 86_400_000);
  if (context.firstDayKeys?.has(key) && date.getUTCDate() !== 1) return undefined;
  const iso = date.toISOString().slice(0, 10);
  const iso1904 = new Date(EXCEL_1904_DAY_ZERO + Number(m[4]) * 86_400_000).toISOString().slice(0, 10);
  const at = line.start + line.indent + rest.indexOf(written, m[1]!.length + key.length + 1);
  return {
    offset: at,
    code: 'date-as-day-number',
    ...say.dayNumberDate({ key, number: m[4]!, iso, said: saidDate(date), iso1904 }),
    // Read on as the 1900 date, which the hint offers first; not written by --fix, having no "fixed".
    edits: [{ at, remove: written.length, insert: iso }],
  };
}

/** "31 March 2032". */
function saidDate(date: Date): string {
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]!} ${date.getUTCFullYear()}`;
}

/**
 * "due: 2035-03-31 00:00:00": a date copied from a spreadsheet or a SharePoint list export, where a date
 * cell holds a time too. The date is the officer's; at midnight the time adds nothing, so --fix
 * writes the date alone. Another time is said, and left to the officer.
 */
function dateWithTime(line: LineInfo, context: SlipContext): Slip | undefined {
  const rest = line.text.slice(line.indent);
  const m =
    /^((?:- +)*)([A-Za-z][\w-]*)[ \t]*:[ \t]+(["']?)(\d{4}-\d{2}-\d{2})(?:[ \t]+|T)(\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)[ \t]*(Z|[+-]\d{2}:?\d{2}|UTC|GMT)?\3[ \t]*(?:#.*)?$/.exec(
      rest,
    );
  if (!m || !context.dateKeys?.has(m[2]!)) return undefined;
  const key = m[2]!;
  const date = m[4]!;
  const at = line.start + line.indent + rest.indexOf(m[3]! + date, m[1]!.length + key.length + 1);
  const end =
    line.start + line.indent + rest.indexOf(m[5]!, at - line.start - line.indent) + m[5]!.length + (m[6]?.length ?? 0) + m[3]!.length;
  const midnight = /^0?0:00(?::00(?:\.0+)?)?$/.test(m[5]!) && (m[6] === undefined || !/[1-9]/.test(m[6]));
  const { fixed, ...wording } = say.dateWithTime({ key, date, time: m[5]!, said: saidDate(new Date(`${date}T00:00:00Z`)), midnight });
  return {
    offset: at,
    code: 'date-with-time',
    ...wording,
    ...(midnight && fixed !== undefined ? { fixed } : {}),
    edits: [{ at, remove: end - at, insert: date }],
  };
}
