import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { capPerFile, type Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict, checkYaml } from '../input/check-yaml.js';
import { checkedMarks } from '../input/checked-marks.js';
import { readInputFile } from '../input/read-input.js';
import { decodeSource } from '../input/source-file.js';
import { type LocNode, locate, offsetInScalar, type PathSegment } from '../input/yaml-source.js';
import { showPath } from '../shared/paths.js';
import { listPlanFiles } from './list-files.js';
import { scheduleOf, targetProfile } from './load-schedule.js';
import { measuresOf, measureValuesOf } from './measures-load.js';
import type { Action, Place, Plan, RichText, Section, Target, Update } from './model.js';
import { councilsOf, yearStartOf } from './plan-facts.js';
import { QUARTERS, type Quarter } from './quarters.js';
import { parseRichText } from './rich-text.js';
import { type CheckedFile, runRules } from './rules.js';
import {
  isMoneyPath,
  isProsePath,
  type PlanFileInput,
  planFileSchema,
  type SectionFileInput,
  sectionFileSchema,
  type UpdateInput,
} from './schema.js';

export interface LoadOptions {
  plansDir: string;
  quarter?: Quarter | undefined;
  /** Paths in messages are shown relative to this folder. */
  cwd?: string;
  /** Text an editor holds for some files (absolute path → text), read instead of the disk's. */
  overlay?: ReadonlyMap<string, string> | undefined;
  /**
   * Each file's own checks, kept between runs (the language server): a file whose bytes have not
   * changed is not parsed or checked again; only the rules across files run again.
   */
  cache?: Map<string, { bytes: Uint8Array; result: FileResult; councils?: string }> | undefined;
}

type FileResult = { loaded?: LoadedFile; diagnostics: Diagnostic[] };

/** Each file's checks, kept between runs: see LoadOptions.cache. */
export type FileCache = NonNullable<LoadOptions['cache']>;

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
}

export interface LoadResult {
  /** The plan, when it has no errors. */
  plan: Plan | undefined;
  diagnostics: Diagnostic[];
  /** Files read as plan data, as shown in messages. */
  files: string[];
  /** The lines a "# checked" mark covers (each with its mark's line), by file as shown in messages: their warnings are not shown. */
  checked?: ReadonlyMap<string, ReadonlyMap<number, number>>;
}

/** The finished years the year roll kept in plans/archive, each a folder named as "2014-15". */
function archivedYears(dir: string): string[] {
  try {
    return readdirSync(join(dir, 'archive'), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? [e.name] : []));
  } catch {
    return [];
  }
}

interface LoadedFile extends CheckedFile {
  /** The schema-checked data, when the file passed the schema. */
  parsed: PlanFileInput | SectionFileInput | undefined;
  /** Rich-text fields, parsed, keyed by their path joined with "/". */
  richText: Map<string, RichText>;
}

async function loadFile(
  path: string,
  kind: 'plan' | 'section',
  display: (p: string) => string,
  overlay?: ReadonlyMap<string, string>,
  cache?: FileCache,
  councils?: ReadonlyMap<string, string>,
  yearStartMonth?: number,
): Promise<FileResult> {
  const held = overlay?.get(path);
  const read = held !== undefined ? { bytes: new TextEncoder().encode(held) } : readInputFile(path);
  if (!('bytes' in read)) {
    return {
      diagnostics: [
        { file: display(path), line: 1, column: 1, severity: 'error', code: read.code, message: read.message, hint: read.hint },
      ],
    };
  }
  const bytes = read.bytes;
  // A section's slips are read knowing the plan's councils, so its checks are kept with them.
  const known = councils || yearStartMonth !== undefined ? JSON.stringify([...(councils ?? []), yearStartMonth]) : undefined;
  const kept = cache?.get(path);
  if (kept && sameBytes(kept.bytes, bytes) && kept.councils === known) return kept.result;
  const result = await checkFile(path, kind, display, bytes, councils, yearStartMonth);
  cache?.set(path, { bytes, result, ...(known === undefined ? {} : { councils: known }) });
  return result;
}

async function checkFile(
  path: string,
  kind: 'plan' | 'section',
  display: (p: string) => string,
  bytes: Uint8Array,
  councils?: ReadonlyMap<string, string>,
  yearStartMonth?: number,
): Promise<FileResult> {
  const decoded = decodeSource(bytes, path, display(path));
  if ('diagnostic' in decoded) return { diagnostics: [decoded.diagnostic] };
  const file = decoded.file;
  const checked =
    kind === 'plan'
      ? checkYaml<PlanFileInput>(file, planFileSchema, {
          isProse: isProsePath,
          startHint: 'start with "title:", "appendix:", "financialYear:" and "councils:"',
        })
      : checkYaml<SectionFileInput>(file, sectionFileSchema, {
          isProse: isProsePath,
          isMoney: isMoneyPath,
          startHint: 'start with "section:", "title:" and "actions:"',
          councils,
          yearStartMonth,
        });
  const diagnostics = checked.diagnostics;
  const loaded: LoadedFile = { file, kind, data: checked.data, root: checked.root, parsed: checked.parsed, richText: new Map() };
  // A file that is not a mapping, or whose YAML is broken, has no rich text worth checking.
  if (!checked.schemaChecked) return { loaded, diagnostics };
  // Rich text is checked wherever it is text, even in a file with other errors, so that one bad
  // action does not hide the problems of the others.
  if (kind === 'section') diagnostics.push(...parseSectionRichText(loaded));
  return { loaded, diagnostics };
}

function parseSectionRichText(loaded: LoadedFile): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const parseAt = (path: PathSegment[], written: string) => {
    const { text, problems } = parseRichText(written);
    loaded.richText.set(path.join('/'), text);
    const loc: LocNode | undefined = locate(loaded.root, path).node;
    for (const p of problems) {
      const offset = loc ? offsetInScalar(loaded.file, loc, p.line, p.column) : 0;
      diagnostics.push(loaded.file.diagnostic(offset, p.severity, p.code, p.message, p.hint));
    }
  };
  const actions = asDict(loaded.data)?.actions;
  if (!Array.isArray(actions)) return diagnostics;
  actions.forEach((raw, i) => {
    const action = asDict(raw);
    if (typeof action?.action === 'string') parseAt(['actions', i, 'action'], action.action);
    const updates = asDict(action?.updates);
    for (const q of QUARTERS) {
      const narrative = asDict(updates?.[q])?.narrative;
      if (typeof narrative === 'string') parseAt(['actions', i, 'updates', q, 'narrative'], narrative);
    }
  });
  return diagnostics;
}

/** Sections sort by their number part by part, so 8.10 comes after 8.9. */
function compareSectionNumbers(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

function orderedRecord<T>(record: Record<string, T> | undefined, order: readonly string[]): Record<string, T> {
  const out: Record<string, T> = {};
  if (!record) return out;
  for (const code of order) if (Object.hasOwn(record, code)) out[code] = record[code] as T;
  return out;
}

/** Where the value at `path` is written, when it is there. */
function placeOf(f: LoadedFile, path: PathSegment[]): Place | undefined {
  const { node, found } = locate(f.root, path);
  if (!found || !node) return undefined;
  const { line, column } = f.file.position(node.start);
  return { file: f.file.displayPath, line, column, text: f.file.lineText(line) };
}

function buildModel(planFile: LoadedFile, sectionFiles: readonly LoadedFile[]): Plan {
  const input = planFile.parsed as PlanFileInput;
  const councils = Object.entries(input.councils).map(([code, name]) => ({ code, name }));
  const order = councils.map((c) => c.code);
  const [startYear, startMonth] = input.financialYear.starts.split('-').map(Number) as [number, number];

  const toUpdate = (u: UpdateInput, q: Quarter, richText: RichText | undefined, statusPlace: Place | undefined): Update => ({
    ...(u.status !== undefined ? { status: u.status.trim() } : {}),
    ...(statusPlace ? { statusPlace } : {}),
    ...(u.rag !== undefined ? { rag: u.rag } : {}),
    ...(u.ended !== undefined ? { ended: u.ended } : {}),
    ...(richText !== undefined ? { narrative: richText } : {}),
    achieved: orderedRecord(u.achieved, order),
    pending: orderedRecord(u.pending, order),
    notes: orderedRecord(u.notes, order),
    ...(u.measures ? { measures: measureValuesOf(u.measures, q, order) } : {}),
  });

  const sections: Section[] = sectionFiles.map((f) => {
    const s = f.parsed as SectionFileInput;
    const actions: Action[] = s.actions.map((a, i) => {
      const target: Target | undefined = a.target
        ? {
            measure: a.target.measure.trim(),
            amounts: orderedRecord(a.target.amounts, order),
            achievedLabel: a.target.achievedLabel?.trim() ?? 'achieved',
            pendingLabel: a.target.pendingLabel?.trim() ?? 'pending',
            ...targetProfile(a.target.profile, input.savingsProfile),
          }
        : undefined;
      const updates: Partial<Record<Quarter, Update>> = {};
      for (const q of QUARTERS) {
        const u = a.updates[q];
        if (u)
          updates[q] = toUpdate(
            u,
            q,
            f.richText.get(['actions', i, 'updates', q, 'narrative'].join('/')),
            placeOf(f, ['actions', i, 'updates', q, 'status']),
          );
      }
      const idOffset = locate(f.root, ['actions', i, 'id']).node?.start ?? 0;
      return {
        id: a.id,
        text: f.richText.get(['actions', i, 'action'].join('/')) ?? [],
        ...(target ? { target } : {}),
        ...scheduleOf(a, { year: startYear, month: startMonth }),
        ...(a.measures ? { measures: measuresOf(a.measures, order) } : {}),
        updates,
        source: `${f.file.displayPath}:${f.file.position(idOffset).line}`,
      };
    });
    return { number: s.section, title: s.title.trim(), actions, file: f.file.displayPath };
  });
  sections.sort((a, b) => compareSectionNumbers(a.number, b.number));

  return {
    title: input.title.trim(),
    appendix: input.appendix.trim(),
    financialYear: { label: input.financialYear.label, startYear, startMonth },
    councils,
    sections,
  };
}

/**
 * A quick count of the actions in a plans folder, from the raw text and without parsing, so that a
 * plan too large to report is refused before any real work ("- id:" starts every action).
 */
export async function estimateActionCount(plansDir: string, cwd = process.cwd()): Promise<number> {
  const dir = resolve(cwd, plansDir);
  const listing = await listPlanFiles(dir, (p) => showPath(p, cwd));
  let count = 0;
  for (const path of listing.sectionPaths) {
    // Unreadable or oversized files are reported by the load itself.
    const read = readInputFile(path);
    const text = 'bytes' in read ? Buffer.from(read.bytes).toString('latin1') : '';
    // Every action has an id, written in any order and in block ("- id: x") or flow ("{id: x}") style.
    count += text.match(/(?:^|[\s{,-])(?:id|"id"|'id')[ \t]*:/gm)?.length ?? 0;
  }
  return count;
}

/**
 * Whether plan.yaml has an error on its "councils:" line or the lines below it (up to the next key
 * at the left edge): then its list of councils is not the one the officer meant.
 */
function hasErrorAmongCouncils(planFile: LoadedFile | undefined, diagnostics: readonly Diagnostic[]): boolean {
  if (!planFile) return false;
  const lines = planFile.file.text.split('\n');
  const start = lines.findIndex((l) => /^councils[ \t]*:/.test(l));
  if (start < 0) return false;
  let end = start + 1;
  while (end < lines.length && !/^[^\s#]/.test(lines[end]!)) end++;
  return diagnostics.some((d) => d.severity === 'error' && d.line > start && d.line <= end);
}

/** Read, check and model a plan folder. Never throws for bad plan content; only for a folder it cannot use. */
export async function loadPlan(options: LoadOptions): Promise<LoadResult> {
  const cwd = options.cwd ?? process.cwd();
  const dir = resolve(cwd, options.plansDir);
  const display = (p: string) => showPath(p, cwd);
  const listing = await listPlanFiles(dir, display);
  const diagnostics = [...listing.diagnostics];

  // plan.yaml first: its councils let a section's council written by name be read as its code.
  const planResult = listing.planPath
    ? await loadFile(listing.planPath, 'plan', display, options.overlay, options.cache)
    : { diagnostics: [] };
  const councils = councilsOf(planResult.loaded);
  const yearStartMonth = yearStartOf(planResult.loaded);
  const sectionResults = await Promise.all(
    listing.sectionPaths.map((p) => loadFile(p, 'section', display, options.overlay, options.cache, councils, yearStartMonth)),
  );
  diagnostics.push(...planResult.diagnostics);
  for (const r of sectionResults) diagnostics.push(...r.diagnostics);

  const planFile = planResult.loaded;
  const sectionFiles = sectionResults.flatMap((r) => (r.loaded ? [r.loaded] : []));
  const councilsUnread = hasErrorAmongCouncils(planFile, planResult.diagnostics);
  diagnostics.push(...runRules({ planFile, sectionFiles, quarter: options.quarter, councilsUnread, archivedYears: archivedYears(dir) }));

  const files = [...(listing.planPath ? [listing.planPath] : []), ...listing.sectionPaths].map(display);
  const hasErrors = diagnostics.some((d) => d.severity === 'error');
  const plan = !hasErrors && planFile?.parsed ? buildModel(planFile, sectionFiles) : undefined;
  return { plan, diagnostics: capPerFile(diagnostics), files, checked: checkedMarks([planFile, ...sectionFiles].map((f) => f?.file)) };
}
