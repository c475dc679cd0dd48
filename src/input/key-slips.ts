import { say } from '../messages/index.js';
import { closest } from '../shared/words.js';
import { keyOfColumnName, partKeys } from './column-names.js';
import { allowedUnder, COUNCIL_CODE_KEY, type LineInfo } from './slip-lines.js';
import type { Slip, SlipContext } from './slips.js';

/**
 * "Status:", "ACHIEVED:", "q3:", "Q 3:" or "Quarter 3:": a key plan knows, typed in the wrong case, with
 * a space, or (a quarter) in words.
 * There is one right spelling, so --fix writes it. A code in capitals where council codes stand
 * ("RAG:" under "achieved:") is a council code, not a mistyped key.
 */
export function mistypedKey(
  lines: readonly LineInfo[],
  i: number,
  context: SlipContext,
  parents: ReadonlyArray<string | undefined>,
): Slip | undefined {
  const line = lines[i]!;
  const rest = line.text.slice(line.indent);
  const m = /^((?:- +)*)([A-Za-z][\w]*(?: [1-4])?)[ \t]*:(?:[ \t]|$)/.exec(rest);
  if (!m) return undefined;
  const written = m[2]!;
  if (context.knownKeys.has(written)) return undefined;
  // "Quarter 2:", "Qtr 2:": a quarter in words, known to plan as "Q2".
  const squeezed = written.replace(' ', '').replace(/^(?:quarter|qtr)(?=[1-4]$)/i, 'Q');
  const meant = [...context.knownKeys].find((k) => k.toLowerCase() === squeezed.toLowerCase());
  const parent = parents[i];
  const at = line.start + line.indent + m[1]!.length;
  if (meant === undefined) {
    const typo = parent === undefined ? undefined : keyMisspelt(lines, i, written, parent, context, parents);
    const column =
      typo !== undefined || parent === undefined ? undefined : keyOfColumnName(written, parent, context, () => partKeys(lines, i, parents));
    if (column !== undefined) {
      return {
        offset: at,
        code: 'unknown-key',
        ...say.columnNameKey({ written, meant: column }),
        edits: [{ at, remove: written.length, insert: column }],
      };
    }
    return typo === undefined
      ? undefined
      : {
          offset: at,
          code: 'unknown-key',
          ...say.misspeltKey({ written, meant: typo }),
          edits: [{ at, remove: written.length, insert: typo }],
        };
  }
  if (parent !== undefined && COUNCIL_CODE_KEY.test(written) && allowedUnder(parent, written, context)) return undefined;
  return {
    offset: at,
    code: 'mistyped-key',
    ...say.mistypedKey({ written, meant }),
    edits: [{ at, remove: written.length, insert: meant }],
  };
}

/**
 * "achived:" where "achieved:" belongs: a key plan does not know, a typo away from the one key of its
 * part that the part lacks. That key is the one right answer; a key the part already has is never meant
 * (the schema's "did you mean" says the rest). Quarters have their own reading (zod-issues.ts).
 */
function keyMisspelt(
  lines: readonly LineInfo[],
  i: number,
  written: string,
  parent: string,
  context: SlipContext,
  parents: ReadonlyArray<string | undefined>,
): string | undefined {
  if (parent === 'updates' || allowedUnder(parent, written, context) || COUNCIL_CODE_KEY.test(written)) return undefined;
  // Most unknown keys are near no key of their part: the part's lines are then not read at all.
  const all = [...(context.children.get(parent) ?? [])];
  if (closest(written, all) === undefined && sameStem(written, all) === undefined) return undefined;
  const present = partKeys(lines, i, parents);
  const free = all.filter((k) => context.knownKeys.has(k) && !present.has(k));
  const guess = closest(written, free) ?? sameStem(written, free);
  // Two keys the part lacks, equally near ("rag" and "ran"): no one right answer.
  return guess !== undefined &&
    closest(
      written,
      free.filter((k) => k !== guess),
    ) === undefined
    ? guess
    : undefined;
}

/**
 * "achievement:" for "achieved:", "measurements:" for "measures:": another word of the key's stem, as a
 * phone's predictive text or a spell-checker puts it. The one key whose stem the word starts with.
 */
function sameStem(written: string, keys: readonly string[]): string | undefined {
  const lower = written.toLowerCase();
  const shared = (k: string) => {
    let n = 0;
    while (n < k.length && k[n]!.toLowerCase() === lower[n]) n++;
    return n;
  };
  const found = keys.filter((k) => shared(k) >= 6 && shared(k) >= k.length - 2);
  return found.length === 1 ? found[0] : undefined;
}
