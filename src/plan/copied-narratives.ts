import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict } from '../input/check-yaml.js';
import { say } from '../messages/index.js';
import { normaliseText, STANDSTILL, UNWRITTEN } from '../shared/words.js';
import { QUARTERS } from './quarters.js';
import { type ActionRef, actionName, at, eachAction, problem, type Rule } from './rule-context.js';

/**
 * A quarter's narrative that is word for word the same quarter's narrative of another action: the
 * officer copied the other action's update to write over it and left its text. Said at the copy (the
 * later action in the plan), naming where it came from. Short texts ("No change this quarter.") are
 * said the same of many actions by right, so only a text of some length is compared.
 */

/** A narrative of at least this many words is one officer's account of one action. */
const MIN_WORDS = 8;

/** The lines of a quarter's narrative text in its file: the line after "narrative: |", or its own line. */
function textLines(ref: ActionRef, quarter: string, narrative: string): { from: number; to: number } {
  const opener = ref.f.file.position(at(ref.f, [...ref.path, 'updates', quarter, 'narrative'])).line;
  const block = /^[ \t]*narrative:[ \t]*[|>]/.test(ref.f.file.lineText(opener));
  const count = narrative.replace(/\n+$/, '').split('\n').length;
  return block ? { from: opener + 1, to: opener + count } : { from: opener, to: opener };
}

export const narrativesOwn: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  for (const q of QUARTERS) {
    const first = new Map<string, ActionRef>();
    for (const ref of eachAction(ctx)) {
      const narrative = asDict(asDict(ref.action.updates)?.[q])?.narrative;
      if (typeof narrative !== 'string') continue;
      const text = normaliseText(narrative);
      if (text.split(/\s+/).length < MIN_WORDS || UNWRITTEN.test(narrative) || STANDSTILL.test(narrative)) continue;
      const source = first.get(text);
      if (!source) {
        first.set(text, ref);
        continue;
      }
      const sourceText = asDict(asDict(source.action.updates)?.[q])?.narrative as string;
      const wording = say.narrativeOfOtherAction({
        quarter: q,
        action: actionName(ref),
        other: actionName(source),
        lines: textLines(source, q, sourceText),
        sameFile: source.f === ref.f,
        above: source.f === ref.f && source.index === ref.index - 1,
        file: source.f.file.displayPath,
      });
      out.push(problem(ref.f, at(ref.f, [...ref.path, 'updates', q, 'narrative']), 'warning', 'narrative-of-other-action', wording));
    }
  }
  return out;
};

/**
 * A quarter's narrative that starts (or ends) with the quarter before's narrative word for word, with
 * new text after (or before) it: the officer copied last quarter's update to write the new one and
 * left the old text in. Committee would read last quarter's news as this quarter's. The officer may
 * mean a running account, so the hint names the lines and leaves the choice.
 */
export const narrativesMoveOn: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  for (const ref of eachAction(ctx)) {
    const updates = asDict(ref.action.updates) ?? {};
    QUARTERS.slice(1).forEach((q, k) => {
      const before = QUARTERS[k]!;
      const earlier = asDict(updates[before])?.narrative;
      const later = asDict(updates[q])?.narrative;
      if (typeof earlier !== 'string' || typeof later !== 'string' || UNWRITTEN.test(later)) return;
      const old = normaliseText(earlier);
      const now = normaliseText(later);
      if (old.split(/\s+/).length < MIN_WORDS || now.length <= old.length) return;
      const first = now.startsWith(`${old} `);
      if (!first && !now.endsWith(` ${old}`)) return;
      const lines = keptLines(textLines(ref, q, later), later, earlier, first);
      const wording = say.narrativeKeepsEarlier({ quarter: q, from: before, action: actionName(ref), lines, first });
      // Said at the first line of the old text, in a text of several lines; else at the narrative.
      const start = at(ref.f, [...ref.path, 'updates', q, 'narrative']);
      const line = ref.f.file.lineStart(lines.from);
      const offset = lines.from > ref.f.file.position(start).line ? line + ref.f.file.lineText(lines.from).search(/\S/) : start;
      out.push(problem(ref.f, offset, 'warning', 'narrative-keeps-earlier', wording));
    });
  }
  return out;
};

/** The lines of `later`'s text that hold `earlier`'s: its first lines, or its last. */
function keptLines(all: { from: number; to: number }, later: string, earlier: string, first: boolean): { from: number; to: number } {
  if (all.from === all.to) return all;
  const count = earlier.replace(/\n+$/, '').split('\n').length;
  const total = later.replace(/\n+$/, '').split('\n').length;
  const n = Math.min(count, total);
  return first ? { from: all.from, to: all.from + n - 1 } : { from: all.to - n + 1, to: all.to };
}
