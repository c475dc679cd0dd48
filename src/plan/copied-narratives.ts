import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict } from '../input/check-yaml.js';
import { say } from '../messages/index.js';
import { normaliseText, UNWRITTEN } from '../shared/words.js';
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
      if (text.split(/\s+/).length < MIN_WORDS || UNWRITTEN.test(narrative)) continue;
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
