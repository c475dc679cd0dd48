import { say } from '../messages/index.js';
import { BLOCK_START, type LineInfo, nextStructural, OPENS_PART } from './slip-lines.js';
import type { Slip } from './slips.js';

/**
 * Lines pasted twice, found before parsing: one line under itself, or the whole section under itself.
 * YAML would report each key of the copy as written twice; the copy is one slip, deleted by --fix.
 */

/**
 * A line written twice, one under the other, the first with nothing of its own: a "key:" or "key: |"
 * line with nothing after it (the lines below belong to the second copy) or the "- id: …" line that starts an
 * item (the first copy starts an item with nothing in it). The first copy is deleted, and nothing
 * else: not reported as a key with no value or an action with no "action:", then the same key or id
 * used twice. One right answer, so --fix deletes it too.
 */
export function repeatedItemLines(lines: readonly LineInfo[]): Slip[] {
  const slips: Slip[] = [];
  lines.forEach((line, i) => {
    if (line.blank || line.comment || line.inBlock) return;
    const rest = line.text.slice(line.indent);
    const m = /^(- +)?([A-Za-z][\w-]*)[ \t]*:/.exec(rest);
    if (!m || (m[1] === undefined && !OPENS_PART.test(rest) && !BLOCK_START.test(rest))) return;
    const next = nextStructural(lines, i);
    if (next === undefined || lines[next]!.text.trimEnd() !== line.text.trimEnd()) return;
    // "narrative: |" with text under it is not empty: only blank lines and notes may stand between.
    if (!lines.slice(i + 1, next).every((l) => l.blank || (l.comment && !l.inBlock))) return;
    const key = m[1] === undefined ? m[2]! : `- ${m[2]}`;
    slips.push({
      offset: line.start + line.indent,
      code: 'duplicate-key',
      ...say.keyLineTwice({ key, first: i + 1, again: next + 1 }),
      // Only the line itself: a note between the two copies stays.
      edits: [{ at: line.start, remove: lines[i + 1]!.start - line.start, insert: '' }],
    });
  });
  return slips;
}

/**
 * The whole section pasted a second time below itself (the officer copied the file's text into it
 * again): from the line that repeats the first non-blank line to the end, the lines repeat the file's
 * first lines word for word. One candidate line fits the lengths, so a file of one line repeated is
 * compared once.
 */
export function sectionPastedTwice(lines: readonly LineInfo[], textLength: number): Slip | undefined {
  const a = lines.findIndex((l) => !l.blank);
  let end = lines.length - 1;
  while (end > a && lines[end]!.blank) end--;
  if (a === -1 || end <= a) return undefined;
  const first = lines[a]!.text.trimEnd();
  for (let b = a + 1; b <= end; b++) {
    if (lines[b]!.indent !== 0 || lines[b]!.text.trimEnd() !== first) continue;
    let before = b - 1;
    while (before > a && lines[before]!.blank) before--;
    const length = end - b + 1;
    if (before - a + 1 !== length) continue;
    let k = 0;
    while (k < length && lines[a + k]!.text.trimEnd() === lines[b + k]!.text.trimEnd()) k++;
    if (k < length) return undefined;
    return {
      offset: lines[b]!.start,
      code: 'duplicate-key',
      ...say.sectionPastedTwice({ first: { from: a + 1, to: before + 1 }, again: { from: b + 1, to: end + 1 } }),
      // From the end of the original's last line: the blank lines between the two copies go too.
      edits: [{ at: lines[before + 1]!.start, remove: textLength - lines[before + 1]!.start, insert: '' }],
    };
  }
  return undefined;
}
