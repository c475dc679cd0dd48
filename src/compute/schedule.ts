import type { Action, Plan } from '../plan/model.js';
import { QUARTERS, type Quarter, quarterIndex } from '../plan/quarters.js';
import { pastDue } from '../plan/schedule.js';

/**
 * Lead officers and due dates: which actions are overdue at the end of a quarter. Pure. An action is
 * overdue when it has a due date (or quarter) whose day is before the last day of the quarter, and it
 * has not ended (completed or dropped) by then.
 */

/** Whether the action ended (completed or dropped) in `quarter` or before it. */
function endedBy(action: Action, quarter: Quarter): boolean {
  return QUARTERS.some((q) => quarterIndex(q) <= quarterIndex(quarter) && action.updates[q]?.ended !== undefined);
}

export function isOverdue(action: Action, quarter: Quarter, plan: Pick<Plan, 'financialYear'>): boolean {
  if (!action.due || endedBy(action, quarter)) return false;
  return pastDue(action.due.by, quarter, { year: plan.financialYear.startYear, month: plan.financialYear.startMonth });
}
