import { say } from '../messages/index.js';
import { readMoney } from './money.js';
import type { LineInfo } from './slip-lines.js';
import type { Slip, SlipContext } from './slips.js';

/**
 * "Total: 192825" under the councils' figures: the total row of the spreadsheet the figures came
 * from, pasted with them. It is not a council, and the report adds the councils' figures itself. When
 * it is their exact sum, the line says nothing the others do not, so --fix deletes it; when it is
 * not, a council's figure or the total is wrong, and only the officer can say which.
 */

/** What a spreadsheet calls its total row: "Total", "Grand total", "TOTAL (all councils)", "Sum", "All councils". */
export const TOTAL_WORD =
  /^(?:(?:grand|group|overall|combined|partnership)[ \t]+)?(?:total|sum)s?(?:[ \t]*\([^)]{0,40}\))?$|^all(?:[ \t]+councils)?$/i;

/** A council's line of figures: its code, a colon and the figure. */
const COUNCIL_LINE = /^([A-Z][A-Z0-9]{1,9})[ \t]*:[ \t]*([^#]*?)[ \t]*(?:[ \t]#.*)?$/;

/** An action's figures are a handful of lines: no look goes further (hostile files stay quick). */
const MOST_LINES = 60;

/** A figure as written in a council's line: a plain number, or money in a shape with one reading ("75,000"). */
function figureOf(written: string): number | undefined {
  if (/^\d+(?:\.\d+)?$/.test(written)) return Number(written);
  const money = readMoney(written);
  if (money.ok) return money.pounds;
  return money.fix === undefined ? undefined : Number(money.fix);
}

/** The figures of the councils' lines beside line `i` (same indentation, same part), or undefined if any is not a figure. */
function councilFigures(lines: readonly LineInfo[], i: number): number[] | undefined {
  const indent = lines[i]!.indent;
  const figures: number[] = [];
  for (const step of [-1, 1]) {
    for (let j = i + step; j >= 0 && j < lines.length && Math.abs(j - i) < MOST_LINES; j += step) {
      const l = lines[j]!;
      if (l.blank || l.comment) continue;
      if (l.indent !== indent || l.inBlock) break;
      const m = COUNCIL_LINE.exec(l.text.slice(l.indent));
      const figure = m ? figureOf(m[2]!) : undefined;
      if (figure === undefined) return undefined;
      figures.push(figure);
    }
  }
  return figures.length >= 2 ? figures : undefined;
}

/** A total row in a part of amounts ("achieved:", "amounts:"); a measure's figures (a percentage) may not add up. */
export function totalRow(lines: readonly LineInfo[], i: number, context: SlipContext, parent: string | undefined): Slip | undefined {
  if (parent === undefined || !context.moneyBlocks?.has(parent)) return undefined;
  const line = lines[i]!;
  const rest = line.text.slice(line.indent);
  const colon = rest.indexOf(':');
  if (colon < 0 || colon > 60) return undefined;
  const written = rest.slice(0, colon).trim();
  if (!TOTAL_WORD.test(written) || context.knownKeys.has(written)) return undefined;
  const value = rest
    .slice(colon + 1)
    .replace(/[ \t]+#.*$/, '')
    .trim();
  const total = figureOf(value);
  const figures = total === undefined ? undefined : councilFigures(lines, i);
  if (total === undefined || !figures) return undefined;
  const sum = figures.reduce((a, b) => a + b, 0);
  const exact = Math.abs(sum - total) < 1e-6;
  const next = lines[i + 1];
  const wording = say.totalRow({ written, line: rest.trimEnd(), value, sum: String(Math.round(sum * 1000) / 1000), exact });
  const slip: Slip = {
    offset: line.start + line.indent,
    code: 'total-row',
    ...wording,
    edits: [{ at: line.start, remove: (next ? next.start : line.start + line.text.length) - line.start, insert: '' }],
  };
  if (!exact) delete slip.fixed;
  return slip;
}
