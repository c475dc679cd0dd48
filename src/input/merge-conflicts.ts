import { say } from '../messages/index.js';
import { type LineInfo, scanLines } from './slip-lines.js';
import type { Slip } from './slips.js';

/**
 * The markers git leaves when two people changed the same lines and a merge could not choose:
 * "<<<<<<< HEAD", the one version, "=======", the other, ">>>>>>> their-branch". Which version to keep
 * is the officer's choice, so --fix leaves it; the rest of the check reads the first version, as if
 * the markers and the second were gone, so that nothing else is said of the lines between them.
 */

const START = /^<{7}(?:[ \t]+(.*))?$/;
const MIDDLE = /^={7}[ \t]*$/;
const BASE = /^\|{7}(?:[ \t].*)?$/;
const END = /^>{7}(?:[ \t]+(.*))?$/;

export function findMergeConflicts(text: string, _context: unknown, lines: readonly LineInfo[] = scanLines(text)): Slip[] {
  const slips: Slip[] = [];
  const own = (i: number) => lines[i]!.text.trim();
  for (let i = 0; i < lines.length; i++) {
    if (!START.test(own(i))) continue;
    let base: number | undefined;
    let middle: number | undefined;
    let end: number | undefined;
    for (let j = i + 1; j < lines.length && end === undefined; j++) {
      if (START.test(own(j))) break;
      if (middle === undefined && base === undefined && BASE.test(own(j))) base = j;
      else if (middle === undefined && MIDDLE.test(own(j))) middle = j;
      else if (middle !== undefined && END.test(own(j))) end = j;
    }
    if (middle === undefined || end === undefined) continue;
    const startOf = (k: number) => lines[k]!.start;
    const after = (k: number) => (k + 1 < lines.length ? lines[k + 1]!.start : lines[k]!.start + lines[k]!.text.length);
    slips.push({
      offset: lines[i]!.start + lines[i]!.indent,
      code: 'merge-conflict',
      ...say.mergeConflict({
        from: i + 1,
        middle: middle + 1,
        to: end + 1,
        ours: START.exec(own(i))![1] ?? 'your version',
        theirs: END.exec(own(end))![1] ?? 'the other version',
        oursLines: { from: i + 2, to: base ?? middle },
        theirsLines: { from: middle + 2, to: end },
      }),
      // Read on with the first version: the markers, the common base and the second version go.
      edits: [
        { at: startOf(i), remove: after(i) - startOf(i), insert: '' },
        { at: startOf(base ?? middle), remove: after(end) - startOf(base ?? middle), insert: '' },
      ],
    });
    i = end;
  }
  return slips;
}
