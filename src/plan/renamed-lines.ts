import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict } from '../input/check-yaml.js';
import { say } from '../messages/index.js';
import { escapeRegExp } from '../shared/words.js';
import { rowValues, shown } from './measure-figures.js';
import { mentions, namePatterns } from './measure-narrative.js';
import { QUARTERS, type Quarter } from './quarters.js';
import { type ActionRef, at, eachAction, problem, type RuleContext } from './rule-context.js';

/**
 * A narrative's line for one council copied for the next and not renamed: "- Greyhithe: 10, ..." then
 * "- Greyhithe: 4, ..." where the second is Tollbridge's figure and Tollbridge is named nowhere. The
 * report prints two figures for one council and none for another. Read from a measure's row: a council
 * named twice in the narrative, once with its own figure and once, at the start of a line, with another;
 * the other figure is that of the one council of the row the narrative never names.
 */

interface Renamed {
  q: Quarter;
  id: string;
  code: string;
  missing: string;
  value: number;
  /** The line of the narrative that names the council again, and where on it its name (or code) stands. */
  text: string;
  index: number;
  written: string;
}

/** Where a council is written on a line, by its code or one of its names: the words and their index. */
function writtenAt(line: string, code: string, names: readonly string[]): { written: string; index: number } | undefined {
  for (const w of [code, ...names]) {
    const m = new RegExp(`\\b${escapeRegExp(w)}\\b`).exec(line);
    if (m) return { written: w, index: m.index };
  }
  return undefined;
}

function renamedIn(ref: ActionRef, q: Quarter, names: ReadonlyMap<string, readonly string[]>): Renamed[] {
  const update = asDict(asDict(ref.action.updates)?.[q]);
  const narrative = update?.narrative;
  if (typeof narrative !== 'string') return [];
  const patterns = namePatterns(names);
  const lines = narrative.split('\n');
  return Object.entries(asDict(update?.measures) ?? {}).flatMap(([id, raw]): Renamed[] => {
    const values = rowValues(raw);
    const said = lines.flatMap((l, n) => mentions(l, new Set(values.keys()), patterns).map((m) => ({ ...m, n })));
    const unnamed = [...values.keys()].filter((c) => !lines.some((l) => writtenAt(l, c, names.get(c) ?? [])));
    if (unnamed.length !== 1) return [];
    const missing = unnamed[0]!;
    return [...values.keys()].flatMap((code): Renamed[] => {
      const own = said.filter((m) => m.code === code);
      const other = own.filter((m) => m.value !== values.get(code));
      if (own.length !== 2 || other.length !== 1 || other[0]!.value !== values.get(missing)) return [];
      const where = writtenAt(lines[other[0]!.n]!, code, names.get(code) ?? []);
      const text = lines[other[0]!.n]!;
      // A line copied for the next council starts with the council ("- Greyhithe: 4, ..."); a name
      // further in is said of something else ("running at WBC with 3 lots", "at Westbrook on 5 October").
      if (!where || !/^\s*(?:[-*\u2022]\s*)?$/.test(text.slice(0, where.index))) return [];
      return [{ q, id, code, missing, value: other[0]!.value, text, ...where }];
    });
  });
}

/** The name to write for `missing` in the form `written` has: the code for a code, else the same place in its names. */
function nameFor(written: string, code: string, missing: string, names: ReadonlyMap<string, readonly string[]>): string {
  if (written === code) return missing;
  const k = (names.get(code) ?? []).indexOf(written);
  const theirs = names.get(missing) ?? [];
  return theirs[k] ?? theirs[theirs.length - 1] ?? missing;
}

export const namesRenamedInCopies = (ctx: RuleContext): Diagnostic[] => {
  const names = ctx.words?.names ?? new Map<string, readonly string[]>();
  return eachAction(ctx).flatMap((ref) =>
    QUARTERS.flatMap((q) =>
      renamedIn(ref, q, names).map((r) => {
        const path = [...ref.path, 'updates', r.q, 'narrative'];
        const start = at(ref.f, path);
        const block = /^[|>]/.test(ref.f.file.text.slice(start));
        const found = ref.f.file.text.indexOf(r.text, start);
        const offset = found === -1 ? start : found + r.index;
        const measure = asDict(asDict(ref.action.measures)?.[r.id]);
        const wording = say.nameNotRenamed({
          line: ref.f.file.position(offset).line + (found === -1 && block ? 1 : 0),
          written: r.written,
          meant: nameFor(r.written, r.code, r.missing, names),
          figure: shown(measure?.unit, r.value),
          missing: r.missing,
          quarter: r.q,
        });
        return problem(ref.f, offset, 'warning', 'name-not-renamed', wording);
      }),
    ),
  );
};
