import { allowedUnder, keyColumn, keyOf, type LineInfo } from './slip-lines.js';
import type { SlipContext } from './slips.js';

/**
 * The names a tracker spreadsheet gives its columns, and the key plan writes for each: an officer
 * copying a row from the tracker writes the column's name ("Actual") for plan's key ("achieved:").
 */
const COLUMN_NAMES: ReadonlyMap<string, string> = new Map([
  ['actual', 'achieved'],
  ['actuals', 'achieved'],
  ['delivered', 'achieved'],
  ['realised', 'achieved'],
  ['realized', 'achieved'],
  ['forecast', 'pending'],
  ['forecasts', 'pending'],
  ['pipeline', 'pending'],
  ['comment', 'narrative'],
  ['comments', 'narrative'],
  ['commentary', 'narrative'],
  ['owner', 'lead'],
  ['responsible', 'lead'],
  ['deadline', 'due'],
  ['rating', 'rag'],
]);

/**
 * "actual:" where "achieved:" belongs: a spreadsheet's column name for a key that may stand here and
 * that the part lacks (a key the part has is never the one meant). That key is the one right answer.
 */
export function keyOfColumnName(
  written: string,
  parent: string,
  context: SlipContext,
  present: () => ReadonlySet<string>,
): string | undefined {
  const meant = COLUMN_NAMES.get(written.toLowerCase());
  if (meant === undefined || !context.knownKeys.has(meant) || !allowedUnder(parent, meant, context)) return undefined;
  return present().has(meant) ? undefined : meant;
}

/** The keys written in the part line `i` stands in: the lines of its column under the same parent, up to the next item. */
export function partKeys(lines: readonly LineInfo[], i: number, parents: ReadonlyArray<string | undefined>): ReadonlySet<string> {
  const keys = new Set<string>();
  const column = (j: number) => keyColumn(lines[j]!);
  const item = (j: number) => lines[j]!.text.slice(lines[j]!.indent).startsWith('-');
  const own = column(i);
  const visit = (j: number, step: 1 | -1): boolean => {
    const line = lines[j]!;
    if (line.blank || line.comment || line.inBlock) return true;
    if (column(j) < own || (step === 1 && item(j) && column(j) === own)) return false;
    if (column(j) === own && parents[j] === parents[i]) {
      const key = keyOf(line);
      if (key !== undefined) keys.add(key);
    }
    return !(step === -1 && item(j) && column(j) === own);
  };
  // A part of a plan has tens of lines; a hostile file's thousands of typos must not each read them all.
  const far = 500;
  if (!item(i)) for (let j = i - 1; j >= Math.max(0, i - far) && visit(j, -1); j--);
  for (let j = i + 1; j < Math.min(lines.length, i + far) && visit(j, 1); j++);
  return keys;
}
