import { say } from '../messages/index.js';
import { actionId } from '../shared/words.js';
import { type Fits, fitsUnder, isName, keyLineMissing } from './part-keys.js';
import { allowedUnder, COUNCIL_CODE_KEY, keyOf, type LineInfo, OPENS_PART, shiftRun } from './slip-lines.js';
import type { Slip, SlipContext } from './slips.js';

/**
 * A line deleted by mistake that leaves the lines below it standing under the wrong key: the "- id:"
 * line that starts an action, or the "Q1:" line above an update. YAML then reads the lines below as
 * part of the block above (keys written twice) or as keys of the block that holds them (a quarter
 * called "status"), and reports it lines later. Recognised from the shape the schema gives each
 * block, so it works for any list, any quarter and any section file: the lines that follow the gap
 * are those of a new item (or quarter), and its first line is gone.
 */

export interface Structural {
  /** Index of the line in the file. */
  index: number;
  line: LineInfo;
  key: string | undefined;
  /** The column of the key: after the "- " of a list item. */
  column: number;
  /** The key of a "- key:" line, which starts an item of a list. */
  dash: boolean;
  /** "key:" with nothing after it: the lines below are its block. */
  opens: boolean;
}

function structuralLines(lines: readonly LineInfo[]): Structural[] {
  const out: Structural[] = [];
  lines.forEach((line, index) => {
    if (line.blank || line.comment || line.inBlock) return;
    const rest = line.text.slice(line.indent);
    const dash = /^(?:- +)*/.exec(rest)![0].length;
    const key = keyOf(line);
    out.push({ index, line, key, column: line.indent + dash, dash: dash > 0, opens: key !== undefined && OPENS_PART.test(rest) });
  });
  return out;
}

export function findMissingLines(lines: readonly LineInfo[], context: SlipContext): Slip[] {
  const all = structuralLines(lines);
  const blocks = blocksOf(all);
  const fits = fitsUnder(all, blocks, context);
  const slips: Slip[] = [];
  for (let s = 1; s < all.length; s++) {
    const here = all[s]!;
    if (here.dash) {
      const slip = missingListKey(all, blocks, s, context);
      if (slip) slips.push(slip);
      continue;
    }
    // Right below a "- " line, the item has its start: one out of line is another slip (misalignedItems).
    if (here.key === undefined || all[s - 1]!.dash) continue;
    const slip =
      missingItemStart(lines, all, blocks, s, context) ??
      missingBlockKey(all, blocks, s, context) ??
      missingOpener(all, blocks, s, context, fits) ??
      missingBeside(lines, all, blocks, s, context, fits) ??
      missingOuterKey(all, blocks, s, context);
    if (!slip) continue;
    slips.push(slip);
    // The lines of the item or update found are its own: no second gap among them.
    s = runFrom(all, s).end - 1;
  }
  return slips;
}

/**
 * The block each structural line stands in: the line that opens it ("updates:", or for the items of
 * a list, "actions:"), the "- " line of its item, and the first keys of the block above the line.
 * One pass with a stack, so a long file costs no more than a short one.
 */
export interface Block {
  opener: number | undefined;
  item: number | undefined;
  /** The first line of the block at the line's column. */
  first: number;
  /** The first two keys at the line's column in its block, above it. */
  keys: string[];
}

function blocksOf(all: readonly Structural[]): Block[] {
  const open: Array<Block & { column: number; last: number }> = [];
  return all.map((line, s) => {
    while (open.length > 0 && open[open.length - 1]!.column > line.column) open.pop();
    // The "- " line of the next item ends the item before it.
    if (line.dash && open[open.length - 1]?.column === line.column) open.pop();
    const top = open[open.length - 1];
    if (top !== undefined && top.column === line.column) {
      const block = { opener: top.opener, item: top.item, first: top.first, keys: [...top.keys] };
      if (top.keys.length < 2) top.keys.push(line.key ?? '');
      top.last = s;
      return block;
    }
    open.push({ column: line.column, opener: top?.last, item: line.dash ? s : undefined, first: s, keys: [line.key ?? ''], last: s });
    return { opener: top?.last, item: undefined, first: s, keys: [] };
  });
}

/**
 * An action or an update is a few dozen lines: a run longer than this is not one (and looking no
 * further keeps a hostile file of thousands of keys quick).
 */
const MOST_LINES = 200;

/** The keys at structural line `s`'s column from it to the end of its block, and where that is. */
function runFrom(all: readonly Structural[], s: number): { keys: string[]; end: number; long: boolean } {
  const column = all[s]!.column;
  const keys: string[] = [];
  let t = s;
  for (; t < all.length; t++) {
    const other = all[t]!;
    if (other.column < column || (other.dash && other.column <= column)) break;
    if (t - s > MOST_LINES) return { keys, end: t, long: true };
    if (other.column === column) keys.push(other.key ?? '');
  }
  return { keys, end: t, long: false };
}

/** The keys at structural line `s`'s column in its block above it, from the block's first line. */
function keysAbove(all: readonly Structural[], first: number, s: number): string[] {
  const column = all[s]!.column;
  const keys: string[] = [];
  for (let t = first; t < s; t++) if (all[t]!.column === column) keys.push(all[t]!.key ?? '');
  return keys;
}

/** Lines that start a new item of a list with the "- key:" line that starts every item gone. */
function missingItemStart(
  lines: readonly LineInfo[],
  all: readonly Structural[],
  blocks: readonly Block[],
  s: number,
  context: SlipContext,
): Slip | undefined {
  const here = all[s]!;
  const key = here.key!;
  const block = blocks[s]!;
  if (block.opener === undefined) return undefined;
  const opener = all[block.opener]!;
  const list = opener.key;
  if (list === undefined || !context.lists?.has(list) || !allowedUnder(list, key, context)) return undefined;
  let dashColumn: number;
  if (block.item === undefined) {
    // Right below "actions:": the first item, with no "- " line at all.
    // (Right below it: a key further out than the items above it is one of theirs, outdented.)
    if (!opener.opens || block.keys.length > 0 || block.opener !== s - 1 || here.line.indent - 2 < opener.line.indent) return undefined;
    dashColumn = here.line.indent - 2;
  } else {
    // Inside the item above: its keys start over, from the one after its "- " line.
    // (Not when the lines repeat the item's own first lines word for word: those were pasted twice.)
    if (block.keys[1] !== key || sameText(all, s) || here.line.text.trim() === all[block.item + 1]?.line.text.trim()) return undefined;
    dashColumn = all[block.item]!.line.indent;
  }
  const run = runFrom(all, s);
  const itemKey = dashKeyOf(all, block.opener, list, context);
  if (run.long || itemKey === undefined || itemKey === key || run.keys.includes(itemKey)) return undefined;
  if ((block.item !== undefined && run.keys.length < 2) || !run.keys.every((k) => allowedUnder(list, k, context))) return undefined;
  const value = itemKey === 'id' ? actionId(textOf(lines, all, s, run.end), idsIn(all)) : '';
  const written = `${' '.repeat(dashColumn)}- ${itemKey}: ${value}`.trimEnd();
  return {
    offset: here.line.start + here.line.indent,
    code: 'missing-line',
    ...say.missingItemLine({ key: itemKey, first: key, line: here.index + 1, written, indent: dashColumn }),
    edits: [{ at: here.line.start, remove: 0, insert: `${written}\n` }],
  };
}

/** The key of the "- key:" lines that start the items of the list opened on structural line `o`. */
function dashKeyOf(all: readonly Structural[], o: number, list: string, context: SlipContext): string | undefined {
  const column = all[o]!.column;
  for (let t = o + 1; t < all.length && all[t]!.line.indent >= column && (all[t]!.line.indent > column || all[t]!.dash); t++)
    if (all[t]!.dash && all[t]!.key !== undefined) return all[t]!.key;
  return context.children.get(list)?.values().next().value;
}

/** Whether line `s` repeats the line above it word for word: a line pasted twice, not a gap. */
function sameText(all: readonly Structural[], s: number): boolean {
  return all[s]!.line.text.trim() === all[s - 1]!.line.text.trim();
}

/** The words of the item's "action:" line (or of the first line of its text), for an id. */
function textOf(lines: readonly LineInfo[], all: readonly Structural[], s: number, end: number): string {
  for (let t = s; t < end; t++) {
    const { line, index, key } = all[t]!;
    if (key !== 'action') continue;
    const value = line.text.slice(line.text.indexOf(':') + 1).trim();
    if (!/^[|>]/.test(value)) return value.replace(/^["']|["']$/g, '');
    return lines[index + 1]?.text.trim() ?? '';
  }
  return '';
}

/** The ids of the file's actions, so that the id suggested is not one of them. */
function idsIn(all: readonly Structural[]): Set<string> {
  const ids = new Set<string>();
  for (const { key, dash, line } of all) if (dash && key === 'id') ids.add(line.text.slice(line.text.indexOf(':') + 1).trim());
  return ids;
}

/**
 * Lines that belong in a block of their own inside the block above (an update inside "updates:")
 * with the key that opens it gone: "Q1:" deleted, so "status:" stands where a quarter should.
 */
function missingBlockKey(all: readonly Structural[], blocks: readonly Block[], s: number, context: SlipContext): Slip | undefined {
  const here = all[s]!;
  const key = here.key!;
  const block = blocks[s]!;
  if (block.opener === undefined || block.item !== undefined) return undefined;
  const opener = all[block.opener]!;
  if (opener.key === undefined) return undefined;
  let parent: number | undefined;
  let column: number;
  if (block.keys.length === 0 && opener.opens && !allowedUnder(opener.key, key, context)) {
    // Right below "updates:": the lines of a quarter, with no quarter.
    parent = block.opener;
    column = kindColumn(all, block.opener, here.column);
  } else {
    // Inside the quarter above: its keys start over, here or, out of their usual order, from here.
    if ((block.keys[0] !== key && !startsOver(all, blocks, s, context)) || sameText(all, s)) return undefined;
    parent = blocks[block.opener]!.opener;
    column = opener.column;
  }
  const parentKey = parent === undefined ? undefined : all[parent]!.key;
  if (parent === undefined || parentKey === undefined || column >= here.column) return undefined;
  const kinds = [...(context.children.get(parentKey) ?? [])];
  if (parent !== block.opener && !kinds.includes(opener.key)) return undefined;
  const run = runFrom(all, s);
  if (run.long) return undefined;
  // Keys starting over inside a quarter are a second update when there are several, or when they
  // repeat the whole of the one above ("status:" alone, twice) and a quarter is missing just there,
  // between the one above and the next, or the figures of a quarter are repeated (merging two sets
  // of figures would lose one); else one "status:" more is just written twice.
  const single = parent !== block.opener && run.keys.length < 2;
  if (single && (s - block.first > MOST_LINES || keysAbove(all, block.first, s).join() !== run.keys.join())) return undefined;
  // Every key of the block opened by the line above takes these lines: quarters, not "target:".
  if (kinds.length === 0 || !kinds.every((k) => run.keys.every((r) => allowedUnder(k, r, context)))) return undefined;
  const present = keysAt(all, parent, column);
  const choice = chooseKind(kinds, present, here.index, all, blocks, parentKey);
  if (choice === undefined || (single && !choice.between && !(choice.sure && context.children.has(key)))) return undefined;
  const written = `${' '.repeat(column)}${choice.key}:`;
  const others = choice.sure ? [] : kinds.filter((k) => k !== choice.key && !present.some((p) => p.key === k));
  const wording = { key: choice.key, first: key, line: here.index + 1, written, indent: column, others };
  // Below a quarter of one line, the same key again may as well be that line written twice: say both.
  const twice = parent !== block.opener && block.keys.length === 1 && block.keys[0] === key;
  return {
    offset: here.line.start + here.line.indent,
    code: 'missing-line',
    ...(twice ? say.missingKeyLineOrTwice({ ...wording, above: all[block.first]!.index + 1 }) : say.missingKeyLine(wording)),
    edits: [{ at: here.line.start, remove: 0, insert: `${written}\n` }],
  };
}

/**
 * Whether the keys of an update start over at structural line `s` although its key is not the
 * update's first: it comes out of the order keys are written in (the schema's: "narrative:" after
 * the "achieved:" of the update above), and the keys from it run in that order up to the update's
 * first key again. So the "Q3:" line deleted above "narrative:" is said there, not a line later.
 */
function startsOver(all: readonly Structural[], blocks: readonly Block[], s: number, context: SlipContext): boolean {
  const block = blocks[s]!;
  const opener = block.opener === undefined ? undefined : all[block.opener]!.key;
  const order = [...(opener === undefined ? [] : (context.children.get(opener) ?? []))];
  const rank = (t: number) => order.indexOf(all[t]!.key ?? '');
  const column = all[s]!.column;
  if (rank(s) < 0) return false;
  // The key before it in the update (the nearest line above at its column), looked for over one update at most.
  let previous = s - 1;
  while (previous > block.first && s - previous <= MOST_LINES && all[previous]!.column > column) previous--;
  if (all[previous]!.column !== column || rank(previous) < rank(s)) return false;
  const first = block.keys[0];
  let last = rank(s);
  for (let t = s + 1; t < all.length && t - s <= MOST_LINES; t++) {
    const other = all[t]!;
    if (other.column < column || other.dash) return false;
    if (other.column !== column) continue;
    if (rank(t) <= last) return false;
    if (other.key === first) return true;
    last = rank(t);
  }
  return false;
}

/** The column of the keys of the block opened on structural line `o`: the furthest out of its lines, if left of `column`. */
function kindColumn(all: readonly Structural[], o: number, column: number): number {
  let least = column;
  for (let t = o + 1; t < all.length && all[t]!.column > all[o]!.column; t++) least = Math.min(least, all[t]!.column);
  return least < column ? least : all[o]!.column + 2;
}

/** The keys at `column` in the block opened on structural line `o`, with their lines. */
function keysAt(all: readonly Structural[], o: number, column: number): Array<{ key: string; index: number }> {
  const out: Array<{ key: string; index: number }> = [];
  for (let t = o + 1; t < all.length && all[t]!.column > all[o]!.column; t++)
    if (all[t]!.column === column && !all[t]!.dash && all[t]!.key !== undefined) out.push({ key: all[t]!.key!, index: all[t]!.index });
  return out;
}

/**
 * Which of the block's keys (Q1 … Q4) is missing at line `index`: the one free between the keys above
 * and below it; else, with none around it, the latest used in the same kind of block elsewhere in
 * the file, which is then a guess.
 */
function chooseKind(
  kinds: readonly string[],
  present: ReadonlyArray<{ key: string; index: number }>,
  index: number,
  all: readonly Structural[],
  blocks: readonly Block[],
  parentKey: string,
): { key: string; sure: boolean; between?: boolean } | undefined {
  const used = new Set(present.map((p) => p.key));
  const before = present.filter((p) => p.index < index).map((p) => kinds.indexOf(p.key));
  const after = present.filter((p) => p.index > index).map((p) => kinds.indexOf(p.key));
  if (before.length > 0 || after.length > 0) {
    const low = before.length > 0 ? Math.max(...before) : -1;
    const high = after.length > 0 ? Math.min(...after) : kinds.length;
    const between = kinds.map((_, k) => k).filter((k) => k > low && k < high && !used.has(kinds[k]!));
    if (between.length === 0) return undefined;
    // Right after the key above it, or else right before the key below it.
    const k = before.length > 0 ? between[0]! : between[between.length - 1]!;
    return {
      key: kinds[k]!,
      sure: between.length === 1 || before.length > 0,
      between: between.length === 1 && before.length * after.length > 0,
    };
  }
  let latest = 0;
  all.forEach((line, t) => {
    const opener = blocks[t]!.opener;
    const k = line.key === undefined ? -1 : kinds.indexOf(line.key);
    if (k > latest && opener !== undefined && all[opener]!.key === parentKey) latest = k;
  });
  return { key: kinds[latest]!, sure: false };
}

/** Figures ("WBC: 25000") go under a key of figures, not of notes: when some of the keys take money, only those. */
function preferMoneyParts(kinds: readonly string[], figures: boolean, context: SlipContext): readonly string[] {
  const money = kinds.filter((k) => context.moneyBlocks?.has(k));
  return figures && money.length > 0 ? money : kinds;
}

/**
 * Lines further in than the key above them, which has its value on its own line ("status: On track"
 * over the council lines of "achieved:"): the line that opened their block ("achieved:") is gone.
 * Which one is told by the keys of the lines: a key of the block above that takes them all, and is
 * not there yet; figures go under a key of figures. Said as a guess, with the others, when several fit.
 */
function missingOpener(
  all: readonly Structural[],
  blocks: readonly Block[],
  s: number,
  context: SlipContext,
  fits: Fits,
): Slip | undefined {
  const here = all[s]!;
  const above = all[s - 1]!;
  if (above.key === undefined || here.column <= above.column) return undefined;
  if (above.opens) return missingFirstOpener(all, blocks, s, context, fits);
  // "achieved: 98500" over its council lines: a value too many, not a line missing (valueAndLinesBelow).
  if (context.children.has(above.key)) return undefined;
  const opener = blocks[s - 1]!.opener;
  const parentKey = opener === undefined ? undefined : all[opener]!.key;
  // The key above must stand where it belongs: one outdented by mistake is another slip (misplacedKeys).
  if (parentKey === undefined || !allowedUnder(parentKey, above.key, context)) return undefined;
  const run = runFrom(all, s);
  if (run.long || s - blocks[s - 1]!.first > MOST_LINES) return undefined;
  const present = new Set([...keysAbove(all, blocks[s - 1]!.first, s - 1), ...runFrom(all, s - 1).keys]);
  const fitsAll = (k: string) => !present.has(k) && run.keys.every((r) => r !== '' && fits(k, r));
  const kinds = [...(context.children.get(parentKey) ?? [])].filter(fitsAll);
  const figures = runLines(all, s, run.end).every((t) => /:[ \t]*[0-9]/.test(t));
  const [key, ...others] = preferMoneyParts(kinds, figures, context);
  return key === undefined ? undefined : keyLineMissing(here, here.key!, key, above.column, others, isName(here.key!, context));
}

/**
 * The first lines under a "key:" line that opens a part ("Q1:"), further in than its keys would be,
 * and keys not of that part but of a part inside it (the council lines of "achieved:"): the line that
 * opened that inner part is gone. Said at the first of them, as missingOpener.
 */
function missingFirstOpener(
  all: readonly Structural[],
  blocks: readonly Block[],
  s: number,
  context: SlipContext,
  fits: Fits,
): Slip | undefined {
  const here = all[s]!;
  const above = all[s - 1]!;
  const parentKey = above.key!;
  // One step further in is where the part's own keys go (the file's step: "Q1:" is 2 spaces in from
  // "updates:"); two steps, where the keys of a part inside it go.
  const opener = blocks[s - 1]!.opener;
  const step = opener === undefined ? 2 : above.column - all[opener]!.column;
  const run = runFrom(all, s);
  if (
    step < 1 ||
    here.column - above.column < 2 * step ||
    run.long ||
    run.keys.some((k) => k === '' || allowedUnder(parentKey, k, context))
  )
    return undefined;
  let kinds = [...(context.children.get(parentKey) ?? [])].filter((k) => run.keys.every((r) => fits(k, r)));
  const figures = runLines(all, s, run.end).every((t) => /:[ \t]*[0-9]/.test(t));
  if (figures && kinds.some((k) => context.moneyBlocks?.has(k))) kinds = kinds.filter((k) => context.moneyBlocks?.has(k));
  const [key, ...others] = kinds;
  return key === undefined ? undefined : keyLineMissing(here, here.key!, key, above.column + step, others, isName(here.key!, context));
}

/** The text of the structural lines from `s` to `end` at line `s`'s column. */
function runLines(all: readonly Structural[], s: number, end: number): string[] {
  return all
    .slice(s, end)
    .filter((t) => t.column === all[s]!.column)
    .map((t) => t.line.text);
}

/**
 * Lines in the column of a part's keys that the part cannot hold, but a key it lacks can: a measure's
 * id ("spend-without-po:", with its councils below) beside "status:", or council lines beside it, with
 * the "measures:" or "achieved:" line above them deleted and their indentation taken back. Only names
 * the schema does not know (ids, council codes): a key plan knows out of place is another slip. The
 * line is said at the first of them, and they go back under it.
 */
function missingBeside(
  lines: readonly LineInfo[],
  all: readonly Structural[],
  blocks: readonly Block[],
  s: number,
  context: SlipContext,
  fits: Fits,
): Slip | undefined {
  const here = all[s]!;
  const block = blocks[s]!;
  if (block.opener === undefined || block.item !== undefined || s - block.first > MOST_LINES) return undefined;
  const opener = all[block.opener]!;
  const parentKey = opener.key;
  const orphan = (t: number) => {
    const key = all[t]!.key;
    if (key === undefined || context.knownKeys.has(key) || allowedUnder(parentKey ?? '', key, context)) return false;
    // A code that is none of the plan's councils ("Q5") is a key mistyped, not a council's line.
    if (COUNCIL_CODE_KEY.test(key) && context.councils !== undefined && !context.councils.has(key)) return false;
    // Codes alone under a key that may hold them ("target:" of a measure) are its figures.
    const codesAlone = block.keys.every((k) => COUNCIL_CODE_KEY.test(k));
    return !(COUNCIL_CODE_KEY.test(key) && context.mayHoldCodes?.has(parentKey ?? '') && codesAlone);
  };
  if (parentKey === undefined || !opener.opens || !orphan(s)) return undefined;
  // The orphans: the lines at this column from here that the part cannot hold.
  const keys: string[] = [];
  let last = s;
  for (let t = s; t < all.length && t - s <= MOST_LINES; t++) {
    const other = all[t]!;
    if (other.column < here.column || (other.column === here.column && !orphan(t)) || other.dash) break;
    if (other.column === here.column) keys.push(other.key!);
    last = t;
  }
  const present = new Set([...keysAbove(all, block.first, s), ...runFrom(all, s).keys]);
  // A key of the part that takes them is there already: they are lines out of line with it (misplacedKeys).
  if ([...present].some((k) => keys.every((r) => fits(k, r)))) return undefined;
  const kinds = [...(context.children.get(parentKey) ?? [])].filter((k) => !present.has(k) && keys.every((r) => fits(k, r)));
  const figures = keys.every((k) => COUNCIL_CODE_KEY.test(k));
  const [key, ...others] = preferMoneyParts(kinds, figures, context);
  if (key === undefined) return missingBesideOpener(all, blocks, s, keys, context, fits);
  const step = Math.max(2, here.column - opener.column);
  const slip = keyLineMissing(here, here.key!, key, here.column, others, isName(here.key!, context), {
    from: here.index + 1,
    to: all[last]!.index + 1,
    by: step,
  });
  // The line goes back above them, and they go back under it.
  const end = all[last]!.index;
  slip.edits.unshift(...shiftRun(lines, here.index, step, (k) => k > end));
  return slip;
}

/**
 * The names `keys` from structural line `s` on, which no key of their part can hold, held by one key
 * missing beside the line that opens that part: the "councils:" line of plan.yaml deleted, its codes
 * left under "financialYear:". The line goes back in the column of that opener, above them.
 */
function missingBesideOpener(
  all: readonly Structural[],
  blocks: readonly Block[],
  s: number,
  keys: readonly string[],
  context: SlipContext,
  fits: Fits,
): Slip | undefined {
  const o = blocks[s]!.opener!;
  const outer = blocks[o]!;
  const outerKey = outer.opener === undefined ? (all[o]!.column === 0 ? '' : undefined) : all[outer.opener]!.key;
  if (outerKey === undefined || o - outer.first > MOST_LINES) return undefined;
  const present = new Set([...keysAbove(all, outer.first, o), ...runFrom(all, o).keys]);
  const kinds = [...(context.children.get(outerKey) ?? [])].filter((k) => !present.has(k) && keys.every((r) => fits(k, r)));
  const here = all[s]!;
  return kinds.length === 1 ? keyLineMissing(here, here.key!, kinds[0]!, all[o]!.column, [], isName(here.key!, context)) : undefined;
}

/**
 * Keys that cannot stand in the part they are in, after lines that belong there ("Q1:" after the
 * lines of "target:"), but can under a key missing from the part around it: its "updates:" line
 * deleted. Said when exactly one missing key takes them all, and they are keys plan knows (a council
 * code out of place is a line out of line, not a part without its key).
 */
function missingOuterKey(all: readonly Structural[], blocks: readonly Block[], s: number, context: SlipContext): Slip | undefined {
  const here = all[s]!;
  const block = blocks[s]!;
  if (block.opener === undefined || block.item !== undefined || block.keys.length === 0) return undefined;
  const opener = all[block.opener]!;
  const openerKey = opener.key;
  if (openerKey === undefined || !opener.opens || allowedUnder(openerKey, here.key!, context)) return undefined;
  if (s - block.first > MOST_LINES || block.opener - blocks[block.opener]!.first > MOST_LINES) return undefined;
  if (!keysAbove(all, block.first, s).every((k) => allowedUnder(openerKey, k, context))) return undefined;
  const outer = blocks[block.opener]!;
  const outerKey = outer.opener === undefined ? undefined : all[outer.opener]!.key;
  const run = runFrom(all, s);
  if (outerKey === undefined || run.long) return undefined;
  const present = new Set([...keysAbove(all, outer.first, block.opener), ...runFrom(all, block.opener).keys]);
  const kinds = [...(context.children.get(outerKey) ?? [])].filter(
    (k) => !present.has(k) && run.keys.every((r) => context.knownKeys.has(r) && allowedUnder(k, r, context)),
  );
  return kinds.length === 1 ? keyLineMissing(here, here.key!, kinds[0]!, opener.column, []) : undefined;
}

/**
 * The items of a list ("- id: …") further in than the key above them, which has its value on its own
 * line ("title: Savings"): the line that names the list ("actions:") is gone. Said when exactly one
 * list missing from the part takes these items.
 */
function missingListKey(all: readonly Structural[], blocks: readonly Block[], s: number, context: SlipContext): Slip | undefined {
  const here = all[s]!;
  const above = all[s - 1];
  if (here.key === undefined || above?.key === undefined || above.opens || above.dash || here.line.indent <= above.column) return undefined;
  const opener = blocks[s - 1]!.opener;
  const parentKey = opener === undefined ? '' : all[opener]!.key;
  if (parentKey === undefined || !allowedUnder(parentKey, above.key, context) || s - blocks[s - 1]!.first > MOST_LINES) return undefined;
  const present = new Set([...keysAbove(all, blocks[s - 1]!.first, s - 1), ...runFrom(all, s - 1).keys]);
  const kinds = [...(context.children.get(parentKey) ?? [])].filter(
    (k) => !present.has(k) && context.lists?.has(k) && allowedUnder(k, here.key!, context),
  );
  return kinds.length === 1 ? keyLineMissing(here, `- ${here.key}`, kinds[0]!, above.column, []) : undefined;
}
