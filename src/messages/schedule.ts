import { entry, group } from './entry.js';

/** Shares as the plan writes a profile: "[10, 20, 30, 40]". */
const shareList = (shares: readonly (number | string)[]) => `[${shares.map((s) => String(s)).join(', ')}]`;

const DUE_FORM = 'write the due date as YYYY-MM-DD, e.g. 2014-03-31';

export const schedule = group(
  'Lead officers, due dates and savings profiles',
  "Who leads an action and when it is due, each on one line; and a savings profile, the share of the annual target expected in each quarter. A due date is also checked against the plan's year: an open action past it, or a date before the year starts, is a warning.",
  {
    leadAsList: entry([{ names: ['Head of Procurement', 'Finance Lead'] }, { names: [] }], (p: { names: readonly string[] }) => ({
      message: 'write the lead officer as one line of text, not a list',
      hint: `write them on one line, e.g. lead: ${p.names.join(' and ') || 'Head of Procurement'}`,
    })),
    leadOnSeveralLines: entry([undefined], () => ({
      message: 'write the lead officer on one line',
      hint: 'a name or a role, e.g. lead: Head of Procurement; say more in the narrative',
    })),
    dueAsList: entry([undefined], () => ({
      message: 'an action has one due date',
      hint: 'write one date or quarter, e.g. due: Q3; say more in the narrative',
    })),
    dueAsRangeStart: entry(
      [{ due: '2063-10-01', said: 'from 1 October 2063 to 31 January 2064', end: '2064-01-31' }],
      (p: { due: string; said: string; end: string }) => ({
        message: `due: ${p.due} is the start of the period the action's text gives, "${p.said}": from that day the report lists the action as overdue`,
        hint: `write due: ${p.end}, the end of that period; if the action is due the day it starts, change the text`,
      }),
    ),
    dateOfLastYear: entry([{ quarter: 'Q4', written: '15 January 2063', meant: '15 January 2064', year: '2064' }], (p) => ({
      message: `"${p.written}" in the ${p.quarter} narrative is a year before the quarter: ${p.quarter}'s ${p.meant.split(' ')[1]} is in ${p.year}, as the action's words give it elsewhere`,
      hint: `write "${p.meant}"; if the date really was a year earlier, leave it`,
    })),
    dueNotADate: entry([{ written: '2014-02-30' }], (p) => ({
      message: `"${p.written}" is not a date`,
      hint: DUE_FORM,
    })),
    dueMonthBeforeDay: entry([{ written: '2014-31-12', iso: '2014-12-31' }], (p) => ({
      message: `write the due date as YYYY-MM-DD, month before day: ${p.iso} (not "${p.written}")`,
      hint: `write due: ${p.iso}`,
      fixed: `"due: ${p.written}" written as "due: ${p.iso}"`,
    })),
    dueDayFirst: entry([{ written: '31/12/2014', iso: '2014-12-31' }], (p) => ({
      message: `write the due date year first, as YYYY-MM-DD: ${p.iso} (not "${p.written}")`,
      hint: `write due: ${p.iso}`,
    })),
    dueInWords: entry([{ written: '31 December 2014', iso: '2014-12-31' }], (p) => ({
      message: `write the due date as YYYY-MM-DD: ${p.iso} (not "${p.written}")`,
      hint: `write due: ${p.iso}`,
    })),
    calendarQuarter: entry(
      [{ key: 'due', written: '2052 Q1', from: 'January', to: 'March', year: 2052, form: '2051/52 Q4', other: '2052/53 Q1' }],
      (p) => ({
        message: `"${p.written}" counts quarters by the calendar year, as a finance system's reports do: ${p.from} to ${p.to} ${p.year} is the plan's ${p.form}`,
        hint: `write ${p.key}: ${p.form}; if you meant the plan's own quarter of that name, write ${p.key}: ${p.other}`,
      }),
    ),
    financePeriod: entry(
      [
        { key: 'due', written: 'P12', period: 12, month: 'March', form: 'Q4' },
        { key: 'due', written: 'P13', period: 13, month: 'March', form: 'Q4' },
      ],
      (p) => ({
        message: `"${p.written}" is a finance period, ${p.period === 13 ? "the year-end's thirteenth" : `month ${p.period} of the plan's year (${p.month})`}: the plan writes the quarter that holds it, ${p.form}`,
        hint: `write ${p.key}: ${p.form}`,
        fixed: `"${p.key}: ${p.written}" written as "${p.key}: ${p.form}"`,
      }),
    ),
    quarterForm: entry(
      [
        { key: 'due', written: 'Q4 2041/42', form: '2041/42 Q4', same: true },
        { key: 'due', written: 'Quarter 4 41/42', form: '2041/42 Q4', same: false },
        { key: 'due', written: 'Quarter 3', form: 'Q3', same: false },
      ],
      (p: { key: string; written: string; form: string; same: boolean }) => ({
        message: p.same
          ? `"${p.written}" is a quarter written in another order: the plan writes it ${p.form}${p.form.includes(' ') ? ', the year first' : ''}`
          : `"${p.written}" is a quarter in a form plan does not read: the plan writes it ${p.form}${p.form.includes(' ') ? ', the year first' : ''}`,
        hint: `write ${p.key}: ${p.form}`,
        fixed: `"${p.key}: ${p.written}" written as "${p.key}: ${p.form}"`,
      }),
    ),
    quarterWithWords: entry(
      [
        { key: 'due', words: '(by 31 March 2050)', form: 'Q4' },
        { key: 'due', words: 'end of December', form: '2041/42 Q3' },
      ],
      (p) => ({
        message: `"${p.words}" after the quarter is the report's wording of the due quarter, which plan writes itself from ${p.form}`,
        hint: `write ${p.key}: ${p.form}`,
        fixed: `"${p.words}" removed after ${p.key}: ${p.form}`,
      }),
    ),
    dueYearAlone: entry([{ key: 'due', written: '2049/50', year: '2049/50', end: 'March' }], (p) => ({
      message: `"${p.written}" is the whole financial year, not a date or a quarter: an action due by the year's end is due by the end of its Q4`,
      hint: `write ${p.key}: ${p.year} Q4 (the end of ${p.end}); if it is due earlier in the year, write that quarter instead of Q4`,
      fixed: `"${p.key}: ${p.written}" written as "${p.key}: ${p.year} Q4"`,
    })),
    monthForDue: entry([{ key: 'due', written: 'March 2042', iso: '2042-03-31', said: '31 March 2042' }], (p) => ({
      message: `"${p.written}" names a month: a due date is written YYYY-MM-DD, and by the end of that month is ${p.iso}`,
      hint: `write ${p.key}: ${p.iso} (${p.said})`,
      fixed: `"${p.key}: ${p.written}" written as "${p.key}: ${p.iso}"`,
    })),
    dueQuarterInWords: entry([{ written: 'quarter 3', number: '3' }], (p) => ({
      message: `write the quarter as Q${p.number} (not "${p.written}")`,
      hint: `write due: Q${p.number}`,
    })),
    dueNoSuchQuarter: entry([{ number: '5' }], (p) => ({
      message: `"Q${p.number}" is not a quarter: a financial year has four, Q1 to Q4`,
      hint: 'Q1 is April–June, Q2 July–September, Q3 October–December, Q4 January–March',
    })),
    dueYearsApart: entry([{ first: '2014', second: '16', quarter: 'Q1' }], (p) => ({
      message: `"${p.first}/${p.second}" is not a financial year: its two years follow each other`,
      hint: `write the year as the plan does, e.g. "${p.first}/${String(Number(p.first) + 1).slice(2)} ${p.quarter}"`,
    })),
    dueUnreadable: entry(
      [
        { written: 'end of March', number: false },
        { written: '2014', number: true },
      ],
      (p) => ({
        message: `"${p.written}" is not a date or a quarter`,
        hint: p.number ? `${DUE_FORM}, or a quarter, e.g. Q3` : `${DUE_FORM}, or a quarter, e.g. Q3 or "2014/15 Q1"`,
      }),
    ),
    dueBeforeYear: entry([{ action: '"regular-updates"', due: '31 March 2013', starts: '1 April 2013' }], (p) => ({
      message: `action ${p.action} is due ${p.due}, before this financial year starts (${p.starts})`,
      hint: 'if the year has rolled on, set a due date in this year, or remove "due:"; if the action is over, mark its last update "ended: completed"',
    })),
    yearMovedByHand: entry(
      [{ label: '2014/15', count: 3, starts: '1 April 2014', was: '2013/14', wasStarts: '2013-04-01' }],
      (p: { label: string; count: number; starts: string; was: string; wasStarts: string }) => ({
        message: `the financial year here is ${p.label}, but ${p.count} actions are due in ${p.was}, before it starts (${p.starts}): the year looks moved on by hand, while the sections still hold ${p.was}'s updates`,
        hint: `write label: ${p.was} and starts: ${p.wasStarts} back under "financialYear"; once Q4 is reported, start ${p.label} with "plan new-quarter Q1 --new-year", which keeps ${p.was} in the archive`,
      }),
    ),
    overdue: entry(
      [
        { action: '"regular-updates"', due: '31 October 2013', quarterDue: undefined, quarter: 'Q3' },
        { action: '"regular-updates"', due: '30 September 2013', quarterDue: 'Q2', quarter: 'Q3' },
        { action: '"regular-updates"', due: '30 June 2013', quarterDue: 'Q1', quarter: 'Q3', nextYear: '2014/15' },
        { action: '"waiver-reporting"', due: '30 June 2041', quarterDue: 'Q1', quarter: 'Q3', nextYear: '2042/43', firstUpdate: 'Q2' },
      ],
      (p: { action: string; due: string; quarterDue: string | undefined; quarter: string; nextYear?: string; firstUpdate?: string }) => {
        const next =
          p.nextYear === undefined ? '' : `; if it is due in ${p.quarterDue} of next year, write due: ${p.nextYear} ${p.quarterDue}`;
        if (p.firstUpdate !== undefined && p.nextYear !== undefined) {
          return {
            message: `action ${p.action} is due by the end of ${p.quarterDue} (${p.due}), before its first update (${p.firstUpdate}): "due: ${p.quarterDue}" is this year's ${p.quarterDue}`,
            hint: `if it is due in ${p.quarterDue} of next year, write due: ${p.nextYear} ${p.quarterDue}; otherwise write the date it is due by`,
          };
        }
        return {
          message: `action ${p.action} was due ${p.quarterDue === undefined ? p.due : `by the end of ${p.quarterDue} (${p.due})`}, and at the end of ${p.quarter} it has not ended`,
          hint: `if it is done, add "ended: completed" to its ${p.quarter} update; if it is late, say why in the narrative and set a new due date${next}`,
        };
      },
    ),
    profileNotFour: entry([{ count: 3 }], (p) => ({
      message: `a savings profile gives one share per quarter, four in all (this one has ${p.count})`,
      hint: 'write the percent of the annual target expected in Q1, Q2, Q3 and Q4, e.g. [10, 20, 30, 40]',
    })),
    profileNotList: entry([{ numbers: ['10', '20', '30', '40'] }], (p: { numbers: readonly string[] }) => ({
      message: 'write the profile as a list of four numbers in square brackets',
      hint: `e.g. ${shareList(p.numbers)}`,
    })),
    listAsRow: entry<{ key: string; missing: 'both' | 'brackets' | 'commas'; gap: 'tabs' | 'spaces' | 'slashes'; fix: string }>(
      [
        { key: 'savingsProfile', missing: 'both', gap: 'slashes', fix: '[10, 20, 25, 45]' },
        { key: 'savingsProfile', missing: 'both', gap: 'tabs', fix: '[10, 20, 30, 40]' },
        { key: 'profile', missing: 'brackets', gap: 'spaces', fix: '[12.5, 12.5, 37.5, 37.5]' },
        { key: 'savingsProfile', missing: 'commas', gap: 'tabs', fix: '[10, 20, 30, 40]' },
      ],
      (p) => ({
        message:
          p.gap === 'slashes'
            ? `the shares of "${p.key}" are written as a report words them, with "/" between them: a list needs square brackets around it and commas between its figures`
            : p.missing === 'both'
              ? `the figures of "${p.key}" are pasted as a spreadsheet row, with ${p.gap} between them: a list needs square brackets around it and commas between its figures`
              : p.missing === 'brackets'
                ? `the figures of "${p.key}" have no square brackets around them: a list needs them`
                : `the figures of "${p.key}" have ${p.gap} between them but no commas: a list needs commas between its figures`,
        hint: `write ${p.key}: ${p.fix}${p.gap === 'slashes' ? ', without "/" and "%"' : ''}`,
        fixed: `"${p.key}" written as ${p.fix}`,
      }),
    ),
    shareWithPercentSign: entry([{ share: '25' }], (p) => ({
      message: 'write each share as a plain number, without "%"',
      hint: `write ${p.share}`,
    })),
    shareNotANumber: entry([undefined], () => ({
      message: 'write each share as a number of percent',
      hint: 'e.g. [10, 20, 30, 40]',
    })),
    shareNegative: entry([undefined], () => ({
      message: 'a share cannot be negative',
      hint: 'write 0 for a quarter in which nothing is expected',
    })),
    shareAbove100: entry([undefined], () => ({
      message: 'a share is at most 100 (percent of the annual target)',
      hint: 'e.g. [10, 20, 30, 40]',
    })),
    shareDecimals: entry([undefined], () => ({
      message: 'write each share with at most two decimal places',
      hint: 'e.g. [12.5, 25, 25, 37.5]',
    })),
    profileRunningTotals: entry([{ sum: 200, own: [10, 20, 30, 40] }], (p: { sum: number; own: readonly number[] }) => ({
      message: `the shares add up to ${p.sum}%, not 100%: these look like running totals (the last is 100)`,
      hint: `write each quarter's own share: ${shareList(p.own)}`,
    })),
    profileAsFractions: entry(
      [
        { fractions: [0.15, 0.25, 0.3, 0.3], percents: [15, 25, 30, 30] },
        { fractions: [0.125, 0.125, 0.375, 0.375], percents: [12.5, 12.5, 37.5, 37.5] },
      ],
      (p: { fractions: readonly number[]; percents: readonly number[] }) => ({
        message: `the quarters' shares add up to 1, not 100: they are fractions of one, as a spreadsheet keeps a percentage (${p.fractions[0]} is ${p.percents[0]}%)`,
        hint: `write each share in percent: ${shareList(p.percents)}`,
        fixed: `the shares ${shareList(p.fractions)} written in percent: ${shareList(p.percents)}`,
      }),
    ),
    profileNotHundred: entry(
      [
        { sum: 90, suggested: [10, 20, 30, 40] },
        { sum: 150, suggested: undefined },
      ],
      (p: { sum: number; suggested: readonly number[] | undefined }) => ({
        message: `the quarters' shares add up to ${p.sum}%, not 100%`,
        hint: `change them so they add up to 100, e.g. ${shareList(p.suggested ?? [10, 20, 30, 40])}`,
      }),
    ),
  },
);
