import { say } from '../messages/index.js';
import { MONTHS } from '../shared/words.js';
import { keysBeside } from './cell-slips.js';
import { lettersForDigits } from './letter-digits.js';
import { COUNCIL_CODE_KEY, keyAndValue, type LineInfo } from './slip-lines.js';
import { CODE_KEYS, type Slip, type SlipContext } from './slips.js';

/**
 * Figures and quarters typed in a form of their own, found in the line before parsing: letters for the
 * digits they look like in a figure, a date or a quarter ("3O", "2O41/42 Q4"), and a quarter written
 * in another order or shape ("Q4 2041/42", "Quarter 4 2041/42", "Q4 41/42"). Each has the value it
 * must become; --fix writes it when there is one reading. (Money is read in money.ts, which says the
 * letters in an amount in the same words.)
 */

export function findTypedFormSlip(line: LineInfo, context: SlipContext, parent: string | undefined): Slip | undefined {
  return (
    lettersInValue(line, context, parent) ??
    quarterWithWords(line, context) ??
    yearAlone(line, context) ??
    quarterForm(line, context) ??
    calendarQuarter(line, context) ??
    financePeriod(line, context) ??
    monthAlone(line, context) ??
    monthBeforeDay(line)
  );
}

/** Whether the value of `key` is a figure, a date, a quarter or a list of figures: what letters cannot be. */
function holdsFigures(key: string, value: string, context: SlipContext): boolean {
  if (context.dateKeys?.has(key) === true || context.numberLists?.has(key) === true) return true;
  if (context.textKeys?.has(key) === true) return false;
  return COUNCIL_CODE_KEY.test(key) || key === 'value' || value.startsWith('{');
}

/** "WBC: 3O", "due: 2O41/42 Q4", "{ HMC: 3O, KVD: 31 }": letters typed for digits where figures stand. */
function lettersInValue(line: LineInfo, context: SlipContext, parent: string | undefined): Slip | undefined {
  const kv = keyAndValue(line, true);
  // A council's amount on its own line is money, read (and said) by money.ts.
  if (!kv || (parent !== undefined && context.moneyBlocks?.has(parent) && COUNCIL_CODE_KEY.test(kv.key))) return undefined;
  if (!holdsFigures(kv.key, kv.value, context)) return undefined;
  // A part of text per council ("notes:", "councils:") holds words, which --fix never touches.
  const words = parent !== undefined && !context.moneyBlocks?.has(parent) && context.children.get(parent)?.has(CODE_KEYS) === true;
  if (words && !kv.value.startsWith('{')) return undefined;
  const read = lettersForDigits(kv.value);
  if (!read) return undefined;
  const braces = kv.value.startsWith('{');
  // In braces, the figure's own key: "BRC" of "{ HMC: 5, BRC: 1O }".
  const own = /([A-Za-z][\w-]*)[ \t]*:[ \t]*$/.exec(kv.value.slice(0, read.index))?.[1];
  const { fixed, ...wording } = say.lettersForDigits({
    key: braces ? own : kv.key,
    written: braces ? read.written : kv.value,
    value: braces ? read.figure : read.text,
    letters: read.letters,
    certain: read.certain,
  });
  return {
    offset: kv.at + read.index,
    code: 'letters-for-digits',
    ...wording,
    ...(read.certain ? { fixed } : {}),
    edits: read.at.map((k) => ({ at: kv.at + k, remove: 1, insert: read.text[k]! })),
  };
}

/** "Q4", "Qtr 4", "Quarter 4", "4th quarter": a quarter, and its number. */
const QUARTER = /\b(?:q|qtr\.?|quarter)[ \t]*([1-4])\b|\b([1-4])(?:st|nd|rd|th)?[ \t]+quarter\b/i;
/** "2041/42", "2041-42", "2041/2042", "41/42", "FY2041/42": a financial year. */
const YEAR = /\b(?:fy[ \t]*)?((?:\d{2})?\d{2})[ \t]*[/\-\u2010-\u2015\u2212][ \t]*(\d{2}(?:\d{2})?)\b/i;

/** The plan's form of a financial year, "2041/42", from its two years as written; undefined if they are not one year apart. */
function yearForm(first: string, second: string): string | undefined {
  const a = first.length === 2 ? 2000 + Number(first) : Number(first);
  const b = second.length === 2 ? Math.floor(a / 100) * 100 + Number(second) : Number(second);
  if (b !== a + 1 && !(second.length === 2 && b + 100 === a + 1)) return undefined;
  return `${a}/${String((a + 1) % 100).padStart(2, '0')}`;
}

/**
 * "due: Q4 2041/42", "due: 2041-42 Q4", "due: Quarter 4 2041/42", "due: Q4 41/42": a quarter in another
 * order or shape than the plan's, "2041/42 Q4" (year first) or "Q4" (this year). The year and the
 * quarter are both there, so there is one reading. A form plan reads the same is a warning.
 */
function quarterForm(line: LineInfo, context: SlipContext): Slip | undefined {
  const kv = keyAndValue(line, true);
  if (!kv || !context.dateKeys?.has(kv.key) || context.firstDayKeys?.has(kv.key)) return undefined;
  const quoted = /^(["'])(.*)\1$/.exec(kv.value);
  const written = quoted ? quoted[2]! : kv.value;
  const q = QUARTER.exec(written);
  // A dash that looks like a hyphen is said first, by word-slips.ts, with the year written "/".
  if (!q || /[\u2010-\u2015\u2212\ufe63\uff0d]/.test(written)) return undefined;
  const y = YEAR.exec(written);
  const rest = written.replace(q[0], ' ').replace(y?.[0] ?? '', ' ');
  // Nothing else but "of", a comma or "FY": the value is the quarter and its year, nothing more.
  if (!/^[ \t,]*(?:(?:of|in|fy)[ \t,]*)?$/i.test(rest)) return undefined;
  const year = y ? yearForm(y[1]!, y[2]!) : undefined;
  if (y && !year) return undefined;
  const form = `${year === undefined ? '' : `${year} `}Q${q[1] ?? q[2]}`;
  if (written === form || (!y && /^q[1-4]$/.test(written))) return undefined;
  const same = /^(?:(\d{4})[/-](\d{2}|\d{4})\s+)?Q[1-4](?:\s+(\d{4})[/-](\d{2}|\d{4}))?$/i.test(written);
  return {
    offset: kv.at,
    code: 'quarter-form',
    ...say.quarterForm({ key: kv.key, written, form, same }),
    edits: [{ at: kv.at, remove: kv.value.length, insert: form }],
    ...(same ? { severity: 'warning' as const } : {}),
  };
}

/** "2052 Q1", "Q1 2052", "Qtr 1 2052": a quarter of a calendar year, as a finance system's reports count them. */
const CALENDAR_QUARTER = /^(?:(\d{4})[ \t]+(?:q|qtr\.?|quarter)[ \t]*([1-4])|(?:q|qtr\.?|quarter)[ \t]*([1-4])[ \t]+(\d{4}))$/i;

/**
 * "due: 2052 Q1": a quarter counted by the calendar year, January to March 2052, which is a quarter of
 * the plan's year 2051/52 (Q4 when the year starts in April). Read as the plan's Q1 it would be a year
 * later, so the hint names both readings and --fix writes neither.
 */
function calendarQuarter(line: LineInfo, context: SlipContext): Slip | undefined {
  const kv = keyAndValue(line, true);
  if (!kv || !context.dateKeys?.has(kv.key) || context.firstDayKeys?.has(kv.key)) return undefined;
  const m = CALENDAR_QUARTER.exec(kv.value.replace(/^(["'])(.*)\1$/, '$2'));
  const start = context.yearStartMonth ?? 3;
  // A year that starts mid-way through a calendar quarter has no one quarter for it.
  if (!m || start % 3 !== 0) return undefined;
  const year = Number(m[1] ?? m[4]);
  const number = Number(m[2] ?? m[3]);
  const lastMonth = number * 3 - 1;
  const first = lastMonth >= start ? year : year - 1;
  const quarter = Math.floor(((lastMonth - start + 12) % 12) / 3) + 1;
  const yearOf = (y: number) => `${y}/${String((y + 1) % 100).padStart(2, '0')}`;
  const form = `${yearOf(first)} Q${quarter}`;
  return {
    offset: kv.at,
    code: 'calendar-quarter',
    ...say.calendarQuarter({
      key: kv.key,
      written: kv.value,
      from: MONTHS[lastMonth - 2]!,
      to: MONTHS[lastMonth]!,
      year,
      form,
      other: `${yearOf(year)} Q${number}`,
    }),
    edits: [{ at: kv.at, remove: kv.value.length, insert: form }],
  };
}

/** "P12", "Period 9", "M6 2052/53": a month of the finance year by its number, as a finance system counts them. */
const FINANCE_PERIOD = /^(?:p|per\.?|period|m|month)[ \t]*(\d{1,2})(?:[ \t]+(\d{4}\/\d{2}))?$/i;

/**
 * "due: P12": a finance period, month 12 of the plan's year, where the plan writes a quarter. Periods
 * count from the first month of the year (a thirteenth is the year-end's own), so the quarter that
 * holds it is the one reading, which --fix writes.
 */
function financePeriod(line: LineInfo, context: SlipContext): Slip | undefined {
  const kv = keyAndValue(line, true);
  if (!kv || !context.dateKeys?.has(kv.key) || context.firstDayKeys?.has(kv.key)) return undefined;
  const m = FINANCE_PERIOD.exec(kv.value.replace(/^(["'])(.*)\1$/, '$2'));
  const period = Number(m?.[1]);
  if (!m || period < 1 || period > 13) return undefined;
  const quarter = `Q${Math.ceil(Math.min(period, 12) / 3)}`;
  const form = m[2] ? `${m[2]} ${quarter}` : quarter;
  const month = MONTHS[((context.yearStartMonth ?? 3) + Math.min(period, 12) - 1) % 12]!;
  return {
    offset: kv.at,
    code: 'finance-period',
    ...say.financePeriod({ key: kv.key, written: kv.value, period, month, form }),
    edits: [{ at: kv.at, remove: kv.value.length, insert: form }],
  };
}

/** "Q4 (by 31 March 2041)", "2041/42 Q4 - end of March": a quarter, then words in brackets or after a dash. */
const QUARTER_THEN_WORDS =
  /^((?:\d{4}\/\d{2}[ \t]+)?(?:q|qtr\.?|quarter)[ \t]*[1-4]\b(?:[ \t]+\d{4}\/\d{2})?)[ \t]*(?:\(([^()]*)\)|[-\u2013\u2014:,;][ \t]*(\S.*))$/i;

/**
 * "due: Q4 (by 31 March 2050)": the due quarter with the report's words for it ("Due: Q4 (by 31 March
 * 2050)"), copied back. The words only restate the quarter (they name no other quarter, and a month
 * they name is the quarter's last), so the quarter alone is the one reading, which --fix writes.
 */
function quarterWithWords(line: LineInfo, context: SlipContext): Slip | undefined {
  const kv = keyAndValue(line, true);
  if (!kv || !context.dateKeys?.has(kv.key) || context.firstDayKeys?.has(kv.key)) return undefined;
  const quoted = /^(["'])(.*)\1$/.exec(kv.value);
  const written = quoted ? quoted[2]! : kv.value;
  const m = QUARTER_THEN_WORDS.exec(written);
  if (!m) return undefined;
  const words = (m[2] ?? m[3]!).trim();
  const q = QUARTER.exec(m[1]!)!;
  const number = Number(q[1] ?? q[2]);
  if (QUARTER.test(words)) return undefined;
  const month = /[A-Za-z]{3,9}/g;
  const last = ((context.yearStartMonth ?? 3) + number * 3 - 1) % 12;
  for (const w of words.match(month) ?? []) {
    const n = monthNumber(w);
    if (n > 0 && n - 1 !== last) return undefined;
  }
  const y = YEAR.exec(m[1]!);
  const year = y ? yearForm(y[1]!, y[2]!) : undefined;
  if (y && !year) return undefined;
  const form = `${year === undefined ? '' : `${year} `}Q${number}`;
  return {
    offset: kv.at,
    code: 'quarter-with-words',
    ...say.quarterWithWords({ key: kv.key, words: m[2] === undefined ? words : `(${words})`, form }),
    edits: [{ at: kv.at, remove: kv.value.length, insert: form }],
  };
}

/**
 * "due: 2049/50": a financial year alone where a date or a quarter belongs; the officer meant by the
 * year's end. That is its Q4, written with the year so the same day whatever the plan's year. Said,
 * not mended: "during the year" is another reading.
 */
function yearAlone(line: LineInfo, context: SlipContext): Slip | undefined {
  const kv = keyAndValue(line, true);
  if (!kv || !context.dateKeys?.has(kv.key) || context.firstDayKeys?.has(kv.key)) return undefined;
  const m = /^(["']?)(?:fy[ \t]*)?(\d{4})[ \t]*[/-][ \t]*(\d{2}|\d{4})\1$/i.exec(kv.value);
  const year = m ? yearForm(m[2]!, m[3]!) : undefined;
  if (!m || !year) return undefined;
  const end = MONTHS[((context.yearStartMonth ?? 3) + 11) % 12]!;
  const { fixed: _unsure, ...wording } = say.dueYearAlone({ key: kv.key, written: kv.value, year, end });
  // The edit is the first reading, shown by the hint; without "fixed", --fix leaves it to the officer.
  return { offset: kv.at, code: 'due-year-alone', ...wording, edits: [{ at: kv.at, remove: kv.value.length, insert: `${year} Q4` }] };
}

/** A month's name or its usual short form, with its number: "Mar" and "March" are 3. */
function monthNumber(word: string): number {
  const short = word.toLowerCase().replace(/\.$/, '');
  const n = MONTHS.findIndex((m) => m.toLowerCase() === short || (short.length >= 3 && m.toLowerCase().startsWith(short)));
  return short === 'sept' ? 9 : n + 1;
}

/**
 * "due: March 2042", "due: end of Mar 2042": a month and a year where a key holds a date. By the end
 * of the month is the one reading (the plan reads a due month so), written YYYY-MM-DD.
 */
function monthAlone(line: LineInfo, context: SlipContext): Slip | undefined {
  const kv = keyAndValue(line, true);
  if (!kv || !context.dateKeys?.has(kv.key) || context.firstDayKeys?.has(kv.key)) return undefined;
  const m = /^(?:by[ \t]+|(?:the[ \t]+)?end[ \t]+(?:of[ \t]+)?)?([A-Za-z]{3,9}\.?),?[ \t]+(\d{4})$/i.exec(kv.value);
  const month = m ? monthNumber(m[1]!) : 0;
  if (!m || month === 0) return undefined;
  const year = Number(m[2]);
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return {
    offset: kv.at,
    code: 'month-for-date',
    ...say.monthForDue({ key: kv.key, written: kv.value, iso, said: `${day} ${MONTHS[month - 1]!} ${year}` }),
    edits: [{ at: kv.at, remove: kv.value.length, insert: iso }],
  };
}

/**
 * "due: 2042-31-03": a date year first with its day before its month, as the US order of a form gives
 * it. Read the other way no date is real, so the one reading is written, YYYY-MM-DD.
 */
function monthBeforeDay(line: LineInfo): Slip | undefined {
  const kv = keyAndValue(line, true);
  const m = kv && kv.key === 'due' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(kv.value) : null;
  if (!kv || !m || Number(m[2]) <= 12) return undefined;
  const iso = `${m[1]}-${m[3]}-${m[2]}`;
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) return undefined;
  return {
    offset: kv.at,
    code: 'month-before-day',
    ...say.dueMonthBeforeDay({ written: kv.value, iso }),
    edits: [{ at: kv.at, remove: kv.value.length, insert: iso }],
  };
}

/** "Oct-Dec", "October to December", "Oct\u2013Dec 2046", "October": a tracker's column heading of months. */
const MONTH_RANGE =
  /^([A-Za-z]{3,9}\.?)(?:[ \t]*(?:-|\u2010|\u2011|\u2012|\u2013|\u2014|to|\/)[ \t]*([A-Za-z]{3,9}\.?))?(?:[ \t]+\d{4}(?:\/\d{2})?)?$/i;

/**
 * "Oct-Dec:" for an update's quarter key: the months of a quarter as a tracker heads its columns. In
 * the plan's own year (from plan.yaml's "starts:") they are one quarter, which --fix writes; when
 * plan.yaml could not be read, a year from April is taken and the key is only said.
 */
export function monthsForQuarter(
  lines: readonly LineInfo[],
  i: number,
  context: SlipContext,
  parent: string | undefined,
): Slip | undefined {
  const line = lines[i]!;
  const rest = line.text.slice(line.indent);
  // Greedy, then trimmed: a lazy match before spaces tries every split of a long run of them.
  const m = /^([^:#"'][^:#]*):[ \t]*(?:#.*)?$/.exec(rest);
  if (!m || parent === undefined || context.children.get(parent)?.has('Q1') !== true) return undefined;
  m[1] = m[1]!.trimEnd();
  const months = MONTH_RANGE.exec(m[1]!);
  const first = months ? monthNumber(months[1]!) - 1 : -1;
  const last = months?.[2] === undefined ? first : monthNumber(months[2]) - 1;
  if (first < 0 || last < 0) return undefined;
  const start = context.yearStartMonth ?? 3;
  const offset = (month: number) => (month - start + 12) % 12;
  const quarter = Math.floor(offset(first) / 3);
  // A range is the quarter's own months, first to last; a month alone is in one quarter.
  if (Math.floor(offset(last) / 3) !== quarter || offset(last) < offset(first)) return undefined;
  const key = `Q${quarter + 1}`;
  // The action has that quarter already: the months are not its key (two updates would be one).
  if (keysBeside(lines, i).has(key)) return undefined;
  const from = MONTHS[(start + quarter * 3) % 12]!;
  const to = MONTHS[(start + quarter * 3 + 2) % 12]!;
  const { fixed, ...wording } = say.monthsForQuarter({ written: m[1]!, key, from, to, known: context.yearStartMonth !== undefined });
  return {
    offset: line.start + line.indent,
    code: 'months-for-quarter',
    ...wording,
    ...(context.yearStartMonth === undefined ? {} : { fixed }),
    edits: [{ at: line.start + line.indent, remove: m[1]!.length, insert: key }],
  };
}
