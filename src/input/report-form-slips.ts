import { quoteForYaml } from '../messages/entry.js';
import { say } from '../messages/index.js';
import { MONTHS } from '../shared/words.js';
import { openerOf } from './movement-slips.js';
import { keyOf, type LineInfo } from './slip-lines.js';
import type { Slip } from './slips.js';

/**
 * "OCC: 77 (Q2 figure)": a measure's figure written as the report shows a figure that is for an
 * earlier quarter, copied from last quarter's report. Read as text it is no figure; written as the
 * bare number it would be shown as this quarter's. The quarter it names is the one reading: written
 * `{ value: 77, quarter: Q2 }` (or the bare number, when it names the update's own quarter), which
 * --fix writes.
 */

/** A council's figure with the quarter after it in brackets: "77 (Q2 figure)", "77% (Q2)", "77 (figure for Q2)". */
const WORDED =
  /(^|[{,][ \t]*)([A-Z][A-Z0-9]{1,9})[ \t]*:[ \t]*((\d+(?:\.\d+)?)[ \t]*%?[ \t]*[([][ \t]*(?:(Q[1-4])(?:[ \t]+(?:figure|value|data|return))?|(?:figure|value|data|return)[ \t]+(?:for|from|of)[ \t]+(Q[1-4]))[ \t]*[)\]])(?=[ \t]*(?:[,}]|#|$))/i;

/** How far up the parts of a line are looked for: an update is a few levels in. */
const MOST_LEVELS = 8;

export function figureInReportWords(lines: readonly LineInfo[], i: number): Slip | undefined {
  const line = lines[i]!;
  const rest = line.text.slice(line.indent);
  const m = WORDED.exec(rest);
  if (!m) return undefined;
  const parts = partsAbove(lines, i);
  const update = parts.find((k) => /^Q[1-4]$/.test(k));
  if (update === undefined || !parts.includes('measures')) return undefined;
  const quarter = (m[5] ?? m[6]!).toUpperCase();
  // A later quarter's figure cannot stand in an update: that is another slip.
  if (quarter > update) return undefined;
  const code = m[2]!;
  const value = m[4]!;
  const written = m[3]!;
  const figure = quarter === update ? value : `{ value: ${value}, quarter: ${quarter} }`;
  const at = line.start + line.indent + m.index + m[1]!.length + rest.slice(m.index + m[1]!.length).indexOf(written, code.length);
  return {
    offset: at,
    code: 'figure-in-report-words',
    ...say.figureInReportWords({ code, written, quarter, update, figure }),
    edits: [{ at, remove: written.length, insert: figure }],
  };
}

/**
 * "WMBC: 25 # Q2 figure - return not in yet": a figure kept from an earlier quarter, marked only by a
 * comment. Plan reads no comments, so the report would show it as this quarter's figure. The format
 * marks it `{ value: 25, quarter: Q2 }`; not written by --fix, since only the officer knows the
 * comment still holds.
 */
const LAG_COMMENT = /^([A-Z][A-Z0-9]{1,9})[ \t]*:[ \t]*(-?\d+(?:\.\d+)?)[ \t]+#.*?\b(Q[1-4])(?:'s)? (?:figure|value|return|data)\b/i;

export function lagInComment(lines: readonly LineInfo[], i: number): Slip | undefined {
  const line = lines[i]!;
  const m = LAG_COMMENT.exec(line.text.slice(line.indent));
  if (!m) return undefined;
  const parts = partsAbove(lines, i);
  const update = parts.find((k) => /^Q[1-4]$/.test(k));
  const [, code = '', figure = '', named = ''] = m;
  const quarter = named.toUpperCase();
  if (update === undefined || !parts.includes('measures') || quarter >= update) return undefined;
  const at = line.start + line.indent + m[0].indexOf(figure, code.length);
  return { offset: at, code: 'lag-in-comment', ...say.lagInComment({ code, figure, quarter, update }), edits: [] };
}

/**
 * "ORDC: 03-Apr": a measure's figure that a spreadsheet took for a date. "3/4" (3 of 4 held) typed
 * into a cell becomes 3 April, shown "03-Apr", and is copied so. The figure is one of the two numbers
 * the date was typed as; which one is the officer's call, so --fix leaves it.
 */
const SHORT_MONTHS = MONTHS.map((name) => name.slice(0, 3));
const CELL_DATE = new RegExp(
  `^([A-Z][A-Z0-9]{1,9})[ \\t]*:[ \\t]*(["']?)(\\d{1,2})[- ](${SHORT_MONTHS.join('|')})\\2[ \\t]*(?:#.*)?$`,
  'i',
);

export function dateForFigure(lines: readonly LineInfo[], i: number): Slip | undefined {
  const line = lines[i]!;
  const m = CELL_DATE.exec(line.text.slice(line.indent));
  if (!m || !partsAbove(lines, i).includes('measures')) return undefined;
  const [, code = '', quote = '', day = '', month = ''] = m;
  const first = Number(day);
  const second = SHORT_MONTHS.findIndex((name) => name.toLowerCase() === month.toLowerCase()) + 1;
  const written = `${day}${m[0].charAt(m[0].indexOf(day, code.length) + day.length)}${month}`;
  const at = line.start + line.indent + m[0].indexOf(day, code.length) - quote.length;
  // Put in quotes as written, for the parse: still no figure, and said here alone (see Slip.settles).
  const edits = [{ at, remove: written.length + 2 * quote.length, insert: quoteForYaml(written) }];
  return { offset: at, code: 'date-for-figure', ...say.dateForFigure({ code, written, first, second }), edits, settles: true };
}

/** The keys of the parts line `i` stands in, nearest first. */
function partsAbove(lines: readonly LineInfo[], i: number): string[] {
  const keys: string[] = [];
  let j: number | undefined = i;
  for (let level = 0; level < MOST_LEVELS; level++) {
    j = openerOf(lines, j);
    if (j === undefined) break;
    const key = keyOf(lines[j]!);
    if (key !== undefined) keys.push(key);
  }
  return keys;
}
