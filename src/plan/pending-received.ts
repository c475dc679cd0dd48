import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict, numberEntries } from '../input/check-yaml.js';
import { say } from '../messages/index.js';
import { escapeRegExp, STILL_TO_COME } from '../shared/words.js';
import { AMOUNT, pounds, sentencesOf } from './narrative-amounts.js';
import { wordsOf } from './narrative-rules.js';
import { previousQuarter, QUARTERS } from './quarters.js';
import { achievedIn, at, eachAction, lineOfWords, problem, type Rule } from './rule-context.js';

/**
 * A pending amount carried into the next quarter after it came in: copying the Q3 update to write Q4,
 * the officer adds the £850 claimed at Q3 to FCC's received total but leaves "FCC: 850" under the
 * claims. The report then counts it twice: in the total received, and as claimed on top. Read so only
 * when the amount is the quarter before's pending figure to the pound, the council's achieved figure
 * rose by at least as much, and a sentence of the update names the council, the amount and its coming
 * in (received, signed, paid, or the target's own word for its achieved amounts).
 */

const CAME_IN = /\b(?:received|signed(?: off)?|paid|banked|came in|secured|confirmed|agreed)\b/i;

export const pendingNotCarried: Rule = (ctx) => {
  const names = wordsOf(ctx).names;
  return eachAction(ctx).flatMap((ref): Diagnostic[] => {
    const updates = asDict(ref.action.updates) ?? {};
    const target = asDict(ref.action.target);
    const label = target?.achievedLabel;
    const pendingLabel = typeof target?.pendingLabel === 'string' ? target.pendingLabel.trim() : 'pending';
    const cameIn = (s: string) =>
      !STILL_TO_COME.test(s) && (CAME_IN.test(s) || (typeof label === 'string' && s.toLowerCase().includes(label.trim().toLowerCase())));
    return QUARTERS.flatMap((q): Diagnostic[] => {
      const p = previousQuarter(q);
      const update = asDict(updates[q]);
      if (!p || !update) return [];
      const before = new Map(numberEntries(asDict(updates[p])?.pending));
      const [now, then] = [achievedIn(updates, q), achievedIn(updates, p)];
      return numberEntries(update.pending).flatMap(([code, value]): Diagnostic[] => {
        if (value <= 0 || before.get(code) !== value || (now.get(code) ?? 0) - (then.get(code) ?? 0) < value) return [];
        const words = [code, ...(names.get(code) ?? [])].map((w) => new RegExp(`\\b${escapeRegExp(w)}\\b`));
        const sentence = sentencesOf(update).find(
          (s) => cameIn(s) && words.some((w) => w.test(s)) && [...s.matchAll(AMOUNT)].some((m) => pounds(m) === value),
        );
        if (sentence === undefined) return [];
        const said = [...sentence.matchAll(AMOUNT)].find((m) => pounds(m) === value)![0].trim();
        const wording = say.pendingCameIn({
          code,
          quarter: q,
          before: p,
          label: pendingLabel,
          said,
          line: lineOfWords(ref, ['updates', q, 'narrative'], said),
        });
        return [problem(ref.f, at(ref.f, [...ref.path, 'updates', q, 'pending', code], true), 'warning', 'pending-came-in', wording)];
      });
    });
  });
};

/** Words that say a pending amount will not come: "will not now be achieved", "fell through", "withdrawn". */
const LOST =
  /\b(?:will not (?:now )?(?:be )?(?:achieved|secured|received|paid|delivered|come)|won't (?:now )?(?:be )?(?:achieved|secured|received|paid)|no longer (?:expected|due|coming)|fell through|fallen through|(?:was|has been|were) (?:withdrawn|cancell?ed|lost|written off))\b/i;

/** Words that put a new sum in the lost one's place, or the loss in another quarter: "a new £5,000 quote", "the Q1 quote". */
const REPLACED = /\bnew\b|\breplac\w*|\binstead\b|\banother\b|\bre-?quoted\b|\bQ[1-4]\b|\blast quarter\b/i;

/**
 * A pending amount carried into the next update though its words say it will not come ("HLD's £6,500
 * ... will not now be achieved: the call-off was withdrawn"). The report still shows it pending, at
 * the year's end as a sum to come. Said at the pending figure.
 */
export const pendingNotLost: Rule = (ctx) => {
  const names = wordsOf(ctx).names;
  return eachAction(ctx).flatMap((ref): Diagnostic[] => {
    const updates = asDict(ref.action.updates) ?? {};
    return QUARTERS.flatMap((q): Diagnostic[] => {
      const update = asDict(updates[q]);
      if (!update) return [];
      return numberEntries(update.pending).flatMap(([code, value]): Diagnostic[] => {
        const words = [code, ...(names.get(code) ?? [])].map((w) => new RegExp(`\\b${escapeRegExp(w)}\\b`));
        const sentence = sentencesOf(update).find(
          (s) =>
            LOST.test(s) && !REPLACED.test(s) && words.some((w) => w.test(s)) && [...s.matchAll(AMOUNT)].some((m) => pounds(m) === value),
        );
        // The same sum said again, not lost ("has since quoted the new council £8,000"): a new quote in the lost one's place.
        const again = sentencesOf(update).some(
          (s) => !LOST.test(s) && words.some((w) => w.test(s)) && [...s.matchAll(AMOUNT)].some((m) => pounds(m) === value),
        );
        if (value <= 0 || sentence === undefined || again) return [];
        const said = [...sentence.matchAll(AMOUNT)].find((m) => pounds(m) === value)![0].trim();
        const path = [...ref.path, 'updates', q, 'pending', code];
        const line = ref.f.file.position(at(ref.f, path, true)).line;
        const wording = say.pendingLost({
          code,
          quarter: q,
          said,
          words: LOST.exec(sentence)![0],
          line,
          alone: numberEntries(update.pending).length === 1,
        });
        return [problem(ref.f, at(ref.f, path, true), 'warning', 'pending-lost', wording)];
      });
    });
  });
};
