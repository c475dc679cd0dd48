import { say } from '../messages/index.js';
import { COUNCIL_CODE_KEY, type LineInfo } from './slip-lines.js';
import type { Slip, SlipContext } from './slips.js';

/**
 * Two rows of a spreadsheet pasted under a key with no value: the header row of council codes and the
 * row of figures below it, their cells apart by tabs or runs of spaces ("BWD\tELM\tFYN" over
 * "7\t4\t3"). YAML reads them as text on its own. Each code heads the figure below it, so the key's
 * figures in braces are the one reading, which --fix writes on the key's line.
 */

const CELLS = /\t+|[ \t]{2,}/;
const FIGURE = /^\u00a3?\d{1,3}(?:,\d{3})*(?:\.\d+)?$|^\u00a3?\d+(?:\.\d+)?$/;

export function sheetRows(lines: readonly LineInfo[], context: SlipContext): Slip[] {
  const slips: Slip[] = [];
  for (let i = 0; i + 2 < lines.length; i++) {
    const [key, head, row] = [lines[i]!, lines[i + 1]!, lines[i + 2]!];
    if (key.blank || key.comment || key.inBlock || head.inBlock || row.inBlock) continue;
    const m = /^((?:- +)*)([A-Za-z][\w-]*):[ \t]*$/.exec(key.text.slice(key.indent).trimEnd());
    if (!m || head.indent <= key.indent || row.indent <= key.indent) continue;
    const codes = head.text.trim().split(CELLS);
    const figures = row.text.trim().split(CELLS);
    const known = (c: string) => (context.councils ? context.councils.has(c) : COUNCIL_CODE_KEY.test(c));
    if (codes.length < 2 || codes.length !== figures.length || !codes.every(known) || !figures.every((f) => FIGURE.test(f))) continue;
    const pairs = codes.map((c, k) => `${c}: ${figures[k]!.replace(/[\u00a3,]/g, '')}`).join(', ');
    const written = `${m[1]}${m[2]}: { ${pairs} }`;
    const at = key.start + key.indent;
    const end = row.start + row.text.length;
    slips.push({
      offset: head.start + head.indent,
      code: 'sheet-rows',
      ...say.sheetRows({ key: m[2]!, first: i + 2, last: i + 3, written }),
      edits: [{ at, remove: end - at, insert: written }],
    });
    i += 2;
  }
  return slips;
}
