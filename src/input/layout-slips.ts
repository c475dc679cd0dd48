import { say } from '../messages/index.js';
import { strayCouncilLine } from './indent-slips.js';
import { findMissingLines } from './missing-lines.js';
import { notesInsideList } from './notes-in-list.js';
import { repeatedItemLines, sectionPastedTwice } from './repeated-lines.js';
import { sheetRows } from './sheet-rows.js';
import {
  allowedUnder,
  BLOCK_START,
  blockContentIndent,
  COUNCIL_CODE_KEY,
  isKnownKey,
  KEY_LINE,
  keyColumn,
  keyOf,
  type LineInfo,
  lineAt,
  nextStructural,
  OPENS_PART,
  plainSpaces,
  previousStructural,
  reindent,
  scanLines,
  shiftRun,
  siblings,
} from './slip-lines.js';
import { CODE_KEYS, type Slip, type SlipContext } from './slips.js';
import { brokenLines, pastedLines, pastedRuns } from './text-lines.js';
import { valuesOnNextLine } from './value-line-slips.js';

/**
 * Slips in the layout of the lines, found before parsing: text that fell out of a `|` block, a line
 * of text among the keys, keys indented one part out or in, list items out of line.
 */

/**
 * Slips in the layout of the lines: text that fell out of a `|` block, keys indented one block out or
 * in, list items that do not line up. Run on the text with the character slips repaired.
 */
export function findLayoutSlips(text: string, context: SlipContext, lines: readonly LineInfo[] = scanLines(text)): Slip[] {
  // A section pasted twice whole: the copy is one slip, and the slips in it are those of the original.
  const twice = sectionPastedTwice(lines, text.length);
  // "AVBC:" with its figure on the line below: one slip for the two lines, and none for either.
  const fallen = valuesOnNextLine(lines, context);
  // A spreadsheet's header row and row of figures under a key: one slip for the three lines.
  const sheets = sheetRows(lines, context);
  const joined = new Set([
    ...fallen.flatMap((slip) => [lineAt(lines, slip.offset), lineAt(lines, slip.offset) + 1]),
    ...sheets.flatMap((slip) => [lineAt(lines, slip.offset) - 1, lineAt(lines, slip.offset), lineAt(lines, slip.offset) + 1]),
  ]);
  const notJoined = (slip: Slip) => !joined.has(lineAt(lines, slip.offset));
  // Lines pasted in as a run (an email signature): one slip for the run, and none for its lines.
  const runs = pastedRuns(lines, context);
  const inRun = new Set([...runs.flatMap((run) => run.lines), ...joined]);
  const notInRun = (slip: Slip) => !inRun.has(lineAt(lines, slip.offset));
  const misplaced = misplacedKeys(lines, context).filter(notInRun);
  const outside = linesOutsideBlocks(lines, context, new Set(misplaced.map((slip) => lineAt(lines, slip.offset)))).filter(notInRun);
  const missing = findMissingLines(lines, context).filter(notInRun);
  const taken = new Set([...outside, ...missing].map((slip) => lineAt(lines, slip.offset)).concat([...inRun]));
  const broken = brokenLines(lines, context, taken);
  for (const slip of broken) taken.add(lineAt(lines, slip.offset));
  const pasted = pastedLines(lines, context, taken);
  for (const slip of pasted) taken.add(lineAt(lines, slip.offset));
  // A "- id:" line out of line with the items before it leaves its own keys seeming out of line with it.
  const misaligned = misalignedItems(lines, movedTo(lines, misplaced));
  const itemStarts = new Set(misaligned.map((slip) => lineAt(lines, slip.offset)));
  const underItemStart = (slip: Slip) => itemStarts.has(previousStructural(lines, lineAt(lines, slip.offset)) ?? -1);
  return [
    ...fallen,
    ...sheets,
    ...notesInsideList(lines, context),
    ...runs.map((run) => run.slip).filter(notJoined),
    ...outside,
    ...missing.filter((slip) => !outside.some((o) => lineAt(lines, o.offset) === lineAt(lines, slip.offset))),
    ...broken,
    ...pasted,
    ...valueAndLinesBelow(lines, context).filter(notInRun),
    ...misplaced.filter((slip) => !taken.has(lineAt(lines, slip.offset)) && !underItemStart(slip)),
    ...misaligned.filter(notInRun),
    ...repeatedItemLines(lines),
  ]
    .filter((slip) => twice === undefined || slip.offset < twice.offset)
    .concat(twice === undefined ? [] : [twice])
    .sort((a, b) => a.offset - b.offset);
}

/** "achieved: 98500" with the council lines below it as well: the figure on the key's line has no place. */
function valueAndLinesBelow(lines: readonly LineInfo[], context: SlipContext): Slip[] {
  const slips: Slip[] = [];
  lines.forEach((line, i) => {
    if (line.blank || line.comment || line.inBlock) return;
    const rest = line.text.slice(line.indent);
    const m = /^((?:- +)*)([A-Za-z][\w]*)[ \t]*:[ \t]+([^|>#\s](?:[^#]*[^# \t])?)[ \t]*(?:[ \t]#.*)?$/.exec(rest);
    if (!m || !context.children.has(m[2]!)) return;
    // "amounts: { WBC: 120000," goes on over the lines below: one value written across lines.
    if (line.flowGoesOn || line.flowUnclosedTo !== undefined || line.flowOverclosedAt !== undefined) return;
    const below = nextStructural(lines, i);
    const column = line.indent + m[1]!.length;
    if (below === undefined || lines[below]!.indent <= column || keyOf(lines[below]!) === undefined) return;
    const value = m[3]!;
    const at = line.start + line.indent + rest.indexOf(value, m[1]!.length + m[2]!.length + 1);
    slips.push({
      offset: at,
      code: 'value-and-lines-below',
      ...say.valueAndLinesBelow({ key: m[2]!, value, line: i + 1, money: context.moneyBlocks?.has(m[2]!) ?? false }),
      edits: [{ at, remove: value.length, insert: '' }],
    });
  });
  return slips;
}

/**
 * Lines that fell out of a `|` block: a bullet or a line of text pasted at the left edge, or a line
 * indented less than the block's text. YAML would read them as new keys or list items. `moved` are
 * the lines misplacedKeys puts back in line: a block opened on one of them is judged from there.
 */
function linesOutsideBlocks(lines: readonly LineInfo[], context: SlipContext, moved: ReadonlySet<number>): Slip[] {
  const slips: Slip[] = [];
  for (let i = 0; i < lines.length; i++) {
    const opener = lines[i]!;
    if (opener.inBlock || opener.blank || opener.comment || !BLOCK_START.test(opener.text.slice(opener.indent))) continue;
    const column = keyColumn(opener);
    // No text indented under the "|": a line of text right below it, not indented, is its first line.
    const below = lines[i + 1];
    const content =
      blockContentIndent(lines, i) ?? (below && !below.blank && !below.comment && keyOf(below) === undefined ? column + 2 : undefined);
    if (content === undefined) continue;
    const name = keyOf(opener) ?? 'text';
    const deeper = firstLineDeeper(lines, i, content, column);
    if (deeper) {
      slips.push(
        reindent(lines[deeper.line]!, deeper.indent, say.firstLineDeeper({ line: deeper.line + 1, key: name, column: deeper.indent })),
      );
      continue;
    }
    // Lines of the block indented less than its first line: YAML ends the block there.
    let j = i + 1;
    for (; j < lines.length && lines[j]!.inBlock; j++) {
      const line = lines[j]!;
      if (line.blank || line.indent >= content) continue;
      const key = keyOf(line);
      if (key !== undefined && line.indent > column && siblings(name, key, context)) {
        // "narrative: |" itself out of line, and this key where it belongs: moving the opener settles both.
        if (moved.has(i)) break;
        // The key that ends the text, a space or two too far in: it goes beside the key above.
        const wording = say.moreThanAbove({ key, above: name, by: line.indent - column, column });
        slips.push({ ...reindent(line, column, wording), code: 'indentation' });
        break;
      }
      slips.push(reindent(line, content, say.lessThanText({ line: j + 1, key: name, indent: line.indent, column: content })));
    }
    // Lines right after the block that cannot be keys here: stray bullets and text. Lines indented
    // like the block's text after a stray line are the rest of that text, split off by it.
    for (; j < lines.length; j++) {
      const line = lines[j]!;
      if (line.blank || line.comment || line.indent >= content) continue;
      const rest = plainSpaces(line.text.slice(line.indent));
      const key = keyOf({ ...line, text: rest, indent: 0 });
      const isBullet = /^[-\u2022][ \t]/.test(rest) && !KEY_LINE.test(rest.replace(/^- +/, ''));
      const isText = key === undefined && !/^- /.test(rest) && !isBullet;
      // Prose with a colon ("Note: …") reads as a key; a mistyped key ("narative:") is left to the schema.
      const isProse = key !== undefined && !isKnownKey(key, context) && (/\s/.test(key) || /^[A-Z][a-z]/.test(key)) && !/^- /.test(rest);
      if (!isBullet && !isText && !isProse) break;
      slips.push(
        reindent(line, content, say.strayLineAfterText({ line: j + 1, key: name, indent: line.indent, column: content, bullet: isBullet })),
      );
    }
  }
  return slips;
}

/**
 * The first line of a text deeper than all the others, which line up with each other: YAML takes
 * the first line's indentation for the whole text, so the others would fall out of it.
 */
function firstLineDeeper(lines: readonly LineInfo[], i: number, content: number, column: number) {
  let first: number | undefined;
  let rest: number | undefined;
  for (let j = i + 1; j < lines.length && lines[j]!.inBlock; j++) {
    const line = lines[j]!;
    if (line.blank) continue;
    if (first === undefined) first = j;
    else rest = Math.min(rest ?? Infinity, line.indent);
  }
  if (first === undefined || rest === undefined || rest >= content || rest <= column) return undefined;
  for (let j = first + 1; j < lines.length && lines[j]!.inBlock; j++)
    if (!lines[j]!.blank && keyOf(lines[j]!) !== undefined) return undefined;
  return { line: first, indent: rest };
}

/**
 * Keys indented as if they belonged one block out or in: "status:" level with "Q1:" above it, or
 * "updates:" at the left edge below an action's keys. A key that cannot stand where it is, but can in
 * the block its neighbour opens (or closes), is moved there, with the lines that belong to it.
 */
function misplacedKeys(lines: readonly LineInfo[], context: SlipContext): Slip[] {
  const slips: Slip[] = [];
  const structural = lines.map((l, i) => (!l.blank && !l.comment && !l.inBlock ? i : -1)).filter((i) => i >= 0);
  for (let s = 1; s < structural.length; s++) {
    const j = structural[s]!;
    const line = lines[j]!;
    const rest = line.text.slice(line.indent);
    if (/^- /.test(rest)) continue;
    const key = keyOf(line);
    if (key === undefined) continue;
    const p = structural[s - 1]!;
    const prev = lines[p]!;
    const prevRest = prev.text.slice(prev.indent);
    const prevKey = keyOf(prev);
    const prevColumn = keyColumn(prev);
    const prevOpens = prevKey !== undefined && OPENS_PART.test(prevRest);
    if (prevKey === undefined) continue;
    const among = amongCodes(lines, structural, s, key, context);
    if (among) {
      slips.push(among);
      continue;
    }
    // Too little: level with (or left of) the key that opens the block it belongs in.
    if (prevOpens && line.indent <= prevColumn && allowedUnder(prevKey, key, context) && !siblings(prevKey, key, context)) {
      slips.push(notIndentedUnder(lines, structural, s, prevKey, prevColumn, context));
      continue;
    }
    // Too far out: left of the key before it, where no key like it can stand.
    if (line.indent < prevColumn) {
      const outer = enclosingKey(lines, structural, s, line.indent);
      if (outer !== undefined && siblings(outer, key, context)) continue;
      const home = homeAbove(lines, structural, s, key, line.indent, context);
      if (!home) continue;
      // The line above may be the odd one: this line stands where it should, and that one does not.
      const homeLine = lines[home.index]!;
      const dash = home.column - homeLine.indent;
      const expected = conventionalIndent(lines, structural, home.t);
      if (homeLine.indent !== expected && line.indent === expected + dash) {
        const written = dash > 0 ? `- ${home.key}` : home.key;
        slips.push({
          offset: homeLine.start + homeLine.indent,
          code: 'indentation',
          ...say.outOfLineWithBelow({ key: written, below: key, by: homeLine.indent - expected, column: expected }),
          edits: [{ at: homeLine.start, remove: homeLine.indent, insert: ' '.repeat(expected) }],
        });
        continue;
      }
      const by = home.column - line.indent;
      // The lines under it may already sit where they belong; then only this line moves. A key with
      // its value on its line has no lines under it: the next line, at the home column, is a neighbour.
      const after = BLOCK_START.test(rest) ? lineAfterText(lines, j) : structural[s + 1];
      const opens = OPENS_PART.test(rest);
      const alone = after !== undefined && (lines[after]!.indent > home.column || (!opens && lines[after]!.indent >= home.column));
      const { fixed, ...wording } = say.lessThanAbove({ key, above: home.key, indent: line.indent, column: home.column, line: home.line });
      slips.push({
        offset: line.start + line.indent,
        code: 'indentation',
        ...wording,
        // Right of the key that opens the part of its neighbour, it can belong nowhere else.
        // So can a council's figure, in a part that holds no council codes, out of line with the councils above it.
        ...(line.indent > openerColumn(lines, structural, home.t, home.column) || strayCouncilLine(lines, structural, s, home, context)
          ? { fixed }
          : {}),
        edits: alone
          ? [{ at: line.start, remove: line.indent, insert: ' '.repeat(home.column) }]
          : shiftRun(lines, j, by, (k) => lines[k]!.indent <= line.indent),
      });
    }
  }
  return slips;
}

/** A structural line's key and the column it starts in, after any "- ". */
function keyAndColumn(line: LineInfo): { key: string | undefined; column: number } {
  return { key: keyOf(line), column: keyColumn(line) };
}

/** The keys that open the parts structural line `s` stands in, nearest first, read by indentation. */
function openers(lines: readonly LineInfo[], structural: readonly number[], s: number): Array<{ key: string | undefined; column: number }> {
  const found: Array<{ key: string | undefined; column: number }> = [];
  let column = lines[structural[s]!]!.indent;
  for (let t = s - 1; t >= 0 && column > 0; t--) {
    const opener = keyAndColumn(lines[structural[t]!]!);
    if (opener.column >= column) continue;
    found.push(opener);
    column = opener.column;
  }
  return found;
}

/**
 * "pending:" a level too far in, so that it stands among the council codes of "achieved:" above it:
 * a key of the plan (never a code) whose part holds only codes. It goes in line with a key whose part
 * may hold it; --fix moves it (and its lines) when exactly one such column fits.
 */
function amongCodes(
  lines: readonly LineInfo[],
  structural: readonly number[],
  s: number,
  key: string,
  context: SlipContext,
): Slip | undefined {
  const j = structural[s]!;
  const line = lines[j]!;
  if (!context.knownKeys.has(key) || /^- /.test(line.text.slice(line.indent))) return undefined;
  // Only a line just below a code, or just below a part of codes, can stand among them: every other
  // line is left before its openers are read back (a file of 9,000 actions would read them all each time).
  const above = s > 0 ? keyAndColumn(lines[structural[s - 1]!]!) : undefined;
  const column = keyColumn(line);
  const nearCodes =
    above?.key !== undefined &&
    ((above.column === column && COUNCIL_CODE_KEY.test(above.key)) ||
      (above.column < column && context.children.get(above.key)?.has(CODE_KEYS) === true));
  if (!nearCodes) return undefined;
  const chain = openers(lines, structural, s);
  const part = chain[0];
  if (part?.key === undefined || !context.children.get(part.key)?.has(CODE_KEYS) || allowedUnder(part.key, key, context)) return undefined;
  const fits = chain.slice(0, -1).filter((c, u) => {
    const outer = chain[u + 1]!.key;
    return c.key !== undefined && outer !== undefined && allowedUnder(outer, key, context);
  });
  const home = fits[0];
  if (!home) return undefined;
  const by = line.indent - home.column;
  const edits = shiftRun(lines, j, -by, (k) => lines[k]!.indent <= line.indent);
  const { fixed, ...wording } = say.amongCodes({ key, above: part.key, by, column: home.column, under: edits.length > 1 });
  return { offset: line.start + line.indent, code: 'indentation', ...wording, ...(fits.length === 1 ? { fixed } : {}), edits };
}

/** The column of the key that opens the part structural line `t`, at `column`, stands in (-1 at the top). */
function openerColumn(lines: readonly LineInfo[], structural: readonly number[], t: number, column: number): number {
  for (let u = t - 1; u >= 0; u--) {
    const l = lines[structural[u]!]!;
    const c = keyColumn(l);
    if (c < column) return c;
  }
  return -1;
}

/**
 * The first line after the text of the `|` block opened on line `j`, judged by the text's own
 * indentation: with the opener out of line, the keys after the text seem to be in it.
 */
function lineAfterText(lines: readonly LineInfo[], j: number): number | undefined {
  const content = blockContentIndent(lines, j);
  for (let k = j + 1; k < lines.length; k++) {
    const line = lines[k]!;
    if (!line.blank && !line.comment && (content === undefined || line.indent < content)) return k;
  }
  return undefined;
}

/**
 * Line `structural[s]` level with (or left of) the key above it, which opens the part it belongs in.
 * The lines after it may be in place: under it (a key that opens a part of its own, such as "Q1:"),
 * or beside where it belongs (a line such as "status:"); then it moves alone. Else they move with it.
 */
function notIndentedUnder(
  lines: readonly LineInfo[],
  structural: readonly number[],
  s: number,
  above: string,
  aboveColumn: number,
  context: SlipContext,
): Slip {
  const j = structural[s]!;
  const line = lines[j]!;
  const key = keyOf(line)!;
  const after = structural[s + 1];
  const next = after === undefined ? undefined : lines[after]!;
  const offset = line.start + line.indent;
  const by = aboveColumn + 2 - line.indent;
  const opens = OPENS_PART.test(line.text.slice(line.indent));
  if (opens && next && next.indent > aboveColumn + 2) {
    return {
      offset,
      code: 'indentation',
      ...say.notUnderAlone({ key, above, by, column: aboveColumn + 2 }),
      edits: [{ at: line.start, remove: line.indent, insert: ' '.repeat(aboveColumn + 2) }],
    };
  }
  if (next && next.indent > aboveColumn && next.indent > line.indent) {
    return {
      offset,
      code: 'indentation',
      ...say.notUnderButNextIs({ key, above, column: next.indent }),
      edits: [{ at: line.start, remove: line.indent, insert: ' '.repeat(next.indent) }],
    };
  }
  return {
    offset,
    code: 'indentation',
    ...say.notUnder({ key, above, by }),
    edits: shiftRun(lines, j, by, (k) => {
      const other = keyOf(lines[k]!);
      return lines[k]!.indent <= line.indent && other !== undefined && siblings(above, other, context);
    }),
  };
}

/** The key whose column is exactly `column`, nearest above structural line number `s`. */
function enclosingKey(lines: readonly LineInfo[], structural: readonly number[], s: number, column: number): string | undefined {
  for (let t = s - 1; t >= 0; t--) {
    const l = lines[structural[t]!]!;
    const c = keyColumn(l);
    if (c === column) return keyOf(l);
    if (l.indent < column) return undefined;
  }
  return undefined;
}

/** The nearest key above, further in than `column`, beside which `key` may stand. */
function homeAbove(
  lines: readonly LineInfo[],
  structural: readonly number[],
  s: number,
  key: string,
  column: number,
  context: SlipContext,
) {
  for (let t = s - 1; t >= 0; t--) {
    const i = structural[t]!;
    const l = lines[i]!;
    const c = keyColumn(l);
    if (c <= column) return undefined;
    const k = keyOf(l);
    if (k !== undefined && siblings(k, key, context)) return { key: k, column: c, line: i + 1, index: i, t };
  }
  return undefined;
}

/**
 * Where the line `home` (structural number `t`) belongs by convention: two spaces in from the key
 * that opens the part it stands in, or the left edge at the top of the file; its own column when a
 * line before it in the same part stands there too.
 */
function conventionalIndent(lines: readonly LineInfo[], structural: readonly number[], t: number): number {
  const home = lines[structural[t]!]!;
  for (let u = t - 1; u >= 0; u--) {
    const l = lines[structural[u]!]!;
    if (l.indent > home.indent) continue;
    // A line before it, in its own column, says that column is the file's way: it is not odd.
    if (l.indent === home.indent) return home.indent;
    const rest = l.text.slice(l.indent);
    const column = keyColumn(l);
    return column < home.indent && OPENS_PART.test(rest) ? column + 2 : home.indent;
  }
  return 0;
}

/** The lines that slips put in another column as a whole, and the column each goes to. */
function movedTo(lines: readonly LineInfo[], slips: readonly Slip[]): Map<number, number> {
  const moved = new Map<number, number>();
  for (const edit of slips.flatMap((slip) => slip.edits)) {
    const i = lineAt(lines, edit.at);
    const line = lines[i]!;
    if (edit.at === line.start && edit.remove === line.indent && /^ *$/.test(edit.insert)) moved.set(i, edit.insert.length);
  }
  return moved;
}

/**
 * Items of one list ("- id: …") that do not line up with the item before them. An item another slip
 * moves (`moved`: the first "- id:" out of line with its own keys) is judged where it goes.
 */
function misalignedItems(lines: readonly LineInfo[], moved: ReadonlyMap<number, number>): Slip[] {
  const slips: Slip[] = [];
  const lastItem = new Map<string, { indent: number; line: number; fits: boolean }>();
  lines.forEach((line, j) => {
    if (line.blank || line.comment || line.inBlock) return;
    const rest = line.text.slice(line.indent);
    const m = /^- +([A-Za-z][\w-]*)[ \t]*:/.exec(rest);
    // A line further out than the items closes their list.
    for (const [k, item] of lastItem) if (!m && line.indent < item.indent) lastItem.delete(k);
    if (!m) return;
    const key = m[1]!;
    const before = lastItem.get(key);
    const after = nextStructural(lines, j);
    // Whether the item's own keys line up under its first: if not, the "- " line is the odd one.
    const fits =
      after === undefined ||
      /^- /.test(lines[after]!.text.slice(lines[after]!.indent)) ||
      lines[after]!.indent === line.indent + rest.indexOf(key);
    lastItem.set(key, { indent: moved.get(j) ?? line.indent, line: j + 1, fits });
    // An item in line with its keys, after one that is not: that one is out of line (see yaml-errors.ts).
    if (!before || before.indent === line.indent || moved.has(j) || (fits && !before.fits)) return;
    const alone = after !== undefined && lines[after]!.indent === before.indent + rest.indexOf(m[1]!);
    // The keys of the item may already stand where they belong (only "- id:" moved): then only it moves.
    const edits = alone
      ? [{ at: line.start, remove: line.indent, insert: ' '.repeat(before.indent) }]
      : shiftRun(lines, j, before.indent - line.indent, (k) => lines[k]!.indent <= line.indent);
    const to = lineAt(lines, edits[edits.length - 1]!.at) + 1;
    const { fixed, ...wording } = say.itemOutOfLine({
      key,
      by: Math.abs(line.indent - before.indent),
      further: line.indent > before.indent,
      line: before.line,
      column: before.indent,
      run: { from: j + 1, to },
    });
    // A whole item out of line, its keys in line with its "- ": moving them together is the one repair.
    slips.push({ offset: line.start + line.indent, code: 'indentation', ...wording, ...(fits && fixed ? { fixed } : {}), edits });
    lastItem.set(key, { indent: before.indent, line: before.line, fits: before.fits });
  });
  return slips;
}
