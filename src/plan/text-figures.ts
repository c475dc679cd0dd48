/**
 * The figures an action's text gives, each read with the council it is for and what it is: the
 * target ("to 10% of each council's spend (12% at SDN)") or another figure beside it ("from last
 * year's CWD 18%", "rising to 8% next year"). Read from the words around each figure, in the sentence
 * it is in: the last of "to"/"target"/"within" or of "from"/"last year"/"next year" before it says
 * which it is.
 */

type FigureRole = 'target' | 'last' | 'start' | 'next' | 'year';

export interface TextFigure {
  value: number;
  /** The council it is for, or undefined for one said of every council ("each council"). */
  code: string | undefined;
  /** Said of every council ("10% of each council's spend"). */
  all: boolean;
  role: FigureRole;
  /** The figure as written ("LYD 19%", "12% at SDN"), and where in the text it starts. */
  said: string;
  index: number;
}

/** Number words an officer may write for a small figure: "three weeks". */
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** A figure in digits ("1,200", "12.5") or a number word, as a number; undefined when neither. */
export function numberOf(word: string): number | undefined {
  if (/^\d/.test(word)) return Number(word.replace(/,/g, ''));
  const i = NUMBER_WORDS.indexOf(word.toLowerCase());
  return i === -1 ? undefined : i;
}

export const NUMBER_WORD = `(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|${NUMBER_WORDS.join('|')})`;

const FIGURE = /(?<![\w.,/-])(\u00a3)?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(%|\s?per\s?cent\b)?(?![\d/:-])/g;
const CODE_BEFORE = /\b([A-Z]{2,5})\b'?s?\s*(?:(?:target|figure)\s+)?(?:\(|:|=|\bis\b|\bat\b|\bon\b|\bwith\b|\bof\b)?\s*$/;
const CODE_AFTER = /^\s*(?:days?\s+|a quarter\s+|a year\s+)?(?:at|for|in|by)\s+([A-Z]{2,5})\b/;
const EVERY = /^[^\d.;()]{0,30}?\b(?:each|every|all(?: \w+)?|per)\s+(?:councils?|authorit(?:y|ies))\b/i;
const MONTH = /^\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;

const TARGET_WORDS = /\b(?:to|targets?|within|at most|at least|no more than|no less than|below|under)\b/gi;
const OTHER_WORDS: ReadonlyArray<[RegExp, FigureRole]> = [
  [/\b(?:from|since|currently|at present|baseline|starting point)\b/gi, 'start'],
  [/\b(?:last year'?s?|a year ago|the year before|previous year'?s?)\b/gi, 'last'],
  [/\b(?:next year'?s?|rising to|falling to|the year after|following year'?s?)\b/gi, 'next'],
  [/\b(?:over the year|for the year|the year as a whole|year to date|the year'?s average|annual average)\b/gi, 'year'],
];

/** Words just after a figure that say what it is: "LYD 19% last year", "falling to 6 next year". */
const AFTER_WORDS: ReadonlyArray<[RegExp, FigureRole]> = [
  [/^[^,;.()\d]{0,20}?\b(?:last year|a year ago|the year before)\b/i, 'last'],
  [/^[^,;.()\d]{0,20}?\b(?:next year|the year after)\b/i, 'next'],
  [/^[^,;.()\d]{0,20}?\b(?:now|at present|today|currently)\b/i, 'start'],
  [/^[^,;.()\d]{0,20}?\b(?:over the year|for the year|in the year to date|year to date|so far this year)\b/i, 'year'],
];
/** What stands between two figures of one run: "CWD 18%, RHB 21% and LYD 19% last year". */
const RUN = /^[\s,]*(?:and\s+)?(?:[A-Z]{2,5}'?s?\s*)?$/;

/** Where the last match of `re` in `text` ends; -1 when none. */
function lastEnd(re: RegExp, text: string): number {
  return Math.max(-1, ...[...text.matchAll(re)].map((m) => m.index + m[0].length));
}

/** What a figure is, from the words of its sentence before it. */
function roleOf(before: string): FigureRole {
  // Words in a bracket closed before the figure are the bracket's ("LVCC 22% (up from 19% a year ago), ORDC 28%").
  const sentence = before
    .split(/[.;](?:\s|$)/)
    .pop()!
    .replace(/\([^()]*\)/g, ' ');
  const target = lastEnd(TARGET_WORDS, sentence);
  const other = OTHER_WORDS.map(([re, role]) => ({ role, end: lastEnd(re, sentence) })).sort((a, b) => b.end - a.end)[0]!;
  return other.end >= 0 && other.end >= target ? other.role : 'target';
}

/** Whether a figure fits a measure's unit: percent with "%" (or "per cent"), money with a pound sign, others with neither. */
function fitsUnit(unit: unknown, m: RegExpMatchArray, after: string): boolean {
  if (unit === 'percent') return m[3] !== undefined;
  if (unit === 'money') return m[1] !== undefined;
  if (m[1] !== undefined || m[3] !== undefined) return false;
  // A year ("by March 2047") or a day of a month ("12 June") is not a figure of the measure.
  return !/^(?:19|20)\d\d$/.test(m[2]!) && !MONTH.test(after);
}

/** The figures of `text` that fit `unit`, each with its council and what it is. */
export function textFigures(text: string, unit: unknown, codes: ReadonlySet<string>): TextFigure[] {
  const out: TextFigure[] = [];
  const ends: number[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + m[0].length);
    if (!fitsUnit(unit, m, after)) continue;
    const pre = [CODE_BEFORE.exec(before)].find((c) => c && codes.has(c[1]!));
    const post = pre ? undefined : [CODE_AFTER.exec(after)].find((c) => c && codes.has(c[1]!));
    const code = pre?.[1] ?? post?.[1];
    const all = code === undefined && EVERY.test(after);
    const said = pre ? `${pre[0].trimStart()}${m[0]}` : `${m[0]}${post?.[0] ?? ''}`;
    out.push({
      value: Number(m[2]!.replace(/,/g, '')),
      code,
      all,
      role: roleOf(before),
      said,
      index: pre ? before.length - pre[0].length : m.index,
    });
    ends.push(m.index + m[0].length);
  }
  trailingRoles(text, out, ends);
  return out;
}

/** The role words after a figure give it, and the figures of its run before it. */
function trailingRoles(text: string, figures: TextFigure[], ends: readonly number[]): void {
  figures.forEach((f, i) => {
    const role = AFTER_WORDS.find(([re]) => re.test(text.slice(ends[i])))?.[1];
    if (!role) return;
    f.role = role;
    for (let j = i - 1; j >= 0 && RUN.test(text.slice(ends[j], figures[j + 1]!.index)); j--) figures[j]!.role = role;
  });
}

/** The one value the figures of a role give `code` (its own, else the one for every council); undefined when none or two. */
export function figureFor(figures: readonly TextFigure[], code: string, role: 'target' | 'other'): TextFigure | undefined {
  const ofRole = figures.filter((f) => (role === 'target' ? f.role === 'target' : f.role !== 'target'));
  const own = ofRole.filter((f) => f.code === code);
  const pick = own.length > 0 ? own : ofRole.filter((f) => f.all);
  return new Set(pick.map((f) => f.value)).size === 1 ? pick[0] : undefined;
}
