import { quoteForYaml } from '../messages/entry.js';
import { say } from '../messages/index.js';
import { INVISIBLE_CHARACTER } from './artefact-slips.js';
import { keyAndValue, type LineInfo } from './slip-lines.js';
import type { Slip, SlipContext } from './slips.js';

/**
 * Text that came out of another program in a form of its own, found in a key's line before parsing:
 * a SharePoint list's lookup value with its item number ("3;#Onward going"), text typed with Caps
 * Lock on ("dRAFT WITH LEGAL"), and a CSV file's cell, its quote marks doubled. Each has one reading,
 * which --fix writes.
 */

export function findTypedTextSlip(line: LineInfo, context: SlipContext): Slip | undefined {
  const kv = keyAndValue(line, true);
  if (!kv || !context.textKeys?.has(kv.key)) return undefined;
  return lookupId(kv) ?? invertedCase(kv, context) ?? csvCell(kv);
}

/** "Draft ""Part 4"" with legal" in quotes: a cell of a CSV file, each quote mark inside it doubled. */
const CSV_CELL = /^"((?:[^"]|"")*"")((?:[^"]|"")*)"$/;

function csvCell(kv: KeyValue): Slip | undefined {
  const m = CSV_CELL.exec(kv.value);
  if (!m) return undefined;
  const written = quoteForYaml(`${m[1]}${m[2]}`.replace(/""/g, '"'));
  return {
    offset: kv.at,
    code: 'csv-quotes',
    ...say.csvQuotes({ key: kv.key, written }),
    edits: [{ at: kv.at, remove: kv.value.length, insert: written }],
  };
}

type KeyValue = { key: string; value: string; at: number };

/** The invisible characters of text (artefact-slips.ts), in a value: the left-to-right mark before a date. */
const INVISIBLE = new RegExp(INVISIBLE_CHARACTER.source, 'g');

/**
 * "due: \u200e2051-09-30": an invisible character inside a value that is not text (a date, a quarter,
 * a rating, figures). Nobody means one there; without it the value is what was typed, which --fix writes.
 */
export function invisibleInValue(line: LineInfo, context: SlipContext): Slip | undefined {
  const kv = keyAndValue(line, true);
  if (!kv) return undefined;
  // Free text (a status, a narrative) is left to the checks of text; a date, a form or a choice is not text.
  const formed = context.dateKeys?.has(kv.key) || context.formKeys?.has(kv.key) || context.choices?.has(kv.key);
  if (context.textKeys?.has(kv.key) && !formed) return undefined;
  const first = kv.value.search(INVISIBLE);
  if (first === -1) return undefined;
  const marks = [...kv.value.matchAll(INVISIBLE)];
  const meant = kv.value.replace(INVISIBLE, '');
  if (meant.trim() === '') return undefined;
  return {
    offset: kv.at + first,
    code: 'invisible-character',
    ...say.invisibleInValue({ key: kv.key, mark: kv.value[first]!, written: kv.value, meant }),
    edits: marks.map((m) => ({ at: kv.at + m.index, remove: m[0].length, insert: '' })),
  };
}

/** "3;#Onward going": the form a SharePoint list export gives a lookup column's value, its item number first. */
const LOOKUP = /^(["']?)(\d+;#)(?=[^;#\s])(.*)\1$/;

function lookupId(kv: KeyValue): Slip | undefined {
  const m = LOOKUP.exec(kv.value);
  if (!m || m[3]!.includes(';#')) return undefined;
  return {
    offset: kv.at,
    code: 'lookup-id',
    ...say.lookupId({ key: kv.key, id: m[2]!, text: m[3]! }),
    edits: [{ at: kv.at + m[1]!.length, remove: m[2]!.length, insert: '' }],
  };
}

/**
 * "dRAFT WITH THE FOUR LEGAL TEAMS": Caps Lock on, and Shift held for the first letter, which it turns
 * small. The first word is a small letter and capitals, and no other small letter starts or stands
 * inside a word after its first letter; each letter's case swapped is the text meant (a council's
 * code, typed as it is, is kept).
 */
function invertedCase(kv: KeyValue, context: SlipContext): Slip | undefined {
  const text = kv.value;
  const words = text.match(/[A-Za-z]+/g) ?? [];
  if (words.length < 2 || !/^[a-z][A-Z]{2,}$/.test(words[0]!) || text.search(/[A-Za-z]/) !== text.indexOf(words[0]!)) return undefined;
  if (words.some((w) => /[a-z]/.test(w.slice(1)))) return undefined;
  if (words.join('').length < 8) return undefined;
  const swap = (w: string) => [...w].map((c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase())).join('');
  const meant = text.replace(/[A-Za-z]+/g, (w) => (context.councils?.has(w) ? w : swap(w)));
  return {
    offset: kv.at,
    code: 'inverted-case',
    ...say.invertedCase({ key: kv.key, meant }),
    edits: [{ at: kv.at, remove: text.length, insert: meant }],
  };
}

/** The faces Outlook turns ":)", ":|" and ":(" into, in the Wingdings font: plain text shows their letters. */
const FACE_OF: Readonly<Record<string, string>> = { J: ':)', K: ':|', L: ':(' };
const FACE_AT_END = /[.!?)][ \t]+([JKL])[ \t]*$/;

/**
 * "… on 2 December. J": a sentence copied from an Outlook email that ended with ":)", which Outlook
 * writes as a Wingdings face, the letter J in plain text. A lone J, K or L after a sentence's end, at
 * the end of a line of text, is not a word: --fix deletes it.
 */
export function outlookFaces(lines: readonly LineInfo[]): Slip[] {
  const slips: Slip[] = [];
  for (const line of lines) {
    if (line.blank || line.comment) continue;
    const kv = line.inBlock ? undefined : keyAndValue(line, true);
    if (!line.inBlock && !kv) continue;
    const m = FACE_AT_END.exec(line.text);
    if (!m) continue;
    const letter = m[1]!;
    const at = line.start + m.index + 1;
    const remove = line.text.length - m.index - 1;
    slips.push({
      offset: line.start + line.text.lastIndexOf(letter),
      code: 'outlook-face',
      ...say.outlookFace({ letter, face: FACE_OF[letter]! }),
      edits: [{ at, remove, insert: '' }],
    });
  }
  return slips;
}
