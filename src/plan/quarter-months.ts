import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict } from '../input/check-yaml.js';
import { say } from '../messages/index.js';
import { MONTHS } from '../shared/words.js';
import { firstMonthOf } from './note-amounts.js';
import { QUARTERS, type Quarter } from './quarters.js';
import { at, eachAction, problem, type Rule } from './rule-context.js';

/**
 * Two updates under each other's quarter keys: copying the Q2 update below itself to write Q3, the
 * officer types the new figures and narrative into the copy but changes the key of the one above, so
 * the file reads Q1, Q3 (Q2's update), Q2 (Q3's). The report then gives the earlier quarter's figures
 * as the later one's, with nothing to stop it. Found when the later quarter's key is written above the
 * earlier's, and each of the two narratives names months of one quarter only, the other's ("In July
 * to September ..." under Q3 in a year that starts in April, "In October to December ..." under Q2).
 */

/** The one quarter whose months a text names, the year starting in `firstMonth` (1-12); none if it names none, or several quarters'. */
export function quarterOfMonths(text: string, firstMonth: number): Quarter | undefined {
  const quarters = new Set(
    MONTHS.flatMap((month, i) =>
      new RegExp(`\\b${month}\\b`).test(text) ? [QUARTERS[Math.floor(((((i - (firstMonth - 1)) % 12) + 12) % 12) / 3)]!] : [],
    ),
  );
  return quarters.size === 1 ? [...quarters][0] : undefined;
}

/** A quarter's first and last month: "July to September". */
function monthsOf(q: Quarter, firstMonth: number): string {
  const start = firstMonth - 1 + 3 * QUARTERS.indexOf(q);
  return `${MONTHS[start % 12]} to ${MONTHS[(start + 2) % 12]}`;
}

export const quarterKeysMatchMonths: Rule = (ctx) => {
  const firstMonth = firstMonthOf(ctx);
  return eachAction(ctx).flatMap((ref): Diagnostic[] => {
    const updates = asDict(ref.action.updates) ?? {};
    const named = new Map(
      QUARTERS.map((q) => {
        const narrative = asDict(updates[q])?.narrative;
        return [q, typeof narrative === 'string' ? quarterOfMonths(narrative, firstMonth) : undefined] as const;
      }),
    );
    return QUARTERS.flatMap((first, i): Diagnostic[] => {
      const second = named.get(first);
      if (second === undefined || QUARTERS.indexOf(second) <= i || named.get(second) !== first) return [];
      const [a, b] = [first, second].map((q) => at(ref.f, [...ref.path, 'updates', q], true));
      // Written in order, the two could be a look ahead and a look back ("tender due in October" at Q2,
      // "awarded in September" at Q3): only keys out of order in the file, as the copy leaves them, are read.
      if (a! < b!) return [];
      const [upper, lower] = [second, first];
      const line = (q: Quarter) => ref.f.file.position(at(ref.f, [...ref.path, 'updates', q], true)).line;
      const wording = say.quarterKeysExchanged({
        upper,
        lower,
        upperLine: line(upper),
        lowerLine: line(lower),
        upperMonths: monthsOf(lower, firstMonth),
        lowerMonths: monthsOf(upper, firstMonth),
      });
      return [problem(ref.f, b!, 'warning', 'quarter-keys-exchanged', wording)];
    });
  });
};
