import { quoteForYaml } from '../messages/entry.js';
import { say } from '../messages/index.js';
import { commaBetweenCouncils, councilBelowBraces, figureRunIntoCode, separatorBetweenCouncils, thousandsInBraces } from './brace-slips.js';
import { cellAfterTab, colourMark } from './cell-slips.js';
import { councilsLevelWithKey, figuresAsChat } from './chat-figures.js';
import { findChoiceSlip } from './choice-slips.js';
import { dateValue, dayNotInMonth, numericDate, unpaddedDate } from './date-slips.js';
import { findFigureSlip } from './figure-slips.js';
import { headingBeforeValue } from './heading-slips.js';
import { checkLeftOnNote, confirmAnswered, numberInTitle, sectionNumber, sectionNumberMark } from './leftover-slips.js';
import { findMarkedValue } from './marked-value-slips.js';
import { keyOfInnerPart, keyOfLatestUpdate, keyOfOuterPart } from './moved-key-slips.js';
import { plusMovement } from './movement-slips.js';
import { placeholderSlip } from './placeholder-slips.js';
import { ratingAndTextExchanged } from './rating-slips.js';
import { dateForFigure, figureInReportWords, lagInComment } from './report-form-slips.js';
import { allowedUnder, COUNCIL_CODE_KEY, type LineInfo, nextStructural } from './slip-lines.js';
import type { Slip, SlipContext } from './slips.js';
import { findTypedFormSlip, monthsForQuarter } from './typed-form-slips.js';
import { findTypedTextSlip, invisibleInValue } from './typed-text-slips.js';

/**
 * Slips within one line of keys, found before parsing: two lines joined into one ("status: Onward
 * going        rag: green", "achieved: CDC: 57800"), a key with words after it ("Q3 (Oct–Dec):"),
 * quotes of which one is curly ("Draft with Legal”") and a date as a spreadsheet shows it
 * ("31-Mar-17"). Each has one line it must become; --fix writes it when there is one right answer.
 */

export function findValueSlip(
  text: string,
  lines: readonly LineInfo[],
  i: number,
  context: SlipContext,
  parents: ReadonlyArray<string | undefined>,
): Slip | undefined {
  return (
    plusMovement(lines, i, parents[i]) ??
    headingBeforeValue(lines[i]!, context) ??
    ratingAndTextExchanged(lines, i, context) ??
    sectionNumberMark(lines[i]!) ??
    figureInReportWords(lines, i) ??
    lagInComment(lines, i) ??
    dateForFigure(lines, i) ??
    thousandsInBraces(lines[i]!, context) ??
    commaBetweenCouncils(lines[i]!, context) ??
    figureRunIntoCode(lines[i]!, context) ??
    councilBelowBraces(lines, i, context) ??
    separatorBetweenCouncils(lines[i]!, context) ??
    placeholderSlip(lines[i]!, context, parents[i]) ??
    invisibleInValue(lines[i]!, context) ??
    findTypedTextSlip(lines[i]!, context) ??
    findMarkedValue(lines, i, context, parents[i]) ??
    findChoiceSlip(lines, i, context) ??
    checkLeftOnNote(lines[i]!, parents[i]) ??
    confirmAnswered(text, lines, i, parents[i]) ??
    (lines[i]!.indent === 0 && lines[i]!.text.startsWith('title:') ? numberInTitle(lines[i]!, sectionNumber(lines, i)) : undefined) ??
    keyWithWords(lines, i, context, parents) ??
    keyOfOuterPart(text, lines, i, context, parents) ??
    keyOfInnerPart(text, lines, i, context, parents) ??
    keyOfLatestUpdate(text, lines, i, context, parents) ??
    figuresAsChat(text, lines, i, context) ??
    councilsLevelWithKey(lines, i, context, parents[i]) ??
    joinedLine(text, lines, i, context, parents) ??
    mixedQuotes(lines[i]!) ??
    findTypedFormSlip(lines[i]!, context, parents[i]) ??
    monthsForQuarter(lines, i, context, parents[i]) ??
    namedMonthDate(lines[i]!, context) ??
    findFigureSlip(lines, i, context, parents) ??
    numericDate(lines[i]!, context) ??
    unpaddedDate(lines[i]!, context) ??
    dayNotInMonth(lines[i]!, context) ??
    councilByName(lines, i, context, parents[i]) ??
    decimalComma(lines[i]!, context, parents[i]) ??
    unitAfterFigure(lines[i]!, context, parents[i]) ??
    wordNearChoice(lines[i]!, context) ??
    cellAfterTab(text, lines, i, context, parents[i]) ??
    colourMark(lines[i]!, context)
  );
}

/** The lines in the same part as line `i`, at its indentation. */
function linesBeside(lines: readonly LineInfo[], i: number): LineInfo[] {
  const indent = lines[i]!.indent;
  const beside: LineInfo[] = [];
  for (const step of [-1, 1]) {
    for (let j = i + step; j >= 0 && j < lines.length; j += step) {
      const l = lines[j]!;
      if (l.blank || l.comment) continue;
      if (l.indent < indent || l.inBlock) break;
      if (l.indent === indent) beside.push(l);
    }
  }
  return beside;
}

/** Words a council's name has that do not tell councils apart. */
const COMMON_WORDS: ReadonlySet<string> = new Set([
  'council',
  'district',
  'borough',
  'city',
  'county',
  'of',
  'the',
  'and',
  'metropolitan',
  'royal',
  'dc',
  'bc',
  'cc',
]);

const nameWords = (name: string) =>
  name
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w !== '' && !COMMON_WORDS.has(w));

/**
 * The code of the council `written` names: its code in other letters ("Cdc"), or its name, whole or
 * in part ("Cherwell", "South Northants"); undefined unless exactly one council fits.
 */
function councilCalled(written: string, councils: ReadonlyMap<string, string>): { code: string; byName: boolean } | undefined {
  const same = [...councils.keys()].filter((code) => code.toLowerCase() === written.toLowerCase());
  if (same.length === 1) return { code: same[0]!, byName: false };
  const words = nameWords(written);
  if (words.length === 0) return undefined;
  const fits = [...councils].filter(([, name]) => {
    const own = nameWords(name);
    return words.every((w) => own.some((n) => n.startsWith(w) || (w.length >= 4 && n.startsWith(w.slice(0, 4)))));
  });
  return fits.length === 1 ? { code: fits[0]![0], byName: true } : undefined;
}

/**
 * "Cherwell: 4000" under "pending:": a council written by its name where its code goes. The plan's
 * councils tell which one, so the code is written for it; one that fits none is said with the list.
 */
function councilByName(lines: readonly LineInfo[], i: number, context: SlipContext, parent: string | undefined): Slip | undefined {
  const line = lines[i]!;
  const councils = context.councils;
  if (!councils || councils.size === 0 || parent === undefined || !context.moneyBlocks?.has(parent)) return undefined;
  const rest = line.text.slice(line.indent);
  // Read with string steps, not one pattern, so that a hostile line of spaces costs no more than its length.
  const colon = rest.indexOf(':');
  const written = colon < 0 ? '' : rest.slice(0, colon).trimEnd();
  if (!/^[A-Za-z][\w .'&-]*$/.test(written) || !/^(?:[ \t]|$)/.test(rest.slice(colon + 1, colon + 2))) return undefined;
  if (councils.has(written) || context.knownKeys.has(written) || COUNCIL_CODE_KEY.test(written)) return undefined;
  const value = rest.slice(colon + 1).trim();
  const at = line.start + line.indent;
  const shown = (code: string) => (value === '' || value.length > 30 ? `${code}:` : `${code}: ${value}`);
  const called = councilCalled(written, councils);
  if (!called) {
    // The council with no line of its own in this part is the likely one: named first in the hint, and
    // read in its place (in memory only), so that its missing line is not said again.
    const present = new Set(linesBeside(lines, i).map((l) => /^([A-Z][A-Z0-9]*)[ \t]*:/.exec(l.text.slice(l.indent))?.[1]));
    const missing = [...councils.keys()].filter((code) => !present.has(code));
    const likely = missing[0] ?? councils.keys().next().value!;
    return {
      offset: at,
      code: 'unknown-council',
      ...say.notACouncil({ written, councils: [...councils].map(([code, name]) => `${code} (${name})`), line: shown(likely) }),
      edits: [{ at, remove: written.length, insert: missing.length > 0 ? likely : JSON.stringify(written) }],
    };
  }
  return {
    offset: at,
    code: 'council-by-name',
    ...say.councilByName({
      written,
      code: called.code,
      name: called.byName ? councils.get(called.code) : undefined,
      line: shown(called.code),
    }),
    edits: [{ at, remove: written.length, insert: called.code }],
  };
}

/** "Q3 (Oct–Dec):", "Q3 update:": a key allowed where it stands, with words between it and its colon. */
function keyWithWords(
  lines: readonly LineInfo[],
  i: number,
  context: SlipContext,
  parents: ReadonlyArray<string | undefined>,
): Slip | undefined {
  const line = lines[i]!;
  const rest = line.text.slice(line.indent);
  const m = /^((?:- +)*)([A-Za-z][\w-]*)([ \t(][^:#]*):(?=[ \t]|$)/.exec(rest);
  const parent = parents[i];
  if (!m || parent === undefined || !allowedUnder(parent, m[2]!, context)) return undefined;
  const dashes = m[1]!;
  const key = m[2]!;
  const written = `${key}${m[3]!}`.trimEnd();
  if (written === key || context.knownKeys.has(written)) return undefined;
  const at = line.start + line.indent + dashes.length + key.length;
  return {
    offset: line.start + line.indent + dashes.length,
    code: 'key-with-words',
    ...say.keyWithWords({ written, key }),
    edits: [{ at, remove: m[0].length - 1 - dashes.length - key.length, insert: '' }],
  };
}

/**
 * A line with the next one joined onto it: "status: Onward going        rag: green" (a key that
 * stands beside "status:") or "achieved: CDC: 57800" (a key that belongs below "achieved:"). The
 * joined part goes back to a line of its own, in the column it belongs in.
 */
function joinedLine(
  text: string,
  lines: readonly LineInfo[],
  i: number,
  context: SlipContext,
  parents: ReadonlyArray<string | undefined>,
): Slip | undefined {
  const line = lines[i]!;
  const rest = line.text.slice(line.indent);
  const m = /^((?:- +)*)([A-Za-z][\w-]*)[ \t]*:([ \t]+)([^\s"'#{[|>&*!%@\x60](?:.*\S)?)[ \t]*$/.exec(rest);
  if (!m) return undefined;
  const [, dashes = '', key = '', gap = '', value = ''] = m;
  const keyColumn = line.indent + dashes.length;
  const valueAt = line.start + line.indent + rest.indexOf(':', dashes.length + key.length) + 1 + gap.length;
  const newline = text.charCodeAt(line.start + line.text.length) === 13 ? '\r\n' : '\n';
  // "achieved: CDC: 57800": the whole value is a line that belongs below the key.
  const child = /^([A-Za-z][\w-]*)[ \t]*:(?:[ \t]|$)/.exec(value);
  if (child && allowedUnder(key, child[1]!, context)) {
    const below = nextStructural(lines, i);
    const column = below !== undefined && lines[below]!.indent > keyColumn ? lines[below]!.indent : keyColumn + 2;
    return {
      offset: valueAt,
      code: 'joined-lines',
      ...say.joinedChild({ key, joined: value, column }),
      edits: [{ at: valueAt - gap.length, remove: gap.length, insert: newline + ' '.repeat(column) }],
    };
  }
  // "status: Onward going        rag: green": a key that stands beside this one, after a space.
  const parent = parents[i];
  if (parent === undefined) return undefined;
  // A word after a space (a lookbehind, so that a long run of spaces is not scanned from each of them).
  for (const word of value.matchAll(/(?<=[ \t])([A-Za-z][\w-]*)[ \t]*:(?=[ \t]|$)/g)) {
    let from = word.index;
    while (from > 0 && (value[from - 1] === ' ' || value[from - 1] === '\t')) from--;
    const next = { index: from, 1: value.slice(from, word.index), 2: word[1]! };
    const sibling = next[2];
    // A key of the same level: one of the part's own.
    if (sibling === key || !allowedUnder(parent, sibling, context)) continue;
    const before = value.slice(0, next.index);
    if (before.includes(': ')) return undefined;
    const space = next[1]!;
    const joined = value.slice(next.index + space.length);
    // "rag:" with nothing after it may end a sentence; a known key, ": " and a value is a setting.
    if (!/^[^:]*:[ \t]+\S/.test(joined)) continue;
    // After one space, text with a sentence's stops before it is prose ("Spoke to them, status: awaiting").
    if (space === ' ' && /[,;.!?]/.test(before)) return undefined;
    const at = valueAt + next.index;
    return {
      offset: at + space.length,
      code: 'joined-lines',
      ...say.joinedSibling({ key, value: before, joined, column: keyColumn }),
      edits: [{ at, remove: space.length, insert: newline + ' '.repeat(keyColumn) }],
    };
  }
  return undefined;
}

const STRAIGHT: Record<string, string> = { '“': '"', '”': '"', '„': '"', '‘': "'", '’': "'" };

/** "Draft with Legal”: a straight quote at one end and a curly one, from Word, at the other. */
function mixedQuotes(line: LineInfo): Slip | undefined {
  const rest = line.text.slice(line.indent);
  const m = /^((?:- +)*)([a-z][\w-]*)[ \t]*:[ \t]+(["'\u201c\u201d\u201e\u2018\u2019])(.*)(["'\u201c\u201d\u2018\u2019])[ \t]*$/.exec(rest);
  if (!m) return undefined;
  const [, dashes = '', key = '', open = '', inner = '', close = ''] = m;
  const openCurly = open in STRAIGHT;
  const closeCurly = close in STRAIGHT;
  if (openCurly === closeCurly) return undefined;
  const straight = openCurly ? close : open;
  if (STRAIGHT[openCurly ? open : close] !== straight || inner.includes(straight)) return undefined;
  const quoted = quoteForYaml(inner);
  const colon = rest.indexOf(':', dashes.length + key.length) + 1;
  const at = line.start + line.indent + colon + rest.slice(colon).search(/\S/);
  return {
    offset: at + (closeCurly ? inner.length + 1 : 0),
    code: 'curly-quotes',
    ...say.mixedQuotes({ key, curly: closeCurly ? close : open, closing: closeCurly, quoted }),
    edits: [{ at, remove: inner.length + 2, insert: quoted }],
  };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * "31-Mar-17", "31 March 2017", "Mar 31, 2017": a date with its month named has one reading, so
 * where a key holds a date (YYYY-MM-DD) it is written as one. A two-figure year is this century's.
 */
function namedMonthDate(line: LineInfo, context: SlipContext): Slip | undefined {
  const found = dateValue(line, context);
  if (!found) return undefined;
  const { key, value, written, at } = found;
  const dayFirst = /^(\d{1,2})(?:st|nd|rd|th)?[-/ ]([A-Za-z]{3,9})\.?[-/ ](\d{2}|\d{4})$/.exec(written);
  const monthFirst = /^([A-Za-z]{3,9})\.?[-/ ](\d{1,2})(?:st|nd|rd|th)?,?[-/ ](\d{2}|\d{4})$/.exec(written);
  const parts = dayFirst
    ? [dayFirst[1]!, dayFirst[2]!, dayFirst[3]!]
    : monthFirst
      ? [monthFirst[2]!, monthFirst[1]!, monthFirst[3]!]
      : undefined;
  if (!parts) return undefined;
  const [day, name, year] = parts as [string, string, string];
  const month = MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
  if (month === 0 || !MONTH_WORD.test(name)) return undefined;
  const y = year.length === 2 ? 2000 + Number(year) : Number(year);
  const d = Number(day);
  const date = new Date(Date.UTC(y, month - 1, d));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== d) return undefined;
  const iso = date.toISOString().slice(0, 10);
  return {
    offset: at,
    code: 'date-with-month-name',
    ...say.spreadsheetDate({ key, written, iso }),
    edits: [{ at, remove: value.length, insert: iso }],
  };
}

/** A month's name or its usual short form: "Mar", "March", "Sept". */
const MONTH_WORD =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/i;

/**
 * "SDC: 4,5" or "{ MDC: 3.2, SDC: 4,5 }": a figure with a decimal comma, as a European spreadsheet
 * writes it. YAML reads it as text, or in braces as 4 and a stray key "5". One or two digits after
 * the comma are decimals (three would be thousands).
 */
function decimalComma(line: LineInfo, context: SlipContext, parent: string | undefined): Slip | undefined {
  const rest = line.text.slice(line.indent);
  const m = /(^|[{,][ \t]*|^- +)([A-Za-z][\w-]*)[ \t]*:[ \t]+(\d+),(\d{1,2})(?=[ \t]*(?:[,}]|#|$))/.exec(rest);
  if (!m) return undefined;
  const [, , key = '', whole = '', decimals = ''] = m;
  // Money is whole pounds: its decimal comma is said with the other shapes of money (money.ts).
  if (!figureKey(key) || inMoney(rest, context, parent)) return undefined;
  const written = `${whole},${decimals}`;
  const at = line.start + line.indent + m.index + m[0].length - written.length;
  return {
    offset: at,
    code: 'decimal-comma',
    ...say.decimalComma({ written, figure: `${whole}.${decimals}` }),
    edits: [{ at, remove: written.length, insert: `${whole}.${decimals}` }],
  };
}

/**
 * "MDC: 21 days", "{ SDC: 33% }": a measure's figure with its unit after it, as a report writes it.
 * The unit is set once, on the measure: the figure without it is the one reading.
 */
function unitAfterFigure(line: LineInfo, context: SlipContext, parent: string | undefined): Slip | undefined {
  const rest = line.text.slice(line.indent);
  const m = /(^|[{,][ \t]*|^- +)([A-Za-z][\w-]*)[ \t]*:[ \t]+(\d+(?:\.\d+)?)([ \t]*(?:%|per ?cent|days?))(?=[ \t]*(?:[,}]|#|$))/i.exec(
    rest,
  );
  if (!m || !figureKey(m[2]!) || inMoney(rest, context, parent)) return undefined;
  const [, , , figure = '', unit = ''] = m;
  const at = line.start + line.indent + m.index + m[0].length - figure.length - unit.length;
  return {
    offset: at,
    code: 'unit-after-figure',
    ...say.unitAfterFigure({ written: `${figure}${unit}`, figure, unit: unit.trim() }),
    edits: [{ at: at + figure.length, remove: unit.length, insert: '' }],
  };
}

/** A key whose value is a measure's figure: a council code, or "value" in "{ value: 9, quarter: Q2 }". */
function figureKey(key: string): boolean {
  return COUNCIL_CODE_KEY.test(key) || key === 'value';
}

/** Whether a line holds money: it stands in a block of amounts, or opens one in braces. */
function inMoney(rest: string, context: SlipContext, parent: string | undefined): boolean {
  const lineKey = /^(?:- +)?([A-Za-z][\w-]*)[ \t]*:/.exec(rest)?.[1];
  return [parent, lineKey].some((k) => k !== undefined && context.moneyBlocks?.has(k) === true);
}

/**
 * "ended: complete", "ended: Completed", "rag: Amber": a key that takes one of a few words, written
 * with a word that is one of them in capitals, cut short or mistyped by a letter. One word fits.
 */
function wordNearChoice(line: LineInfo, context: SlipContext): Slip | undefined {
  const rest = line.text.slice(line.indent);
  const m = /^((?:- +)?)([A-Za-z][\w-]*)[ \t]*:[ \t]+([A-Za-z][\w-]*)[ \t]*(?:#.*)?$/.exec(rest);
  const words = m ? context.choices?.get(m[2]!) : undefined;
  if (!m || !words || words.includes(m[3]!)) return undefined;
  const [, , key = '', written = ''] = m;
  const lower = written.toLowerCase();
  const fits = (test: (w: string) => boolean) => {
    const found = words.filter(test);
    return found.length === 1 ? found[0] : undefined;
  };
  const word =
    fits((w) => w.toLowerCase() === lower) ??
    (lower.length >= 3 ? fits((w) => w.startsWith(lower) || lower.startsWith(w)) : undefined) ??
    fits((w) => oneEditApart(w, lower));
  if (word === undefined) return undefined;
  const at = line.start + line.indent + m[0].indexOf(written, m[1]!.length + key.length + 1);
  return {
    offset: at,
    code: 'word-near-choice',
    ...say.wordNearChoice({ key, written, word, words: [...words] }),
    edits: [{ at, remove: written.length, insert: word }],
  };
}

/** Whether two words differ by one letter added, left out or changed. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const tail = (x: string, y: string) => x.slice(i + 1) === y.slice(i + (x.length === y.length ? 1 : 0));
  return a.length >= b.length ? tail(a, b) : tail(b, a);
}
