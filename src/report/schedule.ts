import { expectedShare, percentWritten, profileName, profileWords, STRAIGHT_LINE } from '../compute/profile.js';
import type { ActionFigures } from '../compute/savings.js';
import { isOverdue } from '../compute/schedule.js';
import type { Action, Plan, RichText, Target } from '../plan/model.js';
import { type Quarter, quarterOrdinal } from '../plan/quarters.js';
import { type Due, longDate } from '../plan/schedule.js';
import { formatMoney } from '../shared/numbers.js';

/**
 * The report's words for lead officers, due dates and savings profiles: part of the one report model
 * (build-report.ts), so Word, the web page and the JSON say the same.
 */

/** An action's lead officer and due date, as the report shows them. */
export interface ScheduleLine {
  lead?: string | undefined;
  /** The due date as the report writes it: "31 January 2014", "Q3 (by 31 December 2013)". */
  due?: string | undefined;
  /** As written in the plan, and the last day it may be done by (YYYY-MM-DD). */
  dueWritten?: string | undefined;
  dueBy?: string | undefined;
  /** Past its due date at the end of the quarter and not ended. */
  overdue: boolean;
  /** "Lead: Head of Procurement", "Due: Q2 (by 30 September 2015) – overdue". */
  lines: string[];
}

/** The list of overdue actions, shown after the savings summary. */
export interface OverdueList {
  heading: string;
  intro: string;
  /** "1 Review the contract standing orders – due Q1 (by 30 June 2015); lead: Head of Legal" */
  items: string[];
}

/** "31 January 2014"; a quarter: "Q3 (by 31 December 2013)", "2014/15 Q1 (by 30 June 2014)". */
function dueWords(due: Due): string {
  if (due.kind === 'date') return longDate(due.by);
  return `${due.written.replace(/q/g, 'Q').replace(/\s+/g, ' ')} (by ${longDate(due.by)})`;
}

/** An action's lead and due date at the end of `quarter`, when it has either. */
export function scheduleLine(action: Action, quarter: Quarter, plan: Pick<Plan, 'financialYear'>): ScheduleLine | undefined {
  if (action.lead === undefined && action.due === undefined) return undefined;
  const overdue = isOverdue(action, quarter, plan);
  const due = action.due ? dueWords(action.due) : undefined;
  return {
    lead: action.lead,
    due,
    dueWritten: action.due?.written,
    dueBy: action.due?.by,
    overdue,
    lines: [
      ...(action.lead !== undefined ? [`Lead: ${action.lead}`] : []),
      ...(due !== undefined ? [`Due: ${due}${overdue ? ' – overdue' : ''}`] : []),
    ],
  };
}

/** The first line of an action's text, at most 100 characters: how the overdue list names it. */
function firstLine(text: RichText): string {
  const first = text[0]?.inlines ?? [];
  const end = first.findIndex((i) => 'lineBreak' in i);
  const words = (end === -1 ? first : first.slice(0, end))
    .map((i) => ('text' in i ? i.text : ''))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[:;,]$/, '');
  return words.length > 100 ? `${words.slice(0, 99).trimEnd()}…` : words;
}

/** The overdue actions at the end of `quarter`, in plan order; undefined when there are none. */
export function overdueList(
  rows: ReadonlyArray<{ section: string; action: RichText; schedule?: ScheduleLine | undefined }>,
  quarter: Quarter,
): OverdueList | undefined {
  const items = rows
    .filter((r) => r.schedule?.overdue)
    .map((r) => `${r.section} ${firstLine(r.action)} – due ${r.schedule!.due}${r.schedule!.lead ? `; lead: ${r.schedule!.lead}` : ''}`);
  if (items.length === 0) return undefined;
  return {
    heading: 'Overdue actions',
    intro: `Actions past their due date and not completed or dropped at the end of ${quarter}:`,
    items,
  };
}

/** Under the annual target: "Savings profile: 10/20/30/40% of the target by quarter (the plan's)." */
export function profileLine(target: Target): string | undefined {
  const p = target.profile;
  if (!p || p.source === 'straight') return undefined;
  return `Savings profile: ${profileWords(p)} of the annual target in Q1/Q2/Q3/Q4 (${p.source === 'plan' ? "the plan's" : "this target's own"}).`;
}

/**
 * The summary's sentence on pace: a straight line, or each profiled target's profile and what it
 * expects by the end of the quarter ("cost savings on the plan's profile 10/20/30/40%: 60% of the
 * annual target by the end of Q3, £75,000").
 */
export function paceSentence(targets: readonly ActionFigures[], quarter: Quarter, label: (f: ActionFigures) => string): string {
  const straight = `${percentWritten(expectedShare(STRAIGHT_LINE, quarter))}% of the annual target by the end of the ${quarterOrdinal(quarter)}`;
  const profiled = targets.filter((f) => f.profile.source !== 'straight');
  if (profiled.length === 0) return `"Expected by end of ${quarter}" assumes a straight-line pace: ${straight}.`;
  const items = profiled.map(
    (f) =>
      `${label(f)} on ${profileName(f.profile)}: ${percentWritten(expectedShare(f.profile, quarter))}% of the annual target expected by the end of ${quarter}, ${formatMoney(f.combined.expected)} of ${formatMoney(f.combined.target)}`,
  );
  const rest = profiled.length < targets.length ? `; any other target assumes a straight-line pace: ${straight}` : '';
  return `"Expected by end of ${quarter}" follows the savings profile where a target has one: ${items.join('; ')}${rest}.`;
}
