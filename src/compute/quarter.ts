import type { Action, Ending, Plan } from '../plan/model.js';
import { QUARTERS, type Quarter, quarterIndex } from '../plan/quarters.js';

/**
 * How and when an action ended (completed or dropped) in a quarter before `quarter` of the same year;
 * undefined if it did not.
 */
export function endingBefore(action: Action, quarter: Quarter): { how: Ending; quarter: Quarter } | undefined {
  const ended = QUARTERS.find((q) => quarterIndex(q) < quarterIndex(quarter) && action.updates[q]?.ended !== undefined);
  return ended ? { how: action.updates[ended]!.ended!, quarter: ended } : undefined;
}

/**
 * The plan as it stood at the end of `quarter`: the actions with an update for that quarter, in the
 * sections that have any. An action added in a later quarter was not yet in the plan, and one that
 * ended earlier (completed or dropped) no longer is, unless `keepEnded` asks for it: the quarter's
 * report accounts for the whole year so far, so it keeps them (marked as ended). The rules make sure
 * every other action has its update. Pure: the report of a quarter is built from this.
 */
export function planAt(plan: Plan, quarter: Quarter, options: { keepEnded?: boolean } = {}): Plan {
  const inPlan = (action: Action) =>
    action.updates[quarter] !== undefined || (options.keepEnded === true && endingBefore(action, quarter) !== undefined);
  const sections = plan.sections
    .map((section) => ({ ...section, actions: section.actions.filter(inPlan) }))
    .filter((section) => section.actions.length > 0);
  return { ...plan, sections };
}
