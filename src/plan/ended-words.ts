import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict } from '../input/check-yaml.js';
import { say } from '../messages/index.js';
import { normaliseText } from '../shared/words.js';
import { QUARTERS } from './quarters.js';
import { at, eachAction, problem, type Rule } from './rule-context.js';
import { endingSaid, STATUS_CLAUSES } from './rules-text.js';

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
      const words = normaliseText(status).split(STATUS_CLAUSES)[0]!.trim();
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

/** "No further update", "Nothing new to report": an update that says nothing has happened in its quarter. */
const ENDED_NOW = /\b(?:complete[d]?|finished|ended|ends|closed|done|over)\b/i;
const NOTHING_NEW = /^\s*(?:no (?:further|new) (?:update|progress|news)|nothing (?:new|further) to report|no change)\b/i;

/**
 * An action that ended in one quarter marked ended in a new update of the next: "Q3: ended: completed,
 * No further update", its status Q2's word for word. The report says it ended in Q3 and carries it a
 * quarter too long. Said at the "ended:" line.
 */
export const endedInItsQuarter: Rule = (ctx) =>
  eachAction(ctx).flatMap((ref): Diagnostic[] => {
    const updates = asDict(ref.action.updates) ?? {};
    return QUARTERS.slice(1).flatMap((q, k): Diagnostic[] => {
      const [update, before] = [asDict(updates[q]), asDict(updates[QUARTERS[k]!])];
      const ended = update?.ended;
      if ((ended !== 'completed' && ended !== 'dropped') || !before || before.ended !== undefined) return [];
      // "No change: ... so the six months of monitoring are complete": the words say it ended in this quarter.
      if (typeof update?.narrative !== 'string' || !NOTHING_NEW.test(update.narrative) || ENDED_NOW.test(update.narrative)) return [];
      if (typeof update.status !== 'string' || update.status.trim() !== String(before.status ?? '').trim()) return [];
      const line = ref.f.file.position(at(ref.f, [...ref.path, 'updates', QUARTERS[k]!], true)).line;
      const wording = say.endedLate({ quarter: q, before: QUARTERS[k]!, ended, line });
      return [problem(ref.f, at(ref.f, [...ref.path, 'updates', q, 'ended']), 'warning', 'ended-late', wording)];
    });
  });
