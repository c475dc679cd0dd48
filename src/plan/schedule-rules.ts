import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict } from '../input/check-yaml.js';
import { locate } from '../input/yaml-source.js';
import { say } from '../messages/index.js';
import { mislabelledUpdates } from './quarter-labels.js';
import { QUARTERS, type Quarter, quarterIndex } from './quarters.js';
import { problem } from './rule-context.js';
import type { RuleContext } from './rules.js';
import { dueBeforeYear, longDate, pastDue, resolveDue } from './schedule.js';

/**
 * Due dates checked against the plan's year: an open action past its due date at the end of the
 * quarter checked (the --quarter given, else the latest quarter the plan reports), and a due date
 * before the financial year, as a year rolled on leaves it. Warnings (errors under --strict).
 */

type Dict = Record<string, unknown>;

/** The first day of the plan's financial year, when plan.yaml gives it. */
function yearStartOf(ctx: RuleContext): { year: number; month: number } | undefined {
  const starts = asDict(asDict(ctx.planFile?.data)?.financialYear)?.starts;
  const m = typeof starts === 'string' ? /^(\d{4})-(0[1-9]|1[0-2])-01$/.exec(starts) : null;
  return m ? { year: Number(m[1]), month: Number(m[2]) } : undefined;
}

const updatesOf = (action: Dict) => asDict(action.updates) ?? {};

/** The latest quarter any action has an update for. */
function latestQuarter(actions: readonly Dict[]): Quarter | undefined {
  return [...QUARTERS].reverse().find((q) => actions.some((a) => asDict(updatesOf(a)[q]) !== undefined));
}

/** Whether the action is in the plan and open at the end of `quarter`: an update by then, and no ending. */
function openAt(action: Dict, quarter: Quarter): boolean {
  const updates = updatesOf(action);
  const upTo = QUARTERS.filter((q) => quarterIndex(q) <= quarterIndex(quarter)).map((q) => asDict(updates[q]));
  return upTo.some((u) => u !== undefined) && upTo.every((u) => u?.ended === undefined);
}

export function dueDatesKept(ctx: RuleContext): Diagnostic[] {
  const yearStart = yearStartOf(ctx);
  if (!yearStart) return [];
  const refs = ctx.sectionFiles.flatMap((f) =>
    (Array.isArray(asDict(f.data)?.actions) ? (asDict(f.data)!.actions as unknown[]) : []).flatMap((a, index) => {
      const action = asDict(a);
      return action ? [{ f, index, action }] : [];
    }),
  );
  // An update under a later quarter's label (said by quarterLabelsFit) does not move the plan on.
  const mislabelled = new Set(mislabelledUpdates(ctx).map((m) => m.ref.action));
  const quarter = ctx.quarter ?? latestQuarter(refs.map((r) => r.action).filter((a) => !mislabelled.has(a)));
  const out: Diagnostic[] = [];
  for (const { f, index, action } of refs) {
    if (typeof action.due !== 'string') continue;
    const due = resolveDue(action.due, yearStart);
    if (!due) continue;
    const offset = locate(f.root, ['actions', index, 'due']).node?.start ?? 0;
    const name = typeof action.id === 'string' ? `"${action.id}"` : `number ${index + 1}`;
    if (dueBeforeYear(due.by, yearStart)) {
      const starts = longDate(`${yearStart.year}-${String(yearStart.month).padStart(2, '0')}-01`);
      out.push(problem(f, offset, 'warning', 'due-before-year', say.dueBeforeYear({ action: name, due: longDate(due.by), starts })));
      continue;
    }
    if (!quarter || !openAt(action, quarter) || !pastDue(due.by, quarter, yearStart)) continue;
    const wording = say.overdue({
      action: name,
      due: longDate(due.by),
      quarterDue: due.kind === 'date' ? undefined : due.written,
      quarter,
    });
    out.push(problem(f, offset, 'warning', 'overdue', wording));
  }
  return out;
}
