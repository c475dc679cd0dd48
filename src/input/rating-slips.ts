import { say } from '../messages/index.js';
import { linesBeside } from './cell-slips.js';
import { keyAndValue, type LineInfo, siblings } from './slip-lines.js';
import type { Slip, SlipContext } from './slips.js';

/**
 * A rating pasted with, or in place of, the text beside it: a tracker's status cell that starts with
 * its RAG in capitals ("status: AMBER - On the savings profile"), or a row's Status and RAG cells
 * pasted into each other's lines ("status: green" above "rag: Specification being written"). Read as
 * written, the report prints the rating as the status, or the plan is refused for a rating it cannot
 * read; the officer's text is all there, in the wrong place, and the hint says where it goes.
 */

const COLOURS: ReadonlySet<string> = new Set(['red', 'amber', 'green']);

/** The keys that take a rating: their words are colours ("rag:" red, amber or green). */
function ratingKeys(context: SlipContext): string[] {
  return [...(context.choices ?? [])].filter(([, words]) => words.every((w) => COLOURS.has(w))).map(([key]) => key);
}

/** A line's text key and the rating key written beside it, with their values. */
interface Pair {
  text: { key: string; value: string; at: number };
  rating: { key: string; value: string; at: number; line: number } | undefined;
  ratingKey: string;
}

/** Line `i`'s text key and the rating key beside it, when its value is one `looks` picks out. */
function pairAt(lines: readonly LineInfo[], i: number, context: SlipContext, looks: (value: string) => boolean): Pair | undefined {
  const kv = keyAndValue(lines[i]!, true);
  if (!kv || !looks(kv.value) || !context.textKeys?.has(kv.key)) return undefined;
  const ratingKey = ratingKeys(context).find((k) => siblings(kv.key, k, context));
  if (ratingKey === undefined) return undefined;
  const j = linesBeside(lines, i).get(ratingKey);
  const rating = j === undefined ? undefined : keyAndValue(lines[j]!, true);
  return {
    text: { key: kv.key, value: kv.value, at: kv.at },
    rating: rating && j !== undefined ? { key: ratingKey, value: rating.value, at: rating.at, line: j + 1 } : undefined,
    ratingKey,
  };
}

/**
 * "AMBER - ", "Red: ", "[Green] ": a rating and a dash or colon with a space after it, or in brackets,
 * at the start of a text. "Green-light given" and "Amber/green in the tracker" are the officer's words.
 */
const RATING_FIRST = /^(?:\[(red|amber|green)\]|\((red|amber|green)\)|(red|amber|green)[ \t]*[-\u2013\u2014:])[ \t]+(?=\S)/i;

/** "status: AMBER - On the savings profile": the row's rating copied with the status cell. */
export function ratingBeforeText(lines: readonly LineInfo[], i: number, context: SlipContext): Slip | undefined {
  const pair = pairAt(lines, i, context, (value) => RATING_FIRST.test(value));
  const m = pair ? RATING_FIRST.exec(pair.text.value) : null;
  if (!pair || !m) return undefined;
  const colour = (m[1] ?? m[2] ?? m[3])!.toLowerCase();
  const prefix = m[0];
  const rest = pair.text.value.slice(prefix.length);
  // "Amber/green" is two ratings, said as such where a rating is written (choice-slips.ts).
  if (COLOURS.has(rest.toLowerCase())) return undefined;
  const wording = say.ratingBeforeText({
    key: pair.text.key,
    prefix: prefix.trim(),
    rest,
    ratingKey: pair.ratingKey,
    colour,
    line: pair.rating?.line,
    given: pair.rating?.value,
  });
  return { offset: pair.text.at, code: 'rating-before-text', ...wording, edits: [{ at: pair.text.at, remove: prefix.length, insert: '' }] };
}

/** "status: green" above "rag: Specification being written": the two cells pasted into each other's lines. */
export function ratingAndTextExchanged(lines: readonly LineInfo[], i: number, context: SlipContext): Slip | undefined {
  const pair = pairAt(lines, i, context, (value) => COLOURS.has(value.toLowerCase()));
  const rating = pair?.rating;
  if (!pair || !rating) return undefined;
  const text = rating.value;
  if (COLOURS.has(text.toLowerCase()) || text === '' || /^["'#|>]/.test(text)) return undefined;
  const colour = pair.text.value.toLowerCase();
  return {
    offset: pair.text.at,
    code: 'rating-and-text-exchanged',
    ...say.ratingAndTextExchanged({ key: pair.text.key, ratingKey: rating.key, colour, text, line: rating.line }),
    edits: [
      { at: pair.text.at, remove: pair.text.value.length, insert: text },
      { at: rating.at, remove: rating.value.length, insert: colour },
    ],
  };
}
