import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict } from '../input/check-yaml.js';
import { say } from '../messages/index.js';
import { formatMoney } from '../shared/numbers.js';
import { MONTHS } from '../shared/words.js';
import { AMOUNT, pounds } from './narrative-amounts.js';
import { previousQuarter, QUARTERS, type Quarter } from './quarters.js';
import { type ActionRef, achievedIn, at, eachAction, problem, type Rule, type RuleContext } from './rule-context.js';

/**
 * An amount written only in a council's note: "£2,900 fuel card rebate, paid in November" under a
 * figure left as it was the quarter before. The note is printed, but the amount never reaches the
 * figures, so the council is shown short by it. Found when a note gives an amount as come in (paid,
 * received, saved) in the quarter, and the council's figure has not moved since the quarter before.
 */

/** Words that make a note's amount come in: "paid", "received", "secured". */
const CAME_IN = /\b(?:paid|received|secured|saved|achieved|earned|banked|credited|invoiced|collected)\b/i;
/** Words that put it elsewhere: still to come, or already counted. */
const NOT_IN =
  /\b(?:expected|due|pending|will|forecast|awaited|awaiting|not yet|included|includes|counted|already|last|previous|next|Q[1-4])\b/i;

/** Whether every month the note names is one of the quarter's, the year starting in `firstMonth` (1–12). */
function monthsOfQuarter(text: string, q: Quarter, firstMonth: number): boolean {
  const start = (firstMonth - 1 + 3 * QUARTERS.indexOf(q)) % 12;
  const own = [0, 1, 2].map((k) => MONTHS[(start + k) % 12]!);
  const named = MONTHS.filter((m) => new RegExp(`\\b${m}\\b`, 'i').test(text));
  return named.every((m) => own.includes(m));
}

function notedOnly(ref: ActionRef, firstMonth: number): Diagnostic[] {
  const updates = asDict(ref.action.updates) ?? {};
  const out: Diagnostic[] = [];
  for (const q of QUARTERS) {
    const update = asDict(updates[q]);
    const p = previousQuarter(q);
    const [before, achieved] = [achievedIn(updates, p), achievedIn(updates, q)];
    for (const [code, text] of Object.entries(asDict(update?.notes) ?? {})) {
      if (typeof text !== 'string' || !CAME_IN.test(text) || NOT_IN.test(text) || !monthsOfQuarter(text, q, firstMonth)) continue;
      const amounts = [...text.matchAll(AMOUNT)];
      const now = achieved.get(code);
      const was = p === undefined ? 0 : before.get(code);
      if (amounts.length !== 1 || now === undefined || was === undefined || now !== was) continue;
      const amount = pounds(amounts[0]!);
      const noteLine = ref.f.file.position(at(ref.f, [...ref.path, 'updates', q, 'notes', code], true)).line;
      const wording = say.amountOnlyInNote({
        code,
        quarter: q,
        before: p,
        now: formatMoney(now),
        said: amounts[0]![0].trim(),
        noteLine,
        write: now + amount,
      });
      out.push(problem(ref.f, at(ref.f, [...ref.path, 'updates', q, 'achieved', code]), 'warning', 'amount-only-in-note', wording));
    }
  }
  return out;
}

/** The month the financial year starts in (1–12): April unless plan.yaml says otherwise. */
export function firstMonthOf(ctx: RuleContext): number {
  const starts = /^\d{4}-(\d{2})-/.exec(String(asDict(asDict(ctx.planFile?.data)?.financialYear)?.starts ?? ''));
  return starts ? Number(starts[1]) : 4;
}

export const notedAmountsCounted: Rule = (ctx) => {
  const firstMonth = firstMonthOf(ctx);
  return eachAction(ctx).flatMap((ref) => notedOnly(ref, firstMonth));
};
