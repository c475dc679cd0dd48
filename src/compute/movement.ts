import type { Action, Plan, Rag } from '../plan/model.js';
import { previousQuarter, type Quarter } from '../plan/quarters.js';
import { normaliseText } from '../shared/words.js';
import { type ActionFigures, computePlanFigures, type RagThresholds } from './savings.js';

/**
 * Direction of travel: what changed for an action since the previous quarter of the same financial
 * year. Pure; the renderer and `plan diff` show it.
 */

export interface FigureMove {
  code: string;
  from: number;
  to: number;
  delta: number;
}

export interface Movement {
  previous: Quarter;
  /** The action has no update for the previous quarter: it is new since then. */
  isNew: boolean;
  statusFrom?: string | undefined;
  statusTo?: string | undefined;
  statusChanged: boolean;
  /** The RAG rating at each end, given or derived from the figures; undefined when not rated. */
  ragFrom?: Rag | undefined;
  ragTo?: Rag | undefined;
  /** A rating that appeared, went or changed is a change, whatever the status says. */
  ragChanged: boolean;
  figures: FigureMove[];
  /** Combined across councils, when the action has figures. */
  combined?: FigureMove | undefined;
}

/** Whether any action has an update for the quarter before `quarter`: if none, there is nothing to compare. */
function hasPreviousQuarter(plan: Plan, quarter: Quarter): boolean {
  const previous = previousQuarter(quarter);
  return previous !== undefined && plan.sections.some((s) => s.actions.some((a) => a.updates[previous] !== undefined));
}

function statusOf(action: Action, quarter: Quarter, figures: ActionFigures | undefined): string | undefined {
  return action.updates[quarter]?.status ?? figures?.status;
}

function ragOf(action: Action, quarter: Quarter, figures: ActionFigures | undefined): Rag | undefined {
  return figures?.rag ?? action.updates[quarter]?.rag;
}

/**
 * The movement of one action from `from` to `to`. `figuresFrom`/`figuresTo` carry derived statuses for
 * actions with targets. Undefined when the action has no update for `to`.
 */
export function computeMovement(
  action: Action,
  from: Quarter,
  to: Quarter,
  figuresFrom?: ActionFigures,
  figuresTo?: ActionFigures,
): Movement | undefined {
  const now = action.updates[to];
  if (!now) return undefined;
  const before = action.updates[from];
  if (!before)
    return {
      previous: from,
      isNew: true,
      statusTo: statusOf(action, to, figuresTo),
      statusChanged: false,
      ragTo: ragOf(action, to, figuresTo),
      ragChanged: false,
      figures: [],
    };
  const statusFrom = statusOf(action, from, figuresFrom);
  const statusTo = statusOf(action, to, figuresTo);
  const ragFrom = ragOf(action, from, figuresFrom);
  const ragTo = ragOf(action, to, figuresTo);
  const figures: FigureMove[] = [];
  if (action.target) {
    for (const code of Object.keys(action.target.amounts)) {
      const a = before.achieved[code] ?? 0;
      const b = now.achieved[code] ?? 0;
      figures.push({ code, from: a, to: b, delta: b - a });
    }
  }
  const sum = (key: 'from' | 'to') => figures.reduce((total, f) => total + f[key], 0);
  return {
    previous: from,
    isNew: false,
    statusFrom,
    statusTo,
    statusChanged: normaliseText(statusFrom) !== normaliseText(statusTo),
    ragFrom,
    ragTo,
    ragChanged: ragFrom !== ragTo,
    figures,
    combined: figures.length > 1 ? { code: 'Combined', from: sum('from'), to: sum('to'), delta: sum('to') - sum('from') } : undefined,
  };
}

/** What moved since the previous quarter, for every action; empty in the first quarter of a plan. */
export function movementsSincePrevious(
  plan: Plan,
  quarter: Quarter,
  now: ReadonlyMap<string, ActionFigures>,
  thresholds: RagThresholds,
): Map<string, Movement> {
  const out = new Map<string, Movement>();
  const previous = previousQuarter(quarter);
  if (!previous || !hasPreviousQuarter(plan, quarter)) return out;
  const before = computePlanFigures(plan, previous, thresholds);
  for (const section of plan.sections) {
    for (const action of section.actions) {
      const move = computeMovement(action, previous, quarter, before.get(action.id), now.get(action.id));
      if (move) out.set(action.id, move);
    }
  }
  return out;
}
