import { type Dirent, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { wordedUsageError } from '../errors.js';
import { say, type Wording } from '../messages/index.js';
import { compareNames } from '../shared/paths.js';
import { closest } from '../shared/words.js';
import { conflictCopyOf } from './conflict-copies.js';
import { sectionsBelow } from './sections-below.js';

/** The plan-level file; every other YAML file in the folder is a section. */
const PLAN_FILE_NAMES = ['plan.yaml', 'plan.yml'] as const;
/** More files than this is not a plan folder (or is a mistake); refuse before reading them all. */
const MAX_PLAN_FILES = 500;

export interface Listing {
  planPath: string | undefined;
  sectionPaths: string[];
  diagnostics: Diagnostic[];
}

/**
 * Hidden files, Office lock files (~$x.yaml, ~WRL0001.tmp) and editors' autosaves (#x.yaml#) sit beside
 * plan files and are never the officer's own work: they are skipped in silence.
 */
function isIgnoredName(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~') || name.startsWith('#');
}

const YAML_NAME = /\.ya?ml$/i;
/** "5-x" alone: a section's file renamed in Explorer (which hides the extension) without it. */
const BARE = /^\d+(?:\.\d+)*[-_ ][^.]+$/;

/**
 * A file that looks like a section but is not read: Notepad's extra ".txt", an editor's backup "~",
 * ".bak"; the officer must hear of it, or the section silently disappears from the report. With no
 * file of the name it should have beside it, its section is missing from the report: that is an
 * error, so that no report goes to committee without it; beside its section, it is a warning.
 */
function unreadSection(name: string, names: ReadonlySet<string>): { words: Wording; severity: 'warning' | 'error' } | undefined {
  const inner = /^(.*\.ya?ml)(\.[A-Za-z0-9]+|~)$/i.exec(name);
  const meant = inner
    ? inner[1]!
    : /^\d+(?:\.\d+)*[-_ ].*\.txt$/i.test(name)
      ? name.replace(/\.txt$/i, '.yaml')
      : (mistypedYaml(name) ?? (BARE.test(name) ? `${name}.yaml` : undefined));
  if (meant === undefined) return undefined;
  const missing = !names.has(meant);
  const severity = missing ? 'error' : 'warning';
  if (inner && !missing && /^(~|\.(bak|old|orig|backup|tmp))$/i.test(inner[2]!))
    return { words: say.backupNotRead({ name, meant }), severity };
  // 4-contract-management.txt: a section saved as plain text.
  return { words: say.notYamlNotRead({ name, meant, notepad: inner?.[2] === '.txt', missing }), severity };
}

/**
 * "5.4-x.ymal", "5.4-x.yaml1", "x.yamll": an extension typed a letter or two away from "yaml" (one
 * beginning with "y", or any on a file named with a section number), so the file is not read.
 */
function mistypedYaml(name: string): string | undefined {
  const m = /^(.+)\.([^.]+)$/.exec(name);
  if (!m) return undefined;
  const ext = m[2]!;
  const sectionLike = /^y/i.test(ext) || /^\d+(?:\.\d+)*[-_ ]/.test(name);
  // ".xml", ".html", ".md" are other kinds of file, a letter or two from "yml" by chance.
  if (ext.length < 3 || /^x?h?t?ml$/i.test(ext)) return undefined;
  return sectionLike && closest(ext, ['yaml', 'yml']) !== undefined ? `${m[1]}.yaml` : undefined;
}

/** What a copy saved beside its section adds to the name: a quarter, a year, a date, or a word such as "old". */
const COPY_TAG = String.raw`\(?(?:q[1-4]|quarter[ _-]?[1-4]|(?:19|20)\d\d(?:[-_.]\d\d(?:\d\d)?){0,2}|\d{1,2}[-_.]\d{1,2}[-_.]\d{2,4}|old|backup|back[ _-]up|bak|orig(?:inal)?|prev(?:ious)?|draft|final|latest|saved|archived?|end|of)\)?`;
const TAGGED_COPY = new RegExp(String.raw`^(.*?)(?:[ _-]+${COPY_TAG})+(\.ya?ml)$`, 'i');

/**
 * "8.2-x (1).yaml", "8.2-x - Copy.yaml", "Copy of 8.2-x.yaml", "8.2-x v2.yaml", "8.2-x_v1.1.yaml",
 * "8.2-x-Q2.yaml", "8.2-x 2014-15 old.yaml", "8.2-x (as sent to committee).yaml": the name of the file it copies.
 */
function copiedFrom(name: string): string | undefined {
  const m =
    /^(.*?)(?: \(\d+\)| - Copy(?: \(\d+\))?| copy(?: \d+)?|[ _-]+\(?(?:v|ver|version|rev)[ ._]?\d+(?:\.\d+)?\)?)(\.ya?ml)$/i.exec(name) ??
    // "3-x (as sent to committee).yaml"; Dropbox's "(Jo's conflicted copy ...)" is conflictCopyOf's to say.
    /^(.*?) \((?![^()]*conflicted copy)[^()]+\)(\.ya?ml)$/i.exec(name) ??
    /^Copy (?:\(\d+\) )?of (.*?)(\.ya?ml)$/i.exec(name) ??
    TAGGED_COPY.exec(name);
  return m ? `${m[1]}${m[2]}` : undefined;
}

/** Which of a copy and its original was saved clearly (a minute or more) later, when the disk says. */
function newerOf(dir: string, copy: string, original: string): 'copy' | 'original' | undefined {
  const saved = (name: string) => statSync(join(dir, name), { throwIfNoEntry: false })?.mtimeMs;
  const [a, b] = [saved(copy), saved(original)];
  if (a === undefined || b === undefined || Math.abs(a - b) < 60_000) return undefined;
  return a > b ? 'copy' : 'original';
}

export async function listPlanFiles(dir: string, display: (p: string) => string): Promise<Listing> {
  const entries = readPlansFolder(dir, display);
  const diagnostics: Diagnostic[] = [];
  const names = new Set(entries.map((e) => e.name));
  const notice = (name: string, severity: 'warning' | 'error', code: string, words: Wording) =>
    diagnostics.push({ file: display(join(dir, name)), line: 1, column: 1, severity, code, ...words });
  for (const entry of [...entries].sort((a, b) => compareNames(a.name, b.name))) {
    // A folder is no section saved under the wrong name: what it holds is looked at below.
    if (isIgnoredName(entry.name) || YAML_NAME.test(entry.name) || entry.isDirectory()) continue;
    const unread = unreadSection(entry.name, names);
    if (unread) notice(entry.name, unread.severity, 'file-not-read', unread.words);
  }
  const yamlEntries = entries
    .filter((e) => YAML_NAME.test(e.name) && !isIgnoredName(e.name))
    .filter((e) => {
      // A copy beside its original would be read twice over: every id and number a duplicate.
      const original = copiedFrom(e.name);
      if (original === undefined || !names.has(original)) {
        // The copy OneDrive keeps when the file was changed on two computers: named with the other one.
        const conflict = conflictCopyOf(e.name, names);
        if (conflict) notice(e.name, 'error', 'copied-file', say.conflictCopy({ name: e.name, ...conflict }));
        return conflict === undefined;
      }
      notice(e.name, 'error', 'copied-file', say.copyNotRead({ name: e.name, original, newer: newerOf(dir, e.name, original) }));
      return false;
    })
    .sort((a, b) => compareNames(a.name, b.name));
  if (yamlEntries.length > MAX_PLAN_FILES) {
    throw wordedUsageError(say.tooManyFiles({ folder: display(dir), count: yamlEntries.length, most: MAX_PLAN_FILES }));
  }
  const { planPath, sectionPaths } = sortPlanFiles(yamlEntries, dir, display, diagnostics);
  diagnostics.push(...missingFiles(planPath, sectionPaths, dir, display));
  diagnostics.push(...unreadBelow(dir, entries, sectionPaths, display));
  return { planPath, sectionPaths, diagnostics };
}

/** The plans folder's entries; a folder that is missing, not a folder or unreadable is exit 2. */
function readPlansFolder(dir: string, display: (p: string) => string): Dirent[] {
  try {
    // A plans folder reached through a symbolic link is still the plans folder: follow it.
    const stat = statSync(dir);
    if (!stat.isDirectory()) throw wordedUsageError(say.plansNotAFolder({ folder: display(dir) }));
    return readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    if (error instanceof Error && error.name === 'ExitError') throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      const dangling = lstatSync(dir, { throwIfNoEntry: false })?.isSymbolicLink();
      throw wordedUsageError(say.plansFolderMissing({ folder: display(dir), dangling: dangling === true }));
    }
    throw wordedUsageError(say.plansFolderUnreadable({ folder: display(dir), reason: code ?? String(error) }));
  }
}

/** A message about a whole file, at its line 1. */
const atFile = (file: string, severity: 'warning' | 'error', code: string, words: Wording): Diagnostic => ({
  file,
  line: 1,
  column: 1,
  severity,
  code,
  ...words,
});

/** The YAML entries sorted into the plan file and the section files; links, folders and a second plan file are reported. */
function sortPlanFiles(
  yamlEntries: readonly Dirent[],
  dir: string,
  display: (p: string) => string,
  diagnostics: Diagnostic[],
): { planPath: string | undefined; sectionPaths: string[] } {
  let planPath: string | undefined;
  const sectionPaths: string[] = [];
  for (const entry of yamlEntries) {
    const path = join(dir, entry.name);
    if (entry.isSymbolicLink()) {
      diagnostics.push(atFile(display(path), 'warning', 'symlink-ignored', say.linkNotFollowed()));
      continue;
    }
    if (!entry.isFile()) {
      // A folder, a named pipe, a socket or a device with a plan file's name is not skipped in silence.
      const what = entry.isDirectory() ? 'a folder' : entry.isFIFO() ? 'a named pipe' : entry.isSocket() ? 'a socket' : 'a device';
      diagnostics.push(atFile(display(path), 'error', 'not-a-file', say.notAFileInFolder({ name: entry.name, what })));
      continue;
    }
    if ((PLAN_FILE_NAMES as readonly string[]).includes(entry.name.toLowerCase())) {
      if (planPath) {
        diagnostics.push(atFile(display(path), 'error', 'duplicate-plan-file', say.secondPlanFile({ first: display(planPath) })));
        continue;
      }
      planPath = path;
      // Read here, but the editor and a case-sensitive shared drive look for plan.yaml in small letters.
      if (entry.name !== entry.name.toLowerCase())
        diagnostics.push(atFile(display(path), 'warning', 'plan-file-name', say.planFileCapitals({ name: entry.name })));
    } else {
      sectionPaths.push(path);
    }
  }
  return { planPath, sectionPaths };
}
/**
 * Folders kept on purpose, not looked in: the year roll's plans/archive, a year's own folder ("2014-15"),
 * old copies and templates.
 */
const KEPT_FOLDERS = /^(?:archived?|old|previous|backups?|templates?)\b|^node_modules$|^(?:19|20)\d\d(?:[-_ ]?(?:19|20)?\d\d)?$/i;
/** Looking below stops here: a plans folder with more YAML files below it than this is not an officer's. */
const MOST_BELOW = 200;

/** YAML files in the folders inside the plans folder, two deep, as paths from it ("Q2 as sent/5-x.yaml"). */
function yamlBelow(dir: string, entries: readonly Dirent[]): string[] {
  const found: string[] = [];
  const look = (folder: string, depth: number): void => {
    let inner: Dirent[];
    try {
      inner = readdirSync(join(dir, folder), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of [...inner].sort((a, b) => compareNames(a.name, b.name))) {
      if (isIgnoredName(e.name) || found.length >= MOST_BELOW) continue;
      if (e.isFile() && YAML_NAME.test(e.name)) found.push(`${folder}/${e.name}`);
      else if (e.isDirectory() && depth < 2) look(`${folder}/${e.name}`, depth + 1);
    }
  };
  for (const e of [...entries].sort((a, b) => compareNames(a.name, b.name))) {
    if (e.isDirectory() && !isIgnoredName(e.name) && !KEPT_FOLDERS.test(e.name) && !YAML_NAME.test(e.name)) look(e.name, 1);
  }
  return found;
}

/** Sections moved into a folder inside the plans folder, which would be left out of the report unsaid. */
function unreadBelow(
  dir: string,
  entries: readonly Dirent[],
  sectionPaths: readonly string[],
  display: (p: string) => string,
): Diagnostic[] {
  const head = (path: string) => {
    try {
      return readFileSync(path, 'utf8').slice(0, 4096);
    } catch {
      return '';
    }
  };
  const paths = yamlBelow(dir, entries);
  // Most plans folders hold no folder of YAML files: the sections' own heads are read only when one does.
  if (paths.length === 0) return [];
  const below = new Map(paths.map((p) => [p, head(join(dir, p))] as const));
  return sectionsBelow(below, sectionPaths.map(head)).map(({ path, section }) =>
    atFile(
      display(join(dir, path)),
      'error',
      'file-not-read',
      say.sectionBelow({
        path: display(join(dir, path)),
        folder: path.slice(0, path.indexOf('/')),
        section,
      }),
    ),
  );
}

/** A folder without plan.yaml, or without any section, is not a plan. */
function missingFiles(
  planPath: string | undefined,
  sectionPaths: readonly string[],
  dir: string,
  display: (p: string) => string,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  if (!planPath) {
    diagnostics.push(atFile(display(join(dir, 'plan.yaml')), 'error', 'missing-plan-file', say.planFileMissing()));
  }
  if (sectionPaths.length === 0) {
    diagnostics.push(atFile(display(dir), 'error', 'no-sections', say.noSections()));
  }
  return diagnostics;
}
