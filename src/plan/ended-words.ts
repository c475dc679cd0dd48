import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict } from '../input/check-yaml.js';
import { say } from '../messages/index.js';
import { QUARTERS } from './quarters.js';
import { at, eachAction, problem, type Rule } from './rule-context.js';

/**
 * "ended: completed" beside a status that starts "Dropped: …" (or "ended: dropped" beside "Complete"):
 * the update copied from an action that was completed, its status rewritten and "ended:" left. The
 * report counts the action as the "ended:" line says, against its own words. Read so only when the
 * status starts with words of the other ending and does not turn them ("Complete, but ...").
 */

const DROPPED =
  /^(?:dropped|cancell?ed|withdrawn|abandoned|discontinued|stopped|shelved|not (?:being )?(?:pursued|progressed|proceeding|going ahead)|no longer (?:needed|required|going ahead))\b/i;
const COMPLETED = /^(?:complete[d]?|done|delivered|achieved|finished|met in full)\b/i;
const TURN = /\b(?:but|except|apart from|however|although|though|partly|part of)\b/i;

export const endedAsItsWords: Rule = (ctx) =>
  eachAction(ctx).flatMap((ref): Diagnostic[] => {
    const updates = asDict(ref.action.updates) ?? {};
    return QUARTERS.flatMap((q): Diagnostic[] => {
      const update = asDict(updates[q]);
      const [ended, status] = [update?.ended, update?.status];
      if ((ended !== 'completed' && ended !== 'dropped') || typeof status !== 'string' || TURN.test(status)) return [];
      const against = (ended === 'completed' ? DROPPED : COMPLETED).exec(status.trim());
      if (!against) return [];
      const wording = say.endedAgainstStatus({
        quarter: q,
        ended,
        words: against[0],
        meant: ended === 'completed' ? 'dropped' : 'completed',
      });
      return [problem(ref.f, at(ref.f, [...ref.path, 'updates', q, 'ended']), 'warning', 'ended-against-status', wording)];
    });
  });
