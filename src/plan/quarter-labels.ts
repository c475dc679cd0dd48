import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict } from '../input/check-yaml.js';
import { say } from '../messages/index.js';
import { QUARTERS, type Quarter, quarterIndex } from './quarters.js';
import { type ActionRef, actionName, at, eachAction, problem, type Rule, type RuleContext } from './rule-context.js';

/**
 * An update written under the wrong quarter's label: the officer filled in the new quarter under
 * "Q4:" when the plan is at Q3 (typed by eye, or last year's label kept after the year roll). The
 * action then has a quarter no other action has reached and lacks the one they all have: as written,
 * the report for that quarter shows it with no update, and its figures wait for a quarter to come.
 * A warning (it may be written ahead), and an error for the quarter being reported.
 */

/** The latest quarter an action has an update for. */
function latest(ref: ActionRef): Quarter | undefined {
  const updates = asDict(ref.action.updates) ?? {};
  return [...QUARTERS].reverse().find((q) => asDict(updates[q]) !== undefined);
}

/** Whether an action has ended: its latest quarter says where it stopped, not where the plan is. */
function hasEnded(ref: ActionRef): boolean {
  const updates = asDict(ref.action.updates) ?? {};
  return QUARTERS.some((q) => asDict(updates[q])?.ended !== undefined);
}

/** Whether an action has an update for a quarter after `from` and before `to`. */
function hasBetween(ref: ActionRef, from: Quarter, to: Quarter): boolean {
  const updates = asDict(ref.action.updates) ?? {};
  return QUARTERS.some(
    (q) => quarterIndex(q) > quarterIndex(from) && quarterIndex(q) < quarterIndex(to) && asDict(updates[q]) !== undefined,
  );
}

export interface Mislabelled {
  ref: ActionRef;
  written: Quarter;
  meant: Quarter;
}

/**
 * The actions whose latest update is for a quarter later than any other open action has reached, that
 * have no update for the latest quarter the others reach nor for any quarter between: their latest
 * update is probably for it. An action that has ended does not say where the plan is. (A
 * report of an earlier quarter, with --quarter, does not change which quarter the plan is at.)
 */
export function mislabelledUpdates(ctx: RuleContext): Mislabelled[] {
  const refs = eachAction(ctx);
  const lasts = refs.map(latest);
  const open = refs.map((ref) => !hasEnded(ref));
  // How many open actions have each quarter as their latest: the others' furthest quarter, for each.
  const reached = QUARTERS.map((q) => lasts.filter((last, j) => last === q && open[j]).length);
  const out: Mislabelled[] = [];
  refs.forEach((ref, i) => {
    const written = lasts[i];
    const own = (q: Quarter) => (q === written && open[i] ? 1 : 0);
    const meant = [...QUARTERS].reverse().find((q) => reached[quarterIndex(q)]! - own(q) > 0);
    if (written === undefined || meant === undefined) return;
    const updates = asDict(ref.action.updates) ?? {};
    if (quarterIndex(written) <= quarterIndex(meant) || asDict(updates[meant]) !== undefined) return;
    // Updates for the quarters in between mean the action is written ahead, not mislabelled.
    if (hasBetween(ref, meant, written)) return;
    // An action that ended before the plan's quarter has nothing to say for it.
    if (QUARTERS.some((q) => quarterIndex(q) < quarterIndex(meant) && asDict(updates[q])?.ended !== undefined)) return;
    out.push({ ref, written, meant });
  });
  return out;
}

export const quarterLabelsFit: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  for (const { ref, written, meant } of mislabelledUpdates(ctx)) {
    const offset = at(ref.f, [...ref.path, 'updates', written], true);
    out.push(
      problem(
        ref.f,
        offset,
        ctx.quarter ? 'error' : 'warning',
        'quarter-mislabelled',
        say.quarterMislabelled({ action: actionName(ref), written, meant }),
      ),
    );
  }
  return out;
};
