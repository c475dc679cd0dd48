import { say } from '../messages/index.js';
import { keyOf, type LineInfo } from './slip-lines.js';
import type { Slip, SlipContext } from './slips.js';

/**
 * A "notes:" part pasted into the middle of the figures above it: the notes' lines stand between two
 * councils' figures, so the figures below them are read as notes ("FYN: 7450"), and the part above
 * has none for those councils. Moved below the figures, every line is where it belongs: the edit
 * does so for the rest of the check; the officer moves them.
 */

interface Part {
  key: string;
  line: number;
  /** The part's own lines, below its key. */
  from: number;
  to: number;
}

/** The key of line `i` with no value, and the lines indented under it. */
function partAt(lines: readonly LineInfo[], i: number): Part | undefined {
  const line = lines[i]!;
  if (line.blank || line.comment || line.inBlock) return undefined;
  const m = /^([A-Za-z][\w-]*):[ \t]*$/.exec(line.text.slice(line.indent).trimEnd());
  if (!m) return undefined;
  let to = i;
  while (to + 1 < lines.length && (lines[to + 1]!.blank || lines[to + 1]!.indent > line.indent)) to++;
  while (to > i && lines[to]!.blank) to--;
  return to > i ? { key: m[1]!, line: i, from: i + 1, to } : undefined;
}

const CODE_FIGURE = /^([A-Z][A-Z0-9]{1,9}):[ \t]+\u00a3?\d[\d,]*(?:\.\d+)?[ \t]*$/;

export function notesInsideList(lines: readonly LineInfo[], context: SlipContext): Slip[] {
  const slips: Slip[] = [];
  for (let i = 1; i < lines.length; i++) {
    const notes = partAt(lines, i);
    if (notes?.key !== 'notes') continue;
    // The part just above, ending on the line before: figures of councils.
    let k = i - 1;
    while (k >= 0 && (lines[k]!.blank || lines[k]!.indent > lines[i]!.indent)) k--;
    const above = k >= 0 ? partAt(lines, k) : undefined;
    if (!above || above.to !== i - 1 || !context.moneyBlocks?.has(above.key)) continue;
    const own = (j: number) => lines[j]!.text.slice(lines[j]!.indent).trimEnd();
    const range = (p: Part) => Array.from({ length: p.to - p.from + 1 }, (_, d) => p.from + d).filter((j) => !lines[j]!.blank);
    const figuresAbove = new Set(range(above).map((j) => CODE_FIGURE.exec(own(j))?.[1]));
    // The notes' last lines are figures of councils the part above lacks; its first ones are notes.
    const rows = range(notes);
    let f = rows.length;
    while (f > 0 && CODE_FIGURE.test(own(rows[f - 1]!)) && !figuresAbove.has(CODE_FIGURE.exec(own(rows[f - 1]!))![1])) f--;
    if (f === 0 || f === rows.length) continue;
    const moved = { from: i + 1, to: rows[f - 1]! + 1 };
    const figures = { from: rows[f]! + 1, to: rows[rows.length - 1]! + 1 };
    const codes = rows.slice(f).map((j) => CODE_FIGURE.exec(own(j))![1]!);
    const start = lines[i]!.start;
    const cut = lines[rows[f]!]!.start;
    const end =
      rows[rows.length - 1]! + 1 < lines.length
        ? lines[rows[rows.length - 1]! + 1]!.start
        : lines[rows[rows.length - 1]!]!.start + lines[rows[rows.length - 1]!]!.text.length;
    const text = (a: number, b: number) =>
      lines
        .map((l) => l.text)
        .slice(a, b)
        .join('\n');
    const noteText = `${text(i, rows[f - 1]! + 1)}\n`;
    const figureText = `${text(rows[f]!, rows[rows.length - 1]! + 1)}\n`;
    slips.push({
      offset: lines[i]!.start + lines[i]!.indent,
      code: 'notes-inside-list',
      ...say.notesInsideList({ part: above.key, moved, figures, codes, line: figures.to }),
      edits: end > cut && keyOf(lines[i]!) === 'notes' ? [{ at: start, remove: end - start, insert: figureText + noteText }] : [],
    });
  }
  return slips;
}
