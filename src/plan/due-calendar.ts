import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict } from '../input/check-yaml.js';
import { say } from '../messages/index.js';
import { MONTHS } from '../shared/words.js';
import { firstMonthOf } from './note-amounts.js';
import { QUARTERS, type Quarter } from './quarters.js';
import { at, eachAction, problem, type Rule } from './rule-context.js';
import { readDue } from './schedule.js';

/**
 * "due: Q3" for an action whose text says "by the end of September 2060": Q3 of the calendar year
 * (July to September), where the plan's Q3 is October to December in a year that starts in April.
 * The report then gives the action three months longer than its own words before it is overdue.
 * Read only when the month the text sets falls in the calendar's quarter of the number written and
 * in another of the plan's; a plan whose year starts in January has the calendar's quarters.
 */

/** "by the end of September 2060", "by June": not "by June Okafor", a name. */
const BY_MONTH = new RegExp(String.raw`\bby\s+(?:the\s+end\s+of\s+)?(${MONTHS.join('|')})(?:\s+(\d{4}))?\b(?!\s+[A-Z][a-z])`, 'g');

/** The plan's quarter a month (0-11) falls in, the year starting in `firstMonth` (1-12). */
const planQuarter = (month: number, firstMonth: number): Quarter =>
  QUARTERS[Math.floor(((((month - (firstMonth - 1)) % 12) + 12) % 12) / 3)]!;

/** The last day of a month (0-11) of a year, as YYYY-MM-DD. */
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month + 1, 0)).toISOString().slice(0, 10);

export const dueAsCalendarQuarter: Rule = (ctx) => {
  const firstMonth = firstMonthOf(ctx);
  if (firstMonth === 1) return [];
  return eachAction(ctx).flatMap((ref): Diagnostic[] => {
    const [due, text] = [ref.action.due, ref.action.action];
    if (typeof due !== 'string' || typeof text !== 'string') return [];
    const read = readDue(due);
    // Two months ("a draft by September, adopted by December"): a milestone and the deadline, read neither.
    const all = [...text.replace(/\s+/g, ' ').matchAll(BY_MONTH)];
    const by = all.length === 1 ? all[0] : undefined;
    if (!by || !('value' in read) || read.value.kind !== 'quarter') return [];
    const month = monthOf(by[1]!);
    const written = read.value.quarter;
    const meant = planQuarter(month, firstMonth);
    if (QUARTERS[Math.floor(month / 3)] !== written || meant === written) return [];
    const wording = say.dueCalendarQuarter({
      written,
      said: by[0],
      meant,
      date: by[2] === undefined ? undefined : lastDay(Number(by[2]), month),
      months: `${MONTHS[(firstMonth - 1 + 3 * QUARTERS.indexOf(written)) % 12]} to ${MONTHS[(firstMonth + 1 + 3 * QUARTERS.indexOf(written)) % 12]}`,
    });
    return [problem(ref.f, at(ref.f, [...ref.path, 'due']), 'warning', 'due-calendar-quarter', wording)];
  });
};

/** "5 February 2064", "5th February 2064" in a text: its dates, with the day, the month's name and the year. */
/** "5 February", "5th February": a day and a month's name. */
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTHS.join('|')})`;
export const TEXT_DATE = new RegExp(String.raw`\b${DAY}\s+(\d{4})\b`, 'g');
/** A month's name as a number, 0 for January. */
export const monthOf = (name: string) => (MONTHS as readonly string[]).indexOf(name);
const pad = (n: number) => String(n).padStart(2, '0');
/** A day, a month's name and a year as YYYY-MM-DD. */
const iso = (day: string, month: string, year: string) => `${year}-${pad(monthOf(month) + 1)}-${pad(Number(day))}`;

/**
 * "due: 2064-05-02" for an action "on 5 February 2064": the date read off a US-style invite (2/5/2064),
 * month and day the wrong way round. Said when the due date is, month and day exchanged, the one date
 * the action's text names, and falls outside the plan's year while the text's date falls inside it.
 */
export const dueAsTextDate: Rule = (ctx) =>
  eachAction(ctx).flatMap((ref): Diagnostic[] => {
    const [due, text] = [ref.action.due, ref.action.action];
    if (typeof due !== 'string' || typeof text !== 'string') return [];
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(due.trim());
    const dates = [...text.replace(/\s+/g, ' ').matchAll(TEXT_DATE)];
    if (!m || dates.length !== 1) return [];
    const d = dates[0]!;
    const [day, month] = [Number(d[1]), monthOf(d[2]!) + 1];
    const said = iso(d[1]!, d[2]!, d[3]!);
    if (said === due.trim() || m[1] !== d[3] || Number(m[2]) !== day || Number(m[3]) !== month) return [];
    // A text may name other dates (a meeting, a start): only a due date outside the plan's year, the text's inside, is said.
    const starts = String(asDict(asDict(ctx.planFile?.data)?.financialYear)?.starts ?? '');
    const end = /^\d{4}-\d{2}-\d{2}$/.test(starts) ? `${Number(starts.slice(0, 4)) + 1}${starts.slice(4)}` : undefined;
    const inYear = (date: string) => end !== undefined && date >= starts && date < end;
    if (!inYear(said) || inYear(due.trim())) return [];
    const wording = say.dueDayMonthSwapped({ due: due.trim(), said: d[0], meant: said });
    return [problem(ref.f, at(ref.f, [...ref.path, 'due']), 'warning', 'due-day-month-swapped', wording)];
  });

/** "from 1 October 2063 to 31 January 2064", "between 1 October and 31 January 2064", "1 October 2063 \u2013 31 January 2064". */
const RANGE = new RegExp(
  String.raw`\b(?:from\s+|between\s+)?${DAY}(?:\s+(\d{4}))?\s*(?:to|until|till|and|-|\u2013|\u2014)\s*${DAY}\s+(\d{4})\b`,
  'g',
);

/** An action whose aim is to start something: "Start …", "Launch …", "Open …", "Introduce …". */
const STARTING = /^\s*(?:start|launch|open|begin|commence|introduce|go live|roll out|kick off|set up)\b/i;

/** Whether any update of the action marks it ended. */
const hasEnded = (action: Record<string, unknown>) =>
  Object.values(asDict(action.updates) ?? {}).some((u) => asDict(u)?.ended !== undefined);

/** "due: 2063-10-01" for an action run "from 1 October 2063 to 31 January 2064": the start written for the end. */
export const dueAsRangeStart: Rule = (ctx) =>
  eachAction(ctx).flatMap((ref): Diagnostic[] => {
    const [due, text] = [ref.action.due, ref.action.action];
    // An action to start something ("Launch the portal from 1 October …") is due when it starts; an ended one is overdue no more.
    if (typeof due !== 'string' || typeof text !== 'string' || STARTING.test(text) || hasEnded(ref.action)) return [];
    for (const r of text.replace(/\s+/g, ' ').matchAll(RANGE)) {
      const end = iso(r[4]!, r[5]!, r[6]!);
      // A start with no year of its own is in the end's year, or the year before when its month is later.
      const year = r[3] ?? String(Number(r[6]) - (monthOf(r[2]!) > monthOf(r[5]!) ? 1 : 0));
      const start = iso(r[1]!, r[2]!, year);
      if (start !== due.trim() || start >= end) continue;
      const wording = say.dueAsRangeStart({ due: start, said: r[0].trim(), end });
      return [problem(ref.f, at(ref.f, [...ref.path, 'due']), 'warning', 'due-range-start', wording)];
    }
    return [];
  });
