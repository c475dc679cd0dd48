import type { Ending, Plan, Rag } from '../plan/model.js';
import { QUARTERS, type Quarter, quarterIndex } from '../plan/quarters.js';
import { formatPercent } from './format.js';
import { type MeasureMove, measureMoves } from './measure-diff.js';
import { computeMovement, type FigureMove } from './movement.js';
import { computePlanFigures } from './savings.js';
import { isOverdue } from './schedule.js';

/** What changed between two quarters of a plan: the comparison `plan diff` prints. Pure. */

interface ActionRef {
  section: string;
  id: string;
}

export interface QuarterDiff {
  year: string;
  from: Quarter;
  to: Quarter;
  /** Actions whose status or RAG rating changed (a rating that appeared or went counts). */
  statusChanges: Array<ActionRef & { from: string; to: string; ragFrom: Rag | null; ragTo: Rag | null }>;
  /** Actions with an update for `to` but none for `from`. */
  added: Array<ActionRef & { status: string }>;
  /**
   * Actions that ended (completed or dropped): in `from` or before, so that they need no `to` update,
   * or in `to` itself, whatever their status says.
   */
  ended: Array<ActionRef & { how: Ending; quarter: Quarter }>;
  /** Actions with an update for `from` but none for `to`, that did not end. */
  dropped: Array<ActionRef & { status: string }>;
  unchanged: number;
  /** Actions overdue at the end of `to` that were not at the end of `from` (compute/schedule.ts). */
  overdue: Array<ActionRef & { due: string; dueBy: string; lead: string | null }>;
  savings: Array<
    ActionRef & {
      measure: string;
      councils: Array<FigureMove & { target: number; percentFrom: string; percentTo: string }>;
      combined?: FigureMove & { target: number };
    }
  >;
  /** Measures whose values moved (measure-diff.ts). */
  measures: Array<ActionRef & MeasureMove>;
}

export function diffQuarters(plan: Plan, from: Quarter, to: Quarter, percentDecimals = 0): QuarterDiff {
  const figuresFrom = computePlanFigures(plan, from);
  const figuresTo = computePlanFigures(plan, to);
  const out: QuarterDiff = {
    year: plan.financialYear.label,
    from,
    to,
    statusChanges: [],
    added: [],
    ended: [],
    dropped: [],
    unchanged: 0,
    overdue: [],
    savings: [],
    measures: [],
  };
  for (const section of plan.sections) {
    for (const action of section.actions) {
      const ref = { section: section.number, id: action.id };
      if (action.due && isOverdue(action, to, plan) && !isOverdue(action, from, plan))
        out.overdue.push({ ...ref, due: action.due.written, dueBy: action.due.by, lead: action.lead ?? null });
      const before = action.updates[from];
      const move = computeMovement(action, from, to, figuresFrom.get(action.id), figuresTo.get(action.id));
      if (!move) {
        const endedIn = QUARTERS.find((q) => quarterIndex(q) <= quarterIndex(from) && action.updates[q]?.ended !== undefined);
        if (endedIn) out.ended.push({ ...ref, how: action.updates[endedIn]!.ended!, quarter: endedIn });
        else if (before) out.dropped.push({ ...ref, status: before.status ?? figuresFrom.get(action.id)?.status ?? '' });
        continue;
      }
      if (move.isNew) {
        out.added.push({ ...ref, status: move.statusTo ?? '' });
        continue;
      }
      const endsNow = action.updates[to]?.ended;
      if (endsNow) out.ended.push({ ...ref, how: endsNow, quarter: to });
      else if (move.statusChanged || move.ragChanged)
        out.statusChanges.push({
          ...ref,
          from: move.statusFrom ?? '',
          to: move.statusTo ?? '',
          ragFrom: move.ragFrom ?? null,
          ragTo: move.ragTo ?? null,
        });
      const measures = measureMoves(action, from, to);
      out.measures.push(...measures.map((m) => ({ ...ref, ...m })));
      const moved = move.figures.some((f) => f.delta !== 0) || measures.length > 0;
      if (!endsNow && !move.statusChanged && !move.ragChanged && !moved) out.unchanged++;
      if (action.target && move.figures.length > 0) {
        const targets = action.target.amounts;
        out.savings.push({
          ...ref,
          measure: action.target.measure,
          councils: move.figures.map((f) => ({
            ...f,
            target: targets[f.code] ?? 0,
            percentFrom: formatPercent(f.from, targets[f.code] ?? 0, percentDecimals),
            percentTo: formatPercent(f.to, targets[f.code] ?? 0, percentDecimals),
          })),
          ...(move.combined ? { combined: { ...move.combined, target: Object.values(targets).reduce((a, b) => a + b, 0) } } : {}),
        });
      }
    }
  }
  return out;
}
