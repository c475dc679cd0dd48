import { readFile, rm, rmdir } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { isMap, parseDocument } from 'yaml';
import { countBySeverity, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { createHighlighter, type Highlighter } from '../../diagnostics/highlight.js';
import { formatText, lineStartPath } from '../../diagnostics/text.js';
import { EXIT, type ExitCode, usageError, writeError } from '../../errors.js';
import { type FileCache, loadPlan } from '../../plan/load-plan.js';
import { measureValuesToFill } from '../../plan/measures-load.js';
import type { Action, Plan, Update } from '../../plan/model.js';
import { QUARTERS, type Quarter, quarterIndex } from '../../plan/quarters.js';
import { richTextToPlain } from '../../plan/rich-text.js';
import { NOTE_TO_CHECK } from '../../plan/rules.js';
import { BOM, startsWithBom, withoutBom } from '../../shared/bom.js';
import { makeFolder } from '../../shared/make-folder.js';
import { showPath } from '../../shared/paths.js';
import { plural, UNWRITTEN } from '../../shared/words.js';
import { type FileChange, planWriteFailed, writeFilesTogether } from '../../shared/write-file.js';
import { plansOption } from '../quarter-reached.js';
import { archiveIsFree, nextYear, rollPlanFile, rollSection } from './new-year.js';
import { actionNodes, addEntry, applyEdits, PARSE_OPTIONS, type TextEdit } from './text-edit.js';

/** "1 action", "3 actions". */

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
function carriedUpdate(action: Action, from: Update | undefined, quarter: Quarter, councils: readonly string[]): Record<string, unknown> {
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
    // Notes are carried, marked for the officer to check as the narrative is (plan validate lists them).
    if (from && Object.keys(from.notes).length > 0)
      out.notes = Object.fromEntries(Object.entries(from.notes).map(([code, note]) => [code, noteToCheck(note)]));
  }
  const earlier = QUARTERS.slice(0, quarterIndex(quarter)).map((q) => action.updates[q]?.measures);
  const measures = measureValuesToFill(action.measures, from?.measures, quarter, { earlier, all: councils });
  if (measures) out.measures = measures;
  return out;
}

/** A note carried forward, marked to check: once, however many quarters it was carried unchecked. */
function noteToCheck(note: string): string {
  return NOTE_TO_CHECK + (note.startsWith(NOTE_TO_CHECK) ? note.slice(NOTE_TO_CHECK.length) : note);
}

/** True when `edited` is `original` with lines added and nothing else changed. */
export function onlyAddsLines(original: string, edited: string): boolean {
  const before = original.split('\n');
  const after = edited.split('\n');
  let i = 0;
  for (const line of after) if (i < before.length && line === before[i]) i++;
  return i === before.length;
}

interface FileEdit {
  path: string;
  original: string;
  edited: string;
  added: number;
  /** The file's bytes as plan read them: it is written only if it still holds them. */
  read: Uint8Array;
  /** Some of the edits are inside a line (a { } collection), not whole added lines. */
  withinLines: boolean;
}

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
  const bom = startsWithBom(bytes);
  return { bytes, text: withoutBom(raw), write: (text) => (bom ? BOM + text : text) };
}

function planSectionEdits(read: FileCache, plan: Plan, quarter: Quarter): FileEdit[] {
  const edits: FileEdit[] = [];
  const councils = plan.councils.map((c) => c.code);
  for (const section of plan.sections) {
    const { bytes, text, write } = readPlanText(read, section.file);
    const doc = parseDocument(text, PARSE_OPTIONS);
    const nodes = actionNodes(doc);
    const changes: TextEdit[] = [];
    let added = 0;
    section.actions.forEach((action, i) => {
      const node = nodes[i];
      const updates = node?.get('updates', true);
      if (!node || !isMap(updates)) return;
      // An action that ended (completed or dropped) needs no more updates.
      if (QUARTERS.some((q) => action.updates[q]?.ended !== undefined)) return;
      if (action.updates[quarter] !== undefined) return; // already there: idempotent
      const from = latestBefore(action, quarter);
      changes.push(addEntry(text, updates, quarter, carriedUpdate(action, from ? action.updates[from] : undefined, quarter, councils)));
      added++;
    });
    if (changes.length === 0) continue;
    const withinLines = section.actions.some((_, i) => {
      const updates = nodes[i]?.get('updates', true);
      return isMap(updates) && updates.flow === true;
    });
    edits.push({ path: section.file, read: bytes, original: text, edited: write(applyEdits(text, changes)), added, withinLines });
  }
  return edits;
}

/**
 * A quarter plain new-quarter may not add: Q1 of a plan already into its year (that is --new-year),
 * one before the plan's last, or one past the next (a skipped quarter leaves a gap that no later
 * new-quarter fills, and no report for it). `latest` is the index of the plan's last quarter, -1 if none.
 */
function refuseOutOfTurn(quarter: Quarter, latest: number, year: string): void {
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
  if (latest >= 0 && quarterIndex(quarter) > latest + 1) {
    const last = QUARTERS[latest]!;
    const next = QUARTERS[latest + 1]!;
    throw usageError(`the plan's last quarter is ${last}: the next is ${next}`, `run plan new-quarter ${next} first`);
  }
}

/** The updates of `quarter` of actions still running, and how many of them have their narrative still marked TODO. */
function todoNarratives(plan: Plan, quarter: Quarter): { updates: number; todo: number } {
  const updates = plan.sections
    .flatMap((s) => s.actions)
    .map((a) => a.updates[quarter])
    .filter((u): u is Update => u !== undefined && u.ended === undefined);
  const todo = updates.filter((u) => u.narrative !== undefined && UNWRITTEN.test(richTextToPlain(u.narrative))).length;
  return { updates: updates.length, todo };
}

/**
 * Starting a quarter (or a year) while every narrative of the quarter before is still marked TODO is
 * most often a command run twice or too early: say so, since the new updates carry forward figures
 * nobody has checked. It goes ahead (a year may be rolled before its Q4 is written up), and the
 * quarter's TODOs stay where validate finds them.
 */
function noteUnwritten(plan: Plan, before: Quarter, advice: string, hl: Highlighter): void {
  const { updates, todo } = todoNarratives(plan, before);
  if (updates === 0 || todo < updates) return;
  const all = updates === 1 ? 'the 1 narrative' : `all ${updates} narratives`;
  process.stderr.write(`${hl.warning('check:')} ${all} of ${before} still say "TODO": ${advice}\n`);
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
    const archive = await startNewYear(
      read,
      plan,
      result.files.map((f) => resolve(cwd, f)),
      resolve(cwd, options.plans),
      hl,
    );
    noteUnwritten(plan, 'Q4', 'Q4 was not written before the year was archived; finish it in the archive (below)', hl);
    noteArchivedTodos(
      result.diagnostics.filter((d) => d.code === 'unwritten'),
      archive,
      hl,
    );
    await noteUnmarkedEndings(options.plans, cwd, hl);
    return EXIT.ok;
  }

  refuseOutOfTurn(quarter, latest, year);

  const edits = planSectionEdits(read, plan, quarter);
  for (const edit of edits) {
    // Block-style edits only add lines; an edit inside a { } collection changes that one line by design.
    if (!edit.withinLines && !onlyAddsLines(edit.original, withoutBom(edit.edited))) {
      throw usageError(
        `cannot add ${quarter} to ${showPath(edit.path)} without changing how other lines are written; nothing was changed`,
        'add the block by hand, or report this file as a bug',
      );
    }
  }
  try {
    await writeFilesTogether(edits.map((e) => ({ path: e.path, data: e.edited, expected: e.read })));
  } catch (error) {
    throw planWriteFailed(error);
  }
  const added = edits.reduce((n, e) => n + e.added, 0);
  if (added === 0) {
    process.stderr.write(`${hl.success('✓')} every action already has a ${quarter} update; nothing changed\n`);
    return EXIT.ok;
  }
  for (const edit of edits) process.stderr.write(`  ${lineStartPath(showPath(edit.path))}: ${plural(edit.added, 'action')}\n`);
  if (quarter !== 'Q1') {
    const before = QUARTERS[quarterIndex(quarter) - 1]!;
    const advice = `${before} is not written yet, so the figures carried forward are ${before}'s unchecked ones; write ${before} too: plan validate${plansOption({ plansDir: options.plans, cwd })} --quarter ${before} lists what is still to do`;
    noteUnwritten(plan, before, advice, hl);
  }
  process.stderr.write(
    `${hl.success('✓')} added ${quarter} updates to ${plural(added, 'action')} in ${plural(edits.length, 'file')}, carried forward from the quarter before\n`,
  );
  process.stderr.write(
    `next: write each ${quarter} narrative (and update statuses and figures); plan validate --quarter ${quarter} lists those still to do\n`,
  );
  await noteUnmarkedEndings(options.plans, cwd, hl);
  return EXIT.ok;
}

/**
 * An action whose status says it ended, with no `ended:`, has just been carried on like the others: say
 * where and how to end it, from a fresh check of the files as now written (so the lines are right).
 */
async function noteUnmarkedEndings(plansDir: string, cwd: string, hl: Highlighter): Promise<void> {
  const { diagnostics } = await loadPlan({ plansDir, cwd });
  const unmarked = diagnostics.filter((d) => d.code === 'ending-not-marked');
  if (unmarked.length === 0) return;
  const lines = [
    unmarked.length === 1
      ? `${hl.warning('check:')} 1 action was carried on although its status says it ended:`
      : `${hl.warning('check:')} ${unmarked.length} actions were carried on although their status says they ended:`,
  ];
  for (const d of unmarked) lines.push(`  ${d.file}:${d.line}:${d.column}: ${d.message}`, `    hint: ${d.hint ?? ''}`);
  process.stderr.write(`${lines.join('\n')}\n`);
}

/**
 * `--new-year`: the finished year is kept byte for byte in plans/archive/<year>/, where plan does not
 * read it as plan data, and the new year written, all together: a failure at any file leaves the plans
 * folder as it was, so a rerun moves exactly one year. plan.yaml is written last, so that it names the
 * new year only once every section has moved.
 */
async function startNewYear(read: FileCache, plan: Plan, files: readonly string[], plansDir: string, hl: Highlighter): Promise<string> {
  const year = plan.financialYear.label;
  const next = nextYear(plan);
  const archive = join(plansDir, 'archive', year.replace('/', '-'));
  const archived: FileChange[] = [];
  for (const file of files) archived.push({ path: join(archive, basename(file)), data: bytesRead(read, file) });
  archived.push(...(await editorSchemas(plansDir)).map((s) => ({ path: join(archive, s.name), data: s.data })));
  if (
    !(await archiveIsFree(
      archive,
      archived.map((a) => ({ name: basename(a.path), data: a.data as Uint8Array })),
    ))
  )
    throw usageError(`${showPath(archive)} already exists; nothing changed`, 'move it away if it is an old copy, then run again');
  const sections: FileChange[] = [];
  const leaving: string[] = [];
  let started = 0;
  const ended: string[] = [];
  let toConfirm = 0;
  for (const section of plan.sections) {
    const { bytes, text, write } = readPlanText(read, section.file);
    const roll = rollSection(
      text,
      section,
      next,
      plan.councils.map((c) => c.code),
    );
    started += roll.started;
    ended.push(...roll.ended);
    toConfirm += roll.toConfirm;
    if (roll.edited === undefined) leaving.push(section.file);
    else if (roll.edited !== text) sections.push({ path: section.file, data: write(roll.edited), expected: bytes });
  }
  const planPath = files[0]!;
  const planFile = readPlanText(read, planPath);
  const planText = planFile.write(rollPlanFile(planFile.text, next));
  // Out of space or inodes, or read-only: exit 3 in words, and no empty archive folder left behind.
  await makeFolder(archive).catch(async (error: unknown) => {
    await rm(archive, { recursive: true, force: true });
    await rmdir(dirname(archive)).catch(() => undefined);
    throw writeError(showPath(archive), error, 'no plan file was changed');
  });
  try {
    await writeFilesTogether([...archived, ...sections, { path: planPath, data: planText, expected: planFile.bytes }], leaving);
  } catch (error) {
    await rm(archive, { recursive: true, force: true });
    await rmdir(dirname(archive)).catch(() => undefined);
    throw planWriteFailed(error);
  }
  reportNewYear(hl, { year, next: next.label, archive, started, ended, leaving, toConfirm, files: sections.length });
  return archive;
}

/**
 * Text the finished year still had marked TODO goes to the archive as it was. Say where (the archived
 * copies are byte for byte the same, so the lines hold), since plan no longer reads those files.
 */
function noteArchivedTodos(unwritten: readonly Diagnostic[], archive: string, hl: Highlighter): void {
  if (unwritten.length === 0) return;
  const places = unwritten.slice(0, 3).map((d) => `${showPath(join(archive, basename(d.file)))}:${d.line}`);
  if (unwritten.length > 3) places.push('…');
  process.stderr.write(
    `${hl.warning('note:')} the archived year still has ${plural(unwritten.length, 'text')} marked TODO (${places.join(', ')}); finish them there if the record must be complete\n`,
  );
}

/**
 * The JSON Schemas beside the plan files, so that an archived file (whose first line names one) still
 * opens in an editor without a missing-schema error. A plans folder without them archives none.
 */
async function editorSchemas(plansDir: string): Promise<Array<{ name: string; data: Uint8Array }>> {
  const out: Array<{ name: string; data: Uint8Array }> = [];
  for (const name of ['plan.schema.json', 'section.schema.json']) {
    const data = await readFile(join(plansDir, name)).catch(() => undefined);
    if (data) out.push({ name, data });
  }
  return out;
}

/** What --new-year did, in an officer's words: what was archived, what was left out, what to do next. */
function reportNewYear(
  hl: Highlighter,
  r: { year: string; next: string; archive: string; started: number; ended: string[]; leaving: string[]; toConfirm: number; files: number },
): void {
  const out: string[] = [`archived ${r.year} in ${showPath(r.archive)}: every section and action of the year, ended ones included`];
  if (r.ended.length > 0) out.push(`left out of ${r.next}, as they ended (the archive keeps them): ${r.ended.join(', ')}`);
  for (const file of r.leaving) out.push(`${showPath(file)} left the plans folder: all its actions ended (the archive keeps it)`);
  out.push(
    `${hl.success('✓')} started ${r.next}: a Q1 update for ${plural(r.started, 'action')} in ${plural(r.files, 'file')}, with nothing achieved, pending or noted yet`,
  );
  const confirm = r.toConfirm > 0 ? `check ${plural(r.toConfirm, 'target')} for ${r.next} and delete the "confirm" line in each; ` : '';
  out.push(`next: ${confirm}write each Q1 narrative; plan validate --quarter Q1 lists what is still to do`);
  process.stderr.write(`${out.join('\n')}\n`);
}
