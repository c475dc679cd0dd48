import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict } from '../input/check-yaml.js';
import { say } from '../messages/index.js';
import { normaliseText } from '../shared/words.js';
import { narrativesMoveOn, narrativesOwn } from './copied-narratives.js';
import { plainText } from './narrative-amounts.js';
import { QUARTERS, type Quarter } from './quarters.js';
import { type ActionRef, actionName, at, eachAction, problem, type Rule } from './rule-context.js';

/**
 * A quarter's status that is word for word another action's status of the same quarter, whose telling
 * words ("60 days", a figure among them) belong to that other action's own text and appear nowhere in this action's: the
 * officer copied the status from the action above or below. Two actions may share a plain status ("On
 * track", "Delayed by staff shortages") by right: only words one action's text has and the other's
 * lacks make the status that action's, a figure among them and a word of what it measures, where this
 * action measures other things.
 */

/** Words a status shares with any action's text without telling which: "still", "above", "target". */
const COMMON =
  /^(?:still|now|with|from|into|than|that|this|they|them|their|been|being|have|were|more|less|most|some|each|both|over|under|above|below|behind|ahead|track|target|targets|quarter|council|councils|plan|progress|work|working|agreed|under|way|next|last|year|done|started|complete|completed|delayed|pending|awaiting|ongoing)$/;

/** A status's telling words: numbers, and words of four letters or more that are not common ones or council codes. */
function tellingWords(status: string): string[] {
  return [...new Set(status.toLowerCase().match(/[a-z][a-z'-]{3,}|\d+(?:\.\d+)?/g) ?? [])].filter((w) => !COMMON.test(w));
}

/** An action's own words, lower-cased: its text, its measures' names and units, and its updates' narratives and notes. */
function ownText(action: Record<string, unknown>): string {
  const measures = Object.values(asDict(action.measures) ?? {}).flatMap((m) => [asDict(m)?.name, asDict(m)?.unit]);
  const updates = Object.values(asDict(action.updates) ?? {}).flatMap((u) => [
    plainText(asDict(u)?.narrative),
    ...Object.values(asDict(asDict(u)?.notes) ?? {}),
  ]);
  const target = asDict(action.target)?.measure;
  return [action.action, target, ...measures, ...updates]
    .filter((t): t is string => typeof t === 'string')
    .join(' ')
    .toLowerCase();
}

/** A number as a whole figure; a word by its stem, anywhere in a word ("tender" of "tenders" in "Retender"). */
const has = (text: string, word: string) =>
  /^\d/.test(word)
    ? new RegExp(`(?<![\\w.])${word.replace(/\./g, '\\.')}(?![\\w])`).test(text)
    : text.includes(word.replace(/(?:es|s)$/, ''));

/** The words of `status` that `other`'s own text has and `ref`'s lacks; none when some fit `ref` and not `other`. */
function wordsOfOther(status: string, ref: ActionRef, other: ActionRef): string[] {
  const [mine, theirs] = [ownText(ref.action), ownText(other.action)];
  const words = tellingWords(status);
  if (words.some((w) => has(mine, w) && !has(theirs, w))) return [];
  const theirsOnly = words.filter((w) => has(theirs, w) && !has(mine, w));
  // The status names what the other action measures ("days") and this one, which measures other things, does not.
  const measured = (r: ActionRef) =>
    Object.values(asDict(r.action.measures) ?? {})
      .flatMap((m) => [asDict(m)?.name, asDict(m)?.unit])
      .join(' ')
      .toLowerCase();
  if (measured(ref) === '' || !theirsOnly.some((w) => !/^\d/.test(w) && has(measured(other), w))) return [];
  // A figure with its word from the other action's text ("60 days") tells; words alone ("slightly behind
  // profile") or a figure alone ("2 tenders out" of two contracts named in words) may be any action's.
  return theirsOnly.some((w) => /^\d/.test(w)) && theirsOnly.some((w) => !/^\d/.test(w)) ? theirsOnly : [];
}

/** The quarter's statuses of the actions, grouped by their words. */
function statusGroups(actions: readonly ActionRef[], q: Quarter): Map<string, ActionRef[]> {
  const groups = new Map<string, ActionRef[]>();
  for (const ref of actions) {
    const status = asDict(asDict(ref.action.updates)?.[q])?.status;
    if (typeof status !== 'string' || status.trim() === '') continue;
    const key = normaliseText(status).toLowerCase();
    groups.set(key, [...(groups.get(key) ?? []), ref]);
  }
  return groups;
}

const statusesOwn: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  const actions = eachAction(ctx);
  for (const q of QUARTERS) {
    for (const [status, refs] of statusGroups(actions, q)) {
      if (refs.length !== 2) continue;
      for (const [ref, other] of [refs, [...refs].reverse()] as [ActionRef, ActionRef][]) {
        const words = wordsOfOther(status, ref, other);
        if (words.length === 0) continue;
        const statusAt = (r: ActionRef) => at(r.f, [...r.path, 'updates', q, 'status']);
        const wording = say.statusOfOtherAction({
          quarter: q,
          action: actionName(ref),
          other: actionName(other),
          status: String(asDict(asDict(ref.action.updates)?.[q])?.status).trim(),
          words,
          line: other.f.file.position(statusAt(other)).line,
          file: other.f === ref.f ? undefined : other.f.file.displayPath,
          below: other.f === ref.f && other.index > ref.index,
        });
        out.push(problem(ref.f, statusAt(ref), 'warning', 'status-of-other-action', wording));
      }
    }
  }
  return out;
};

/** The rules that hold an update's text to its own action and quarter: narratives and statuses not copied. */
export const copiedTextRules: readonly Rule[] = [narrativesOwn, narrativesMoveOn, statusesOwn];
