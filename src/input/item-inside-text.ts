import { say } from '../messages/index.js';
import { allowedUnder, blockContentIndent, keyColumn, keyOf, keysRunUnder, type LineInfo, shiftLinesLeft } from './slip-lines.js';
import type { Slip, SlipContext } from './slips.js';

/** An item is a few dozen lines: no look around a line goes further (hostile files stay quick). */
const MOST_LINES = 200;

/** The list whose items may start with `key` and hold `child`, if any ("actions" for "id" and "lead"). */
function listOf(key: string, context: SlipContext): string | undefined {
  return [...(context.lists ?? [])].find((list) => allowedUnder(list, key, context));
}

/**
 * "- id: supplier-resilience" inside the text of a narrative, with "action:", "updates:" … under it: a
 * whole item (an action) cut and pasted back with the cursor at the text's indent. YAML reads it all
 * as more of the text: the report would print it, and leave the action out. The line must start an
 * item of a list plan knows, with at least two of that item's keys under it in one column, and an
 * item of the same list must stand above, outside the text: its column is the one to move back to.
 */
export function itemInsideText(
  text: string,
  lines: readonly LineInfo[],
  i: number,
  opener: number,
  context: SlipContext,
): { slip: Slip; end: number } | undefined {
  const line = lines[i]!;
  const key = keyOf(line);
  const list = key === undefined ? undefined : listOf(key, context);
  const content = blockContentIndent(lines, opener);
  if (key === undefined || list === undefined || content === undefined || line.indent < content) return undefined;
  const end = keysRunUnder(lines, i, list, context, MOST_LINES, keyColumn(line));
  if (end === undefined) return undefined;
  // The item above it, outside the text, that starts with the same key: the column to line up with.
  let beside: number | undefined;
  for (let j = opener; j >= Math.max(0, opener - MOST_LINES * 5) && beside === undefined; j--) {
    const above = lines[j]!;
    if (above.blank || above.comment || above.inBlock || !above.text.startsWith('- ', above.indent)) continue;
    if (keyOf(above) === key && above.indent < line.indent) beside = j;
  }
  if (beside === undefined) return undefined;
  const by = line.indent - lines[beside]!.indent;
  const { edit, last } = shiftLinesLeft(text, lines, i, end, by);
  const wording = say.itemInsideText({
    item: line.text.slice(line.indent).trimEnd(),
    key,
    what: list === 'actions' ? 'action' : 'item',
    text: keyOf(lines[opener]!) ?? '',
    line: i + 1,
    last: last + 1,
    by,
    besideLine: beside + 1,
  });
  return {
    slip: {
      offset: line.start + line.indent,
      code: 'item-inside-text',
      ...wording,
      edits: [edit],
    },
    end,
  };
}
