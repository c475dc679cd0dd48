import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict, numberEntries } from '../input/check-yaml.js';
import { say } from '../messages/index.js';
import { formatMoney } from '../shared/numbers.js';
import { labelsMeant, labelsTyped } from './label-swaps.js';
import { saidAmounts } from './narrative-amounts.js';
import { QUARTERS } from './quarters.js';
import { at, eachAction, lineOfWords, problem, type RuleContext } from './rule-context.js';

/**
 * A council's achieved and pending amounts typed on each other's lines: "achieved: GCC: 1450" and
 * "pending: GCC: 3100" where the narrative gives GCC £3,100 received so far and £1,450 claimed. Both
 * are well-formed, so the report shows the council short by what it has in hand. Read only when the
 * words give the pending figure as the council's total so far, the achieved one as pending, and
 * neither as its own.
 */
export const pendingNotExchanged = (ctx: RuleContext): Diagnostic[] => {
  const names = ctx.words?.names ?? new Map<string, readonly string[]>();
  return eachAction(ctx).flatMap((ref) => {
    const typed = labelsTyped(ref.action);
    const labels = { achieved: typed.achieved ?? 'achieved', pending: typed.pending ?? 'pending' };
    return QUARTERS.flatMap((q): Diagnostic[] => {
      const update = asDict(asDict(ref.action.updates)?.[q]);
      const achieved = Object.fromEntries(numberEntries(update?.achieved));
      const pending = Object.fromEntries(numberEntries(update?.pending));
      if (!update || Object.keys(pending).length === 0) return [];
      const said = saidAmounts(update, new Map(Object.keys(achieved).map((c) => [c, names.get(c) ?? []])), labelsMeant(ref.action));
      const kinds = (code: string, v: number) => new Set(said.filter((s) => s.code === code && s.value === v).map((s) => s.kind));
      // The pending figure as the words' total so far ("received so far this year: ... GCC £3,100"), not a sum said in passing.
      const total = (code: string, v: number) => said.some((s) => s.code === code && s.value === v && s.kind === 'achieved' && s.running);
      const swapped = Object.entries(pending).filter(([code, p]) => {
        const a = achieved[code];
        if (a === undefined || a === p || !total(code, p) || !kinds(code, a).has('pending')) return false;
        return !kinds(code, a).has('achieved') && !kinds(code, p).has('pending');
      });
      // Every council's figures the other way round is the whole rows exchanged, which narrativeSlips says.
      if (swapped.length === Object.keys(achieved).length) return [];
      return swapped.flatMap(([code, p]): Diagnostic[] => {
        const a = achieved[code]!;
        const line = (v: number) => lineOfWords(ref, ['updates', q], formatMoney(v));
        const wording = say.pendingExchanged({
          code,
          quarter: q,
          ...labels,
          achievedValue: a,
          pendingValue: p,
          achievedLine: line(p),
          pendingLine: line(a),
        });
        return [problem(ref.f, at(ref.f, [...ref.path, 'updates', q, 'achieved', code]), 'warning', 'pending-exchanged', wording)];
      });
    });
  });
};
