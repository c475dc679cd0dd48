import { say } from '../messages/index.js';
import { keyAndValue, keyOf, type LineInfo } from './slip-lines.js';
import type { Slip, SlipContext } from './slips.js';

/**
 * How an action ended, written as a tracker writes it: "ended:" given the date it ended ("ended:
 * 2046-09-15", "ended: Q2"), where plan takes how (completed or dropped) and the update's quarter says
 * when; and "rag:" given the colour a BRAG tracker uses for done ("blue"), or the word itself
 * ("rag: completed"), where plan rates red, amber or green and marks done with "ended: completed".
 * The update's own status gives the reading of the first; --fix writes it when it gives one.
 */

export function findDoneSlip(lines: readonly LineInfo[], i: number, context: SlipContext): Slip | undefined {
  return endedAsDate(lines, i, context) ?? ratedAsDone(lines, i, context);
}

/** A key beside line i (in the same part, at its indent), with its value and line (0-based). */
function valueBeside(lines: readonly LineInfo[], i: number, key: string): { value: string; line: number } | undefined {
  const indent = lines[i]!.indent;
  for (const step of [-1, 1]) {
    for (let j = i + step; j >= 0 && j < lines.length; j += step) {
      const l = lines[j]!;
      if (l.blank || l.comment || l.inBlock) continue;
      if (l.indent < indent || (l.indent === indent && l.text.slice(l.indent).startsWith('-'))) break;
      if (l.indent !== indent || keyOf(l) !== key) continue;
      const kv = keyAndValue(l);
      return { value: (kv?.value ?? '').replace(/^(["'])(.*)\1$/, '$2'), line: j };
    }
  }
  return undefined;
}

/** A date, a month or a quarter, as a tracker's "date ended" column gives it. */
const WHEN =
  /^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+)?[A-Za-z]{3,9}\.?,?[ \t]+\d{4}|(?:\d{4}\/\d{2}[ \t]+)?Q[1-4](?:[ \t]+\d{4}\/\d{2})?)$/i;
/** A status that says the action is done or given up, by its first word, with nothing that takes it back. */
const DONE_STATUS = /^(?:completed?|done|finished|delivered|implemented|achieved|closed)\b/i;
const DROPPED_STATUS = /^(?:dropped|cancell?ed|withdrawn|abandoned|stopped|discontinued)\b/i;
const NOT_SO = /\b(?:not|part(?:ly|ially)?|nearly|almost|due|expected|by|until|yet|except|but)\b/i;

/** What the status beside line i says of how the action ended: "completed", "dropped" or nothing. */
function endingSaid(lines: readonly LineInfo[], i: number): { word?: string; line?: number } {
  const status = valueBeside(lines, i, 'status');
  if (!status || NOT_SO.test(status.value)) return {};
  const word = DONE_STATUS.test(status.value) ? 'completed' : DROPPED_STATUS.test(status.value) ? 'dropped' : undefined;
  return word === undefined ? {} : { word, line: status.line + 1 };
}

/** "ended: 2046-09-15": when, where plan takes how. The status ("Completed") gives the one word, which --fix writes. */
function endedAsDate(lines: readonly LineInfo[], i: number, context: SlipContext): Slip | undefined {
  const kv = keyAndValue(lines[i]!);
  const words = kv ? context.choices?.get(kv.key) : undefined;
  if (!kv || !words?.includes('completed') || !words.includes('dropped')) return undefined;
  const written = kv.value.replace(/^(["'])(.*)\1$/, '$2');
  if (!WHEN.test(written)) return undefined;
  const said = endingSaid(lines, i);
  const { fixed, ...wording } = say.endedAsDate({ key: kv.key, written, word: said.word, statusLine: said.line });
  return {
    offset: kv.at,
    code: 'ended-as-date',
    ...wording,
    ...(said.word === undefined ? {} : { fixed }),
    edits: [{ at: kv.at, remove: kv.value.length, insert: said.word ?? 'completed' }],
  };
}

/** The colour a BRAG tracker gives an action that is done, and the words for done, written for a rating. */
const DONE_RATING = /^(?:blue|b|\u{1F535}|\u{1F7E6}|\u{1F499}|completed?|done|closed|finished)$/iu;

/** "rag: blue": BRAG's mark of a completed action. Plan marks that with "ended: completed" and rates it green. */
function ratedAsDone(lines: readonly LineInfo[], i: number, context: SlipContext): Slip | undefined {
  const kv = keyAndValue(lines[i]!);
  const words = kv ? context.choices?.get(kv.key) : undefined;
  if (!kv || !words?.includes('green') || !words.includes('red')) return undefined;
  const written = kv.value.replace(/^(["'])(.*)\1$/, '$2').replace(/\uFE0F$/, '');
  if (!DONE_RATING.test(written)) return undefined;
  const ended = valueBeside(lines, i, 'ended');
  const done = ended?.value === 'completed' ? ended.line + 1 : undefined;
  return {
    offset: kv.at,
    code: 'rated-as-done',
    ...say.ratedAsDone({ key: kv.key, written, endedLine: done, indent: lines[i]!.indent }),
    edits: [{ at: kv.at, remove: kv.value.length, insert: 'green' }],
  };
}
