import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict } from '../input/check-yaml.js';
import { locate } from '../input/yaml-source.js';
import { say } from '../messages/index.js';
import { mislabelledUpdates } from './quarter-labels.js';
import { QUARTERS, type Quarter, quarterIndex, yearLabelFrom, yearStartDate } from './quarters.js';
import { eachAction, problem } from './rule-context.js';
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

/** The financial year (its first calendar year) that a day, YYYY-MM-DD, falls in. */
function yearOf(day: string, yearStart: { year: number; month: number }): number {
  const [y, m] = [Number(day.slice(0, 4)), Number(day.slice(5, 7))];
  return m >= yearStart.month ? y : y - 1;
}

/** The year most of the due dates fall in (the later one, of two as many): the year the sections are of. */
function mostDueIn(years: readonly number[]): number {
  const count = (y: number) => years.filter((x) => x === y).length;
  return [...years].sort((a, b) => count(b) - count(a) || b - a)[0]!;
}

/**
 * plan.yaml's year moved on by hand (label and start written a year on), while the sections still
 * hold the finished year's updates: two or more actions are then due before the year starts, no
 * archive of the finished year was kept and no target asks to be confirmed, as the year roll leaves
 * them. One message at the year's label, in place of a warning for each due date (whose hint, to set
 * new dates, would report last year's figures as this year's).
 */
function yearMovedByHand(ctx: RuleContext, before: readonly string[], yearStart: { year: number; month: number }): Diagnostic[] {
  const plan = ctx.planFile;
  if (!plan || ctx.archivedYears === undefined || before.length < 2) return [];
  if (ctx.sectionFiles.some((f) => /^[ \t]*confirm:/m.test(f.file.text))) return [];
  const first = mostDueIn(before.map((day) => yearOf(day, yearStart)));
  const was = yearLabelFrom(first);
  if (ctx.archivedYears.includes(was.replace('/', '-'))) return [];
  const label = asDict(asDict(plan.data)?.financialYear)?.label;
  const node = locate(plan.root, ['financialYear', 'label']).node ?? locate(plan.root, ['financialYear']).node;
  const words = say.yearMovedByHand({
    label: typeof label === 'string' ? label : yearLabelFrom(yearStart.year),
    count: before.length,
    starts: longDate(yearStartDate(yearStart.year, yearStart.month)),
    was,
    wasStarts: yearStartDate(first, yearStart.month),
  });
  return [problem(plan, node?.start ?? 0, 'warning', 'year-moved-by-hand', words)];
}

export function dueDatesKept(ctx: RuleContext): Diagnostic[] {
  const yearStart = yearStartOf(ctx);
  if (!yearStart) return [];
  const dues = eachAction(ctx).flatMap(({ action }) => {
    const due = typeof action.due === 'string' ? resolveDue(action.due, yearStart) : undefined;
    return due && dueBeforeYear(due.by, yearStart) ? [due.by] : [];
  });
  const moved = yearMovedByHand(ctx, dues, yearStart);
  if (moved.length > 0) return moved;
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
    // "due: Q1" is this year's Q1: an action due next year needs the year, which the hint names.
    const thisYears = due.kind === 'quarter' && /^q[1-4]$/i.test(due.written);
    const firstUpdate = QUARTERS.find((q) => asDict(updatesOf(action)[q]) !== undefined);
    const wording = say.overdue({
      action: name,
      due: longDate(due.by),
      quarterDue: due.kind === 'date' ? undefined : due.written.toUpperCase(),
      quarter,
      ...(thisYears ? { nextYear: yearLabelFrom(yearStart.year + 1) } : {}),
      ...(thisYears && firstUpdate && quarterIndex(firstUpdate) > quarterIndex(due.written.toUpperCase() as Quarter)
        ? { firstUpdate }
        : {}),
    });
    out.push(problem(f, offset, 'warning', 'overdue', wording));
  }
  return out;
}
