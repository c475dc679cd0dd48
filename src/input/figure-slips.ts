import { say } from '../messages/index.js';
import type { FigureKind } from '../messages/money.js';
import { EXCEL_ERROR } from './money.js';
import type { LineInfo } from './slip-lines.js';
import { CODE_KEYS, type Edit, type Slip, type SlipContext } from './slips.js';
import { totalRow } from './total-slips.js';

/**
 * Figures typed in shapes plan would misread, found in the line before parsing: an Excel error pasted
 * as a figure ("#N/A", which YAML reads as a note), a list pasted as a spreadsheet row, a fraction
 * character from Word ("27½"). Each is named at its line; --fix writes the figure only where it has
 * one right form.
 */

export function findFigureSlip(
  lines: readonly LineInfo[],
  i: number,
  context: SlipContext,
  parents: ReadonlyArray<string | undefined>,
): Slip | undefined {
  const line = lines[i]!;
  // The part the line stands in; for the second item of a list ("- 20"), the key above the list. Looked
  // for only when a figure asks, so that a long list costs nothing.
  const parent = () => parents[i] ?? keysAbove(lines, i)[0] ?? '';
  return (
    excelErrorCell(line, i + 1, context, parent) ??
    listAsRow(line, context) ??
    sharesAsFractions(line, context) ??
    fractionCharacter(lines, i, context, parents, parent) ??
    totalRow(lines, i, context, parents[i])
  );
}

/**
 * "savingsProfile: 10<TAB>20<TAB>30<TAB>40", "profile: [10 20 30 40]": a list of figures pasted from a
 * spreadsheet row, without the brackets or the commas YAML needs to read a list. The figures are all
 * there, in order, so the list has one right form, which --fix writes.
 */
function listAsRow(line: LineInfo, context: SlipContext): Slip | undefined {
  const rest = line.text.slice(line.indent);
  const m = /^((?:- +)*)([A-Za-z][\w-]*)[ \t]*:/.exec(rest);
  if (!m || !context.numberLists?.has(m[2]!)) return undefined;
  let value = rest.slice(m[0].length);
  const note = value.search(/[ \t]#/);
  if (note >= 0) value = value.slice(0, note);
  const written = value.trim();
  const bracketed = written.startsWith('[') && written.endsWith(']');
  const inner = bracketed ? written.slice(1, -1).trim() : written;
  const commas = /[,;]/.test(inner);
  // In brackets, commas make a list already (a tab after one is read as a space).
  if (bracketed && commas) return undefined;
  // "10%" as a spreadsheet shows a share: the figure is the same without its sign.
  // "10/20/25/45%": the shares as a report words them, "/" between them and "%" after them.
  const slashes = !bracketed && !commas && inner.includes('/');
  const parts = slashes ? inner.split(/[ \t]*\/[ \t]*/) : inner.split(/[ \t]*[,;][ \t]*|[ \t]+/);
  const figures = parts.map((f) => (/^\d+(?:\.\d+)?[ \t]*%$/.test(f) ? f.slice(0, -1).trim() : f));
  if (figures.length < 2 || !figures.every((f) => /^\d+(?:\.\d+)?$/.test(f))) return undefined;
  const fix = `[${figures.join(', ')}]`;
  const gap = slashes ? 'slashes' : written.includes('\t') ? 'tabs' : 'spaces';
  const at = line.start + line.indent + m[0].length;
  return {
    offset: at + value.search(/\S/),
    code: 'list-as-row',
    ...say.listAsRow({ key: m[2]!, missing: bracketed ? 'commas' : commas ? 'brackets' : 'both', gap, fix }),
    edits: [{ at, remove: value.trimEnd().length, insert: ` ${fix}` }],
  };
}

/**
 * [0.15, 0.25, 0.3, 0.3]: shares that add up to exactly 1 are fractions of one, as a spreadsheet keeps
 * a cell formatted as a percentage; times 100 they are the profile (one reading). Undefined otherwise.
 */
export function asPercents(shares: readonly number[]): number[] | undefined {
  if (shares.length === 0 || shares.some((s) => !(s >= 0 && s <= 1))) return undefined;
  const tenThousandths = shares.map((s) => Math.round(s * 10000));
  if (tenThousandths.some((t, i) => Math.abs(t - shares[i]! * 10000) > 1e-6)) return undefined;
  if (tenThousandths.reduce((a, b) => a + b, 0) !== 10000) return undefined;
  return tenThousandths.map((t) => t / 100);
}

/**
 * "savingsProfile: [0.15, 0.25, 0.3, 0.3]": a profile pasted from cells formatted as percentages, which
 * a spreadsheet keeps as fractions of one. They add up to exactly 1, so times 100 is the one reading,
 * which --fix writes.
 */
function sharesAsFractions(line: LineInfo, context: SlipContext): Slip | undefined {
  const rest = line.text.slice(line.indent);
  const m = /^((?:- +)*)([A-Za-z][\w-]*)[ \t]*:[ \t]*(\[[ \t\d.,]*\])[ \t]*(?:#.*)?$/.exec(rest);
  if (!m || !context.numberLists?.has(m[2]!)) return undefined;
  const written = m[3]!;
  const figures = written
    .slice(1, -1)
    .split(',')
    .map((f) => f.trim());
  if (!figures.every((f) => /^\d*\.?\d+$/.test(f))) return undefined;
  const fractions = figures.map(Number);
  const percents = asPercents(fractions);
  if (!percents) return undefined;
  const at = line.start + line.indent + m[0].indexOf(written, m[1]!.length + m[2]!.length + 1);
  return {
    offset: at,
    code: 'shares-as-fractions',
    ...say.profileAsFractions({ fractions, percents }),
    edits: [{ at, remove: written.length, insert: `[${percents.join(', ')}]` }],
  };
}

/** An action is a few dozen lines: no look around a figure goes further (hostile files stay quick). */
const MOST_LINES = 300;

/** Whether `key` holds words, a date or a part of keys ("achieved:"): what follows it is not a figure. */
function notAFigure(key: string, context: SlipContext): boolean {
  return (
    context.textKeys?.has(key) === true ||
    context.dateKeys?.has(key) === true ||
    (context.children.has(key) && !context.numberLists?.has(key))
  );
}

/** The figures of one line looked at, at most: a list of four shares, a council's few figures. */
const MOST_FIGURES = 20;

/** An Excel error where a figure starts, up to the end of the value it stands for. */
const EXCEL_AT = new RegExp(`${EXCEL_ERROR.source}(?=[ \\t]*(?:[,\\]}]|$|#))`, 'iy');
/** A run of "#", as a spreadsheet fills a cell whose figure is too wide for its column. */
const HASHES_AT = /#{2,}(?=[ \t]*(?:[,\]}]|$))/y;

/**
 * "WBC: #N/A", "{ WBC: #DIV/0!, NDC: 9 }", "- #REF!": an error Excel showed in a cell, copied where a
 * figure goes. YAML reads its "#" as the start of a note, so the figure would be empty (and in brackets
 * the rest of the line lost). It is named once, at its line, and read as written (in quotes) so that
 * no other check says it again; only the officer knows the real figure, so there is no fix.
 */
function excelErrorCell(line: LineInfo, n: number, context: SlipContext, parent: () => string): Slip | undefined {
  const rest = line.text.slice(line.indent);
  const edits: Edit[] = [];
  let first: { at: number; written: string; kind: FigureKind; key: string | undefined } | undefined;
  for (let hash = rest.indexOf('#'); hash >= 0 && edits.length < MOST_FIGURES; hash = rest.indexOf('#', hash + 1)) {
    EXCEL_AT.lastIndex = hash;
    HASHES_AT.lastIndex = hash;
    const m = EXCEL_AT.exec(rest) ?? (hash === 0 || rest[hash - 1] !== '#' ? HASHES_AT.exec(rest) : null);
    if (!m) continue;
    const before = rest.slice(0, hash).trimEnd();
    const key = /([A-Za-z][\w-]*)[ \t]*:$/.exec(before)?.[1];
    const item = /^(?:-[ \t]*)+$/.test(before) || /[[{,]$/.test(before);
    if (key === undefined ? !item : notAFigure(key, context)) continue;
    // The key whose figures these are: the one before the brackets, else the part the line is in.
    const holder = /([A-Za-z][\w-]*)[ \t]*:[ \t]*[[{][^[{]*$/.exec(before)?.[1] ?? parent();
    const money = context.moneyBlocks?.has(holder) === true;
    // A part of text per council ("notes:", "councils:") holds words, not figures.
    if (!money && context.children.get(holder)?.has(CODE_KEYS)) continue;
    const at = line.start + line.indent + hash;
    edits.push({ at, remove: m[0].length, insert: JSON.stringify(m[0]) });
    first ??= { at, written: m[0], kind: money ? 'money' : context.numberLists?.has(key ?? holder) ? 'share' : 'figure', key };
  }
  if (!first) return undefined;
  const hashes = /^#+$/.test(first.written);
  return {
    offset: first.at,
    code: hashes ? 'column-too-narrow' : 'excel-error',
    ...(hashes
      ? say.hashesForFigure({ shown: first.written, kind: first.kind, key: first.key, line: n })
      : say.excelError({ shown: first.written, error: first.written.toUpperCase(), kind: first.kind })),
    edits,
    settles: true,
  };
}

/** Fraction characters Word's autocorrect makes of "1/2", "1/4" …, with the part of one each stands for. */
const FRACTIONS: Readonly<Record<string, number>> = {
  '\u00bd': 1 / 2,
  '\u00bc': 1 / 4,
  '\u00be': 3 / 4,
  '\u2150': 1 / 7,
  '\u2151': 1 / 9,
  '\u2152': 1 / 10,
  '\u2153': 1 / 3,
  '\u2154': 2 / 3,
  '\u2155': 1 / 5,
  '\u2156': 2 / 5,
  '\u2157': 3 / 5,
  '\u2158': 4 / 5,
  '\u2159': 1 / 6,
  '\u215a': 5 / 6,
  '\u215b': 1 / 8,
  '\u215c': 3 / 8,
  '\u215d': 5 / 8,
  '\u215e': 7 / 8,
};

/** A figure with a fraction character, alone as a value: "27½", "27 ½", "½". */
const WITH_FRACTION = /(\d*)(?:(?<=\d)[ \t\u00a0])?([\u00bc-\u00be\u2150-\u215e])(?=[ \t]*(?:[,\]}]|$|#))/y;

/** How the figure of a measure of each unit is written: whole (a count, money) or with decimals. */
const WHOLE_UNITS: ReadonlySet<string> = new Set(['count', 'money']);
const DECIMAL_UNITS: ReadonlySet<string> = new Set(['percent', 'days']);

/**
 * The unit of the measure a figure at line `i` belongs to: the "unit:" line under the measure's id,
 * the id being the key the figure's brackets open or one of the keys the line stands under.
 */
function unitOf(lines: readonly LineInfo[], i: number, parents: ReadonlyArray<string | undefined>, holder: string): string | undefined {
  const ids = [holder, ...keysAbove(lines, i)];
  // A measure is defined in its action, above its updates: a few hundred lines up at most.
  for (let j = Math.max(0, i - MOST_LINES); j < Math.min(lines.length, i + MOST_LINES); j++) {
    const line = lines[j]!;
    const m = /^unit[ \t]*:[ \t]*([a-z]+)/.exec(line.text.slice(line.indent));
    if (m && parents[j] !== undefined && ids.includes(parents[j]!)) return m[1];
  }
  return undefined;
}

/** The keys of the lines line `i` stands under, nearest first (a few levels: a figure is near its measure). */
function keysAbove(lines: readonly LineInfo[], i: number): string[] {
  const keys: string[] = [];
  let indent = lines[i]!.indent;
  for (let j = i - 1; j >= 0 && j > i - MOST_LINES && keys.length < 4 && indent > 0; j--) {
    const l = lines[j]!;
    if (l.blank || l.comment || l.inBlock || l.indent >= indent) continue;
    indent = l.indent;
    const key = /^(?:- +)*([A-Za-z][\w-]*)[ \t]*:/.exec(l.text.slice(l.indent))?.[1];
    if (key) keys.push(key);
  }
  return keys;
}

/** How the figure may be written: in whole numbers (money, a count), with decimals (a share, percent, days), or either. */
function figureForm(
  lines: readonly LineInfo[],
  i: number,
  context: SlipContext,
  parents: ReadonlyArray<string | undefined>,
  holder: string,
): { kind: FigureKind; whole: boolean | undefined } {
  if (context.moneyBlocks?.has(holder)) return { kind: 'money', whole: true };
  if (context.numberLists?.has(holder)) return { kind: 'share', whole: false };
  const unit = unitOf(lines, i, parents, holder);
  if (unit === 'money') return { kind: 'money', whole: true };
  return {
    kind: 'figure',
    whole: unit === undefined ? undefined : WHOLE_UNITS.has(unit) ? true : DECIMAL_UNITS.has(unit) ? false : undefined,
  };
}

/** A figure and a fraction as a decimal: exact when it ends within three places ("27.5", "0.125"), else to two. */
function asDecimal(whole: number, part: number): { text: string; exact: boolean } {
  const value = whole + part;
  for (const places of [1, 2, 3]) {
    const text = value.toFixed(places);
    if (Math.abs(Number(text) - value) < 1e-9) return { text: String(Number(text)), exact: true };
  }
  return { text: value.toFixed(2), exact: false };
}

/**
 * "27½", "27 ½": a figure with a fraction character, as Word's autocorrect writes "27 1/2". Plan reads
 * it as words, not a number. Where decimals are allowed (a share of a profile, a percentage, days) and
 * the fraction ends in a few places, the decimal is the one right form, which --fix writes; where
 * figures are whole (money, a count), rounding up or down is the officer's choice, and both are said.
 */
function fractionCharacter(
  lines: readonly LineInfo[],
  i: number,
  context: SlipContext,
  parents: ReadonlyArray<string | undefined>,
  parent: () => string,
): Slip | undefined {
  const line = lines[i]!;
  const rest = line.text.slice(line.indent);
  if (!/[\u00bc-\u00be\u2150-\u215e]/.test(rest)) return undefined;
  const found: Array<{ at: number; length: number; written: string; whole: number; part: number }> = [];
  let holder: string | undefined;
  // A line has a few figures: a hostile one of thousands is looked at no further than its first few.
  for (let k = 0; k < rest.length && found.length < MOST_FIGURES; k++) {
    // A figure is read from its first digit (so a long run of digits is read once).
    if (k > 0 && /\d/.test(rest[k - 1]!)) continue;
    WITH_FRACTION.lastIndex = k;
    const m = WITH_FRACTION.exec(rest);
    if (!m) continue;
    const before = rest.slice(0, k).trimEnd();
    const key = /([A-Za-z][\w-]*)[ \t]*:$/.exec(before)?.[1];
    if (key === undefined ? !/^(?:-[ \t]*)+$|[[{,]$/.test(before) : notAFigure(key, context)) continue;
    holder ??= /([A-Za-z][\w-]*)[ \t]*:[ \t]*[[{][^[{]*$/.exec(before)?.[1] ?? parent();
    found.push({ at: line.start + line.indent + k, length: m[0].length, written: m[0], whole: Number(m[1] || 0), part: FRACTIONS[m[2]!]! });
    k += m[0].length - 1;
  }
  if (found.length === 0 || holder === undefined) return undefined;
  // A part of text per council ("notes:") holds words, where "2½ days" is the officer's own.
  if (!context.moneyBlocks?.has(holder) && context.children.get(holder)?.has(CODE_KEYS)) return undefined;
  const form = figureForm(lines, i, context, parents, holder);
  const figures = found.map((f) => {
    const decimal = asDecimal(f.whole, f.part);
    return { ...f, decimal: decimal.text, exact: decimal.exact, up: String(f.whole + 1), down: String(f.whole) };
  });
  const fixable = form.whole === false && figures.every((f) => f.exact);
  const slip: Slip = {
    offset: figures[0]!.at,
    code: 'fraction-character',
    ...say.fractionCharacter({
      character: figures[0]!.written.slice(-1),
      kind: form.kind,
      whole: form.whole === true,
      figures: figures.map((f) => ({ written: f.written, decimal: f.decimal, exact: f.exact, up: f.up, down: f.down })),
    }),
    // A whole figure is read as written (in quotes), and no other check says it again (see Slip.settles):
    // a rounding in memory would be a figure the officer did not choose, for other checks to judge.
    edits: figures.map((f) => ({ at: f.at, remove: f.length, insert: form.whole ? JSON.stringify(f.written) : f.decimal })),
    ...(form.whole ? { settles: true as const } : {}),
  };
  if (!fixable) delete slip.fixed;
  return slip;
}
