import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict } from '../input/check-yaml.js';
import { say } from '../messages/index.js';
import { normaliseText } from '../shared/words.js';
import { previousQuarter, QUARTERS } from './quarters.js';
import { at, eachAction, problem, type Rule } from './rule-context.js';

/**
 * A council's note carried into the next quarter with the update it was copied from: "Q2 figure
 * provisional: awaiting finance sign-off" kept word for word under Q3, where the report prints it
 * beside the Q3 figures as if it still held. Read so only when the note is the quarter before's to the
 * letter and speaks of a passing state: it names that quarter, or says the figure is provisional,
 * awaited or to be confirmed. A standing note ("shared contract with the county") is left alone.
 */

/** Words of a state that passes: what a note says until finance confirms. */
const PASSING =
  /\b(?:provisional|awaiting|awaited|to be confirmed|unconfirmed|not yet (?:confirmed|signed|agreed)|estimated?|subject to)\b/i;

export const notesOfTheirQuarter: Rule = (ctx) =>
  eachAction(ctx).flatMap((ref): Diagnostic[] => {
    const updates = asDict(ref.action.updates) ?? {};
    return QUARTERS.flatMap((q): Diagnostic[] => {
      const p = previousQuarter(q);
      const [now, before] = [asDict(asDict(updates[q])?.notes), p ? asDict(asDict(updates[p])?.notes) : undefined];
      if (!p || !now || !before) return [];
      return Object.entries(now).flatMap(([code, text]): Diagnostic[] => {
        const earlier = before[code];
        if (typeof text !== 'string' || typeof earlier !== 'string' || normaliseText(text) !== normaliseText(earlier)) return [];
        const why = PASSING.exec(text)?.[0] ?? new RegExp(`\\b${p}\\b`).exec(text)?.[0];
        if (why === undefined) return [];
        const line = ref.f.file.position(at(ref.f, [...ref.path, 'updates', p, 'notes', code], true)).line;
        const wording = say.noteCarried({ code, quarter: q, before: p, text: text.trim(), why, line });
        return [problem(ref.f, at(ref.f, [...ref.path, 'updates', q, 'notes', code], true), 'warning', 'note-carried', wording)];
      });
    });
  });
