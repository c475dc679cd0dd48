import { say } from '../messages/index.js';
import { itemInsideText } from './item-inside-text.js';
import {
  allowedUnder,
  BLOCK_START,
  blockContentIndent,
  KEY_LINE,
  keyColumn,
  keyOf,
  keysRunUnder,
  type LineInfo,
  nextStructural,
  OPENS_PART,
  parentKeys,
  plainSpaces,
  scanLines,
  shiftLinesLeft,
  siblings,
} from './slip-lines.js';
import type { Edit, Slip, SlipContext } from './slips.js';

/**
 * Slips in the structure across lines, found before parsing and before the layout slips (which then
 * see the file as repaired): the "- " of a list item written with two spaces or lost, the key line
 * above a text deleted, and an update pasted with the indentation of the text above it, which YAML
 * reads, without a word, as more of that text.
 */
export function findStructureSlips(text: string, context: SlipContext, lines: readonly LineInfo[] = scanLines(text)): Slip[] {
  const slips: Slip[] = [];
  const parents = parentKeys(lines);
  const items = new Map<number, number>();
  let opener: number | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.blank || line.comment) continue;
    if (line.inBlock) {
      // Most text lines are sentences: only a known key alone on its line can start a pasted update,
      // and only a list's first key ("- id: x") a pasted item.
      const rest = line.text.slice(line.indent);
      const item = /^- +[A-Za-z][\w-]*[ \t]*:/.test(rest);
      const last = opener === undefined ? undefined : keyAfterText(lines, i, opener, context);
      if (last) slips.push(last);
      if (!item && !/^[A-Za-z][\w-]*:[ \t]*$/.test(rest)) continue;
      const inside = item ? itemInsideText : updateInsideText;
      const found = opener === undefined ? undefined : inside(text, lines, i, opener, context);
      if (found) {
        slips.push(found.slip);
        i = found.end - 1;
      }
      continue;
    }
    // The line that opens the text of the lines after it, if they are text (looked for once, not per line).
    opener = i;
    const slip = extraSpaceAfterDash(lines, i, context) ?? dashMissing(lines, i, items) ?? textKeyMissing(lines, i, context, parents);
    if (slip) slips.push(slip);
    openItems(items, line, i);
  }
  return slips;
}

/**
 * The list items open at a line, by the column of their "-": a line ends the items it is not inside.
 * Kept as the lines go by, so no line looks back over the file (a hostile file stays linear).
 */
function openItems(items: Map<number, number>, line: LineInfo, i: number): void {
  const dash = line.text.startsWith('- ', line.indent);
  for (const column of items.keys()) if (column >= line.indent || (!dash && line.indent < column + 2)) items.delete(column);
  if (dash) items.set(line.indent, i);
}

/** An update or an action is a few dozen lines: no look around a line goes further (hostile files stay quick). */
const MOST_LINES = 200;

/**
 * "Q4:" alone on a line inside the text of a narrative, with "status:", "rag:" … under it: an update
 * pasted with the text's indentation. One word followed by a colon is not enough (a narrative may say
 * "Note:"): the line must be a key that opens a part, with at least two lines under it, all in one
 * column, each a key that part holds, and a key beside it must stand above the text.
 */
function updateInsideText(
  text: string,
  lines: readonly LineInfo[],
  i: number,
  opener: number,
  context: SlipContext,
): { slip: Slip; end: number } | undefined {
  const line = lines[i]!;
  const key = keyOf(line)!;
  if (!context.children.has(key)) return undefined;
  // In line with the text or further in: pasted with it (a key just short of the text is only out of line).
  const content = blockContentIndent(lines, opener);
  if (content === undefined || line.indent < content) return undefined;
  const end = keysRunUnder(lines, i, key, context, MOST_LINES);
  if (end === undefined) return undefined;
  // The key beside it ("Q3:" for "Q4:"), among the lines that hold the text: its column is the one.
  let limit = keyColumn(lines[opener]!);
  let beside: number | undefined;
  for (let j = opener; j >= Math.max(0, opener - MOST_LINES) && beside === undefined; j--) {
    const above = lines[j]!;
    if (above.blank || above.comment || above.inBlock || keyColumn(above) > limit) continue;
    limit = keyColumn(above) - 1;
    const aboveKey = keyOf(above);
    if (aboveKey !== undefined && aboveKey !== key && siblings(key, aboveKey, context)) beside = j;
  }
  if (beside === undefined) return undefined;
  const target = keyColumn(lines[beside]!);
  const by = line.indent - target;
  const { edit, last } = shiftLinesLeft(text, lines, i, end, by);
  const edits: Edit[] = [edit];
  const wording = say.updateInsideText({
    key,
    text: keyOf(lines[opener]!) ?? '',
    line: i + 1,
    last: last + 1,
    column: target,
    beside: keyOf(lines[beside]!)!,
    besideLine: beside + 1,
    by,
  });
  return { slip: { offset: line.start + line.indent, code: 'update-inside-text', ...wording, edits }, end };
}

/**
 * "rag: green" typed below a narrative's last line, lined up by eye with its text: YAML reads it as
 * the text's last line, and the update has no rating. Said only of the text's last line, in line with
 * the text (a line short of it is only out of line), a key that stands beside the text's own key and
 * is missing from their part, with a value it takes ("green" for "rag:", any plain words for
 * "status:"): then there is one reading, the line moved out to the column of the text's key.
 */
function keyAfterText(lines: readonly LineInfo[], i: number, opener: number, context: SlipContext): Slip | undefined {
  const line = lines[i]!;
  const m = /^([A-Za-z][\w-]*):[ \t]+(\S.*?)[ \t]*$/.exec(line.text.slice(line.indent));
  const textKey = keyOf(lines[opener]!);
  if (!m || textKey === undefined || m[1] === textKey || !takesValue(m[1]!, m[2]!, context)) return undefined;
  const content = blockContentIndent(lines, opener);
  if (content === undefined || line.indent < content || !siblings(m[1]!, textKey, context)) return undefined;
  const n = lines.slice(i + 1, i + 1 + MOST_LINES).findIndex((l) => !l.blank);
  if (n >= 0 && lines[i + 1 + n]!.inBlock) return undefined;
  const column = keyColumn(lines[opener]!);
  if (partHasKey(lines, opener, i, column, m[1]!)) return undefined;
  return {
    offset: line.start + line.indent,
    code: 'key-after-text',
    ...say.keyAfterText({ key: m[1]!, value: m[2]!, text: textKey, textLine: opener + 1, column }),
    edits: [{ at: line.start, remove: line.indent, insert: ' '.repeat(column) }],
  };
}

/** A value the key takes as written: one of its words, or words (plain or in quotes) for a key of text. */
function takesValue(key: string, value: string, context: SlipContext): boolean {
  const words = context.choices?.get(key);
  if (words) return words.includes(value);
  if (context.textKeys?.has(key) !== true) return false;
  // Words in quotes, closed where they end ("Recruited: both start in January"), or plain words.
  return /^"[^"\\]*"$|^'[^']*'$/.test(value) || !/^[-?:,[\]{}#&*!|>'"%@`]|: | #/.test(value);
}

/** Whether the part that holds the text from line `opener` to line `last` has a key `key`, above or below it. */
function partHasKey(lines: readonly LineInfo[], opener: number, last: number, column: number, key: string): boolean {
  // Up to the part's first key (an item's "- id:" line is one) and down to its last.
  const at = (j: number, up: boolean): boolean | undefined => {
    const l = lines[j]!;
    if (l.blank || l.comment || l.inBlock || keyColumn(l) > column) return undefined;
    const dash = l.text.startsWith('- ', l.indent);
    if (keyColumn(l) < column || (dash && !up)) return false;
    if (keyOf(l) === key) return true;
    return dash ? false : undefined;
  };
  for (let j = opener - 1; j >= Math.max(0, opener - MOST_LINES); j--) {
    const found = at(j, true);
    if (found !== undefined) {
      if (found) return true;
      break;
    }
  }
  for (let j = last + 1; j < Math.min(lines.length, last + MOST_LINES); j++) {
    const found = at(j, false);
    if (found !== undefined) return found;
  }
  return false;
}

/** "-  id: x": two spaces after the "-" put "id:" out of line with the item's other keys below it. */
function extraSpaceAfterDash(lines: readonly LineInfo[], i: number, context: SlipContext): Slip | undefined {
  const line = lines[i]!;
  const m = /^-( {2,})([A-Za-z][\w-]*)[ \t]*:(?:[ \t]|$)/.exec(line.text.slice(line.indent));
  if (!m || !context.knownKeys.has(m[2]!)) return undefined;
  const n = nextStructural(lines, i);
  const below = n === undefined ? undefined : keyOf(lines[n]!);
  // The item's other keys stand where one space after the "-" would put this one.
  if (below === undefined || lines[n!]!.indent !== line.indent + 2 || !siblings(m[2]!, below, context)) return undefined;
  const at = line.start + line.indent + 1;
  return {
    offset: line.start + line.indent,
    code: 'dash-spaces',
    ...say.extraSpaceAfterDash({
      key: m[2]!,
      spaces: m[1]!.length,
      line: i + 1,
      written: `- ${line.text.slice(line.indent + 1 + m[1]!.length)}`.trimEnd(),
    }),
    edits: [{ at, remove: m[1]!.length, insert: ' ' }],
  };
}

/**
 * "    id: x" in the column of an item's keys, where that item started with "- id:": the "- " of the
 * next item lost. Its keys start over below it, so it is a new item, not "id:" written twice.
 */
function dashMissing(lines: readonly LineInfo[], i: number, items: ReadonlyMap<number, number>): Slip | undefined {
  const line = lines[i]!;
  const key = keyOf(line);
  if (key === undefined || line.indent < 2 || line.text.startsWith('-', line.indent)) return undefined;
  const dash = line.indent - 2;
  // The "- key:" line of the item this line stands in.
  const item = items.get(dash);
  if (item === undefined || keyOf(lines[item]!) !== key || keyColumn(lines[item]!) !== line.indent) return undefined;
  // Keys of the new item follow it, in its column: one at least.
  const n = nextStructural(lines, i);
  if (n === undefined || lines[n]!.indent !== line.indent || keyOf(lines[n]!) === undefined) return undefined;
  const written = `- ${line.text.slice(line.indent)}`.trimEnd();
  return {
    offset: line.start + line.indent,
    code: 'dash-missing',
    ...say.dashMissing({ key, line: i + 1, written, column: dash }),
    edits: [{ at: line.start, remove: line.indent, insert: `${' '.repeat(dash)}- ` }],
  };
}

/**
 * Text left under "rag: amber" when the "narrative: |" line above it was deleted: YAML joins it to
 * the value above. Said when the key above cannot hold text over several lines and its part lacks a
 * key of text to take it.
 */
function textKeyMissing(
  lines: readonly LineInfo[],
  i: number,
  context: SlipContext,
  parents: ReadonlyArray<string | undefined>,
): Slip | undefined {
  const line = lines[i]!;
  const rest = plainSpaces(line.text.slice(line.indent));
  if (KEY_LINE.test(rest) || /^[-#\u2022]/.test(rest)) return undefined;
  let p = i - 1;
  while (p >= 0 && lines[p]!.blank) p--;
  const above = p >= 0 ? lines[p]! : undefined;
  if (above === undefined || above.inBlock || above.comment || line.indent <= above.indent) return undefined;
  const aboveKey = keyOf(above);
  const aboveRest = above.text.slice(above.indent);
  if (aboveKey === undefined || OPENS_PART.test(aboveRest) || BLOCK_START.test(aboveRest) || context.textKeys?.has(aboveKey))
    return undefined;
  const parent = parents[p];
  if (parent === undefined) return undefined;
  const present = new Set<string>();
  for (const range of [-1, 1] as const)
    for (let j = p + range; j >= 0 && j < lines.length && Math.abs(j - p) <= MOST_LINES; j += range) {
      const other = lines[j]!;
      if (other.blank || other.comment || other.inBlock || (j > p && other.indent > above.indent)) continue;
      if (other.indent < above.indent) break;
      if (other.indent === above.indent) present.add(keyOf(other) ?? '');
    }
  const missing = [...(context.textKeys ?? [])].filter((k) => allowedUnder(parent, k, context) && !present.has(k));
  if (missing.length === 0) return undefined;
  const { fixed, ...wording } = say.textKeyMissing({
    key: missing[0]!,
    others: missing.slice(1),
    above: aboveKey,
    aboveLine: p + 1,
    line: i + 1,
    column: above.indent,
  });
  // With one key of text missing, there is one right line to add; with several, the officer chooses.
  return {
    offset: line.start + line.indent,
    code: 'missing-line',
    ...wording,
    ...(missing.length === 1 && fixed !== undefined ? { fixed } : {}),
    edits: [{ at: line.start, remove: 0, insert: `${' '.repeat(above.indent)}${missing[0]}: |\n` }],
  };
}
