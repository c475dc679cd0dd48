import { say } from '../messages/index.js';
import {
  allowedUnder,
  BLOCK_START,
  blockContentIndent,
  isKnownKey,
  keyColumn,
  keyOf,
  type LineInfo,
  nextStructural,
  OPENS_PART,
  parentKeys,
  plainSpaces,
  previousStructural,
} from './slip-lines.js';
import type { Slip, SlipContext } from './slips.js';

/**
 * Lines of text among the keys, found before parsing: a run of lines pasted in (an email signature),
 * a single line pasted where keys stand, and the rest of a line broken off by Enter onto a line of its own.
 */

/** A line of prose: no "key:" at its start, or a "key" of several words or a capitalised word plan does not know. */
function isProseLine(line: LineInfo, context: SlipContext): boolean {
  const rest = plainSpaces(line.text.slice(line.indent));
  // A bullet, Outlook's "·" among them, is a line of text that lost its "|" (see checkJoinedBullets).
  if (/^[-\u2022\u00b7\uf0b7\u25cf][ \t]|^[-?:,[\]{}&*!|>'"%@`]/.test(rest)) return false;
  const key = keyOf({ ...line, text: rest, indent: 0 });
  // "status Complete", "status = Complete": a key with its colon missing, explained as such.
  const first = /^([A-Za-z][\w-]*)[ \t]*(?:=|-(?= )|)[ \t]+\S/.exec(rest);
  if (first && context.knownKeys.has(first[1]!)) return false;
  if (key === undefined) return !/^[\w-]+:/.test(rest);
  if (isKnownKey(key, context)) return false;
  if (
    context.knownKeys.has(key.replace(/ /g, '')) ||
    [...context.knownKeys].some((k) => k.toLowerCase() === key.replace(/ /g, '').toLowerCase())
  )
    return false;
  return /\s/.test(key) || /^[A-Z][a-z]/.test(key);
}

/**
 * "status:" with nothing after it and its text on the line below, deeper: YAML reads that line as the
 * key's text (a plain value may go on over several lines), so it is no line of its own.
 */
function textBelowKey(prev: LineInfo, line: LineInfo, context: SlipContext): boolean {
  const key = keyOf(prev);
  return key !== undefined && context.textKeys?.has(key) === true && line.indent > keyColumn(prev) && /:[ \t]*$/.test(prev.text);
}

/**
 * Whether line `i` can start a run of text among the keys: a line of prose right after a key, not
 * the rest of that key's text (deeper than a key with text after it, YAML reads it so) nor inside
 * quotes left open above it. Returns the key line above and its column.
 */
function startsText(lines: readonly LineInfo[], i: number, context: SlipContext): { above: number; column: number } | undefined {
  const line = lines[i]!;
  if (line.blank || line.comment || line.inBlock || !isProseLine(line, context)) return undefined;
  const p = previousStructural(lines, i);
  if (p === undefined) return undefined;
  const prev = lines[p]!;
  const prevRest = prev.text.slice(prev.indent);
  if (keyOf(prev) === undefined || /:[ \t]+["'][^"']*$/.test(prevRest)) return undefined;
  const column = keyColumn(prev);
  if ((line.indent > column && !OPENS_PART.test(prevRest)) || textBelowKey(prev, line, context)) return undefined;
  return { above: p, column };
}

/** A line an email signature has: a phone number, an address, a "|" between a role and a council, a closing. */
const SIGNATURE_LINE =
  /\d{4,}[ -]?\d{3,}|@|\||^(?:kind|best|warm)?\s*(?:regards|wishes)\b|^(?:many )?thanks\b|^yours\b|^(?:tel|mob|mobile|phone|email|e-mail|fax|web)\b/i;

/**
 * Lines of text pasted among the keys as a run: an email signature pasted into an update ("Kind
 * regards", a name, a role, "Tel: 01527 881234"), or a paragraph that is no part of any text. Each
 * line alone would be said as text on its own; the run is said once, at its first line, and left out
 * (read as notes) so that the rest of the file is checked. Deleting it or moving it into a text is
 * the officer's choice, so --fix leaves it.
 */
export function pastedRuns(lines: readonly LineInfo[], context: SlipContext): Array<{ slip: Slip; lines: number[] }> {
  const runs: Array<{ slip: Slip; lines: number[] }> = [];
  const parents = parentKeys(lines);
  for (let i = 0; i < lines.length; i++) {
    const start = startsText(lines, i, context);
    if (!start) continue;
    const run = [i];
    for (let j = i + 1; j < lines.length && j - i <= 50; j++) {
      const line = lines[j]!;
      if (line.blank) continue;
      if (line.comment || line.inBlock || !isProseLine(line, context) || line.indent > Math.max(start.column, lines[i]!.indent)) break;
      run.push(j);
    }
    if (run.length < 2) continue;
    const first = lines[i]!;
    const last = run[run.length - 1]!;
    const opener = lines[start.above]!;
    const openerRest = opener.text.slice(opener.indent);
    // Right after the text of a "|" block: its text's column is where they would go.
    const content = BLOCK_START.test(openerRest) ? blockContentIndent(lines, start.above) : undefined;
    // The part's text of several lines is its last key of text (an update's "narrative:", after "status:").
    const openerKey = keyOf(opener);
    const part = parents[start.above];
    const texts = [...(context.textKeys ?? [])].filter((k) => part !== undefined && allowedUnder(part, k, context));
    const narrative = texts[texts.length - 1];
    // Right after that text on the line of its key ("narrative: Council meets in February."): put it below a "|".
    const inline = content === undefined && openerKey !== undefined && openerKey === narrative && !OPENS_PART.test(openerRest);
    const wording = say.pastedRun({
      from: i + 1,
      to: last + 1,
      signature: run.some((k) => SIGNATURE_LINE.test(lines[k]!.text.trim())),
      text: content !== undefined || inline ? openerKey : undefined,
      narrative: narrative ?? 'narrative',
      inline,
      column: content ?? start.column + 2,
    });
    runs.push({
      lines: run,
      slip: {
        offset: first.start + first.indent,
        code: 'text-among-keys',
        ...wording,
        edits: run.map((k) => ({ at: lines[k]!.start + lines[k]!.indent, remove: 0, insert: '# ' })),
      },
    });
    i = last;
  }
  return runs;
}

/**
 * A line of text pasted or typed among the keys (a note written without "#", a sentence with ": " at
 * the left edge): YAML would read it as a key, or not at all, and blame the lines after it. Said at
 * the line itself, which is kept as a note ("# ") so that nothing of it is lost.
 */
export function pastedLines(lines: readonly LineInfo[], context: SlipContext, taken: ReadonlySet<number>): Slip[] {
  const slips: Slip[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.blank || line.comment || line.inBlock || taken.has(i) || !isProseLine(line, context)) continue;
    const p = previousStructural(lines, i);
    if (p === undefined) continue;
    const prev = lines[p]!;
    const prevRest = prev.text.slice(prev.indent);
    // The first line of a run of text is the one to act on; a quote left open above makes the lines
    // below part of its text (that slip is reported where the quote opens).
    if (keyOf(prev) === undefined || /:[ \t]+["'][^"']*$/.test(prevRest)) continue;
    const prevColumn = keyColumn(prev);
    // Deeper than a key with text after it, a line goes on with that text: YAML reads it so.
    if ((line.indent > prevColumn && !OPENS_PART.test(prevRest)) || textBelowKey(prev, line, context)) continue;
    slips.push({
      offset: line.start + line.indent,
      code: 'text-among-keys',
      ...say.textAmongKeys({ text: line.text.slice(line.indent) }),
      edits: [{ at: line.start + line.indent, remove: 0, insert: '# ' }],
    });
  }
  return slips;
}

/**
 * The rest of a line of text broken off by Enter onto the line below, at the keys' column or the
 * left edge: the second line of an Outlook signature under "lead: Jane Smith", the tail of a long
 * "narrative:" broken in Notepad. YAML cannot read it; it belongs at the end of the line above.
 * Kept apart from pastedLines: a run of several pasted lines is another slip.
 */
export function brokenLines(lines: readonly LineInfo[], context: SlipContext, taken: ReadonlySet<number>): Slip[] {
  const slips: Slip[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const above = lines[i - 1]!;
    if (line.blank || line.comment || line.inBlock || taken.has(i) || above.blank || above.comment || above.inBlock) continue;
    const m = /^((?:- +)?)([A-Za-z][\w-]*):[ \t]+([^\s"'|>#&*!%@\x60[{].*)$/.exec(above.text.slice(above.indent));
    const key = m?.[2];
    if (!m || key === undefined || !context.textKeys?.has(key) || context.dateKeys?.has(key) || / #/.test(m[3]!)) continue;
    // Deeper than its key, the line goes on the text above it: YAML reads that, and so does plan.
    if (line.indent > above.indent + m[1]!.length) continue;
    // "Note: …" on a line of its own reads as a key: a note, not the rest of the line above.
    if (!isProseLine(line, context) || keyOf(line) !== undefined) continue;
    // A line of several pasted lines is not a broken one: the line below it is a key again.
    const next = nextStructural(lines, i);
    if (next !== undefined && next === i + 1 && keyOf(lines[next]!) === undefined) continue;
    const value = m[3]!.trimEnd();
    const rest = line.text.slice(line.indent).trimEnd();
    // A sentence goes on after a space; a name's second line (a job title) after a comma: a name is a
    // few words with no mark at its end, and the title starts with a capital.
    const name = value.split(/\s+/).length <= 4 && !/[.!?;:,]$|\b(?:and|or|of|the|to|for|with|in|at|by|on|a|an)$/i.test(value);
    const glue = name && /^[A-Z]/.test(rest) ? ', ' : ' ';
    const aboveEnd = above.start + above.indent + m[0].trimEnd().length;
    slips.push({
      offset: line.start + line.indent,
      code: 'broken-line',
      ...say.brokenLine({
        key,
        line: i,
        text: rest,
        joined: `${key}: ${value}${glue}${rest}`,
        sentence: glue === ' ',
        column: above.indent + m[1]!.length + 2,
        // A whole sentence of its own, in the keys' column, may as well be a note written without "#";
        // a line of marks alone ("=======", a merge's) is no words of the text: never joined by --fix.
        note: (/^[A-Z].*[.!?]$/.test(rest) && line.indent === above.indent + m[1]!.length) || !/[\p{L}\p{N}]/u.test(rest),
      }),
      edits: [{ at: aboveEnd, remove: line.start + line.indent - aboveEnd, insert: glue }],
    });
  }
  return slips;
}
