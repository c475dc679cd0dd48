import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict } from '../input/check-yaml.js';
import { say } from '../messages/index.js';
import { MONTHS } from '../shared/words.js';
import { monthOf, TEXT_DATE } from './due-calendar.js';
import { plainText } from './narrative-amounts.js';
import { firstMonthOf } from './note-amounts.js';
import { QUARTERS, type Quarter } from './quarters.js';
import { at, eachAction, problem, type Rule } from './rule-context.js';

/**
 * A date in a quarter's narrative typed with last year's year: "issued on 15 January 2063" in the Q4
 * update of 2063/64, whose January is 2064. Early in a calendar year the old year comes to the fingers.
 * Said only when the month is one of the quarter's own and the action's words give that month (or
 * another of the quarter's) with the quarter's year elsewhere ("to be issued in January 2064", "by 20
 * March 2064"), so that a date of the year before told as history is left alone.
 */

/** Words that tell a date of the year before as history: "first let on", "the old contract", "a year ago". */
const HISTORY = /\b(?:first|originally|original|old|previous|previously|last year|earlier|ago|since|former|prior|back in|in the past)\b/i;

/** The quarter's months (0-11) with their calendar year, the year starting in `first` (1-12) of `startYear`. */
function monthsOf(q: Quarter, first: number, startYear: number): Map<number, number> {
  return new Map(
    [0, 1, 2].map((k) => {
      const n = first - 1 + 3 * QUARTERS.indexOf(q) + k;
      return [n % 12, startYear + Math.floor(n / 12)];
    }),
  );
}

/** Every text of the action: its own and its updates' narratives, one string. */
function actionWords(action: Record<string, unknown>): string {
  const updates = Object.values(asDict(action.updates) ?? {}).map((u) => plainText(asDict(u)?.narrative));
  return [typeof action.action === 'string' ? action.action : '', ...updates].join('\n');
}

export const narrativeYearsOfTheirQuarter: Rule = (ctx) => {
  const starts = /^(\d{4})-/.exec(String(asDict(asDict(ctx.planFile?.data)?.financialYear)?.starts ?? ''));
  if (!starts) return [];
  const [first, startYear] = [firstMonthOf(ctx), Number(starts[1])];
  return eachAction(ctx).flatMap((ref): Diagnostic[] => {
    const words = actionWords(ref.action);
    return QUARTERS.flatMap((q): Diagnostic[] => {
      const narrative = plainText(asDict(asDict(ref.action.updates)?.[q])?.narrative);
      const months = monthsOf(q, first, startYear);
      // Another of the quarter's months given with the quarter's year: what the officer meant.
      const meant = (month: number) =>
        [...months].some(([m, y]) => new RegExp(`\\b${MONTHS[m]}\\s+${y}\\b`).test(words) && (m !== month || y === months.get(month)));
      for (const d of narrative.matchAll(TEXT_DATE)) {
        const month = monthOf(d[2]!);
        const year = months.get(month);
        if (year === undefined || Number(d[3]) !== year - 1 || !meant(month)) continue;
        // History told as such: the year written again, or words of the past around the date.
        const sentence =
          narrative
            .slice(0, d.index)
            .split(/[.;!?\n]/)
            .pop()! + narrative.slice(d.index).split(/[.;!?\n]/)[0];
        // The date written the same elsewhere in the action's words (its text: "let on 1 October 2013") is meant.
        if (narrative.split(d[3]!).length > 2 || words.split(d[0]).length > 2 || HISTORY.test(sentence)) continue;
        const path = [...ref.path, 'updates', q, 'narrative'];
        const start = at(ref.f, path);
        const found = ref.f.file.text.indexOf(d[0], start);
        const offset = found === -1 ? start : found;
        const wording = say.dateOfLastYear({ quarter: q, written: d[0], meant: `${d[1]} ${d[2]} ${year}`, year: String(year) });
        return [problem(ref.f, offset, 'warning', 'date-of-last-year', wording)];
      }
      return [];
    });
  });
};
