import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict } from '../input/check-yaml.js';
import { say } from '../messages/index.js';
import { QUARTERS } from './quarters.js';
import { asList, at, type CheckedFile, problem, type RuleContext } from './rule-context.js';

/**
 * A section saved over another's file: "Save As" picked 6-collaboration.yaml for section 5, so that
 * file now holds section 5 (with the officer's newest edits, most often) beside 5-sustainability.yaml,
 * and section 6 is gone from the plan. Known by a file whose name starts with another section's number
 * than its `section:` line, another file holding that section with mostly the same actions, and no
 * file holding the section of the name. Said once, at the copy's `section:` line; what follows from it
 * (the section and action ids twice, the same titles and texts, the older copy's missing updates) is
 * that one slip, so those two files' other messages wait until it is mended.
 */

/** The section number a file's name starts with: "6" of "6-collaboration.yaml", "8.2" of "8.2 savings.yaml". */
const numberOfName = (f: CheckedFile) => /^(\d+(?:\.\d+)*)[-_ ]/.exec(f.file.displayPath.split(/[\\/]/).pop() ?? '')?.[1];

const sectionOf = (f: CheckedFile) => {
  const s = asDict(f.data)?.section;
  return typeof s === 'string' ? s : undefined;
};

const idsOf = (f: CheckedFile) =>
  new Set(asList(asDict(f.data)?.actions).flatMap((a) => (typeof asDict(a)?.id === 'string' ? [String(asDict(a)!.id)] : [])));

/** How far the file's updates reach: the number of quarters' updates of all its actions. */
const updatesOf = (f: CheckedFile) =>
  asList(asDict(f.data)?.actions).reduce<number>(
    (n, a) => n + QUARTERS.filter((q) => asDict(asDict(asDict(a)?.updates)?.[q]) !== undefined).length,
    0,
  );

interface SavedOver {
  /** The file named for another section that holds this one. */
  copy: CheckedFile;
  /** The file named for the section it holds. */
  own: CheckedFile;
  section: string;
  /** The section of the copy's name, missing from the plan. */
  missing: string;
}

function sectionsSavedOver(files: readonly CheckedFile[]): SavedOver[] {
  const held = new Set(files.map(sectionOf));
  return files.flatMap((copy): SavedOver[] => {
    const [section, named] = [sectionOf(copy), numberOfName(copy)];
    if (!section || !named || named === section || held.has(named)) return [];
    const own = files.find((f) => f !== copy && sectionOf(f) === section && numberOfName(f) === section);
    if (!own) return [];
    const [a, b] = [idsOf(copy), idsOf(own)];
    const shared = [...a].filter((id) => b.has(id)).length;
    return shared * 2 >= Math.max(a.size, b.size) && shared > 0 ? [{ copy, own, section, missing: named }] : [];
  });
}

/**
 * The rules' messages with each section saved over another's said once, in place of the messages of
 * its two files that follow from it.
 */
export function foldSavedOver(ctx: RuleContext, found: Diagnostic[]): Diagnostic[] {
  const slips = sectionsSavedOver(ctx.sectionFiles);
  if (slips.length === 0) return found;
  const files = new Set(slips.flatMap((s) => [s.copy.file.displayPath, s.own.file.displayPath]));
  const said = slips.map((s) => {
    const name = (f: CheckedFile) => f.file.displayPath.split(/[\\/]/).pop()!;
    const [copyUpdates, ownUpdates] = [updatesOf(s.copy), updatesOf(s.own)];
    const wording = say.sectionSavedOver({
      copy: name(s.copy),
      own: name(s.own),
      section: s.section,
      missing: s.missing,
      newer: copyUpdates === ownUpdates ? undefined : copyUpdates > ownUpdates ? name(s.copy) : name(s.own),
    });
    return problem(s.copy, at(s.copy, ['section']), 'error', 'section-saved-over', wording);
  });
  return [...said, ...found.filter((d) => !files.has(d.file))];
}
