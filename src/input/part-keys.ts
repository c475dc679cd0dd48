import { say } from '../messages/index.js';
import type { Block, Structural } from './missing-lines.js';
import { allowedUnder, COUNCIL_CODE_KEY } from './slip-lines.js';
import { CODE_KEYS, type Slip, type SlipContext } from './slips.js';

/**
 * The keys a part of a plan file may hold, as the missing-line finders (missing-lines.ts) judge them:
 * by the schema, or for the names the schema cannot know (a measure's id), by the file itself; and
 * the slip that says the "key:" line opening a part is gone.
 */

/** A name the file gives (a measure's id), not a key plan knows or a council code. */
export function isName(key: string, context: SlipContext): boolean {
  return !context.knownKeys.has(key) && !COUNCIL_CODE_KEY.test(key);
}

/**
 * The "key:" line that opened the part line `here` starts, gone: said at `here` (whose first key is
 * `first`), with the line to add above it at `column`, and the other keys that could have been there.
 */
export function keyLineMissing(
  here: Structural,
  first: string,
  key: string,
  column: number,
  others: string[],
  named = false,
  moved?: { from: number; to: number; by: number },
): Slip {
  const written = `${' '.repeat(column)}${key}:`;
  const { fixed, ...wording } = say.missingKeyLine({
    key,
    first,
    line: here.index + 1,
    written,
    indent: column,
    others,
    named,
    ...(moved ? { moved } : {}),
  });
  // With one part these lines can belong to, the line to add has one right answer.
  return {
    offset: here.line.start + here.line.indent,
    code: 'missing-line',
    ...wording,
    ...(others.length === 0 && fixed !== undefined ? { fixed } : {}),
    edits: [{ at: here.line.start, remove: 0, insert: `${written}\n` }],
  };
}

/** Whether `key` may stand in the part opened by `parent`: by the schema, or (a measure's id) as the file has it elsewhere. */
export type Fits = (parent: string, key: string) => boolean;

/**
 * The keys the file itself has under each key that opens a part, for the keys the schema cannot name:
 * a measure's id ("spend-without-po") stands under "measures:", as the action's own "measures:" shows.
 */
export function fitsUnder(all: readonly Structural[], blocks: readonly Block[], context: SlipContext): Fits {
  const seen = new Map<string, Set<string>>();
  all.forEach((line, s) => {
    const opener = blocks[s]!.opener;
    const parent = opener === undefined ? undefined : all[opener]!.key;
    // Only under a key whose part the schema leaves open to any name (a record, such as "measures:").
    if (parent === undefined || line.key === undefined || context.knownKeys.has(line.key) || !context.children.get(parent)?.has(CODE_KEYS))
      return;
    const keys = seen.get(parent) ?? new Set<string>();
    keys.add(line.key);
    seen.set(parent, keys);
  });
  return (parent, key) => allowedUnder(parent, key, context) || (!context.knownKeys.has(key) && seen.get(parent)?.has(key) === true);
}
