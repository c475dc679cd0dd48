import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { ownFigures, saidFigures, targetAsAchieved } from '../plan/carried-figures.js';
import { copiedFigures, expectedBy, yearAtPace } from '../plan/copied-figures.js';
import type { LoadResult } from '../plan/load-plan.js';
import type { Plan } from '../plan/model.js';
import { councilNames } from '../plan/narrative-amounts.js';
import { figuresOfOtherAction, narrativeSlips } from '../plan/narrative-figures.js';
import { outOfPace } from '../plan/pace-slips.js';
import { profileAgainstText } from '../plan/profile-text.js';
import { QUARTERS, type Quarter } from '../plan/quarters.js';
import { richTextToPlain } from '../plan/rich-text.js';
import { checkStatusesAgainstFigures } from './status-check.js';

/**
 * What `plan validate` finds, for `plan validate`, `plan lsp` and `plan import` alike: the loaded plan's
 * own problems, then the statuses the figures contradict, for the quarter asked about, or every quarter;
 * less the warnings on lines the officer has marked "# checked" (input/checked-marks.ts).
 */
export function planProblems(loaded: LoadResult, quarter?: Quarter): Diagnostic[] {
  return withoutChecked(loaded, everyProblem(loaded, quarter));
}

/** Every problem, with the warnings on lines marked "# checked" too: what the marks are measured against. */
export function everyProblem(loaded: LoadResult, quarter?: Quarter): Diagnostic[] {
  if (!loaded.plan) return [...loaded.diagnostics];
  const copied = copiedFrom(loaded.plan);
  const skip = (actionId: string, q: Quarter) => copied.has(actionId) || copied.has(`${actionId} ${q}`);
  return [...loaded.diagnostics, ...checkStatusesAgainstFigures(loaded.plan, quarter ? [quarter] : QUARTERS, undefined, skip)];
}

/**
 * What the "# checked" marks did: how many warnings they left out, and the marks ("plans/x.yaml:12")
 * that cover no warning any more, as happens when the value was changed after it was checked.
 */
export function checkedMarksUsed(loaded: LoadResult, every: readonly Diagnostic[]): { leftOut: number; unused: string[] } {
  const used = new Set<string>();
  let leftOut = 0;
  for (const d of every) {
    const mark = d.severity === 'warning' ? loaded.checked?.get(d.file)?.get(d.line) : undefined;
    if (mark === undefined) continue;
    leftOut++;
    used.add(`${d.file}:${mark}`);
  }
  const marks = [...(loaded.checked ?? [])].flatMap(([file, lines]) => [...new Set(lines.values())].map((line) => `${file}:${line}`));
  return { leftOut, unused: marks.filter((m) => !used.has(m)) };
}

/** The problems, less the warnings on lines the officer has marked "# checked": errors always stay. */
export function withoutChecked(loaded: LoadResult, diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => d.severity === 'error' || !loaded.checked?.get(d.file)?.has(d.line));
}

/**
 * The updates whose figures look copied from another action's ("actionId Q2"), and the actions whose
 * target does ("actionId"), and the actions with a figure out of step with the others' pace
 * ("actionId"): the rules warn about the copy or the figure, and a status checked against such
 * figures would only add a second warning about the same slip.
 */
function copiedFrom(plan: Plan): ReadonlySet<string> {
  const actions = plan.sections.flatMap((s) => s.actions);
  const out = new Set<string>();
  const measures = actions.map((a) => a.target?.measure.trim().toLowerCase());
  const targets = copiedFigures(
    actions.map((a) => a.target?.amounts ?? {}),
    (i, j) => measures[i] !== measures[j],
    actions.map((a) => yearAtPace(QUARTERS.map((q) => a.updates[q]?.achieved))),
  );
  for (const i of targets.keys()) out.add(actions[i]!.id);
  // A figure out of step with the others' pace (a target with a zero too many) would rate every status wrongly.
  for (const a of actions) if (outOfPace(a as unknown as Record<string, unknown>).length > 0) out.add(a.id);
  // A profile in another order than the text gives its shares (profile-text.ts) sets every quarter's pace wrongly.
  for (const a of actions) {
    const profile = a.target?.profile;
    if (
      profile?.source === 'target' &&
      profileAgainstText(
        richTextToPlain(a.text),
        profile.shares.map((s) => s / 100),
      )
    )
      out.add(a.id);
  }
  // A target that is a quarter's achieved figures, or figures the words contradict (carried-figures.ts,
  // narrative-figures.ts), the councils named by code or in words as the rules name them.
  const names = councilNames(
    plan.councils.map((c) => c.code),
    Object.fromEntries(plan.councils.map((c) => [c.code, c.name])),
  );
  for (const a of actions) {
    const raw = a as unknown as Record<string, unknown>;
    if (targetAsAchieved(raw)) out.add(a.id);
    for (const o of [...ownFigures(raw), ...saidFigures(raw, names)]) out.add(`${a.id} ${o.quarter}`);
    for (const slip of narrativeSlips(raw, names, plan.financialYear.label))
      out.add(slip.block.quarter ? `${a.id} ${slip.block.quarter}` : a.id);
  }
  for (const section of plan.sections) {
    const raw = section.actions as unknown as Record<string, unknown>[];
    for (const slip of figuresOfOtherAction(raw, names)) out.add(`${section.actions[slip.index]!.id} ${slip.quarter}`);
  }
  for (const q of QUARTERS) {
    const copies = copiedFigures(
      actions.map((a) => a.updates[q]?.achieved ?? {}),
      undefined,
      actions.map((a) => expectedBy(a.target?.amounts, q)),
    );
    for (const i of copies.keys()) out.add(`${actions[i]!.id} ${q}`);
  }
  return out;
}
