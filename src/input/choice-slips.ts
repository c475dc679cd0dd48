import { say } from '../messages/index.js';
import { keysBeside } from './cell-slips.js';
import { findDoneSlip } from './done-slips.js';
import { keyAndValue, type LineInfo } from './slip-lines.js';
import type { Slip, SlipContext } from './slips.js';

/**
 * The words of a key that takes one of a few ("unit: percent", "rag: amber"), written as a report or a
 * form writes them: a sign or a short form for the word ("unit: %"), "n/a" for a measure with no
 * target, or two ratings in one ("amber/green"). The first two have one reading, which --fix
 * writes; two ratings are named and left to the officer, as either may be meant.
 */

export function findChoiceSlip(lines: readonly LineInfo[], i: number, context: SlipContext): Slip | undefined {
  const line = lines[i]!;
  return (
    signForWord(line, context) ??
    trendWithChoice(line, context) ??
    twoChoices(line, context) ??
    wordForNone(lines, i, context) ??
    findDoneSlip(lines, i, context)
  );
}

/** The value of a key that takes one of a few words, on its line, and where it starts. */
function choiceValue(
  line: LineInfo,
  context: SlipContext,
): { key: string; written: string; at: number; words: readonly string[] } | undefined {
  const kv = keyAndValue(line, true);
  const words = kv ? context.choices?.get(kv.key) : undefined;
  if (!kv || !words || kv.value === '' || kv.value.includes('#')) return undefined;
  return { key: kv.key, written: kv.value, at: kv.at, words };
}

/** Signs and short forms that stand for one word a key takes. */
const SIGNS: ReadonlyArray<[RegExp, string]> = [
  [/^(?:%|per ?cent|pct\.?)$/i, 'percent'],
  [/^(?:\u00a3|gbp|pounds?)$/i, 'money'],
  [/^(?:no\.?|number|nr\.?)$/i, 'count'],
  [/^(?:d|days?\.?)$/i, 'days'],
  // A tracker's RAG column: a letter or a short form for the colour, or the words a rating stands for.
  [/^(?:g|gr|grn|gn)\.?$/i, 'green'],
  [/^(?:a|amb)\.?$/i, 'amber'],
  [/^(?:r|rd)\.?$/i, 'red'],
  [/^on[ -]?(?:track|target|schedule)$/i, 'green'],
  [/^at[ -]?risk$/i, 'amber'],
  [/^off[ -]?(?:track|target|schedule)$/i, 'red'],
];

/** The word a key takes that `written` stands for, as itself in any case or as one of its signs. */
function wordFor(written: string, words: readonly string[]): string | undefined {
  const lower = written.trim().toLowerCase();
  return words.find((w) => w === lower) ?? SIGNS.find(([sign, w]) => sign.test(written.trim()) && words.includes(w))?.[1];
}

/** "unit: %": a sign or a short form for one of the words the key takes. */
function signForWord(line: LineInfo, context: SlipContext): Slip | undefined {
  const found = choiceValue(line, context);
  if (!found || found.words.includes(found.written)) return undefined;
  const word = SIGNS.find(([sign, w]) => sign.test(found.written) && found.words.includes(w))?.[1];
  if (word === undefined) return undefined;
  return {
    offset: found.at,
    code: 'sign-for-word',
    ...say.signForWord({ key: found.key, written: found.written, word }),
    edits: [{ at: found.at, remove: found.written.length, insert: word }],
  };
}

/** "rag: amber/green": two of the words a key takes, as a two-tone rating. Either may be meant: none is written. */
function twoChoices(line: LineInfo, context: SlipContext): Slip | undefined {
  const found = choiceValue(line, context);
  if (!found) return undefined;
  const parts = found.written.split(/[ \t]*(?:[/\\&+|\u2013\u2014-]|\bor\b|\bto\b|\band\b)[ \t]*/i);
  const named = parts.map((p) => wordFor(p, found.words));
  if (parts.length < 2 || named.some((w) => w === undefined)) return undefined;
  const both = [...new Set(named as string[])];
  if (both.length < 2) return undefined;
  return {
    offset: found.at,
    code: 'two-choices',
    ...say.twoChoices({
      key: found.key,
      written: found.written,
      named: both,
      words: [...found.words],
    }),
    // Read as the first, in memory only, so that the rest of the file is checked.
    edits: [{ at: found.at, remove: found.written.length, insert: both[0]! }],
  };
}

/** A tracker's trend beside its rating: an arrow, or a word in brackets ("(improving)"). */
const TREND =
  /[\u2191\u2193\u2197\u2198\u2192\u2194\u2b06\u2b07\u25b2\u25bc\u25b6\u2bc5\u2bc6\u21d1\u21d3]\ufe0f?|\((?:improving|worsening|deteriorating|declining|stable|steady|unchanged|no change|same|up|down)\)/i;

/** "rag: amber \u2191": the rating with the trend a tracker shows beside it. The rating is the one reading; the trend goes. */
function trendWithChoice(line: LineInfo, context: SlipContext): Slip | undefined {
  const found = choiceValue(line, context);
  if (!found) return undefined;
  const m = new RegExp(`^(?:(${TREND.source})[ \\t]*([A-Za-z]+)|([A-Za-z]+)[ \\t]*(${TREND.source}))$`, 'i').exec(found.written);
  const word = m ? wordFor(m[2] ?? m[3]!, found.words) : undefined;
  if (!m || word === undefined) return undefined;
  return {
    offset: found.at,
    code: 'trend-with-choice',
    ...say.trendWithChoice({ key: found.key, written: found.written, trend: (m[1] ?? m[4]!).trim(), word }),
    edits: [{ at: found.at, remove: found.written.length, insert: word }],
  };
}

/** The words for no target, as forms and reports write it. */
const NONE_WORDS = /^(?:n\/a|n\.a\.?|na|not applicable|nil|no target|none set|not set|no target set)$/i;

/** "target: n/a" in a measure: the measure has no target, which plan writes "none". */
function wordForNone(lines: readonly LineInfo[], i: number, context: SlipContext): Slip | undefined {
  const line = lines[i]!;
  const kv = keyAndValue(line);
  const quote = kv && /^["']/.test(kv.value) && kv.value.endsWith(kv.value[0]!) ? kv.value[0]! : '';
  const bare = kv ? kv.value.slice(quote.length, kv.value.length - quote.length) : '';
  if (!kv || !context.mayHoldCodes?.has(kv.key) || !NONE_WORDS.test(bare)) return undefined;
  // The target of a measure, which stands beside its unit; an action's target of money has none.
  if (!keysBeside(lines, i).has('unit')) return undefined;
  const written = kv.value;
  const at = kv.at;
  return {
    offset: at,
    code: 'word-for-none',
    ...say.wordForNone({ key: kv.key, written: bare }),
    edits: [{ at, remove: written.length, insert: 'none' }],
  };
}
