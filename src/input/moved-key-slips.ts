import { say } from '../messages/index.js';
import { keysBeside } from './cell-slips.js';
import { keyAndValue, keyColumn, keyOf, type LineInfo, OPENS_PART } from './slip-lines.js';
import { CODE_KEYS, type Slip, type SlipContext } from './slips.js';

/**
 * "due: Q4" in an action's Q3 update: a key the part it stands in does not take, but a part around
 * it does (the action), and that part does not have it. It was moved, as a tracker keeps each
 * quarter's dates with the quarter: it is told to go back, above the line that opens the part it
 * stands in ("updates:"), so that nothing is lost. Deleting it would lose the value.
 */
export function keyOfOuterPart(
  text: string,
  lines: readonly LineInfo[],
  i: number,
  context: SlipContext,
  parents: ReadonlyArray<string | undefined>,
): Slip | undefined {
  const line = lines[i]!;
  const key = keyOf(line);
  const parent = parents[i];
  const kv = keyAndValue(line);
  if (key === undefined || parent === undefined || !kv || kv.dash !== '' || OPENS_PART.test(line.text)) return undefined;
  const here = context.children.get(parent);
  // Among council codes, a key is indented a level too far, which indent-slips.ts says.
  if (!here || here.has(key) || here.has(CODE_KEYS) || !context.knownKeys.has(key)) return undefined;
  const outer = outerPartFor(lines, i, key, context, parents);
  if (outer === undefined) return undefined;
  const opener = lines[outer]!;
  const column = keyColumn(opener);
  const eol = text[line.start + line.text.length] === '\r' ? '\r\n' : '\n';
  const end = Math.min(text.length, line.start + line.text.length + eol.length);
  return {
    offset: line.start + line.indent,
    code: 'key-of-outer-part',
    ...say.keyOfOuterPart({
      key,
      value: kv.value,
      part: parent,
      outer: parents[outer] ?? '',
      opener: keyOf(opener) ?? '',
      openerLine: outer + 1,
      column,
    }),
    edits: [
      { at: line.start, remove: end - line.start, insert: '' },
      { at: opener.start, remove: 0, insert: `${' '.repeat(column)}${line.text.slice(line.indent)}${eol}` },
    ],
  };
}

/**
 * The line that opens the part line i stands in, or one around it, whose own part takes `key` and has
 * none: the line above which it belongs. Undefined if no part around takes it, or the one that does has it.
 */
function outerPartFor(
  lines: readonly LineInfo[],
  i: number,
  key: string,
  context: SlipContext,
  parents: ReadonlyArray<string | undefined>,
): number | undefined {
  let indent = lines[i]!.indent;
  for (let j = i - 1; j >= 0; j--) {
    const l = lines[j]!;
    if (l.blank || l.comment || l.inBlock || l.indent >= indent) continue;
    indent = l.indent;
    const part = parents[j];
    if (part === undefined) return undefined;
    if (context.children.get(part)?.has(key) !== true) continue;
    // An item's own first line ("- id: x") cannot have a line put above it inside the item.
    if (l.text.slice(l.indent).startsWith('-')) return undefined;
    return keysBeside(lines, j).has(key) ? undefined : j;
  }
  return undefined;
}
