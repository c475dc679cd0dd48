import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict, numberEntries } from '../input/check-yaml.js';
import { say } from '../messages/index.js';
import { formatMoney, groupThousands } from '../shared/numbers.js';
import { sentencesOf } from './narrative-amounts.js';
import { QUARTERS } from './quarters.js';
import { achievedIn, at, eachAction, problem, type Rule } from './rule-context.js';

/**
 * A pending amount that is exactly what a council still needs to reach its target: "pending" read as
 * "still to find", the shortfall typed where the amounts in negotiation go. The report works the
 * shortfall out itself, and would print it as money in negotiation. Said as a warning: an amount
 * really in negotiation can be the gap to the pound, but seldom is.
 */
/** Words that give an amount as not yet secured. */
const PENDING_WORDS = /\b(?:pending|negotiat\w*|quoted|awaiting|under offer|offered|bid)\b/i;

/** Words of the update that give the amount as pending in so many words: "the £3,300 in negotiation would take OVDC to its target". */
function saidAsPending(update: Record<string, unknown>, amount: number, label: string): boolean {
  const said = new RegExp(`\u00a3\\s?${groupThousands(amount).replace(/,/g, ',?')}\\b`);
  const shortfall = /\b(?:still to (?:find|achieve|get|secure)|short(?:fall)?|to go|remaining|gap|left to)\b/i;
  const pendingWords = (s: string) => s.toLowerCase().includes(label.toLowerCase()) || PENDING_WORDS.test(s);
  // "the remaining \u00a33,000 is still invoiced": words of its own after the amount say it is pending, whatever came before.
  const pendingAfter = (s: string) => pendingWords(s.slice(s.search(said)).split(/;|,(?!\d{3})/)[0]!);
  return sentencesOf(update).some((s) => said.test(s) && pendingWords(s) && (!shortfall.test(s) || pendingAfter(s)));
}

export const pendingNotTheGap: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  for (const ref of eachAction(ctx)) {
    const target = asDict(ref.action.target);
    const amounts = new Map(numberEntries(target?.amounts));
    const label = typeof target?.pendingLabel === 'string' ? target.pendingLabel.trim() : 'pending';
    const updates = asDict(ref.action.updates) ?? {};
    for (const q of QUARTERS) {
      const update = asDict(updates[q]);
      const achieved = achievedIn(updates, q);
      for (const [code, pending] of numberEntries(update?.pending)) {
        const goal = amounts.get(code);
        const got = achieved.get(code);
        if (goal === undefined || got === undefined || pending <= 0 || got >= goal || goal - got !== pending) continue;
        if (saidAsPending(update!, pending, label)) continue;
        const wording = say.pendingIsTheGap({
          code,
          pending: formatMoney(pending),
          target: formatMoney(goal),
          achieved: formatMoney(got),
          label,
        });
        out.push(problem(ref.f, at(ref.f, [...ref.path, 'updates', q, 'pending', code]), 'warning', 'pending-is-gap', wording));
      }
    }
  }
  return out;
};
