import { say } from '../messages/index.js';
import { keysBeside, linesBeside } from './cell-slips.js';
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
  const moved = keyNotTakenHere(lines, i, context, parents);
  if (!moved || OPENS_PART.test(moved.line.text)) return undefined;
  const { line, key, parent, kv } = moved;
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
 * Line i's key, when the part it stands in does not take it and it is a key plan knows: a key moved out
 * of its part, or into another. Among council codes a key is indented a level too far, which
 * indent-slips.ts says.
 */
function keyNotTakenHere(
  lines: readonly LineInfo[],
  i: number,
  context: SlipContext,
  parents: ReadonlyArray<string | undefined>,
): { line: LineInfo; key: string; parent: string; kv: NonNullable<ReturnType<typeof keyAndValue>> } | undefined {
  const line = lines[i]!;
  const key = keyOf(line);
  const parent = parents[i];
  const kv = keyAndValue(line);
  if (key === undefined || parent === undefined || !kv || kv.dash !== '') return undefined;
  const here = context.children.get(parent);
  if (!here || here.has(key) || here.has(CODE_KEYS) || !context.knownKeys.has(key)) return undefined;
  return { line, key, parent, kv };
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

/** The quarter keys of an update list ("Q1:" … "Q4:"). */
const QUARTER_KEY = /^Q[1-4]$/;

/** The last line (index) of the part line `j` opens: its deeper lines, blank ones inside it aside. */
function partEnd(lines: readonly LineInfo[], j: number): number {
  let last = j;
  for (let k = j + 1; k < lines.length; k++) {
    const l = lines[k]!;
    if (l.blank || l.comment) continue;
    if (!l.inBlock && l.indent <= lines[j]!.indent) break;
    last = k;
  }
  return last;
}

/**
 * "ended: completed" on the action, below "due:": a key the action does not take, which its latest
 * update does (the quarter it ended in) and has not. The officer marked the whole action; as written,
 * the plan cannot read it, and the action would be said not to have ended. It goes into that update,
 * which --fix does: the latest update is the only one an ending can belong to.
 */
export function keyOfLatestUpdate(
  text: string,
  lines: readonly LineInfo[],
  i: number,
  context: SlipContext,
  parents: ReadonlyArray<string | undefined>,
): Slip | undefined {
  const line = lines[i]!;
  const kv = keyAndValue(line);
  const parent = parents[i];
  if (kv?.dash !== '' || kv.value === '' || parent === undefined) return undefined;
  const here = context.children.get(parent);
  if (!here || here.has(kv.key) || here.has(CODE_KEYS) || !context.knownKeys.has(kv.key)) return undefined;
  // Below a line that opens a part ("Q1:"), it is that part's line, out of line (indent-slips.ts says so).
  const above = lines.slice(0, i).findLast((l) => !l.blank && !l.comment);
  if (above && !above.inBlock && OPENS_PART.test(above.text)) return undefined;
  // The part beside it that holds the quarters' updates, and its latest quarter, which does not have the key.
  const holder = [...linesBeside(lines, i)].find(([k]) => [...(context.children.get(k) ?? [])].some((q) => QUARTER_KEY.test(q)));
  if (holder === undefined) return undefined;
  const quarters = quarterLines(lines, holder[1]);
  const latest = quarters[quarters.length - 1];
  const quarter = latest === undefined ? undefined : keyOf(lines[latest]!);
  if (latest === undefined || quarter === undefined || context.children.get(quarter)?.has(kv.key) !== true) return undefined;
  const first = lines[latest + 1];
  if (keysBesideFirst(lines, latest).has(kv.key) || first === undefined) return undefined;
  const column = lines.slice(latest + 1).find((l) => !l.blank && !l.comment)?.indent ?? lines[latest]!.indent + 2;
  const end = partEnd(lines, latest);
  const eol = text[line.start + line.text.length] === '\r' ? '\r\n' : '\n';
  const after = lines[end]!;
  return {
    offset: line.start + line.indent,
    code: 'key-of-latest-update',
    ...say.keyOfLatestUpdate({ key: kv.key, value: kv.value, quarter, below: end + 1, column }),
    edits: [
      { at: line.start, remove: Math.min(text.length, line.start + line.text.length + eol.length) - line.start, insert: '' },
      { at: after.start + after.text.length, remove: 0, insert: `${eol}${' '.repeat(column)}${kv.key}: ${kv.value}` },
    ],
  };
}

/** The lines of the quarter keys directly under line `j` ("updates:"). */
function quarterLines(lines: readonly LineInfo[], j: number): number[] {
  const end = partEnd(lines, j);
  const inner = lines.slice(j + 1, end + 1).find((l) => !l.blank && !l.comment)?.indent;
  const out: number[] = [];
  for (let k = j + 1; k <= end; k++) {
    const l = lines[k]!;
    if (!l.blank && !l.comment && !l.inBlock && l.indent === inner && QUARTER_KEY.test(keyOf(l) ?? '')) out.push(k);
  }
  return out;
}

/** The keys of the part line `j` opens: those beside its first line. */
function keysBesideFirst(lines: readonly LineInfo[], j: number): Set<string> {
  const first = lines.findIndex((l, k) => k > j && !l.blank && !l.comment);
  return first < 0 || lines[first]!.indent <= lines[j]!.indent
    ? new Set()
    : new Set([keyOf(lines[first]!) ?? '', ...keysBeside(lines, first)]);
}

/**
 * "profile: [0, 0, 50, 50]" beside "target:" in an action: a key the part it stands in does not take,
 * but one part beside it does ("target:", which takes "profile:") and does not have it. It was moved
 * out, as plan.yaml's "savingsProfile:" stands at the top. It goes back under that part, after the
 * part's own one-line settings ("measure: ..."), and before the parts it opens ("amounts:").
 */
export function keyOfInnerPart(
  text: string,
  lines: readonly LineInfo[],
  i: number,
  context: SlipContext,
  parents: ReadonlyArray<string | undefined>,
): Slip | undefined {
  const moved = keyNotTakenHere(lines, i, context, parents);
  if (!moved || moved.kv.value === '') return undefined;
  const { line, key, kv } = moved;
  const homes = [...linesBeside(lines, i)].filter(
    ([part, j]) => context.children.get(part)?.has(key) === true && OPENS_PART.test(lines[j]!.text) && !keysBeside(lines, j + 1).has(key),
  );
  if (homes.length !== 1) return undefined;
  const [part, j] = homes[0]!;
  const column = keyColumn(lines[j]!) + 2;
  // After the part's first lines that are settings of one line, before the first part it opens.
  let after = j;
  for (let k = j + 1; k < lines.length && (lines[k]!.blank || lines[k]!.indent >= column); k++)
    if (!lines[k]!.blank && lines[k]!.indent === column) {
      if (OPENS_PART.test(lines[k]!.text)) break;
      after = k;
    }
  const eol = text[line.start + line.text.length] === '\r' ? '\r\n' : '\n';
  const end = Math.min(text.length, line.start + line.text.length + eol.length);
  const at = lines[after]!.start + lines[after]!.text.length + eol.length;
  return {
    offset: line.start + line.indent,
    code: 'key-of-inner-part',
    ...say.keyOfInnerPart({ key, value: kv.value, part, partLine: j + 1, column }),
    edits: [
      { at: line.start, remove: end - line.start, insert: '' },
      { at, remove: 0, insert: `${' '.repeat(column)}${key}: ${kv.value}${eol}` },
    ],
  };
}
