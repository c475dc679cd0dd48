import type { Action, Council, Plan, Rag } from '../plan/model.js';
import type { Quarter } from '../plan/quarters.js';
import type { SavingsProfile } from '../plan/schedule.js';
import { capitalise, listAnd } from '../shared/words.js';
import { expectedBy, profileOf } from './profile.js';

/**
 * Savings versus target: pure computations on the domain model, no formatting, no I/O. Percentages are
 * left as (part, whole) pairs so that the one rounding rule in rounding.ts is applied where they are shown.
 */

export interface Figures {
  target: number;
  achieved: number;
  pending: number;
  /** What the pace expects by the end of the quarter (profile.ts): straight-line Q1 ¼ … Q4 all of the target. */
  expected: number;
  /** achieved − expected: negative when behind pace. */
  paceGap: number;
  /**
   * target − achieved, never below 0: what is still to achieve this year. Combined, the councils' own
   * amounts added: one council's surplus does not make up another's shortfall.
   */
  remaining: number;
  rag: Rag;
}

export interface CouncilFigures extends Figures {
  code: string;
  name: string;
  note?: string;
}

export interface ActionFigures {
  actionId: string;
  measure: string;
  achievedLabel: string;
  pendingLabel: string;
  quarter: Quarter;
  /** The pace "expected" follows: the target's savings profile, or a straight line. */
  profile: SavingsProfile;
  councils: CouncilFigures[];
  combined: Figures;
  /** The officer's status, or one derived from the figures. */
  status: string;
  statusDerived: boolean;
  /** The officer's RAG rating, or one derived from the figures (the worst council's). */
  rag: Rag;
  ragDerived: boolean;
}

export interface RagThresholds {
  /** At or above this share of the expected pace (in percent) a council is amber; below it, red. */
  amberFromPercentOfPace: number;
}

export const DEFAULT_RAG: RagThresholds = { amberFromPercentOfPace: 80 };

/** Green on or ahead of pace, amber close behind, red further behind. Exact integer comparisons. */
export function ragFor(achieved: number, expected: number, thresholds: RagThresholds): Rag {
  if (achieved >= expected) return 'green';
  if (achieved * 100 >= expected * thresholds.amberFromPercentOfPace) return 'amber';
  return 'red';
}

function figures(
  target: number,
  achieved: number,
  pending: number,
  quarter: Quarter,
  thresholds: RagThresholds,
  profile: SavingsProfile,
): Figures {
  const expected = expectedBy(target, profile, quarter);
  return {
    target,
    achieved,
    pending,
    expected,
    paceGap: achieved - expected,
    remaining: Math.max(0, target - achieved),
    rag: ragFor(achieved, expected, thresholds),
  };
}

const RAG_ORDER: Record<Rag, number> = { green: 0, amber: 1, red: 2 };

/** "Q3 target shortfall for CDC and SNC", "On track for CDC", "Annual target met for SNC", joined. */
export function deriveStatus(councils: readonly CouncilFigures[], quarter: Quarter): string {
  const met = councils.filter((c) => c.achieved >= c.target).map((c) => c.code);
  const onTrack = councils.filter((c) => c.achieved < c.target && c.paceGap >= 0).map((c) => c.code);
  const short = councils.filter((c) => c.paceGap < 0).map((c) => c.code);
  const parts: string[] = [];
  if (short.length) parts.push(`${quarter} target shortfall for ${listAnd(short)}`);
  if (onTrack.length) parts.push(`on track for ${listAnd(onTrack)}`);
  if (met.length) parts.push(`annual target met for ${listAnd(met)}`);
  return capitalise(parts.join('; '));
}

export function computeActionFigures(
  action: Action,
  quarter: Quarter,
  councils: readonly Council[],
  thresholds: RagThresholds = DEFAULT_RAG,
): ActionFigures | undefined {
  const target = action.target;
  const update = action.updates[quarter];
  if (!target || !update) return undefined;
  const profile = profileOf(target);
  const rows: CouncilFigures[] = councils
    .filter((c) => target.amounts[c.code] !== undefined)
    .map((c) => {
      const row: CouncilFigures = {
        code: c.code,
        name: c.name,
        ...figures(target.amounts[c.code]!, update.achieved[c.code] ?? 0, update.pending[c.code] ?? 0, quarter, thresholds, profile),
      };
      const note = update.notes[c.code];
      if (note !== undefined) row.note = note;
      return row;
    });
  const sum = (key: 'target' | 'achieved' | 'pending') => rows.reduce((total, r) => total + r[key], 0);
  const combined = {
    ...figures(sum('target'), sum('achieved'), sum('pending'), quarter, thresholds, profile),
    remaining: rows.reduce((total, r) => total + r.remaining, 0),
  };
  const worst = rows.reduce<Rag>((w, r) => (RAG_ORDER[r.rag] > RAG_ORDER[w] ? r.rag : w), 'green');
  return {
    actionId: action.id,
    measure: target.measure,
    achievedLabel: target.achievedLabel,
    pendingLabel: target.pendingLabel,
    quarter,
    profile,
    councils: rows,
    combined,
    status: update.status ?? deriveStatus(rows, quarter),
    statusDerived: update.status === undefined,
    rag: update.rag ?? worst,
    ragDerived: update.rag === undefined,
  };
}

/** Figures for every action with a target, in plan order, keyed by action id. */
export function computePlanFigures(plan: Plan, quarter: Quarter, thresholds: RagThresholds = DEFAULT_RAG): Map<string, ActionFigures> {
  const out = new Map<string, ActionFigures>();
  for (const section of plan.sections) {
    for (const action of section.actions) {
      const f = computeActionFigures(action, quarter, plan.councils, thresholds);
      if (f) out.set(action.id, f);
    }
  }
  return out;
}
