import { say } from '../messages/index.js';
import { readMoney } from './money.js';
import { keyOf, type LineInfo } from './slip-lines.js';
import type { Slip } from './slips.js';

/**
 * "GBC: +32550" under "achieved:": the quarter's movement, copied with its plus sign from a tracker's
 * "change in the quarter" column. YAML reads it as the number 32550, but achieved is the total so far
 * this year, so the figure the plus sign marks is a rise, not the total: the total is the quarter
 * before's figure of the same council plus it. Writing the figure without its sign would make a wrong
 * total, so the hint gives the sum; the officer alone knows which was meant, so --fix leaves it.
 */

/** The block whose amounts are totals so far this year, and so never written as a rise. */
const RUNNING_TOTAL = 'achieved';

/** A council's figure with a plus sign, on its own line ("GBC: +32550") or in braces ("{ GBC: +32550 }"). */
const PLUS_FIGURE = /(^|[{,][ \t]*)([A-Z][A-Z0-9]{1,9})[ \t]*:[ \t]*(\+[ \t]*(\d[\d,]*))(?=[ \t]*(?:[,}]|#|$))/;

/** An action's updates are a few dozen lines: no look goes further (hostile files stay quick). */
const MOST_LINES = 200;

export function plusMovement(lines: readonly LineInfo[], i: number, parent: string | undefined): Slip | undefined {
  const line = lines[i]!;
  const rest = line.text.slice(line.indent);
  const m = PLUS_FIGURE.exec(rest);
  if (!m) return undefined;
  const inBraces = m[1]!.length > 0;
  const own = inBraces ? i : openerOf(lines, i);
  if (inBraces && keyOf(line) !== RUNNING_TOTAL) return measureMovement(lines, i, m);
  if (own === undefined || (inBraces ? keyOf(line) : parent) !== RUNNING_TOTAL) return undefined;
  const rise = readMoney(m[4]!);
  const pounds = rise.ok ? rise.pounds : rise.fix === undefined ? undefined : Number(rise.fix);
  if (pounds === undefined) return undefined;
  const code = m[2]!;
  const quarter = openerOf(lines, own);
  const q = quarter === undefined ? undefined : /^Q([1-4])$/.exec(keyOf(lines[quarter]!) ?? '');
  if (quarter === undefined || !q) return undefined;
  const before = q[1] === '1' ? undefined : `Q${Number(q[1]) - 1}`;
  const was = before === undefined ? 0 : previousFigure(lines, quarter, own, before, code);
  const written = m[3]!;
  const at = line.start + line.indent + m.index + m[0].length - written.length;
  return {
    offset: at,
    code: 'movement-as-total',
    ...say.movementAsTotal({ code, written, quarter: `Q${q[1]}`, before, rise: pounds, was, key: RUNNING_TOTAL }),
    edits: [{ at, remove: written.length, insert: String(was === undefined ? pounds : was + pounds) }],
  };
}

/**
 * "local-spend: { FYN: +2 }" in an update's measures: the change since the quarter before, from a
 * tracker's change column. A measure's figure is its level, so "+2" reads as 2: the hint gives the
 * quarter before's figure plus the change. Only the officer knows which was meant: --fix leaves it.
 */
function measureMovement(lines: readonly LineInfo[], i: number, m: RegExpExecArray): Slip | undefined {
  const line = lines[i]!;
  const id = keyOf(line);
  const measures = openerOf(lines, i);
  const quarter = measures === undefined || keyOf(lines[measures]!) !== 'measures' ? undefined : openerOf(lines, measures);
  const q = quarter === undefined ? undefined : /^Q([2-4])$/.exec(keyOf(lines[quarter]!) ?? '');
  if (id === undefined || quarter === undefined || !q) return undefined;
  const before = `Q${Number(q[1]) - 1}`;
  const code = m[2]!;
  const was = previousFigure(lines, quarter, i, before, code, id);
  const written = m[3]!;
  const rise = Number(m[4]!.replace(/,/g, ''));
  if (was === undefined || !Number.isFinite(rise)) return undefined;
  const at = line.start + line.indent + m.index + m[0].length - written.length;
  return {
    offset: at,
    code: 'movement-as-measure',
    ...say.movementAsMeasure({ code, id, written, quarter: `Q${q[1]}`, before, was, meant: was + rise }),
    edits: [{ at, remove: written.length, insert: String(was + rise) }],
  };
}

/** The line that opens the part line `i` stands in: the nearest line above it set further out. */
export function openerOf(lines: readonly LineInfo[], i: number): number | undefined {
  const indent = lines[i]!.indent;
  for (let j = i - 1; j >= 0 && i - j < MOST_LINES; j--) {
    const l = lines[j]!;
    if (l.blank || l.comment || l.inBlock) continue;
    if (l.indent < indent) return j;
  }
  return undefined;
}

/** The council's figure in the same part of the quarter `before` (the quarter line's sibling above it), if written plainly. */
function previousFigure(
  lines: readonly LineInfo[],
  quarter: number,
  own: number,
  before: string,
  code: string,
  part = RUNNING_TOTAL,
): number | undefined {
  const indent = lines[quarter]!.indent;
  let start: number | undefined;
  for (let j = quarter - 1; j >= 0 && quarter - j < MOST_LINES; j--) {
    const l = lines[j]!;
    if (l.blank || l.comment || l.inBlock) continue;
    if (l.indent < indent) return undefined;
    if (l.indent === indent && keyOf(l) === before) {
      start = j;
      break;
    }
  }
  if (start === undefined) return undefined;
  const partIndent = lines[own]!.indent;
  for (let j = start + 1; j < quarter; j++) {
    const l = lines[j]!;
    if (l.blank || l.comment || l.inBlock || l.indent !== partIndent || keyOf(l) !== part) continue;
    const braces = new RegExp(`[{,][ \\t]*${code}[ \\t]*:[ \\t]*(\\d+)[ \\t]*[,}]`).exec(l.text);
    if (braces) return Number(braces[1]);
    for (let k = j + 1; k < quarter; k++) {
      const c = lines[k]!;
      if (c.blank || c.comment) continue;
      if (c.indent <= partIndent) break;
      const figure = new RegExp(`^${code}[ \\t]*:[ \\t]*(\\d+)[ \\t]*(?:#.*)?$`).exec(c.text.slice(c.indent));
      if (figure) return Number(figure[1]);
    }
  }
  return undefined;
}
