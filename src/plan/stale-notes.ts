import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict } from '../input/check-yaml.js';
import { say } from '../messages/index.js';
import { escapeRegExp, normaliseText, STILL_TO_COME } from '../shared/words.js';
import { sentencesOf } from './narrative-amounts.js';
import { wordsOf } from './narrative-rules.js';
import { previousQuarter, QUARTERS } from './quarters.js';
import { at, eachAction, problem, type Rule } from './rule-context.js';

/**
 * A council's note carried into the next quarter with the update it was copied from: "Q2 figure
 * provisional: awaiting finance sign-off" kept word for word under Q3, where the report prints it
 * beside the Q3 figures as if it still held. Read so only when the note is the quarter before's to the
 * letter, speaks of a passing state (it names that quarter, or says the figure is provisional, awaited
 * or to be confirmed), and the update's own words say that state has passed for the council ("FCC's
 * Q2 figure was confirmed by finance in October"). A note that still holds is left alone.
 */

/** Words of a state that passes: what a note says until finance confirms. */
const PASSING =
  /\b(?:provisional|awaiting|awaited|to be confirmed|unconfirmed|not yet (?:confirmed|signed|agreed)|estimated?|subject to)\b/i;
/** Words that say it has passed: "confirmed by finance", "signed off", "received". */
const PASSED = /\b(?:confirmed|signed off|received|finali[sz]ed|audited|settled|resolved|cleared|approved)\b/i;

/** A sentence of the update that names the council and says the state of its note has passed. */
function passedFor(update: Record<string, unknown>, words: readonly string[]): boolean {
  const named = words.map((w) => new RegExp(`\\b${escapeRegExp(w)}\\b`));
  return sentencesOf({ narrative: update.narrative }).some((s) => PASSED.test(s) && !STILL_TO_COME.test(s) && named.some((n) => n.test(s)));
}

export const notesOfTheirQuarter: Rule = (ctx) => {
  const names = wordsOf(ctx).names;
  return eachAction(ctx).flatMap((ref): Diagnostic[] => {
    const updates = asDict(ref.action.updates) ?? {};
    return QUARTERS.flatMap((q): Diagnostic[] => {
      const p = previousQuarter(q);
      const [now, before] = [asDict(asDict(updates[q])?.notes), p ? asDict(asDict(updates[p])?.notes) : undefined];
      if (!p || !now || !before) return [];
      return Object.entries(now).flatMap(([code, text]): Diagnostic[] => {
        const earlier = before[code];
        if (typeof text !== 'string' || typeof earlier !== 'string' || normaliseText(text) !== normaliseText(earlier)) return [];
        // "Q1 2059" is a quarter of another year: only the quarter alone is the one before.
        const why = PASSING.exec(text)?.[0] ?? new RegExp(`\\b${p}\\b(?![ \\t]*(?:\\d{2,4}\\b|/))`).exec(text)?.[0];
        if (why === undefined || !passedFor(asDict(updates[q])!, [code, ...(names.get(code) ?? [])])) return [];
        const line = ref.f.file.position(at(ref.f, [...ref.path, 'updates', p, 'notes', code], true)).line;
        const wording = say.noteCarried({ code, quarter: q, before: p, text: text.trim(), why, line });
        return [problem(ref.f, at(ref.f, [...ref.path, 'updates', q, 'notes', code], true), 'warning', 'note-carried', wording)];
      });
    });
  });
};
