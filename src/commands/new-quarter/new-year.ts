import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { usageError } from '../../errors.js';
import { measureValuesToFill } from '../../plan/measures-load.js';
import type { Action, Plan, Section, Update } from '../../plan/model.js';
import { QUARTERS, yearLabelFrom, yearStartDate } from '../../plan/quarters.js';
import { showPath } from '../../shared/paths.js';
import { datedDue } from './roll-due.js';
import {
  actionNodes,
  addEntry,
  applyEdits,
  PARSE_OPTIONS,
  removeItem,
  replaceQuarters,
  replaceScalar,
  type TextEdit,
} from './text-edit.js';

/**
 * The year roll (`plan new-quarter Q1 --new-year`), as edits to the files' own text. The finished
 * year goes to the archive as it is; the plans folder keeps what goes on: each action that has not
 * ended gets a Q1 that starts the year from nothing (no amounts, pending or notes of the old year),
 * each target a line to delete once the officer has confirmed it for the new year, and a section
 * whose actions all ended leaves the folder.
 */

export interface NextYear {
  /** "2016/17" */
  label: string;
  /** "2016-04-01" */
  starts: string;
}

export function nextYear(plan: Plan): NextYear {
  const first = plan.financialYear.startYear + 1;
  return {
    label: yearLabelFrom(first),
    starts: yearStartDate(first, plan.financialYear.startMonth),
  };
}

/**
 * What new-quarter writes into each target carried into a new year; `plan validate` lists every
 * target that still has the line (rules.ts, targetsConfirmed).
 */
function confirmLine(year: string): string {
  return `TODO: check these are the ${year} targets, then delete this line`;
}

/** The latest update of the finished year. */
function lastUpdate(action: Action): Update | undefined {
  const q = [...QUARTERS].reverse().find((quarter) => action.updates[quarter] !== undefined);
  return q ? action.updates[q] : undefined;
}

/**
 * The new year's Q1, as plain data for the YAML document. An action with a target starts with £0
 * achieved for each council, and without last year's status or RAG rating, which were about last
 * year's money; an action without one keeps its status and rating as the starting point.
 */
function newYearUpdate(action: Action, councils: readonly string[]): Record<string, unknown> {
  const last = lastUpdate(action);
  const out: Record<string, unknown> = {};
  if (!action.target) {
    out.status = last?.status ?? 'TODO: write the Q1 status';
    if (last?.rag !== undefined) out.rag = last.rag;
  }
  out.narrative = 'TODO: write the Q1 narrative';
  if (action.target) out.achieved = Object.fromEntries(Object.keys(action.target.amounts).map((code) => [code, 0]));
  // The measures carry into the new year; last year's values do not, though the councils that gave them
  // are asked again (a measure with no target has no other list of them).
  const earlier = QUARTERS.map((q) => action.updates[q]?.measures);
  const measures = measureValuesToFill(action.measures, undefined, 'Q1', { earlier, all: councils });
  if (measures) out.measures = measures;
  return out;
}

export interface SectionRoll {
  /** The file's new text; undefined when the section leaves the plans folder. */
  edited: string | undefined;
  /** Actions that go on into the new year. */
  started: number;
  /** Actions that ended, kept only in the archive: "supplier-portal (dropped in Q1)". */
  ended: string[];
  /** Targets marked to confirm. */
  toConfirm: number;
}

/** How an action ended, for the officer: "supplier-portal (dropped in Q1)"; undefined if it goes on. */
function ending(action: Action): string | undefined {
  const q = QUARTERS.find((quarter) => action.updates[quarter]?.ended !== undefined);
  return q ? `${action.id} (${action.updates[q]?.ended} in ${q})` : undefined;
}

/** Roll one section file's text into the new year; `councils` are the plan's council codes, in order. */
export function rollSection(text: string, section: Section, next: NextYear, councils: readonly string[]): SectionRoll {
  const endings = section.actions.map(ending);
  // A section whose actions all ended has nothing to carry: the archive keeps it, the folder does not.
  if (endings.length > 0 && endings.every((e) => e !== undefined))
    return { edited: undefined, started: 0, ended: endings as string[], toConfirm: 0 };
  const doc = parseDocument(text, PARSE_OPTIONS);
  const nodes = actionNodes(doc);
  const list = doc.get('actions', true);
  const edits: TextEdit[] = [];
  let started = 0;
  const ended: string[] = [];
  let toConfirm = 0;
  section.actions.forEach((action, i) => {
    const node = nodes[i];
    const updates = node?.get('updates', true);
    if (!node || !isMap(updates)) return;
    const how = endings[i];
    if (how) {
      ended.push(how);
      const removal = isSeq(list) ? removeItem(text, list, node) : undefined;
      if (!removal)
        throw usageError(
          `action "${action.id}" has ended, but plan cannot take it out of ${showPath(section.file)} (its actions are written in [ ] style)`,
          'write the list of actions one "- id: …" per line instead of inside [ ], then run again (moving the action out by hand would leave it out of the archive)',
        );
      edits.push(removal);
      return;
    }
    started++;
    edits.push(replaceQuarters(text, updates, 'Q1', newYearUpdate(action, councils)));
    const due = datedDue(text, node.get('due', true), next);
    if (due) edits.push(due);
    const target = node.get('target', true);
    if (isMap(target) && !target.has('confirm')) {
      edits.push(addEntry(text, target, 'confirm', confirmLine(next.label)));
      toConfirm++;
    }
  });
  return { edited: edits.length > 0 ? applyEdits(text, edits) : text, started, ended, toConfirm };
}

/** plan.yaml with the next financial year's label and first day, and nothing else changed. */
export function rollPlanFile(text: string, next: NextYear): string {
  const doc = parseDocument(text, PARSE_OPTIONS);
  const label = doc.getIn(['financialYear', 'label'], true);
  const starts = doc.getIn(['financialYear', 'starts'], true);
  if (!isScalar(label) || !isScalar(starts)) throw new Error('plan.yaml has no financialYear label and start');
  return applyEdits(text, [replaceScalar(label, next.label), replaceScalar(starts, next.starts)]);
}

/**
 * Whether the archive folder for the finished year may be written. A folder that holds only exact
 * copies of this year's files (and temporary files) was left by a run that was stopped before it
 * could tidy up (a power cut): the rerun goes ahead and moves the year once. Anything else is someone's
 * own copy, and is never overwritten.
 */
export async function archiveIsFree(archive: string, files: ReadonlyArray<{ name: string; data: Uint8Array }>): Promise<boolean> {
  let names: string[];
  try {
    names = await readdir(archive);
  } catch (error) {
    // Not there: free. A file, or a folder that cannot be read, in its place: not ours to replace.
    return (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
  for (const name of names) {
    if (name.startsWith('.') && name.endsWith('.tmp')) continue;
    const ours = files.find((f) => f.name === name);
    const there = await readFile(join(archive, name)).catch(() => undefined);
    if (!ours || !there?.equals(ours.data)) return false;
  }
  return true;
}
