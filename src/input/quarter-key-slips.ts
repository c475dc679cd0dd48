import { say } from '../messages/index.js';
import { partKeys } from './column-names.js';
import type { LineInfo } from './slip-lines.js';
import type { Slip } from './slips.js';

/**
 * "Outturn:", "Year end:", "Final position:" where an update's quarter belongs: the name a finance
 * report gives the last quarter of the year. plan calls it "Q4:". When the action has no "Q4:" yet
 * that is the one right answer (--fix writes it); beside a "Q4:" the two must be merged by the officer.
 */
const YEAR_END =
  /^(?:(?:year[ -]?end|end[ -]of[ -]year|outturn|final|annual|full[ -]year)(?:[ -](?:outturn|update|position|report|figures?))?|q4[ -](?:outturn|final|year[ -]?end)|eoy)$/i;

export function yearEndKey(lines: readonly LineInfo[], i: number, parents: ReadonlyArray<string | undefined>): Slip | undefined {
  if (parents[i] !== 'updates') return undefined;
  const line = lines[i]!;
  const m = /^([A-Za-z][\w -]*?)[ \t]*:[ \t]*$/.exec(line.text.slice(line.indent));
  if (!m || !YEAR_END.test(m[1]!)) return undefined;
  const written = m[1]!;
  const at = line.start + line.indent;
  const free = !partKeys(lines, i, parents).has('Q4');
  return {
    offset: at,
    code: 'year-end-key',
    ...say.yearEndKey({ written, free }),
    edits: free ? [{ at, remove: written.length, insert: 'Q4' }] : [],
  };
}
