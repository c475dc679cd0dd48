import { say } from '../messages/index.js';
import { allowedUnder, keyOf, type LineInfo } from './slip-lines.js';
import type { Slip, SlipContext } from './slips.js';

/**
 * Cells of a tracker spreadsheet or marks of a chat, pasted where plan wants a setting: a row's Status
 * and RAG cells pasted onto the status line, with a tab between them ("status: Onward going<TAB>Amber"),
 * or the coloured circle a Teams chat uses for a rating ("rag: \u{1F7E2}"). Each has the setting it
 * stands for, named at its line.
 */

/** The lines written beside line `i` (at its indentation, in the same part): key → the first line index with it. */
export function linesBeside(lines: readonly LineInfo[], i: number): Map<string, number> {
  const indent = lines[i]!.indent;
  const found = new Map<string, number>();
  for (const step of [-1, 1]) {
    for (let j = i + step; j >= 0 && j < lines.length; j += step) {
      const l = lines[j]!;
      if (l.blank || l.comment || l.inBlock) continue;
      if (l.indent < indent || (l.indent === indent && l.text.slice(l.indent).startsWith('-'))) break;
      const key = l.indent === indent ? keyOf(l) : undefined;
      if (key !== undefined && !found.has(key)) found.set(key, j);
    }
  }
  return found;
}

/** The keys written beside line `i`: the lines at its indentation in the same part. */
export function keysBeside(lines: readonly LineInfo[], i: number): Set<string> {
  return new Set(linesBeside(lines, i).keys());
}

/**
 * "status: Onward going<TAB>Amber": the text of a setting, a tab, and a last cell that is one of the
 * words of a key that stands beside it and is not written (the row's RAG cell, its "rag:" line gone).
 * Read as one text, the rating would be lost into the status: the cell goes on a line of its own.
 */
export function cellAfterTab(
  text: string,
  lines: readonly LineInfo[],
  i: number,
  context: SlipContext,
  parent: string | undefined,
): Slip | undefined {
  const line = lines[i]!;
  const rest = line.text.slice(line.indent);
  if (!rest.includes('\t')) return undefined;
  // Greedy up to the first tab, the spaces before it cut off by hand: a lazy match followed by
  // "[ \t]*\t" would try every split of a long run of spaces (test/long-lines.test.ts).
  const m = /^((?:- +)*)([A-Za-z][\w-]*)[ \t]*:[ \t]+([^\s"'#|>[{&*!%@\x60][^\t]*)\t[ \t]*([A-Za-z]+)[ \t]*$/.exec(rest);
  if (!m || parent === undefined || !context.textKeys?.has(m[2]!)) return undefined;
  const [, dashes = '', key = '', before = '', cell = ''] = m;
  const value = before.trimEnd();
  const beside = keysBeside(lines, i);
  const found = [...(context.choices ?? [])].filter(
    ([k, words]) => k !== key && allowedUnder(parent, k, context) && !beside.has(k) && words.includes(cell.toLowerCase()),
  );
  if (found.length !== 1) return undefined;
  const [sibling] = found[0]!;
  const word = cell.toLowerCase();
  const column = line.indent + dashes.length;
  const valueEnd = line.start + line.indent + rest.indexOf(value, dashes.length + key.length + 1) + value.length;
  const newline = text.charCodeAt(line.start + line.text.length) === 13 ? '\r\n' : '\n';
  return {
    offset: line.start + line.indent + rest.lastIndexOf('\t'),
    code: 'cells-on-one-line',
    ...say.cellAfterTab({ key, value, cell, joined: `${sibling}: ${word}`, column }),
    edits: [
      {
        at: valueEnd,
        remove: line.start + line.text.trimEnd().length - valueEnd,
        insert: `${newline}${' '.repeat(column)}${sibling}: ${word}`,
      },
    ],
  };
}

/** The colour each coloured mark of a chat or an emoji keyboard stands for. */
const MARKS: ReadonlyArray<[RegExp, string]> = [
  [/^(?:\u{1F534}|\u{1F7E5}|\u2764|\u{1F6D1})$/u, 'red'],
  [/^(?:\u{1F7E0}|\u{1F7E7}|\u{1F9E1})$/u, 'orange'],
  [/^(?:\u{1F7E1}|\u{1F7E8}|\u{1F49B}|\u26A0)$/u, 'yellow'],
  [/^(?:\u{1F7E2}|\u{1F7E9}|\u{1F49A})$/u, 'green'],
];

/** The words a colour is written with in a rating: amber is the traffic light's orange and yellow. */
const COLOUR_WORDS: Readonly<Record<string, readonly string[]>> = {
  red: ['red'],
  orange: ['amber', 'orange'],
  yellow: ['amber', 'yellow'],
  green: ['green'],
};

/**
 * "rag: \u{1F7E2}": a coloured circle (or square, or heart) from a Teams chat for a key that takes
 * colours. The colour has one word among the key's: that word, which --fix writes.
 */
export function colourMark(line: LineInfo, context: SlipContext): Slip | undefined {
  const rest = line.text.slice(line.indent);
  const m = /^((?:- +)?)([A-Za-z][\w-]*)[ \t]*:[ \t]+(\S+?)\uFE0F?[ \t]*(?:#.*)?$/u.exec(rest);
  const words = m ? context.choices?.get(m[2]!) : undefined;
  if (!m || !words) return undefined;
  const colour = MARKS.find(([mark]) => mark.test(m[3]!))?.[1];
  const word = colour === undefined ? undefined : COLOUR_WORDS[colour]!.find((w) => words.includes(w));
  if (word === undefined) return undefined;
  const key = m[2]!;
  const at = line.start + line.indent + rest.indexOf(m[3]!, m[1]!.length + key.length + 1);
  const written = rest.slice(at - line.start - line.indent).replace(/[ \t]*(?:#.*)?$/, '');
  return {
    offset: at,
    code: 'colour-mark',
    ...say.colourMark({ key, mark: written, colour: colour!, word }),
    edits: [{ at, remove: written.length, insert: word }],
  };
}
