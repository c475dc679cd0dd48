import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict } from '../input/check-yaml.js';
import { say } from '../messages/index.js';
import { previousQuarter, QUARTERS } from './quarters.js';
import { at, eachAction, problem, type Rule } from './rule-context.js';

/**
 * A rating copied with the update it came from and not changed: the status rewritten to "Behind: …"
 * while "rag: green" stays as it was the quarter before (or "Complete" beside last quarter's red).
 * The report would print the old colour beside the new words. Read so only when the rating is the
 * quarter before's while the status was rewritten, and the status starts with words that say the
 * opposite and does not turn them ("Delayed, but back on track"). "Not started" is no contrary: work
 * that is not due yet can be green.
 */

const BEHIND =
  /^(?:behind|delayed|late|at risk|slipp(?:ed|ing)|overdue|stalled|on hold|off track|not (?:yet )?(?:published|done|met|achieved|delivered))\b/i;
const DONE = /^(?:on track|complete[d]?|achieved|met|ahead|done|delivered|finished)\b/i;
const TURN = /\b(?:but|now|back on track|recovered|caught up|however|although|though|except|apart from)\b/i;

export const ragsOfTheirQuarter: Rule = (ctx) =>
  eachAction(ctx).flatMap((ref): Diagnostic[] => {
    const updates = asDict(ref.action.updates) ?? {};
    return QUARTERS.flatMap((q): Diagnostic[] => {
      const p = previousQuarter(q);
      const update = asDict(updates[q]);
      const earlier = p ? asDict(updates[p]) : undefined;
      const [rag, status] = [update?.rag, update?.status];
      if (typeof rag !== 'string' || typeof status !== 'string' || rag.toLowerCase() !== String(earlier?.rag).toLowerCase()) return [];
      if (status.trim() === String(earlier?.status ?? '').trim()) return [];
      const said = status.trim();
      const against = rag.toLowerCase() === 'green' ? BEHIND.exec(said) : rag.toLowerCase() === 'red' ? DONE.exec(said) : null;
      if (!against || TURN.test(said)) return [];
      const wording = say.ragLeftFromBefore({ quarter: q, before: p!, rag: rag.toLowerCase(), words: against[0] });
      return [problem(ref.f, at(ref.f, [...ref.path, 'updates', q, 'rag']), 'warning', 'rag-left-from-before', wording)];
    });
  });
