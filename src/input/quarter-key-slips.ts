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

export function quarterKeySlip(lines: readonly LineInfo[], i: number, parents: ReadonlyArray<string | undefined>): Slip | undefined {
  if (parents[i] !== 'updates') return undefined;
  const line = lines[i]!;
  const m = /^([^\s:#][^:#]*?)[ \t]*:[ \t]*$/.exec(line.text.slice(line.indent));
  if (!m) return undefined;
  const written = m[1]!;
  const at = line.start + line.indent;
  const has = (q: string) => partKeys(lines, i, parents).has(q);
  if (YEAR_END.test(written)) {
    const free = !has('Q4');
    return {
      offset: at,
      code: 'year-end-key',
      ...say.yearEndKey({ written, free }),
      edits: free ? [{ at, remove: written.length, insert: 'Q4' }] : [],
    };
  }
  const meant = besideQ(written);
  if (meant === undefined || has(meant)) return undefined;
  return {
    offset: at,
    code: 'quarter-key-typed',
    ...say.quarterKeyTyped({ written, meant }),
    edits: [{ at, remove: written.length, insert: meant }],
  };
}

/**
 * "W3", "A2", "Q\u00a3": a quarter with the key beside "Q" typed for it (W, A or S on a UK keyboard), or its
 * figure typed with Shift held ("!", "\u00a3", "$" over 1, 3 and 4).
 */
function besideQ(written: string): string | undefined {
  const letter = /^[WASwas]([1-4])$/.exec(written);
  if (letter) return `Q${letter[1]}`;
  const shifted = /^[Qq]([!\u00a3$])$/.exec(written);
  return shifted ? `Q${{ '!': 1, '\u00a3': 3, $: 4 }[shifted[1]!]}` : undefined;
}
