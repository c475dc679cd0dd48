import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict, numberEntries } from '../input/check-yaml.js';
import { say } from '../messages/index.js';
import { formatMoney } from '../shared/numbers.js';
import { QUARTERS } from './quarters.js';
import { at, eachAction, problem, type Rule } from './rule-context.js';

/**
 * A pending amount that is exactly what a council still needs to reach its target: "pending" read as
 * "still to find", the shortfall typed where the amounts in negotiation go. The report works the
 * shortfall out itself, and would print it as money in negotiation. Said as a warning: an amount
 * really in negotiation can be the gap to the pound, but seldom is.
 */
export const pendingNotTheGap: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  for (const ref of eachAction(ctx)) {
    const target = asDict(ref.action.target);
    const amounts = new Map(numberEntries(target?.amounts));
    const label = typeof target?.pendingLabel === 'string' ? target.pendingLabel.trim() : 'pending';
    const updates = asDict(ref.action.updates) ?? {};
    for (const q of QUARTERS) {
      const update = asDict(updates[q]);
      const achieved = new Map(numberEntries(update?.achieved));
      for (const [code, pending] of numberEntries(update?.pending)) {
        const goal = amounts.get(code);
        const got = achieved.get(code);
        if (goal === undefined || got === undefined || pending <= 0 || got >= goal || goal - got !== pending) continue;
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
