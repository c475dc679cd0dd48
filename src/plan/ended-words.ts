import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict } from '../input/check-yaml.js';
import { say } from '../messages/index.js';
import { normaliseText } from '../shared/words.js';
import { QUARTERS } from './quarters.js';
import { at, eachAction, problem, type Rule } from './rule-context.js';
import { endingSaid } from './rules-text.js';

/**
 * "ended: completed" beside a status that says "Dropped: …" (or "ended: dropped" beside "Complete"):
 * the update copied from an action that was completed, its status rewritten and "ended:" left. The
 * report counts the action as the "ended:" line says, against its own words. The status is read as
 * endingIsMarked reads it: its first clause an ending and nothing after it that qualifies it, so
 * "Dropped the paper forms; all suppliers on the portal" is no ending. Nor is the word the action's own
 * aim: "Withdrawn" for "Withdraw from the regional framework" says it was done.
 */
export const endedAsItsWords: Rule = (ctx) =>
  eachAction(ctx).flatMap((ref): Diagnostic[] => {
    const updates = asDict(ref.action.updates) ?? {};
    return QUARTERS.flatMap((q): Diagnostic[] => {
      const update = asDict(updates[q]);
      const [ended, status] = [update?.ended, update?.status];
      if ((ended !== 'completed' && ended !== 'dropped') || typeof status !== 'string') return [];
      const said = endingSaid(status);
      if (said === undefined || said === ended) return [];
      const words = normaliseText(status)
        .split(/\s[\u2013\u2014-]\s|[:;,]\s|\.\s/)[0]!
        .trim();
      // "Withdrawn" of "Withdraw from the regional framework": the action's aim, done, is no dropping.
      const stem = words
        .toLowerCase()
        .replace(/[.!]+$/, '')
        .split(' ')
        .pop()!
        .replace(/(?:ped|led|ned|ed|n)$/, '');
      if (stem.length >= 4 && typeof ref.action.action === 'string' && ref.action.action.toLowerCase().includes(stem)) return [];
      const wording = say.endedAgainstStatus({ quarter: q, ended, words, meant: said });
      return [problem(ref.f, at(ref.f, [...ref.path, 'updates', q, 'ended']), 'warning', 'ended-against-status', wording)];
    });
  });
