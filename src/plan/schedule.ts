import * as z from 'zod';
import { asPercents } from '../input/figure-slips.js';
import { excelError } from '../input/money.js';
import { worded } from '../input/zod-issues.js';
import { say, type Wording } from '../messages/index.js';
import { financialYearLabel, QUARTERS, type Quarter, quarterEnd } from './quarters.js';

/**
 * Who leads an action and when it is due (`lead:`, `due:`), and a money target's savings profile
 * (`profile:`, or `savingsProfile:` in plan.yaml for every target): their schemas, with the plain
 * words for the slips officers make, and the pure reading of what was written. Computations on them
 * are in compute/schedule.ts and compute/profile.ts.
 */

/** What an editor says when a value is wrong (see EDITOR_WORDS in schema.ts). */
export const SCHEDULE_EDITOR_WORDS = {
  lead: 'write the lead officer as one line of text, a name or a role, e.g. lead: Head of Procurement',
  due: 'write the due date as YYYY-MM-DD, e.g. 2014-03-31, or a quarter, e.g. Q3 or "2014/15 Q1"',
  profile:
    'write the share of the annual target expected in each quarter, in percent, four numbers adding up to 100, e.g. [10, 20, 30, 40]',
} as const;

/** A due date or quarter as written, with the last day it may be done by. */
export interface Due {
  /** As written: "2014-01-31", "Q3", "2014/15 Q1". */
  written: string;
  kind: 'date' | 'quarter';
  /** The last day it may be done by, YYYY-MM-DD: the date itself, or the last day of the quarter. */
  by: string;
}

/**
 * A savings profile: each quarter's share of the annual target, in hundredths of a percent (2500 is
 * 25%), four of them adding up to 10000. Where it comes from: the target's own `profile:`, the plan's
 * `savingsProfile:`, or neither (a straight line, 25% a quarter).
 */
export interface SavingsProfile {
  shares: readonly [number, number, number, number];
  source: 'target' | 'plan' | 'straight';
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Day first, with any separator, Word's dashes and non-breaking hyphens among them: the date to write says it in full. */
const UK_DATE = /^(\d{1,2})[/.\-\u2010-\u2015\u2212\ufe63\uff0d](\d{1,2})[/.\-\u2010-\u2015\u2212\ufe63\uff0d](\d{2}|\d{4})$/;
/** "Q3", "q3", "2014/15 Q1", "Q1 2014/15", "Q1 2014-15". */
const QUARTER_DUE = /^(?:(\d{4})[/-](\d{2}|\d{4})\s+)?Q(\d+)(?:\s+(\d{4})[/-](\d{2}|\d{4}))?$/i;

const pad = (n: number) => String(n).padStart(2, '0');

function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

type Read<T> = { value: T } | Wording;

/** A date written day first, as the UK writes it: 31/12/2013 → 2013-12-31. */
function ukDate(written: string): Read<never> | undefined {
  const m = UK_DATE.exec(written);
  if (!m) return undefined;
  const [d, mo] = [Number(m[1]), Number(m[2])];
  const y = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  if (!isRealDate(y, mo, d)) return say.dueNotADate({ written });
  return say.dueDayFirst({ written, iso: `${y}-${pad(mo)}-${pad(d)}` });
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "31 December 2014", "Dec 2014": a date in words, written as the plan reads dates. */
function monthNamed(written: string): Read<never> | undefined {
  const m = /^(?:(\d{1,2})(?:st|nd|rd|th)?\s+)?([A-Za-z]{3,9})\.?\s+(\d{4})$/.exec(written);
  const month = m ? MONTH_NAMES.indexOf(m[2]!.slice(0, 3).toLowerCase()) + 1 : 0;
  if (!m || month === 0) return undefined;
  const y = Number(m[3]);
  // A month alone means its last day.
  const d = m[1] === undefined ? new Date(Date.UTC(y, month, 0)).getUTCDate() : Number(m[1]);
  if (!isRealDate(y, month, d)) return say.dueNotADate({ written });
  return say.dueInWords({ written, iso: `${y}-${pad(month)}-${pad(d)}` });
}

/** A quarter, alone (the plan's year) or with its financial year: the year's start as given. */
function quarterDue(written: string): Read<{ quarter: Quarter; year?: string }> | undefined {
  const m = QUARTER_DUE.exec(written);
  if (!m) return undefined;
  const number = Number(m[3]);
  if (number < 1 || number > 4) return say.dueNoSuchQuarter({ number: m[3]! });
  const first = m[1] ?? m[4];
  const second = m[2] ?? m[5];
  const quarter = `Q${number}` as Quarter;
  if (first === undefined || second === undefined) return { value: { quarter } };
  const label = financialYearLabel(first, second);
  if (!label) return say.dueYearsApart({ first, second, quarter });
  return { value: { quarter, year: first } };
}

/**
 * The due date as written, checked for its form only (whether it falls in the plan's year is a rule
 * across files): a date YYYY-MM-DD, or a quarter. Returns the quarter's year as written, if any.
 */
export function readDue(written: string): Read<{ kind: 'date'; date: string } | { kind: 'quarter'; quarter: Quarter; year?: string }> {
  const text = written.trim();
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (isRealDate(y, m, d)) return { value: { kind: 'date', date: text } };
    if (m <= 12 || !isRealDate(y, d, m)) return say.dueNotADate({ written: text });
    return say.dueMonthBeforeDay({ written: text, iso: `${y}-${pad(d)}-${pad(m)}` });
  }
  const uk = ukDate(text);
  if (uk) return uk;
  const quarter = quarterDue(text);
  if (quarter) return 'value' in quarter ? { value: { kind: 'quarter', ...quarter.value } } : quarter;
  const named = monthNamed(text);
  if (named) return named;
  if (/^quarter\s*([1-4])$/i.test(text) || /^([1-4])(?:st|nd|rd|th)? quarter$/i.test(text)) {
    const n = /[1-4]/.exec(text)![0];
    return say.dueQuarterInWords({ written: text, number: n });
  }
  return say.dueUnreadable({ written: text, number: false });
}

/** The due date as the plan reads it, for a year starting in `yearStart`; undefined if it is not readable. */
export function resolveDue(written: string, yearStart: { year: number; month: number }): Due | undefined {
  const read = readDue(written);
  if (!('value' in read)) return undefined;
  const v = read.value;
  if (v.kind === 'date') return { written: written.trim(), kind: 'date', by: v.date };
  const end = quarterEnd(v.quarter, { year: v.year === undefined ? yearStart.year : Number(v.year), month: yearStart.month });
  return { written: written.trim(), kind: 'quarter', by: end.toISOString().slice(0, 10) };
}

const dueSchemaBase = z.string({
  error: (issue) =>
    typeof issue.input === 'number'
      ? worded(say.dueUnreadable({ written: String(issue.input), number: true }))
      : Array.isArray(issue.input)
        ? worded(say.dueAsList())
        : undefined,
});

export const dueSchema = dueSchemaBase
  .superRefine((value, ctx) => {
    const read = readDue(value);
    if (!('value' in read)) ctx.addIssue({ code: 'custom', message: worded(read) });
  })
  .meta({
    description: 'When the action is due: a date, YYYY-MM-DD, or a quarter, e.g. Q3 or "2014/15 Q1" (done by the end of it).',
    errorMessage: SCHEDULE_EDITOR_WORDS.due,
    pattern: String.raw`^\s*(\d{4}-\d{2}-\d{2}|([0-9]{4}[/-][0-9]{2,4}\s+)?[Qq][1-4]|[Qq][1-4]\s+[0-9]{4}[/-][0-9]{2,4})\s*$`,
  });

export const leadSchema = z
  .string({
    error: (issue) =>
      Array.isArray(issue.input) ? worded(say.leadAsList({ names: issue.input.filter((x) => typeof x === 'string') })) : undefined,
  })
  .regex(/\S/, { error: worded(say.emptyText()) })
  .refine((v) => !v.trim().includes('\n'), {
    error: worded(say.leadOnSeveralLines()),
  })
  .meta({ description: 'Who leads the action: a name or a role, e.g. "Head of Procurement".', errorMessage: SCHEDULE_EDITOR_WORDS.lead });

/** Hundredths of a percent, exactly: 12.5 → 1250; undefined when it has more than two decimals. */
function toHundredths(percent: number): number | undefined {
  const scaled = Math.round(percent * 100);
  return Math.abs(scaled - percent * 100) < 1e-6 ? scaled : undefined;
}

/** Why four shares are not a profile, in words with the fix; undefined when they are one. */
function profileProblem(shares: readonly number[]): Wording | undefined {
  if (shares.length !== QUARTERS.length) return say.profileNotFour({ count: shares.length });
  const hundredths = shares.map(toHundredths);
  if (hundredths.some((h) => h === undefined)) return say.shareDecimals();
  const total = (hundredths as number[]).reduce((a, b) => a + b, 0);
  if (total === 10000) return undefined;
  const percents = asPercents(shares);
  if (percents) return say.profileAsFractions({ fractions: [...shares], percents });
  const sum = total / 100;
  const rising = shares.every((s, i) => i === 0 || s >= shares[i - 1]!);
  if (rising && shares[3] === 100) {
    const own = shares.map((s, i) => (i === 0 ? s : (toHundredths(s)! - toHundredths(shares[i - 1]!)!) / 100));
    return say.profileRunningTotals({ sum, own });
  }
  const q4 = (10000 - total + toHundredths(shares[3]!)!) / 100;
  return say.profileNotHundred({ sum, suggested: q4 >= 0 ? [...shares.slice(0, 3), q4] : undefined });
}

export const profileSchema = z
  .array(
    z
      .number({
        error: (issue) =>
          typeof issue.input === 'string' && excelError(issue.input)
            ? worded(say.excelError({ shown: JSON.stringify(issue.input), error: excelError(issue.input)!, kind: 'share' }))
            : typeof issue.input === 'string' && /^\s*\d+(?:\.\d+)?\s*%\s*$/.test(issue.input)
              ? worded(say.shareWithPercentSign({ share: issue.input.replace(/[%\s]/g, '') }))
              : worded(say.shareNotANumber()),
      })
      .min(0, { error: worded(say.shareNegative()) })
      .max(100, { error: worded(say.shareAbove100()) })
      .meta({ errorMessage: SCHEDULE_EDITOR_WORDS.profile }),
    {
      error: (issue) =>
        typeof issue.input === 'string' ? worded(say.profileNotList({ numbers: issue.input.split(/[\s,/]+/).filter(Boolean) })) : undefined,
    },
  )
  .superRefine((shares, ctx) => {
    const problem = profileProblem(shares);
    if (problem) ctx.addIssue({ code: 'custom', message: worded(problem) });
  })
  .meta({
    description:
      'The share of the annual target expected in each quarter, Q1 to Q4, in percent, adding up to 100: e.g. [10, 20, 30, 40]. Without it the pace is a straight line, 25% a quarter.',
    errorMessage: SCHEDULE_EDITOR_WORDS.profile,
  });

/** A profile from four checked shares, in percent. */
export function toProfile(shares: readonly number[], source: SavingsProfile['source']): SavingsProfile {
  const h = shares.map((s) => toHundredths(s) ?? 0);
  return { shares: [h[0]!, h[1]!, h[2]!, h[3]!], source };
}

/** The day a due date or quarter falls on, as the report writes it: "31 December 2013". */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/**
 * Whether an action due `by` (YYYY-MM-DD) is past due at the end of `quarter`: its day is before the
 * last day of the quarter. An action due "Q3" is due on the last day of Q3, so it is overdue from Q4.
 */
export function pastDue(by: string, quarter: Quarter, yearStart: { year: number; month: number }): boolean {
  return by < quarterEnd(quarter, yearStart).toISOString().slice(0, 10);
}

/** Whether a due day falls before the financial year starting `yearStart` (e.g. after the year rolled on). */
export function dueBeforeYear(by: string, yearStart: { year: number; month: number }): boolean {
  return by < `${yearStart.year}-${pad(yearStart.month)}-01`;
}
