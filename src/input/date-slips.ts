import { say } from '../messages/index.js';
import { MONTHS as MONTH_NAMES } from '../shared/words.js';
import type { LineInfo } from './slip-lines.js';
import type { Slip, SlipContext } from './slips.js';

/**
 * Dates written in figures another way than plan's YYYY-MM-DD, found in the line before parsing: day
 * first as the UK writes them ("31/03/2019"), each with the one date it must become where there is one.
 */

/** The value of a date key on its line, without quotes or a note after it, and where it starts. */
export function dateValue(line: LineInfo, context: SlipContext): { key: string; value: string; written: string; at: number } | undefined {
  const rest = line.text.slice(line.indent);
  const m = /^((?:- +)*)([A-Za-z][\w-]*)[ \t]*:[ \t]/.exec(rest);
  if (!m || !context.dateKeys?.has(m[2]!)) return undefined;
  let value = rest.slice(m[0].length);
  const note = value.search(/[ \t]#/);
  if (note >= 0) value = value.slice(0, note);
  value = value.trim();
  const quoted = value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.endsWith(value[0]);
  const colon = rest.indexOf(':', m[1]!.length + m[2]!.length) + 1;
  const at = line.start + line.indent + colon + rest.slice(colon).search(/\S/);
  return { key: m[2]!, value, written: quoted ? value.slice(1, -1) : value, at };
}

/** YYYY-MM-DD of a day, if it is one; with the day and month as words ("1 April 2018"). */
function isoOf(y: number, month: number, d: number): { iso: string; said: string } | undefined {
  const date = new Date(Date.UTC(y, month - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== d) return undefined;
  return { iso: date.toISOString().slice(0, 10), said: `${d} ${MONTH_NAMES[month - 1]}` };
}

/**
 * "01/04/2018", "31.03.2019", "31-03-19": a date in figures, day first as the UK writes it, where a
 * key holds a date YYYY-MM-DD. Read day first; when the other order gives no date ("31/03"), or not
 * the first of a month where the key needs one ("starts:"), there is one right reading and --fix
 * writes it; else the hint says the order assumed and the other reading.
 */
export function numericDate(line: LineInfo, context: SlipContext): Slip | undefined {
  const found = dateValue(line, context);
  // An Outlook calendar's "Fri 26/02/2055": the day of the week, which settles the order where it agrees.
  const m = found && /^(?:(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?[ \t]+)?(\d{1,2})([/.-])(\d{1,2})\3(\d{2}|\d{4})$/i.exec(found.written);
  if (!found || !m) return undefined;
  const [a, b] = [Number(m[2]), Number(m[4])];
  const y = m[5]!.length === 2 ? 2000 + Number(m[5]) : Number(m[5]);
  const first = context.firstDayKeys?.has(found.key) === true;
  const weekday = m[1]?.toLowerCase();
  const onDay = (month: number, d: number) =>
    weekday === undefined || ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'][new Date(Date.UTC(y, month - 1, d)).getUTCDay()] === weekday;
  const fits = (month: number, d: number) => ((first && d !== 1) || !onDay(month, d) ? undefined : isoOf(y, month, d));
  const dayFirst = fits(b, a);
  const monthFirst = fits(a, b);
  const reading = dayFirst ?? monthFirst;
  if (!reading) return undefined;
  const other = dayFirst && monthFirst && monthFirst.iso !== dayFirst.iso ? monthFirst : undefined;
  const { fixed, ...wording } = say.dateInFigures({
    key: found.key,
    written: found.written,
    pair: `${m[2]}${m[3]}${m[4]}`,
    iso: reading.iso,
    said: reading.said,
    dayFirst: dayFirst !== undefined,
    ...(other ? { other: other.iso, otherSaid: other.said } : {}),
  });
  return {
    offset: found.at,
    code: 'date-in-figures',
    ...wording,
    ...(other === undefined && fixed !== undefined ? { fixed } : {}),
    edits: [{ at: found.at, remove: found.value.length, insert: reading.iso }],
  };
}

/**
 * "due: 2053-9-30": a date year first, its month or day in one figure (as a spreadsheet shows it, or
 * typed by hand). It has one reading, which --fix writes with two figures each.
 */
export function unpaddedDate(line: LineInfo, context: SlipContext): Slip | undefined {
  const found = dateValue(line, context);
  const m = found && /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(found.written);
  if (!found || !m || (m[2]!.length === 2 && m[3]!.length === 2)) return undefined;
  const reading = isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
  if (!reading) return undefined;
  return {
    offset: found.at,
    code: 'date-unpadded',
    ...say.dateUnpadded({ key: found.key, written: found.written, iso: reading.iso }),
    edits: [{ at: found.at, remove: found.value.length, insert: reading.iso }],
  };
}

/**
 * "due: 2054-02-29", "due: 2053-09-31": written as plan writes dates, but no day of the calendar (a
 * leap day in another year, a 31st of a 30-day month). The day meant is the officer's: the hint names
 * the last day of that month, and --fix writes nothing.
 */
export function dayNotInMonth(line: LineInfo, context: SlipContext): Slip | undefined {
  const found = dateValue(line, context);
  const m = found && /^(\d{4})-(\d{2})-(\d{2})$/.exec(found.written);
  if (!found || !m) return undefined;
  const [y, month, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || d < 1 || isoOf(y, month, d)) return undefined;
  const days = new Date(Date.UTC(y, month, 0)).getUTCDate();
  const last = isoOf(y, month, days)!;
  return {
    offset: found.at,
    code: 'day-not-in-month',
    ...say.dayNotInMonth({ key: found.key, written: found.written, month: MONTH_NAMES[month - 1]!, year: y, days, last: last.iso }),
    edits: [{ at: found.at, remove: found.value.length, insert: last.iso }],
  };
}
