import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict, numberEntries } from '../input/check-yaml.js';
import { say } from '../messages/index.js';
import { formatMoney } from '../shared/numbers.js';
import { AMOUNT, pounds, sentencesOf } from './narrative-amounts.js';
import { previousQuarter, QUARTERS } from './quarters.js';
import { at, eachAction, lineOfWords, problem, type RuleContext } from './rule-context.js';

/** Words that say a council met its target: then an achieved figure equal to it is the words'. */
const MET = /\btargets?\b|\bmet\b|\breached\b|\bhit\b|\bin full\b/i;

/**
 * A council's target for the year copied into its achieved figure: "HLD: 60000" at Q3 under a target
 * of 60000, where the narrative gives HLD £12,550 for the quarter on top of Q2's £21,350. The report
 * says the council met its target. Read only when the figure is the target to the pound, the one
 * sentence that names the council alone gives one amount, that amount with the quarter before's
 * figure falls short of the target, nothing says the target was met, and another council's figure is
 * its own amount added to its figure before (the narrative is a list of the quarter's amounts).
 */
export const targetsNotAsAchieved = (ctx: RuleContext): Diagnostic[] =>
  eachAction(ctx).flatMap((ref) => {
    const targets = Object.fromEntries(numberEntries(asDict(ref.action.target)?.amounts));
    const updates = asDict(ref.action.updates) ?? {};
    return QUARTERS.flatMap((q): Diagnostic[] => {
      const p = previousQuarter(q);
      const update = asDict(updates[q]);
      if (!p || !update || q === 'Q4') return [];
      const now = Object.fromEntries(numberEntries(update.achieved));
      const then = Object.fromEntries(numberEntries(asDict(updates[p])?.achieved));
      const codes = Object.keys(now);
      const sentences = sentencesOf({ narrative: update.narrative });
      const ownAmount = (code: string) => {
        const own = sentences.filter((s) => codes.filter((c) => new RegExp(`\\b${c}\\b`).test(s)).join() === code);
        const amounts = own.flatMap((s) => [...s.matchAll(AMOUNT)]);
        return own.length === 1 && amounts.length === 1 ? { sentence: own[0]!, amount: amounts[0]! } : undefined;
      };
      // The narrative is a council-by-council list of the quarter's amounts only if another council's figure is its amount added.
      const listed = codes.some((c) => {
        const o = ownAmount(c);
        return o !== undefined && then[c] !== undefined && then[c]! + pounds(o.amount) === now[c];
      });
      if (!listed) return [];
      return codes.flatMap((code): Diagnostic[] => {
        const [value, before, target] = [now[code]!, then[code], targets[code]];
        if (target === undefined || before === undefined || value !== target || before >= value) return [];
        const own = ownAmount(code);
        if (own === undefined || MET.test(own.sentence)) return [];
        const amount = pounds(own.amount);
        if (before + amount >= value) return [];
        const wording = say.targetAsAchieved({
          code,
          quarter: q,
          before: p,
          value: formatMoney(value),
          amount: formatMoney(amount),
          previous: formatMoney(before),
          total: before + amount,
          line: lineOfWords(ref, ['updates', q], own.amount[0]),
        });
        return [problem(ref.f, at(ref.f, [...ref.path, 'updates', q, 'achieved', code]), 'warning', 'target-as-achieved', wording)];
      });
    });
  });
