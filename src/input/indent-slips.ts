import { say } from '../messages/index.js';
import { allowedUnder, COUNCIL_CODE_KEY, keyColumn, keyOf, type LineInfo, ODD_SPACES, OPENS_PART, plainSpaces } from './slip-lines.js';
import type { Slip, SlipContext } from './slips.js';
import { MAX_DEPTH } from './yaml-convert.js';

/**
 * Odd characters in a line's indentation (a tab, a non-breaking or zero-width space pasted from Word):
 * the width the line is given instead, from the lines it lines up with.
 */

/**
 * A slip in a line's indentation, repaired by giving the line `width` ordinary spaces (and `keep`
 * after them); `linesUpWithout`: the odd space was pasted in as well as the spaces, and is deleted.
 */
export function oddIndentSlip(
  line: LineInfo,
  n: number,
  ch: string,
  index: number,
  width: number,
  keep = '',
  linesUpWithout = false,
): Slip {
  const tab = ch === '\t';
  return {
    offset: line.start + index,
    code: tab ? 'tab-indent' : 'odd-space',
    ...(tab
      ? say.tabIndent({ line: n, atStart: index === 0, width })
      : say.oddSpaceIndent({ line: n, atStart: index === 0, space: ch, linesUpWithout })),
    edits: [{ at: line.start, remove: line.indent, insert: ' '.repeat(width) + keep }],
  };
}

export function slipInIndentation(
  line: LineInfo,
  lead: string,
  n: number,
  lines: readonly LineInfo[],
  i: number,
  chains: LineUp,
): Slip | undefined {
  const bad = /[\t\u00a0\u1680\u2000-\u200b\u2060\u202f\u205f\u3000\ufeff]/.exec(lead);
  if (!bad) return undefined;
  // A tab stands for whatever lines the line up with its neighbours; an odd space for an ordinary
  // one, unless the line lines up only without it (it was pasted in as well as the spaces).
  const expected = expectedIndent(lines, i);
  if (lead.includes('\t')) return oddIndentSlip(line, n, bad[0], bad.index, expected ?? plainSpaces(lead).replace(/\t/g, '  ').length);
  const replaced = plainSpaces(lead).length;
  const removed = lead.replace(ODD_SPACES, '').length;
  const levels = lineUpLevels(lines, i, expected, chains);
  const without = levels.has(removed) && !levels.has(replaced);
  return oddIndentSlip(line, n, bad[0], bad.index, without ? removed : replaced, '', without);
}

/**
 * For each line, the nearest line above it with plain-space indentation that is not text or a note
 * (-1 if none), and for each such line the nearest one above it further out: a line may line up
 * with any line on that chain (a "- id:" line with the "- id:" of the action above it, which may be
 * many lines up). Found in one pass, so that a file of thousands of pasted spaces takes linear time.
 */
export interface LineUp {
  previous: Int32Array;
  outer: Int32Array;
}

export function lineUpChains(lines: readonly LineInfo[]): LineUp {
  const previous = new Int32Array(lines.length).fill(-1);
  const outer = new Int32Array(lines.length).fill(-1);
  const stack: number[] = [];
  let last = -1;
  lines.forEach((line, i) => {
    previous[i] = last;
    if (line.blank || line.comment || line.inBlock || /[^ ]/.test(line.text.slice(0, line.indent))) return;
    while (stack.length > 0 && lines[stack[stack.length - 1]!]!.indent >= line.indent) stack.pop();
    outer[i] = stack[stack.length - 1] ?? -1;
    stack.push(i);
    last = i;
  });
  return { previous, outer };
}

/** The widths line `i` may line up at: under the line before it when that opens a part, or beside a line on its chain. */
function lineUpLevels(lines: readonly LineInfo[], i: number, expected: number | undefined, chains: LineUp): Set<number> {
  const levels = new Set<number>(expected === undefined ? [] : [expected]);
  // A chain longer than the depth YAML is read to is a hostile file, refused as such.
  for (let j = chains.previous[i]!, steps = 0; j !== -1 && steps <= MAX_DEPTH; j = chains.outer[j]!, steps++) {
    const prev = lines[j]!;
    levels.add(prev.indent);
    levels.add(keyColumn(prev));
  }
  return levels;
}

/** Where a line belongs: under the line before it when that opens a block of keys, else beside it. */
function expectedIndent(lines: readonly LineInfo[], i: number): number | undefined {
  for (let j = i - 1; j >= 0; j--) {
    const prev = lines[j]!;
    if (prev.blank || prev.comment || prev.inBlock || prev.text.slice(0, prev.indent).includes('\t')) continue;
    return OPENS_PART.test(prev.text.slice(prev.indent)) ? keyColumn(prev) + 2 : keyColumn(prev);
  }
  return undefined;
}

/**
 * "PBC: 15300" level with "achieved:" above it, below "GVC: 24650": a council's figure outdented by
 * eye. The part it stands in by its indentation (an update) cannot hold a council code, and the part
 * of the councils above it (structural line `home`, in column `column`) has no line for this council
 * yet: it can belong nowhere else, so --fix may line it up with the council above.
 */
export function strayCouncilLine(
  lines: readonly LineInfo[],
  structural: readonly number[],
  s: number,
  home: { t: number; column: number },
  context: SlipContext,
): boolean {
  const line = lines[structural[s]!]!;
  const key = keyOf(line);
  if (key === undefined || !COUNCIL_CODE_KEY.test(key) || context.knownKeys.has(key) || OPENS_PART.test(line.text.slice(line.indent))) {
    return false;
  }
  let part: string | undefined;
  for (let t = s - 1; t >= 0 && part === undefined; t--) {
    const l = lines[structural[t]!]!;
    if (keyColumn(l) < line.indent) part = keyOf(l) ?? '';
  }
  if (part === undefined || allowedUnder(part, key, context)) return false;
  for (let t = home.t; t >= 0; t--) {
    const l = lines[structural[t]!]!;
    const c = keyColumn(l);
    if (c < home.column) break;
    if (c === home.column && keyOf(l) === key) return false;
  }
  return true;
}
