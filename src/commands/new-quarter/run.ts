import { rm, rmdir, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { type Document, isMap, isScalar, isSeq, parseDocument, type YAMLMap } from 'yaml';
import { countBySeverity } from '../../diagnostics/diagnostic.js';
import { createHighlighter } from '../../diagnostics/highlight.js';
import { formatText, lineStartPath } from '../../diagnostics/text.js';
import { EXIT, type ExitCode, usageError, writeError } from '../../errors.js';
import { type FileCache, loadPlan } from '../../plan/load-plan.js';
import type { Action, Plan, Update } from '../../plan/model.js';
import { QUARTERS, type Quarter, quarterIndex } from '../../plan/quarters.js';
import { makeFolder } from '../../shared/make-folder.js';
import { showPath } from '../../shared/paths.js';
import { type FileChange, WriteFailure, writeFilesTogether } from '../../shared/write-file.js';
import { addQuarter, applyEdits, removeItem, replaceQuarters, replaceScalar, type TextEdit } from './text-edit.js';

/** "1 action", "3 actions". */
function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * `plan new-quarter Qn`: start the next quarter from the last one. Every action without a Qn update
 * gets one carrying the previous status and figures forward, with the narrative marked TODO, so that
 * `plan validate --quarter Qn` names every action still to write. The files' own text is edited
 * (text-edit.ts): nothing but the added lines changes, and a check after each edit makes sure of it.
 */

export interface NewQuarterOptions {
  quarter: Quarter;
  plans: string;
  newYear?: boolean | undefined;
}

const PARSE_OPTIONS = { version: '1.2', schema: 'core', merge: false, keepSourceTokens: true } as const;

function todo(field: 'status' | 'narrative', quarter: Quarter): string {
  return `TODO: write the ${quarter} ${field}`;
}

/** The latest quarter before `quarter` that the action has an update for. */
function latestBefore(action: Action, quarter: Quarter): Quarter | undefined {
  return [...QUARTERS]
    .slice(0, quarterIndex(quarter))
    .reverse()
    .find((q) => action.updates[q] !== undefined);
}

/** The new update, as plain data for the YAML document: the starting point the officer edits. */
function carriedUpdate(action: Action, from: Update | undefined, quarter: Quarter): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (from?.status !== undefined) out.status = from.status;
  else if (!action.target) out.status = todo('status', quarter);
  if (from?.rag !== undefined) out.rag = from.rag;
  out.narrative = todo('narrative', quarter);
  if (action.target) {
    out.achieved =
      Object.keys(action.target.amounts).length > 0
        ? Object.fromEntries(Object.keys(action.target.amounts).map((code) => [code, from?.achieved[code] ?? 0]))
        : {};
    if (from && Object.keys(from.pending).length > 0) out.pending = { ...from.pending };
    if (from && Object.keys(from.notes).length > 0) out.notes = { ...from.notes };
  }
  return out;
}

/** True when `edited` is `original` with lines added and nothing else changed. */
export function onlyAddsLines(original: string, edited: string): boolean {
  const before = original.split('\n');
  const after = edited.split('\n');
  let i = 0;
  for (const line of after) if (i < before.length && line === before[i]) i++;
  return i === before.length;
}

function actionsMap(doc: Document): YAMLMap[] {
  const actions = doc.get('actions', true);
  if (!isSeq(actions)) return [];
  return actions.items.filter((item): item is YAMLMap => isMap(item));
}

interface FileEdit {
  path: string;
  /** The file's bytes as plan read them: it is written only if it still holds them. */
  read: Uint8Array;
  original: string;
  edited: string;
  added: number;
  /** Some of the edits are inside a line (a { } collection), not whole added lines. */
  withinLines: boolean;
}

const BOM = '\ufeff';

/**
 * The bytes of a plan file as the plan check read them. Each file is read once: edits are made to
 * the text that was checked, never to a second reading an editor may have changed in between.
 */
function bytesRead(read: FileCache, path: string): Uint8Array {
  const kept = read.get(resolve(path))?.bytes;
  if (!kept) throw new Error(`${showPath(path)} was not read with the plan`);
  return kept;
}

/** A plan file's text without its byte-order mark, and how to put it back. */
function readPlanText(read: FileCache, path: string): { bytes: Uint8Array; text: string; write: (text: string) => string } {
  const bytes = bytesRead(read, path);
  const raw = Buffer.from(bytes).toString('utf8');
  const bom = raw.startsWith(BOM);
  return { bytes, text: bom ? raw.slice(1) : raw, write: (text) => (bom ? BOM + text : text) };
}

async function planSectionEdits(
  read: FileCache,
  plan: Plan,
  quarter: Quarter,
  carryFrom: (action: Action) => Quarter | undefined,
  replaceAll: boolean,
): Promise<FileEdit[]> {
  const edits: FileEdit[] = [];
  for (const section of plan.sections) {
    const { bytes, text, write } = readPlanText(read, section.file);
    const doc = parseDocument(text, PARSE_OPTIONS);
    const nodes = actionsMap(doc);
    const list = doc.get('actions', true);
    const changes: TextEdit[] = [];
    let added = 0;
    let removed = 0;
    section.actions.forEach((action, i) => {
      const node = nodes[i];
      const updates = node?.get('updates', true);
      if (!node || !isMap(updates)) return;
      // An action that ended (completed or dropped) needs no more updates; a new year leaves it out
      // (the finished year, kept in the archive, still has it).
      if (QUARTERS.some((q) => action.updates[q]?.ended !== undefined)) {
        if (!replaceAll) return;
        const removal = isSeq(list) ? removeItem(text, list, node) : undefined;
        if (!removal)
          throw usageError(
            `action "${action.id}" has ended, but plan cannot take it out of ${showPath(section.file)} (its actions are written in [ ] style)`,
            'remove the action from the file by hand (the archive keeps it), then run again',
          );
        changes.push(removal);
        removed++;
        return;
      }
      if (!replaceAll && action.updates[quarter] !== undefined) return; // already there: idempotent
      const from = carryFrom(action);
      const value = carriedUpdate(action, from ? action.updates[from] : undefined, quarter);
      changes.push(replaceAll ? replaceQuarters(text, updates, quarter, value) : addQuarter(text, updates, quarter, value));
      added++;
    });
    if (removed > 0 && removed === nodes.length)
      throw usageError(
        `every action of section ${section.number} has ended, so it has nothing to carry into the new year`,
        `move ${showPath(section.file)} out of the plans folder (the archive keeps the finished year), then run again`,
      );
    if (changes.length === 0) continue;
    const withinLines = section.actions.some((_, i) => {
      const updates = nodes[i]?.get('updates', true);
      return isMap(updates) && updates.flow === true;
    });
    edits.push({ path: section.file, read: bytes, original: text, edited: write(applyEdits(text, changes)), added, withinLines });
  }
  return edits;
}

function nextYear(plan: Plan): { label: string; starts: string } {
  const first = plan.financialYear.startYear + 1;
  return {
    label: `${first}/${String((first + 1) % 100).padStart(2, '0')}`,
    starts: `${first}-${String(plan.financialYear.startMonth).padStart(2, '0')}-01`,
  };
}

export async function runNewQuarter(options: NewQuarterOptions): Promise<ExitCode> {
  const cwd = process.cwd();
  const hl = createHighlighter(process.stderr);
  const read: FileCache = new Map();
  const result = await loadPlan({ plansDir: options.plans, cwd, cache: read });
  if (countBySeverity(result.diagnostics).errors > 0 || !result.plan) {
    process.stderr.write(formatText(result.diagnostics, hl, result.files.length));
    process.stderr.write(`${hl.error('plan: nothing changed:')} fix the errors above first; new-quarter only edits a valid plan\n`);
    return EXIT.invalid;
  }
  const plan = result.plan;
  const { quarter } = options;
  const actions = plan.sections.flatMap((s) => s.actions);
  const latest = Math.max(-1, ...actions.flatMap((a) => QUARTERS.filter((q) => a.updates[q]).map(quarterIndex)));
  const year = plan.financialYear.label;

  if (options.newYear) {
    if (quarter !== 'Q1') throw usageError('--new-year starts a financial year, so it goes with Q1', 'run plan new-quarter Q1 --new-year');
    if (!actions.some((a) => a.updates.Q4)) {
      throw usageError(`${year} has no Q4 updates yet; finish the year before starting the next`, 'run plan new-quarter Q4 first');
    }
    const next = nextYear(plan);
    const archive = join(resolve(cwd, options.plans), 'archive', year.replace('/', '-'));
    if (await stat(archive).catch(() => undefined))
      throw usageError(`${showPath(archive)} already exists; nothing changed`, 'move it away if it is an old copy, then run again');
    const latestOf = (a: Action) => [...QUARTERS].reverse().find((q) => a.updates[q] !== undefined);
    const edits = await planSectionEdits(read, plan, 'Q1', latestOf, true);
    const planPath = resolve(cwd, result.files[0]!);
    const planFile = readPlanText(read, planPath);
    const planDoc = parseDocument(planFile.text, PARSE_OPTIONS);
    const label = planDoc.getIn(['financialYear', 'label'], true);
    const starts = planDoc.getIn(['financialYear', 'starts'], true);
    if (!isScalar(label) || !isScalar(starts)) throw new Error('plan.yaml has no financialYear label and start');
    const planText = planFile.write(applyEdits(planFile.text, [replaceScalar(label, next.label), replaceScalar(starts, next.starts)]));
    // The finished year is kept byte for byte where plan does not read it as plan data, and the new
    // year written, all together: a failure at any file leaves the plans folder as it was.
    const archived: FileChange[] = [];
    for (const file of result.files) archived.push({ path: join(archive, basename(file)), data: bytesRead(read, resolve(cwd, file)) });
    // Out of space or inodes, or read-only: exit 3 in words, and no empty archive folder left behind.
    await makeFolder(archive).catch(async (error: unknown) => {
      await rm(archive, { recursive: true, force: true });
      await rmdir(dirname(archive)).catch(() => undefined);
      throw writeError(showPath(archive), error, 'no plan file was changed');
    });
    try {
      await writeFilesTogether([
        ...archived,
        { path: planPath, data: planText, expected: planFile.bytes },
        ...edits.map((e) => ({ path: e.path, data: e.edited, expected: e.read })),
      ]);
    } catch (error) {
      await rm(archive, { recursive: true, force: true });
      await rmdir(dirname(archive)).catch(() => undefined);
      throw writeFailed(error);
    }
    process.stderr.write(`archived ${year} in ${showPath(archive)}\n`);
    process.stderr.write(
      `${hl.success('✓')} started ${next.label}: Q1 updates for ${plural(
        edits.reduce((n, e) => n + e.added, 0),
        'action',
      )} in ${plural(edits.length, 'file')}, carried forward from ${year}\n`,
    );
    process.stderr.write(`next: write each Q1 narrative; plan validate --quarter Q1 lists those still to do\n`);
    return EXIT.ok;
  }

  if (quarter === 'Q1' && latest > 0) {
    throw usageError(
      `Q1 starts the next financial year, but ${year} is still in the plan`,
      `run plan new-quarter Q1 --new-year to archive ${year} and start the next year`,
    );
  }
  if (latest > quarterIndex(quarter)) {
    throw usageError(
      `the plan already has ${QUARTERS[latest]} updates; new-quarter only adds the next quarter`,
      `did you mean plan new-quarter ${QUARTERS[Math.min(latest + 1, 3)]}?`,
    );
  }

  const edits = await planSectionEdits(read, plan, quarter, (a) => latestBefore(a, quarter), false);
  for (const edit of edits) {
    // Block-style edits only add lines; an edit inside a { } collection changes that one line by design.
    if (!edit.withinLines && !onlyAddsLines(edit.original, edit.edited.replace(/^\ufeff/, ''))) {
      throw usageError(
        `cannot add ${quarter} to ${showPath(edit.path)} without changing how other lines are written; nothing was changed`,
        'add the block by hand, or report this file as a bug',
      );
    }
  }
  try {
    await writeFilesTogether(edits.map((e) => ({ path: e.path, data: e.edited, expected: e.read })));
  } catch (error) {
    throw writeFailed(error);
  }
  const added = edits.reduce((n, e) => n + e.added, 0);
  if (added === 0) {
    process.stderr.write(`${hl.success('✓')} every action already has a ${quarter} update; nothing changed\n`);
    return EXIT.ok;
  }
  for (const edit of edits)
    process.stderr.write(`  ${lineStartPath(showPath(edit.path))}: ${edit.added} action${edit.added === 1 ? '' : 's'}\n`);
  process.stderr.write(
    `${hl.success('✓')} added ${quarter} updates to ${plural(added, 'action')} in ${plural(edits.length, 'file')}, carried forward from the quarter before\n`,
  );
  process.stderr.write(
    `next: write each ${quarter} narrative (and update statuses and figures); plan validate --quarter ${quarter} lists those still to do\n`,
  );
  return EXIT.ok;
}

/** A plan file new-quarter could not write: one line naming it, exit 3, the plans folder as it was. */
function writeFailed(error: unknown): unknown {
  if (!(error instanceof WriteFailure)) return error;
  return writeError(showPath(error.path), error.cause, 'no plan file was changed');
}
